import os from 'node:os';
import {sanitizeLine} from '../text/sanitize.js';

/** The name this machine's entries carry in the shared journal: COUNCIL_MACHINE, else the host name. */
export function machineName(env: NodeJS.ProcessEnv = process.env): string {
	let name = env['COUNCIL_MACHINE'];
	if (name === undefined || name.trim() === '') {
		try {
			name = os.hostname();
		} catch {
			name = 'unknown';
		}
	}

	return sanitizeLine(name).trim().slice(0, 100) || 'unknown';
}
