import { describe, expect, it } from 'vitest';
import { readingGrade } from './readability';
import { infleszScore } from './readability-es';
import { formatReadabilityReport, gradePage, gradeText, mainText, medianGrade, pageLine, readabilityReport } from './readability-report';

/** A built page: a header and footer around `<main>`, as the layout writes them, in the language given. */
const page = (main: string, lang = 'en'): string =>
	`<!doctype html><html lang="${lang}"><head><title>T</title><script>var x = 1;</script></head><body><header><a href="/">Skip to the main content of this website</a></header><main id="main">${main}</main><footer>Copyright notice for the whole website</footer></body></html>`;

describe('mainText', () => {
	it('reads only <main>, one line per list item, table cell, heading, definition term and description', () => {
		const html = page(
			'<h1>Aftercare</h1><ul><li>Wash gently</li><li>Use sunscreen</li></ul><table><tr><th>Phase</th><td>First day</td></tr></table><dl><dt>Redness</dt><dd>Like a mild sunburn</dd></dl><details><summary>More about it</summary><p>It fades.</p></details>',
		);
		expect(mainText(html)).toBe(
			[
				'Aftercare',
				'Wash gently',
				'Use sunscreen',
				'Phase',
				'First day',
				'Redness',
				'Like a mild sunburn',
				'More about it',
				'It fades.',
			].join('\n'),
		);
	});

	it('keeps inline markup and links inside their sentence', () => {
		expect(
			mainText(
				page('<p>Talk to a <a href="/p/">licensed <strong>provider</strong></a> who has seen it. See <a href="/a/">aftercare</a>.</p>'),
			),
		).toBe('Talk to a licensed provider who has seen it. See aftercare.');
	});

	it('makes each link of a run of links its own item', () => {
		expect(
			mainText(
				page(
					'<p>Read more: <a href="/r/">Redness</a>, <a href="/s/">Swelling</a>, <span class="term"><a href="/f/">Flaking</a><span role="tooltip">Flaking: skin renewing.</span></span></p>',
				),
			),
		).toBe(['Read more:', 'Redness', 'Swelling', 'Flaking'].join('\n'));
	});

	it('leaves out what is not prose: hidden text, tooltips, the sources’ titles and words, drawings, code and web addresses', () => {
		const html = page(
			[
				'<p>Keep it clean<span aria-hidden="true"> › decorative</span>.</p>',
				'<div hidden><p>search synonyms only</p></div>',
				'<p><span class="term"><a href="/g/">Erythema</a><span role="tooltip">Erythema: the medical word for redness.</span></span> fades.</p>',
				'<ol data-citations><li>Percutaneous collagen induction therapy: an alternative treatment</li></ol>',
				'<blockquote><p>“Application of topical products prior to microneedling can introduce immunogenic particles.”</p></blockquote>',
				'<p><cite>Percutaneous collagen induction</cite></p>',
				'<svg><title>Diagram label</title><text>Dermis</text></svg>',
				'<pre><code>&lt;iframe src="x"&gt;</code></pre><textarea>snippet text</textarea>',
				'<script>const hidden = "code";</script><style>p { color: red }</style>',
				'<p>Online: https://example.org/aftercare/first-week/</p>',
			].join(''),
		);
		expect(mainText(html)).toBe(['Keep it clean.', 'Erythema fades.', 'Online:'].join('\n'));
	});

	it('is empty for a page without <main>', () => {
		expect(mainText('<p>No main here.</p>')).toBe('');
	});
});

describe('gradePage', () => {
	it('grades all of <main>, so a list without full stops does not become one long sentence', () => {
		const items = Array.from({ length: 12 }, (_, index) => `<li>keep item number ${index} simple and short</li>`).join('');
		const html = page(`<h1>What to do</h1><ul>${items}</ul>`);
		const graded = gradePage('/list/', html);
		expect(graded.grade).toBe(readingGrade(mainText(html)));
		expect(graded.grade).toBeLessThan(5);
		// The same words run together, as a text without line breaks would count them.
		expect(readingGrade(mainText(html).replaceAll('\n', ' '))).toBeGreaterThan(20);
	});

	it('names the hardest sentences first: long and hard before a short medical term', () => {
		const graded = gradePage(
			'/hard/',
			page(
				'<p>The cat sat on the mat.</p><p>Hyperpigmentation</p><p>Percutaneous collagen induction therapy necessitates meticulous consideration of contraindications, including immunosuppression and anticoagulation.</p>',
			),
		);
		expect(graded.hardest?.map((sentence) => sentence.text)).toEqual([
			'Percutaneous collagen induction therapy necessitates meticulous consideration of contraindications, including immunosuppression and anticoagulation.',
			'Hyperpigmentation',
			'The cat sat on the mat.',
		]);
		expect(graded.grade).toBeGreaterThan(8);
	});
});

describe('medianGrade', () => {
	it('is the middle grade, the higher middle one for an even count, and 0 for none', () => {
		expect(medianGrade([7, 5, 6])).toBe(6);
		expect(medianGrade([5, 6, 7, 8])).toBe(7);
		expect(medianGrade([])).toBe(0);
	});
});

describe('gradePage in Spanish', () => {
	const hard = 'La inducción percutánea de colágeno estimula la regeneración dérmica mediante microperforaciones controladas.';

	it('grades a page whose <html lang> starts with "es" with the Flesch–Szigriszt index and names its band', () => {
		const html = page(`<h1>Cuidados</h1><p>La piel se cura. Use crema.</p><p>${hard}</p>`, 'es-ES');
		const graded = gradePage('/es/cuidados/', html);
		expect(graded).toMatchObject({ language: 'es', grade: infleszScore(mainText(html)), band: 'muy difícil' });
		// The hardest sentence is the one furthest under the limit, as the English report ranks them.
		expect(graded.hardest?.[0]).toEqual({ grade: -18, text: hard });
		expect(gradePage('/en/', page('<p>La piel se cura.</p>', 'en-GB')).language).toBe('en');
		expect(gradePage('/none/', page('<p>The skin heals.</p>', 'esperanto-like')).language).toBe('en');
	});

	it('grades a draft the same way, by the language given', () => {
		expect(gradeText('La piel se cura. Use crema.', 'es')).toEqual({ language: 'es', grade: 110.4, band: 'muy fácil' });
		expect(gradeText('The cat sat on the mat.', 'en')).toEqual({ language: 'en', grade: readingGrade('The cat sat on the mat.') });
	});
});

describe('pageLine', () => {
	it('aligns the Spanish bands, and writes an English line as it always did', () => {
		expect(pageLine({ path: '/es/', grade: 67.25, band: 'bastante fácil' })).toBe(' 67.3  bastante fácil  /es/');
		expect(pageLine({ path: '/es/faq/', grade: 58, band: 'normal' })).toBe(' 58.0  normal          /es/faq/');
		expect(pageLine({ path: '/', grade: 6.1 })).toBe('  6.1  /');
	});
});

describe('readabilityReport', () => {
	it('passes when every page is at grade 8 or lower and the median at 7 or lower, and says there are no Spanish pages', () => {
		const report = readabilityReport([
			{ path: '/', language: 'en', grade: 6.1 },
			{ path: '/faq/', language: 'en', grade: 8 },
			{ path: '/about/', language: 'en', grade: 5.5 },
		]);
		expect(report.english).toMatchObject({ median: 6.1, pastLimit: [], passes: true, limits: { page: 8, median: 7 } });
		expect(report.spanish).toMatchObject({ pages: [], passes: true });
		expect(report.passes).toBe(true);
		expect(formatReadabilityReport(report)).toBe(
			[
				'Reading grades (Flesch-Kincaid US school grade; each page 8 or lower, the median 7 or lower):',
				'  6.1  /',
				'  8.0  /faq/',
				'  5.5  /about/',
				'Median 6.1 over 3 pages; every page is within the limit.',
				'No Spanish pages (<html lang="es">) to grade on the INFLESZ scale.',
			].join('\n'),
		);
	});

	it('fails on a page over grade 8 or a median over 7, and says which', () => {
		const report = readabilityReport([
			{ path: '/', language: 'en', grade: 7.5 },
			{ path: '/sources/', language: 'en', grade: 9.2 },
		]);
		expect(report.passes).toBe(false);
		expect(report.english.pastLimit).toEqual([{ path: '/sources/', language: 'en', grade: 9.2 }]);
		const text = formatReadabilityReport(report);
		expect(text).toContain('  9.2  /sources/  (over the limit)');
		expect(text).not.toContain('         ');
		expect(text).toContain('Median 9.2 over 2 pages; 1 over grade 8; the median is over 7: shorten sentences');
	});

	it('reports the Spanish pages apart, each at 55 or higher and the median at 65 or higher', () => {
		const report = readabilityReport([
			{ path: '/', language: 'en', grade: 6 },
			{ path: '/es/', language: 'es', grade: 72.4, band: 'bastante fácil' },
			{ path: '/es/faq/', language: 'es', grade: 55, band: 'normal' },
			{ path: '/es/sobre/', language: 'es', grade: 65, band: 'bastante fácil' },
		]);
		expect(report.english).toMatchObject({ median: 6, passes: true });
		expect(report.spanish).toMatchObject({ median: 65, pastLimit: [], passes: true, limits: { page: 55, median: 65 } });
		expect(formatReadabilityReport(report)).toBe(
			[
				'Reading grades (Flesch-Kincaid US school grade; each page 8 or lower, the median 7 or lower):',
				'  6.0  /',
				'Median 6.0 over 1 pages; every page is within the limit.',
				'Spanish pages (Flesch–Szigriszt index on the INFLESZ scale; each page 55 or higher, the median 65 or higher):',
				' 72.4  bastante fácil  /es/',
				' 55.0  normal          /es/faq/',
				' 65.0  bastante fácil  /es/sobre/',
				'Median 65.0 over 3 pages; every page is within the limit.',
			].join('\n'),
		);
	});

	it('fails on a Spanish page under 55 or a median under 65, taking the lower middle page of an even count', () => {
		const hardest = [{ grade: 20.5, text: 'Una frase larga y difícil.' }];
		const report = readabilityReport([
			{ path: '/', language: 'en', grade: 6 },
			{ path: '/es/', language: 'es', grade: 70, band: 'bastante fácil' },
			{ path: '/es/faq/', language: 'es', grade: 54.9, band: 'algo difícil', hardest },
		]);
		expect(report.english.passes).toBe(true);
		expect(report.spanish).toMatchObject({ median: 54.9, passes: false });
		expect(report.passes).toBe(false);
		const text = formatReadabilityReport(report);
		expect(text).toContain(' 54.9  algo difícil    /es/faq/  (under the limit)\n         20.5: Una frase larga y difícil.\n');
		expect(text).toContain('Median 54.9 over 2 pages; 1 under 55; the median is under 65: shorten sentences');
	});
});

describe('formatReadabilityReport', () => {
	it('lists the hardest sentences under a page over the limit only', () => {
		const hardest = [{ grade: 14.2, text: 'A long and complicated sentence.' }];
		const text = formatReadabilityReport(
			readabilityReport([
				{ path: '/hard/', language: 'en', grade: 9.1, hardest },
				{ path: '/easy/', language: 'en', grade: 5, hardest: [{ grade: 9, text: 'Not shown.' }] },
			]),
		);
		expect(text).toContain('  9.1  /hard/  (over the limit)\n         14.2: A long and complicated sentence.\n  5.0  /easy/');
		expect(text).not.toContain('Not shown.');
	});
});
