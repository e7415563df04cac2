import type {Language} from './catalogue-types.js';
import {tIn, type MessageKey, type Params} from './translate.js';

/*
The minutes' words in the session's language (the dataset's `session.language`,
default English), whatever language the interface speaks: the minutes are a
document of the session, the screen is the reader's. The renderers
(source/minutes/) call `minutesText(language)` and build every heading and
fixed phrase with it; data (titles, decisions, notes) stays as written.
*/

export type MinutesKey = Extract<MessageKey, `minutes.${string}`>;

export type MinutesText = (key: MinutesKey, params?: Params) => string;

export function minutesText(language: Language = 'en'): MinutesText {
	return (key, params) => tIn(language, key, params);
}
