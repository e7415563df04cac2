import type {VoteCounts} from './votes.js';

/*
A vote counted rather than called (a show of hands, the electronic board's
totals): three numbers typed as the secretary reads them, yes, no and
abstentions, the field moved by Tab or ↑/↓. Those not counted are absent: the
Member States less the votes given. As plain data and pure steps, like the roll
call (roll-call-form.ts).
*/

export const countFields = ['yes', 'no', 'abstain'] as const;
export type CountField = (typeof countFields)[number];

export type CountsForm = {
	/** Each field as typed: digits only, empty for none. */
	readonly yes: string;
	readonly no: string;
	readonly abstain: string;
	readonly field: CountField;
};

export const emptyCounts: CountsForm = {yes: '', no: '', abstain: '', field: 'yes'};

/** A count has at most this many digits (the journal takes at most 1,000 per count). */
const maxDigits = 4;

function moved(form: CountsForm, by: 1 | -1): CountsForm {
	const at = countFields.indexOf(form.field);
	return {...form, field: countFields[Math.min(countFields.length - 1, Math.max(0, at + by))]!};
}

/** A key on the counts: a digit is typed into the field, Backspace takes one off, Tab/↓/Enter and Shift+Tab/↑ move. */
export function countsKey(form: CountsForm, key: string): CountsForm {
	if (/^\d$/.test(key)) {
		const typed = form[form.field];
		// A leading zero is replaced, so "0" then "7" reads 7.
		return typed.length >= maxDigits ? form : {...form, [form.field]: typed === '0' ? key : `${typed}${key}`};
	}

	switch (key) {
		case 'backspace': {
			return form[form.field] === '' ? form : {...form, [form.field]: form[form.field].slice(0, -1)};
		}

		case 'tab':
		case 'down':
		case 'return': {
			return moved(form, 1);
		}

		case 'shift-tab':
		case 'up': {
			return moved(form, -1);
		}

		default: {
			return form;
		}
	}
}

export function isCounted(form: CountsForm): boolean {
	return countFields.some(field => form[field] !== '');
}

/** The counts, those not counted absent; or, when more votes were typed than there are voters, how many. */
export function countedVotes(form: CountsForm, voters: number): {readonly ok: true; readonly counts: VoteCounts} | {readonly ok: false; readonly given: number} {
	const [yes, no, abstain] = countFields.map(field => Number(form[field] === '' ? 0 : form[field]));
	const given = yes! + no! + abstain!;
	return given > voters ? {ok: false, given} : {ok: true, counts: {yes: yes!, no: no!, abstain: abstain!, absent: voters - given}};
}
