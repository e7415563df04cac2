import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {defaultJournalPath, journalFolder, journalLocationText, resolveJournalPath} from '../../source/journal/location.js';
import {matchDelegations, resolveDelegation, resolveOutcome, resolveStance, resolveStatus, resolveTarget} from '../../source/journal/targets.js';
import {fixtureDataset} from './helpers.js';

describe('journal location', () => {
	test('COUNCIL_DATA_DIR moves the data folder; the file is named from the session id', () => {
		const env = {COUNCIL_DATA_DIR: '/srv/council', HOME: '/home/ana'};
		expect(journalFolder(env)).toBe(path.join('/srv/council', 'journals'));
		expect(defaultJournalPath('c99-test', env)).toBe(path.join('/srv/council', 'journals', 'c99-test.jsonl'));
	});

	test('without the override, the platform\'s data folder for "council"', () => {
		const folder = journalFolder({HOME: '/home/ana', XDG_DATA_HOME: ''});
		expect(folder.endsWith(path.join('council', 'journals'))).toBe(true);
	});

	test('--journal wins, relative to the working folder', () => {
		expect(resolveJournalPath({journal: 'minutes/j.jsonl', sessionId: 's', cwd: '/work', env: {COUNCIL_DATA_DIR: '/d'}})).toEqual({path: path.resolve('/work', 'minutes/j.jsonl'), isExplicit: true});
		expect(resolveJournalPath({sessionId: 's', cwd: '/work', env: {COUNCIL_DATA_DIR: '/d'}})).toEqual({path: path.join('/d', 'journals', 's.jsonl'), isExplicit: false});
	});

	test('the line for the help and the screen shortens the home folder', () => {
		const env = {COUNCIL_DATA_DIR: '/home/ana/.council', HOME: '/home/ana'};
		expect(journalLocationText(undefined, env)).toBe('Journal: ~/.council/journals/<session id>.jsonl (--journal PATH to choose another)');
		expect(journalLocationText({path: '/tmp/x.jsonl', isExplicit: true}, env)).toBe('Journal: /tmp/x.jsonl');
	});
});

describe('targets', () => {
	const dataset = fixtureDataset();
	const index = buildIndex(dataset);

	test('agenda items by id or number (with or without the track); proposals by id', () => {
		expect(resolveTarget(index, 'item-budget', ['agenda-item'])).toEqual({ok: true, value: 'item-budget'});
		expect(resolveTarget(index, 'PL 1.02', ['agenda-item'])).toEqual({ok: true, value: 'item-report'});
		expect(resolveTarget(index, 'pl1.03', ['agenda-item', 'proposal'])).toEqual({ok: true, value: 'item-one-itu'});
		expect(resolveTarget(index, '1.01', ['agenda-item'])).toEqual({ok: true, value: 'item-budget'});
		expect(resolveTarget(index, 'prop-2', ['agenda-item', 'proposal'])).toEqual({ok: true, value: 'prop-2'});
		const notAnItem = resolveTarget(index, 'C99/10', ['agenda-item']);
		expect(notAnItem.ok).toBe(false);
		expect(!notAnItem.ok && notAnItem.message).toContain('is C99/10, not an agenda item');
	});

	test('delegations by id or part of a name in any language, accents and case aside', () => {
		expect(resolveDelegation(dataset, 'ch')).toEqual({ok: true, value: 'ch'});
		expect(resolveDelegation(dataset, 'SUISSE')).toEqual({ok: true, value: 'ch'});
		expect(resolveDelegation(dataset, 'Китай')).toEqual({ok: true, value: 'cn'});
		expect(resolveDelegation(dataset, 'emirats')).toEqual({ok: true, value: 'ae'});
		expect(resolveDelegation(dataset, 'United States')).toEqual({ok: true, value: 'us'});
		expect(resolveDelegation(dataset, 'unit').ok).toBe(false);
		expect(resolveDelegation(dataset, '').ok).toBe(false);
		expect(matchDelegations(dataset, 'i').map(delegation => delegation.id)).toEqual(['cn', 'ch', 'us', 'ae']);
		expect(matchDelegations(dataset, 'sui').map(delegation => delegation.id)).toEqual(['ch']);
	});

	test('outcomes, statuses and stances, with the words people type', () => {
		expect(resolveOutcome('Took note')).toEqual({ok: true, value: 'noted'});
		expect(resolveOutcome('referred to a group')).toEqual({ok: true, value: 'referred'});
		expect(resolveOutcome('APPROVED')).toEqual({ok: true, value: 'approved'});
		expect(resolveStatus('under consideration')).toEqual({ok: true, value: 'under-consideration'});
		expect(resolveStance('more information')).toEqual({ok: true, value: 'more-information'});
		expect(resolveStance('support')).toEqual({ok: true, value: 'supports'});
		expect(resolveStance('maybe').ok).toBe(false);
	});
});
