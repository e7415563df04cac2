import type {Dataset, Session} from '../dataset/schema.js';
import type {SessionDates} from './dates.js';
import {checked, quoted, refused, type Plan} from './plan.js';

/*
`council session set`: the session frame (title, place, dates, body). A frame a
person sets is no longer illustrative, so the flag goes (the change says so).
*/

export type SessionChanges = {
	readonly title?: string | undefined;
	readonly body?: string | undefined;
	readonly place?: string | undefined;
	readonly dates?: SessionDates | undefined;
};

export function planSessionSet(dataset: Dataset, changes: SessionChanges): Plan {
	const before = dataset.session;
	const next: Session = {...before};
	const lines: string[] = [];
	const set = (field: 'title' | 'body' | 'place', value: string | undefined) => {
		if (value === undefined) {
			return;
		}

		const clean = value.replace(/\s+/g, ' ').trim();
		if (clean === '' || clean.length > 500) {
			lines.push(`! ${field}`);
			return;
		}

		if (before[field] !== clean) {
			lines.push(`~ session ${field}: ${before[field] === undefined ? '(none)' : quoted(before[field])} → ${quoted(clean)}`);
		}

		next[field] = clean;
	};

	set('title', changes.title);
	set('body', changes.body);
	set('place', changes.place);
	const invalid = lines.filter(line => line.startsWith('! ')).map(line => `the ${line.slice(2)} must be 1 to 500 characters`);
	if (invalid.length > 0) {
		return refused(...invalid);
	}

	if (changes.dates !== undefined) {
		const {start, end} = changes.dates;
		if (before.start !== start || before.end !== end) {
			lines.push(`~ session dates: ${before.start === undefined ? '(none)' : `${before.start} to ${before.end ?? before.start}`} → ${start} to ${end}`);
		}

		next.start = start;
		next.end = end;
	}

	if (lines.length > 0 && next.illustrative === true) {
		delete next.illustrative;
		lines.push('~ session no longer marked illustrative');
	}

	return checked({...dataset, session: next}, lines.length === 0 ? ['= the session already says so: no change'] : lines);
}
