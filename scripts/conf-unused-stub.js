// conf imports ajv, ajv-formats and semver at its top but uses them only for a JSON
// Schema (its `schema` option) and for migrations, neither of which council passes:
// settings are checked by zod. Bundled, they cost every start the compiling and
// evaluating of ajv; this module stands in for all three and fails loudly should
// conf ever reach them.
function unused() {
	throw new Error('council: conf reached ajv or semver, which scripts/build.mjs leaves out of the bundle');
}

export class Ajv2020 {
	constructor() {
		unused();
	}
}

export default Object.assign(unused, {eq: unused, clean: unused, satisfies: unused, lte: unused, gt: unused});
