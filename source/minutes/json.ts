import type {Minutes} from './minutes.js';

/** `council export --format json`: the minutes as indented JSON, ending in a newline. */
export function minutesJson(minutes: Minutes): string {
	return `${JSON.stringify(minutes, undefined, 2)}\n`;
}
