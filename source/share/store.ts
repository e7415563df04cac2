import type {JournalProblem} from '../journal/read.js';
import type {JournalEntry} from '../journal/schema.js';
import type {ShareConnection} from './connection.js';
import {isSharedEntry, maxLineLength, parseRow, type RawRow, type SharedEntry} from './rows.js';
import {insertLock} from './schema.js';

/*
Pushing and pulling, one statement each. A push inserts a batch in local order
with `on conflict (id) do nothing`, so pushing again (after a crash, from two
processes, by `council share push`) never doubles an entry. It holds an advisory
transaction lock while it inserts: sequence numbers are taken and committed one
writer at a time, so a reader that has everything up to seq N never later meets
a row below N committed late (which "seq > N" would skip for ever).
*/

const pushBatch = 1000;
const pullPage = 5000;

/** Pushes entries (in the order given) for `session`; resolves with how many the server did not hold yet. */
export async function pushEntries(connection: ShareConnection, entries: readonly JournalEntry[], machine: string, session?: string): Promise<number> {
	let inserted = 0;
	for (let start = 0; start < entries.length; start += pushBatch) {
		const batch = entries.slice(start, start + pushBatch);
		inserted += await connection.transaction(async query => {
			await query('select pg_advisory_xact_lock($1)', [insertLock]);
			const rows = await query(
				`insert into council_entries (id, line, machine, session)
				select id, line, $3, $4 from unnest($1::text[], $2::text[]) with ordinality as batch(id, line, position)
				order by position
				on conflict (id) do nothing
				returning seq`,
				[batch.map(entry => entry.id), batch.map(entry => JSON.stringify(entry)), machine, session ?? null],
			);
			return rows.length;
		});
	}

	return inserted;
}

export type Pulled = {
	readonly entries: readonly SharedEntry[];
	readonly problems: readonly JournalProblem[];
	/** The highest sequence number seen, valid or not: where the next pull starts. */
	readonly lastSeq: number;
};

/** Every row after `afterSeq`, validated (a row of another session than `session` is skipped), in sequence order. */
export async function pullSince(connection: ShareConnection, afterSeq: number, session?: string): Promise<Pulled> {
	const entries: SharedEntry[] = [];
	const problems: JournalProblem[] = [];
	let lastSeq = afterSeq;
	for (;;) {
		// A line longer than any entry is not even fetched whole: a hostile row costs little.
		const rows = await connection.query(
			`select seq, id, case when length(line) > $3 then null else line end as line, left(machine, 200) as machine, left(session, 200) as session
			from council_entries where seq > $1 order by seq limit $2`,
			[lastSeq, pullPage, maxLineLength],
		);
		for (const row of rows) {
			const raw: RawRow = {seq: Number(row['seq']), id: String(row['id']), line: row['line'] === null ? null : String(row['line']), machine: String(row['machine']), session: typeof row['session'] === 'string' ? row['session'] : null};
			const parsed = parseRow(raw, session);
			if (isSharedEntry(parsed)) {
				entries.push(parsed);
			} else {
				problems.push(parsed);
			}

			lastSeq = Math.max(lastSeq, raw.seq);
		}

		if (rows.length < pullPage) {
			return {entries, problems, lastSeq};
		}
	}
}

/** Which of these ids the server holds. */
export async function sharedIdsAmong(connection: ShareConnection, ids: readonly string[]): Promise<Set<string>> {
	const found = new Set<string>();
	for (let start = 0; start < ids.length; start += pullPage) {
		const rows = await connection.query('select id from council_entries where id = any($1::text[])', [ids.slice(start, start + pullPage)]);
		for (const row of rows) {
			found.add(String(row['id']));
		}
	}

	return found;
}

export async function countShared(connection: ShareConnection): Promise<{entries: number; machines: number}> {
	const [row] = await connection.query('select count(*) as entries, count(distinct machine) as machines from council_entries');
	return {entries: Number(row?.['entries'] ?? 0), machines: Number(row?.['machines'] ?? 0)};
}
