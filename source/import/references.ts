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
	| {readonly kind: 'instrument'; readonly start: number; readonly end: number; readonly instrument: 'Constitution' | 'Convention'; readonly article: string; readonly unit?: 'provision'}
	| {readonly kind: 'report'; readonly start: number; readonly end: number; readonly symbol: string; readonly title: string}
	| {readonly kind: 'document'; readonly start: number; readonly end: number; readonly symbol: string; readonly version?: string}
	| {readonly kind: 'external'; readonly start: number; readonly end: number; readonly wording: string; readonly by: string};

const bodyNames: ReadonlyArray<[RegExp, Body]> = [
	[/plenipotentiary|plénipotentiaires|plenipotenciarios|полномочной конференции|全权代表大会|المندوبين المفوضين/iu, 'plenipotentiary'],
	[/^(?:the\s+)?council|conseil|consejo|совета|理事会|المجلس/iu, 'council'],
	[/^(?:wtsa|world telecommunication standardization assembly)/i, 'wtsa'],
	[/^(?:wtdc|world telecommunication development conference)/i, 'wtdc'],
	[/^(?:wrc|world radiocommunication conference)/i, 'wrc'],
];

const resolutionWord = String.raw`(Resolutions?|Decisions?|Résolutions?|Décisions?|Resoluci(?:ón|on|ones)|Decisi(?:ón|on|ones)|Резолюци[яиюей]|Решени[еяюй]|القرار(?:ات)?|المقرر(?:ات)?)`;
const bodyAfter = String.raw`(?:\s*(?:of\s+the|de\s+la|du|del|de\s+l['’])\s+(Plenipotentiary Conference|Council|World Telecommunication Standardization Assembly|World Telecommunication Development Conference|World Radiocommunication Conference|WTSA|WTDC|WRC|Conférence de plénipotentiaires|Conseil|Conferencia de Plenipotenciarios|Consejo)(?:[-\s]?\d{2,4}\b)?|\s*(Полномочной конференции|Совета))?`;
const numberList = String.raw`((?:\d{1,4}(?![\d/])\s*(?:\([^()]*\))?(?:\s*(?:,|and|&|et|y|и)\s*(?=\d))?)+)`;
const resolutionPattern = new RegExp(String.raw`(?<![\p{L}\d])((?:Council|Conseil|Consejo)\s+)?${resolutionWord}\s+(?:(?:du|del)\s+(?:Conseil|Consejo)\s+)?(?:No\.?\s*|n[°o]\s*)?${numberList}${bodyAfter}(?:\s*\(([^()]*)\))?`, 'gu');
const chineseResolution = /(理事会|全权代表大会)?第\s*(\d{1,4})\s*号(决议|决定)(?:\s*[（(]([^（()）]*)[）)])?/gu;
const numberWithRevision = /(\d{1,4})\s*(?:\(([^()]*)\))?/g;
const articlePattern = /\b(?:Articles?|articles?)\s+(\d+[A-Z]?(?:\s*(?:,|and|et)\s*\d+[A-Z]?)*)\s+(?:of\s+the\s+(?:ITU\s+)?|de\s+la\s+|del?\s+(?:la\s+)?)(Constitution|Convention|Constitución|Convenio)\b|(?:[Сс]тать[яиюей])\s+(\d+[A-Z]?)\s+(Устава|Конвенции)|《(组织法|公约)》第\s*(\d+)\s*条|المادة\s+(\d+)\s+من\s+(الدستور|الاتفاقية)/gu;
const provisionPattern = /(?<![\p{L}\d/])(CV|CS)\s?(\d{1,3}[A-Z]?(?:\s*(?:,|and|et|y|и|و)\s*(?:(?:CV|CS)\s?)?\d{1,3}[A-Z]?(?![\d/]))*)(?![\d/])|(?:No\.|Nos\.|numéros?|n[°o]s?|números?|пп?\.)\s*(\d{1,3}[A-Z]?(?:\s*(?:,|and|et|y|и)\s*\d{1,3}[A-Z]?)*)\s+(?:of\s+the|de\s+la|del)\s+(Constitution|Convention|Constitución|Convenio)\b|(?:пп?\.)\s*(\d{1,3}(?:\s*(?:,|и)\s*\d{1,3})*)\s+(Устава|Конвенции)|《(组织法|公约)》第\s*(\d{1,3}(?:\s*[和、,，]\s*\d{1,3})*)\s*款/gu;
const shortPattern = /(?<![\p{L}\d/])([RD])\s?(\d{1,4})(?![\d/]|\s*\p{L})/gu;
const reportPattern = /\b(Report\s+(?:by|of|from)\s+[^()]+?)\s*\(([A-Z]{2,5}-\d{2}\/\d+(?:\((?:Rev|Add|Corr)\.\d+\))?)\)/g;
// (Arabic glues its "and" to the next word: "وC19/104".)
const documentPattern = /(?<![A-Za-z\d])(?:(Revision|Addendum|Corrigendum)\s+(\d+)\s+to\s+)?(?:Documents?\s+)?(C\d{2}\/(?:(?:DT|DL|INF|ADM)\/)?\d+)((?:\s*\((?:Rev|Add|Corr)\.\s*\d+\))*)(?:-[EFSRCA]\b)?/gu;
// Texts that are not ITU instruments: named so that they are never typed as ITU resolutions.
const externalPatterns: ReadonlyArray<[RegExp, string]> = [
	[/(?:United Nations General Assembly|UN General Assembly|UNGA|General Assembly of the United Nations|Assemblée générale des Nations Unies|Asamblea General de las Naciones Unidas|Генеральной Ассамблеи ООН|联合国大会)\s*(?:\(UNGA\)\s*)?(?:Resolution|résolution|resolución|резолюци[яи]|第)?\s*[A-Z]?\/?(?:RES\/)?\d{1,3}\/\d{1,4}(?:号决议)?|(?:Resolution|Résolution|Resolución|Резолюция)\s+(?:A\/RES\/)?\d{2,3}\/\d{1,4}(?:\s+of\s+the\s+(?:United Nations\s+)?General Assembly)?/gu, 'United Nations General Assembly'],
	[/(?:ECOSOC|Economic and Social Council)\s+(?:Resolution|resolution)\s+\d{4}\/\d{1,3}/gu, 'United Nations Economic and Social Council'],
	[/(?:paragraphs?\s+\d+(?:\s*(?:,|and|-)\s*\d+)*\s+of\s+the\s+)?Tunis Agenda(?:\s+for the Information Society)?|(?:paragraphe|párrafo|пункт)\s+\d+\s+(?:de l['’]Agenda de Tunis|de la Agenda de Túnez|Тунисской программы)|(?:Geneva\s+)?Plan of Action(?=\b)|《突尼斯议程》(?:第\s*\d+\s*段)?/gu, 'World Summit on the Information Society'],
	[/2030 Agenda for Sustainable Development/gu, 'United Nations General Assembly'],
];

function bodyOf(name: string | undefined): Body | undefined {
	return name === undefined ? undefined : bodyNames.find(([pattern]) => pattern.test(name))?.[1];
}

// A conference edition ("Rev. Busan, 2014", "Пересм. Пусан, 2014 г.", "2014年,釜山,修订版")
// is how the Plenipotentiary Conference's texts are cited; "C19", "C-1985", "Mod. C22",
// "last amended C20", "Modified 2005" are the Council's.
const conferenceEdition = /^(?:Rev\.|Rév\.|Пересм\.|المراجَ?ع)\s*\p{L}|修订/u;

function bodyFromRevision(revision: string | undefined, number: number, isDecision: boolean): Body | undefined {
	if (revision !== undefined && conferenceEdition.test(revision) && !/\bC-?\d{2,4}\b/u.test(revision) && number < 1000) {
		return 'plenipotentiary';
	}

	if (isDecision || number >= 1000 || (revision !== undefined && /\bC-?\d{2,4}\b/u.test(revision))) {
		return 'council';
	}

	return undefined;
}

/** The year an edition is of: "Rev. Busan, 2014" → 2014, "C19" → 2019, "2014年,釜山,修订版" → 2014. */
export function editionYear(revision: string): number | undefined {
	const years = [...revision.matchAll(/(?<!\d)(\d{4})(?!\d)/gu)].map(match => Number(match[1]));
	const sessions = [...revision.matchAll(/\bC(\d{2})\b/gu)].map(match => 2000 + Number(match[1]));
	const all = [...years, ...sessions];
	return all.length === 0 ? undefined : Math.max(...all);
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
		const before = text.slice(Math.max(0, match.index - 48), match.index);
		if (/(?:United Nations|UN|UNGA|General Assembly|ECOSOC|Nations Unies|Naciones Unidas|ООН|Ассамблеи)\s*(?:\(UNGA\)\s*)?$/u.test(before)) {
			continue;
		}

		const isDecision = /^(?:D|Решени|المقرر)/u.test(match[2] ?? '');
		const explicitBody = bodyOf(match[4] ?? match[5]) ?? (match[1] === undefined ? undefined : 'council');
		const afterBody = match[6]?.trim();
		const numbers = [...(match[3] ?? '').matchAll(numberWithRevision)].map(part => ({number: Number(part[1]), revision: part[2]?.trim()}));
		// "25, 71 and 154 and 191 (Rev. Bucharest, 2022)": a revision after the last number only belongs to them all.
		const last = numbers.at(-1)?.revision ?? afterBody;
		const shared = last !== undefined && numbers.slice(0, -1).every(part => part.revision === undefined) ? last : undefined;
		for (const [index, part] of numbers.entries()) {
			const revision = part.revision ?? shared ?? (index === numbers.length - 1 ? afterBody : undefined);
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

	for (const match of text.matchAll(chineseResolution)) {
		const isDecision = match[3] === '决定';
		const number = Number(match[2]);
		const revision = match[4]?.trim();
		const body = match[1] === undefined ? bodyFromRevision(revision, number, isDecision) : bodyOf(match[1]);
		yield {kind: 'resolution', start: match.index, end: match.index + match[0].length, number, body, ...(revision === undefined || revision === '' ? {} : {revision}), isDecision};
	}
}

const instrumentNames: Record<string, 'Constitution' | 'Convention'> = {
	constitution: 'Constitution', constitución: 'Constitution', устава: 'Constitution', 组织法: 'Constitution', الدستور: 'Constitution', cs: 'Constitution',
	convention: 'Convention', convenio: 'Convention', конвенции: 'Convention', 公约: 'Convention', الاتفاقية: 'Convention', cv: 'Convention',
};

function instrumentNamed(name: string | undefined): 'Constitution' | 'Convention' {
	return instrumentNames[(name ?? '').toLowerCase()] ?? 'Convention';
}

function* instruments(text: string): Generator<ParsedReference> {
	for (const match of text.matchAll(articlePattern)) {
		const list = match[1] ?? match[3] ?? match[6] ?? match[7] ?? '';
		const instrument = instrumentNamed(match[2] ?? match[4] ?? match[5] ?? match[8]);
		for (const article of list.split(/\s*(?:,|and|et)\s*/u)) {
			if (article !== '') {
				yield {kind: 'instrument', start: match.index, end: match.index + match[0].length, instrument, article};
			}
		}
	}

	for (const match of text.matchAll(provisionPattern)) {
		const list = match[2] ?? match[3] ?? match[5] ?? match[8] ?? '';
		const instrument = instrumentNamed(match[1] ?? match[4] ?? match[6] ?? match[7]);
		for (const number of list.split(/\s*(?:,|，|、|和|and|et|y|и|و)\s*/u)) {
			const clean = number.replace(/^(?:CV|CS)\s?/u, '');
			if (clean !== '') {
				yield {kind: 'instrument', start: match.index, end: match.index + match[0].length, instrument, article: clean, unit: 'provision'};
			}
		}
	}
}

function* shortForms(text: string): Generator<ParsedReference> {
	for (const match of text.matchAll(shortPattern)) {
		const isDecision = match[1] === 'D';
		yield {kind: 'resolution', start: match.index, end: match.index + match[0].length, number: Number(match[2]), body: 'council', isDecision};
	}
}

function* externals(text: string): Generator<ParsedReference> {
	for (const [pattern, by] of externalPatterns) {
		for (const match of text.matchAll(pattern)) {
			yield {kind: 'external', start: match.index, end: match.index + match[0].length, wording: match[0].trim(), by};
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

/**
Every reference the text makes, in the order it makes them. `short` also reads
the References section's abbreviations "R 1390" (Council Resolution) and "D 601"
(Council Decision), which in running text would be too easily something else.
*/
export function parseReferences(text: string, options: {short?: boolean} = {}): ParsedReference[] {
	const external = [...externals(text)];
	const inside = (ref: ParsedReference): boolean => external.some(other => ref.start >= other.start && ref.start < other.end);
	const found = [...resolutions(text), ...instruments(text), ...(options.short === true ? shortForms(text) : []), ...reports(text), ...documents(text)].filter(ref => !inside(ref));
	return [...found, ...external].sort((a, b) => a.start - b.start);
}

const bodyCodes: Record<Body, string> = {plenipotentiary: 'pp', council: 'c', wtsa: 'wtsa', wtdc: 'wtdc', wrc: 'wrc', other: 'other'};

export function resolutionId(body: Body, number: number, isDecision: boolean): string {
	return `${isDecision ? 'dec' : 'res'}-${bodyCodes[body]}-${number}`;
}

const instrumentCodes: Record<string, string> = {Constitution: 'cs', Convention: 'cv'};

export function instrumentId(instrument: string, article: string, unit?: 'article' | 'provision'): string {
	return `${instrumentCodes[instrument] ?? slug(instrument)}-${unit === 'provision' ? '' : 'art-'}${slug(article)}`;
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
