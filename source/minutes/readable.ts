import type {DatasetIndex} from '../dataset/build-index.js';
import {documentSymbol} from '../dataset/labels.js';
import type {Delegation, DocumentEntity} from '../dataset/schema.js';
import type {RecordWords} from './record-words.js';

/*
How a summary record names things: documents by symbol and title (never an
internal id), titles in sentence case when a document shouted them in capitals
("THE UNION'S FINANCIAL OPERATING REPORT" → "The Union's financial operating
report"), delegations with the article English gives them ("the councillor from
the United States"); the words around them are the record's language's
(record-words.ts).
*/

// Kept in capitals when a title in capitals is put in sentence case.
const acronyms = new Set(['ITU', 'UN', 'ICT', 'WSIS', 'SDG', 'WTDC', 'WTSA', 'WRC', 'PP', 'CWG', 'ADM', 'PL', 'ITU-T', 'ITU-R', 'ITU-D', 'TSB', 'BR', 'BDT', 'RAG', 'TSAG', 'TDAG', 'AI', 'IMAC', 'JIU', 'UNGA', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII']);

/** A title as a reader expects it: a title written in capitals is put in sentence case, any other is kept. */
export function readableTitle(title: string): string {
	const letters = title.replace(/[^\p{L}]/gu, '');
	// Only text with cased letters, none of them lower case, and more than one word: "ITU" alone stays.
	if (letters.length < 4 || letters !== letters.toUpperCase() || letters === letters.toLowerCase() || !/\s/.test(title.trim())) {
		return title;
	}

	let isFirst = true;
	return title.replace(/[\p{L}\p{N}'’-]+/gu, word => {
		const bare = word.replace(/['’]S$/u, '');
		// "SDGS" is the plural of an acronym: "SDGs".
		const plural = bare.length > 2 && bare.endsWith('S') && acronyms.has(bare.slice(0, -1).toUpperCase()) ? `${bare.slice(0, -1)}s` : undefined;
		const kept = plural ?? (acronyms.has(bare.toUpperCase()) ? `${bare}${word.slice(bare.length).toLowerCase()}` : undefined);
		const lower = word.toLowerCase();
		const result = kept ?? (isFirst ? `${lower.charAt(0).toUpperCase()}${lower.slice(1)}` : lower);
		isFirst = false;
		return result;
	});
}

/** "C99/42", or undefined for a document without a symbol. */
export function symbolOf(document: DocumentEntity): string | undefined {
	return documentSymbol(document.symbol, document.version);
}

/** "The Administration of ..." → "the Administration of ..." in the middle of a sentence. */
export function inSentence(wording: string): string {
	return /^The\s/.test(wording) ? `t${wording.slice(1)}` : wording;
}

/**
A document as a sentence names it, in the record's language: "Document C99/42",
or, without a symbol, "the contribution of the Administration of China" /
`the document "One ITU"`.
*/
export function documentReference(document: DocumentEntity, words: RecordWords): string {
	const symbol = symbolOf(document);
	if (symbol !== undefined) {
		return words.say('minutes.document', {symbol});
	}

	// The source line is the dataset's own words: English lowers its "The" in a sentence, other languages keep it.
	const source = words.language === 'en' ? inSentence(document.submittedBy.wording) : document.submittedBy.wording;
	if (document.submittedBy.delegations !== undefined && document.submittedBy.delegations.length > 0) {
		return words.say('minutes.contribution-of', {source});
	}

	return document.title === undefined ? words.say('minutes.document-by', {source}) : words.say('minutes.document-titled', {title: readableTitle(document.title)});
}

/** A sentence's first letter as a capital ("the contribution of ..." at the start of a line). */
export function capitalized(text: string): string {
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** A document's line in the table of subjects: "C99/42 One ITU", or its reference and title without a symbol. */
export function documentCell(document: DocumentEntity, words: RecordWords): string {
	const symbol = symbolOf(document);
	const title = document.title === undefined ? undefined : readableTitle(document.title);
	if (symbol !== undefined) {
		return title === undefined ? symbol : `${symbol} ${title}`;
	}

	const reference = documentReference(document, words);
	const capital = capitalized(reference);
	return title === undefined || reference.includes(title) ? capital : `${capital}: ${title}`;
}

// English names that take "the": "the United States", "the Russian Federation", "the Netherlands".
const takesArticle = /^(?:United\s|Republic\s|Russian Federation|Czech Republic|Dominican Republic|Central African Republic|Syrian Arab Republic|Islamic Republic|Democratic\s|Lao People|Netherlands|Philippines|Bahamas|Gambia|Comoros|Maldives|Marshall Islands|Solomon Islands|Holy See|Sudan$|Niger$|State of\s|Plurinational State|Kingdom of|Sultanate|Principality|Grand Duchy|Federated States)/;

/** A delegation's name in an English sentence: "the United States", "China". */
export function nameInSentence(name: string): string {
	return takesArticle.test(name) ? `the ${name}` : name;
}

/**
A delegation's name as the record's language writes it: the dataset's own name
in that language (`names.fr`, "Suisse") when it has one, its English name
otherwise. Data, not translation: a name the dataset lacks stays as it is.
*/
export function delegationName(words: RecordWords, delegation: Pick<Delegation, 'name' | 'names'>): string {
	return words.language === 'en' ? delegation.name : delegation.names?.[words.language] ?? delegation.name;
}

/** A delegation's name in a sentence of the record: with English's article, as the dataset spells it in other languages. */
export function nameIn(words: RecordWords, name: string): string {
	return words.language === 'en' ? nameInSentence(name) : name;
}

/**
Who speaks for a delegation, as a summary record writes it: "The councillor
from China" for a Member State of the Council, "The observer from Mali" for a
Member State that is not, "The representative of the Secretariat".
*/
export function speakerOf(delegation: Delegation | undefined, fallback: string, words: RecordWords): string {
	if (delegation === undefined) {
		return words.say('minutes.speaker-representative', {name: nameIn(words, fallback)});
	}

	switch (delegation.kind) {
		case 'member-state': {
			return words.say('minutes.speaker-councillor', {name: nameIn(words, delegationName(words, delegation))});
		}

		case 'observer': {
			return words.say('minutes.speaker-observer', {name: nameIn(words, delegationName(words, delegation))});
		}

		case 'secretariat': {
			return words.say('minutes.speaker-secretariat');
		}

		default: {
			return words.say('minutes.speaker-representative', {name: nameIn(words, delegationName(words, delegation))});
		}
	}
}

/** The role word Popolo's Speech `role` takes. */
export function speakerRole(delegation: Delegation | undefined): 'councillor' | 'observer' | 'secretariat' | 'representative' {
	switch (delegation?.kind) {
		case 'member-state': {
			return 'councillor';
		}

		case 'observer': {
			return 'observer';
		}

		case 'secretariat': {
			return 'secretariat';
		}

		default: {
			return 'representative';
		}
	}
}

export function delegationOf(index: DatasetIndex, id: string): Delegation | undefined {
	const entity = index.entities.get(id);
	return entity?.kind === 'delegation' ? entity.value : undefined;
}

export function documentOf(index: DatasetIndex, id: string): DocumentEntity | undefined {
	const entity = index.entities.get(id);
	return entity?.kind === 'document' ? entity.value : undefined;
}
