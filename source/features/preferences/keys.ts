import {type Binding, panes} from '../../keymap/bindings.js';

/** Preferences, saved to the settings file (issue 3). */
export const preferenceKeys: readonly Binding[] = [
	{command: 'agenda-smaller', keys: ['<'], label: '<', short: 'agenda smaller', description: 'Give the agenda fewer rows and the detail more (saved in the settings)', where: panes},
	{command: 'agenda-larger', keys: ['>'], label: '>', short: 'agenda larger', description: 'Give the agenda more rows and the detail fewer (saved in the settings)', where: panes},
	{command: 'positions-taller', keys: ['+'], label: '+', short: 'positions taller', description: 'Make the positions pane taller (saved in the settings)', where: panes},
	{command: 'positions-shorter', keys: ['-'], label: '-', short: 'positions shorter', description: 'Make the positions pane shorter (saved in the settings)', where: panes},
	{command: 'reset-panes', keys: ['='], label: '=', short: 'reset panes', description: 'Put the pane sizes back to the defaults', where: panes},
	{command: 'cycle-theme', keys: ['T'], label: 'T', short: 'theme', description: 'Next theme: default, high contrast, mono (no colour) (saved in the settings)', where: panes},
];
