import {t, tLine} from '../i18n/translate.js';
import {DocxRefused, docxToText} from './docx-to-text.js';

/*
Bytes of an input file → the text the pipeline reads, or one clear reason why
not. A .docx is a zip archive (it starts "PK\x03\x04"); anything else must be
UTF-8 text. Word's old binary .doc, PDFs and images are refused by name, with
what to do instead.
*/

export type InputText =
	| {readonly ok: true; readonly text: string; readonly format: 'docx' | 'text'; readonly notes: readonly string[]}
	| {readonly ok: false; readonly message: string};

const zipMagic = [0x50, 0x4B, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	return magic.every((byte, index) => bytes[index] === byte);
}

function binaryKind(bytes: Uint8Array): string | undefined {
	if (startsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0])) {
		return 'an old binary Word (.doc) file: save it as .docx first';
	}

	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
		return 'a PDF: import the .docx or its text export instead';
	}

	return undefined;
}

export async function inputText(bytes: Uint8Array, name: string): Promise<InputText> {
	if (bytes.length === 0) {
		return {ok: false, message: t('cli.import-note.file-empty')};
	}

	if (startsWith(bytes, zipMagic)) {
		try {
			const {text, messages} = await docxToText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
			return {ok: true, text, format: 'docx', notes: messages};
		} catch (error: unknown) {
			if (error instanceof DocxRefused) {
				return {ok: false, message: tLine('cli.import-note.docx-refused', {reason: error.message})};
			}

			// mammoth walks the XML recursively: an element nested 100,000 deep overflows its stack.
			if (error instanceof RangeError && /call stack/i.test(error.message)) {
				return {ok: false, message: t('cli.import-note.docx-too-deep')};
			}

			const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
			return {ok: false, message: tLine('cli.import-note.docx-unreadable', {reason: reason ?? 'unknown error'})};
		}
	}

	if (/\.docx$/i.test(name)) {
		return {ok: false, message: t('cli.import-note.not-zip')};
	}

	const kind = binaryKind(bytes);
	if (kind !== undefined) {
		return {ok: false, message: tLine('cli.import-note.binary-kind', {kind})};
	}

	let text: string;
	try {
		text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		return {ok: false, message: t('cli.import-note.not-utf8')};
	}

	if (text.slice(0, 65_536).includes('\u0000')) {
		return {ok: false, message: t('cli.import-note.binary')};
	}

	if (text.trim() === '') {
		return {ok: false, message: t('cli.import-note.no-text-file')};
	}

	return {ok: true, text, format: 'text', notes: []};
}

/**
Repeated warnings as one line each with their count, in the order first seen:
a document of 194,009 identical unplaced lines gives one warning, not 194,009.

@example
```
countRepeats(['a', 'b', 'a']); //=> [{message: 'a', count: 2}, {message: 'b', count: 1}]
```
*/
export function countRepeats(messages: readonly string[]): Array<{readonly message: string; readonly count: number}> {
	const counts = new Map<string, number>();
	for (const message of messages) {
		counts.set(message, (counts.get(message) ?? 0) + 1);
	}

	return [...counts].map(([message, count]) => ({message, count}));
}

/** "warning" or "warning (×194,009)". */
export function warningWord(count: number): string {
	return count === 1 ? 'warning' : `warning (×${count.toLocaleString('en-US')})`;
}
