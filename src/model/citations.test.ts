import { describe, expect, it } from 'vitest';
import { dataComponentIds, quoteAnchor, quoteHref, sourcePath } from './citations';

describe('quoteAnchor', () => {
	it('is stable, short and ignores spacing', () => {
		const anchor = quoteAnchor('chu-2021-safety-review', 'Microneedling is a relatively safe therapy.');
		expect(anchor).toMatch(/^q-[0-9a-z]{1,7}$/);
		expect(quoteAnchor('chu-2021-safety-review', ' Microneedling is a  relatively safe\ntherapy. ')).toBe(anchor);
	});

	it('differs for different quotes, and for one quote cited from two sources', () => {
		expect(quoteAnchor('s', 'one passage')).not.toBe(quoteAnchor('s', 'another passage'));
		expect(quoteAnchor('s', 'one passage')).not.toBe(quoteAnchor('t', 'one passage'));
	});
});

describe('dataComponentIds', () => {
	it('lists the facts and advice an MDX body uses, once each, and whether it lists the warning signs', () => {
		const body =
			'Plans use <Fact id="course-sessions" />, then <Fact id=\'maintenance\' /> and <Fact id="course-sessions" />.\n<Advice id="makeup" />\n\n<WarningSigns />';
		expect(dataComponentIds(body)).toEqual({ facts: ['course-sessions', 'maintenance'], advice: ['makeup'], warningSigns: true });
	});

	it('reads the parsed body: a component split over lines counts, one in code or named otherwise does not', () => {
		const body = 'Plans use <Fact\n  id="course-sessions"\n/>.\n\n`<Fact id="in-code" />` <Advice id={"makeup"} /> <Facts id="x" />';
		expect(dataComponentIds(body)).toEqual({ facts: ['course-sessions'], advice: [], warningSigns: false });
	});

	it('finds nothing in plain prose', () => {
		expect(dataComponentIds('No figures here.')).toEqual({ facts: [], advice: [], warningSigns: false });
	});
});

describe('sourcePath and quoteHref', () => {
	it('link a source to its page on How we know and a quote to its anchor there', () => {
		expect(sourcePath('cdc-mmwr-2024')).toBe('/sources/cdc-mmwr-2024/');
		expect(quoteHref('cdc-mmwr-2024', 'A quote.')).toBe(`/sources/cdc-mmwr-2024/#${quoteAnchor('cdc-mmwr-2024', 'A quote.')}`);
	});
});
