import {t, type MessageKey, type Params} from '../i18n/translate.js';
import {neutralWords} from '../i18n/words/words.js';

/*
A journal line's problem, worded twice from one catalogue key
(source/i18n/problems/): `message` is the catalogue's English, which JSON
output prints the same in every language (council log --json, share log
--json), and `words` the key and parameters, which what a person reads (the
dashboard's footer, council log's warnings) words in the interface's language.
Apart from read-line.ts so the dashboard's footer can word one without the reader.
*/

export type ProblemWords = {readonly key: MessageKey; readonly params: Params};

export type JournalProblem = {
	/** 1-based line number in the file. */
	readonly line: number;
	readonly kind: 'torn' | 'not-json' | 'invalid' | 'duplicate';
	/** The catalogue's English, the same in every language: what JSON output prints. */
	readonly message: string;
	/** The message's key and parameters, for what a person reads (problemText); never in JSON output (problemJson). */
	readonly words?: ProblemWords;
};

/** A problem of line `line`, worded by the catalogue: its English in `message`, its key kept for problemText. */
export function journalProblem(line: number, kind: JournalProblem['kind'], key: MessageKey, params: Params): JournalProblem {
	const all = {line, ...params};
	return {line, kind, message: neutralWords(key, all), words: {key, params: all}};
}

/** A problem as a person reads it, in the interface's language (`say`: t, or tLine for the command line); its English when it has no words (a shared row's, share/rows.ts). */
export function problemText(problem: JournalProblem, say: (key: MessageKey, params?: Params) => string = t): string {
	return problem.words === undefined ? problem.message : say(problem.words.key, problem.words.params);
}

/** A problem as JSON output prints it: line, kind and the English message, as before problems had words. */
export function problemJson(problem: JournalProblem): {line: number; kind: JournalProblem['kind']; message: string} {
	return {line: problem.line, kind: problem.kind, message: problem.message};
}
