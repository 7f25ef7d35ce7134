/**
 * The fast path of the logfmt syntax: a hand scanner with the answers of the parser of record (chevrotain-logfmt.ts).
 * A logfmt line is one or more `key=value` pairs apart by blanks (spaces, tabs; blanks around them allowed): a key is
 * a run of ASCII letters, digits and `_ . - / @ $` (go-logfmt takes more, but no logger writes more, and a line of
 * some other kind holding a "=" is then less often taken for logfmt); a value is empty, a quoted text ('"', then characters or a
 * backslash and any character, then '"'), or a bare run of characters other than blanks and '"' ("=" allowed, as in
 * `path=/search?q=x`). A word without "=" makes the line something else than logfmt.
 */
import type { RawPair } from './structured-text.js';

const QUOTE = 34;
const EQUALS = 61;
const BACKSLASH = 92;

const isBlank = (c: number): boolean => c === 32 || c === 9;
/** [\w.\-/@$] */
const isKeyChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 45 && c <= 57) || c === 95 || c === 64 || c === 36;

export function readLogfmtPairs(text: string): RawPair[] | null {
  const pairs: RawPair[] = [];
  const length = text.length;
  let i = 0;
  while (isBlank(text.charCodeAt(i))) i++;
  while (i < length) {
    const keyStart = i;
    while (isKeyChar(text.charCodeAt(i))) i++;
    if (i === keyStart || text.charCodeAt(i) !== EQUALS) return null;
    const key = text.slice(keyStart, i);
    const at = ++i;
    if (text.charCodeAt(i) === QUOTE) {
      i = quotedEnd(text, i);
      if (i < 0) return null;
    } else {
      for (let c = text.charCodeAt(i); i < length && !isBlank(c) && c !== QUOTE; c = text.charCodeAt(++i));
    }
    pairs.push({ key, value: text.slice(at, i), at });
    if (i < length && !isBlank(text.charCodeAt(i))) return null;
    while (isBlank(text.charCodeAt(i))) i++;
  }
  return pairs.length > 0 ? pairs : null;
}

/** The end of the quoted text whose quote is at `i`, or -1 when it does not end. */
function quotedEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j + 1;
    if (c === BACKSLASH) j++;
  }
  return -1;
}
