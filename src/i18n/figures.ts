/**
 * A figure is a number, or a range of numbers, with a unit: `{ min: 3, max: 6, unit: session }`.
 * It is written once, in `content/facts.yaml`, and formatted here in each language, so a
 * translation never types a figure and cannot state a different one.
 */
import { type Lang, languages } from './languages';

/** The words for each unit: `one` is used for exactly one ("a week"), `other` for the rest (`#` is the number). */
const unitWords = {
	session: { en: { one: 'one session', other: '# sessions' }, es: { one: 'una sesión', other: '# sesiones' } },
	minute: { en: { one: 'a minute', other: '# minutes' }, es: { one: 'un minuto', other: '# minutos' } },
	hour: { en: { one: 'an hour', other: '# hours' }, es: { one: 'una hora', other: '# horas' } },
	day: { en: { one: 'a day', other: '# days' }, es: { one: 'un día', other: '# días' } },
	week: { en: { one: 'a week', other: '# weeks' }, es: { one: 'una semana', other: '# semanas' } },
	month: { en: { one: 'a month', other: '# months' }, es: { one: 'un mes', other: '# meses' } },
	millimeter: { en: { other: '# mm' }, es: { other: '# mm' } },
	percent: { en: { other: '#%' }, es: { other: '#%' } },
	age: { en: { other: '#' }, es: { other: '# años' } },
	number: { en: { other: '#' }, es: { other: '#' } },
} as const satisfies Record<string, Record<Lang, { one?: string; other: string }>>;

export type FigureUnit = keyof typeof unitWords;
export const figureUnits = Object.keys(unitWords) as [FigureUnit, ...FigureUnit[]];

export interface Figure {
	min: number;
	max?: number | undefined;
	unit: FigureUnit;
}

/** How a range joins its ends; the words before it ("de", "between") belong to the sentence. */
const rangeWords: Record<Lang, string> = { en: '# to #', es: '# a #' };

/** Symbols that go with each end of a range ("50% to 75%"); words go once, after it ("2 to 3 days"). */
const perNumber = new Set<FigureUnit>(['percent']);

/** "3 sessions", "2 to 3 days", "a week"; in Spanish "3 sesiones", "2 a 3 días", "una semana". */
export function formatFigure({ min, max, unit }: Figure, lang: Lang): string {
	const words = unitWords[unit][lang];
	const number = new Intl.NumberFormat(languages[lang].locale, { maximumFractionDigits: 2 });
	if (max === undefined) {
		if (min === 1 && 'one' in words) return words.one;
		return words.other.replace('#', number.format(min));
	}
	const [from, to] = [min, max].map((value) =>
		perNumber.has(unit) ? words.other.replace('#', number.format(value)) : number.format(value),
	);
	const range = rangeWords[lang].replace('#', from!).replace('#', to!);
	return perNumber.has(unit) ? range : words.other.replace('#', range);
}

/** Where a figure goes in a fact's wording: `{1}` is its first figure, `{2}` its second. */
const figureSlot = /\{(\d+)\}/g;

/**
 * Checks a fact's wording against its figures: each `{1}`, `{2}`… names a figure that exists,
 * each figure is used, and no number is typed in the words, where no language could format it.
 * Translations of the wording are checked the same way.
 */
export function checkWording(wording: string, figureCount: number): string[] {
	const used = new Set([...wording.matchAll(figureSlot)].map((match) => Number(match[1])));
	const problems: string[] = [];
	for (const position of used) {
		if (position < 1 || position > figureCount)
			problems.push(`{${position}} names no figure: this fact has ${figureCount} in \`figures\`.`);
	}
	for (let position = 1; position <= figureCount; position++) {
		if (!used.has(position)) problems.push(`figure ${position} is not shown: put {${position}} where it goes.`);
	}
	if (/\d/.test(wording.replace(figureSlot, ''))) {
		problems.push('a number is typed in the words: give it as a figure in `figures` and write {1}, {2}… where it goes.');
	}
	return problems;
}

/**
 * A fact's wording with its figures in place: `about {1} apart` and `[{ min: 4, unit: week }]`
 * → "about 4 weeks apart". The schema has already checked that every slot has its figure.
 */
export function formatFact(wording: string, figures: readonly Figure[], lang: Lang): string {
	return wording.replace(figureSlot, (slot, position: string) => {
		const figure = figures[Number(position) - 1];
		if (!figure) throw new Error(`${slot} has no figure: the fact has ${figures.length}.`);
		return formatFigure(figure, lang);
	});
}
