/** One of Intl.Segmenter's grapheme segments. */
export type GraphemeSegment = {segment: string; index: number; input: string};

/** Intl.Segmenter's grapheme segments, without creating one for text whose every code point is a grapheme (graphemes-fast.js). */
export declare const graphemeSegmenter: {segment(text: string): Iterable<GraphemeSegment> & {containing(index?: number): GraphemeSegment | undefined}};
