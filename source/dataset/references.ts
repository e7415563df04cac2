import type {JsonPath} from './locate.js';

/*
The checks zod cannot express: ids unique across the dataset, and every id
reference landing on an entity of the right kind. They run on the parsed file
even when the schema check failed elsewhere (defensively: anything that is not
where it should be is skipped, the schema check reports it), so that one run
reports every problem. Each problem names both ends: the field holding the
reference, the id it names, and the entity that holds it.
*/

export type ReferenceProblem = {
	readonly path: JsonPath;
	readonly message: string;
	/** A warning loads (a lookup lists both twins); an error stops the load. */
	readonly severity: 'error' | 'warning';
};

type Kind =
	| 'session'
	| 'agenda item'
	| 'document'
	| 'instrument'
	| 'resolution'
	| 'report'
	| 'proposal'
	| 'principle'
	| 'delegation'
	| 'position';

// Collections of entities: the top-level field → the kind of entity it holds.
const collections: ReadonlyArray<readonly [string, Kind]> = [
	['agendaItems', 'agenda item'],
	['documents', 'document'],
	['instruments', 'instrument'],
	['resolutions', 'resolution'],
	['reports', 'report'],
	['proposals', 'proposal'],
	['principles', 'principle'],
	['delegations', 'delegation'],
	['positions', 'position'],
];

const citable: readonly Kind[] = ['instrument', 'resolution', 'report', 'document'];

/*
Every field that holds an id, as a path pattern ("*" is every element of a list)
and the kinds it may name. The schema's `.describe()` of each field says the same
in words; keep the two in step when adding a reference.
*/
const referenceFields: ReadonlyArray<{readonly pattern: readonly string[]; readonly kinds: readonly Kind[]}> = [
	{pattern: ['agendaItems', '*', 'documents', '*'], kinds: ['document']},
	{pattern: ['documents', '*', 'submittedBy', 'delegations', '*'], kinds: ['delegation']},
	{pattern: ['documents', '*', 'references', '*', 'targets', '*'], kinds: citable},
	{pattern: ['documents', '*', 'sections', '*', 'paragraphs', '*', 'cites', '*'], kinds: citable},
	{pattern: ['documents', '*', 'footnotes', '*', 'cites', '*'], kinds: citable},
	{pattern: ['resolutions', '*', 'excerpts', '*', 'document'], kinds: ['document']},
	{pattern: ['proposals', '*', 'document'], kinds: ['document']},
	{pattern: ['proposals', '*', 'cites', '*'], kinds: citable},
	{pattern: ['principles', '*', 'proposal'], kinds: ['proposal']},
	{pattern: ['principles', '*', 'cites', '*'], kinds: citable},
	{pattern: ['positions', '*', 'delegation'], kinds: ['delegation']},
	{pattern: ['positions', '*', 'on'], kinds: ['agenda item', 'proposal']},
	// Filled by the importer (schema-import.ts).
	{pattern: ['documents', '*', 'supersedes'], kinds: ['document']},
	{pattern: ['documents', '*', 'translations', '*', 'references', '*'], kinds: citable},
	{pattern: ['resolutions', '*', 'editions', '*', 'documents', '*'], kinds: ['document']},
];

type Found = {readonly path: JsonPath; readonly value: unknown};

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/*
Calls `visit` with every value matching a path pattern ("*": every element of a
list). The path is one array mutated in place and copied only when a visitor
keeps it: a 10,000-item dataset has a few hundred thousand references, and
allocating a path for each one cost more than the whole schema check.
*/
function each(value: unknown, pattern: readonly string[], visit: (value: unknown, path: Array<string | number>) => void, path: Array<string | number> = [], depth = 0): void {
	const head = pattern[depth];
	if (head === undefined) {
		visit(value, path);
		return;
	}

	if (head === '*') {
		if (Array.isArray(value)) {
			for (let index = 0; index < value.length; index++) {
				path.push(index);
				each(value[index], pattern, visit, path, depth + 1);
				path.pop();
			}
		}

		return;
	}

	if (isRecord(value) && head in value) {
		path.push(head);
		each(value[head], pattern, visit, path, depth + 1);
		path.pop();
	}
}

/** Every value matching a path pattern, with a copy of its path: for the small walks. */
function walk(value: unknown, pattern: readonly string[]): Found[] {
	const found: Found[] = [];
	each(value, pattern, (element, path) => {
		found.push({path: [...path], value: element});
	});
	return found;
}

function article(kind: string): string {
	return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

function kindList(kinds: readonly Kind[]): string {
	if (kinds.length === 1) {
		return kinds[0] ?? '';
	}

	return `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1) ?? ''}`;
}

type Owner = {readonly kind: Kind; readonly id: string | undefined};

function ownerOf(root: Record<string, unknown>, path: JsonPath): Owner | undefined {
	const [collection, index] = path;
	const kind = collections.find(([name]) => name === collection)?.[1];
	const list = typeof collection === 'string' ? root[collection] : undefined;
	if (kind === undefined || typeof index !== 'number' || !Array.isArray(list)) {
		return undefined;
	}

	const entity: unknown = list[index];
	return {kind, id: isRecord(entity) && typeof entity['id'] === 'string' ? entity['id'] : undefined};
}

function fromOwner(owner: Owner | undefined): string {
	if (owner === undefined) {
		return '';
	}

	return owner.id === undefined ? ` (from ${article(owner.kind)} without an id)` : ` (from ${owner.kind} "${owner.id}")`;
}

/** Checks ids and references of a parsed (sanitized) dataset file. */
export function checkReferences(data: unknown): ReferenceProblem[] {
	if (!isRecord(data)) {
		return [];
	}

	const problems: ReferenceProblem[] = [];
	const kinds = new Map<string, {kind: Kind; path: JsonPath}>();
	const register = (id: unknown, kind: Kind, path: JsonPath): void => {
		if (typeof id !== 'string') {
			return;
		}

		const first = kinds.get(id);
		if (first === undefined) {
			kinds.set(id, {kind, path: [...path]});
			return;
		}

		problems.push({
			path: [...path],
			severity: 'error',
			message: `duplicate id "${id}", already the id of the ${first.kind} at ${formatPath(first.path.slice(0, -1))}; ids are unique across the dataset`,
		});
	};

	if (isRecord(data['session'])) {
		register(data['session']['id'], 'session', ['session', 'id']);
	}

	for (const [collection, kind] of collections) {
		each(data, [collection, '*', 'id'], (value, path) => {
			register(value, kind, path);
		});
	}

	for (const {pattern, kinds: expected} of referenceFields) {
		each(data, pattern, (value, path) => {
			if (typeof value !== 'string') {
				return;
			}

			const target = kinds.get(value);
			if (target === undefined) {
				problems.push({path: [...path], severity: 'error', message: `refers to ${kindList(expected)} "${value}", which does not exist${fromOwner(ownerOf(data, path))}`});
			} else if (!expected.includes(target.kind)) {
				problems.push({path: [...path], severity: 'error', message: `refers to "${value}", which is ${article(target.kind)}, not ${article(kindList(expected))}${fromOwner(ownerOf(data, path))}`});
			}
		});
	}

	problems.push(...checkFootnotes(data), ...checkUniqueNames(data));
	return problems;
}

/** A paragraph's footnote number must be one of its document's footnotes. */
function checkFootnotes(data: Record<string, unknown>): ReferenceProblem[] {
	const problems: ReferenceProblem[] = [];
	each(data, ['documents', '*'], (document, documentPath) => {
		if (!isRecord(document)) {
			return;
		}

		let numbers: Set<unknown> | undefined;
		each(document, ['sections', '*', 'paragraphs', '*', 'footnotes', '*'], (value, path) => {
			numbers ??= new Set(walk(document, ['footnotes', '*', 'number']).map(found => found.value));
			if (typeof value === 'number' && !numbers.has(value)) {
				const id = typeof document['id'] === 'string' ? ` "${document['id']}"` : '';
				problems.push({path: [...documentPath, ...path], severity: 'error', message: `refers to footnote ${value}, which document${id} does not have`});
			}
		});
	});
	return problems;
}

/*
Two agenda items with one number, or two resolutions with one number, body and
revision, load (a lookup lists both) but are most likely a copy-paste slip.
*/
function checkUniqueNames(data: Record<string, unknown>): ReferenceProblem[] {
	const problems: ReferenceProblem[] = [];
	const seen = new Map<string, JsonPath>();
	const check = (key: string, path: JsonPath, message: (first: JsonPath) => string): void => {
		const first = seen.get(key);
		if (first === undefined) {
			seen.set(key, [...path]);
		} else {
			problems.push({path: [...path], severity: 'warning', message: message(first)});
		}
	};

	each(data, ['agendaItems', '*', 'number'], (value, path) => {
		if (typeof value === 'string') {
			check(`item\u0000${value}`, path, first => `agenda item number "${value}" is also used by ${formatPath(first.slice(0, -1))}`);
		}
	});

	each(data, ['resolutions', '*'], (value, path) => {
		if (isRecord(value) && typeof value['number'] === 'number') {
			const revision = typeof value['revision'] === 'string' ? value['revision'] : '';
			check(`res\u0000${String(value['body'])}\u0000${value['number']}\u0000${revision}`, path, first => `resolution ${value['number']} of the same body and revision is also ${formatPath(first)}`);
		}
	});

	each(data, ['positions', '*'], (value, path) => {
		if (isRecord(value) && typeof value['delegation'] === 'string' && typeof value['on'] === 'string') {
			check(`pos\u0000${value['delegation']}\u0000${value['on']}`, path, first => `delegation "${value['delegation']}" already has a position on "${value['on']}" at ${formatPath(first)}`);
		}
	});

	return problems;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `agendaItems[0].documents[1]`; the empty path is the dataset itself. */
export function formatPath(path: JsonPath): string {
	if (path.length === 0) {
		return '(dataset)';
	}

	let text = '';
	for (const segment of path) {
		if (typeof segment === 'number') {
			text += `[${segment}]`;
		} else if (identifier.test(segment)) {
			text += text === '' ? segment : `.${segment}`;
		} else {
			text += `[${JSON.stringify(segment)}]`;
		}
	}

	return text;
}
