import {agendaItemLabel, dateLabel, isoDate, languageNamed, originalLabel, placeLine, sessionFrame, sessionLine, suffixLanguage, type Language} from './labels.js';
import {sourceLine} from './submitter.js';

/*
The header block of the Council template, in its order: the session ("Council
2019", "Geneva, 10-20 June 2019"), "Agenda item: ADM 12", "Document C19/40-E"
(or "Revision 1 to Document ..."), the date, "Original: English", the source
line, the title. A member-state contribution may come inside the Secretary-
General's note transmitting it: the cover ("I have the honour to transmit ...",
signed) is kept apart, and the contribution's own source line and title follow.
*/

export type Header = {
	session?: string;
	place?: string;
	start?: string;
	end?: string;
	agendaItem?: string;
	symbol?: string;
	version?: string;
	language?: Language;
	date?: string;
	originalLanguage?: Language;
	source?: string;
	title?: string;
	titleAsWritten?: string;
	transmittal?: string;
	/** The paragraph after the title, for a document with no Summary heading. */
	lead: string[];
	unclassified: string[];
};

const versionWords: Record<string, string> = {revision: 'Rev.', addendum: 'Add.', corrigendum: 'Corr.', révision: 'Rev.', revisión: 'Rev.', пересмотр: 'Rev.', 'дополнительный документ': 'Add.', исправление: 'Corr.'};
const versionLead = /^(Revision|Addendum|Corrigendum|Révision|Revisión|Пересмотр|Дополнительный документ|Исправление)\s+(\d+)\s+(?:to|au|du|de\s+la|al|del|к)(?:\s+(?:Document|Documento|Документу?))?\s*$/iu;
const documentLine = /^(?:(Revision|Addendum|Corrigendum|Révision|Revisión|Пересмотр|Дополнительный документ|Исправление)\s+(\d+)\s+(?:to|au|du|de\s+la|al|del|к)\s+)?(?:Documents?|Documento|Документу?|文件|الوثيقة)?\s*[:：]?\s*(C\d{2}\/(?:(?:DT|DL|INF|ADM)\/)?\d+)((?:\s*\((?:Rev|Add|Corr)\.\s*\d+\))*)-([EFSRCA])(?:\s*号文件)?$/u;
const transmittalStart = /^(?:I have the honour to (?:transmit|submit|forward)|J['’]ai l['’]honneur de (?:transmettre|soumettre)|Tengo el honor de (?:transmitir|someter)|Имею честь (?:препроводить|представить)|谨(?:向|此)|يشرفني أن)/iu;
const secretaryGeneral = /^(?:\(?signed\)?\s*)?(?:[\p{Lu}][\p{L}.'-]*\s+)*(?:Secretary-General|Secrétaire général|Secretario General|Генеральный секретарь|秘书长|الأمين العام)$/u;
const acronyms = new Set(['ITU', 'WSIS', 'UN', 'ICT', 'ICTS', 'SDG', 'SDGS', 'CWG', 'WTDC', 'WTSA', 'WRC', 'PP', 'ITU-T', 'ITU-R', 'ITU-D', 'COVID-19', 'AI', 'IT', 'TSB', 'BDT', 'BR', 'OSG', 'IMAC', 'IUIC', 'EU', 'II', 'III', 'IV']);

function isShouted(title: string): boolean {
	const words = title.split(/\s+/).filter(word => /\p{L}{3,}/u.test(word));
	const upper = words.filter(word => word === word.toUpperCase() && word !== word.toLowerCase() && !acronyms.has(word.replace(/[^\p{L}\d-]/gu, '')));
	return upper.length >= 2 || (words.length > 0 && upper.length === words.length);
}

// Words ITU writes with a capital wherever they stand.
const capitalised = new Set(['union', 'union\'s', 'union’s', 'council', 'council\'s', 'member', 'states', 'secretary-general', 'plenipotentiary', 'constitution', 'convention', 'geneva', 'sector', 'sectors', 'bureau', 'conseil', 'unión', 'consejo', 'союза', 'союз', 'совета', 'совет']);

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "THE Union's financial operating REPORT" → "The Union's financial operating report": acronyms and ITU's capitalised words kept. */
export function readableTitle(title: string): string {
	const words = title.split(/(\s+)/).map(word => {
		if (acronyms.has(word.replace(/[^\p{L}\d-]/gu, '').toUpperCase()) && word === word.toUpperCase()) {
			return word;
		}

		const lower = word.toLowerCase();
		// "l'union" is "l'Union".
		const [, elided = '', rest = lower] = /^([a-z]['’])?(.*)$/su.exec(lower) ?? [];
		return capitalised.has(rest) ? `${elided}${capitalise(rest)}` : lower;
	});
	const joined = words.join('');
	return joined.charAt(0).toUpperCase() + joined.slice(1);
}

export function readHeader(lines: readonly string[]): Header {
	const header: Header = {lead: [], unclassified: []};
	let pendingVersion: string | undefined;
	let inTransmittal = false;
	const transmittal: string[] = [];
	let titleLines: string[] | undefined;
	let titleDone = false;
	let previousWasOriginalLabel = false;
	for (const line of lines) {
		if (inTransmittal) {
			transmittal.push(line);
			if (secretaryGeneral.test(line)) {
				inTransmittal = false;
				header.transmittal = transmittal.join('\n');
				// The contribution's own source line and title come after the cover.
				header.source = undefined;
				titleLines = undefined;
				titleDone = false;
			}

			continue;
		}

		const afterOriginalLabel = previousWasOriginalLabel;
		previousWasOriginalLabel = /^(?:Original|Оригинал|Originale?|原文|الأصل)\s*[:：]$/iu.test(line);
		const versionOnly = versionLead.exec(line);
		const document = documentLine.exec(line);
		const frame = placeLine.test(line) ? sessionFrame(line) : undefined;
		const original = originalLabel.exec(line);
		const date = isoDate(dateLabel.exec(line)?.[1] ?? line);
		if (versionOnly !== null) {
			pendingVersion = `${versionWords[(versionOnly[1] ?? '').toLowerCase()] ?? 'Rev.'}${versionOnly[2] ?? ''}`;
		} else if (document !== null && header.symbol === undefined) {
			const [, word, number, symbol = '', suffix = '', language = ''] = document;
			const parenthesised = [...suffix.matchAll(/\((Rev|Add|Corr)\.\s*(\d+)\)/g)].map(match => `${match[1] ?? ''}.${match[2] ?? ''}`).join('');
			header.symbol = symbol;
			const version = word === undefined ? (parenthesised || pendingVersion) : `${versionWords[word.toLowerCase()] ?? 'Rev.'}${number ?? ''}`;
			if (version !== undefined && version !== '') {
				header.version = version;
			}

			header.language = suffixLanguage[language];
		} else if (document !== null && document[3] === header.symbol) {
			// The symbol again ("C20/55(Rev.1)-E" above the header, then "Revision 1 to / Document C20/55-E").
			header.version ??= pendingVersion;
		} else if (agendaItemLabel.test(line) && header.agendaItem === undefined) {
			header.agendaItem = line.replace(agendaItemLabel, '').replace(/[\s/|]+$/u, '').trim();
		} else if (sessionLine.test(line) && header.session === undefined) {
			header.session = line;
		} else if (frame !== undefined && header.place === undefined) {
			Object.assign(header, frame);
		} else if (original !== null || (afterOriginalLabel && /^\p{L}+$/u.test(line) && languageNamed(line) !== undefined)) {
			// "Original: English", or the label and the language in two cells.
			const language = languageNamed(original?.[1] ?? line);
			if (language !== undefined) {
				header.originalLanguage = language;
			}
		} else if (date !== undefined && header.date === undefined) {
			header.date = date;
		} else if (transmittalStart.test(line)) {
			inTransmittal = true;
			transmittal.push(line);
		} else if (sourceLine.test(line) && (header.source === undefined || titleLines === undefined)) {
			header.source = line;
		} else if (header.source !== undefined && !titleDone) {
			// A title may run over two or three lines; the paragraph after it ends with a full stop.
			if (titleLines !== undefined && (/[.。]$/u.test(line) || line.length >= 160 || titleLines.length >= 3)) {
				titleDone = true;
				header.lead.push(line);
			} else {
				titleLines = [...(titleLines ?? []), line];
				header.titleAsWritten = titleLines.join(' ');
			}
		} else if (titleDone) {
			header.lead.push(line);
		} else {
			header.unclassified.push(line);
		}
	}

	if (inTransmittal) {
		header.transmittal = transmittal.join('\n');
	}

	const written = header.titleAsWritten;
	if (written !== undefined) {
		if (isShouted(written)) {
			header.title = readableTitle(written);
		} else {
			header.title = written;
			delete header.titleAsWritten;
		}
	}

	return header;
}
