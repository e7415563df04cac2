import type {Stance} from '../dataset/schema.js';

/*
The Council decides by consensus unless it votes. A summary record may say "by
consensus" only when no position in effect objects: a reservation or an
opposition is named instead, since the delegation asked for it to be on the
record.
*/

export type ConsensusPosition = {readonly delegationName: string; readonly stance: Stance};

export type Consensus =
	| {readonly kind: 'consensus'}
	| {readonly kind: 'objections'; readonly reservations: readonly string[]; readonly oppositions: readonly string[]};

export const isObjection = (stance: Stance) => stance === 'reservation' || stance === 'opposes';

/** Whether the positions allow "by consensus", and if not, who objected and how (in the order given). */
export function consensusOf(positions: readonly ConsensusPosition[]): Consensus {
	const reservations = positions.filter(position => position.stance === 'reservation').map(position => position.delegationName);
	const oppositions = positions.filter(position => position.stance === 'opposes').map(position => position.delegationName);
	return reservations.length === 0 && oppositions.length === 0 ? {kind: 'consensus'} : {kind: 'objections', reservations, oppositions};
}

export function listNames(names: readonly string[]): string {
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/**
The sentence after a decision taken without a vote.

@example
```
consensusSentence({kind: 'consensus'}); // "Decided by consensus."
consensusSentence({kind: 'objections', reservations: ['Switzerland'], oppositions: []});
// "Decided without a vote, with a reservation from Switzerland."
```
*/
export function consensusSentence(consensus: Consensus): string {
	if (consensus.kind === 'consensus') {
		return 'Decided by consensus.';
	}

	const parts: string[] = [];
	if (consensus.reservations.length > 0) {
		parts.push(`${consensus.reservations.length === 1 ? 'a reservation' : 'reservations'} from ${listNames(consensus.reservations)}`);
	}

	if (consensus.oppositions.length > 0) {
		parts.push(`${consensus.oppositions.length === 1 ? 'an objection' : 'objections'} from ${listNames(consensus.oppositions)}`);
	}

	return `Decided without a vote, with ${parts.join(' and ')}.`;
}
