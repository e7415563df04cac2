import type {Action} from '../reducer.js';

/*
What a typed command turns into: the dashboard's own actions (the keys a user
would press, in order) plus three that only line mode needs, because a line
names its item or its text outright where the screen would have you move a
cursor or edit a draft. line-reducer.ts applies them; everything else goes to
the dashboard's reducer unchanged.
*/

export type LineAction =
	| Action
	/** Select this agenda item (what moving the cursor to it does). */
	| {readonly type: 'select-item'; readonly item: string}
	/** Replace the text of the decision form on top (what editing its draft does). */
	| {readonly type: 'set-decision-text'; readonly text: string}
	/** Close any recording form left open by a command that failed (what Esc, then y, does). */
	| {readonly type: 'drop-forms'}
	/** Give the floor to this delegation on the floor's item (what Enter on its row of the list does; a delegation not on it may be given the floor too). */
	| {readonly type: 'floor-give'; readonly delegation: string};

export const key = (name: string, text?: string): Action => (text === undefined ? {type: 'key', key: name} : {type: 'key', key: name, text});
/** Text typed or pasted at once; 'paste' is no key's name, so the text is never read as a command ("escape" as a note stays a note). */
export const typed = (text: string): Action => ({type: 'key', key: 'paste', text});
export const command = (id: Extract<Action, {type: 'command'}>['command']): Action => ({type: 'command', command: id});
