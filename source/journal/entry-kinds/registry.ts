import {currentKind} from './current.js';
import {decisionKind} from './decision.js';
import {floorCloseKind} from './floor-close.js';
import {floorEndKind} from './floor-end.js';
import {floorGiveKind} from './floor-give.js';
import {floorMoveKind} from './floor-move.js';
import {floorOpenKind} from './floor-open.js';
import {floorPlanKind} from './floor-plan.js';
import {floorRequestKind} from './floor-request.js';
import {floorStatementKind} from './floor-statement.js';
import {floorWithdrawKind} from './floor-withdraw.js';
import {delegationKind} from './delegation.js';
import type {EntryKindSpec} from './entry-kind.js';
import {positionKind} from './position.js';
import {statusKind} from './status.js';
import {undoKind} from './undo.js';
import {voteKind} from './vote.js';

/*
Every journal entry kind, in one list: the journal line's schema (../schema.ts),
replay (../slot-engine.ts) and the words (../describe.ts) read it. Adding a
kind is a module in this folder and one line here.
*/
export const entryKinds = [
	decisionKind,
	statusKind,
	positionKind,
	currentKind,
	undoKind,
	// The floor (issue 12).
	floorRequestKind,
	floorWithdrawKind,
	floorMoveKind,
	floorGiveKind,
	floorEndKind,
	floorStatementKind,
	floorCloseKind,
	floorOpenKind,
	floorPlanKind,
	// Votes (issue 13).
	voteKind,
	// Delegations added live (issue 10).
	delegationKind,
] as const;

/** The declaration of a kind by name, with its payload unchecked: for code that handles any entry. */
export type AnyEntryKind = EntryKindSpec<string, never>;

const byKind = new Map<string, AnyEntryKind>(entryKinds.map(kind => [kind.kind, kind as unknown as AnyEntryKind]));

export function entryKindOf(kind: string): AnyEntryKind {
	const found = byKind.get(kind);
	if (found === undefined) {
		throw new Error(`No entry kind "${kind}"`);
	}

	return found;
}
