/*
Submitters name Member States by their formal names ("the People's Republic of
China"); delegations are keyed by ISO 3166-1 alpha-2 code with the short English
name. A table of the states that most often submit contributions; a name not in
it becomes a delegation keyed by its slug, and the import says so.
*/

type MemberState = {readonly code: string; readonly name: string; readonly aliases?: readonly string[]};

const states: readonly MemberState[] = [
	{code: 'ar', name: 'Argentina', aliases: ['Argentine Republic']},
	{code: 'am', name: 'Armenia', aliases: ['Republic of Armenia']},
	{code: 'au', name: 'Australia'},
	{code: 'at', name: 'Austria'},
	{code: 'bh', name: 'Bahrain', aliases: ['Kingdom of Bahrain']},
	{code: 'by', name: 'Belarus', aliases: ['Republic of Belarus']},
	{code: 'be', name: 'Belgium'},
	{code: 'br', name: 'Brazil', aliases: ['Federative Republic of Brazil']},
	{code: 'bg', name: 'Bulgaria', aliases: ['Republic of Bulgaria']},
	{code: 'ca', name: 'Canada'},
	{code: 'cn', name: 'China', aliases: ['People\'s Republic of China']},
	{code: 'cu', name: 'Cuba'},
	{code: 'cz', name: 'Czech Republic', aliases: ['Czechia']},
	{code: 'eg', name: 'Egypt', aliases: ['Arab Republic of Egypt']},
	{code: 'fr', name: 'France'},
	{code: 'de', name: 'Germany', aliases: ['Federal Republic of Germany']},
	{code: 'gh', name: 'Ghana'},
	{code: 'gr', name: 'Greece'},
	{code: 'hu', name: 'Hungary'},
	{code: 'in', name: 'India', aliases: ['Republic of India']},
	{code: 'id', name: 'Indonesia', aliases: ['Republic of Indonesia']},
	{code: 'ir', name: 'Iran', aliases: ['Islamic Republic of Iran']},
	{code: 'it', name: 'Italy'},
	{code: 'jp', name: 'Japan'},
	{code: 'ke', name: 'Kenya', aliases: ['Republic of Kenya']},
	{code: 'kz', name: 'Kazakhstan', aliases: ['Republic of Kazakhstan']},
	{code: 'kw', name: 'Kuwait', aliases: ['State of Kuwait']},
	{code: 'kg', name: 'Kyrgyzstan', aliases: ['Kyrgyz Republic']},
	{code: 'mx', name: 'Mexico'},
	{code: 'ma', name: 'Morocco', aliases: ['Kingdom of Morocco']},
	{code: 'ng', name: 'Nigeria', aliases: ['Federal Republic of Nigeria']},
	{code: 'pk', name: 'Pakistan', aliases: ['Islamic Republic of Pakistan']},
	{code: 'py', name: 'Paraguay', aliases: ['Republic of Paraguay']},
	{code: 'pl', name: 'Poland', aliases: ['Republic of Poland']},
	{code: 'kr', name: 'Korea (Republic of)', aliases: ['Republic of Korea']},
	{code: 'ro', name: 'Romania'},
	{code: 'ru', name: 'Russian Federation'},
	{code: 'rw', name: 'Rwanda', aliases: ['Republic of Rwanda']},
	{code: 'sa', name: 'Saudi Arabia', aliases: ['Kingdom of Saudi Arabia']},
	{code: 'sn', name: 'Senegal', aliases: ['Republic of Senegal']},
	{code: 'za', name: 'South Africa', aliases: ['Republic of South Africa']},
	{code: 'es', name: 'Spain'},
	{code: 'ch', name: 'Switzerland', aliases: ['Swiss Confederation']},
	{code: 'th', name: 'Thailand', aliases: ['Kingdom of Thailand']},
	{code: 'tn', name: 'Tunisia'},
	{code: 'tr', name: 'Türkiye', aliases: ['Turkey', 'Republic of Türkiye']},
	{code: 'ae', name: 'United Arab Emirates'},
	{code: 'gb', name: 'United Kingdom', aliases: ['United Kingdom of Great Britain and Northern Ireland']},
	{code: 'us', name: 'United States', aliases: ['United States of America']},
	{code: 'uy', name: 'Uruguay', aliases: ['Eastern Republic of Uruguay']},
];

function key(name: string): string {
	// Case, a leading article, apostrophes and diacritics do not matter: "México" is "Mexico".
	return name.normalize('NFKD').replace(/[\u0300-\u036F]/gu, '').toLowerCase().replace(/^(?:the|la|le|l'|el)\s+/u, '').replace(/[’']/g, '\'').replace(/\s+/g, ' ').trim();
}

const byName = new Map<string, MemberState>();
for (const state of states) {
	for (const name of [state.name, ...(state.aliases ?? [])]) {
		byName.set(key(name), state);
	}
}

// Short names in the six languages from Node's ICU (CLDR), for states the table does not
// list and for names written in another language ("España", "Франция", "法国", "فرنسا").
let cldr: Map<string, MemberState> | undefined;
function cldrNames(): Map<string, MemberState> {
	if (cldr !== undefined) {
		return cldr;
	}

	cldr = new Map();
	const english = new Intl.DisplayNames(['en'], {type: 'region'});
	const byCode = new Map(states.map(state => [state.code, state]));
	for (const language of ['en', 'fr', 'es', 'ru', 'zh', 'ar']) {
		const names = new Intl.DisplayNames([language], {type: 'region', fallback: 'none'});
		for (let first = 65; first <= 90; first++) {
			for (let second = 65; second <= 90; second++) {
				const code = String.fromCodePoint(first, second);
				const name = names.of(code);
				// The first code with a name keeps it ("FR" before the deprecated "FX", Metropolitan France).
				if (name !== undefined && name !== code && !cldr.has(key(name))) {
					const lower = code.toLowerCase();
					cldr.set(key(name), byCode.get(lower) ?? {code: lower, name: english.of(code) ?? name});
				}
			}
		}
	}

	return cldr;
}

/** The Member State a name denotes, formal or short, or undefined. */
export function findMemberState(name: string): {code: string; name: string} | undefined {
	const state = byName.get(key(name)) ?? cldrNames().get(key(name));
	return state === undefined ? undefined : {code: state.code, name: state.name};
}
