/*
Keys a JSON object from a file may not have. `__proto__` assigned anywhere
replaces an object's prototype (and so hides the field from every unknown-field
check); `constructor` and `prototype` name the machinery that lookups by key
would find on any object. None is a field of a dataset or a journal entry, so a
file holding one, as written or once sanitized ("__pro\u0007to__"), is refused
rather than guessed at.
*/

export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
Whether a JSON text may hold a forbidden key: one written as it is, or one that
only becomes forbidden once parsed or sanitized, which needs a \u00XX escape or
a character the sanitizer removes: exactly what `mayNeedSanitizing(text)`
(passed in, as the caller has it already) looks for. False is certain; true
only asks for the walk. `includes` is several times faster than one regular
expression with alternatives on a 50 MB text.
*/
export function mayHoldForbiddenKey(jsonText: string, mayNeedSanitizing: boolean): boolean {
	return mayNeedSanitizing || jsonText.includes('__proto__') || jsonText.includes('constructor') || jsonText.includes('prototype');
}

export type ForbiddenKey = {readonly path: ReadonlyArray<string | number>; readonly key: string};

type Step = {readonly value: unknown; readonly parent: Step | undefined; readonly segment: string | number | undefined};

function pathOf(step: Step): Array<string | number> {
	const path: Array<string | number> = [];
	for (let at: Step | undefined = step; at?.segment !== undefined; at = at.parent) {
		path.push(at.segment);
	}

	return path.reverse();
}

/**
Every forbidden key in a parsed JSON value, with the path to the object holding
it. Iterative, with parent links rather than copied paths: the value may be
nested as deep as a file can make it.
*/
export function findForbiddenKeys(value: unknown): ForbiddenKey[] {
	const found: ForbiddenKey[] = [];
	const stack: Step[] = [{value, parent: undefined, segment: undefined}];
	while (stack.length > 0) {
		const step = stack.pop()!;
		const current = step.value;
		if (Array.isArray(current)) {
			for (let index = current.length - 1; index >= 0; index--) {
				const element: unknown = current[index];
				if (element !== null && typeof element === 'object') {
					stack.push({value: element, parent: step, segment: index});
				}
			}
		} else if (current !== null && typeof current === 'object') {
			const entries = Object.entries(current as Record<string, unknown>);
			for (let index = entries.length - 1; index >= 0; index--) {
				const [key, element] = entries[index]!;
				if (forbiddenKeys.has(key)) {
					found.push({path: pathOf(step), key});
				}

				if (element !== null && typeof element === 'object') {
					stack.push({value: element, parent: step, segment: key});
				}
			}
		}
	}

	return found;
}
