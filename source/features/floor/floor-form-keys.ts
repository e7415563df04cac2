import type {Dataset, Stance} from '../../dataset/schema.js';
import {stances} from '../../dataset/vocabulary.js';
import type {FloorEvent, RequestKind} from '../../journal/floor/floor-events.js';
import {maxStatementLength, oneLine} from '../../journal/floor/floor-payloads.js';
import {matchDelegations} from '../../journal/targets.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {t} from '../../i18n/translate.js';
import {checked, closeForm, editing, type FloorOverlay, type FloorStep, type FloorWorld, type PickerForm} from './floor-overlay.js';

/*
The keys of the floor's three forms: the speaker picker (a name in any
language; Tab for a point of order or a right of reply), the statement (one
line and a stance) and the item's planned minutes. Enter checks the event
against the rules before it is recorded, as the list's commands do.
*/

let lastMatches: {readonly dataset: Dataset; readonly query: string; readonly matches: ReturnType<typeof matchDelegations>} | undefined;

/** The delegations the picker's query matches, best first (the last answer is kept: every frame asks it again). */
export function pickerMatches(dataset: Dataset, form: PickerForm) {
	if (lastMatches?.dataset !== dataset || lastMatches.query !== form.query) {
		lastMatches = {dataset, query: form.query, matches: matchDelegations(dataset, form.query)};
	}

	return lastMatches.matches;
}

const requestCycle: readonly RequestKind[] = ['speak', 'point-of-order', 'reply'];

/** A key in a form: `key` is its canonical name, `text` what it typed (printable input). */
export function floorFormKey(overlay: FloorOverlay, key: 'accept' | 'cancel' | 'next-field' | 'backspace' | 'clear' | 'down' | 'up' | 'text', text: string, world: FloorWorld): FloorStep {
	const {form} = overlay;
	if (form === undefined || overlay.phase.kind === 'saving') {
		return {overlay};
	}

	const clear = overlay.phase.kind === 'failed' ? {phase: editing} : {};
	if (key === 'cancel') {
		return {overlay: closeForm(overlay)};
	}

	if (form.kind === 'picker') {
		const matches = pickerMatches(world.dataset, form);
		switch (key) {
			case 'accept': {
				const chosen = matches[form.match];
				if (chosen === undefined) {
					return {overlay: {...overlay, phase: {kind: 'failed', message: t('form.no-delegation', {query: sanitizeLine(form.query)})}}};
				}

				return checked(overlay, world, {type: 'request', item: overlay.item, delegation: chosen.id, kind: form.request});
			}

			case 'next-field': {
				const request = requestCycle[(requestCycle.indexOf(form.request) + 1) % requestCycle.length]!;
				return {overlay: {...overlay, ...clear, form: {...form, request}}};
			}

			case 'down':
			case 'up': {
				const count = matches.length;
				return {overlay: {...overlay, ...clear, form: {...form, match: count === 0 ? 0 : (form.match + (key === 'down' ? 1 : -1) + count) % count}}};
			}

			case 'backspace':
			case 'clear':
			case 'text': {
				const query = key === 'text' ? form.query + sanitizeLine(text) : key === 'clear' ? '' : [...form.query].slice(0, -1).join('');
				return {overlay: {...overlay, ...clear, form: {...form, query: query.slice(0, 100), match: 0}}};
			}
		}
	}

	if (form.kind === 'plan') {
		switch (key) {
			case 'accept': {
				const minutes = Number(form.text);
				return form.text === '' || !Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60
					? {overlay: {...overlay, phase: {kind: 'failed', message: t('floor.type-minutes')}}}
					: checked(overlay, world, {type: 'plan', item: overlay.item, minutes});
			}

			case 'backspace':
			case 'clear':
			case 'text': {
				const typed = key === 'text' ? form.text + text.replace(/[^\d.]/g, '') : key === 'clear' ? '' : form.text.slice(0, -1);
				return {overlay: {...overlay, ...clear, form: {...form, text: typed.slice(0, 7)}}};
			}

			default: {
				return {overlay};
			}
		}
	}

	switch (key) {
		case 'accept': {
			const line = form.text.trim();
			if (line === '') {
				return {overlay: {...overlay, phase: {kind: 'failed', message: t('floor.type-statement')}}};
			}

			const event: FloorEvent = form.stance === undefined
				? {type: 'statement', item: overlay.item, delegation: form.delegation, text: line}
				: {type: 'statement', item: overlay.item, delegation: form.delegation, text: line, stance: form.stance};
			return checked(overlay, world, event);
		}

		case 'next-field': {
			return {overlay: {...overlay, ...clear, form: {...form, field: form.field === 'text' ? 'stance' : 'text'}}};
		}

		case 'down':
		case 'up': {
			return {overlay};
		}

		case 'backspace':
		case 'clear':
		case 'text': {
			if (form.field === 'stance') {
				return {overlay: {...overlay, ...clear, form: {...form, stance: key === 'text' ? stanceOfKey(text, form.stance) : undefined}}};
			}

			const typed = key === 'text' ? form.text + oneLine(sanitizeLine(text)) : key === 'clear' ? '' : [...form.text].slice(0, -1).join('');
			return {overlay: {...overlay, ...clear, form: {...form, text: [...typed].slice(0, maxStatementLength).join('')}}};
		}
	}
}

/** 1-5 or a stance's first letter picks it; 0 or a space clears it. */
function stanceOfKey(text: string, current: Stance | undefined): Stance | undefined {
	if (text === '0' || text === ' ') {
		return undefined;
	}

	const digit = Number(text);
	if (Number.isInteger(digit) && digit >= 1 && digit <= stances.length) {
		return stances[digit - 1];
	}

	return stances.find(stance => stance.startsWith(text.toLowerCase())) ?? current;
}

