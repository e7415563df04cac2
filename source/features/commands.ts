import type {CommandId} from '../keymap/keymap.js';
import type {State} from '../state/state.js';
import {openFilterPrompt, nextMatch} from './filter/filter-reducer.js';
import {toggleHelp} from './help/help-reducer.js';
import {openLookupPrompt} from './lookup/lookup-reducer.js';
import {moveInMatrix, toggleMatrix} from './matrix/matrix-reducer.js';
import {back, cyclePane, cycleTarget, jumpBack, jumpSection, makeCurrent, open, selectCurrent} from './panes/panes-reducer.js';
import {cycleTheme, resetPanes, resizePane} from './preferences/pane-sizes.js';
import {runPromptCommand} from './prompt/prompt-reducer.js';
import {openDecision, openPosition, openStatus, openUndo, openVote, requestExport} from './recording/recording-reducer.js';
import {runMove} from './scrolling.js';
import {runFloorCommand, toggleFloor} from './floor/floor-reducer.js';

/* Each command of the keymap table, to the feature that runs it. */

const commands: Record<CommandId, (state: State) => State> = {
	'move-down': state => runMove(state, 'move-down'),
	'move-up': state => runMove(state, 'move-up'),
	'page-down': state => runMove(state, 'page-down'),
	'page-up': state => runMove(state, 'page-up'),
	first: state => runMove(state, 'first'),
	last: state => runMove(state, 'last'),
	'next-pane': state => cyclePane(state, 1),
	'previous-pane': state => cyclePane(state, -1),
	open,
	back,
	filter: openFilterPrompt,
	lookup: openLookupPrompt,
	'make-current': makeCurrent,
	'select-current': selectCurrent,
	'next-match': state => nextMatch(state, 1),
	'previous-match': state => nextMatch(state, -1),
	'next-section': state => jumpSection(state, 1),
	'previous-section': state => jumpSection(state, -1),
	'next-target': state => cycleTarget(state, 1),
	'previous-target': state => cycleTarget(state, -1),
	'jump-back': jumpBack,
	help: toggleHelp,
	quit: state => ({...state, isQuitting: true}),
	'force-quit': state => ({...state, isQuitting: true}),
	'accept-input': state => runPromptCommand(state, 'accept-input'),
	'cancel-input': state => runPromptCommand(state, 'cancel-input'),
	'delete-char': state => runPromptCommand(state, 'delete-char'),
	'clear-input': state => runPromptCommand(state, 'clear-input'),
	// The reducer hands editing keys to the input with their name (prompt-reducer.ts, state/edit-keys.ts).
	'edit-text': state => state,
	'form-key': state => state,
	'record-decision': openDecision,
	'record-status': openStatus,
	'record-position': openPosition,
	'undo-entry': openUndo,
	'record-vote': openVote,
	'export-minutes': requestExport,
	// Inside a recording form the key handler routes these to recording-reducer.ts.
	'save-entry': state => state,
	'next-field': state => state,
	'cancel-entry': state => state,
	'agenda-smaller': state => resizePane(state, 'agendaWidth', -1),
	'agenda-larger': state => resizePane(state, 'agendaWidth', 1),
	'positions-taller': state => resizePane(state, 'positionsHeight', 1),
	'positions-shorter': state => resizePane(state, 'positionsHeight', -1),
	'reset-panes': resetPanes,
	'cycle-theme': cycleTheme,
	'floor-show': toggleFloor,
	'floor-add': state => runFloorCommand(state, 'floor-add'),
	'floor-next': state => runFloorCommand(state, 'floor-next'),
	'floor-give': state => runFloorCommand(state, 'floor-give'),
	'floor-end': state => runFloorCommand(state, 'floor-end'),
	'floor-remove': state => runFloorCommand(state, 'floor-remove'),
	'floor-move-up': state => runFloorCommand(state, 'floor-move-up'),
	'floor-move-down': state => runFloorCommand(state, 'floor-move-down'),
	'floor-statement': state => runFloorCommand(state, 'floor-statement'),
	'floor-close-open': state => runFloorCommand(state, 'floor-close-open'),
	'floor-plan': state => runFloorCommand(state, 'floor-plan'),
	'floor-down': state => runFloorCommand(state, 'floor-down'),
	'floor-up': state => runFloorCommand(state, 'floor-up'),
	// Inside a floor form the key handler routes these to floor-reducer.ts.
	'floor-save': state => state,
	'floor-next-field': state => state,
	'floor-cancel': state => state,
	matrix: toggleMatrix,
	'matrix-down': state => moveInMatrix(state, 'down'),
	'matrix-up': state => moveInMatrix(state, 'up'),
	'matrix-page-down': state => moveInMatrix(state, 'pagedown'),
	'matrix-page-up': state => moveInMatrix(state, 'pageup'),
	'matrix-first-row': state => moveInMatrix(state, 'g'),
	'matrix-last-row': state => moveInMatrix(state, 'G'),
	'matrix-left': state => moveInMatrix(state, 'left'),
	'matrix-right': state => moveInMatrix(state, 'right'),
	'matrix-first-column': state => moveInMatrix(state, 'home'),
	'matrix-last-column': state => moveInMatrix(state, 'end'),
};

export function runCommand(state: State, command: CommandId): State {
	return commands[command](state);
}
