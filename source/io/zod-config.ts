import {z} from 'zod';

/*
Zod as every schema of council uses it, set up by each module that builds a schema
(imported for its effect, before any parse). Zod compiles each object schema into
a function on its first parse. A CLI parses one dataset per run, so the
compilation never pays back: the first parse of the bundled dataset takes 10 ms
with it and 3 ms without, and a 5,000-item dataset is no slower without it
(130-145 ms either way, measured in fresh processes). This was set by the dataset
loader, which every start imported; the schemas now load only when something is
validated, so each sets it.
*/
z.config({jitless: true});
