/*
The dataset's fixed words (statuses, stances, action kinds, delegation kinds), as
plain values: the screens, the journal's entry kinds and the commands read these
without building the dataset's zod schema, which only validating a dataset file
needs (schema.ts uses these and exports them as before).
*/

export {officialLanguages} from './official-languages.js';

export const actionKinds = ['approve', 'adopt', 'consider', 'take-note', 'decide', 'elect', 'other'] as const;
export const itemStatuses = ['pending', 'under-consideration', 'decided', 'deferred'] as const;
export const stances = ['supports', 'opposes', 'reservation', 'more-information', 'neutral'] as const;
export const resolutionBodies = ['plenipotentiary', 'council', 'wtsa', 'wtdc', 'wrc', 'other'] as const;
export const delegationKinds = ['member-state', 'sector-member', 'observer', 'secretariat', 'other'] as const;
export const councilRoles = ['councillor', 'observer'] as const;
