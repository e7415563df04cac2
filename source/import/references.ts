import type {Resolution} from '../dataset/schema.js';

/*
References in the forms Council documents write them, each split into the
entities it names: "Resolutions 25, 71 and 154 and 191 (Rev. Bucharest, 2022) of
the Plenipotentiary Conference" is four resolutions sharing the revision and the
body; "Article 1 of the Constitution" an instrument; "Report by the Chairman of
... (PP-22/157)" a report; "Decision 482 (C01, last amended C20)" a Council
decision; "C23/34(Rev.1)" a document, base symbol and version apart.
*/

export type Body = Resolution['body'];

export type ParsedReference =
	| {readonly kind: 'resolution'; readonly start: number; readonly end: number; readonly number: number; readonly body: Body | undefined; readonly revision?: string; readonly isDecision: boolean}
	| {readonly kind: 'instrument'; readonly start: number; readonly end: number; readonly instrument: 'Constitution' | 'Convention'; readonly article: string}
	| {readonly kind: 'report'; readonly start: number; readonly end: number; readonly symbol: string; readonly title: string}
	| {readonly kind: 'document'; readonly start: number; readonly end: number; readonly symbol: string; readonly version?: string};

const bodyNames: ReadonlyArray<[RegExp, Body]> = [
	[/^plenipotentiary/i, 'plenipotentiary'],
	[/^council/i, 'council'],
	[/^(?:wtsa|world telecommunication standardization assembly)/i, 'wtsa'],
	[/^(?:wtdc|world telecommunication development conference)/i, 'wtdc'],
	[/^(?:wrc|world radiocommunication conference)/i, 'wrc'],
];

const resolutionPattern =
	/\b(Council\s+)?(Resolutions?|Decisions?)\s+((?:\d{1,4}\s*(?:\([^()]*\))?(?:\s*(?:,|and|&)\s*(?=\d))?)+)(?:\s+of\s+the\s+(Plenipotentiary Conference|Council|World Telecommunication Standardization Assembly|World Telecommunication Development Conference|World Radiocommunication Conference|WTSA|WTDC|WRC)(?:[-\s]?\d{2,4}\b)?)?/g;
const numberWithRevision = /(\d{1,4})\s*(?:\(([^()]*)\))?/g;
const articlePattern = /\bArticles?\s+(\d+[A-Z]?(?:\s*(?:,|and)\s*\d+[A-Z]?)*)\s+of\s+the\s+(?:ITU\s+)?(Constitution|Convention)\b/g;
const reportPattern = /\b(Report\s+(?:by|of|from)\s+[^()]+?)\s*\(([A-Z]{2,5}-\d{2}\/\d+(?:\((?:Rev|Add|Corr)\.\d+\))?)\)/g;
const documentPattern = /\b(?:(Revision|Addendum|Corrigendum)\s+(\d+)\s+to\s+)?(?:Documents?\s+)?(C\d{2}\/(?:(?:DT|DL|INF|ADM)\/)?\d+)((?:\s*\((?:Rev|Add|Corr)\.\s*\d+\))*)(?:-[EFSRCA]\b)?/g;

function bodyOf(name: string | undefined): Body | undefined {
	return name === undefined ? undefined : bodyNames.find(([pattern]) => pattern.test(name))?.[1];
}

// "Rev. Bucharest, 2022" is how the Plenipotentiary Conference's resolutions are cited;
// "C19", "Mod. C22", "last amended C20" are Council sessions.
function bodyFromRevision(revision: string | undefined, number: number, isDecision: boolean): Body | undefined {
	if (isDecision || number >= 1000 || (revision !== undefined && /\bC\d{2}\b/.test(revision))) {
		return 'council';
	}

	if (revision !== undefined && /^Rev\.\s*[A-Z][A-Za-z\s-]+,\s*\d{4}$/.test(revision)) {
		return 'plenipotentiary';
	}

	return undefined;
}

const versionWords: Record<string, string> = {Revision: 'Rev.', Addendum: 'Add.', Corrigendum: 'Corr.'};

/** "(Rev.1)", " (Add. 2)(Rev.1)" → "Rev.1", "Add.2(Rev.1)". */
export function versionOf(suffix: string): string | undefined {
	const parts = [...suffix.matchAll(/\((Rev|Add|Corr)\.\s*(\d+)\)/g)].map(match => `${match[1] ?? ''}.${match[2] ?? ''}`);
	if (parts.length === 0) {
		return undefined;
	}

	return parts[0] + parts.slice(1).map(part => `(${part})`).join('');
}

function* resolutions(text: string): Generator<ParsedReference> {
	for (const match of text.matchAll(resolutionPattern)) {
		const isDecision = /^Decision/.test(match[2] ?? '');
		const explicitBody = bodyOf(match[4]) ?? (match[1] === undefined ? undefined : 'council');
		const numbers = [...(match[3] ?? '').matchAll(numberWithRevision)].map(part => ({number: Number(part[1]), revision: part[2]?.trim()}));
		// "25, 71 and 154 and 191 (Rev. Bucharest, 2022)": a revision after the last number only belongs to them all.
		const last = numbers.at(-1)?.revision;
		const shared = last !== undefined && numbers.slice(0, -1).every(part => part.revision === undefined) ? last : undefined;
		for (const part of numbers) {
			const revision = part.revision ?? shared;
			yield {
				kind: 'resolution',
				start: match.index,
				end: match.index + match[0].length,
				number: part.number,
				body: explicitBody ?? bodyFromRevision(revision, part.number, isDecision),
				...(revision === undefined || revision === '' ? {} : {revision}),
				isDecision,
			};
		}
	}
}

function* instruments(text: string): Generator<ParsedReference> {
	for (const match of text.matchAll(articlePattern)) {
		for (const article of (match[1] ?? '').split(/\s*(?:,|and)\s*/)) {
			if (article !== '') {
				yield {kind: 'instrument', start: match.index, end: match.index + match[0].length, instrument: match[2] as 'Constitution' | 'Convention', article};
			}
		}
	}
}

function* reports(text: string): Generator<ParsedReference> {
	for (const match of text.matchAll(reportPattern)) {
		yield {kind: 'report', start: match.index, end: match.index + match[0].length, symbol: match[2] ?? '', title: (match[1] ?? '').trim()};
	}
}

function* documents(text: string): Generator<ParsedReference> {
	for (const match of text.matchAll(documentPattern)) {
		const word = match[1];
		const version = word === undefined ? versionOf(match[4] ?? '') : `${versionWords[word] ?? ''}${match[2] ?? ''}`;
		yield {kind: 'document', start: match.index, end: match.index + match[0].length, symbol: match[3] ?? '', ...(version === undefined ? {} : {version})};
	}
}

/** Every reference the text makes, in the order it makes them. */
export function parseReferences(text: string): ParsedReference[] {
	return [...resolutions(text), ...instruments(text), ...reports(text), ...documents(text)]
		.sort((a, b) => a.start - b.start);
}

const bodyCodes: Record<Body, string> = {plenipotentiary: 'pp', council: 'c', wtsa: 'wtsa', wtdc: 'wtdc', wrc: 'wrc', other: 'other'};

export function resolutionId(body: Body, number: number, isDecision: boolean): string {
	return `${isDecision ? 'dec' : 'res'}-${bodyCodes[body]}-${number}`;
}

const instrumentCodes: Record<string, string> = {Constitution: 'cs', Convention: 'cv'};

export function instrumentId(instrument: string, article: string): string {
	return `${instrumentCodes[instrument] ?? slug(instrument)}-art-${slug(article)}`;
}

/** Lower-case letters and digits joined by "-": "PP-22/157" → "pp-22-157". */
export function slug(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/[\u0300-\u036F]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
