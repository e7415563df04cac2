/**
A file-system failure in a few words for the person at the terminal ("no such
file"), never Node's message with its syscall and path. `expected` says what
the file should have been, for when a folder is named instead.
*/
export function fileErrorWords(error: unknown, expected: string): string {
	const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
	switch (code) {
		case 'ENOENT': {
			return 'no such file';
		}

		case 'EISDIR': {
			return `is a folder, not ${expected}`;
		}

		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}

		default: {
			return `cannot be read (${code === '' ? (error instanceof Error ? error.message : String(error)) : code})`;
		}
	}
}
