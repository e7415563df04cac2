import type {Resolution} from '../dataset/schema.js';
import {localeTag, t, type MessageKey} from '../i18n/translate.js';
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

/** A document's language named in the interface's ("French", "francés"), by ICU; the code itself when ICU has no name for it. */
function languageName(code: string): string {
	try {
		return new Intl.DisplayNames([localeTag()], {type: 'language'}).of(code) ?? code;
	} catch {
		return code;
	}
}

const countKeys: Readonly<Record<string, MessageKey>> = {
	resolution: 'cli.import-report.count-resolution',
	decision: 'cli.import-report.count-decision',
	article: 'cli.import-report.count-article',
	provision: 'cli.import-report.count-provision',
	report: 'cli.import-report.count-report',
	document: 'cli.import-report.count-document',
	external: 'cli.import-report.count-external',
};

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

function count(kind: string, n: number): string {
	const key = countKeys[kind];
	return key === undefined ? `${n} ${kind}` : t(key, {count: n});
}

/** The rows for one imported document. */
export function documentReport(name: string, entries: Entries, warnings: readonly ImportWarning[], width = 100): string[] {
	const [document] = entries.documents;
	if (document === undefined) {
		return table(name, [[t('cli.import-report.warnings'), warnings.map(warning => warning.message).join('; ') || t('cli.import-report.none')]], width);
	}

	const symbol = document.symbol === undefined ? t('cli.import-report.none') : `${document.symbol}${document.version === undefined ? '' : `(${document.version})`}`;
	const about = [
		document.language === undefined ? undefined : languageName(document.language),
		document.originalLanguage === undefined ? undefined : t('cli.import-report.original', {language: languageName(document.originalLanguage)}),
		document.date,
	].filter(part => part !== undefined);
	const resolutions = entries.resolutions.filter(resolution => resolution.series !== 'decision');
	const decisions = entries.resolutions.filter(resolution => resolution.series === 'decision');
	const articles = entries.instruments.filter(instrument => instrument.unit !== 'provision');
	const provisions = entries.instruments.filter(instrument => instrument.unit === 'provision');
	const named = entries.documents.slice(1);
	const external = document.externalReferences ?? [];
	const bodyKey: Readonly<Record<string, MessageKey>> = {council: 'cli.import-report.body-council', plenipotentiary: 'cli.import-report.body-pp', other: 'cli.import-report.body-unknown'};
	const numbered = (resolution: Resolution): string => {
		const number = `${resolution.number}${resolution.revision === undefined ? '' : ` (${resolution.revision})`}`;
		const key = bodyKey[resolution.body];
		return key === undefined ? `${resolution.body.toUpperCase()} ${number}` : t(key, {number});
	};
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
		[t('cli.import-report.symbol'), `${symbol}${about.length === 0 ? '' : `  (${about.join(', ')})`}`],
		[t('cli.import-report.item'), entries.agendaItem ?? t('cli.import-report.not-stated')],
		[t('cli.import-report.source'), document.submittedBy.wording + (document.submittedBy.delegations === undefined ? '' : `  [${document.submittedBy.delegations.join(', ')}]`)],
		[t('cli.import-report.title'), document.title ?? t('cli.import-report.not-stated')],
		...document.actionRequired.map((action, index): Row => [index === 0 ? t('cli.import-report.actions', {count: document.actionRequired.length}) : '', `${action.kind}: ${action.wording}`]),
		...(references.length === 0
			? [[t('cli.import-report.references'), t('cli.import-report.none')] as const]
			: references.map(([kind, list], index): Row => [index === 0 ? t('cli.import-report.references') : '', t('cli.import-report.references-of', {what: count(kind, list.length), list: list.join('; ')})])),
		[t('cli.import-report.proposals'), String(entries.proposals.length)],
		...(warnings.length === 0
			? [[t('cli.import-report.warnings'), t('cli.import-report.none')] as const]
			: warnings.map((warning, index): Row => [index === 0 ? t('cli.import-report.warnings-count', {count: warnings.length}) : '', warning.message])),
	];
	return table(`${name}: ${symbol}`, rows, width);
}

export function planReport(name: string, plan: Plan, width = 100): string[] {
	const rows = plan.rows.map((row): Row => [row.code, `${row.title} · ${row.documents.map(document => `${document.symbol}${document.version === undefined ? '' : `(${document.version})`}`).join(', ') || t('cli.import-report.no-document')}${row.meeting === undefined ? '' : ` · ${row.meeting}`}${row.outcome === undefined ? '' : ` · ${row.outcome}`}`]);
	const warnings = plan.warnings.map((warning, index): Row => [index === 0 ? t('cli.import-report.warnings-count', {count: plan.warnings.length}) : '', warning.message]);
	return table(t('cli.import-report.plan', {name, count: plan.rows.length}), [...rows, ...(warnings.length === 0 ? [[t('cli.import-report.warnings'), t('cli.import-report.none')] as const] : warnings)], width);
}
