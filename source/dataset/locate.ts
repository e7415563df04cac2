import {t, type MessageKey} from '../i18n/translate.js';
import {findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError} from 'jsonc-parser';

/*
Turns a JSON path (["agendaItems", 0, "documents", 1]) into the line and column
where that value is written, and JSON syntax errors into line and column. Only
called when something is wrong: building a syntax tree of a 50 MB file costs
far more than JSON.parse, so the loader's clean path never comes here.
*/

export type JsonPath = ReadonlyArray<string | number>;

export type Position = {readonly line: number; readonly column: number};

export type SyntaxProblem = Position & {readonly message: string};

const syntaxMessages: Record<string, MessageKey> = {
	InvalidSymbol: 'cli.dataset-syntax.invalid-symbol',
	InvalidNumberFormat: 'cli.dataset-syntax.invalid-number-format',
	PropertyNameExpected: 'cli.dataset-syntax.property-name-expected',
	ValueExpected: 'cli.dataset-syntax.value-expected',
	ColonExpected: 'cli.dataset-syntax.colon-expected',
	CommaExpected: 'cli.dataset-syntax.comma-expected',
	CloseBraceExpected: 'cli.dataset-syntax.close-brace-expected',
	CloseBracketExpected: 'cli.dataset-syntax.close-bracket-expected',
	EndOfFileExpected: 'cli.dataset-syntax.end-of-file-expected',
	InvalidCommentToken: 'cli.dataset-syntax.invalid-comment-token',
	UnexpectedEndOfComment: 'cli.dataset-syntax.unexpected-end-of-comment',
	UnexpectedEndOfString: 'cli.dataset-syntax.unexpected-end-of-string',
	UnexpectedEndOfNumber: 'cli.dataset-syntax.unexpected-end-of-number',
	InvalidUnicode: 'cli.dataset-syntax.invalid-unicode',
	InvalidEscapeCharacter: 'cli.dataset-syntax.invalid-escape-character',
	InvalidCharacter: 'cli.dataset-syntax.invalid-character',
};

/** Offsets of the first character of each line. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	let index = text.indexOf('\n');
	while (index !== -1) {
		starts.push(index + 1);
		index = text.indexOf('\n', index + 1);
	}

	return starts;
}

/** 1-based line and column of a 0-based offset (columns count UTF-16 units, as editors do). */
export function positionAt(starts: readonly number[], offset: number): Position {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if ((starts[middle] ?? 0) <= offset) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}

	return {line: low + 1, column: offset - (starts[low] ?? 0) + 1};
}

/** Every syntax error of a text that JSON.parse rejected, in file order. */
export function syntaxProblems(text: string): SyntaxProblem[] {
	const errors: ParseError[] = [];
	parse(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
	const starts = lineStarts(text);
	// The parser may report two errors at one offset while it recovers; the first says it.
	const offsets = new Set<number>();
	return errors.filter(error => !offsets.has(error.offset) && offsets.add(error.offset)).map(error => ({
		...positionAt(starts, error.offset),
		message: t(syntaxMessages[printParseErrorCode(error.error)] ?? 'cli.dataset-syntax.malformed'),
	}));
}

export type Locator = {
	/**
	The position of the value at `path`; for a path that is not in the file (a
	missing field), the position of the nearest enclosing value that is.
	With `key`, the position of that field's name inside the object at `path`.
	*/
	readonly locate: (path: JsonPath, key?: string) => Position;
};

/** Parses the text into a syntax tree on first use, then answers many paths. */
export function createLocator(text: string): Locator {
	let tree: Node | undefined;
	let starts: number[] | undefined;
	const ensure = (): {tree: Node | undefined; starts: number[]} => {
		starts ??= lineStarts(text);
		tree ??= parseTree(text, [], {disallowComments: true});
		return {tree, starts};
	};

	return {
		locate(path, key) {
			const {tree: root, starts: lines} = ensure();
			if (root === undefined) {
				return {line: 1, column: 1};
			}

			let node: Node | undefined;
			for (let depth = path.length; depth >= 0 && node === undefined; depth--) {
				node = findNodeAtLocation(root, [...path.slice(0, depth)]);
			}

			node ??= root;
			if (key !== undefined && node.type === 'object') {
				const property = node.children?.find(child => child.children?.[0]?.value === key);
				if (property !== undefined) {
					return positionAt(lines, property.offset);
				}
			}

			return positionAt(lines, node.offset);
		},
	};
}
