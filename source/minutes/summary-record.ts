import type {Stance} from '../dataset/schema.js';
import type {DecisionOutcome, OutcomeKind} from '../outcomes/outcome-kinds.js';
import type {Majority, VoteOption} from '../outcomes/votes.js';

/*
The summary record of a meeting (or of the whole session): one model, built by
pure code from the dataset and the replayed journal (build-record.ts), which
every format renders (docx, md, json, text). It is also exactly the JSON of
`council export --format json`, so it holds only JSON values and is
deterministic: the same dataset, journal and options give the same bytes.

Names follow Popolo and Open Civic Data where they fit (DOMAIN.md): the meeting
is an OCD Event, a statement a Popolo Speech (creator, role, text, date), a
decision a Motion (text, classification, requirement, result) with its
VoteEvents (counts and votes, OCD options yes/no/abstain/absent).

The reader's text (`paragraphs`) holds no internal id and no author: audit
detail is in `audit` and the entry ids beside each paragraph, which the
renderers put in an appendix.
*/

export type RecordDocument = {
	/** "C99/42", or null for a document without a symbol. */
	readonly symbol: string | null;
	readonly title: string | null;
	/** The source line: "Report by the Secretary-General", "The Administration of ...". */
	readonly source: string;
	/** The table of subjects' text for it: symbol and title. */
	readonly label: string;
};

export type ParagraphKind = 'introduction' | 'proposals' | 'statement' | 'position' | 'decision' | 'vote';

export type RecordParagraph = {
	/** "2.3": the item's order in this record, then the paragraph's. */
	readonly number: string;
	readonly kind: ParagraphKind;
	/** Set for a decision: its text (and number), shown in bold before `text`. */
	readonly lead?: string;
	/** Plain text (renderers escape it); may hold newlines where the decision's own text had them. */
	readonly text: string;
	/** A list under the paragraph (a proposal's principles), plain text. */
	readonly list?: readonly string[];
	/** Journal entries the paragraph comes from (audit; not in the reader's text). */
	readonly entries: readonly string[];
};

export type Speech = {
	readonly creator: string;
	readonly role: 'councillor' | 'observer' | 'secretariat' | 'representative';
	readonly text: string;
	/** Local ISO time with offset. */
	readonly date: string;
	readonly stance: Stance | null;
	readonly entry: string;
};

export type RecordPosition = {
	readonly delegation: string;
	readonly stance: Stance;
	/** What it is on: "Document C99/11", "proposal 1) of Document C99/42". */
	readonly on: string;
	readonly note: string | null;
	readonly source: 'dataset' | 'journal';
	readonly date: string | null;
	readonly entry: string | null;
};

export type VoteEvent = {
	readonly startDate: string;
	/** OCD: "pass" or "fail", by the majority rule. */
	readonly result: 'pass' | 'fail';
	readonly requirement: Majority;
	readonly counts: ReadonlyArray<{readonly option: VoteOption; readonly value: number}>;
	/** A roll call's votes in the order called; empty when counted by hand. */
	readonly votes: ReadonlyArray<{readonly voter: string; readonly option: VoteOption}>;
	readonly text: string;
	readonly entry: string;
};

export type Motion = {
	/** The Council's number: "Decision 650 (C25)", or null. */
	readonly identifier: string | null;
	/** What it decided on: "Document C99/11", "proposal 2) of Document C99/42". */
	readonly subject: string;
	readonly text: string;
	readonly classification: readonly OutcomeKind[];
	readonly outcomes: readonly DecisionOutcome[];
	/** "consensus" (no objection in effect), "without-vote" (objections named), or "vote". */
	readonly manner: 'consensus' | 'without-vote' | 'vote';
	readonly result: 'adopted' | 'rejected' | 'decided';
	readonly date: string;
	readonly entry: string;
	/** Earlier versions this decision amends or replaces, oldest first. */
	readonly history: ReadonlyArray<{readonly text: string; readonly date: string; readonly entry: string}>;
	readonly voteEvents: readonly VoteEvent[];
};

export type RecordItem = {
	/** Order taken up in this record, from 1. */
	readonly order: number;
	readonly number: string;
	readonly title: string;
	/** When it was first taken up in this record (local ISO), null when never made current. */
	readonly takenUp: string | null;
	readonly documents: readonly RecordDocument[];
	readonly paragraphs: readonly RecordParagraph[];
	readonly speeches: readonly Speech[];
	readonly positions: readonly RecordPosition[];
	readonly motions: readonly Motion[];
};

export type AuditEntry = {
	readonly id: string;
	/** Local ISO time with offset. */
	readonly time: string;
	readonly author: {readonly name: string; readonly role: string};
	readonly kind: string;
	readonly description: string;
	readonly inEffect: boolean;
};

export type SummaryRecord = {
	readonly format: 'council-summary-record';
	readonly version: 2;
	/** Always true: a generated record is a draft until the secretariat has reviewed it. */
	readonly draft: true;
	/** "Summary record of the first meeting", "Summary record of the session". */
	readonly title: string;
	readonly event: {
		readonly body: string;
		readonly session: string;
		readonly place: string | null;
		/** This meeting's number (1 = the first in the journal), null for the whole session. */
		readonly meeting: number | null;
		/** Meetings the journal holds. */
		readonly meetings: number;
		/** Local dates (YYYY-MM-DD) of the first and last entries covered, null when none. */
		readonly startDate: string | null;
		readonly endDate: string | null;
		/** Local ISO times of the first and last entries covered. */
		readonly start: string | null;
		readonly end: string | null;
		readonly timeZone: string;
		/** Who chaired: the name under which the chair recorded, null when no chair recorded. */
		readonly chair: string | null;
	};
	/** The table of subjects and documents, in the order taken up. */
	readonly subjects: ReadonlyArray<{readonly order: number; readonly number: string; readonly title: string; readonly documents: readonly string[]}>;
	readonly items: readonly RecordItem[];
	/** Interventions and speaking time per delegation in this record, most time first (issue 12); a speech going on counts to the last entry. */
	readonly speakingTime: ReadonlyArray<{readonly delegation: string; readonly interventions: number; readonly seconds: number}>;
	/** Agenda items nothing was recorded on in this record, "PL 1.04 Title". */
	readonly notTakenUp: readonly string[];
	readonly audit: {
		readonly journal: {
			readonly entries: number;
			readonly first: string | null;
			readonly last: string | null;
			readonly skippedLines: number;
			readonly ignoredEntries: number;
		};
		readonly entries: readonly AuditEntry[];
	};
};
