import type {Dataset, Session} from '../dataset/schema.js';
import {t, tLine} from '../i18n/translate.js';
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
			lines.push(tLine('cli.prepare.session-field', {field: t(`cli.prepare.field.${field}`), before: before[field] === undefined ? t('cli.prepare.none') : quoted(before[field]), after: quoted(clean)}));
		}

		next[field] = clean;
	};

	set('title', changes.title);
	set('body', changes.body);
	set('place', changes.place);
	const invalid = lines.filter(line => line.startsWith('! ')).map(line => t('cli.prepare.field-length', {field: t(`cli.prepare.field.${line.slice(2) as 'title' | 'body' | 'place'}`)}));
	if (invalid.length > 0) {
		return refused(...invalid);
	}

	if (changes.dates !== undefined) {
		const {start, end} = changes.dates;
		if (before.start !== start || before.end !== end) {
			lines.push(tLine('cli.prepare.session-dates', {before: before.start === undefined ? t('cli.prepare.none') : t('cli.prepare.date-range', {start: before.start, end: before.end ?? before.start}), after: t('cli.prepare.date-range', {start, end})}));
		}

		next.start = start;
		next.end = end;
	}

	if (lines.length > 0 && next.illustrative === true) {
		delete next.illustrative;
		lines.push(t('cli.prepare.no-longer-illustrative'));
	}

	return checked({...dataset, session: next}, lines.length === 0 ? [t('cli.prepare.session-no-change')] : lines);
}
