import type {Delegation, DatasetInput} from './schema.js';

/*
Giving a dataset the Member States: each one is added, or, when the dataset
already has a delegation with its id (China's `cn` in the bundled dataset),
that delegation takes the list's name, names, code and aliases and keeps
everything else (kind, council membership, illustrative). Delegations that are
not Member States keep their place after them. Pure.
*/
export function withMemberStates<T extends Pick<DatasetInput, 'delegations'>>(dataset: T, states: readonly Delegation[]): T {
	const existing = new Map((dataset.delegations ?? []).map(delegation => [delegation.id, delegation]));
	const stateIds = new Set(states.map(state => state.id));
	const merged = states.map(state => {
		const before = existing.get(state.id);
		return before === undefined ? state : {...before, name: state.name, names: state.names, code: state.code, ...(state.aliases === undefined ? {} : {aliases: state.aliases})};
	});
	const others = (dataset.delegations ?? []).filter(delegation => !stateIds.has(delegation.id));
	return {...dataset, delegations: [...merged, ...others]};
}
