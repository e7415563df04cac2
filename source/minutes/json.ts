import {jsonText} from '../text/json-text.js';
import type {Minutes} from './minutes.js';

/** `council export --format json`: the minutes as indented JSON, ending in a newline (controls and bidi escaped). */
export function minutesJson(minutes: Minutes): string {
	return jsonText(minutes);
}
