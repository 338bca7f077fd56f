/**
 * The data components of an MDX body and the files their ids point into: `<Fact id>` →
 * `facts.yaml`, `<Advice id>` → `advice.yaml`. `astro sync` never compiles bodies and the build
 * only names the missing id, so the content check finds an unknown id here, with the file that
 * uses it and the ids there are.
 */
import { type DataComponent, dataComponentOf, dataComponentTable } from './data-components.ts';
import { lineOf, type MdxNode, walk } from './mdx.ts';

type Table = typeof dataComponentTable;

/** The data components that take an id: each names the data file it points into. */
type DataComponentName = { [C in DataComponent]: Table[C]['reference'] extends undefined ? never : C }[DataComponent];

/** Each component that takes the id of an entry in a data file, and that file (under content/). */
export const dataComponents = Object.fromEntries(
	Object.entries(dataComponentTable).flatMap(([name, { reference }]) => (reference ? [[name, reference]] : [])),
) as { [C in DataComponentName]: NonNullable<Table[C]['reference']> };

/** A problem with one component in a body, at its line. */
interface ReferenceProblem {
	line: number;
	message: string;
}

const takesId = (component: DataComponent): component is DataComponentName => Object.hasOwn(dataComponents, component);

/**
 * Checks every data component in a parsed MDX file: it has an `id` written as text, and the id
 * is an entry of its file. `idsOf` lists a file's ids; `root` is the content folder, for messages.
 */
export function findUnknownReferences(
	tree: MdxNode,
	idsOf: (component: DataComponentName) => readonly string[],
	root = 'content',
): ReferenceProblem[] {
	const problems: ReferenceProblem[] = [];
	walk(tree, (node) => {
		const use = dataComponentOf(node);
		if (!use || !takesId(use.component)) return;
		const { component, id } = use;
		const { file, noun, example } = dataComponents[component];
		const path = `${root}/${file}`;
		if (!use.hasId) {
			problems.push({
				line: lineOf(node),
				message: `<${component} /> has no id: write the id of a ${noun} in ${path}, for example <${component} id="${example}" />.`,
			});
			return;
		}
		if (id === undefined) {
			problems.push({
				line: lineOf(node),
				message: `<${component} id={…} />: write the id as plain text in quotes, for example <${component} id="${example}" />, so the check can find it in ${path}.`,
			});
			return;
		}
		const ids = idsOf(component);
		if (!ids.includes(id)) {
			const choices = ids.length > 0 ? `Use one of: ${[...ids].sort().join(', ')}.` : `Add it to ${path} first.`;
			problems.push({ line: lineOf(node), message: `<${component} id="${id}" />: there is no ${noun} "${id}" in ${path}. ${choices}` });
		}
	});
	return problems;
}
