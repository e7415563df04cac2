import {describe, expect, it} from 'vitest';
import {foldFloor} from '../../source/journal/floor/queue.js';
import {nameInSentence, predicate, statementParagraph, statementSentence} from '../../source/journal/floor/statement-text.js';
import {context, give, item, journal} from './fixture.js';

describe('statement text for the summary record', () => {
	it('turns typed clauses into a sentence', () => {
		expect(statementSentence({kind: 'member-state', name: 'Brazil'}, 'councillor', 'supported proposal 1; asked for a cost estimate')).toBe('The councillor from Brazil supported proposal 1 and asked for a cost estimate.');
		expect(statementParagraph('1', 3, statementSentence({kind: 'member-state', name: 'Brazil'}, 'councillor', 'Supported proposal 1; asked for a cost estimate.'))).toBe('1.3 The councillor from Brazil supported proposal 1 and asked for a cost estimate.');
	});

	it('joins three clauses with commas and "and", and keeps acronyms and final punctuation', () => {
		expect(predicate('welcomed the report;  noted progress ; requested ITU to report back;')).toBe('welcomed the report, noted progress and requested ITU to report back.');
		expect(predicate('ITU should lead')).toBe('ITU should lead.');
		expect(predicate('asked whether the cost was known?')).toBe('asked whether the cost was known?');
		expect(predicate(' ; ')).toBe('');
	});

	it('names observers and others as the record does', () => {
		expect(statementSentence({kind: 'observer', name: 'Holy See'}, 'observer', 'spoke on access')).toBe('The observer from the Holy See spoke on access.');
		expect(statementSentence({kind: 'secretariat', name: 'the Secretariat'}, 'observer', 'clarified the figures')).toBe('The representative of the Secretariat clarified the figures.');
		expect(statementSentence({kind: 'member-state', name: 'Mexico'}, 'councillor', '')).toBe('The councillor from Mexico spoke.');
	});

	it('writes "the" before names that take it', () => {
		expect(['United States', 'Russian Federation', 'Republic of Korea', 'Netherlands', 'Brazil', '中国', 'The Gambia'].map(name => nameInSentence(name))).toEqual(['the United States', 'the Russian Federation', 'the Republic of Korea', 'the Netherlands', 'Brazil', '中国', 'the Gambia']);
	});

	it('keeps control characters out', () => {
		expect(predicate('said \u001B[31mred\u001B[0m things\u0007')).not.toMatch(/[\u0000-\u001F\u007F]/);
	});
});

describe('statements in speaking order', () => {
	it('puts a statement typed after later speakers at its speaker\'s place', () => {
		const log = journal()
			.add(give('br'))
			.add(give('cn'))
			.add({type: 'statement', item, delegation: 'cn', text: 'second speaker'})
			.add({type: 'statement', item, delegation: 'br', text: 'first speaker, typed late'})
			.add(give('ch'))
			.add({type: 'statement', item, delegation: 'ch', text: 'third'})
			.add({type: 'statement', item, delegation: 'br', text: 'first speaker again'});
		const state = foldFloor(log.entries, context());
		expect(state.statements.map(statement => statement.text)).toEqual(['first speaker, typed late', 'first speaker again', 'second speaker', 'third']);
		expect(state.statements[0]).toEqual({entryId: 'e4', at: log.entries[3]!.at, time: log.entries[3]!.time, author: {name: 'Secretary', role: 'secretary'}, item, delegation: 'br', text: 'first speaker, typed late'});
	});

	it('places a statement by a delegation that never had the floor where it was typed, and keeps its stance', () => {
		const log = journal().add(give('br')).add({type: 'statement', item, delegation: 'mx', text: 'written statement', stance: 'supports'}).add(give('cn')).add({type: 'statement', item, delegation: 'cn', text: 'after'});
		const state = foldFloor(log.entries, context());
		expect(state.statements.map(statement => [statement.delegation, statement.stance])).toEqual([['mx', 'supports'], ['cn', undefined]]);
	});
});
