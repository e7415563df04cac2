import type {Delegation} from '../dataset/schema.js';
import {findMemberState} from './member-states.js';
import {slug} from './references.js';

/*
The source line of a contribution, as the six language versions of the template
write it: "The Administration of the People's Republic of China", "Contribution
from the Russian Federation, the Republic of Armenia, ...", "Contribution by
France, ...", a bare list of Member States ("Federative Republic of Brazil,
Republic of Kenya", "Brazil (Federative Republic of)"), "Note by the
Secretary-General", "Report by the Secretary-General", "Rapport du Secrétaire
général", "秘书长的报告". Without a header (the seed starts at its Purpose) the
purpose sentence names it: "The Administration of ... invites ...".
*/

const secretariat = /Secretary-General|Secretariat|Secrétaire général|Secrétariat|Secretario General|Secretaría|Генеральн\S+ секретар\S+|Секретариат|秘书长|秘书处|الأمين العام|الأمانة/iu;
const sourcePrefix = /^(?:(?:The\s+)?Administrations?\s+of|(?:Contribution|Contributions|Proposals?|Joint\s+contribution)\s+(?:from|by)|Member\s+States\s+of|Contribution\s+(?:de\s+la|de\s+l['’]|du|des|de)|Contribución\s+(?:de\s+la|del|de\s+los|de)|Вклад|Предложени[ея]|مساهمة\s+(?:من|مقدمة من))\s+/iu;
const secretariatLine = /^(?:(?:Note|Report)\s+(?:by|of)\s+the\s+Secretary-General|(?:The\s+)?Secretary-General|(?:Note|Rapport)\s+du\s+Secrétaire\s+général|(?:Nota|Informe)\s+del\s+Secretario\s+General|(?:Записка|Отч[её]т|Доклад)\s+Генерального\s+секретаря|秘书长的(?:报告|说明)|秘书长报告|(?:تقرير|مذكرة)\s+(?:من\s+)?الأمين\s+العام)$/iu;

export function isSourceLine(line: string): boolean {
	if (secretariatLine.test(line) || sourcePrefix.test(line) || /的文稿$/u.test(line)) {
		return true;
	}

	// A bare list of Member States: every name in it is one.
	const {delegations, unknown} = delegationsOf(line);
	return delegations.length > 0 && unknown.length === 0;
}

/** For callers that test a line: a RegExp-like view of isSourceLine. */
export const sourceLine = {test: isSourceLine};

const sourceInPurpose =
	/^((?:The\s+)?Administrations?\s+of\s+.+?|(?:The\s+)?Secretary-General|(?:This|The)\s+(?:report|document|note)(?:\s+by\s+the\s+Secretary-General)?)\s+(?:invites|proposes|submits|presents|requests|informs|provides|seeks|reports|sets out|wishes)\b/;

export function submitterFromPurpose(purpose: string): string | undefined {
	const found = sourceInPurpose.exec(purpose)?.[1];
	if (found === undefined) {
		return undefined;
	}

	// "This document" is the document itself; the Secretariat writes those.
	return /^(?:This|The)\s+(?:report|document|note)/i.test(found) ? 'Secretary-General' : found;
}

export function isSecretariat(wording: string): boolean {
	return secretariat.test(wording);
}

/** "Brazil (Federative Republic of)" → "Federative Republic of Brazil": ITU's list writes names so. */
function uninverted(name: string): string[] {
	const inverted = /^(.+?)\s*\((.+?\s(?:of|de|del|de\s+la))\)$/u.exec(name);
	return inverted === null ? [name] : [name, `${inverted[2] ?? ''} ${inverted[1] ?? ''}`, inverted[1] ?? ''];
}

function stateNamed(name: string): {code: string; name: string} | undefined {
	for (const candidate of uninverted(name)) {
		const state = findMemberState(candidate);
		if (state !== undefined) {
			return state;
		}
	}

	return undefined;
}

/** Member States named by a source line, and the names not found in the table. */
export function delegationsOf(wording: string): {delegations: Delegation[]; unknown: string[]} {
	if (isSecretariat(wording)) {
		return {delegations: [], unknown: []};
	}

	const names = wording.replace(sourcePrefix, '').replace(/[.…]+$/u, '').replace(/的文稿$/u, '');
	// Commas inside "Brazil (Federative Republic of)" do not separate names; "," "and" "et" "y" "и" "和" "、" do.
	const pieces = names.split(/\s*[,，、]\s*(?![^()]*\))|\s+(?:and|et|y|и)\s+|和/u).map(piece => piece.replace(/^(?:the|la|le|l['’]|el)\s+/iu, '').trim()).filter(piece => piece !== '' && piece !== '…' && piece !== '...');
	const delegations: Delegation[] = [];
	const unknown: string[] = [];
	// Greedy: "United Kingdom of Great Britain and Northern Ireland" holds an "and".
	for (let start = 0; start < pieces.length;) {
		let end = pieces.length;
		let state: {code: string; name: string} | undefined;
		for (; end > start; end--) {
			state = stateNamed(pieces.slice(start, end).join(' and '));
			if (state !== undefined) {
				break;
			}
		}

		if (state === undefined) {
			const name = pieces[start] ?? '';
			unknown.push(name);
			delegations.push({id: slug(name) || `state-${delegations.length + 1}`, kind: 'member-state', name});
			start++;
		} else {
			if (!delegations.some(delegation => delegation.id === state.code)) {
				delegations.push({id: state.code, kind: 'member-state', name: state.name});
			}

			start = end;
		}
	}

	return {delegations, unknown};
}
