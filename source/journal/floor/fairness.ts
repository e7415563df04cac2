import type {FloorState, Speech} from './floor-state.js';

/** Whole seconds a speech lasted, or has lasted by `now` while it goes on. */
export function speechSeconds(speech: Pick<Speech, 'start' | 'end'>, now: number): number {
	return Math.max(0, Math.floor(((speech.end ?? now) - speech.start) / 1000));
}

/*
Speaking time per delegation over the session (OpenSlides#7143: chairs who
balance a list by time spoken need the total, not only the count): on the
floor overlay, in `council floor list` and in the minutes.
*/

export type DelegationShare = {
	readonly delegation: string;
	readonly interventions: number;
	readonly seconds: number;
};

/** Every delegation that spoke, most time first (then most interventions, then first to speak). */
export function fairness(state: FloorState, now: number): DelegationShare[] {
	const shares = new Map<string, {delegation: string; interventions: number; seconds: number; first: number}>();
	for (const [index, speech] of state.speeches.entries()) {
		const share = shares.get(speech.delegation) ?? {delegation: speech.delegation, interventions: 0, seconds: 0, first: index};
		share.interventions++;
		share.seconds += speechSeconds(speech, now);
		shares.set(speech.delegation, share);
	}

	return [...shares.values()]
		.sort((a, b) => b.seconds - a.seconds || b.interventions - a.interventions || a.first - b.first)
		.map(({delegation, interventions, seconds}) => ({delegation, interventions, seconds}));
}
