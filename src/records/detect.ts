import type { Format } from './format.js';

export interface FormatScore {
  readonly format: string;
  /** Share of the sampled non-blank, non-header lines that start a record or continue one. */
  readonly score: number;
  readonly records: number;
  readonly sampled: number;
}

/**
 * Picks the grammar that reads the most of an input's first lines. A header line and lines that continue a record
 * are not held against a grammar, so a header or a few junk lines at the top cannot fool it. Ties go to the grammar
 * listed first (built-ins are ordered most specific first).
 */
export function detectFormat(lines: readonly string[], formats: readonly Format[]): { format: Format; scores: FormatScore[] } {
  const scores = formats.map((format) => scoreFormat(lines, format));
  let best = 0;
  scores.forEach((s, i) => {
    const top = scores[best] as FormatScore;
    if (s.score > top.score || (s.score === top.score && s.records > top.records)) best = i;
  });
  return { format: formats[best] as Format, scores };
}

function scoreFormat(lines: readonly string[], format: Format): FormatScore {
  let records = 0;
  let read = 0;
  let sampled = 0;
  let inRecord = false;
  for (const text of lines) {
    if (text.trim() === '' || (format.header !== null && format.header.test(text))) continue;
    sampled++;
    if (format.parser.parse(text) !== null) {
      records++;
      read++;
      inRecord = true;
    } else if (inRecord && format.continuation !== null && format.continuation.test(text)) {
      read++;
    } else {
      inRecord = false;
    }
  }
  return { format: format.name, score: sampled === 0 ? 0 : read / sampled, records, sampled };
}
