import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {z} from 'zod';
import {sanitizeDeep} from '../text/sanitize.js';
import {memberStateRows, memberStatesSource, type MemberStateRow} from './member-states-list.js';
import {officialLanguages} from './vocabulary.js';
import type {Delegation} from './schema.js';

/*
data/member-states.json: every ITU Member State with its ISO code, ITU's name
and its names in the six official languages. It is generated (by
scripts/write-member-states.ts, from member-states-list.ts and Node's ICU) and
committed, so a dataset made from it does not depend on the ICU of the machine
that opens it; `council new` copies it into the new dataset's delegations, and
the bundled one-itu.json carries the same entries.
*/

const name = z.string().min(1);

export const memberStateRecord = z
	.object({
		id: z.string().regex(/^[a-z]{2}$/),
		code: z.string().regex(/^[A-Z]{2}$/),
		name: name.describe('ITU\'s name, shown'),
		names: z.record(z.enum(officialLanguages), name),
		aliases: z.array(name).optional(),
	})
	.strict();

export const memberStatesFile = z
	.object({
		source: name.describe('Where the list and its names come from'),
		icu: name.describe('ICU version the names were taken from'),
		cldr: name.describe('CLDR version the names were taken from'),
		memberStates: z.array(memberStateRecord),
	})
	.strict()
	.superRefine((file, context) => {
		const seen = new Set<string>();
		for (const [index, state] of file.memberStates.entries()) {
			if (state.id !== state.code.toLowerCase()) {
				context.addIssue({code: 'custom', path: ['memberStates', index, 'id'], message: `the id is the code in lower case ("${state.code.toLowerCase()}")`});
			}

			if (seen.has(state.code)) {
				context.addIssue({code: 'custom', path: ['memberStates', index, 'code'], message: `${state.code} is listed twice`});
			}

			seen.add(state.code);
		}
	});

export type MemberStateRecord = z.infer<typeof memberStateRecord>;
export type MemberStatesFile = z.infer<typeof memberStatesFile>;

function uniqueAliases(row: MemberStateRow, names: Readonly<Record<string, string>>): string[] | undefined {
	const shown = new Set([row[1], ...Object.values(names)]);
	const aliases = (row[2] ?? []).filter(alias => !shown.has(alias));
	return aliases.length === 0 ? undefined : aliases;
}

/** The file's content from the list and the running Node's ICU: what the generator writes. */
export function buildMemberStatesFile(rows: readonly MemberStateRow[] = memberStateRows): MemberStatesFile {
	const displayNames = officialLanguages.map(language => [language, new Intl.DisplayNames([language], {type: 'region', fallback: 'none'})] as const);
	return {
		source: memberStatesSource,
		icu: process.versions.icu ?? 'unknown',
		cldr: process.versions['cldr'] ?? 'unknown',
		memberStates: rows.map(row => {
			const [code, ituName] = row;
			const names = Object.fromEntries(displayNames.map(([language, display]) => {
				const local = display.of(code);
				if (local === undefined || local === '') {
					throw new Error(`ICU has no ${language} name for ${code}`);
				}

				return [language, local];
			})) as Record<(typeof officialLanguages)[number], string>;
			const aliases = uniqueAliases(row, names);
			return {id: code.toLowerCase(), code, name: ituName, names, ...(aliases === undefined ? {} : {aliases})};
		}),
	};
}

/** The committed file, found like the bundled dataset (source/ or dist/ below the package root). */
export function memberStatesPath(): string {
	let folder = path.dirname(fileURLToPath(import.meta.url));
	for (let depth = 0; depth < 5; depth++) {
		const candidate = path.join(folder, 'data', 'member-states.json');
		if (existsSync(candidate)) {
			return candidate;
		}

		folder = path.dirname(folder);
	}

	throw new Error('data/member-states.json is missing from the installation.');
}

export type MemberStatesResult = {ok: true; file: MemberStatesFile} | {ok: false; message: string};

/** Reads and validates the list; a broken file is a message naming the file and the field, never a throw. */
export async function loadMemberStates(file = memberStatesPath()): Promise<MemberStatesResult> {
	let value: unknown;
	try {
		value = JSON.parse(await readFile(file, 'utf8'));
	} catch (error: unknown) {
		return {ok: false, message: `${file}: ${error instanceof Error ? error.message : String(error)}`};
	}

	const parsed = memberStatesFile.safeParse(sanitizeDeep(value));
	if (!parsed.success) {
		return {ok: false, message: parsed.error.issues.map(issue => `${file}: ${issue.path.join('.')}: ${issue.message}`).join('\n')};
	}

	return {ok: true, file: parsed.data};
}

/** A Member State as a dataset delegation. */
export function memberStateDelegation(state: MemberStateRecord): Delegation {
	return {
		id: state.id,
		kind: 'member-state',
		name: state.name,
		names: {...state.names},
		code: state.code,
		...(state.aliases === undefined ? {} : {aliases: [...state.aliases]}),
	};
}
