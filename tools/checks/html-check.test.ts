import { describe, expect, it } from 'vitest';
import { fileOfMessage, formatProblem, parseVnuJson, setAsideReason, sortMessages, type VnuMessage } from './html-check';

const error = (message: string, url = 'file:/site/dist/x/index.html'): VnuMessage => ({
	type: 'error',
	url,
	message,
	lastLine: 3,
	firstColumn: 7,
});

describe('parseVnuJson', () => {
	it('reads the messages, even after other output', () => {
		expect(parseVnuJson('{"version":"26","messages":[{"type":"error","message":"m"}]}')).toEqual([{ type: 'error', message: 'm' }]);
		expect(parseVnuJson('Picked up JAVA_TOOL_OPTIONS\n{"messages":[]}')).toEqual([]);
	});

	it('throws with what the checker said when there is no report', () => {
		expect(() => parseVnuJson('Error: Unable to access jarfile')).toThrow(/no JSON report.*Unable to access jarfile/);
	});
});

describe('setAsideReason', () => {
	it('sets aside only the CSS features the checker does not know', () => {
		expect(setAsideReason(error('CSS: Unrecognized at-rule “@property”'))).toBe('CSS checker gap: @property');
		expect(setAsideReason(error("CSS: “container-type”: Property “container-type” doesn't exist."))).toBe(
			'CSS checker gap: container-type',
		);
		expect(setAsideReason(error("CSS: “margin-trim”: Property “margin-trim” doesn't exist."))).toBe('CSS checker gap: margin-trim');
		expect(setAsideReason(error('CSS: Unrecognized at-rule “@container”'))).toBe('CSS checker gap: @container');
	});

	it('reports every other CSS message, and the same words outside CSS', () => {
		expect(setAsideReason(error("CSS: “colr”: Property “colr” doesn't exist."))).toBeUndefined();
		expect(setAsideReason(error('CSS: “color”: “rde” is not a “color” value.'))).toBeUndefined();
		expect(setAsideReason(error('Unrecognized at-rule “@property”'))).toBeUndefined();
	});

	it('reports the meta refresh of a redirect page without a space: the build writes it with one', () => {
		const refresh = error(
			'Bad value “0;url=/aftercare/#avoid-sun” for attribute “content” on element “meta”: Expected a space character, but saw “u” instead.',
		);
		expect(setAsideReason(refresh)).toBeUndefined();
	});

	it('reports a message about a document the checker could not read', () => {
		expect(setAsideReason({ type: 'non-document-error', message: 'File not found' })).toBeUndefined();
	});
});

describe('sortMessages', () => {
	it('reports errors with file, line and column, and counts what it set aside', () => {
		const { problems, setAside } = sortMessages(
			[
				error('CSS: Unrecognized at-rule “@property”'),
				error('CSS: Unrecognized at-rule “@property”'),
				error('Duplicate ID “main”.'),
				{ type: 'non-document-error', url: 'file:/site/dist/gone.html', message: 'File not found' },
			],
			'/site',
		);
		expect(problems.map(formatProblem)).toEqual([
			'dist/x/index.html:3:7: Duplicate ID “main”.',
			'dist/gone.html: non-document-error: File not found',
		]);
		expect([...setAside]).toEqual([['CSS checker gap: @property', 2]]);
	});

	it('names files relative to the working directory', () => {
		expect(fileOfMessage('file:/site/dist/a/b/index.html', '/site')).toBe('dist/a/b/index.html');
		expect(fileOfMessage(undefined, '/site')).toBe('(no file)');
	});
});
