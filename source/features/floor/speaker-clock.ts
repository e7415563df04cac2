import type {FloorRole} from '../../journal/floor/delegation-role.js';
import {speakingLimitMs, type FloorSettings} from '../../journal/floor/floor-settings.js';
import type {Speech} from '../../journal/floor/floor-state.js';
import {speechSeconds} from '../../journal/floor/fairness.js';
import {t} from '../../i18n/translate.js';

/*
The speaker's clock is a selector, not a timer: elapsed time is `now` minus the
recorded start, so every screen shows the same time, a restart resumes it, and
tests pass any `now` they like. Whole seconds throughout, so 2:31 shown is
2:31 judged.
*/

/** Seconds before the limit when the clock warns. */
export const warningSeconds = 30;

export type ClockPhase = 'running' | 'warning' | 'overtime';

export type SpeakerClock = {
	readonly elapsedSeconds: number;
	readonly limitSeconds?: number;
	/** Seconds left before the limit; negative in overtime; absent without a limit. */
	readonly leftSeconds?: number;
	readonly phase: ClockPhase;
};

export {speechSeconds};

export function speakerClock(speech: Speech, role: FloorRole, settings: FloorSettings, now: number): SpeakerClock {
	const elapsedSeconds = speechSeconds(speech, now);
	const limit = speakingLimitMs(settings, speech.item, role);
	if (limit === undefined) {
		return {elapsedSeconds, phase: 'running'};
	}

	const limitSeconds = Math.floor(limit / 1000);
	const leftSeconds = limitSeconds - elapsedSeconds;
	const phase: ClockPhase = leftSeconds < 0 ? 'overtime' : leftSeconds <= warningSeconds ? 'warning' : 'running';
	return {elapsedSeconds, limitSeconds, leftSeconds, phase};
}

/** "0:10", "2:31", "75:00": minutes and seconds, never negative. */
export function formatMinutes(seconds: number): string {
	const whole = Math.max(0, Math.floor(seconds));
	return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** How the clock reads in words: "2:31 · 0:29 left (warning)", "3:05 · OVERTIME +0:05". Never colour alone. */
export function clockText(clock: SpeakerClock): string {
	const elapsed = formatMinutes(clock.elapsedSeconds);
	if (clock.leftSeconds === undefined) {
		return elapsed;
	}

	switch (clock.phase) {
		case 'overtime': {
			return `${elapsed} · ${t('floor.clock.overtime', {time: formatMinutes(-clock.leftSeconds)})}`;
		}

		case 'warning': {
			return `${elapsed} · ${t('floor.clock.left-warning', {time: formatMinutes(clock.leftSeconds)})}`;
		}

		case 'running': {
			return `${elapsed} · ${t('floor.clock.left', {time: formatMinutes(clock.leftSeconds)})}`;
		}
	}
}

/** The clock on a narrow line: "0:10", "2:31 (warning)", "3:05 OVERTIME +0:05". */
export function compactClockText(clock: SpeakerClock): string {
	const elapsed = formatMinutes(clock.elapsedSeconds);
	if (clock.leftSeconds === undefined || clock.phase === 'running') {
		return elapsed;
	}

	return clock.phase === 'warning' ? `${elapsed} ${t('floor.clock.warning')}` : `${elapsed} ${t('floor.clock.overtime', {time: formatMinutes(-clock.leftSeconds)})}`;
}
