import type {Action, ActionKind} from '../dataset/schema.js';

/*
"The Council is invited to approve the attached draft resolution and to take note
of this report" asks two things: one action per "to <verb>" clause, each with its
kind; "The Council is requested to note ... / The Council is also requested to
approve ..." two sentences, two actions. The decisive verb wins within a clause
("review and approve" is approve). The verbs are the template's in the six
languages ("Le Conseil est invité à approuver", "请理事会批准").
*/

const kinds: ReadonlyArray<[ActionKind, RegExp]> = [
	['approve', /\b(?:approve|endorse)\b|approuver|aprobar|утвердить|одобрить|批准|核准|الموافقة|إقرار/iu],
	['adopt', /\badopt\b|adopter|adoptar|(?<!к сведению\s)принять(?!\s+к\s+сведению)|通过|اعتماد/iu],
	['elect', /\b(?:elect|appoint)\b|élire|nommer|elegir|nombrar|избрать|назначить|选举|انتخاب/iu],
	['take-note', /\b(?:take note|note)\b|prendre note|tomar nota|принять к сведению|注意到|注意|الإحاطة علماً|الإحاطة علما/iu],
	['decide', /\bdecide\b|décider|decidir|принять решение|решить|决定|تقرر|البت/iu],
	['consider', /\b(?:consider|review|examine|discuss)\b|examiner|considérer|examinar|considerar|рассмотреть|审议|审查|النظر|بحث/iu],
];

const verbs = 'approve|adopt|endorse|elect|appoint|decide|take note|note|consider|review|examine|discuss|approuver|adopter|prendre note|examiner|décider|aprobar|adoptar|tomar nota|examinar|considerar|decidir|утвердить|одобрить|принять|рассмотреть|решить';
const clauseBreak = new RegExp(`,?\\s+(?:and\\s+(?=to\\s+)|et\\s+(?=(?:à|d['’])\\s*)|y\\s+(?=a\\s+)|и\\s+(?=(?:${verbs})))(?=(?:to|à|d['’]|a)?\\s*(?:${verbs})(?!\\p{L}))|(?<=[。.])\\s*(?=(?:The\\s+)?Council\\s+is\\b|Le\\s+Conseil\\s+est\\b|Se\\s+invita\\b|Совету\\b|请理事会)|并(?=批准|通过|注意|审议|核准)|\\s+و(?=الموافقة|اعتماد|النظر|الإحاطة)`, 'iu');

export function actionKindOf(wording: string): ActionKind {
	return kinds.find(([, pattern]) => pattern.test(wording))?.[0] ?? 'other';
}

/** "The Council is invited:" followed by "- to approve ...;" lines: the lead-in opens each of them. */
function joinLeadIns(lines: readonly string[]): string[] {
	const joined: string[] = [];
	let lead: string | undefined;
	for (const line of lines) {
		const item = line.replace(/^[-–•·]\s*|^[a-z\d]\)\s*/, '');
		if (/[:：]$/u.test(line) && actionKindOf(line) === 'other') {
			lead = line;
		} else {
			joined.push(lead === undefined ? line : `${lead} ${item}`);
		}
	}

	// A lead-in with nothing after it is still what the document says.
	if (lead !== undefined && joined.length === 0) {
		joined.push(lead);
	}

	return joined;
}

export function parseActions(lines: readonly string[]): Action[] {
	return joinLeadIns(lines).flatMap(line => line.split(clauseBreak))
		.map(wording => wording.trim())
		.filter(wording => wording !== '')
		.map(wording => ({kind: actionKindOf(wording), wording}));
}

const rank: readonly ActionKind[] = ['adopt', 'approve', 'elect', 'decide', 'take-note', 'consider', 'other'];

/** The agenda item's action for all a document asks: the most decisive kind, the whole wording. */
export function itemAction(actions: readonly Action[], wording: string): Action {
	const kind = rank.find(candidate => actions.some(action => action.kind === candidate)) ?? 'other';
	return {kind, wording};
}
