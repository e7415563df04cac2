import type {Stance} from '../dataset/schema.js';
import {listNames} from '../outcomes/consensus.js';
import type {RollCallVote} from '../outcomes/votes.js';

/*
The sentences of a summary record, in the Council's style (DOMAIN.md): "The
representative of the Secretariat introduced Document C25/28.", "The councillor
from Switzerland expressed a reservation on ... and requested that its
reservation be reflected in the summary record." Pure text from names already
made readable; the renderers escape it for their format.
*/

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export function sentence(text: string): string {
	const trimmed = text.trim();
	return trimmed === '' || /[.!?:;)"”»。]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function noteText(note: string | undefined): string {
	const trimmed = (note ?? '').trim().replace(/[.]$/, '');
	return trimmed === '' ? '' : ` (${trimmed})`;
}

/** "The councillor from X supported proposal 1) of Document C99/42 (note)." */
export function positionSentence(speaker: string, stance: Stance, on: string, note: string | undefined): string {
	const detail = `${on}${noteText(note)}`;
	switch (stance) {
		case 'supports': {
			return `${speaker} supported ${detail}.`;
		}

		case 'opposes': {
			return `${speaker} opposed ${detail}.`;
		}

		case 'reservation': {
			return `${speaker} expressed a reservation on ${detail} and requested that its reservation be reflected in the summary record.`;
		}

		case 'more-information': {
			return `${speaker} asked for more information on ${detail}.`;
		}

		case 'neutral': {
			return `${speaker} took no position on ${detail}.`;
		}
	}
}

/** "The representative of the Secretariat introduced Documents C99/10 and C99/11." */
export function introductionSentence(speaker: string, documents: readonly string[]): string {
	const references = documents.length > 1 && documents.every(reference => reference.startsWith('Document '))
		? `Documents ${listNames(documents.map(reference => reference.slice('Document '.length)))}`
		: listNames(documents);
	return `${speaker} introduced ${references}.`;
}

const optionHeading = {yes: 'In favour', no: 'Against', abstain: 'Abstaining', absent: 'Absent'} as const;

/** A roll call's names by option, each group in the order called: "In favour (2): France, Brazil". */
export function rollCallLines(roll: readonly RollCallVote[], nameOf: (id: string) => string): string[] {
	return (['yes', 'no', 'abstain', 'absent'] as const).flatMap(option => {
		const names = roll.filter(vote => vote.option === option).map(vote => nameOf(vote.delegation));
		return names.length === 0 ? [] : [`${optionHeading[option]} (${names.length}): ${names.join(', ')}`];
	});
}
