import {afterAll, describe, expect, it} from 'vitest';
import {keysLine} from '../../source/format/footer.js';
import {fit, segment, type Line} from '../../source/format/line.js';
import {bindingKey, keyFooterText} from '../../source/i18n/key-words.js';
import {setLanguage, t} from '../../source/i18n/translate.js';
import {contexts, type CommandId, type Context, type RecordingFormKind} from '../../source/keymap/bindings.js';
import {footerBindings, keymap, recordingCommands, type Binding} from '../../source/keymap/keymap.js';
import {displayWidth} from '../../source/text/width.js';

/*
The footer's keys and the bindings' catalogue keys are worked out once per call
and once per table (they were worked out again for every binding at every drop,
3-4 ms of the first frame): the answers are those of the definitions they replace,
written here as they were.
*/

afterAll(() => {
	setLanguage('en');
});

function bindingKeyAsDefined(binding: Binding): string {
	const same = keymap.filter(other => other.command === binding.command);
	const position = same.indexOf(binding);
	return position <= 0 ? binding.command : `${binding.command}-${position + 1}`;
}

const essential = new Set<CommandId>(['help', 'quit']);

function keysLineAsDefined(context: Context, width: number, disabled?: ReadonlySet<CommandId>, form?: RecordingFormKind): Line {
	const all = footerBindings(context, form);
	const shown = disabled === undefined ? all : all.filter(binding => !disabled.has(binding.command));
	const bindings = [...shown.filter(binding => !essential.has(binding.command)), ...shown.filter(binding => essential.has(binding.command))];
	const refusedLabels = all.filter(binding => disabled?.has(binding.command) === true).map(binding => binding.label);
	const refused = refusedLabels.length === 0 ? '' : `  ${t('footer.viewers-cannot-record', {keys: refusedLabels.join(' ')})}`;
	const total = () => displayWidth(refused) + bindings.reduce((sum, binding, position) => sum + (position === 0 ? 0 : 2) + displayWidth(keyFooterText(binding)), 0);
	while (total() > width) {
		let drop = -1;
		for (const [position, binding] of bindings.entries()) {
			if (!essential.has(binding.command) && (drop === -1 || (binding.priority ?? 5) >= (bindings[drop]!.priority ?? 5))) {
				drop = position;
			}
		}

		if (drop === -1) {
			break;
		}

		bindings.splice(drop, 1);
	}

	const parts = bindings.flatMap((binding, position) => [segment(position === 0 ? '' : '  '), segment(keyFooterText(binding), 'key')]);
	if (refused !== '') {
		parts.push(segment(refused, 'dim'));
	}

	return fit(parts, width);
}

describe('bindingKey', () => {
	it('is each binding\'s place among its command\'s bindings, for the whole table', () => {
		const seconds = keymap.filter(binding => bindingKeyAsDefined(binding) !== binding.command);
		expect(seconds.length).toBeGreaterThan(0);
		for (const binding of keymap) {
			expect(bindingKey(binding)).toBe(bindingKeyAsDefined(binding));
		}

		// A binding not in the table is its command's.
		const [first] = keymap;
		expect(bindingKey({...first!})).toBe(first!.command);
	});
});

describe('keysLine', () => {
	const forms: Array<RecordingFormKind | undefined> = [undefined, 'decision', 'status', 'position', 'undo', 'vote'];
	for (const language of ['en', 'fr', 'ar', 'zh'] as const) {
		it(`is the line the definition gives, every context, form and width from 10 to 200 (${language})`, () => {
			setLanguage(language);
			for (const context of contexts) {
				for (const form of context === 'record' ? forms : [undefined]) {
					for (const disabled of [undefined, recordingCommands]) {
						for (let width = 10; width <= 200; width++) {
							expect(keysLine(context, width, disabled, form)).toEqual(keysLineAsDefined(context, width, disabled, form));
						}
					}
				}
			}
		});
	}
});
