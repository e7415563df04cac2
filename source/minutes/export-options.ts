import type {ParsedArgs} from '../cli/parse.js';
import type {OptionSpec} from '../cli/global-options.js';
import {say} from '../cli/message.js';
import {UsageError} from '../cli/usage-error.js';
import type {DatasetIndex} from '../dataset/build-index.js';
import {resolveTarget} from '../journal/targets.js';
import {isTimeZone} from './local-time.js';
import {minutesFormats, systemTimeZone, type MinutesFormat} from './render.js';
import type {RecordOptions} from './build-record.js';

/*
The options of `council export` that choose what the summary record covers and
how it is written, read in one place so export.ts stays a thin command.
*/

export const exportOptionSpecs: readonly OptionSpec[] = [
	{name: 'format', type: 'string', valueName: 'docx|md|json|text', description: 'the format'},
	{name: 'meeting', type: 'string', valueName: 'N', description: 'only meeting N of the journal'},
	{name: 'item', type: 'string', valueName: 'NUMBER', description: 'only this agenda item'},
	{name: 'time-zone', type: 'string', valueName: 'ZONE', description: 'the zone of the times (default: this machine\'s)'},
];

export type ExportChoice = {
	readonly format: MinutesFormat;
	readonly timeZone: string;
	readonly meeting?: number;
	readonly item?: string;
};

/** Reads --format, --meeting, --item and --time-zone; a mistake is a UsageError (exit 2). */
export function exportChoice(values: ParsedArgs['values']): ExportChoice {
	const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
	const format = text('format') ?? 'md';
	if (!(minutesFormats as readonly string[]).includes(format)) {
		throw new UsageError(say`unknown format "${format}" (docx, md, json or text)`, 'export');
	}

	const timeZone = text('time-zone') ?? systemTimeZone();
	if (!isTimeZone(timeZone)) {
		throw new UsageError(say`unknown time zone "${timeZone}" (an IANA name such as Europe/Zurich or UTC)`, 'export');
	}

	const meetingText = text('meeting');
	if (meetingText !== undefined && !/^[1-9]\d{0,4}$/.test(meetingText)) {
		throw new UsageError(say`--meeting takes a meeting number (1, 2, ...), not "${meetingText}"`, 'export');
	}

	if (format === 'docx' && text('output') === undefined) {
		throw new UsageError('a .docx is not text: write it to a file with --output FILE', 'export');
	}

	const item = text('item');
	return {
		format: format as MinutesFormat,
		timeZone,
		...(meetingText === undefined ? {} : {meeting: Number(meetingText)}),
		...(item === undefined ? {} : {item}),
	};
}

/** The record's options, with --item resolved against the dataset (an unknown item is refused, exit 1). */
export function recordOptionsOf(choice: ExportChoice, index: DatasetIndex): {ok: true; options: RecordOptions} | {ok: false; message: string} {
	const base = {timeZone: choice.timeZone, ...(choice.meeting === undefined ? {} : {meeting: choice.meeting})};
	if (choice.item === undefined) {
		return {ok: true, options: base};
	}

	const resolved = resolveTarget(index, choice.item, ['agenda-item']);
	return resolved.ok ? {ok: true, options: {...base, item: resolved.value}} : {ok: false, message: resolved.message};
}
