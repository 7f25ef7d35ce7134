/** Small text helpers shared by the classifier stages: name normalization and word scanning with offsets. */

/** The comparable form of a name: lower case, letters and digits only ("Send worker" ~ "SendWorker"). */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export interface Word {
  /** The word as written, trailing punctuation removed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const WORD = /[^\s,;]+/g;
const EDGE_PUNCTUATION = /^[("'[{<]+|[)"'\]}>.:!?]+$/g;

/** Whitespace/comma separated words of `text` with their offsets, surrounding punctuation trimmed. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const trimmed = raw.replace(EDGE_PUNCTUATION, '');
    if (trimmed === '') continue;
    const start = m.index + raw.indexOf(trimmed);
    words.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return words;
}

/** True when only blanks (no line break) separate `from` and `to` in `text`. */
export function onlyBlanksBetween(text: string, from: number, to: number): boolean {
  return from <= to && /^[ \t]*$/.test(text.slice(from, to));
}
