/*
Text from data in Markdown: a title, a delegation name or a decision's words
must stay text whatever renders it (GitHub, a wiki, pandoc), so nothing in them
can open a heading, a list, a link, an image, emphasis, a table cell or raw
HTML. CommonMark lets any ASCII punctuation be backslash-escaped; the
characters that can start markup anywhere are escaped everywhere, and those that
only matter at the start of a line (list markers, headings, block quotes,
setext underlines, ordered-list numbers) where they start it.
*/

const inline = /[\\`*_[\]<>|~&]/g;

/**
Escapes one line of text for a Markdown paragraph or table cell.

@example
```
escapeMarkdown('# <b>x</b> [y](z)'); // "\\# \\<b\\>x\\</b\\> \\[y\\](z)"
```
*/
export function escapeMarkdown(text: string): string {
	const escaped = text.replace(inline, character => `\\${character}`);
	// A line starting "#", "-", "+", "=" or "1."/"1)" would become a heading, a list or an underline.
	return escaped.replace(/^(\s*)([-+=#])/, '$1\\$2').replace(/^(\s*\d+)([.)])(\s|$)/, '$1\\$2$3');
}
