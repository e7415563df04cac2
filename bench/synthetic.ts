import {mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {
	AgendaItem,
	Dataset,
	Delegation,
	DocumentEntity,
	Position,
	Principle,
	Proposal,
	Resolution,
} from '../source/dataset/schema.js';
import {actionKinds, itemStatuses, stances} from '../source/dataset/schema.js';
import {seededRandom as random} from '../test/helpers/seeded-random.js';

/*
A synthetic Council session, large and valid, for benchmarks and tests: the
dataset benchmark (10,000 items), the dashboard and start-up benchmarks (5,000
items, 200 delegations, 20,000 positions). Deterministic (a seeded generator),
so two runs measure the same data. Every entity is marked illustrative.

Names are multilingual on purpose: CJK titles are two columns wide, Arabic and
Cyrillic exercise the width code, and one delegation in seven has names in all
six official languages.
*/

export type SyntheticOptions = {
	readonly items: number;
	readonly delegations?: number;
	readonly positions?: number;
	/** Background paragraphs per document (about 300 characters each); raises the file size. Default 2. */
	readonly paragraphs?: number;
	/** Resolutions to cite; default one per 20 items, at least 10. */
	readonly resolutions?: number;
	readonly seed?: number;
};

const subjects = [
	'Strategic plan for the Union',
	'Financial plan and budget',
	'Strengthening the regional presence',
	'Bridging the digital divide',
	'Cybersecurity and confidence in the use of ICTs',
	'Human resources management',
	'Headquarters premises project',
	'Gender equality and mainstreaming',
	'Languages: equal treatment of the six official languages',
	'Internal audit and oversight',
] as const;

const multilingualTitles = [
	'统一的国际电联概念的实施',
	'تعزيز الحضور الإقليمي للاتحاد',
	'Стратегический план Союза',
	'Plan financier de l\'Union',
	'Plan estratégico de la Unión',
] as const;

const countries: ReadonlyArray<{en: string; names?: Delegation['names']}> = [
	{en: 'China', names: {ar: 'الصين', zh: '中国', en: 'China', fr: 'Chine', ru: 'Китай', es: 'China'}},
	{en: 'France', names: {ar: 'فرنسا', zh: '法国', en: 'France', fr: 'France', ru: 'Франция', es: 'Francia'}},
	{en: 'Egypt', names: {ar: 'مصر', zh: '埃及', en: 'Egypt', fr: 'Égypte', ru: 'Египет', es: 'Egipto'}},
	{en: 'Russian Federation', names: {ar: 'الاتحاد الروسي', zh: '俄罗斯联邦', en: 'Russian Federation', fr: 'Fédération de Russie', ru: 'Российская Федерация', es: 'Federación de Rusia'}},
	{en: 'Mexico', names: {ar: 'المكسيك', zh: '墨西哥', en: 'Mexico', fr: 'Mexique', ru: 'Мексика', es: 'México'}},
	{en: 'Kenya'},
	{en: 'Brazil'},
];

const filler =
	'The Council is invited to note that the activities described in this document contribute to the implementation of the strategic plan, '
	+ 'and that coordination among the Bureaux and the General Secretariat avoids duplication of work and makes efficient use of resources. ';

function pick<T>(list: readonly T[], next: () => number): T {
	return list[Math.floor(next() * list.length)] as T;
}

function itemNumber(index: number): string {
	// PL 1.01 ... PL 9.99, then ADM 1 ..., so that numbers stay unique at any size.
	if (index < 999) {
		const major = Math.floor(index / 99) + 1;
		const minor = (index % 99) + 1;
		return `PL ${major}.${String(minor).padStart(2, '0')}`;
	}

	return `ADM ${index - 998}`;
}

/** Builds a valid dataset (defaults applied) of the given size. */
export function syntheticDataset(options: SyntheticOptions): Dataset {
	const next = random(options.seed ?? 42);
	const itemCount = options.items;
	const delegationCount = options.delegations ?? 50;
	const positionCount = options.positions ?? 0;
	const paragraphCount = options.paragraphs ?? 2;
	const resolutionCount = options.resolutions ?? Math.max(10, Math.ceil(itemCount / 20));

	const delegations: Delegation[] = Array.from({length: delegationCount}, (_, index) => {
		const country = pick(countries, next);
		const delegation: Delegation = {
			id: `del-${index + 1}`,
			kind: index % 10 === 9 ? 'sector-member' : 'member-state',
			name: `${country.en} ${index + 1}`,
			illustrative: true,
		};
		if (country.names !== undefined && index % 7 === 0) {
			delegation.names = country.names;
		}

		return delegation;
	});

	const resolutions: Resolution[] = Array.from({length: resolutionCount}, (_, index) => ({
		id: `res-pp-${index + 1}`,
		number: index + 1,
		body: 'plenipotentiary',
		revision: 'Rev. Bucharest, 2022',
		title: pick(subjects, next),
		excerpts: [],
	}));

	const agendaItems: AgendaItem[] = [];
	const documents: DocumentEntity[] = [];
	const proposals: Proposal[] = [];
	const principles: Principle[] = [];
	for (let index = 0; index < itemCount; index++) {
		const n = index + 1;
		const kind = pick(actionKinds, next);
		const subject = index % 5 === 0 ? pick(multilingualTitles, next) : pick(subjects, next);
		const resolution = resolutions[index % resolutionCount] as Resolution;
		const documentId = `doc-${n}`;
		const submitter = delegations.length > 0 ? pick(delegations, next) : undefined;
		const wording = `The Council is invited to ${kind === 'take-note' ? 'take note of' : kind} this document.`;

		documents.push({
			id: documentId,
			symbol: `C99/${n}`,
			...(index % 13 === 0 ? {version: 'Rev.1'} : {}),
			submittedBy: submitter === undefined
				? {wording: 'Report by the Secretary-General'}
				: {wording: `The Administration of ${submitter.name}`, delegations: [submitter.id]},
			title: `${subject} (${n})`,
			purpose: `This document reports on ${subject.toLowerCase()} and proposes next steps.`,
			actionRequired: [{kind, wording}],
			references: [{wording: `Resolution ${resolution.number} (Rev. Bucharest, 2022)`, targets: [resolution.id]}],
			sections: [{
				number: '1',
				heading: 'Background',
				paragraphs: Array.from({length: paragraphCount}, (_, paragraph) => ({
					text: `${paragraph + 1}. ${filler}${subject}.`,
					...(paragraph === 0 ? {cites: [resolution.id]} : {}),
				})),
			}],
			footnotes: [],
			illustrative: true,
		});

		if (resolution.excerpts.length < 3) {
			resolution.excerpts.push({document: documentId, lead: 'resolves', text: `to pursue ${subject}`});
		}

		agendaItems.push({
			id: `item-${n}`,
			number: itemNumber(index),
			title: subject,
			documents: [documentId],
			action: {kind, wording},
			status: index % 17 === 0 ? pick(itemStatuses, next) : 'pending',
			illustrative: true,
		});

		if (index % 4 === 0) {
			const proposalId = `prop-${n}`;
			proposals.push({
				id: proposalId,
				document: documentId,
				number: '1)',
				text: `We propose that the Secretary-General report on ${subject.toLowerCase()} to the next session.`,
				asks: {of: 'Secretary-General', what: 'report to the next session'},
				cites: [resolution.id],
			});
			if (index % 8 === 0) {
				principles.push({id: `principle-${n}`, proposal: proposalId, order: 1, title: 'Serve the membership.', text: filler});
			}
		}
	}

	// Positions spread over items and proposals; at most one per delegation and target.
	const targets = [...agendaItems.map(item => item.id), ...proposals.map(proposal => proposal.id)];
	const positions: Position[] = [];
	const seen = new Set<string>();
	const capacity = targets.length * delegations.length;
	for (let attempt = 0; positions.length < Math.min(positionCount, capacity); attempt++) {
		// Random first; if the requested count is near the capacity, sweep every pair.
		const isRandom = attempt < capacity * 4;
		const delegation = isRandom ? pick(delegations, next) : (delegations[Math.floor(attempt / targets.length) % delegations.length] as Delegation);
		const on = isRandom ? pick(targets, next) : (targets[attempt % targets.length] as string);
		const key = `${delegation.id} ${on}`;
		if (seen.has(key)) {
			continue;
		}

		seen.add(key);
		positions.push({
			id: `pos-${positions.length + 1}`,
			delegation: delegation.id,
			on,
			stance: pick(stances, next),
			...(positions.length % 3 === 0 ? {note: 'Requested that its position be reflected in the summary record.'} : {}),
			illustrative: true,
		});
	}

	return {
		formatVersion: 1,
		session: {
			id: 'synthetic-session',
			body: 'ITU Council',
			title: `Synthetic session of ${itemCount} agenda items`,
			start: '2099-06-01',
			end: '2099-06-12',
			place: 'Geneva',
			illustrative: true,
		},
		agendaItems,
		documents,
		instruments: [],
		resolutions,
		reports: [],
		proposals,
		principles,
		delegations,
		positions,
	};
}

/**
Writes a synthetic dataset as JSON in a fresh folder under os.tmpdir() and
returns the file's path and size. The caller removes the folder when done.
*/
export async function writeSyntheticDataset(options: SyntheticOptions): Promise<{path: string; folder: string; bytes: number}> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'council-synthetic-'));
	const file = path.join(folder, `synthetic-${options.items}.json`);
	const text = JSON.stringify(syntheticDataset(options));
	await writeFile(file, text);
	return {path: file, folder, bytes: Buffer.byteLength(text)};
}
