import type { Format } from './format.js';

/** How well one format reads an input's first lines (detectFormat ranks formats by it). */
export interface FormatScore {
  readonly format: string;
  /** Share of the sampled non-blank, non-header lines that start a record or continue one. */
  readonly score: number;
  /** Sampled lines that start a record or continue one. */
  readonly read: number;
  readonly records: number;
  readonly sampled: number;
  /**
   * Lines that are this format's column header (or, in a grammar with entry lines, a stamp line): evidence when nothing
   * else tells formats apart.
   */
  readonly headers: number;
}

/** What an input that no grammar reads (empty, junk only) is taken to be: the native layout. */
const DEFAULT_FORMAT = 'native';

/** Below this share of lines read by the best grammar, a fallback grammar that reads more is taken instead. */
const FALLBACK_BELOW = 0.5;

/**
 * Picks the grammar that reads the most of an input's first lines. A header line and lines that continue a record
 * are not held against a grammar, so a header or a few junk lines at the top cannot fool it. In a grammar with entry
 * lines (GrammarSpec.entryLine), the stamp lines are its header lines and the entries below them start records. Ties go
 * to the grammar listed first (built-ins are ordered most specific first). A fallback grammar (GrammarSpec.fallback: one
 * that reads nearly any line) is taken only when no other reads half the lines and it reads more. `scores` lists every
 * format, best first.
 */
export function detectFormat(lines: readonly string[], formats: readonly Format[]): { format: Format; scores: FormatScore[] } {
  const ranked = formats
    .map((format) => ({ format, score: scoreFormat(lines, format) }))
    .sort((a, b) => b.score.score - a.score.score || fallbackLast(a.format, b.format) || b.score.records - a.score.records || b.score.headers - a.score.headers);
  const best = ranked.find((r) => r.format.spec.fallback !== true);
  const fallback = ranked.find((r) => r.format.spec.fallback === true && r.score.records > 0);
  const bestShare = best === undefined ? 0 : shareWithHeaders(best.score);
  let chosen: Format;
  if (fallback !== undefined && bestShare < FALLBACK_BELOW && fallback.score.score > bestShare) chosen = fallback.format;
  else if (best !== undefined && (best.score.records > 0 || best.score.headers > 0)) chosen = best.format;
  else chosen = (formats.find((f) => f.name === DEFAULT_FORMAT) ?? formats[0]) as Format;
  return { format: chosen, scores: ranked.map((r) => r.score) };
}

/** The share of lines a grammar reads, its header lines counted as read: an input of a header alone is its grammar's. */
function shareWithHeaders(s: FormatScore): number {
  return s.headers === 0 ? s.score : (s.read + s.headers) / (s.sampled + s.headers);
}

/** Orders a fallback grammar after one that reads as many lines. */
function fallbackLast(a: Format, b: Format): number {
  return Number(a.spec.fallback === true) - Number(b.spec.fallback === true);
}

/** Whether `text` is an entry line (GrammarSpec.entryLine). */
function isEntry(entryLine: RegExp, text: string): boolean {
  entryLine.lastIndex = 0;
  return entryLine.test(text);
}

function scoreFormat(lines: readonly string[], format: Format): FormatScore {
  let records = 0;
  let read = 0;
  let sampled = 0;
  let headers = 0;
  let inRecord = false;
  /** In a grammar with entry lines, whether a stamp line has come: the entries below one are read. */
  let stamped = false;
  for (const text of lines) {
    if (text.trim() === '') continue;
    if (format.header !== null && format.header.test(text)) {
      headers++;
      continue;
    }
    if (format.entryLine !== null) {
      if (format.parser.parse(text) !== null) {
        // A stamp line heads the entries below it, as the assembler hands it on: a header line.
        headers++;
        stamped = true;
        inRecord = false;
        continue;
      }
      sampled++;
      if (inRecord && format.continuation !== null && format.continuation.test(text)) read++;
      else if (stamped && isEntry(format.entryLine, text)) {
        records++;
        read++;
        inRecord = true;
      } else inRecord = false;
      continue;
    }
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
  return { format: format.name, score: sampled === 0 ? 0 : read / sampled, read, records, sampled, headers };
}
