// Ink's squash-text-nodes.js runs every text node through sanitize-ansi.js each time
// it is measured and each time it is drawn, twice a row a frame: that tokenizes every
// styled row in full (Ink's own tokenizer, cold on the first frame) only to give the
// same text back, since the colours chalk writes are all SGR sequences, which it keeps.
// scripts/bundle-plugins.mjs gives squash-text-nodes.js this module instead: a text
// that is only characters other than ESC and C1 controls, and SGR sequences of the
// form it keeps (ESC [ digits, colons, semicolons, m), is given back as it is without
// tokenizing; any other goes through the package's own function.
import sanitizeAnsi from '../node_modules/ink/build/sanitize-ansi.js';

// An ESC that does not begin such an SGR sequence, or a C1 control: a search, not a match of the whole text, so no backtracking grows with the text.
const notTextOrSgr = /\u001B(?!\[[\d:;]*m)|[\u0080-\u009F]/;

export default function sanitizeAnsiFast(text) {
	return notTextOrSgr.test(text) ? sanitizeAnsi(text) : text;
}
