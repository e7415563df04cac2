/*
Keys a JSON object from a file may not have. `__proto__` assigned anywhere
replaces an object's prototype (and so hides the field from every unknown-field
check); `constructor` and `prototype` name the machinery that lookups by key
would find on any object. None is a field of a dataset or a journal entry.

How they are kept out: JSON.parse makes every key an own property, sanitizeDeep
defines (never assigns) the keys it rewrites, so "__pro\u0007to__" stays an own
field named "__proto__"; and every object of the dataset and journal schemas is
strict, so zod reports it as a field that is not allowed. This set only picks
the clearer message. (No pre-scan of the text: three `includes` over a 50 MB
dataset cost 250 ms, and the strict schemas already see every own key.)
*/

export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a forbidden key is refused, for the message that names it. */
export function forbiddenKeyMessage(key: string): string {
	return `the field name "${key}" is not allowed (it could replace the object's prototype)`;
}
