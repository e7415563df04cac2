import {useEffect, useState} from 'react';
import {useStdout} from 'ink';

export type TerminalSize = {readonly columns: number; readonly rows: number};

type SizedStream = {readonly columns?: number; readonly rows?: number};

// Pipes and some test streams report no size (undefined or 0): assume the classic terminal.
export function readTerminalSize(stream: SizedStream): TerminalSize {
	return {columns: stream.columns || 80, rows: stream.rows || 24};
}

/**
The terminal's size, kept in state. Ink re-lays out on resize but does not
re-render components, so anything that reads `stdout.columns` during render
would stay stale (../../../shared/INK-NOTES.md); this hook re-renders on 'resize'.
*/
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => readTerminalSize(stdout));

	useEffect(() => {
		const onResize = () => {
			const next = readTerminalSize(stdout);
			// Same size: keep the old object so nothing re-renders.
			setSize(previous =>
				previous.columns === next.columns && previous.rows === next.rows ? previous : next);
		};

		// The size may have changed between the first render and this effect.
		onResize();
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);

	return size;
}
