import {defineEntryKind} from './entry-kind.js';

/*
A delegation added during the session (the Holy See, an observer
organization). It sets no slot: what it does is join the screen's delegations
(journal-delegations.ts), so a position by it then replays like any other.
`u` skips it: a position recorded by the delegation would otherwise lose its
delegation; a wrongly added delegation is simply not used.
*/
export const delegationKind = defineEntryKind({
	kind: 'delegation',
	rejection: () => undefined,
	slots: () => [],
	undoneByKey: false,
	describe: (payload, context) => context.words('describe.delegation', {name: payload.name, kind: context.words(`describe.delegation-kind.${payload.kind}`), id: payload.id}),
});
