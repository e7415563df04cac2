import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {entityLabel} from '../../source/dataset/labels.js';
import {lookup} from '../../source/dataset/lookup.js';
import {targetLabel} from '../../source/journal/describe.js';
import {resolveTarget} from '../../source/journal/targets.js';
import {fixtureIndex} from '../state/fixture.js';
import {temporaryFolder} from '../journal/helpers.js';
import {runCli} from '../journal/processes.js';

/* Issue 8 item 24: a proposal is named with its document, and that name is accepted. */

// Two documents each with a "1)": the case that read "Proposal 1)" twice.
const index = fixtureIndex({edit: input => {
	input.proposals!.push({id: 'prop-4-1', document: 'doc-4', number: '1)', text: 'Another first proposal.'});
}});

describe('8.24: proposals carry their document', () => {
	it('8.24: two proposals 1) of two documents have two labels, on screen, in lookups and in the log', () => {
		const first = index.entities.get('prop-2-1')!;
		const other = index.entities.get('prop-4-1')!;
		expect(entityLabel(first, index.entities)).toBe('C26/12 proposal 1');
		expect(entityLabel(other, index.entities)).toBe('C26/14 proposal 1');
		expect(targetLabel(index, 'prop-4-1')).toBe('proposal 1) of C26/14');
		expect(resolveTarget(index, 'proposal 1) of C26/14', ['proposal'])).toEqual({ok: true, value: 'prop-4-1'});
		const result = lookup(index, 'C26/14 proposal 1');
		expect(result.kind === 'found' ? result.entity.value.id : result.kind).toBe('prop-4-1');
	});

	it('8.24: the TARGET resolver takes the label, "proposal N of DOC", any case and spacing; the bare number is refused', () => {
		expect(resolveTarget(index, 'C26/12 proposal 2', ['agenda-item', 'proposal'])).toEqual({ok: true, value: 'prop-2-2'});
		expect(resolveTarget(index, 'c26/14  PROPOSAL 1', ['agenda-item', 'proposal'])).toEqual({ok: true, value: 'prop-4-1'});
		expect(resolveTarget(index, 'proposal 1 of C26/12', ['agenda-item', 'proposal'])).toEqual({ok: true, value: 'prop-2-1'});
		expect(resolveTarget(index, 'C26/99 proposal 1', ['agenda-item', 'proposal']).ok).toBe(false);
		expect(resolveTarget(index, 'C26/12 proposal 2', ['agenda-item']).ok).toBe(false);
	});

	it('8.24: council lookup and council record accept a proposal by its label (bundled session: no symbol)', async () => {
		const folder = temporaryFolder('council-issue8-labels-');
		const env = {COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder};
		const found = await runCli(['lookup', 'China', 'contribution', 'proposal', '2', '--json'], env);
		expect(found.code).toBe(0);
		expect(JSON.parse(found.stdout)).toMatchObject({result: 'found', entity: {id: 'prop-cn-2', label: 'China contribution proposal 2'}});
		const journal = path.join(folder, 'j.jsonl');
		const recorded = await runCli(['record', 'position', 'China contribution proposal 1', '--delegation', 'cn', '--stance', 'supports', '--journal', journal, '--role', 'secretary', '--author', 'Ana'], env);
		expect(recorded.code).toBe(0);
		expect(recorded.stdout).toContain('proposal 1) of China contribution');
		expect(JSON.parse(readFileSync(journal, 'utf8').trim().split('\n').at(-1)!)).toMatchObject({kind: 'position', payload: {on: 'prop-cn-1'}});
	});
});
