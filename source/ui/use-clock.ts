import {useEffect} from 'react';

/*
The clock, at the edge: a timer that sends the time into the reducer as an
action. Tests pass their own clock (or none) so frames are deterministic.
*/

export type Clock = {
	now(): number;
	/** Calls `tick` every `ms`; returns the cleanup. */
	every(ms: number, tick: () => void): () => void;
};

export const systemClock: Clock = {
	now: () => Date.now(),
	every(ms, tick) {
		const timer = setInterval(tick, ms);
		// The clock alone must not keep the process alive after the app quits.
		timer.unref();
		return () => {
			clearInterval(timer);
		};
	},
};

export function useClock(clock: Clock | undefined, onTick: (now: number) => void): void {
	useEffect(() => {
		if (clock === undefined) {
			return;
		}

		return clock.every(1000, () => {
			onTick(clock.now());
		});
	}, [clock, onTick]);
}
