import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {checkReferences} from '../source/dataset/references.js';
import {dataset as datasetSchema, type Dataset} from '../source/dataset/schema.js';
import {importText} from '../source/import/import-text.js';
import {emptyDataset, mergeEntriesInPlace} from '../source/import/merge.js';
import {mergePlanInPlace, readPlan} from '../source/import/plan.js';
import {formatMs, formatRatio, printTable} from './stats.js';

/*
The importer's cost: 100 generated Council documents of about ten pages each
(header block, summary, several actions, thirty references of every form, ten
sections of numbered paragraphs citing them), read and merged one after the
other into one dataset, then validated as `council import` does before writing.
The budget is 10 s for the hundred; the baseline beside it is reading the same
bytes and splitting them into lines, the least any importer does.
*/

const budgetMs = 10_000;
const cli = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'dist', 'cli.js');
const documentCount = 100;

const referenceForms = (n: number): string[] => [
	`Resolution ${(n % 200) + 1} (Rev. Bucharest, 2022)`, `Council Resolution ${1300 + (n % 90)}`, `Decision ${480 + (n % 40)} (C01, last amended C20)`,
	`CV ${60 + (n % 30)} and ${61 + (n % 30)}`, `CS ${1 + (n % 20)}`, `Article ${1 + (n % 10)} of the Constitution`, `R ${1390 + (n % 5)}`, `D ${600 + (n % 7)}`,
	`Documents C25/${n + 1},C25/${n + 2}`, `C25/DT/${n % 9}(Rev.${1 + (n % 3)})`, `C25/INF/${n % 11}`, 'United Nations General Assembly Resolution 70/125',
];

/** About ten pages (≈ 30,000 characters) in the Council template. */
function generatedDocument(n: number): string {
	const code = `PL ${1 + (n % 4)}.${(n % 12) + 1}`;
	const lines = [
		'Council 2025Geneva, 17-27June 2025 /',
		`Agenda item: ${code} / Document C25/${100 + n}-E`,
		`${1 + (n % 28)}May 2025`,
		'Original: English',
		n % 3 === 0 ? 'Contribution from the Russian Federation, the Republic of Armenia and the Republic of Kazakhstan' : 'Report by the Secretary-General',
		`REPORT NUMBER ${n} ON THE WORK OF THE UNION`,
		'Summary',
		`This report number ${n} presents the work of the Union under the strategic plan, with figures and proposals.`,
		'Action required',
		'The Council is invited to take note of this report and to approve the draft Decision in Annex A.',
		'References',
		...Array.from({length: 3}, (_, index) => referenceForms(n + index).join('; ')),
	];
	for (let section = 1; section <= 10; section++) {
		lines.push(`${section}.Section ${section} of the report`);
		for (let paragraph = 1; paragraph <= 7; paragraph++) {
			lines.push(`${section}.${paragraph}${paragraph % 2 === 0 ? '' : ' '}The Union continued its work in accordance with Resolution ${(n + paragraph) % 200 + 1} and Decision ${480 + (paragraph % 40)}, as CV ${60 + (paragraph % 30)} provides; the Council noted in Document C25/${n + paragraph} that the activities described in this paragraph, which stands for a page of text of a real report, progressed in every region, with the Member States and Sector Members taking part in the meetings, the consultations and the workshops organised during the year, and that the figures in Annex ${paragraph} show the results.`);
		}
	}

	return `${lines.join('\n')}\n`;
}

function plan(): string {
	const rows = Array.from({length: documentCount}, (_, n) => `PL ${1 + (n % 4)}.${(n % 12) + 1} | Item ${n} | C25/${100 + n} | PL-${1 + (n % 6)} | Approval`);
	return `TIME-MANAGEMENT PLAN\nItem | Title | Documents | Meeting | Outcome\n${rows.join('\n')}\n`;
}

function importAll(texts: readonly string[]): Dataset {
	// As `council import` does: one dataset, each document merged into it in turn.
	const dataset = mergePlanInPlace(emptyDataset(), readPlan(plan())!).dataset;
	for (const text of texts) {
		mergeEntriesInPlace(dataset, importText(text).entries);
	}

	const parsed = datasetSchema.safeParse(dataset);
	const errors = checkReferences(dataset).filter(problem => problem.severity === 'error');
	if (!parsed.success || errors.length > 0) {
		throw new Error(`the generated import is not a valid dataset: ${errors[0]?.message ?? parsed.error?.message ?? ''}`);
	}

	return dataset;
}

export async function benchImport(): Promise<void> {
	const texts = Array.from({length: documentCount}, (_, n) => generatedDocument(n));
	const characters = texts.reduce((sum, text) => sum + text.length, 0);
	const runs = Number(process.env['BENCH_RUNS'] ?? 3);
	const importTimes: number[] = [];
	const baselineTimes: number[] = [];
	let dataset: Dataset | undefined;
	for (let run = 0; run < runs; run++) {
		let started = performance.now();
		let lines = 0;
		for (const text of texts) {
			lines += text.split('\n').map(line => line.trim()).filter(line => line !== '').length;
		}

		baselineTimes.push(performance.now() - started);
		started = performance.now();
		dataset = importAll(texts);
		importTimes.push(performance.now() - started);
		if (lines === 0) {
			throw new Error('no lines');
		}
	}

	// The whole command as a secretary runs it: files read, merged, validated, written with a backup.
	const folder = mkdtempSync(path.join(os.tmpdir(), 'council-bench-import-'));
	const commandTimes: number[] = [];
	try {
		const files = texts.map((text, n) => {
			const file = path.join(folder, `C25-${100 + n}-E.txt`);
			writeFileSync(file, text);
			return file;
		});
		writeFileSync(path.join(folder, 'plan.txt'), plan());
		for (let run = 0; run < runs; run++) {
			rmSync(path.join(folder, 'session.json'), {force: true});
			const started = performance.now();
			execFileSync(process.execPath, [cli, 'import', path.join(folder, 'plan.txt'), ...files, '--into', path.join(folder, 'session.json')], {stdio: 'ignore'});
			commandTimes.push(performance.now() - started);
		}
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}

	const best = Math.min(...importTimes);
	const baseline = Math.min(...baselineTimes);
	printTable(
		`Import: ${documentCount} generated documents of ~${Math.round(characters / documentCount / 1000)}k characters (~10 pages) each, plan first, merged into one dataset and validated`,
		['what', 'runs', 'min', 'max', 'vs baseline', 'budget'],
		[
			['baseline: split the same text into lines', String(runs), formatMs(baseline), formatMs(Math.max(...baselineTimes)), formatRatio(1), ''],
			[`import ${documentCount} documents`, String(runs), formatMs(best), formatMs(Math.max(...importTimes)), formatRatio(best / baseline), formatMs(budgetMs)],
			['per document', String(runs), formatMs(best / documentCount), '', '', formatMs(budgetMs / documentCount)],
			[`council import plan + ${documentCount} files --into (process, files, write)`, String(runs), formatMs(Math.min(...commandTimes)), formatMs(Math.max(...commandTimes)), formatRatio(Math.min(...commandTimes) / baseline), formatMs(budgetMs)],
		],
	);
	process.stdout.write(`${dataset?.documents.length ?? 0} documents, ${dataset?.agendaItems.length ?? 0} agenda items, ${dataset?.resolutions.length ?? 0} resolutions in the result\n`);
	const command = Math.min(...commandTimes);
	if (best > budgetMs || command > budgetMs) {
		throw new Error(`importing ${documentCount} documents took ${formatMs(Math.max(best, command))}, over the ${formatMs(budgetMs)} budget`);
	}
}
