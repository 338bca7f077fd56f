import { describe, expect, it } from 'vitest';
import { readingGrade } from './readability';
import { formatReadabilityReport, gradePage, mainText, medianGrade, readabilityReport } from './readability-report';

/** A built page: a header and footer around `<main>`, as the layout writes them. */
const page = (main: string): string =>
	`<!doctype html><html><head><title>T</title><script>var x = 1;</script></head><body><header><a href="/">Skip to the main content of this website</a></header><main id="main">${main}</main><footer>Copyright notice for the whole website</footer></body></html>`;

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

describe('readabilityReport', () => {
	it('passes when every page is at grade 8 or lower and the median at 7 or lower', () => {
		const report = readabilityReport([
			{ path: '/', grade: 6.1 },
			{ path: '/faq/', grade: 8 },
			{ path: '/about/', grade: 5.5 },
		]);
		expect(report).toMatchObject({ median: 6.1, overLimit: [], passes: true, limits: { page: 8, median: 7 } });
		expect(formatReadabilityReport(report)).toBe(
			[
				'Reading grades (Flesch-Kincaid US school grade; each page 8 or lower, the median 7 or lower):',
				'  6.1  /',
				'  8.0  /faq/',
				'  5.5  /about/',
				'Median 6.1 over 3 pages; every page is within the limit.',
			].join('\n'),
		);
	});

	it('fails on a page over grade 8 or a median over 7, and says which', () => {
		const report = readabilityReport([
			{ path: '/', grade: 7.5 },
			{ path: '/sources/', grade: 9.2 },
		]);
		expect(report.passes).toBe(false);
		expect(report.overLimit).toEqual([{ path: '/sources/', grade: 9.2 }]);
		const text = formatReadabilityReport(report);
		expect(text).toContain('  9.2  /sources/  (over the limit)');
		expect(text).not.toContain('         ');
		expect(text).toContain('Median 9.2 over 2 pages; 1 over grade 8; the median is over 7: shorten sentences');
	});
});

describe('formatReadabilityReport', () => {
	it('lists the hardest sentences under a page over the limit only', () => {
		const hardest = [{ grade: 14.2, text: 'A long and complicated sentence.' }];
		const text = formatReadabilityReport(
			readabilityReport([
				{ path: '/hard/', grade: 9.1, hardest },
				{ path: '/easy/', grade: 5, hardest: [{ grade: 9, text: 'Not shown.' }] },
			]),
		);
		expect(text).toContain('  9.1  /hard/  (over the limit)\n         14.2: A long and complicated sentence.\n  5.0  /easy/');
		expect(text).not.toContain('Not shown.');
	});
});
