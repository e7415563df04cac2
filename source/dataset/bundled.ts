import {existsSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/*
The bundled dataset sits in data/ at the package root. The code runs either from
source/dataset/ (tests, tsx) or bundled from dist/; walk up to the first folder
holding data/one-itu.json rather than hard-coding the depth.
*/
export function bundledDatasetPath(): string {
	let folder = path.dirname(fileURLToPath(import.meta.url));
	for (let depth = 0; depth < 5; depth++) {
		const candidate = path.join(folder, 'data', 'one-itu.json');
		if (existsSync(candidate)) {
			return candidate;
		}

		folder = path.dirname(folder);
	}

	throw new Error('The bundled dataset data/one-itu.json is missing from the installation.');
}
