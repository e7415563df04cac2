import {writeFile} from 'node:fs/promises';
import {datasetJsonSchema} from '../source/dataset/json-schema.js';

// `npm run schema`: regenerate data/schema.json after changing source/dataset/schema.ts.
const target = new URL('../data/schema.json', import.meta.url);
await writeFile(target, datasetJsonSchema());
process.stdout.write(`wrote ${target.pathname}\n`);
