// zod's namespace (`z.locales`, `z.core.locales`) re-exports its ~50 locales, which no
// import can tree-shake: 366 KB of the bundle's 756 KB of zod, parsed on every start.
// council uses only English (zod's default, set by zod/v4/classic/schemas.js), so the
// bundle's `locales` namespace holds English alone; scripts/build.mjs swaps this in.
export {default as en} from 'zod/v4/locales/en.js';
