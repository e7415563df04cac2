import {readFile, writeFile} from 'node:fs/promises';
import {buildMemberStatesFile, memberStateDelegation} from '../source/dataset/member-states.js';
import {withMemberStates} from '../source/dataset/with-member-states.js';
import type {DatasetInput} from '../source/dataset/schema.js';

/*
`npm run member-states`: regenerate data/member-states.json from
source/dataset/member-states-list.ts and Node's ICU, and give the bundled
data/one-itu.json the same Member States (its own delegations, China's `cn`
with its positions, kept as they are apart from the generated fields).
*/
const listTarget = new URL('../data/member-states.json', import.meta.url);
const file = buildMemberStatesFile();
await writeFile(listTarget, `${JSON.stringify(file, null, 2)}\n`);
process.stdout.write(`wrote ${listTarget.pathname} (${file.memberStates.length} Member States, ICU ${file.icu}, CLDR ${file.cldr})\n`);

const bundledTarget = new URL('../data/one-itu.json', import.meta.url);
const bundled = JSON.parse(await readFile(bundledTarget, 'utf8')) as DatasetInput;
const updated = {...withMemberStates(bundled, file.memberStates.map(state => memberStateDelegation(state))), memberStatesSource: file.source};
await writeFile(bundledTarget, `${JSON.stringify(updated, null, 2)}\n`);
process.stdout.write(`wrote ${bundledTarget.pathname} (${updated.delegations?.length ?? 0} delegations)\n`);
