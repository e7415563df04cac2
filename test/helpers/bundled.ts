import {readFileSync} from 'node:fs';
import {buildIndex, type DatasetIndex} from '../../source/dataset/build-index.js';
import {bundledDatasetPath} from '../../source/dataset/bundled.js';
import {dataset as datasetSchema, type Dataset, type DatasetInput} from '../../source/dataset/schema.js';

/** The bundled dataset parsed with the schema alone: for pure tests that need no loader. */
export function bundledDataset(): Dataset {
	return datasetSchema.parse(JSON.parse(readFileSync(bundledDatasetPath(), 'utf8')));
}

export function bundledIndex(): DatasetIndex {
	return buildIndex(bundledDataset());
}

/** A raw (pre-default) copy of the bundled dataset to modify in a test. */
export function bundledInput(): DatasetInput {
	return JSON.parse(readFileSync(bundledDatasetPath(), 'utf8')) as DatasetInput;
}
