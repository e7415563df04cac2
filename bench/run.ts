import {runAreas, type Area} from './runner.js';

/*
`npm run bench` (after `npm run build`): every area's benchmark in turn. An area
whose file is not there yet is skipped with a note. Name areas to run only
those: `npm run bench -- startup keys`. BENCH_RUNS sets the repetitions where a
bench honours it.
*/
const here = (file: string) => new URL(file, import.meta.url);
const areas: readonly Area[] = [
	{name: 'dataset', file: here('dataset.ts'), exportName: 'benchDataset'},
	{name: 'startup', file: here('startup.ts'), exportName: 'benchStartup'},
	{name: 'keys', file: here('keys.ts'), exportName: 'benchKeys'},
	{name: 'journal', file: here('journal.ts'), exportName: 'benchJournal'},
	{name: 'import', file: here('import.ts'), exportName: 'benchImport'},
	{name: 'floor', file: here('floor.ts'), exportName: 'benchFloor'},
	{name: 'matrix', file: here('matrix.ts'), exportName: 'benchMatrix'},
	{name: 'share', file: here('share.ts'), exportName: 'benchShare'},
];

const selected = process.argv.slice(2);
const failures = await runAreas(areas, selected, text => process.stdout.write(text));
process.exitCode = failures > 0 ? 1 : 0;
