import type { HowToSection } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { breadcrumbList, definedTerm, definedTermSet, faqPage, howTo, medicalProcedure, medicalWebPage, serializeJsonLd } from './json-ld';

describe('medicalWebPage', () => {
	it('describes a patient page with its review date and one HealthTopicContent per aspect', () => {
		const page = medicalWebPage({
			lang: 'en',
			url: 'https://example.org/side-effects/',
			name: 'Side effects',
			description: 'What to expect.',
			lastReviewed: new Date('2026-11-20T00:00:00Z'),
			healthAspects: ['SideEffects', 'SeeDoctor'],
			about: 'Microneedling',
		});
		expect(page).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'MedicalWebPage',
			lastReviewed: '2026-11-20',
			medicalAudience: { '@type': 'Patient' },
			about: { '@type': 'MedicalProcedure', name: 'Microneedling' },
			hasPart: [
				{ '@type': 'HealthTopicContent', hasHealthAspect: 'https://schema.org/SideEffectsHealthAspect' },
				{ '@type': 'HealthTopicContent', hasHealthAspect: 'https://schema.org/SeeDoctorHealthAspect' },
			],
		});
	});

	it('leaves out hasPart when the page covers no health aspect', () => {
		const page = medicalWebPage({ lang: 'en', url: 'u', name: 'n', description: 'd', lastReviewed: new Date(0), healthAspects: [] });
		expect(page).not.toHaveProperty('hasPart');
		expect(page).not.toHaveProperty('about');
	});

	it("claims no reviewer: no clinician has reviewed the guide, and lastReviewed is our editors' review", () => {
		const page = medicalWebPage({
			lang: 'en',
			url: 'u',
			name: 'n',
			description: 'd',
			lastReviewed: new Date(0),
			healthAspects: ['SideEffects'],
			about: 'Microneedling',
		});
		expect(page).not.toHaveProperty('reviewedBy');
		expect(JSON.stringify(page)).not.toMatch(/reviewedBy|Physician|MedicalOrganization/);
	});
});

describe('medicalProcedure', () => {
	it('lists every other name as alternateName and marks the procedure percutaneous', () => {
		const procedure = medicalProcedure({
			url: 'https://example.org/procedure/',
			name: 'Microneedling',
			alternateNames: ['collagen induction therapy', 'CIT'],
			description: 'd',
			howPerformed: 'h',
			preparation: 'p',
			followup: 'f',
		});
		expect(procedure).toMatchObject({
			'@type': 'MedicalProcedure',
			alternateName: ['collagen induction therapy', 'CIT'],
			procedureType: 'https://schema.org/PercutaneousProcedure',
		});
	});
});

describe('faqPage', () => {
	it('has one Question with an accepted Answer per item, in the language of its page', () => {
		const faq = faqPage({ lang: 'es', url: 'u', questions: [{ question: 'Does it hurt?', answer: 'A little.', url: 'u#hurt' }] });
		expect(faq.inLanguage).toBe('es');
		expect(faq.mainEntity).toEqual([
			{ '@type': 'Question', name: 'Does it hurt?', url: 'u#hurt', acceptedAnswer: { '@type': 'Answer', text: 'A little.' } },
		]);
	});
});

describe('definedTermSet', () => {
	it('points to each term by name and @id, leaving names and definitions to the term pages', () => {
		const set = definedTermSet({
			lang: 'en',
			url: 'https://example.org/glossary/',
			name: 'Glossary',
			terms: [
				{ term: 'Microneedling', url: 'https://example.org/glossary/microneedling/' },
				{ term: 'Collagen', url: 'https://example.org/glossary/collagen/' },
			],
		});
		expect(set.hasDefinedTerm).toEqual([
			{
				'@type': 'DefinedTerm',
				'@id': 'https://example.org/glossary/microneedling/#term',
				name: 'Microneedling',
				url: 'https://example.org/glossary/microneedling/',
			},
			{
				'@type': 'DefinedTerm',
				'@id': 'https://example.org/glossary/collagen/#term',
				name: 'Collagen',
				url: 'https://example.org/glossary/collagen/',
			},
		]);
	});
});

describe('definedTerm', () => {
	it('is the term with its definition, the same @id the set points to, in the set', () => {
		const term = definedTerm({
			term: 'Microneedling',
			names: ['CIT'],
			definition: 'Tiny holes that heal.',
			url: 'https://example.org/glossary/microneedling/',
			setUrl: 'https://example.org/glossary/',
		});
		expect(term).toEqual({
			'@context': 'https://schema.org',
			'@type': 'DefinedTerm',
			'@id': 'https://example.org/glossary/microneedling/#term',
			name: 'Microneedling',
			alternateName: ['CIT'],
			description: 'Tiny holes that heal.',
			url: 'https://example.org/glossary/microneedling/',
			inDefinedTermSet: 'https://example.org/glossary/#terms',
		});
	});
});

describe('howTo', () => {
	const page = 'https://example.org/aftercare/';
	const aftercare = howTo({
		lang: 'en',
		url: page,
		name: 'Aftercare',
		description: 'What to do after treatment.',
		sections: [
			{
				name: 'The first 24 hours',
				url: `${page}#first-24-hours`,
				steps: [
					{ name: 'Wash your hands.', url: `${page}#clean-hands` },
					{ name: "Don't wear makeup.", url: `${page}#no-makeup` },
				],
			},
			{
				name: 'The first week',
				url: `${page}#first-week`,
				steps: [{ name: 'Use sunscreen.', url: `${page}#spf-daily` }],
			},
		],
	});

	it('is a HowTo for the page', () => {
		expect(aftercare).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'HowTo',
			'@id': `${page}#howto`,
			url: page,
			name: 'Aftercare',
			description: 'What to do after treatment.',
		});
	});

	it('has a HowToSection per phase, in order, each linking to its anchor', () => {
		const sections = aftercare.step as readonly HowToSection[];
		expect(sections.map(({ itemListElement: _, ...section }) => section)).toEqual([
			{ '@type': 'HowToSection', position: 1, name: 'The first 24 hours', url: `${page}#first-24-hours` },
			{ '@type': 'HowToSection', position: 2, name: 'The first week', url: `${page}#first-week` },
		]);
	});

	it('has a HowToStep per instruction, numbered within its section, with the URL of its anchor', () => {
		const [first, second] = aftercare.step as readonly HowToSection[];
		expect(first?.itemListElement).toEqual([
			{
				'@type': 'HowToStep',
				position: 1,
				name: 'Wash your hands.',
				url: `${page}#clean-hands`,
			},
			{
				'@type': 'HowToStep',
				position: 2,
				name: "Don't wear makeup.",
				url: `${page}#no-makeup`,
			},
		]);
		expect(second?.itemListElement).toEqual([{ '@type': 'HowToStep', position: 1, name: 'Use sunscreen.', url: `${page}#spf-daily` }]);
	});
});

describe('breadcrumbList', () => {
	it('numbers the crumbs from 1', () => {
		expect(
			breadcrumbList([
				{ name: 'Home', url: 'a' },
				{ name: 'FAQ', url: 'b' },
			]).itemListElement,
		).toEqual([
			{ '@type': 'ListItem', position: 1, name: 'Home', item: 'a' },
			{ '@type': 'ListItem', position: 2, name: 'FAQ', item: 'b' },
		]);
	});
});

describe('serializeJsonLd', () => {
	it('escapes < so content cannot close the script element', () => {
		const json = serializeJsonLd(breadcrumbList([{ name: '</script><script>alert(1)</script>', url: 'u' }]));
		expect(json).not.toContain('</script>');
		expect(JSON.parse(json).itemListElement[0].name).toBe('</script><script>alert(1)</script>');
	});
});
