import {z} from 'zod';
import {dataset} from './schema.js';

/*
The JSON Schema of a dataset file, generated from the zod schema so that the two
cannot disagree. The input side: fields with a default (status, the optional
collections) are optional in a file. `npm run schema` writes it to
data/schema.json, which the bundled dataset names in "$schema" so that editors
validate and complete dataset files; a test fails when the committed file is stale.
*/
export function datasetJsonSchema(): string {
	const {$schema, ...schema} = z.toJSONSchema(dataset, {io: 'input', target: 'draft-2020-12'});
	const document = {
		$schema,
		title: 'Council dataset',
		description: 'A Council session: agenda items, documents, instruments, resolutions, reports, proposals, principles, delegations and positions. Entities refer to one another by id.',
		...schema,
	};
	return `${JSON.stringify(document, null, '\t')}\n`;
}
