import type {DatasetIndex} from '../../source/dataset/build-index.js';

/** Every part of an index, as entry lists: Map order counts (the lookup's answers come in it). What a lazy or paged index is compared with an eager one by. */
export function parts(index: DatasetIndex) {
	return {
		entities: [...index.entities],
		itemOrder: [...index.itemOrder],
		itemsByDocument: [...index.itemsByDocument],
		proposalsByDocument: [...index.proposalsByDocument],
		principlesByProposal: [...index.principlesByProposal],
		positionsOn: [...index.positionsOn],
		citedBy: [...index.citedBy],
		keys: [...index.keys],
		itemSearchText: [...index.itemSearchText],
	};
}
