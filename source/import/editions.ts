import type {Resolution} from '../dataset/schema.js';
import {editionYear} from './references.js';

/*
One resolution, several editions: "Resolution 25 (Rev. Busan, 2014)" and
"Resolution 25 (Rev. Bucharest, 2022)" are the same resolution, revised. Two
citations are of the same edition when they give the same year (the words differ
from language to language: "Rév. Busan, 2014", "2014年,釜山,修订版"). The
resolution's `revision` is its newest edition; `editions` lists them, newest
first, with the documents citing each, once more than one is known.
*/

type Edition = NonNullable<Resolution['editions']>[number];

function sameEdition(a: string, b: string): boolean {
	const yearA = editionYear(a);
	const yearB = editionYear(b);
	return yearA !== undefined && yearA === yearB ? true : a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

function byNewest(a: Edition, b: Edition): number {
	return (b.year ?? 0) - (a.year ?? 0);
}

function editionOf(revision: string, documents: string[]): Edition {
	const year = editionYear(revision);
	return {revision, ...(year === undefined ? {} : {year}), documents};
}

/**
Records that `document` cites `revision` of `resolution` (mutates it). `others`
gives the documents already citing the resolution, credited to its current revision
when a second edition first appears.
*/
export function addEdition(resolution: Resolution, revision: string | undefined, document: string | undefined, others: () => readonly string[] = () => []): void {
	if (revision === undefined) {
		return;
	}

	if (resolution.revision === undefined) {
		resolution.revision = revision;
		return;
	}

	if (resolution.editions === undefined) {
		if (sameEdition(resolution.revision, revision)) {
			return;
		}

		resolution.editions = [editionOf(resolution.revision, [...others()])];
	}

	const editions = resolution.editions;
	const known = editions.find(edition => sameEdition(edition.revision, revision));
	if (known === undefined) {
		editions.push(editionOf(revision, document === undefined ? [] : [document]));
	} else if (document !== undefined && !known.documents.includes(document)) {
		known.documents.push(document);
	}

	editions.sort(byNewest);
	resolution.revision = editions[0]?.revision ?? resolution.revision;
}
