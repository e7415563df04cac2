/*
A session id names the session's journal file (journals/<id>.jsonl), so two
datasets must never share one: a decision recorded on one would appear in the
other's minutes. It is made once, when the dataset is created (`council new`,
or an import that starts a new dataset), and kept in the file: a readable part
from the title and year, and 48 random bits so two sessions with one title
still differ. Pure: the caller passes the random bytes.
*/

function slug(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
}

/** `itu-council-2025-3f9a0c1b2d4e`: title slug (with the year when given and not in it), then 12 hex digits. */
export function makeSessionId(title: string, random: Uint8Array, year?: string): string {
	const hex = [...random.slice(0, 6)].map(byte => byte.toString(16).padStart(2, '0')).join('');
	if (hex.length < 12) {
		throw new Error('makeSessionId needs 6 random bytes');
	}

	const base = slug(title) || 'session';
	const withYear = year !== undefined && !base.includes(year) ? `${base}-${year}` : base;
	return `${withYear}-${hex}`;
}
