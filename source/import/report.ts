import type {Resolution} from '../dataset/schema.js';
import {sanitizeLine} from '../text/sanitize.js';
import {displayWidth, padEnd, wrap} from '../text/width.js';
import type {Plan} from './plan.js';
import type {Entries, ImportWarning} from './types.js';

/*
`council import --report`: what the import read from each document, as a table a
secretary checks at a glance: symbol, item, source, actions, references by kind,
proposals, warnings. Every value comes from the document (sanitized: it is
untrusted text) and is wrapped by display width, so Chinese and Arabic titles
keep the columns straight.
*/

type Row = readonly [label: string, value: string];

const languageNames: Record<string, string> = {en: 'English', fr: 'French', es: 'Spanish', ru: 'Russian', zh: 'Chinese', ar: 'Arabic'};

function table(title: string, rows: readonly Row[], width: number): string[] {
	// One label column for every table (wide enough for "Warnings (99)"), so tables line up one under another.
	const labelWidth = Math.max(13, ...rows.map(([label]) => displayWidth(label))) + 2;
	const valueWidth = Math.max(20, width - labelWidth - 2);
	const rule = '─'.repeat(Math.min(width, labelWidth + valueWidth + 2));
	const lines = [...wrap(sanitizeLine(title), width), rule];
	for (const [label, value] of rows) {
		const wrapped = wrap(sanitizeLine(value), valueWidth);
		for (const [index, line] of (wrapped.length === 0 ? [''] : wrapped).entries()) {
			lines.push(`  ${padEnd(index === 0 ? label : '', labelWidth)}${line}`.trimEnd());
		}
	}

	return [...lines, rule];
}

function count(word: string, n: number): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The rows for one imported document. */
export function documentReport(name: string, entries: Entries, warnings: readonly ImportWarning[], width = 100): string[] {
	const [document] = entries.documents;
	if (document === undefined) {
		return table(name, [['Warnings', warnings.map(warning => warning.message).join('; ') || 'none']], width);
	}

	const symbol = document.symbol === undefined ? 'none' : `${document.symbol}${document.version === undefined ? '' : `(${document.version})`}`;
	const about = [
		document.language === undefined ? undefined : languageNames[document.language],
		document.originalLanguage === undefined ? undefined : `original ${languageNames[document.originalLanguage] ?? document.originalLanguage}`,
		document.date,
	].filter(part => part !== undefined);
	const resolutions = entries.resolutions.filter(resolution => resolution.series !== 'decision');
	const decisions = entries.resolutions.filter(resolution => resolution.series === 'decision');
	const articles = entries.instruments.filter(instrument => instrument.unit !== 'provision');
	const provisions = entries.instruments.filter(instrument => instrument.unit === 'provision');
	const named = entries.documents.slice(1);
	const external = document.externalReferences ?? [];
	const bodyWord: Record<string, string> = {council: 'Council ', plenipotentiary: 'PP ', other: 'body not stated: '};
	const numbered = (resolution: Resolution): string => `${bodyWord[resolution.body] ?? `${resolution.body.toUpperCase()} `}${resolution.number}${resolution.revision === undefined ? '' : ` (${resolution.revision})`}`;
	const byKind: Array<[string, readonly string[]]> = [
		['resolution', resolutions.map(resolution => numbered(resolution))],
		['decision', decisions.map(decision => numbered(decision))],
		['article', articles.map(article => `${article.instrument === 'Constitution' ? 'CS' : 'CV'} Art. ${article.article}`)],
		['provision', provisions.map(provision => `${provision.instrument === 'Constitution' ? 'CS' : 'CV'} ${provision.article}`)],
		['report', entries.reports.map(report => report.symbol)],
		['document', named.map(other => `${other.symbol ?? other.id}${other.version === undefined ? '' : `(${other.version})`}`)],
		['external', external.map(reference => reference.wording)],
	];
	const references = byKind.filter(([, list]) => list.length > 0);
	const rows: Row[] = [
		['Symbol', `${symbol}${about.length === 0 ? '' : `  (${about.join(', ')})`}`],
		['Item', entries.agendaItem ?? 'not stated'],
		['Source', document.submittedBy.wording + (document.submittedBy.delegations === undefined ? '' : `  [${document.submittedBy.delegations.join(', ')}]`)],
		['Title', document.title ?? 'not stated'],
		...document.actionRequired.map((action, index): Row => [index === 0 ? `Actions (${document.actionRequired.length})` : '', `${action.kind}: ${action.wording}`]),
		...(references.length === 0
			? [['References', 'none'] as const]
			: references.map(([kind, list], index): Row => [index === 0 ? 'References' : '', `${count(kind, list.length)}: ${list.join('; ')}`])),
		['Proposals', String(entries.proposals.length)],
		...(warnings.length === 0
			? [['Warnings', 'none'] as const]
			: warnings.map((warning, index): Row => [index === 0 ? `Warnings (${warnings.length})` : '', warning.message])),
	];
	return table(`${name}: ${symbol}`, rows, width);
}

export function planReport(name: string, plan: Plan, width = 100): string[] {
	const rows = plan.rows.map((row): Row => [row.code, `${row.title} · ${row.documents.map(document => `${document.symbol}${document.version === undefined ? '' : `(${document.version})`}`).join(', ') || 'no document'}${row.meeting === undefined ? '' : ` · ${row.meeting}`}${row.outcome === undefined ? '' : ` · ${row.outcome}`}`]);
	const warnings = plan.warnings.map((warning, index): Row => [index === 0 ? `Warnings (${plan.warnings.length})` : '', warning.message]);
	return table(`${name}: time-management plan, ${count('item', plan.rows.length)}`, [...rows, ...(warnings.length === 0 ? [['Warnings', 'none'] as const] : warnings)], width);
}
