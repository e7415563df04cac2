import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {root, workspace} from './helpers.js';

/*
The README's "Preparing a session" walk-through, run as written: each `$ council …`
line in a fresh folder, in order, its output (stdout, then stderr, then
"(exit N)" when not 0) compared with the lines under it, "…" matching what
differs on every run.
*/

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const start = '<!-- prepare:start (walked through by test/prepare/readme.test.ts) -->';
const end = '<!-- prepare:end -->';

type Step = {readonly command: string; readonly expected: string};

function steps(): Step[] {
	const block = readme.slice(readme.indexOf(start) + start.length, readme.indexOf(end));
	const body = /```console\n([\s\S]*?)```/.exec(block)?.[1] ?? '';
	const result: Array<{command: string; lines: string[]}> = [];
	for (const line of body.split('\n')) {
		if (line.startsWith('$ ')) {
			result.push({command: line.slice(2), lines: []});
		} else {
			result.at(-1)?.lines.push(line);
		}
	}

	return result.map(({command, lines}) => ({command, expected: lines.join('\n').replace(/\n+$/, '')}));
}

/** Words of a command line: double quotes group, nothing else is special (the README's commands need no more). */
function words(command: string): string[] {
	return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map(match => match[1] ?? match[2] ?? '');
}

function pattern(expected: string): RegExp {
	return new RegExp(`^${expected.split('…').map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?')}$`);
}

describe('README: Preparing a session', () => {
	it('has a walk-through', () => {
		expect(readme.includes(start) && readme.includes(end)).toBe(true);
		expect(steps().length).toBeGreaterThan(8);
	});

	it('runs as written, step by step', async () => {
		const {run} = workspace('council-readme-');
		for (const step of steps()) {
			const [program, ...args] = words(step.command);
			expect(program).toBe('council');
			const result = await run(...args);
			const output = `${result.stdout}${result.stderr}${result.code === 0 ? '' : `(exit ${result.code})\n`}`.replace(/\n+$/, '');
			expect({command: step.command, output}).toEqual({command: step.command, output: expect.stringMatching(pattern(step.expected))});
		}
	});
});
