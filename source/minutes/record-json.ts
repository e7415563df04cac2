import {jsonText} from '../text/json-text.js';
import type {SummaryRecord} from './summary-record.js';

/** `council export --format json`: the summary record model as indented JSON, ending in a newline (controls and bidi escaped). */
export function recordJson(record: SummaryRecord): string {
	return jsonText(record);
}
