import type {Delegation} from '../../dataset/schema.js';
import {neutralWords, type Words} from '../../i18n/words/words.js';
import {sanitizeLine} from '../../text/sanitize.js';
import type {FloorRole} from './delegation-role.js';

/*
A statement as the summary record writes it: the secretary types what the
delegation said as short clauses ("supported proposal 1; asked for a cost
estimate") and the record reads "1.3 The councillor from Brazil supported
proposal 1 and asked for a cost estimate." (DOMAIN.md, summary records).
The record's own words come from the catalogue, in the language `words` is in:
the minutes give their session's (`wordsIn(language)`); the default is the
catalogue's English, which the record is written in until they do.
*/

// Names the record writes with "the": "the United States", "the Russian Federation".
const takesThe = /^(?:united|republic|kingdom|democratic|islamic republic|federated|plurinational|bolivarian|holy see|netherlands|philippines|bahamas|gambia|maldives|comoros|czech republic|dominican republic|central african|syrian|lao|marshall|solomon)\b|\b(?:republic|federation|kingdom|states|islands|emirates)$/i;

/** "Brazil", "the United States", "the Russian Federation", as the middle of a sentence writes them. */
export function nameInSentence(name: string, words: Words = neutralWords): string {
	const clean = sanitizeLine(name).trim().replace(/\s+/g, ' ');
	if (/^the\s/i.test(clean)) {
		return words('statement.the', {name: clean.slice(4)});
	}

	return takesThe.test(clean) ? words('statement.the', {name: clean}) : clean;
}

/** "The councillor from Brazil", "The observer from Mexico", "The representative of the Secretariat". */
export function speakerPhrase(delegation: Pick<Delegation, 'kind' | 'name'>, role: FloorRole, words: Words = neutralWords): string {
	const name = nameInSentence(delegation.name, words);
	if (role === 'councillor') {
		return words('statement.councillor', {name});
	}

	return words(delegation.kind === 'member-state' || delegation.kind === 'observer' ? 'statement.observer' : 'statement.representative', {name});
}

// A first word written with a capital only because it started the line ("Supported"), not a name or acronym ("ITU", "iPhone").
const capitalizedWord = /^\p{Lu}\p{Ll}*(?=[\s,;.:!?]|$)/u;

/** The typed clauses as the rest of a sentence: "supported proposal 1 and asked for a cost estimate." */
export function predicate(text: string, words: Words = neutralWords): string {
	const clauses = sanitizeLine(text)
		.split(/[;；]/)
		.map(clause => clause.trim().replace(/\s+/g, ' ').replace(/[,:]+$/, ''))
		.filter(clause => clause !== '');
	if (clauses.length === 0) {
		return '';
	}

	const joined = clauses.length === 1 ? clauses[0]! : words('statement.and', {first: clauses.slice(0, -1).join(', '), last: clauses.at(-1)!});
	const first = capitalizedWord.exec(joined)?.[0];
	const lowered = first === undefined || first === 'I' ? joined : first.toLowerCase() + joined.slice(first.length);
	return /[.!?。]$/.test(lowered) ? lowered : `${lowered}.`;
}

/** The whole sentence: "The councillor from Brazil supported proposal 1 and asked for a cost estimate." */
export function statementSentence(delegation: Pick<Delegation, 'kind' | 'name'>, role: FloorRole, text: string, words: Words = neutralWords): string {
	const rest = predicate(text, words);
	const speaker = speakerPhrase(delegation, role, words);
	return rest === '' ? words('statement.spoke', {speaker}) : words('statement.said', {speaker, what: rest});
}

/** A numbered paragraph of the summary record: "1.3 The councillor from Brazil ...". */
export function statementParagraph(section: string, number: number, sentence: string): string {
	return `${sanitizeLine(section)}.${number} ${sentence}`;
}
