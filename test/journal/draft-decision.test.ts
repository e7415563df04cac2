import {describe, expect, test} from 'vitest';
import {draftDecision} from '../../source/journal/draft-decision.js';
import {bundledDataset} from '../helpers/bundled.js';

describe('draftDecision', () => {
	test.each([
		['approve', 'The Council is invited to approve X.', 'The Council approved X.'],
		['consider', 'The Council is invited to consider the proposals, as appropriate.', 'The Council considered the proposals.'],
		['take-note', 'The Council is invited to take note of this report.', 'The Council took note of the report.'],
		['take-note', 'The Council is invited to take note of the document.', 'The Council took note of the document.'],
		['approve', 'The Council is invited to review and approve the draft budget for 2026-2027.', 'The Council reviewed and approved the draft budget for 2026-2027.'],
		['approve', 'The Council is invited to approve this document.', 'The Council approved the document.'],
		['adopt', 'The Council is invited to adopt the draft resolution in Annex 1.', 'The Council adopted the draft resolution in Annex 1.'],
		['approve', 'The Council is invited to approve the attached draft resolution and to take note of this report and advise as deemed appropriate.', 'The Council approved the attached draft resolution and took note of the report.'],
		['other', 'The Council is requested to refer the matter to the CWG-FHR.', 'The Council referred the matter to the CWG-FHR.'],
		['decide', 'Council is invited to endorse the recommendations, as it deems appropriate.', 'The Council endorsed the recommendations.'],
		['approve', 'To approve the list of candidates', 'The Council approved the list of candidates.'],
	] as const)('%s: %s', (kind, wording, expected) => {
		expect(draftDecision({kind, wording})).toBe(expected);
	});

	test('a wording that is not an invitation falls back on the kind and the subject', () => {
		expect(draftDecision({kind: 'approve', wording: 'Approval of the budget'}, 'Draft budget of the Union')).toBe('The Council approved Draft budget of the Union.');
		expect(draftDecision({kind: 'take-note', wording: 'Information'}, 'the annual report')).toBe('The Council took note of the annual report.');
		expect(draftDecision({kind: 'consider', wording: 'Something else entirely'})).toBe('The Council considered the matter.');
	});

	test('the bundled dataset\'s item gets a usable draft', () => {
		const [item] = bundledDataset().agendaItems;
		expect(draftDecision(item!.action, item!.title)).toBe('The Council considered the proposals.');
	});
});
