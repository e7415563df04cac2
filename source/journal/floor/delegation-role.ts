import type {Delegation} from '../../dataset/schema.js';

/*
Whether a delegation sits on the Council (a councillor) or not (an observer):
observers speak after the councillors and may be held to one intervention per
item. The dataset's own councillor/observer field is being added to the schema
in parallel; until it lands this reads the delegation's kind, and this one
function is the only place that changes when it does.
*/

export type FloorRole = 'councillor' | 'observer';

export function delegationRole(delegation: Pick<Delegation, 'kind'>): FloorRole {
	return delegation.kind === 'member-state' ? 'councillor' : 'observer';
}
