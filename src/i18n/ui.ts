/**
 * Every word of the site's interface, in each language: headings, labels, buttons, link texts,
 * names for screen readers, the words of the drawings, and the short labels of the scales and
 * closed lists. Content (content/, content/es/) holds what the guide says; this holds what the
 * site around it says.
 *
 * English is written first and sets the shape; every other language is typed as that shape, so
 * a key missing in one language, or one only it has, fails the type check. A text with a value
 * in it is a small function of strings and numbers that only places them, typed alike in each
 * language. A keyed list (a scale's levels) has the same keys in each, and the schemas validate
 * content against the English keys (`evidenceLevels` in src/schemas/scales.ts comes from here).
 */
import { embedTitles, fallbackLinkText, independenceNote, sharedByWords } from '../embed/snippet';
import { siteName } from '../seo/meta';
import { footerLinks, sections } from '../site/sections';
import { faqTopicHeadings } from './faq-topics';
import type { Lang } from './languages';

/** The labels of a list of pages, by page id, from the English labels the list carries. */
function labelsOf<Page extends string>(list: readonly { page: Page; label: string }[]): Record<Page, string> {
	return Object.fromEntries(list.map(({ page, label }) => [page, label])) as Record<Page, string>;
}

const en = {
	siteName,
	/** Each part of the site by page id: the sections, the footer's pages, the home page (src/site/sections.ts). */
	sections: { ...labelsOf(sections), ...labelsOf(footerLinks), home: 'Home' },

	/** The short label of each level of the site's scales; what each means is content (content/scales.yaml). */
	scales: {
		/** How strong the evidence for a benefit or option is, strongest first. */
		evidence: {
			established: 'Moderate evidence',
			emerging: 'Some evidence',
			anecdotal: 'Little evidence',
		},
		/** How often a side effect happens, most common first. */
		frequency: {
			common: 'Common',
			uncommon: 'Less common',
			rare: 'Rare',
		},
		/** How soon to act on a warning sign, least urgent first. */
		urgency: {
			clinic: 'Call your clinic',
			'same-day': 'Get care the same day',
			emergency: 'Call emergency services',
		},
		/** The answer "Is this normal?" gives besides the urgency levels: a sign that is part of healing on that day. */
		healing: {
			expected: 'Expected',
		},
		/** How long an option keeps you from daily life while the skin heals, least first. */
		downtime: {
			none: 'None',
			short: 'Short',
			medium: 'Medium',
			long: 'Long',
		},
	},
	/** The FAQ topics, in page order, with the heading each gets (faq-topics.ts, which the embed loader shares). */
	faqTopics: faqTopicHeadings.en,
	/** The three groups on the suitability page, in the order they appear. */
	suitabilityGroups: {
		suits: 'Who it may suit',
		wait: 'Who should wait',
		avoid: 'Who should not have it',
	},
	/** How long a side effect lasts, in the bands the side-effects chart draws. */
	sideEffectDurations: {
		days: 'Days',
		weeks: 'Weeks',
		months: 'Months or more',
		varies: 'Varies',
	},
	/** The days after treatment the "Is this normal?" table has a column for, in order. */
	daysAfter: {
		'day-0-1': 'Days 0–1',
		'day-2-3': 'Days 2–3',
		'day-4-7': 'Days 4–7',
		'after-week': 'After a week',
	},

	layout: {
		skipLink: 'Skip to main content',
		otherLanguages: 'This page in another language',
		mainNav: 'Main',
		footerNav: 'Footer',
		footerNote: `${siteName} gives general information, not medical advice. Talk to a licensed professional about your own skin.`,
		sitemap: 'Sitemap',
		noTracking: 'No cookies, no tracking, no advertising.',
		breadcrumb: 'Breadcrumb',
		searchLabel: 'Search the guide',
		searchButton: 'Search',
		moreHelp: 'More help',
		disclaimerLabel: 'Medical disclaimer',
		disclaimerLead: 'Not medical advice.',
		disclaimer:
			'This page gives general information. Talk to a licensed professional about your own skin and health. Choose a licensed provider who uses sterile, single-use needles.',
		lastReviewed: 'Page last reviewed',
		nextReview: 'Next review due',
		readMore: 'Read more:',
	},
	/** "This page is due for review", on the site (`page`) and in an embed (`answers`). */
	/** A translated page whose English has changed since it was translated (never shown in English). */
	translationPending: {
		before: 'The original of this page was updated after this version was written, and the update is pending. Until then, you can read ',
		/** The link to the English page, which ends the sentence. */
		link: 'the original page',
	},
	reviewDue: {
		page: { due: 'This page is due for review.', planned: 'We planned to check it again by ' },
		answers: { due: 'These answers are due for review.', planned: 'We planned to check them again by ' },
		after: ', and have not yet done so. Some details may be out of date.',
	},
	sources: {
		heading: 'Sources',
		howWeKnow: 'How we know',
		namedBefore: "Each entry's own page shows the words we quote from these sources, and ",
		namedAfter: ' shows what each quote supports.',
		practiceLead: 'Clinic practice, not research:',
		practiceNote: 'These are what many clinics advise; no source we cite states them.',
		/** A claim's own page, named by its section's label: "On the side effects page: ". */
		onPage: (section: string) => `On the ${section === 'FAQ' ? section : section.toLowerCase()} page: `,
		alsoOn: '; also on ',
		everySource: 'Every source we cite',
		quotes: (count: number) => (count === 1 ? 'We quote it once.' : `We quote ${count} passages from it.`),
		quotesOnSourcePages: "Each source's page gives the words we quote from it, and what each quote supports.",
		practiceHeading: 'What rests on clinic practice',
		practiceIntro:
			'No source we cite states these. They are what many clinics advise, and each page words them that way. Your own clinic may advise something else: follow your clinic.',
		description: (publisher: string, published: string) =>
			`What this guide quotes from ${publisher} (${published}), and what each passage supports.`,
		readSource: 'Read the source',
		quoteIntro:
			'Each quote below is copied word for word from this source. Under it, you can see where it is in the source and which parts of this guide it backs up.',
		whatWeQuote: 'What we quote, and what it supports',
		where: 'Where: ',
		supports: 'Supports:',
		allSources: 'All our sources',
		/** How "How we know" names a claim that is not an entry's own: a frequency, a timing, a warning sign. */
		claims: {
			howOften: (effect: string, level: string) => `${effect}: how often (${level.toLowerCase()})`,
			restart: (activity: string) => `When to start again: ${activity.toLowerCase()}`,
			warningSign: (sign: string) => `Warning sign: ${sign.charAt(0).toLowerCase()}${sign.slice(1)}`,
		},
	},
	print: {
		button: 'Print this page',
		hint: 'To print, press Ctrl+P, or Command+P on a Mac.',
		online: 'Online: ',
		lastReviewed: 'Last reviewed ',
		/** The name of the QR code on a printed sheet, for screen readers. */
		qrLabel: (url: string) => `QR code that opens ${url}`,
	},
	/** "Link to this step" beside an aftercare step or phase heading, by what it links to. */
	copyLink: {
		link: { step: 'Link to this step', section: 'Link to this section' },
		copy: { step: 'Copy link to this step', section: 'Copy link to this section' },
		/** What the page says once the link is copied, and when it could not be (src/client/copy-links.ts). */
		copied: 'Link copied',
		address: 'Link address',
		selected: 'The link is selected. Press Ctrl+C, or Command+C on a Mac, to copy it.',
	},
	evidence: {
		badge: (level: string) => `Evidence: ${level}`,
		whyWeSaySo: 'Why we say so',
	},
	aftercare: {
		do: 'Do',
		dont: "Don't",
		checklistHint: 'Tick each box when it is done.',
		why: 'Why: ',
		when: 'When: ',
		/** What every timing ends with: the reader's clinic decides. */
		followYourClinic: "If your clinic's advice differs, follow your clinic.",
		yourClinic: 'Your clinic',
		clinicPhone: 'Clinic phone',
		onThisPage: 'On this page',
		printHeading: 'Print these steps',
		printIntro:
			'Print all the steps on one sheet, or one part at a time. Each sheet ends with the signs that mean you should call, the date it was checked, and a code to scan with a phone camera to open it here.',
		allOnOneSheet: 'All the steps on one sheet',
		onlyPhase: (phase: string) => `Only “${phase}”`,
		/** A phase's own page, with the phase's title as it reads mid-sentence. */
		phaseTitle: (phase: string) => `Microneedling aftercare: ${phase}`,
		partOfBefore: 'This page is one part of our ',
		partOfLink: 'aftercare steps',
		followClinic: 'Your clinic may give you its own advice. If it does, follow your clinic’s advice.',
		sheetTitle: 'Aftercare sheet to print',
		sheetDescription:
			'All the microneedling aftercare steps on one sheet to print: before your visit, the first day, the first week and after.',
		sheetIntro: 'These steps show how to get ready for microneedling and how to care for your skin after it.',
	},
	isThisNormal: {
		intro: 'Find your sign and the day since your treatment. Day 0 is the day you were treated. Each answer links to more about the sign.',
		day: 'Day since treatment',
		everyDay: 'Every day',
		sign: 'Sign',
		everySign: 'Every sign',
		caption: 'What each sign means on each day after treatment',
	},
	aftercareTimeline: {
		title: 'Time line of aftercare',
		/** The first and last phases' titles as they read mid-sentence. */
		description: (first: string, last: string) =>
			`A line runs down the page with a point for each part of aftercare, from ${first} to ${last}. Beside each point is what your skin does then and what to do, in the same words as under its heading below.`,
		caption: 'Your skin and what to do, part by part. Each part is explained below.',
	},
	courseTimeline: {
		title: 'Time line of a microneedling course',
		description: (shown: number, interval: string, redness: string, build: string, check: string, maintenance: string) =>
			`A line runs down the page through time. It passes ${shown} example sessions, ${interval}. After each session, redness lasts ${redness}. Beside the line, a green shape for results grows slowly, because new collagen forms ${build}. Results are checked ${check}. Then the results shape narrows, because skin keeps aging. Last comes maintenance, if wanted: ${maintenance}.`,
		session: (number: number) => `Session ${number}`,
		redness: (redness: string) => `Redness: ${redness}`,
		collagen: (build: string) => `New collagen forms ${build}.`,
		resultsCheck: 'Results check',
		fade: 'Skin keeps aging, so results fade slowly.',
		maintenance: 'Maintenance',
		ifWanted: (maintenance: string) => `If wanted: ${maintenance}`,
		/** The two short lines above the results shape. */
		resultsTop: 'Results',
		resultsBottom: 'build up',
		caption: (sessions: string, shown: number) =>
			`A course of microneedling over time. Most treatment plans have ${sessions}. The number varies from person to person, so the ${shown} sessions drawn here are only an example.`,
		inWords: 'The time line in words:',
		words: {
			sessions: (sessions: string) => `Most treatment plans have ${sessions}. You and your provider agree on the number.`,
			redness: (redness: string) => `After each session the skin needs a short time to heal. Redness usually lasts ${redness}.`,
			interval: (interval: string) => `Sessions are ${interval}, so the skin can heal in between.`,
			build: (build: string) => `Results build slowly, because new collagen forms ${build}.`,
			check: (check: string) => `Results can be judged ${check}.`,
			maintenance: (maintenance: string) => `Results are not permanent, because skin keeps aging. Maintenance, if wanted: ${maintenance}.`,
		},
	},
	skinLayers: {
		title: 'Fine needles making tiny channels in the skin',
		description:
			'A cut through the skin shows three layers: the epidermis on top, the dermis below it, and fat at the bottom. A microneedling pen above the skin has fine needles that go through the epidermis into the upper dermis. Where needles have come out, tiny channels are left. The fat layer is not reached.',
		pen: 'Microneedling pen',
		needles: 'Fine needles',
		epidermis: 'Epidermis',
		outerLayer: 'outer layer',
		dermis: 'Dermis',
		hasCollagen: 'has collagen',
		channels: 'Tiny channels',
		fat: 'Fat layer',
		belowSkin: 'below the skin',
		platelets: 'Platelets',
		growthFactors: 'Growth factors',
		fibroblasts: 'Fibroblasts',
		collagen: 'Collagen',
		elastin: 'Elastin',
		step: (number: number, count: number, head: string) => `Step ${number} of ${count}: ${head}`,
		/** The four panels of the healing response: a heading, a line under the picture, a description. */
		injuries: { head: 'Tiny injuries', foot: 'The skin starts to heal.' },
		gather: { head: 'Platelets gather', foot: 'Signals call for repair.' },
		wake: { head: 'Fibroblasts wake up', foot: 'They make new fibers.' },
		form: { head: 'New fibers form', foot: (build: string) => `New fibers grow ${build}.` },
		injuriesText: 'Fine needles leave tiny channels through the outer layer into the dermis. These are small wounds.',
		gatherText: 'Platelets gather at the wounds and release growth factors, signals that start repair.',
		wakeText: 'Fibroblasts, the cells that make collagen, become active in the dermis.',
		formText: (build: string) => `New collagen and elastin fibers form in the dermis ${build}.`,
		caption: (build: string) =>
			`How microneedling works: fine needles make tiny channels in the skin. As the skin heals, it makes new collagen and elastin ${build}.`,
		inWords: 'The picture in words:',
		words: {
			channels:
				'Fine needles go through the epidermis, the outer layer of skin, into the dermis below. They leave tiny channels. This is why microneedling is called minimally invasive: it breaks the skin, but only a little.',
			platelets:
				'Platelets, tiny cells in the blood, gather at these small wounds. They release growth factors. These are signals that tell the skin to start repairs.',
			fibroblasts: 'Fibroblasts wake up. These are the cells in the dermis that make collagen.',
			fibers: (build: string) =>
				`New collagen and elastin fibers form ${build}. They can make skin a little firmer and smoother. Results build slowly and do not last forever, because skin keeps aging.`,
		},
	},
	optionsChart: {
		title: 'Chart of the options by downtime and strength of evidence',
		description:
			'Downtime runs across, from none on the left to long on the right. The strength of the evidence runs down the side, from moderate at the top to little. A last row holds options the evidence does not apply to. Each option is a numbered dot, or a bar where its downtime varies. The list after the chart names each number.',
		evidence: 'Evidence',
		downtime: 'Downtime',
		/** The evidence of an option that is no treatment. */
		noEvidence: 'Does not apply',
		/** A downtime that spans levels: "Short to long". */
		downtimeSpan: (from: string, to: string) => `${from} to ${to.toLowerCase()}`,
		noDowntime: 'no downtime',
		downtimeWords: (downtime: string) => `${downtime.toLowerCase()} downtime`,
		noEvidenceWords: (noEvidence: string) => `evidence ${noEvidence.toLowerCase()}, because it is not a treatment`,
		caption:
			'Each option by its downtime and by the strength of the evidence for it. A bar means the downtime depends on how strong the treatment is. Waiting has no evidence level, because it is not a treatment.',
		inWords: 'The chart in words:',
	},
	sideEffectsChart: {
		title: 'Side effects by how often they happen and how long they last',
		/** The last band's heading, short enough for its column. */
		months: 'Months+',
		caption:
			'Each bar shows how long a side effect usually lasts. The groups show how often each one happens. The sections below say more about each.',
	},
	homePage: {
		atAGlance: 'At a glance',
		findWhatYouNeed: 'Find what you need',
	},
	notFound: {
		title: 'Page not found',
		description: 'The page you asked for is not here. Find information about microneedling from our home page and sections.',
		lead: 'We could not find that page. It may have moved, or the link may have a typing mistake.',
		tryThese: 'Try one of these instead:',
		homePage: 'Home page',
	},
	procedure: {
		steps: 'The treatment, step by step',
		step: (number: number) => `Step ${number}:`,
		howLong: 'How long:',
		aftercareBefore: 'After your treatment, follow the ',
		aftercareLink: 'aftercare instructions',
		aftercareAfter: '.',
		course: 'What a course looks like',
	},
	suitability: {
		why: 'Why:',
		basedOn: 'Based on:',
		clinicPractice: 'what many clinics advise (no source we cite states it)',
		note: 'This list is a guide, not a diagnosis: you and a licensed professional decide together whether microneedling is right for you.',
	},
	sideEffects: {
		/** The heading of each frequency's group of side effects. */
		groups: {
			common: 'Common side effects',
			uncommon: 'Less common side effects',
			rare: 'Rare side effects',
		},
		howOften: 'How often',
		source: 'source',
		howLong: 'How long it lasts',
		getHelp: 'When to get help',
	},
	options: {
		compare: 'The options side by side',
		caption: 'Each option’s downtime, strength of evidence and number of sessions',
		option: 'Option',
		sessions: 'Sessions',
		chart: 'Downtime and evidence in a picture',
		notTreatment: 'Evidence rates how well a treatment works, and this is not a treatment.',
		howItWorks: 'How it works',
		treats: 'What it treats',
		whatHappens: 'What happens if you wait',
		risks: 'Risks',
		waitingRisks: 'What you risk by waiting',
		darkerSkin: 'Risks for darker skin',
	},
	decisionSheet: {
		readOptionsBefore: 'It helps to read about ',
		readOptionsLink: 'every option, including doing nothing',
		readOptionsAfter: ', first.',
		whatMatters: 'What matters to me',
		markHint: 'Mark how much each one matters to you.',
		/** What a reader weighs, each marked by how much it matters. */
		factors: {
			cost: { label: 'Cost', hint: 'the total for every session, not one' },
			downtime: { label: 'Time to heal', hint: 'days of red or sore skin' },
			change: { label: 'How much change I hope for', hint: 'small, slow change is common' },
			risk: { label: 'Risk of side effects', hint: 'and what happens if one is serious' },
		},
		weights: { lot: 'A lot', some: 'Some', little: 'A little' },
		anythingElse: 'Anything else that matters to me',
		questions: 'Questions to ask at the consultation',
		questionsHint: 'Write the answers under each question, or ask the provider to.',
		decided: 'What I decided',
		decisions: {
			proceed: 'Go ahead with microneedling',
			other: 'Try another option',
			wait: 'Wait, or do nothing for now',
			opinion: 'Get a second opinion',
		},
		why: 'Why, and what happens next',
	},
	faq: {
		topics: 'Topics',
		allQuestions: 'All questions',
		/** The heading and description of a topic's page, from its label. */
		topicTitle: (topic: string) => `${topic}: questions and answers`,
		topicSummary: (topic: string) => `Plain answers to questions about microneedling: ${topic.toLowerCase()}.`,
	},
	glossary: {
		letters: 'Glossary letters',
		alsoCalled: (names: string) => `Also called: ${names}`,
		moreAbout: (term: string) => `More about ${term}`,
		related: 'Related terms',
		mentions: 'Pages that use this term',
		back: 'Back to the glossary',
	},
	search: {
		title: 'Search',
		description:
			'Search the microneedling guide: the procedure, benefits, side effects, aftercare, FAQ and glossary. Any name for a treatment finds it.',
		/** The hint, around the two keys it names (`/` and Esc). */
		hintBefore: 'Try a treatment, a side effect or any word from the glossary. On any page, press ',
		hintMiddle: ' to search; ',
		hintAfter: ' clears the box.',
		sections: 'Show results from',
		noScript: 'Search needs JavaScript, which is turned off in your browser. Every page is in the topic index below.',
		results: 'Results',
		more: 'Show more results',
		browse: 'Browse by topic',
		glossary: 'Glossary A–Z',
		/**
		 * What the page's script says, written into the page as JSON. Only strings: `{name}` marks
		 * where a value goes (src/search/messages.ts fills it in).
		 */
		script: {
			allSections: 'All sections',
			loadFailed: 'Search could not load. Check your connection, then try again.',
			noResults: 'No results for “{query}”{where}',
			oneResult: '{count} result for “{query}”{where}',
			results: '{count} results for “{query}”{where}',
			where: ' in {section}',
			showingFirst: '{counted}. Showing the first {shown}.',
			unknownWords: 'No page has {words}',
			/** Between the words no page has: “a” or “b”. */
			unknownOr: ' or ',
			relaxedNone: 'No page has all of these words. Showing pages about: {about}',
			relaxedOne: 'Only {count} page has all of these words, listed first. Then pages about: {about}',
			relaxedSome: 'Only {count} pages have all of these words, listed first. Then pages about: {about}',
			definition: 'Definition',
			inGlossary: '{term} in the glossary',
			didYouMean: 'Did you mean {suggestions}?',
			/** Before the last of several suggestions (commas go between the others). */
			listOr: ' or ',
		},
	},
	embed: {
		title: embedTitles.en,
		/** A topic's description, then where it comes from. */
		description: (summary: string) => `${summary} From ${siteName}.`,
		sharedBy: sharedByWords,
		notFound: 'Question not found — ',
		seeAll: 'see all questions',
		moreOn: `More on ${siteName}`,
		book: 'Book a consultation',
		source: 'Source: ',
		lastReviewed: ', last reviewed ',
		independence: independenceNote,
		newTab: 'Links open in a new tab.',
		/** The link a script snippet holds until the loader puts the frame in its place. */
		snippetLink: fallbackLinkText,
	},
	forClinics: {
		clinicName: 'Clinic name on the sheet (optional)',
		clinicNameHint: "Letters, numbers, spaces and . , ' & ( ) - only.",
		phone: 'Phone number on the sheet (optional)',
		phoneHint: (example: string) => `Digits, spaces and + ( ) - . only, such as ${example}.`,
		scriptCode: 'Script code (recommended)',
		copyScript: 'Copy script code',
		frameCode: 'Frame code (no script)',
		copyFrame: 'Copy frame code',
		policy: 'If your site has a security policy',
		policyHint:
			'If your site sends a Content-Security-Policy, it must allow our script and our frame. Add these sources to the parts of your policy with the same names: script-src for the script, frame-src for the frame. The frame code needs only frame-src. If your policy blocks them, the script code shows a link to our questions instead.',
		copyPolicy: 'Copy policy sources',
		builder: 'Make your snippet',
		noScript: 'The options need JavaScript, which is turned off in your browser. The code below shows the whole FAQ.',
		language: 'Language of the questions',
		languageHint: 'The snippet, the frame and its link show the questions in this language.',
		questions: 'Questions to show',
		oneTopic: 'One topic',
		picked: 'Questions I pick',
		topic: 'Topic',
		pickHint: 'Pick one or more questions. They show in this order.',
		look: 'Look',
		accent: 'Accent color',
		accentHint: (example: string) => `Leave it empty for our teal, or write a color such as ${example}.`,
		pickColor: 'Pick a color',
		ourColor: 'Use our color',
		scheme: 'Color scheme',
		auto: "Follow the visitor's device",
		light: 'Light',
		dark: 'Dark',
		yourClinic: 'Your clinic',
		name: 'Clinic name (optional)',
		nameHint:
			'Shown above the questions, as "Your Clinic shares this independent guide". The FAQ also says that the guide does not endorse any clinic or provider.',
		booking: 'Booking page (optional)',
		bookingHint: 'The full address of the page where clients book, starting with https://',
		preview: 'Preview',
		previewHint: 'This is how the FAQ looks on your page. It is the real thing, so you can open the answers.',
		previewTitle: 'Preview of the FAQ on your site',
		sheet: "Aftercare sheet with your clinic's details",
		sheetIntro:
			"Our printable aftercare sheet can show your clinic's name and phone number at the top, so your clients know whom to call. Leave a field empty, and the sheet has a blank line there to write on.",
		openSheet: 'Open the sheet',
		sheetLink: 'Link to the sheet',
		sheetLinkHint: 'Send it to your team or your clients, or open it and print.',
		copyLink: 'Copy link',
		/** What the page's script says: a value the embed or the sheet would drop, a copy made or not. */
		accentProblem: (example: string) => `Write the color as # and 3 or 6 digits or letters a to f, such as ${example}.`,
		nameProblem: "Use letters, numbers, spaces and . , ' & ( ) - only.",
		contactProblem: 'Write the full address of a secure page, starting with https://',
		phoneProblem: (example: string) => `Write the phone number with digits, spaces and + ( ) - . only, such as ${example}.`,
		pickNone: 'Until you pick one, the FAQ shows all questions.',
		copied: 'Copied',
		selected: {
			code: 'The code is selected. Press Ctrl+C, or Command+C on a Mac, to copy it.',
			line: 'The line is selected. Press Ctrl+C, or Command+C on a Mac, to copy it.',
			link: 'The link is selected. Press Ctrl+C, or Command+C on a Mac, to copy it.',
		},
	},
};

type UiText = typeof en;

const esSiteName = 'Guía de micropunción';

/** Neutral Latin American Spanish, in the `usted` form (content/README.md). */
const es: UiText = {
	siteName: esSiteName,
	sections: {
		procedure: 'Procedimiento',
		benefits: 'Beneficios',
		'side-effects': 'Efectos secundarios',
		suitability: '¿Es para usted?',
		options: 'Opciones',
		aftercare: 'Cuidados posteriores',
		faq: 'Preguntas',
		glossary: 'Glosario',
		about: 'Acerca de esta guía',
		sources: 'Fuentes',
		'for-clinics': 'Para clínicas',
		home: 'Inicio',
	},

	scales: {
		evidence: {
			established: 'Evidencia moderada',
			emerging: 'Alguna evidencia',
			anecdotal: 'Poca evidencia',
		},
		frequency: {
			common: 'Común',
			uncommon: 'Menos común',
			rare: 'Raro',
		},
		urgency: {
			clinic: 'Llame a su clínica',
			'same-day': 'Busque atención el mismo día',
			emergency: 'Llame a emergencias',
		},
		healing: {
			expected: 'Esperado',
		},
		downtime: {
			none: 'Ninguno',
			short: 'Corto',
			medium: 'Medio',
			long: 'Largo',
		},
	},
	faqTopics: faqTopicHeadings.es,
	suitabilityGroups: {
		suits: 'A quién le puede convenir',
		wait: 'Quién debe esperar',
		avoid: 'Quién no debe hacérselo',
	},
	sideEffectDurations: {
		days: 'Días',
		weeks: 'Semanas',
		months: 'Meses o más',
		varies: 'Varía',
	},
	daysAfter: {
		'day-0-1': 'Días cero y uno',
		'day-2-3': 'Días dos y tres',
		'day-4-7': 'Días cuatro a siete',
		'after-week': 'Después de una semana',
	},

	layout: {
		skipLink: 'Saltar al contenido principal',
		otherLanguages: 'Esta página en otro idioma',
		mainNav: 'Principal',
		footerNav: 'Pie de página',
		footerNote: `La ${esSiteName} ofrece información general, no consejos médicos. Hable con un profesional con licencia sobre su propia piel.`,
		sitemap: 'Mapa del sitio',
		noTracking: 'Sin cookies, sin rastreo, sin publicidad.',
		breadcrumb: 'Ruta de navegación',
		searchLabel: 'Buscar en la guía',
		searchButton: 'Buscar',
		moreHelp: 'Más ayuda',
		disclaimerLabel: 'Aviso médico',
		disclaimerLead: 'No es un consejo médico.',
		disclaimer:
			'Esta página ofrece información general. Hable con un profesional con licencia sobre su propia piel y su salud. Elija un proveedor con licencia que use agujas estériles de un solo uso.',
		lastReviewed: 'Última revisión de la página',
		nextReview: 'Próxima revisión',
		readMore: 'Más información:',
	},
	translationPending: {
		before: 'Esta página en inglés se actualizó después de traducirla, y la traducción está pendiente. Mientras tanto, puede leer ',
		link: 'la página en inglés',
	},
	reviewDue: {
		page: { due: 'Esta página está pendiente de revisión.', planned: 'Pensábamos revisarla de nuevo antes del ' },
		answers: { due: 'Estas respuestas están pendientes de revisión.', planned: 'Pensábamos revisarlas de nuevo antes del ' },
		after: ' y aún no lo hemos hecho. Algunos datos pueden estar desactualizados.',
	},
	sources: {
		heading: 'Fuentes',
		howWeKnow: 'Cómo lo sabemos',
		namedBefore: 'La página de cada entrada muestra las palabras que citamos de estas fuentes, y ',
		namedAfter: ' muestra qué respalda cada cita.',
		practiceLead: 'Práctica de las clínicas, no investigación:',
		practiceNote: 'Es lo que aconsejan muchas clínicas; ninguna fuente que citamos lo afirma.',
		onPage: (section) => `En la página “${section}”: `,
		alsoOn: '; también en ',
		everySource: 'Todas las fuentes que citamos',
		quotes: (count) => (count === 1 ? 'La citamos una vez.' : `Citamos ${count} pasajes de ella.`),
		quotesOnSourcePages:
			'Las fuentes están en inglés. La página de cada fuente muestra las palabras que citamos, en inglés, y qué respalda cada cita.',
		practiceHeading: 'Lo que se basa en la práctica de las clínicas',
		practiceIntro:
			'Ninguna fuente que citamos afirma estas cosas. Es lo que aconsejan muchas clínicas, y cada página lo dice así. Su propia clínica puede aconsejarle otra cosa: siga a su clínica.',
		description: (publisher, published) => `Lo que esta guía cita de ${publisher} (${published}) y lo que respalda cada pasaje.`,
		readSource: 'Lea la fuente',
		quoteIntro:
			'Cada cita de abajo está copiada palabra por palabra de esta fuente. Debajo de cada una puede ver dónde está en la fuente y qué partes de esta guía respalda.',
		whatWeQuote: 'Lo que citamos y lo que respalda',
		where: 'Dónde: ',
		supports: 'Respalda:',
		allSources: 'Todas nuestras fuentes',
		claims: {
			howOften: (effect, level) => `${effect}: con qué frecuencia ocurre (${level.toLowerCase()})`,
			restart: (activity) => `Cuándo volver a empezar: ${activity.toLowerCase()}`,
			warningSign: (sign) => `Señal de alarma: ${sign.charAt(0).toLowerCase()}${sign.slice(1)}`,
		},
	},
	print: {
		button: 'Imprimir esta página',
		hint: 'Para imprimir, presione Ctrl+P, o Comando+P en una Mac.',
		online: 'En internet: ',
		lastReviewed: 'Última revisión: ',
		qrLabel: (url) => `Código QR que abre ${url}`,
	},
	copyLink: {
		link: { step: 'Enlace a este paso', section: 'Enlace a esta sección' },
		copy: { step: 'Copiar el enlace a este paso', section: 'Copiar el enlace a esta sección' },
		copied: 'Enlace copiado',
		address: 'Dirección del enlace',
		selected: 'El enlace está seleccionado. Presione Ctrl+C, o Comando+C en una Mac, para copiarlo.',
	},
	evidence: {
		badge: (level) => `Evidencia: ${level}`,
		whyWeSaySo: 'Por qué lo decimos',
	},
	aftercare: {
		do: 'Sí',
		dont: 'No',
		checklistHint: 'Marque cada casilla cuando lo haya hecho.',
		why: 'Por qué: ',
		when: 'Cuándo: ',
		followYourClinic: 'Si su clínica le indica otra cosa, siga lo que le diga su clínica.',
		yourClinic: 'Su clínica',
		clinicPhone: 'Teléfono de la clínica',
		onThisPage: 'En esta página',
		printHeading: 'Imprimir estos pasos',
		printIntro:
			'Imprima todos los pasos en una hoja, o una parte a la vez. Cada hoja termina con las señales que indican que debe llamar, la fecha en que se revisó y un código para escanear con la cámara del teléfono y abrirla aquí.',
		allOnOneSheet: 'Todos los pasos en una hoja',
		onlyPhase: (phase) => `Solo “${phase}”`,
		phaseTitle: (phase) => `Cuidados posteriores a la micropunción: ${phase}`,
		partOfBefore: 'Esta página es una parte de nuestros ',
		partOfLink: 'pasos de cuidados posteriores',
		followClinic: 'Su clínica puede darle sus propios consejos. Si lo hace, siga los consejos de su clínica.',
		sheetTitle: 'Hoja de cuidados posteriores para imprimir',
		sheetDescription:
			'Todos los pasos de cuidados posteriores a la micropunción en una hoja para imprimir: antes de su cita, el primer día, la primera semana y después.',
		sheetIntro: 'Estos pasos explican cómo prepararse para la micropunción y cómo cuidar su piel después.',
	},
	isThisNormal: {
		intro:
			'Busque su señal y el día desde su tratamiento. El día cero es el día en que le hicieron el tratamiento. Cada respuesta lleva a más información sobre la señal.',
		day: 'Día desde el tratamiento',
		everyDay: 'Todos los días',
		sign: 'Señal',
		everySign: 'Todas las señales',
		caption: 'Qué significa cada señal en cada día después del tratamiento',
	},
	aftercareTimeline: {
		title: 'Línea de tiempo de los cuidados posteriores',
		description: (first, last) =>
			`Una línea baja por la página con un punto para cada parte de los cuidados posteriores, desde ${first} hasta ${last}. Junto a cada punto se dice qué hace su piel en ese momento y qué debe hacer usted, con las mismas palabras que aparecen más abajo bajo su título.`,
		caption: 'Su piel y qué hacer, parte por parte. Cada parte se explica más abajo.',
	},
	courseTimeline: {
		title: 'Línea de tiempo de un ciclo de micropunción',
		description: (shown, interval, redness, build, check, maintenance) =>
			`Una línea baja por la página a lo largo del tiempo. Pasa por ${shown} sesiones de ejemplo, ${interval}. Después de cada sesión, el enrojecimiento dura ${redness}. Junto a la línea, una forma verde para los resultados crece despacio, porque el colágeno nuevo se forma ${build}. Los resultados se revisan ${check}. Luego la forma de los resultados se estrecha, porque la piel sigue envejeciendo. Al final viene el mantenimiento, si usted lo quiere: ${maintenance}.`,
		session: (number) => `Sesión ${number}`,
		redness: (redness) => `Enrojecimiento: ${redness}`,
		collagen: (build) => `El colágeno nuevo se forma ${build}.`,
		resultsCheck: 'Revisión de resultados',
		fade: 'La piel sigue envejeciendo, así que los resultados se pierden poco a poco.',
		maintenance: 'Mantenimiento',
		ifWanted: (maintenance) => `Si lo desea: ${maintenance}`,
		resultsTop: 'Mejora',
		resultsBottom: 'gradual',
		caption: (sessions, shown) =>
			`Un ciclo de micropunción a lo largo del tiempo. La mayoría de los planes de tratamiento tienen ${sessions}. El número cambia de una persona a otra, así que las ${shown} sesiones que se ven aquí son solo un ejemplo.`,
		inWords: 'La línea de tiempo en palabras:',
		words: {
			sessions: (sessions) => `La mayoría de los planes de tratamiento tienen ${sessions}. Usted y su proveedor acuerdan el número.`,
			redness: (redness) =>
				`Después de cada sesión, la piel necesita un poco de tiempo para sanar. El enrojecimiento suele durar ${redness}.`,
			interval: (interval) => `Las sesiones se hacen ${interval}, para que la piel pueda sanar entre ellas.`,
			build: (build) => `Los resultados aparecen despacio, porque el colágeno nuevo se forma ${build}.`,
			check: (check) => `Los resultados se pueden juzgar ${check}.`,
			maintenance: (maintenance) =>
				`Los resultados no son permanentes, porque la piel sigue envejeciendo. Mantenimiento, si usted lo quiere: ${maintenance}.`,
		},
	},
	skinLayers: {
		title: 'Agujas finas que hacen canales diminutos en la piel',
		description:
			'Un corte de la piel muestra tres capas: la epidermis arriba, la dermis debajo y la grasa al fondo. Sobre la piel hay una pluma de micropunción con agujas finas que atraviesan la epidermis y llegan a la parte alta de la dermis. Donde las agujas ya salieron, quedan canales diminutos. Las agujas no llegan a la capa de grasa.',
		pen: 'Pluma con agujas',
		needles: 'Agujas finas',
		epidermis: 'Epidermis',
		outerLayer: 'capa externa',
		dermis: 'Dermis',
		hasCollagen: 'tiene colágeno',
		channels: 'Canales diminutos',
		fat: 'Capa de grasa',
		belowSkin: 'bajo la piel',
		platelets: 'Plaquetas',
		growthFactors: 'Factores de crecimiento',
		fibroblasts: 'Fibroblastos',
		collagen: 'Colágeno',
		elastin: 'Elastina',
		step: (number, count, head) => `Paso ${number} de ${count}: ${head}`,
		injuries: { head: 'Heridas diminutas', foot: 'La piel empieza a sanar.' },
		gather: { head: 'Llegan plaquetas', foot: 'Unas señales piden reparar.' },
		wake: { head: 'Fibroblastos activos', foot: 'Forman fibras nuevas.' },
		form: { head: 'Fibras nuevas', foot: (build) => `Las fibras nuevas crecen ${build}.` },
		injuriesText: 'Las agujas finas dejan canales diminutos que atraviesan la capa externa y llegan a la dermis. Son heridas pequeñas.',
		gatherText: 'Las plaquetas se reúnen en las heridas y liberan factores de crecimiento, señales que inician la reparación.',
		wakeText: 'Los fibroblastos, las células que forman colágeno, se activan en la dermis.',
		formText: (build) => `Se forman fibras nuevas de colágeno y elastina en la dermis ${build}.`,
		caption: (build) =>
			`Cómo funciona la micropunción: unas agujas finas hacen canales diminutos en la piel. Al sanar, la piel forma colágeno y elastina nuevos ${build}.`,
		inWords: 'La imagen en palabras:',
		words: {
			channels:
				'Unas agujas finas atraviesan la epidermis, la capa externa de la piel, y llegan a la dermis, que está debajo. Dejan canales diminutos. Por eso se dice que la micropunción es mínimamente invasiva: rompe la piel, pero solo un poco.',
			platelets:
				'Las plaquetas, unas células diminutas de la sangre, se reúnen en estas heridas pequeñas. Liberan factores de crecimiento. Son señales que le indican a la piel que empiece a repararse.',
			fibroblasts: 'Los fibroblastos se activan. Son las células de la dermis que forman colágeno.',
			fibers: (build) =>
				`Se forman fibras nuevas de colágeno y elastina ${build}. Pueden dejar la piel un poco más firme y lisa. Los resultados aparecen despacio y no duran para siempre, porque la piel sigue envejeciendo.`,
		},
	},
	optionsChart: {
		title: 'Gráfica de las opciones según el tiempo de recuperación y la fuerza de la evidencia',
		description:
			'El tiempo de recuperación va de izquierda a derecha, desde ninguno hasta largo. La fuerza de la evidencia va de arriba abajo, desde moderada hasta poca. Una última fila reúne las opciones a las que no se aplica la evidencia. Cada opción es un punto con número, o una barra si su tiempo de recuperación varía. La lista que sigue a la gráfica dice qué es cada número.',
		evidence: 'Evidencia',
		downtime: 'Tiempo de recuperación',
		noEvidence: 'No se aplica',
		downtimeSpan: (from, to) => `${from} a ${to.toLowerCase()}`,
		noDowntime: 'sin tiempo de recuperación',
		downtimeWords: (downtime) => `tiempo de recuperación ${downtime.toLowerCase()}`,
		noEvidenceWords: (noEvidence) => `evidencia: ${noEvidence.toLowerCase()}, porque no es un tratamiento`,
		caption:
			'Cada opción según su tiempo de recuperación y la fuerza de la evidencia que la respalda. Una barra indica que el tiempo de recuperación depende de la intensidad del tratamiento. Esperar no tiene nivel de evidencia, porque no es un tratamiento.',
		inWords: 'La gráfica en palabras:',
	},
	sideEffectsChart: {
		title: 'Efectos secundarios según la frecuencia con que ocurren y cuánto duran',
		months: 'Meses',
		caption:
			'Cada barra muestra cuánto suele durar un efecto secundario. Los grupos muestran con qué frecuencia ocurre cada uno. Las secciones de abajo dicen más sobre cada uno.',
	},
	homePage: {
		atAGlance: 'De un vistazo',
		findWhatYouNeed: 'Encuentre lo que necesita',
	},
	notFound: {
		title: 'Página no encontrada',
		description:
			'La página que buscó no está aquí. Encuentre información sobre la micropunción desde nuestra página de inicio y nuestras secciones.',
		lead: 'No pudimos encontrar esa página. Puede que se haya movido, o que el enlace tenga un error de escritura.',
		tryThese: 'Pruebe con una de estas:',
		homePage: 'Página de inicio',
	},
	procedure: {
		steps: 'El tratamiento, paso a paso',
		step: (number) => `Paso ${number}:`,
		howLong: 'Cuánto dura:',
		aftercareBefore: 'Después de su tratamiento, siga las ',
		aftercareLink: 'instrucciones de cuidados posteriores',
		aftercareAfter: '.',
		course: 'Cómo es un ciclo de tratamiento',
	},
	suitability: {
		why: 'Por qué:',
		basedOn: 'Se basa en:',
		clinicPractice: 'lo que aconsejan muchas clínicas (ninguna fuente que citamos lo afirma)',
		note: 'Esta lista es una guía, no un diagnóstico: usted y un profesional con licencia deciden juntos si la micropunción es adecuada para usted.',
	},
	sideEffects: {
		groups: {
			common: 'Efectos secundarios comunes',
			uncommon: 'Efectos secundarios menos comunes',
			rare: 'Efectos secundarios raros',
		},
		howOften: 'Frecuencia',
		source: 'fuente',
		howLong: 'Cuánto dura',
		getHelp: 'Cuándo buscar ayuda',
	},
	options: {
		compare: 'Las opciones, una al lado de la otra',
		caption: 'El tiempo de recuperación, la fuerza de la evidencia y el número de sesiones de cada opción',
		option: 'Opción',
		sessions: 'Sesiones',
		chart: 'El tiempo de recuperación y la evidencia en una imagen',
		notTreatment: 'La evidencia mide qué tan bien funciona un tratamiento, y esto no es un tratamiento.',
		howItWorks: 'Cómo funciona',
		treats: 'Qué trata',
		whatHappens: 'Qué pasa si espera',
		risks: 'Riesgos',
		waitingRisks: 'Qué arriesga si espera',
		darkerSkin: 'Riesgos para la piel más oscura',
	},
	decisionSheet: {
		readOptionsBefore: 'Le ayudará leer primero sobre ',
		readOptionsLink: 'todas las opciones, incluso la de no hacer nada',
		readOptionsAfter: '.',
		whatMatters: 'Lo que me importa',
		markHint: 'Marque cuánto le importa cada cosa.',
		factors: {
			cost: { label: 'Costo', hint: 'el total de todas las sesiones, no de una' },
			downtime: { label: 'Tiempo para sanar', hint: 'días de piel roja o adolorida' },
			change: { label: 'Cuánto cambio espero', hint: 'lo común es un cambio pequeño y lento' },
			risk: { label: 'Riesgo de efectos secundarios', hint: 'y qué pasa si uno es grave' },
		},
		weights: { lot: 'Mucho', some: 'Algo', little: 'Poco' },
		anythingElse: 'Otra cosa que me importa',
		questions: 'Preguntas para hacer en la consulta',
		questionsHint: 'Escriba las respuestas debajo de cada pregunta, o pídale al proveedor que lo haga.',
		decided: 'Lo que decidí',
		decisions: {
			proceed: 'Seguir adelante con la micropunción',
			other: 'Probar otra opción',
			wait: 'Esperar, o no hacer nada por ahora',
			opinion: 'Pedir una segunda opinión',
		},
		why: 'Por qué, y qué sigue ahora',
	},
	faq: {
		topics: 'Temas',
		allQuestions: 'Todas las preguntas',
		topicTitle: (topic) => `${topic}: preguntas y respuestas`,
		topicSummary: (topic) => `Respuestas claras a preguntas sobre la micropunción: ${topic.toLowerCase()}.`,
	},
	glossary: {
		letters: 'Letras del glosario',
		alsoCalled: (names) => `También se llama: ${names}`,
		moreAbout: (term) => `Más sobre ${term}`,
		related: 'Términos relacionados',
		mentions: 'Páginas que usan este término',
		back: 'Volver al glosario',
	},
	search: {
		title: 'Buscar',
		description:
			'Busque en la guía de micropunción: el procedimiento, los beneficios, los efectos secundarios, los cuidados posteriores, las preguntas frecuentes y el glosario. Cualquier nombre de un tratamiento lo encuentra.',
		hintBefore: 'Pruebe con un tratamiento, un efecto secundario o cualquier palabra del glosario. En cualquier página, presione ',
		hintMiddle: ' para buscar; ',
		hintAfter: ' borra el cuadro.',
		sections: 'Mostrar resultados de',
		noScript:
			'La búsqueda necesita JavaScript, que está desactivado en su navegador. Todas las páginas están en el índice de temas de abajo.',
		results: 'Resultados',
		more: 'Mostrar más resultados',
		browse: 'Explorar por tema',
		glossary: 'Glosario de la A a la Z',
		script: {
			allSections: 'Todas las secciones',
			loadFailed: 'No se pudo cargar la búsqueda. Revise su conexión e intente de nuevo.',
			noResults: 'No hay resultados para “{query}”{where}',
			oneResult: '{count} resultado para “{query}”{where}',
			results: '{count} resultados para “{query}”{where}',
			where: ' en {section}',
			showingFirst: '{counted}. Se muestran los primeros {shown}.',
			unknownWords: 'Ninguna página tiene {words}',
			unknownOr: ' ni ',
			relaxedNone: 'Ninguna página tiene todas estas palabras. Se muestran páginas sobre: {about}',
			relaxedOne: 'Solo {count} página tiene todas estas palabras y va primero. Luego, páginas sobre: {about}',
			relaxedSome: 'Solo {count} páginas tienen todas estas palabras y van primero. Luego, páginas sobre: {about}',
			definition: 'Definición',
			inGlossary: '{term} en el glosario',
			didYouMean: '¿Quiso decir {suggestions}?',
			listOr: ' o ',
		},
	},
	embed: {
		title: embedTitles.es,
		description: (summary) => `${summary} De la ${esSiteName}.`,
		sharedBy: 'comparte esta guía independiente',
		notFound: 'No se encontró la pregunta — ',
		seeAll: 'ver todas las preguntas',
		moreOn: `Más en la ${esSiteName}`,
		book: 'Reserve una consulta',
		source: 'Fuente: ',
		lastReviewed: ', revisada el ',
		independence: 'Es una guía independiente y no respalda a ninguna clínica ni proveedor.',
		newTab: 'Los enlaces se abren en una pestaña nueva.',
		snippetLink: 'Preguntas y respuestas sobre micropunción',
	},
	forClinics: {
		clinicName: 'Nombre de la clínica en la hoja (opcional)',
		clinicNameHint: "Solo se permiten letras, números, espacios y . , ' & ( ) -",
		phone: 'Número de teléfono en la hoja (opcional)',
		phoneHint: (example) => `Solo dígitos, espacios y + ( ) - . (por ejemplo, ${example}).`,
		scriptCode: 'Código con script (recomendado)',
		copyScript: 'Copiar el código con script',
		frameCode: 'Código del marco (sin script)',
		copyFrame: 'Copiar el código del marco',
		policy: 'Si su sitio tiene una política de seguridad',
		policyHint:
			'Si su sitio envía una Content-Security-Policy, esta debe permitir nuestro script y nuestro marco. Agregue estas fuentes a las partes de su política que tienen el mismo nombre: script-src para el script, frame-src para el marco. El código del marco solo necesita frame-src. Si su política los bloquea, el código con script muestra un enlace a nuestras preguntas.',
		copyPolicy: 'Copiar las fuentes de la política',
		builder: 'Cree su código',
		noScript:
			'Las opciones necesitan JavaScript, que está desactivado en su navegador. El código de abajo muestra todas las preguntas frecuentes.',
		language: 'Idioma de las preguntas',
		languageHint: 'El código, el marco y su enlace muestran las preguntas en este idioma.',
		questions: 'Preguntas que se muestran',
		oneTopic: 'Un tema',
		picked: 'Las preguntas que yo elija',
		topic: 'Tema',
		pickHint: 'Elija una o más preguntas. Se muestran en este orden.',
		look: 'Aspecto',
		accent: 'Color de acento',
		accentHint: (example) => `Déjelo vacío para usar nuestro verde azulado, o escriba un color como ${example}.`,
		pickColor: 'Elija un color',
		ourColor: 'Usar nuestro color',
		scheme: 'Esquema de colores',
		auto: 'Seguir el dispositivo del visitante',
		light: 'Claro',
		dark: 'Oscuro',
		yourClinic: 'Su clínica',
		name: 'Nombre de la clínica (opcional)',
		nameHint:
			'Se muestra arriba de las preguntas, así: "Su Clínica comparte esta guía independiente". Las preguntas frecuentes también dicen que la guía no respalda a ninguna clínica ni proveedor.',
		booking: 'Página de reservas (opcional)',
		bookingHint: 'La dirección completa de la página donde sus clientes reservan, que empieza con https://',
		preview: 'Vista previa',
		previewHint: 'Así se ven las preguntas frecuentes en su página. Son las reales, así que puede abrir las respuestas.',
		previewTitle: 'Vista previa de las preguntas frecuentes en su sitio',
		sheet: 'Hoja de cuidados posteriores con los datos de su clínica',
		sheetIntro:
			'Nuestra hoja de cuidados posteriores para imprimir puede mostrar arriba el nombre y el teléfono de su clínica, para que sus clientes sepan a quién llamar. Si deja un campo vacío, la hoja tendrá una línea en blanco para escribir.',
		openSheet: 'Abrir la hoja',
		sheetLink: 'Enlace a la hoja',
		sheetLinkHint: 'Envíelo a su equipo o a sus clientes, o ábralo e imprima la hoja.',
		copyLink: 'Copiar el enlace',
		accentProblem: (example) => `Escriba el color con # y tres o seis dígitos o letras de la a a la f, por ejemplo, ${example}.`,
		nameProblem: "Use solo letras, números, espacios y . , ' & ( ) -",
		contactProblem: 'Escriba la dirección completa de una página segura, que empiece con https://',
		phoneProblem: (example) => `Escriba el número de teléfono solo con dígitos, espacios y + ( ) - . (por ejemplo, ${example}).`,
		pickNone: 'Hasta que elija una, se muestran todas las preguntas.',
		copied: 'Copiado',
		selected: {
			code: 'El código está seleccionado. Presione Ctrl+C, o Comando+C en una Mac, para copiarlo.',
			line: 'La línea está seleccionada. Presione Ctrl+C, o Comando+C en una Mac, para copiarla.',
			link: 'El enlace está seleccionado. Presione Ctrl+C, o Comando+C en una Mac, para copiarlo.',
		},
	},
};

/** Every language has every text: a language added to `languages` without one fails the type check. */
const texts: Record<Lang, UiText> = { en, es };

/** The interface text of a page in `lang`: `ui(langOf(Astro.currentLocale)).layout.skipLink`. */
export function ui(lang: Lang): UiText {
	return texts[lang];
}
