/**
 * The FAQ topics, in page order, with the heading each gets in each language. Their own small
 * module, so the embed loader (`/embed.js`, which ships to clinics' sites) can name its frames as
 * the embed pages are titled without carrying the whole interface dictionary (ui.ts).
 */
import type { Lang } from './languages';

const en = {
	basics: 'The basics',
	treatment: 'The treatment',
	results: 'Sessions and results',
	safety: 'Safety and side effects',
	aftercare: 'Aftercare',
	choices: 'Choosing a treatment',
};

export const faqTopicHeadings: Record<Lang, typeof en> = {
	en,
	es: {
		basics: 'Lo básico',
		treatment: 'El tratamiento',
		results: 'Sesiones y resultados',
		safety: 'Seguridad y efectos secundarios',
		aftercare: 'Cuidados posteriores',
		choices: 'Cómo elegir un tratamiento',
	},
};
