import {t, tLine} from '../i18n/translate.js';
import {actionHeading, agendaItemLabel, inlineHeading, placeLine, referencesHeading, sessionLine, summaryHeading} from './labels.js';
import type {ImportWarning} from './types.js';

/*
What exports do to the Council template, undone where the repair is certain and
reported either way: cells glued or separated by " / " in the header block
("Council 2019Geneva, 10-20June 2019 /"), numbers glued to words ("1.Background",
"2.2The", "Resolution102", "4March 2019"), non-breaking hyphens, a page header
repeated on every page, a host site's text around the document. What cannot be
repaired for certain (a replacement character, "markingthe") is kept as it is,
with a warning: nothing is invented.
*/

export type Repaired = {
	readonly lines: string[];
	/** Lines that are not the document's (a host site's text): kept under Unclassified. */
	readonly outside: string[];
	readonly warnings: ImportWarning[];
};

const months = 'January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const gluedMonth = new RegExp(`(\\d)(${months})\\b`, 'gu');
const gluedNumber = /\b(Resolutions?|Decisions?|Documents?|Articles?|Résolutions?|Décisions?|Resoluci[oó]n|Resoluciones|Decisi[oó]n|Резолюци[яи]|Решени[ея])(?=\d)/gu;
const gluedHeadingNumber = /^(\d{1,2}(?:\.\d{1,2})*\.?)(?=[A-Z\p{Lu}])/u;
// A header cell boundary the export lost: before the place, the symbol, the item, "Original".
const headerBoundary = /(?<=\S)\s*(?=(?:Geneva|Genève|Ginebra|Женева)\s*,|(?:Revision|Addendum|Corrigendum)\s+\d+\s+to\b|Document\s+C\d{2}\/|Agenda\s+item\b|Original\s*:)/gu;
const symbolLine = /^C\d{2}\/[\w/().-]*?-[EFSRCA]$/u;
const pageNumber = /^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^Page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/iu;
const hostText = /^(?:©|Copyright\b|All rights reserved|Privacy (?:notice|policy)|Cookies?\b|Terms of use|Skip to (?:main )?content|Share this|Print this|Back to top|Follow us|Contact us|Home\s*[>›»])/iu;
// Words that end in "the" on their own; any other long word ending so has lost a space.
const wordsEndingThe = new Set(['breathe', 'clothe', 'loathe', 'soothe', 'seethe', 'bathe', 'lathe', 'tithe', 'writhe', 'swathe', 'scythe', 'lithe', 'blithe']);
const lostSpace = /\b([a-z]{3,}the)\b/gu;

function baseSymbol(line: string): string {
	return /^C\d{2}\/[\w/]*?\d+/u.exec(line)?.[0] ?? line;
}

function isTemplateLine(line: string): boolean {
	return sessionLine.test(line) || placeLine.test(line) || agendaItemLabel.test(line) || symbolLine.test(line) || /^(?:Document|Documento|Документ)\s+C\d{2}\//u.test(line) || /^(?:Revision|Addendum|Corrigendum)\s+\d+\s+to\b/u.test(line);
}

export function repairLines(input: readonly string[]): Repaired {
	const warnings: ImportWarning[] = [];
	const outside: string[] = [];
	const warnOnce = new Set<string>();
	const warn = (key: string, message: string): void => {
		if (!warnOnce.has(key)) {
			warnOnce.add(key);
			warnings.push({message});
		}
	};

	// Host text before the document: the template starts with its header block.
	const first = input.slice(0, 40).findIndex(line => isTemplateLine(line));
	let lines = [...input];
	if (first > 0) {
		const before = lines.slice(0, first);
		// A page number or the symbol above the session line is the template's own.
		const foreign = before.filter(line => !pageNumber.test(line) && !symbolLine.test(line));
		if (foreign.length > 0) {
			outside.push(...foreign);
			warn('before', t('cli.import-note.lines-before', {count: foreign.length}));
		}

		lines = lines.slice(first);
	}

	// The header block: split glued and " / "-separated cells.
	const firstHeading = lines.findIndex(line => summaryHeading.test(line) || actionHeading.test(line) || referencesHeading.test(line) || inlineHeading.test(line));
	const headerEnd = first === -1 ? 0 : Math.min(lines.length, 14, firstHeading === -1 ? Number.POSITIVE_INFINITY : firstHeading);
	const header = lines.slice(0, headerEnd).flatMap(line => line.split(/^\s*[/|]\s*|\s+[/|]\s+|\s*[/|]\s*$/u).flatMap(cell => cell.replace(headerBoundary, '\n').split('\n')))
		.map(cell => cell.trim()).filter(cell => cell !== '');
	lines = [...header, ...lines.slice(headerEnd)];

	const ownSymbols = new Set(header.flatMap(line => [...line.matchAll(/C\d{2}\/[\w/]*?\d+(?=[(-])/gu)].map(match => match[0])));
	const out: string[] = [];
	let symbolSeen = false;
	let repeats = 0;
	for (const [index, raw] of lines.entries()) {
		let line = raw;
		if (/[\u2010\u2011]/u.test(line)) {
			line = line.replace(/[\u2010\u2011]/gu, '-');
			warn('hyphen', t('cli.import-note.hyphens'));
		}

		if (line.includes('\uFFFD')) {
			warnings.push({message: tLine('cli.import-note.lost-character', {line: line.length > 60 ? `${line.slice(0, 60)}…` : line})});
		}

		// (Each is reported as unclassified when the document is mapped.)
		if (hostText.test(line)) {
			outside.push(line);
			continue;
		}

		// The page header: the symbol alone on a line, and page numbers, after the first page's.
		if (pageNumber.test(line)) {
			repeats += index === 0 ? 0 : 1;
			continue;
		}

		// The document's own symbol alone on a line: the first page's above the header, a page header after it.
		if (symbolLine.test(line) && (ownSymbols.has(baseSymbol(line)) || index < header.length)) {
			if (symbolSeen || index >= header.length) {
				repeats++;
				continue;
			}

			symbolSeen = true;
		}

		line = line
			.replace(gluedHeadingNumber, '$1 ')
			.replace(gluedMonth, '$1 $2')
			.replace(gluedNumber, (word: string) => {
				warn(`glued:${word}`, tLine('cli.import-note.space-restored', {word}));
				return `${word} `;
			});
		for (const match of line.matchAll(lostSpace)) {
			const word = match[1] ?? '';
			if (!wordsEndingThe.has(word)) {
				warn(`lost:${word}`, tLine('cli.import-note.space-lost', {word}));
			}
		}

		out.push(line);
	}

	if (repeats > 0) {
		warnings.push({message: t('cli.import-note.page-header', {count: repeats})});
	}

	return {lines: out, outside, warnings};
}
