import {parseReferences} from './references.js';

/*
A line of the References section may hold several references: "Resolution 130
(Rev. Busan, 2014);Council Resolution 1372;Document C19/30", "Documents
C19/12,C19/104", "القرار 25؛ القرار 1372". Separators inside parentheses
("Decision 482 (C01, last amended C20)") separate nothing.
*/

/** Splits at a separator outside parentheses: "Decision 482 (C01, last amended C20)" is one piece. */
function splitOutside(line: string, separators: string): string[] {
	const pieces: string[] = [];
	let depth = 0;
	let current = '';
	for (const char of line) {
		depth += char === '(' || char === '（' ? 1 : (char === ')' || char === '）' ? -1 : 0);
		if (depth <= 0 && separators.includes(char)) {
			pieces.push(current);
			current = '';
		} else {
			current += char;
		}
	}

	return [...pieces, current].map(piece => piece.trim()).filter(piece => piece !== '');
}

/**
References separated by ";" (with or without a space) or by "," when each piece
is a reference of its own ("Documents C19/12,C19/104"); "Resolutions 25, 71 and
154" stays one.
*/
export function splitReferenceLine(line: string): string[] {
	return splitOutside(line, ';；؛').flatMap(piece => {
		const commas = splitOutside(piece, ',，،');
		const standsAlone = (part: string): boolean => !/^\d/u.test(part) && parseReferences(part, {short: true}).length > 0;
		return commas.length > 1 && commas.every(part => standsAlone(part)) ? commas : [piece];
	});
}
