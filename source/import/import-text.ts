import {t, tLine} from '../i18n/translate.js';
import type {DocumentEntity, DocumentReference, Footnote, Principle, Proposal, Section} from '../dataset/schema.js';
import {parseActions} from './actions.js';
import {readHeader} from './header.js';
import {languageOfText} from './labels.js';
import {repairLines} from './repair.js';
import {citesIn, ensureEntity, ensureResolution, type Built} from './entities.js';
import {excerptsIn, titleAfter} from './excerpts.js';
import {normalizeText, splitFootnoteRefs} from './normalize.js';
import {lettered} from './provisions.js';
import {splitReferenceLine} from './reference-lines.js';
import {parseReferences, slug} from './references.js';
import {segment, type SectionBlock} from './segment.js';
import {delegationsOf, isSecretariat, submitterFromPurpose} from './submitter.js';
import {emptyEntries, type ImportResult} from './types.js';

/*
One contribution's text → dataset entries: normalize → segment → map. Pure: no
file, no clock; the same text always gives the same entries and ids. Ids are
derived from what the document says (`res-pp-71`, `cs-art-1`, `pp-22-157`,
`doc-<symbol>` or `doc-<submitter>-<subject>`, `prop-<owner>-<n>`), so a
re-import gives the same ids and the merge can tell it is the same document.
*/

function trimReference(line: string): string {
	return line.replace(/^[-–•]\s*/, '').replace(/(?:[\s;,.；，。]|\band\b)+$/gu, '').trim();
}

/** "Promote the unity ... States. ITU is ..." → title = first sentence, text = the rest. */
function splitPrinciple(value: string): {title: string; text: string} {
	const match = /^(.+?[.!?])\s+(?=["“(]?[A-Z0-9])(.+)$/s.exec(value);
	return match === null ? {title: value, text: value} : {title: match[1] ?? value, text: match[2] ?? value};
}

/** The subject as a phrase ("\"One ITU\" concept") and as an id part ("one-itu"). */
function subjectOf(title: string | undefined, purpose: string): {phrase: string; key: string} {
	if (title !== undefined) {
		const words = title.split(/\s+/).filter(word => !/^(?:on|the|of|a|an|and|for|to|in)$/i.test(word)).slice(0, 4);
		return {phrase: title, key: slug(words.join(' ')) || 'document'};
	}

	const quoted = /[“"]([^"“”]{2,60})[”"](\s+[a-z][\w-]*)?/.exec(purpose);
	if (quoted !== null) {
		return {phrase: `"${quoted[1] ?? ''}"${quoted[2] ?? ''}`, key: slug(quoted[1] ?? '')};
	}

	const words = purpose.replace(/^.*?\b(?:on|regarding|concerning|about)\s+/, '').split(/\s+/).slice(0, 4).join(' ');
	return {phrase: words, key: slug(words) || 'document'};
}

function withOptional<T extends object>(value: T, extra: {cites?: string[]; footnotes?: number[]}): T {
	return {
		...value,
		...(extra.cites === undefined || extra.cites.length === 0 ? {} : {cites: extra.cites}),
		...(extra.footnotes === undefined || extra.footnotes.length === 0 ? {} : {footnotes: extra.footnotes}),
	};
}

function backgroundParagraph(built: Built, line: string, documentId: string): Section['paragraphs'][number] {
	const {text, footnotes} = splitFootnoteRefs(line);
	// A paragraph about one resolution ("Resolution 71 (...), on ..., invites ... "...""): its title and excerpts.
	const named = parseReferences(text).filter(ref => ref.kind === 'resolution');
	const first = named[0];
	if (first?.kind === 'resolution' && named.every(ref => ref.kind === 'resolution' && ref.number === first.number)) {
		const resolution = ensureResolution(built, first);
		const rest = text.slice(first.end);
		const {title, length} = titleAfter(rest);
		if (title !== undefined && resolution.title === undefined) {
			resolution.title = title;
		}

		for (const excerpt of excerptsIn(rest.slice(length))) {
			resolution.excerpts.push({document: documentId, ...excerpt});
		}
	}

	return withOptional({text}, {cites: citesIn(built, text), footnotes});
}

export function importText(raw: string): ImportResult {
	const built: Built = {entries: emptyEntries(), warnings: [], resolutionBy: new Map(), instrumentBy: new Map(), reportBy: new Map(), externals: []};
	const {lines, footnotes: rawFootnotes} = normalizeText(raw);
	if (lines.length === 0) {
		return {entries: built.entries, warnings: [{message: t('cli.import-note.no-text')}]};
	}

	const repaired = repairLines(lines);
	built.warnings.push(...repaired.warnings);
	const segments = segment(repaired.lines);
	const header = readHeader(segments.header);
	const unclassified: string[] = [...repaired.outside, ...header.unclassified, ...segments.unclassified];
	const {symbol, version, title} = header;
	let source = header.source;
	if (header.agendaItem !== undefined && header.agendaItem !== '') {
		built.entries.agendaItem = header.agendaItem;
	}

	if (header.session !== undefined || header.place !== undefined) {
		built.entries.session = {
			...(header.session === undefined ? {} : {title: header.session}),
			...(header.place === undefined ? {} : {place: header.place}),
			...(header.start === undefined ? {} : {start: header.start}),
			...(header.end === undefined ? {} : {end: header.end}),
		};
	}

	// With no Summary heading, the paragraph after the title is the summary.
	const purposeLines = segments.purpose.length === 0 ? header.lead.slice(0, 1) : segments.purpose;
	unclassified.unshift(...(segments.purpose.length === 0 ? header.lead.slice(1) : header.lead));
	const purpose = purposeLines.map(line => splitFootnoteRefs(line).text).join(' ');
	if (purpose === '') {
		built.warnings.push({message: t('cli.import-note.no-summary')});
	}

	source ??= submitterFromPurpose(purpose);
	if (source === undefined) {
		built.warnings.push({message: t('cli.import-note.no-source')});
	}

	const submitter = source ?? 'Not stated in the document';
	const {delegations, unknown} = source === undefined ? {delegations: [], unknown: []} : delegationsOf(submitter);
	for (const name of unknown) {
		built.warnings.push({message: tLine('cli.import-note.not-member-state', {name, id: slug(name)})});
	}

	built.entries.delegations.push(...delegations);
	const owner = symbol === undefined
		? (delegations.map(delegation => delegation.id).join('-') || (isSecretariat(submitter) ? 'sg' : slug(submitter).split('-').slice(0, 3).join('-')) || 'doc')
		: slug(`${symbol} ${version ?? ''}`);
	const subject = subjectOf(title, purpose);
	const documentId = symbol === undefined ? `doc-${owner}-${subject.key}` : `doc-${owner}`;
	built.self = {id: documentId, ...(symbol === undefined ? {} : {symbol}), ...(version === undefined ? {} : {version})};
	const description = symbol === undefined
		? `the contribution from ${delegations.map(delegation => delegation.name).join(', ') || submitter} on the ${subject.phrase}`
		: `Document ${symbol}${version === undefined ? '' : `(${version})`}`;

	const actions = parseActions(segments.action);
	if (segments.action.length > 0) {
		built.entries.actionWording = segments.action.join(' ');
	}

	if (actions.length === 0) {
		built.warnings.push({message: t('cli.import-note.no-action')});
	}

	const references: DocumentReference[] = [];
	for (const line of segments.references.flatMap(line => splitReferenceLine(line))) {
		const wording = trimReference(splitFootnoteRefs(line).text);
		if (wording === '') {
			continue;
		}

		const parsed = parseReferences(wording, {short: true});
		const targets = [...new Set(parsed.map(ref => ensureEntity(built, ref)).filter((id): id is string => id !== undefined))];
		if (targets.length === 0 && parsed.some(ref => ref.kind === 'external')) {
			continue;
		}

		if (targets.length === 0) {
			built.warnings.push({message: tLine('cli.import-note.reference-unrecognised', {wording})});
			unclassified.push(wording);
		} else {
			references.push({wording, targets});
		}
	}

	// Which footnotes each cited passage carries, to find the instrument a footnote lists provisions of.
	const footnoteCiters = new Map<number, string[]>();
	const noteCiters = (footnotes: readonly number[] | undefined, cites: readonly string[] | undefined): void => {
		for (const number of footnotes ?? []) {
			footnoteCiters.set(number, [...(footnoteCiters.get(number) ?? []), ...(cites ?? [])]);
		}
	};

	const sections: Section[] = [];
	let proposalCount = 0;
	let principleCount = 0;
	const mapSection = (block: SectionBlock): void => {
		const paragraphs = block.paragraphs.map(line => backgroundParagraph(built, line, documentId));
		for (const paragraph of paragraphs) {
			noteCiters(paragraph.footnotes, paragraph.cites);
		}

		sections.push({...(block.number === undefined ? {} : {number: block.number}), heading: block.heading, paragraphs});
		for (const block_ of block.proposals) {
			proposalCount++;
			const {text, footnotes} = splitFootnoteRefs(block_.text);
			const id = `prop-${owner}-${proposalCount}`;
			const asks = /^(?:We|[A-Z][\w’' -]{1,60}?)\s+(?:propose|proposes|suggest|suggests|recommend|recommends|request|requests|invite|invites)\s+that\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|on|and|for|the))*?(?:\s+\([^)]*\))?)\s+([a-z].*?)\.?$/s.exec(text);
			const cites = citesIn(built, text);
			noteCiters(footnotes, cites);
			if (footnotes.length > 0) {
				built.warnings.push({message: tLine('cli.import-note.proposal-footnote', {number: block_.number, footnotes: footnotes.join(', ')})});
			}

			const proposal: Proposal = withOptional<Proposal>({
				id,
				document: documentId,
				number: block_.number,
				text,
				...(asks === null ? {} : {asks: {of: asks[1] ?? '', what: asks[2] ?? ''}}),
			}, {cites});
			built.entries.proposals.push(proposal);
			block_.bullets.forEach((bullet, index) => {
				principleCount++;
				const split = splitFootnoteRefs(bullet);
				const {title: principleTitle, text: principleText} = splitPrinciple(split.text);
				const principleCites = citesIn(built, split.text);
				noteCiters(split.footnotes, principleCites);
				const principle: Principle = withOptional<Principle>({
					id: `principle-${owner}-${principleCount}`,
					proposal: id,
					order: index + 1,
					title: principleTitle,
					text: principleText,
				}, {footnotes: split.footnotes, cites: principleCites});
				built.entries.principles.push(principle);
			});
		}
	};

	for (const block of segments.sections) {
		mapSection(block);
	}

	const footnotes: Footnote[] = rawFootnotes.map(footnote => {
		const cites = citesIn(built, footnote.text);
		const provisions = lettered(footnote.text);
		if (provisions.length >= 2) {
			const instruments = [...new Set((footnoteCiters.get(footnote.number) ?? []).filter(id => built.instrumentBy.has(id)))];
			const instrument = instruments.length === 1 ? built.instrumentBy.get(instruments[0] ?? '') : undefined;
			if (instrument === undefined) {
				built.warnings.push({message: tLine('cli.import-note.footnote-provisions', {number: footnote.number})});
			} else {
				if (instrument.provisions.length === 0) {
					instrument.provisions = provisions;
					instrument.source = `Footnote ${footnote.number} of ${description}`;
				}

				cites.push(instrument.id);
			}
		}

		return withOptional<Footnote>({number: footnote.number, text: footnote.text}, {cites: [...new Set(cites)]});
	});

	if (unclassified.length > 0) {
		for (const line of unclassified) {
			built.warnings.push({message: tLine('cli.import-note.unplaced', {line: line.length > 70 ? `${line.slice(0, 70)}…` : line})});
		}

		sections.push({heading: 'Unclassified', paragraphs: unclassified.map(line => {
			const {text, footnotes} = splitFootnoteRefs(line);
			return withOptional({text}, {footnotes});
		})});
	}

	const language = header.language ?? languageOfText(raw);
	const headerFields = {
		...(symbol === undefined && language === 'en' ? {} : {language}),
		...(header.originalLanguage === undefined ? {} : {originalLanguage: header.originalLanguage}),
		...(header.date === undefined ? {} : {date: header.date}),
		...(header.agendaItem === undefined ? {} : {agendaItem: header.agendaItem}),
		...(header.transmittal === undefined ? {} : {transmittal: header.transmittal}),
	};
	const document: DocumentEntity = {
		id: documentId,
		...(symbol === undefined ? {} : {symbol}),
		...(version === undefined ? {} : {version}),
		submittedBy: {wording: submitter, ...(delegations.length === 0 ? {} : {delegations: delegations.map(delegation => delegation.id)})},
		...(title === undefined ? {} : {title}),
		...(header.titleAsWritten === undefined ? {} : {titleAsWritten: header.titleAsWritten}),
		purpose: purpose === '' ? 'Not stated in the document' : purpose,
		actionRequired: actions.length === 0 ? [{kind: 'other', wording: 'Not stated in the document'}] : actions,
		references,
		sections,
		footnotes,
		...headerFields,
		...(built.externals.length === 0 ? {} : {externalReferences: built.externals}),
	};
	// The document first: placeholders for documents it names come after it.
	built.entries.documents.unshift(document);
	return {entries: built.entries, warnings: built.warnings};
}
