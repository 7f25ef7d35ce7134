/**
 * The fast path of the json-lines syntax: a hand scanner that reads a line holding one JSON object (RFC 8259, blanks
 * around it allowed) into its pairs, with the answers of the parser of record (chevrotain-json.ts): null for any other
 * line, and for one nested deeper than MAX_JSON_DEPTH. test/records/structured.test.ts checks both against each other
 * and against JSON.parse. Only the top object's pairs are kept; a nested value is checked and kept as written.
 */
import { MAX_JSON_DEPTH, type RawPair } from './structured-text.js';

const QUOTE = 34;
const BACKSLASH = 92;

export function readJsonPairs(text: string): RawPair[] | null {
  const pairs: RawPair[] = [];
  const start = blanksEnd(text, 0);
  if (text.charCodeAt(start) !== 123) return null;
  const end = objectEnd(text, start, 1, pairs);
  return end >= 0 && blanksEnd(text, end) === text.length ? pairs : null;
}

/** The end of JSON's blanks (space, tab, line feed, carriage return) from `i`. */
function blanksEnd(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return i;
    i++;
  }
}

/** The end of the value at `i` (in a container `depth` deep), or -1 when there is none. */
function valueEnd(text: string, i: number, depth: number): number {
  const c = text.charCodeAt(i);
  if (c === QUOTE) return stringEnd(text, i);
  if (c === 123) return depth < MAX_JSON_DEPTH ? objectEnd(text, i, depth + 1, null) : -1;
  if (c === 91) return depth < MAX_JSON_DEPTH ? arrayEnd(text, i, depth + 1) : -1;
  if (c === 116) return text.startsWith('true', i) ? i + 4 : -1;
  if (c === 102) return text.startsWith('false', i) ? i + 5 : -1;
  if (c === 110) return text.startsWith('null', i) ? i + 4 : -1;
  return numberEnd(text, i);
}

/** The end of the object whose "{" is at `i`; its pairs go to `pairs` when given. */
function objectEnd(text: string, i: number, depth: number, pairs: RawPair[] | null): number {
  i = blanksEnd(text, i + 1);
  if (text.charCodeAt(i) === 125) return i + 1;
  for (;;) {
    const keyEnd = text.charCodeAt(i) === QUOTE ? stringEnd(text, i) : -1;
    if (keyEnd < 0) return -1;
    const colon = blanksEnd(text, keyEnd);
    if (text.charCodeAt(colon) !== 58) return -1;
    const at = blanksEnd(text, colon + 1);
    const end = valueEnd(text, at, depth);
    if (end < 0) return -1;
    pairs?.push({ key: text.slice(i, keyEnd), value: text.slice(at, end), at });
    i = blanksEnd(text, end);
    const c = text.charCodeAt(i);
    if (c === 125) return i + 1;
    if (c !== 44) return -1;
    i = blanksEnd(text, i + 1);
  }
}

/** The end of the array whose "[" is at `i`. */
function arrayEnd(text: string, i: number, depth: number): number {
  i = blanksEnd(text, i + 1);
  if (text.charCodeAt(i) === 93) return i + 1;
  for (;;) {
    const end = valueEnd(text, i, depth);
    if (end < 0) return -1;
    i = blanksEnd(text, end);
    const c = text.charCodeAt(i);
    if (c === 93) return i + 1;
    if (c !== 44) return -1;
    i = blanksEnd(text, i + 1);
  }
}

/** The end of the string whose opening quote is at `i`: no control character, only JSON's escapes. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; ) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j + 1;
    if (c < 32) return -1;
    if (c !== BACKSLASH) {
      j++;
      continue;
    }
    const e = text.charCodeAt(j + 1);
    if (e === 117) {
      if (!isHex(text, j + 2) || !isHex(text, j + 3) || !isHex(text, j + 4) || !isHex(text, j + 5)) return -1;
      j += 6;
    } else if (e === QUOTE || e === BACKSLASH || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
      j += 2;
    } else {
      return -1;
    }
  }
  return -1;
}

function isHex(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** The end of the number at `i`: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?, or -1. */
function numberEnd(text: string, i: number): number {
  if (text.charCodeAt(i) === 45) i++;
  const first = text.charCodeAt(i);
  if (first === 48) i++;
  else if (first >= 49 && first <= 57) i = digitsEnd(text, i);
  else return -1;
  if (text.charCodeAt(i) === 46 && isDigit(text, i + 1)) i = digitsEnd(text, i + 1);
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    const sign = text.charCodeAt(i + 1) === 43 || text.charCodeAt(i + 1) === 45 ? 1 : 0;
    if (isDigit(text, i + 1 + sign)) i = digitsEnd(text, i + 1 + sign);
  }
  return i;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function digitsEnd(text: string, i: number): number {
  while (isDigit(text, i)) i++;
  return i;
}
