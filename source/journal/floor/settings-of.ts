import type {Dataset} from '../../dataset/schema.js';
import {defaultFloorSettings, type FloorSettings, type ItemFloorSettings} from './floor-settings.js';

/** The floor's settings as the dataset gives them (the session's `floor`, each item's plan and limits), defaults for the rest. */
export function floorSettingsOf(dataset: Dataset): FloorSettings {
	const floor = dataset.session.floor;
	const items = new Map<string, ItemFloorSettings>();
	for (const item of dataset.agendaItems) {
		if (item.plannedMinutes !== undefined || item.speakingTime !== undefined) {
			items.set(item.id, {
				...(item.plannedMinutes === undefined ? {} : {plannedMinutes: item.plannedMinutes}),
				...(item.speakingTime === undefined ? {} : {speakingTime: item.speakingTime}),
			});
		}
	}

	return {
		councillorsFirst: floor?.councillorsFirst ?? defaultFloorSettings.councillorsFirst,
		observersOnce: floor?.observersOnce ?? defaultFloorSettings.observersOnce,
		speakingTime: floor?.speakingTime ?? defaultFloorSettings.speakingTime,
		items,
	};
}
