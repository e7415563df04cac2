import {tLine} from '../i18n/translate.js';
import type {ActionKind, AgendaItem, Dataset, DocumentEntity} from '../dataset/schema.js';
import {sanitizeLine} from '../text/sanitize.js';
import {parseItemCode, sameItemCode} from './item-codes.js';
import {actionHeading, summaryHeading} from './labels.js';
import type {Change, MergeResult} from './merge.js';
import {planActionPrefix} from './place-item.js';
import {parseReferences, slug} from './references.js';
import type {ImportWarning} from './types.js';

/*
The time-management plan: the session's agenda as a table, one row per item
(code, title, documents, meeting, outcome), as text (cells separated by tabs,
" | " as our .docx conversion writes table rows, or " / ") or as a .docx table.
It creates or updates the agenda items in its order and links their documents by
symbol; a document not imported yet gets a placeholder marked so, which a later
import of the document fills.
*/

export type PlanRow = {
	readonly code: string;
	readonly title: string;
	readonly documents: ReadonlyArray<{readonly symbol: string; readonly version?: string}>;
	readonly meeting?: string;
	readonly outcome?: string;
};

export type Plan = {readonly rows: readonly PlanRow[]; readonly warnings: readonly ImportWarning[]};

const planTitle = /time[-\s]?management\s+plan|plan\s+de\s+gesti[oó]n\s+del\s+tiempo|plan\s+de\s+gestion\s+du\s+temps|план\s+(?:рационального\s+)?использования\s+времени|时间管理计划/iu;
const cellSeparator = /\s*\|\s*|\t+|\s+\/\s+/u;
type Column = 'code' | 'title' | 'documents' | 'meeting' | 'outcome';
const columnWords: ReadonlyArray<[Column, RegExp]> = [
	['documents', /^(?:documents?|docs?\.?|documentos?|документы?|文件)$/iu],
	['code', /^(?:(?:agenda\s+)?items?|codes?|no\.?|points?|puntos?|пункт|议项)$/iu],
	['title', /^(?:titles?|subjects?|titres?|t[ií]tulos?|объекты?|название|тема|标题|议题)$/iu],
	['meeting', /^(?:meetings?|sessions?|s[ée]ances?|sesi[oó]n(?:es)?|reuni[oó]n|заседание|会议)$/iu],
	['outcome', /^(?:(?:expected\s+)?outcomes?|actions?|r[ée]sultats?|resultados?|итог|результат|成果)$/iu],
];

function cellsOf(line: string): string[] {
	return line.split(cellSeparator).map(cell => sanitizeLine(cell).replace(/\s+/g, ' ').trim()).filter(cell => cell !== '');
}

/** The plan a text holds, or undefined when it is not one (a document). */
export function readPlan(raw: string): Plan | undefined {
	const lines = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').filter(line => line.trim() !== '');
	const rowsLike = lines.filter(line => {
		const cells = cellsOf(line);
		return cells.length >= 3 && parseItemCode(cells[0] ?? '') !== undefined && /[A-Za-z]/u.test(cells[0] ?? '');
	});
	// A document's own table of items (its template's headings say it is a document) is not a plan.
	const isDocument = lines.some(line => summaryHeading.test(line.trim()) || actionHeading.test(line.trim()));
	if (!lines.slice(0, 10).some(line => planTitle.test(line)) && (rowsLike.length < 3 || isDocument)) {
		return undefined;
	}

	let columns: Column[] | undefined;
	const rows: PlanRow[] = [];
	const warnings: ImportWarning[] = [];
	for (const line of lines) {
		const cells = cellsOf(line);
		const named = cells.map(cell => columnWords.find(([, pattern]) => pattern.test(cell))?.[0]);
		if (cells.length >= 3 && named.every(column => column !== undefined)) {
			columns = named as Column[];
			continue;
		}

		if (cells.length < 2 || parseItemCode(cells[0] ?? '') === undefined || !/[A-Za-z]/u.test(cells[0] ?? '')) {
			if (rows.length > 0) {
				warnings.push({message: tLine('cli.import-note.plan-not-row', {line: sanitizeLine(line).slice(0, 70)})});
			}

			continue;
		}

		const value: Partial<Record<Column, string>> = {};
		if (columns === undefined) {
			// Without a header row: code, title, then the cell of symbols, then meeting and outcome.
			const documentsAt = cells.findIndex((cell, index) => index >= 2 && /C\d{2}\//u.test(cell));
			value.code = cells[0];
			value.title = cells[1];
			const rest = documentsAt === -1 ? cells.slice(2) : cells.slice(documentsAt + 1);
			if (documentsAt !== -1) {
				value.documents = cells[documentsAt];
			}

			[value.meeting, value.outcome] = rest;
		} else {
			for (const [index, column] of columns.entries()) {
				value[column] = cells[index];
			}
		}

		const documents = parseReferences(value.documents ?? '').flatMap(ref => (ref.kind === 'document' ? [{symbol: ref.symbol, ...(ref.version === undefined ? {} : {version: ref.version})}] : []));
		if (value.documents !== undefined && documents.length === 0) {
			warnings.push({message: tLine('cli.import-note.plan-no-symbol', {code: value.code ?? '', documents: value.documents})});
		}

		rows.push({
			code: value.code ?? '',
			title: value.title ?? value.code ?? '',
			documents,
			...(value.meeting === undefined ? {} : {meeting: value.meeting}),
			...(value.outcome === undefined ? {} : {outcome: value.outcome}),
		});
	}

	return rows.length === 0 ? undefined : {rows, warnings};
}

const outcomeKinds: ReadonlyArray<[RegExp, ActionKind]> = [
	[/approv|approb|aprob|утвержд|批准/iu, 'approve'],
	[/adopt|принят|通过/iu, 'adopt'],
	[/elect|élect|elecci|выбор|选举/iu, 'elect'],
	[/not(?:e|ing)|information|prise de note|toma de nota|к сведению|注意/iu, 'take-note'],
	[/decid|decision|décision|decisi|решени|决定/iu, 'decide'],
	[/consider|discuss|review|examen|examin|рассмотр|审议/iu, 'consider'],
];

function placeholder(id: string, symbol: string, version: string | undefined): DocumentEntity {
	const name = `${symbol}${version === undefined ? '' : `(${version})`}`;
	return {
		id,
		symbol,
		...(version === undefined ? {} : {version}),
		submittedBy: {wording: 'Not known: not imported yet'},
		purpose: `Document ${name}, listed in the time-management plan: not imported yet`,
		actionRequired: [{kind: 'other', wording: 'Not known: not imported yet'}],
		references: [],
		sections: [],
		footnotes: [],
		illustrative: true,
	};
}

export function mergePlan(base: Dataset, plan: Plan): MergeResult {
	return mergePlanInPlace(structuredClone(base), plan);
}

/** The same, changing `dataset` itself (see mergeEntriesInPlace). */
export function mergePlanInPlace(dataset: Dataset, plan: Plan): MergeResult {
	const changes: Change[] = [];
	const ids = new Set([dataset.session.id, ...dataset.agendaItems.map(item => item.id), ...dataset.documents.map(document => document.id)]);
	const fresh = (id: string): string => {
		let candidate = id;
		for (let n = 2; ids.has(candidate); n++) {
			candidate = `${id}-${n}`;
		}

		ids.add(candidate);
		return candidate;
	};

	const replaced = new Set(dataset.documents.map(document => document.supersedes).filter(id => id !== undefined));
	const ordered: AgendaItem[] = [];
	for (const row of plan.rows) {
		const planned = {...(row.meeting === undefined ? {} : {meeting: row.meeting}), ...(row.outcome === undefined ? {} : {outcome: row.outcome})};
		let item = dataset.agendaItems.find(other => sameItemCode(other.number, row.code)) ?? ordered.find(other => sameItemCode(other.number, row.code));
		if (item === undefined) {
			item = {
				id: fresh(`item-${slug(row.code) || 'plan'}`),
				number: row.code,
				title: row.title,
				documents: [],
				action: {kind: outcomeKinds.find(([pattern]) => pattern.test(row.outcome ?? ''))?.[1] ?? 'other', wording: `${planActionPrefix}${row.outcome ?? 'not stated'}`},
				status: 'pending',
				...(Object.keys(planned).length === 0 ? {} : {planned}),
			};
			changes.push({action: 'add', kind: 'agenda item', id: item.id, note: `${row.code} from the plan`});
		} else {
			// The plan is the agenda: it confirms an item an import made up, and gives its title.
			if (item.illustrative === true) {
				item.title = row.title;
				delete item.illustrative;
			}

			if (Object.keys(planned).length > 0) {
				item.planned = planned;
			}

			changes.push({action: 'reuse', kind: 'agenda item', id: item.id, note: `${row.code} updated from the plan`});
		}

		for (const reference of row.documents) {
			const existing = dataset.documents.find(document => document.symbol === reference.symbol && (reference.version === undefined ? !replaced.has(document.id) : document.version === reference.version));
			let documentId = existing?.id;
			if (documentId === undefined) {
				documentId = fresh(`doc-${slug(`${reference.symbol} ${reference.version ?? ''}`)}`);
				dataset.documents.push(placeholder(documentId, reference.symbol, reference.version));
				changes.push({action: 'add', kind: 'document', id: documentId, note: 'listed in the plan, not imported yet (placeholder)'});
			}

			if (!item.documents.includes(documentId)) {
				item.documents.push(documentId);
			}
		}

		if (!ordered.includes(item)) {
			ordered.push(item);
		}
	}

	// The plan's order; items it does not list keep theirs, after it.
	dataset.agendaItems = [...ordered, ...dataset.agendaItems.filter(item => !ordered.includes(item))];
	return {dataset, changes, warnings: plan.warnings};
}
