import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {foldName, matchDelegations, namedDelegations} from '../../source/dataset/delegation-match.js';
import {lookup} from '../../source/dataset/lookup.js';
import {buildMemberStatesFile, loadMemberStates, memberStatesFile, memberStatesPath} from '../../source/dataset/member-states.js';
import {delegation as delegationSchema, officialLanguages} from '../../source/dataset/schema.js';
import {resolveDelegation} from '../../source/journal/targets.js';
import {bundledDataset, bundledIndex} from '../helpers/bundled.js';

const committed = memberStatesFile.parse(JSON.parse(readFileSync(memberStatesPath(), 'utf8')));

describe('the Member States list (data/member-states.json)', () => {
	it('holds the 194 ITU Member States, each once, with a source named', async () => {
		expect(committed.memberStates).toHaveLength(194);
		expect(new Set(committed.memberStates.map(state => state.code)).size).toBe(194);
		expect(committed.memberStates.map(state => state.code)).toEqual(expect.arrayContaining(['VA', 'CN', 'FR', 'TR', 'SS', 'KP', 'CI']));
		// Not ITU Member States.
		expect(committed.memberStates.map(state => state.code)).not.toEqual(expect.arrayContaining(['PS']));
		expect(committed.memberStates.find(state => state.code === 'XK')).toBeUndefined();
		expect(committed.source).toMatch(/193 Member States of the United Nations and the Vatican City State/);
		expect(committed.source).toMatch(/Council membership .* is not filled in/);
		expect((await loadMemberStates()).ok).toBe(true);
	});

	it('gives each its names in the six languages and ITU\'s name where it differs', () => {
		for (const state of committed.memberStates) {
			expect(Object.keys(state.names).sort()).toEqual([...officialLanguages].sort());
		}

		const byCode = new Map(committed.memberStates.map(state => [state.code, state]));
		expect(byCode.get('CN')).toMatchObject({name: 'China (People\'s Republic of)', names: {en: 'China', zh: '中国', ar: 'الصين', ru: 'Китай', fr: 'Chine', es: 'China'}});
		expect(byCode.get('RU')?.name).toBe('Russian Federation');
		expect(byCode.get('KR')?.name).toBe('Korea (Republic of)');
		expect(byCode.get('IR')?.name).toBe('Iran (Islamic Republic of)');
		expect(byCode.get('TR')).toMatchObject({name: 'Türkiye', aliases: ['Turkey', 'Republic of Türkiye', 'Republic of Turkey']});
	});

	it.runIf(process.versions.icu === committed.icu)('is what the generator makes from the list and this ICU (npm run member-states)', () => {
		expect(buildMemberStatesFile()).toEqual(committed);
	});

	it('refuses a broken list, naming the file and the field', async () => {
		const {mkdtempSync, writeFileSync} = await import('node:fs');
		const folder = mkdtempSync('/tmp/council-ms-');
		const file = `${folder}/member-states.json`;
		writeFileSync(file, JSON.stringify({...committed, memberStates: [...committed.memberStates, {...committed.memberStates[0], id: 'xx'}]}));
		const result = await loadMemberStates(file);
		expect(result).toEqual({ok: false, message: expect.stringMatching(/member-states\.json: memberStates\.194\.id: the id is the code in lower case[^\n]*\n.*memberStates\.194\.code: AF is listed twice/)});
		writeFileSync(file, '{');
		expect(await loadMemberStates(file)).toMatchObject({ok: false, message: expect.stringContaining('member-states.json: ')});
	});
});

describe('the bundled dataset\'s delegations', () => {
	const bundled = bundledDataset();

	it('are the Member States, China keeping its id and its positions', () => {
		expect(bundled.delegations.map(delegation => delegation.id)).toEqual(committed.memberStates.map(state => state.id));
		expect(bundled.delegations.find(delegation => delegation.id === 'cn')).toMatchObject({kind: 'member-state', code: 'CN', name: 'China (People\'s Republic of)'});
		expect(bundled.positions.filter(position => position.delegation === 'cn')).toHaveLength(3);
		expect(bundled.memberStatesSource).toBe(committed.source);
	});

	it('leave council membership unset: no source for it was at hand', () => {
		expect(bundled.delegations.filter(delegation => delegation.council !== undefined)).toEqual([]);
		expect(delegationSchema.safeParse({id: 'fr', kind: 'member-state', name: 'France', council: {role: 'councillor'}}).success).toBe(false);
		expect(delegationSchema.safeParse({id: 'fr', kind: 'member-state', name: 'France', council: {role: 'councillor', source: 'PP-22 election results'}}).success).toBe(true);
	});
});

describe('finding a delegation by any of its names', () => {
	const index = bundledIndex();
	const france = ['Франция', '法国', 'فرنسا', 'Francia', 'France', 'FR', 'fr', 'ＦＲＡＮＣＥ', 'france ', 'French Republic'];

	it.each(france)('lookup "%s" finds France', query => {
		const result = lookup(index, query);
		expect(result.kind === 'found' && result.entity.value.id).toBe('fr');
	});

	it.each(france)('--delegation "%s" is France', query => {
		expect(resolveDelegation(index.dataset, query)).toEqual({ok: true, value: 'fr'});
	});

	it.each([
		['Cote d\'Ivoire', 'ci'],
		['Côte d’Ivoire', 'ci'],
		['cote divoire'.replace('divoire', 'd ivoire'), 'ci'],
		['Turkey', 'tr'],
		['Türkiye', 'tr'],
		['turkiye', 'tr'],
		['Турция', 'tr'],
		['Russia', 'ru'],
		['Russian Federation', 'ru'],
		['China', 'cn'],
		['China (People\'s Republic of)', 'cn'],
		['People\'s Republic of China', 'cn'],
		['Niger', 'ne'],
		['Swaziland', 'sz'],
		['Vatican', 'va'],
		['الاردن', 'jo'], // Jordan typed without the hamza on its alef (CLDR: الأردن)
		['السعوديه', 'sa'], // Saudi Arabia with ha for ta marbuta
		['فرنـــسا', 'fr'], // tatweel
		['etats-unis', 'us'],
		['ÉTATS UNIS', 'us'],
	])('"%s" names %s', (query, id) => {
		expect(resolveDelegation(index.dataset, query)).toEqual({ok: true, value: id});
	});

	it('finds every Member State by each of its six names, its ITU name, its aliases and its code', () => {
		const misses: string[] = [];
		for (const delegation of index.dataset.delegations) {
			for (const name of [delegation.name, ...Object.values(delegation.names ?? {}), ...(delegation.aliases ?? []), delegation.code ?? '']) {
				const result = lookup(index, name);
				if (!(result.kind === 'found' && result.entity.value.id === delegation.id)) {
					misses.push(`${delegation.id}: ${name} (${result.kind})`);
				}
			}
		}

		expect(misses).toEqual([]);
	});

	it('refuses a name several delegations share, listing them', () => {
		const result = resolveDelegation(index.dataset, 'Korea');
		expect(result).toEqual({ok: false, message: expect.stringMatching(/^"Korea" matches more than one delegation: Korea \(Republic of\) \(kr\), Democratic People's Republic of Korea \(kp\)/)});
		expect(lookup(index, 'Korea').kind).toBe('ambiguous');
	});

	it('puts exact names first and partial ones after, for the picker', () => {
		expect(matchDelegations(index.dataset, 'Niger').map(delegation => delegation.id).slice(0, 2)).toEqual(['ne', 'ng']);
		expect(matchDelegations(index.dataset, 'Fra')[0]?.id).toBe('fr');
		expect(matchDelegations(index.dataset, '中').length).toBeGreaterThan(1);
		expect(matchDelegations(index.dataset, '').length).toBe(194);
		expect(namedDelegations(index.dataset, 'Holy See').matches).toEqual([]);
	});

	it('folds case, marks, width, punctuation and Arabic letter forms', () => {
		expect(foldName('  Côte d’Ivoire ')).toBe('cote d ivoire');
		expect(foldName('ＦＲＡＮＣＥ')).toBe('france');
		expect(foldName('STRAßE')).toBe('strasse');
		expect(foldName('أإآٱا')).toBe('ااااا');
		expect(foldName('مدرسة')).toBe('مدرسه');
		expect(foldName('مـصـر')).toBe('مصر');
		expect(foldName('مُصْر')).toBe('مصر');
	});
});
