import { describe, expect, it } from 'vitest';
import { findUnknownReferences } from './data-references';
import { parseMdx } from './mdx';

const ids = { Fact: ['course-sessions', 'session-length'], Advice: ['makeup'] };
const problems = (body: string) => findUnknownReferences(parseMdx(`---\nquestion: Q?\n---\n${body}`), (component) => ids[component]);

describe('findUnknownReferences', () => {
	it('passes ids that are in their files, inline and on their own line', () => {
		expect(problems('Most need <Fact id="course-sessions" />.\n\n<Advice id="makeup" />')).toEqual([]);
	});

	it('reports an unknown fact and advice id at its line, with the file and the ids to use', () => {
		expect(problems('Intro.\n\nIt takes <Fact id="nope" />.\n\n<Advice id="swimming" />')).toEqual([
			{
				line: 6,
				message: '<Fact id="nope" />: there is no fact "nope" in content/facts.yaml. Use one of: course-sessions, session-length.',
			},
			{ line: 8, message: '<Advice id="swimming" />: there is no advice entry "swimming" in content/advice.yaml. Use one of: makeup.' },
		]);
	});

	it('reports a component without an id, or with an id the check cannot read', () => {
		expect(problems('<Fact />\n\n<Advice id={"makeup"} />').map((problem) => problem.message)).toEqual([
			'<Fact /> has no id: write the id of a fact in content/facts.yaml, for example <Fact id="course-sessions" />.',
			'<Advice id={…} />: write the id as plain text in quotes, for example <Advice id="makeup" />, so the check can find it in content/advice.yaml.',
		]);
	});

	it('leaves other components and HTML alone', () => {
		expect(problems('<WarningSigns />\n\n<img src="a.png" alt="A pen" />')).toEqual([]);
	});
});
