// Ink's render-node-to-output.js measures every text node's width on every frame with
// widest-line (string-width of each line, after the colours are applied, so even a
// line of plain ASCII takes string-width's slow path through its escape codes): ~1 ms
// of a key press on the 5,000-item dashboard. scripts/bundle-plugins.mjs gives it
// this module instead: the package's own function, remembered per text (a pure
// function of the text; the memory is bounded).
import widestLine from 'widest-line';

const maxTexts = 4096;
const widths = new Map();

export default function rememberedWidestLine(text) {
	let width = widths.get(text);
	if (width === undefined) {
		if (widths.size >= maxTexts) {
			widths.clear();
		}

		width = widestLine(text);
		widths.set(text, width);
	}

	return width;
}
