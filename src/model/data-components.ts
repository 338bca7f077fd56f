/**
 * The MDX components that stand for data in content/ (a figure, a timing, the warning signs),
 * listed once. The components MDX may use (src/components/mdx.ts), the reference check, the
 * plain text of a body and the claims a body makes all read them from here.
 */

/** Each data component, and the data file its `id` names (under content/), if it takes one. */
export const dataComponentTable = {
	Fact: { reference: { file: 'facts.yaml', noun: 'fact', example: 'course-sessions' } },
	Advice: { reference: { file: 'advice.yaml', noun: 'advice entry', example: 'makeup' } },
	// Every warning sign, grouped by urgency: it takes no id.
	WarningSigns: { reference: undefined },
} as const;

export type DataComponent = keyof typeof dataComponentTable;

/** Whether a JSX element's name is a data component's. */
function isDataComponent(name: string | null | undefined): name is DataComponent {
	return !!name && Object.hasOwn(dataComponentTable, name);
}

/** What a JSX element of an MDX tree says about itself, in mdast and in `MdxNode` alike. */
interface JsxElement {
	name?: string | null;
	attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/** A data component in a parsed MDX body: which one, and the `id` it names. */
interface DataComponentUse {
	component: DataComponent;
	/** The id, when it is written as text (`id="makeup"`, not `id={…}`). */
	id: string | undefined;
	/** Whether it has an id at all, as text or as code. */
	hasId: boolean;
}

/** The data component a node of an MDX tree is, or `undefined` when it is any other node. */
export function dataComponentOf(node: { type: string }): DataComponentUse | undefined {
	if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
	const { name, attributes = [] } = node as JsxElement;
	if (!isDataComponent(name)) return undefined;
	const id = attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
	return { component: name, id: typeof id === 'string' ? id : undefined, hasId: id !== undefined && id !== null };
}
