import {stances} from '../dataset/vocabulary.js';
import type {Position, Stance} from '../dataset/schema.js';
import {t, type MessageKey} from '../i18n/translate.js';

/*
The one-line tally under a positions table: "3 in support, 1 reservation". Stances
come in the schema's order (support first, neutral last); absent ones are left out.
*/

// Words that read right after any count: "1 in support, 2 opposed", never "1 support, 1 opposes"; plural forms by the language's rules.
const nouns: Record<Stance, MessageKey> = {
	supports: 'tally.supports',
	opposes: 'tally.opposes',
	reservation: 'tally.reservation',
	'more-information': 'tally.more-information',
	neutral: 'tally.neutral',
};

export function tallyCounts(positions: readonly Pick<Position, 'stance'>[]): Record<Stance, number> {
	const counts: Record<Stance, number> = {supports: 0, opposes: 0, reservation: 0, 'more-information': 0, neutral: 0};
	for (const position of positions) {
		counts[position.stance]++;
	}

	return counts;
}

export function formatTally(positions: readonly Pick<Position, 'stance'>[]): string {
	if (positions.length === 0) {
		return t('tally.none');
	}

	const counts = tallyCounts(positions);
	return stances
		.filter(stance => counts[stance] > 0)
		.map(stance => {
			return t(nouns[stance], {count: counts[stance]});
		})
		.join(t('tally.separator'));
}
