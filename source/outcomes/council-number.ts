/*
The number the Council gives a decision or resolution: "Decision 650 (C25)",
"Resolution 1420 (C25)", "Decision 482 (C01, last amended C20)" (DOMAIN.md).
Decisions and resolutions are separate series, so "Decision 650" is not
"Resolution 650". People look them up as they write them: "Decision 650", "Dec.
650", "D 650", "decision 650 (c25)".
*/

export type CouncilNumber = {
	readonly series: 'decision' | 'resolution';
	readonly number: number;
	/** The session that adopted it, "C25", when given. */
	readonly session?: string;
};

const pattern = /^\s*(?:council\s+)?(decision|dec\.?|d|resolution|res\.?|r)\s*(\d{1,5})\s*(?:\(\s*(c\s*\d{2})[^)]*\))?\s*$/i;

/** Reads a Council number as typed; undefined when the text is not one. */
export function parseCouncilNumber(text: string): CouncilNumber | undefined {
	const match = pattern.exec(text);
	if (match === null) {
		return undefined;
	}

	const series = match[1]!.toLowerCase().startsWith('d') ? 'decision' : 'resolution';
	const session = match[3]?.replace(/\s+/g, '').toUpperCase();
	return {series, number: Number(match[2]), ...(session === undefined ? {} : {session})};
}

/** Whether a typed reference names a recorded number: same series and number, and the same session when both give one. */
export function isSameNumber(query: CouncilNumber, recorded: CouncilNumber): boolean {
	return query.series === recorded.series
		&& query.number === recorded.number
		&& (query.session === undefined || recorded.session === undefined || query.session === recorded.session);
}

/** Longest number text accepted: "Decision 482 (C01, last amended C20)" and room to spare. */
export const maxNumberLength = 80;

/** Why a number given to `--number` (or the form) is refused, or undefined when it reads as one. */
export function numberProblem(text: string): string | undefined {
	if (text.trim().length > maxNumberLength) {
		return `the number is longer than ${maxNumberLength} characters`;
	}

	return parseCouncilNumber(text) === undefined ? `"${text.trim()}" is not a Council number such as "Decision 650 (C25)" or "Resolution 1420 (C25)"` : undefined;
}
