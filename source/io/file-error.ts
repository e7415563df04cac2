import {t, type MessageKey} from '../i18n/translate.js';

/*
What the callers say a file should have been ("a dataset file") is English in
their code, as a name for it; it is shown through the catalogue here, so the
callers (and anything that compares these words) stay as they are. Only the
table's phrases type-check, so none can reach the terminal untranslated.
*/
const expectedKeys = {
	'a dataset file': 'notice.file.expected.dataset',
	'a journal file': 'notice.file.expected.journal-file',
	'a journal': 'notice.file.expected.journal',
	'a settings file': 'notice.file.expected.settings',
	'a document': 'notice.file.expected.document',
	'a dataset cache': 'notice.file.expected.cache',
} as const satisfies Readonly<Record<string, MessageKey>>;

/** What a file should have been, named by its English phrase. */
export type ExpectedFile = keyof typeof expectedKeys;

/** What a file should have been, in the interface's language. */
export function expectedWords(expected: ExpectedFile): string {
	return t(expectedKeys[expected]);
}

/**
A file-system failure in a few words for the person at the terminal ("no such
file"), never Node's message with its syscall and path. `expected` says what
the file should have been, for when a folder is named instead.
*/
export function fileErrorWords(error: unknown, expected: ExpectedFile): string {
	const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
	switch (code) {
		case 'ENOENT': {
			return t('notice.file.no-such-file');
		}

		case 'EISDIR': {
			return t('notice.file.folder-not', {expected: expectedWords(expected)});
		}

		case 'EACCES':
		case 'EPERM': {
			return t('notice.file.permission');
		}

		default: {
			return t('notice.file.unreadable', {code: code === '' ? (error instanceof Error ? error.message : String(error)) : code});
		}
	}
}
