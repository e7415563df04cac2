import mammoth from 'mammoth';
import {maxDocxExpandedBytes} from '../io/limits.js';
import {zipExpansionProblem} from '../io/zip-sizes.js';

/*
A .docx → the same plain-text form as the Word export the seed is (so one
pipeline reads both). mammoth's convertToHtml is used rather than
extractRawText because the raw text loses what the importer needs: footnotes
(the HTML keeps them as a list with links from where they are cited), list
structure (bullets and numbered items, whose "•" and "1)" Word draws from
numbering, not text) and tables. mammoth's HTML is small and regular (p, h1-h6,
ul/ol/li, table/tr/td, sup/a, strong/em, br, img), so a tag split is enough here.
*/

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00A0'};

function decode(value: string): string {
	return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X')) {
			return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
		}

		if (name.startsWith('#')) {
			return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
		}

		return entities[name.toLowerCase()] ?? whole;
	});
}

function plain(html: string): string {
	return decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** A .docx refused before it is expanded (too large once inflated, or lying about its sizes). */
export class DocxRefused extends Error {
	override readonly name = 'DocxRefused';
}

export type DocxText = {readonly text: string; readonly messages: readonly string[]};

/** Converts a .docx held in memory; throws what mammoth throws for a file that is not one. */
export async function docxToText(buffer: Buffer): Promise<DocxText> {
	// Sizes first: mammoth inflates every part into memory.
	const tooLarge = zipExpansionProblem(buffer, maxDocxExpandedBytes);
	if (tooLarge !== undefined) {
		throw new DocxRefused(tooLarge.message);
	}

	const result = await mammoth.convertToHtml({buffer});
	return {text: htmlToExportText(result.value), messages: result.messages.filter(message => message.type === 'error').map(message => message.message)};
}

/** mammoth's HTML → lines in the export's form: `[footnoteRef:N]`, `[N: body]`, "•\t", "1)\t", cells joined by " | ". */
export function htmlToExportText(html: string): string {
	// Footnote and endnote bodies, without their "↑" back-link.
	const bodies = new Map<string, string>();
	let rest = html.replace(/<li id="((?:footnote|endnote)-[^"]+)">([\s\S]*?)<\/li>/g, (_whole, id: string, body: string) => {
		bodies.set(id, plain(body.replace(/<a href="#(?:footnote|endnote)-ref-[^"]*">[\s\S]*?<\/a>/g, '')));
		return '';
	});

	// Word numbers footnotes in the order they are cited; so do we.
	const numbers = new Map<string, number>();
	rest = rest.replace(/<sup><a href="#((?:footnote|endnote)-[^"]+)"[^>]*>[\s\S]*?<\/a><\/sup>/g, (_whole, id: string) => {
		let number = numbers.get(id);
		if (number === undefined) {
			number = numbers.size + 1;
			numbers.set(id, number);
		}

		return `\u0001${id}\u0001`;
	});

	const lines: string[] = [];
	const lists: Array<{ordered: boolean; count: number}> = [];
	let line = '';
	// Word numbers "1)" ... "2)" across a bulleted list between them; mammoth closes the
	// <ol> for the bullets and opens a new one, so the count carries over until a paragraph.
	let carried = 0;
	let cells: string[] | undefined;
	let cell: string | undefined;

	const flush = (): void => {
		if (cell !== undefined) {
			cell += ' ';
			return;
		}

		// Footnote bodies follow the paragraph that cites them, as the export writes them.
		const notes: string[] = [];
		const text = line.replace(/\u0001([^\u0001]+)\u0001/g, (_whole, id: string) => {
			const number = numbers.get(id) ?? 0;
			notes.push(`[${number}: ${bodies.get(id) ?? ''}]`);
			return `[footnoteRef:${number}]`;
		});
		if (text.trim() !== '') {
			lines.push([text.trim(), ...notes].join(' '));
			if (lists.length === 0) {
				carried = 0;
			}
		}

		line = '';
	};

	for (const token of rest.split(/(<[^>]*>)/)) {
		const tag = /^<(\/?)([a-z\d]+)/i.exec(token);
		if (tag === null) {
			if (cell === undefined) {
				line += decode(token);
			} else {
				cell += decode(token);
			}

			continue;
		}

		const closing = tag[1] === '/';
		const name = (tag[2] ?? '').toLowerCase();
		switch (name) {
			case 'p':
			case 'h1':
			case 'h2':
			case 'h3':
			case 'h4':
			case 'h5':
			case 'h6':
			case 'br': {
				flush();
				break;
			}

			case 'ul':
			case 'ol': {
				flush();
				if (closing) {
					const list = lists.pop();
					if (list?.ordered === true && lists.length === 0) {
						carried = list.count;
					}
				} else {
					lists.push({ordered: name === 'ol', count: name === 'ol' && lists.length === 0 ? carried : 0});
				}

				break;
			}

			case 'li': {
				flush();
				const list = lists.at(-1);
				if (!closing && list !== undefined) {
					list.count++;
					line = list.ordered ? `${list.count})\t` : '•\t';
				}

				break;
			}

			case 'tr': {
				if (closing && cells !== undefined) {
					line = cells.map(value => value.replace(/\s+/g, ' ').trim()).join(' | ');
					cells = undefined;
					flush();
				} else {
					flush();
					cells = [];
				}

				break;
			}

			case 'td':
			case 'th': {
				if (closing) {
					cells?.push(cell ?? '');
					cell = undefined;
				} else {
					cell = '';
				}

				break;
			}

			default: {
				break;
			}
		}
	}

	flush();
	return lines.join('\n');
}
