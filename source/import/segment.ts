/*
Clean lines → the blocks of an ITU contribution, by their headings as the
Secretariat's template writes them: a header (session, agenda item, symbol,
date, "Original", source, title), Purpose (or Summary), Action required by the
Council, References, numbered sections ("1 Background", "2 Proposals"), and
inside sections numbered proposals "1)" and bulleted principles "•". A line
that fits nowhere is kept in an unclassified block, never dropped.
*/

import {actionHeading, inlineHeading, referencesHeading, summaryHeading} from './labels.js';
import {parseReferences} from './references.js';

export type ProposalBlock = {
	readonly number: string;
	readonly text: string;
	readonly bullets: string[];
};

export type SectionBlock = {
	readonly number?: string;
	readonly heading: string;
	readonly paragraphs: string[];
	readonly proposals: ProposalBlock[];
};

export type Segments = {
	readonly header: string[];
	readonly purpose: string[];
	readonly action: string[];
	readonly references: string[];
	readonly sections: SectionBlock[];
	readonly unclassified: string[];
};

type Place = 'header' | 'purpose' | 'action' | 'references' | 'section' | 'header-done';

// "1 Background", "2.1 Proposals", "3. Conclusion": a short line without a final full stop.
const numberedHeading = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+([\p{Lu}\p{Lo}][^.;:。；：]{0,90})$/u;
// "1.1 Council 2015 decided ...": a numbered paragraph, never a reference.
const numberedParagraph = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\S.{20,}$/u;
const annexHeading = /^(ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment|ANNEXE|Annexe|ANEXO|Anexo|ПРИЛОЖЕНИЕ|Приложение|附件|الملحق)\b.{0,60}$/u;
// Section headings Word numbers itself (so the number is not in the text).
const plainHeading = /^(?:Background|Introduction|Proposals?|Discussion|Conclusions?|Recommendations?|Next steps|Analysis|Contexte|Historique|Antecedentes|Introducción|Propuestas?|Общие сведения|Введение|Предложения|背景|引言|建议|خلفية|مقدمة)$/iu;
const proposalSection = /propos|propuest|recommend|recomend|conclu|decision|décision|decisi[oó]n|предлож|рекоменд|建议|提案|المقترح|مقترحات|توصيات/iu;
const proposalLine = /^(\d{1,2}|[a-z])\)\s+(.*)$/;
const dateLine = /^\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|[а-я]+я)\b/u;
const bulletLine = /^[•·▪◦●‣○■□-]\s+(.*)$/;

function isHeading(line: string): {number?: string; heading: string} | undefined {
	const numbered = numberedHeading.exec(line);
	if (numbered !== null && numbered[2] !== undefined && numbered[2].split(' ').length <= 12) {
		return {number: numbered[1], heading: numbered[2].trim()};
	}

	if (annexHeading.test(line) || plainHeading.test(line)) {
		return {heading: line};
	}

	return undefined;
}

/** A line that is only references: it starts with one, and what is not a reference is punctuation. */
function isBareReferenceLine(line: string): boolean {
	const references = parseReferences(line, {short: true});
	if (references.length === 0 || (references[0]?.start ?? 1) > 0) {
		return false;
	}

	let rest = line;
	for (const reference of [...references].reverse()) {
		rest = rest.slice(0, reference.start) + rest.slice(reference.end);
	}

	return /^[\s,;.，；。、]*(?:(?:and|et|y|и|和)[\s,;.，；。、]*)*$/u.test(rest);
}

export function segment(lines: readonly string[]): Segments {
	const result: Segments = {header: [], purpose: [], action: [], references: [], sections: [], unclassified: []};
	let place: Place = 'header';
	let section: SectionBlock | undefined;
	let proposal: ProposalBlock | undefined;

	for (const whole of lines) {
		// "Action required: The Council is invited to ..." — the heading and its text on one line.
		const inline = inlineHeading.exec(whole);
		const line = inline === null ? whole : (inline[1] ?? whole);
		const after = inline?.[2];
		if (after !== undefined) {
			place = summaryHeading.test(line) ? 'purpose' : (actionHeading.test(line) ? 'action' : 'references');
			result[place].push(after);
			continue;
		}

		if (summaryHeading.test(line)) {
			place = 'purpose';
			continue;
		}

		if (actionHeading.test(line)) {
			place = 'action';
			continue;
		}

		if (referencesHeading.test(line)) {
			place = 'references';
			continue;
		}

		// A header's date ("2 May 2023") looks like a numbered heading; it is not one.
		const heading = dateLine.test(line) ? undefined : isHeading(line);
		if (heading !== undefined) {
			section = {...heading, paragraphs: [], proposals: []};
			result.sections.push(section);
			proposal = undefined;
			place = 'section';
			continue;
		}

		switch (place) {
			case 'header': {
				result.header.push(line);
				break;
			}

			case 'purpose':
			case 'action': {
				// The References label may be missing: a bare "Documents C19/12,C19/104." line is references.
				if (place === 'action' && isBareReferenceLine(line)) {
					result.references.push(line);
					place = 'references';
				} else {
					result[place].push(line);
				}

				break;
			}

			case 'references': {
				// A numbered paragraph after the references (its heading lost) is no reference.
				if (numberedParagraph.test(line) && /[.。]$/u.test(line)) {
					result.unclassified.push(line);
					place = 'header-done';
				} else {
					result.references.push(line);
				}

				break;
			}

			case 'header-done': {
				result.unclassified.push(line);
				break;
			}

			case 'section': {
				if (section === undefined) {
					result.unclassified.push(line);
					break;
				}

				// "1)" items are proposals in a Proposals (or Recommendations, Conclusions) section;
				// elsewhere a numbered list is text of its section.
				const numbered = proposalSection.test(section.heading) ? proposalLine.exec(line) : null;
				const bullet = bulletLine.exec(line);
				if (numbered !== null) {
					proposal = {number: `${numbered[1] ?? ''})`, text: numbered[2] ?? '', bullets: []};
					section.proposals.push(proposal);
				} else if (bullet !== null && proposal !== undefined) {
					proposal.bullets.push(bullet[1] ?? '');
				} else if (bullet === null && proposal !== undefined && section.proposals.length > 0) {
					// Text after the proposals began, not numbered nor bulleted: kept in the section.
					section.paragraphs.push(line);
				} else {
					section.paragraphs.push(bullet?.[1] ?? line);
				}

				break;
			}
		}
	}

	return result;
}
