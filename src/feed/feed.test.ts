import { describe, expect, it } from 'vitest';
import { answerHtml, buildFeed, faqFeedSchema, feedJsonSchema, type FeedSource } from './feed';
import type { DataValue } from '../model/plain-text';

const site = 'https://microneedling-guide.example';
const facts: Record<string, string> = { 'course-sessions': '3 to 6 sessions', odd: '<b>1 & 2</b>' };
const factValue: DataValue = (_component, id) => facts[id ?? ''] ?? '';

const sources: FeedSource[] = [
	{
		id: 'how-many-sessions',
		question: 'How many sessions will I need?',
		topic: 'results',
		topicLabel: 'Sessions and results',
		body: 'Most people need <Fact id="course-sessions" />.\n\n- **Acne scars** need more.\n- See [aftercare](/aftercare/).',
		lastReviewed: new Date('2026-11-20'),
	},
	{
		id: 'downtime',
		question: 'Is there downtime?',
		topic: 'aftercare',
		topicLabel: 'Aftercare',
		body: 'A *day or two*. <Fact id="odd" />',
		lastReviewed: new Date('2026-10-01'),
	},
];

describe('answerHtml', () => {
	it('renders Markdown with facts filled in and links made absolute', () => {
		expect(answerHtml(sources[0]!.body, factValue, site)).toBe(
			`<p>Most people need 3 to 6 sessions.</p>\n<ul>\n<li><strong>Acne scars</strong> need more.</li>\n<li>See <a href="${site}/aftercare/">aftercare</a>.</li>\n</ul>`,
		);
	});

	it('keeps a fact value as text, never markup', () => {
		expect(answerHtml('<Fact id="odd" />', factValue, site)).toBe('<p>&lt;b&gt;1 &amp; 2&lt;/b&gt;</p>');
	});

	it('allows only p, lists, strong, em and https links', () => {
		const html = answerHtml(
			'# Title\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[bad](javascript:alert(1)) [http](http://x.example/) [ok](https://aad.org/) <a href="/x" onclick="y()">raw</a>\n\n`code`',
			factValue,
			site,
		);
		expect(html).not.toMatch(/<(?!\/?(?:p|ul|ol|li|strong|em|a)[\s>])/);
		expect(html).not.toMatch(/script|onerror|onclick|javascript|http:/);
		expect(html).toContain('<a href="https://aad.org/">ok</a>');
		expect(html).toContain(`<a href="${site}/x">raw</a>`);
		expect(html).toContain('bad');
		expect(html).toContain('Title');
	});
});

describe('answerHtml in Spanish', () => {
	it('sends the English addresses a translation links with to the Spanish pages', () => {
		expect(
			answerHtml(
				'Vea [los efectos](/side-effects/#get-help), [la pregunta](/faq/aftercare/#downtime) y [la hoja](/aftercare/print/).',
				factValue,
				site,
				'es',
			),
		).toBe(
			`<p>Vea <a href="${site}/es/efectos-secundarios/#get-help">los efectos</a>, <a href="${site}/es/preguntas/aftercare/#downtime">la pregunta</a> y <a href="${site}/es/cuidados-posteriores/imprimir/">la hoja</a>.</p>`,
		);
	});

	it('leaves other sites, files and Spanish addresses as they are, and still drops what it cannot allow', () => {
		const html = answerHtml(
			'[AAD](https://aad.org/x) [carga](/embed.js) [ya](/es/glosario/collagen/) [mal](javascript:alert(1))',
			factValue,
			site,
			'es',
		);
		expect(html).toBe(
			`<p><a href="https://aad.org/x">AAD</a> <a href="${site}/embed.js">carga</a> <a href="${site}/es/glosario/collagen/">ya</a> mal</p>`,
		);
	});
});

describe('buildFeed', () => {
	const feed = buildFeed({ site, siteName: 'Microneedling Guide', sources, value: factValue });

	it('lists each question with its answer as text and HTML, and where to read more', () => {
		expect(feed.version).toBe(1);
		expect(feed.site).toEqual({ name: 'Microneedling Guide', url: `${site}/` });
		expect(feed.questions.map((question) => question.id)).toEqual(['how-many-sessions', 'downtime']);
		expect(feed.questions[0]).toMatchObject({
			question: 'How many sessions will I need?',
			topic: 'results',
			topicLabel: 'Sessions and results',
			url: `${site}/faq/results/#how-many-sessions`,
			lastReviewed: '2026-11-20',
			answer: { text: 'Most people need 3 to 6 sessions. Acne scars need more. See aftercare.' },
		});
		expect(feed).not.toHaveProperty('topic');
	});

	it('dates the feed by its oldest review', () => {
		expect(feed.lastReviewed).toBe('2026-10-01');
	});

	it('names the topic of a topic feed', () => {
		const topicFeed = buildFeed({
			site,
			siteName: 'Microneedling Guide',
			sources: sources.slice(1),
			value: factValue,
			topic: { id: 'aftercare', label: 'Aftercare' },
		});
		expect(topicFeed.topic).toEqual({ id: 'aftercare', label: 'Aftercare' });
		expect(faqFeedSchema.parse(topicFeed)).toEqual(topicFeed);
	});

	it('matches its schema', () => {
		expect(faqFeedSchema.parse(feed)).toEqual(feed);
	});

	it('needs at least one question', () => {
		expect(() => buildFeed({ site, siteName: 'x', sources: [], value: factValue })).toThrow();
	});
});

describe('buildFeed in Spanish', () => {
	const feed = buildFeed({ site, siteName: 'Guía de micropunción', sources, value: factValue, lang: 'es' });

	it('gives the Spanish addresses of the site, each answer and the links in it', () => {
		expect(feed.site).toEqual({ name: 'Guía de micropunción', url: `${site}/es/` });
		expect(feed.questions.map((question) => question.url)).toEqual([
			`${site}/es/preguntas/results/#how-many-sessions`,
			`${site}/es/preguntas/aftercare/#downtime`,
		]);
		expect(feed.questions[0]!.answer.html).toContain(`<a href="${site}/es/cuidados-posteriores/">aftercare</a>`);
	});

	it('matches the same schema', () => {
		expect(faqFeedSchema.parse(feed)).toEqual(feed);
	});
});

describe('faqFeedSchema', () => {
	it('rejects unknown fields and malformed values', () => {
		const feed = buildFeed({ site, siteName: 'Microneedling Guide', sources, value: factValue });
		expect(faqFeedSchema.safeParse({ ...feed, extra: 1 }).success).toBe(false);
		expect(faqFeedSchema.safeParse({ ...feed, lastReviewed: '20 November 2026' }).success).toBe(false);
		expect(faqFeedSchema.safeParse({ ...feed, questions: [{ ...feed.questions[0], id: 'Not An Id' }] }).success).toBe(false);
	});
});

describe('feedJsonSchema', () => {
	it('is JSON Schema 2020-12 with its own address', () => {
		const schema = feedJsonSchema(`${site}/api/faq.schema.json`);
		expect(schema).toMatchObject({
			$id: `${site}/api/faq.schema.json`,
			$schema: 'https://json-schema.org/draft/2020-12/schema',
			type: 'object',
			title: 'Microneedling FAQ feed',
			required: expect.arrayContaining(['version', 'site', 'lastReviewed', 'questions']),
			additionalProperties: false,
		});
	});
});
