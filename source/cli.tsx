/*
The entry: as thin as it can be. Ink's chalk reads FORCE_COLOR once, when it is
first imported, and ignores NO_COLOR (../shared/INK-NOTES.md), so the
translation happens here, before anything else is imported: everything below is
a dynamic import, but for the last-resort error handler (no colour in it).
*/
import {installLastResort} from './cli/last-resort.js';

installLastResort();
if (process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '') {
	process.env['FORCE_COLOR'] = '0';
}

const [{main}, {processIo}] = await Promise.all([import('./cli/main.js'), import('./commands/io.js')]);
process.exitCode = await main(process.argv.slice(2), processIo(), {isInteractive: Boolean(process.stdin.isTTY)});
