/**
 * Which digits a lexicon never tells apart. The built-in one sees most digits only as a class (`\d`, `[0-9]`) or counts
 * them; only a few stand in its words and patterns ("127.0.0.1"). Two messages that differ only in which of the other
 * digits stands where get the same decision (src/pipeline/cached-classifier.ts builds on it).
 */
import type { RawLexicon } from './lexiconFile.js';

const ALL = '123456789';

/**
 * The digits 1-9 (0 is left out: "0x" is a mark of its own) that nothing in the lexicon tells apart: none stands in a
 * word or phrase or as a literal of a pattern, and every character class holds all of them or none.
 */
export function blurredDigits(raw: RawLexicon): string {
  let digits = ALL;
  const drop = (told: (digit: string) => boolean): void => {
    digits = [...digits].filter((d) => !told(d)).join('');
  };
  visit(raw, '', (text, isPattern) => {
    if (!isPattern) {
      drop((d) => text.includes(d));
      return;
    }
    const { literals, classes } = digitsOf(text);
    drop((d) => literals.has(d));
    for (const cls of classes) {
      // A class that holds some of the digits but not all tells those apart from the others: keep the larger side.
      const held = [...digits].filter((d) => cls.test(d));
      if (held.length === 0 || held.length === digits.length) continue;
      drop(held.length * 2 > digits.length ? (d) => !held.includes(d) : (d) => held.includes(d));
    }
  });
  return digits;
}

/** The digits a regex source names literally (or by an escape) and its character classes, compiled. */
export function digitsOf(source: string): { literals: Set<string>; classes: RegExp[] } {
  const literals = new Set<string>();
  const classes: RegExp[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      const hex = next === 'x' ? source.slice(i + 2, i + 4) : next === 'u' ? source.slice(i + 2, i + 6) : '';
      if (hex !== '') literals.add(String.fromCharCode(Number.parseInt(hex, 16)));
      // Other escapes (\d, \., a backreference \1 or \k<name>) stand for a class or for what a group matched.
      i = next === 'k' && source[i + 2] === '<' ? source.indexOf('>', i) : i + 1 + hex.length;
    } else if (c === '[') {
      const end = classEnd(source, i);
      classes.push(new RegExp(source.slice(i, end + 1), 'u'));
      i = end;
    } else if (c === '{') {
      const quantifier = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i));
      if (quantifier !== null) i += quantifier[0].length - 1;
    } else if (c === '(' && source.startsWith('(?<', i) && !/^\(\?<[=!]/.test(source.slice(i))) {
      i = source.indexOf('>', i);
    } else if (ALL.includes(c)) {
      literals.add(c);
    }
  }
  return { literals, classes };
}

/** The index of the "]" that closes the class opening at `start`. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > start + 1) return i;
  }
  return source.length - 1;
}

/** Every word, phrase and pattern of the lexicon's data (descriptions and pattern names are documentation). */
function visit(value: unknown, key: string, see: (text: string, isPattern: boolean) => void): void {
  if (typeof value === 'string') {
    if (key !== 'name' && key !== 'description' && key !== '$schema') see(value, key === 'pattern');
  } else if (Array.isArray(value)) {
    for (const item of value) visit(item, key, see);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // Alias tables are keyed by narrator names, which are vocabulary too.
      if (key === 'narratorAliases') see(k, false);
      visit(v, key === 'narratorAliases' ? key : k, see);
    }
  }
}
