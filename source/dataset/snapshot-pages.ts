import type {Dataset, DocumentEntity, Position} from './schema.js';
import {definePagedProperty, PagedArray, type PageTable} from './paged-array.js';

/*
The body of a dataset snapshot (cache.ts), paged: a head, then the documents
and the positions each as a JSON array whose elements can be parsed one at a
time, then the positions' ids. The head is JSON: the dataset with those two
arrays empty, the load's warnings, where each document and position starts
(in bytes), the documents' ids, and the positions' targets with the places of
the positions on each (what the index's positionsOn holds, in its order). A
start parses the head (the agenda items, proposals, delegations, ...: a fifth
of the 5,000-item session's snapshot) and, for the first frame, the few
documents and positions it shows; the rest is parsed when something walks the
arrays (the index's lazy parts, built while the screen is idle).

Nothing of a body is used before it matches its SHA-256 (cache.ts: worked out
before the parse, or on another thread while the head is parsed), so the
tables are this program's own; they are still checked for shape and bounds,
and a body that fails is a cache miss.
*/

export type PositionGroups = ReadonlyArray<readonly [target: string, places: readonly number[]]>;

/** What a paged snapshot gives besides the dataset: the two paged arrays and the positions by target. */
export type DatasetPages = {
	readonly documents: PagedArray<DocumentEntity>;
	readonly positions: PagedArray<Position>;
	readonly positionGroups: PositionGroups;
};

type Head = {
	readonly dataset: Dataset;
	readonly warnings: unknown[];
	readonly documents: PageTable;
	readonly positions: PageTable;
	readonly positionsOn: PositionGroups;
	/** The sections' lengths, in bytes: documents, positions, then the positions' ids (a JSON array of strings, parsed when an id is looked up). */
	readonly lengths: readonly [number, number, number];
};

/** The pages a snapshot's dataset was read with, while both arrays are still unparsed (build-index.ts asks). */
const pagesOfDataset = new WeakMap<Dataset, DatasetPages>();

export function pagesOf(dataset: Dataset): DatasetPages | undefined {
	const pages = pagesOfDataset.get(dataset);
	// Once an array is parsed whole it is the dataset's own: an index is built from it, as from any dataset.
	return pages !== undefined && !pages.documents.isWhole() && !pages.positions.isWhole() ? pages : undefined;
}

function section(texts: readonly string[], size: (text: string) => number): {text: string; at: number[]} {
	const at = [1];
	for (const text of texts) {
		at.push(at.at(-1)! + size(text) + 1);
	}

	return {text: `[${texts.join(',')}]`, at};
}

/** JSON text with every character outside printable ASCII written \uXXXX (a pair for one outside the BMP): the same value to JSON.parse. */
export function escapeToAscii(json: string): string {
	return json.replaceAll(/[^\u0020-\u007E]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Where each target's positions are, in the order an index groups them (build-index.ts's positionsOn). */
function positionGroups(positions: readonly Position[]): Array<[string, number[]]> {
	const groups = new Map<string, number[]>();
	for (const [place, position] of positions.entries()) {
		const group = groups.get(position.on);
		if (group === undefined) {
			groups.set(position.on, [place]);
		} else {
			group.push(place);
		}
	}

	return [...groups];
}

/**
The body and its head's length, in bytes. In ASCII (latin1 reads it without decoding UTF-8) when at most one
character in 20 is not (by the UTF-8 bytes beyond one a character), else UTF-8: a text mostly in Chinese or
Arabic, escaped, would be twice the bytes to read and hash. The tables count bytes, so a page is decoded alone.
*/
export function pagedBody(dataset: Dataset, warnings: readonly unknown[]): {bytes: Buffer; headLength: number; isAscii: boolean} {
	const documentTexts = dataset.documents.map(document => JSON.stringify(document));
	const positionTexts = dataset.positions.map(position => JSON.stringify(position));
	const restText = JSON.stringify([{...dataset, documents: [], positions: []}, warnings]);
	let characters = 0;
	let extraBytes = 0;
	for (const text of [restText, ...documentTexts, ...positionTexts]) {
		characters += text.length;
		extraBytes += Buffer.byteLength(text, 'utf8') - text.length;
	}

	const isAscii = extraBytes * 20 <= characters;
	const encode = isAscii ? escapeToAscii : (text: string) => text;
	const size = isAscii ? (text: string) => text.length : (text: string) => Buffer.byteLength(text, 'utf8');
	const documents = section(documentTexts.map(text => encode(text)), size);
	const positions = section(positionTexts.map(text => encode(text)), size);
	// 20,000 ids on the 5,000-item session: 3 ms of the head's 16 to parse, wanted only by a lookup of a position's id.
	const positionIds = encode(JSON.stringify(dataset.positions.map(position => position.id)));
	const head: Head = {
		dataset: {...dataset, documents: [], positions: []},
		warnings: [...warnings],
		documents: {ids: dataset.documents.map(document => document.id), at: documents.at},
		positions: {at: positions.at},
		positionsOn: positionGroups(dataset.positions),
		lengths: [size(documents.text), size(positions.text), size(positionIds)],
	};
	const headText = encode(JSON.stringify(head));
	return {bytes: Buffer.from(headText + documents.text + positions.text + positionIds, isAscii ? 'latin1' : 'utf8'), headLength: size(headText), isAscii};
}

/** Whether a table's offsets fit its section (and, `withIds`, its ids are one string per element). */
function isTable(value: unknown, sectionLength: number, withIds: boolean): value is PageTable & {at: number[]} {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const {ids, at} = value as Partial<PageTable>;
	if (!Array.isArray(at) || at.length === 0 || at[0] !== 1 || at.at(-1) !== sectionLength + (at.length === 1 ? -1 : 0) || (withIds && (!Array.isArray(ids) || ids.length !== at.length - 1))) {
		return false;
	}

	for (let index = 0; index < at.length - 1; index++) {
		if ((withIds && typeof ids![index] !== 'string') || !Number.isInteger(at[index + 1]) || at[index + 1]! <= at[index]!) {
			return false;
		}
	}

	return true;
}

function isGroups(groups: readonly unknown[], count: number): groups is PositionGroups {
	for (const group of groups) {
		if (!Array.isArray(group) || group.length !== 2 || typeof group[0] !== 'string' || !Array.isArray(group[1]) || group[1].length === 0) {
			return false;
		}

		let last = -1;
		for (const place of group[1] as unknown[]) {
			if (!Number.isInteger(place) || (place as number) <= last || (place as number) >= count) {
				return false;
			}

			last = place as number;
		}
	}

	return true;
}

/**
The dataset and warnings of a paged body, or undefined when its head does not hold together. `encoding`: latin1 for
a body all in ASCII (the same text, without the UTF-8 decoder), else utf8. Only the head is decoded now.
*/
export function readPagedBody(body: Buffer, headLength: number, encoding: 'latin1' | 'utf8'): {dataset: Dataset; warnings: unknown[]; pages: DatasetPages} | undefined {
	if (!Number.isInteger(headLength) || headLength <= 0 || headLength > body.length) {
		return undefined;
	}

	const head = JSON.parse(body.toString(encoding, 0, headLength)) as Partial<Head> | null;
	if (typeof head !== 'object' || head === null || typeof head.dataset !== 'object' || head.dataset === null || !Array.isArray(head.warnings) || !Array.isArray(head.lengths) || !Array.isArray(head.positionsOn)) {
		return undefined;
	}

	const [documentsLength, positionsLength, idsLength] = head.lengths;
	if (!Number.isInteger(documentsLength) || !Number.isInteger(positionsLength) || !Number.isInteger(idsLength) || headLength + documentsLength! + positionsLength! + idsLength! !== body.length
		|| !isTable(head.documents, documentsLength!, true) || !isTable(head.positions, positionsLength!, false) || !isGroups(head.positionsOn, head.positions.at.length - 1)) {
		return undefined;
	}

	const documentsStart = headLength;
	const positionsStart = headLength + documentsLength!;
	const idsStart = positionsStart + positionsLength!;
	const documentIds = head.documents.ids!;
	const positions: PagedArray<Position> = new PagedArray<Position>(body, encoding, positionsStart, idsStart, head.positions.at, () => {
		const ids = JSON.parse(body.toString(encoding, idsStart, body.length)) as unknown;
		// Checked like the rest (the body's hash vouches for it); were it not one id per position, the positions' own.
		return Array.isArray(ids) && ids.length === positions.length && ids.every(id => typeof id === 'string') ? ids as string[] : positions.all().map(position => position.id);
	});
	const pages: DatasetPages = {
		documents: new PagedArray<DocumentEntity>(body, encoding, documentsStart, positionsStart, head.documents.at, () => documentIds),
		positions,
		positionGroups: head.positionsOn,
	};
	const {dataset} = head;
	definePagedProperty(dataset, 'documents', pages.documents);
	definePagedProperty(dataset, 'positions', pages.positions);
	pagesOfDataset.set(dataset, pages);
	return {dataset, warnings: head.warnings, pages};
}
