import type {SummaryRecord} from './summary-record.js';

/** `council export --format json`: the summary record model as indented JSON, ending in a newline. */
export function recordJson(record: SummaryRecord): string {
	return `${JSON.stringify(record, undefined, 2)}\n`;
}
