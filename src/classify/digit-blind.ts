/**
 * Which digits a lexicon never tells apart. The built-in one sees most digits only as a class (`\d`, `[0-9]`) or counts
 * them; a few stand in its patterns ("127.0.0.1", "::1"). Two messages that differ only in which of the other digits
 * stands where get the same decision (src/pipeline/cached-classifier.ts builds on it).
 *
 * A digit a pattern names literally only tells messages apart where the text around it is the pattern's literal text
 * around it: "127.0.0.1" can only match where the message has three digits, ".0.0." and a digit. Those places are the
 * lexicon's landmarks (the runs of literal text around each literal digit, the digits 1-9 in them relaxed to `\d`, so a
 * landmark matches a message exactly when it matches any message of its template). A message without a landmark can
 * blur those digits too: its template is the wide one.
 */
import type { RawLexicon } from './lexiconFile.js';

const ALL = '123456789';

/** What a lexicon tells apart among the digits 1-9 (0 is left out: "0x" is a mark of its own). */
export interface DigitBlindness {
  /** Digits nothing tells apart: no word names them, no pattern literally, and every character class holds all or none. */
  readonly digits: string;
  /** `digits` and those only pattern literals name: blurred in messages where no landmark matches. */
  readonly wideDigits: string;
  /** Where a pattern literal may tell wide digits apart (see the module comment); null when no pattern names one. */
  readonly landmarks: RegExp | null;
}

/** Blurs nothing: for lexicons whose patterns compare digits with each other (backreferences). */
const SEES_ALL: DigitBlindness = { digits: '', wideDigits: '', landmarks: null };

/** The digits a lexicon never tells apart, everywhere and away from its landmarks (see the module comment). */
export function digitBlindness(raw: RawLexicon): DigitBlindness {
  let wide = ALL;
  const literal = new Set<string>();
  const landmarks = new Set<string>();
  let backreference = false;
  const drop = (told: (digit: string) => boolean): void => {
    wide = [...wide].filter((d) => !told(d)).join('');
  };
  visit(raw, '', (text, isPattern) => {
    if (!isPattern) {
      // Words and phrases are compared normalized (case, blanks and punctuation dropped): no landmark can stand for them.
      drop((d) => text.includes(d));
      return;
    }
    const found = digitsOf(text);
    backreference ||= found.backreference;
    for (const d of found.literals) literal.add(d);
    for (const run of found.runs) landmarks.add(run);
    for (const cls of found.classes) {
      // A class that holds some of the digits but not all tells those apart from the others: keep the larger side.
      const held = [...wide].filter((d) => cls.test(d));
      if (held.length === 0 || held.length === wide.length) continue;
      drop(held.length * 2 > wide.length ? (d) => !held.includes(d) : (d) => held.includes(d));
    }
  });
  if (backreference) return SEES_ALL;
  const digits = [...wide].filter((d) => !literal.has(d)).join('');
  return { digits, wideDigits: wide, landmarks: landmarks.size === 0 ? null : new RegExp([...landmarks].join('|'), 'iu') };
}

/** One unit of a pattern: a literal character, or anything else (a class, a group mark, an anchor, `.`, `|`). */
interface Atom {
  /** The character matched, for a literal. */
  readonly char: string | null;
  /** Whether a quantifier follows it ("1?", "a{2}"): then it may match zero or several times. */
  quantified: boolean;
}

const OTHER = (): Atom => ({ char: null, quantified: false });
const literalAtom = (char: string): Atom => ({ char, quantified: false });

/** What a regex source says about digits: the ones it names literally, the landmarks around them, its classes. */
export interface PatternDigits {
  /** Digits 1-9 the pattern names literally (or by an escape). */
  readonly literals: Set<string>;
  /** Regex sources of the runs of literal text around each literal digit 1-9, those digits relaxed to `\d`. */
  readonly runs: string[];
  /** The character classes, compiled. */
  readonly classes: RegExp[];
  /** Whether it compares text with what a group matched (`\1`, `\k<name>`): digits are then compared to each other. */
  readonly backreference: boolean;
}

export function digitsOf(source: string): PatternDigits {
  const atoms: Atom[] = [];
  const classes: RegExp[] = [];
  let backreference = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      const code = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\})/.exec(source.slice(i + 1));
      if (code !== null) {
        atoms.push(literalAtom(String.fromCodePoint(Number.parseInt((code[1] ?? code[2] ?? code[3]) as string, 16))));
        i += code[0].length;
      } else if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')) {
        backreference = true;
        atoms.push(OTHER());
        i = next === 'k' ? source.indexOf('>', i) : i + 1;
      } else if (/[pP]/.test(next) && source[i + 2] === '{') {
        atoms.push(OTHER()); // a Unicode property: all digits or none
        i = source.indexOf('}', i);
      } else {
        // \d, \w, \b and the like stand for a class or a place; \. \/ \- and the like for the character itself.
        atoms.push(/[A-Za-z0]/.test(next) ? OTHER() : literalAtom(next));
        i++;
      }
    } else if (c === '[') {
      const end = classEnd(source, i);
      classes.push(new RegExp(source.slice(i, end + 1), 'u'));
      atoms.push(OTHER());
      i = end;
    } else if (c === '?' || c === '*' || c === '+' || (c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(i)))) {
      const last = atoms[atoms.length - 1];
      if (last !== undefined) last.quantified = true;
      if (c === '{') i = source.indexOf('}', i);
    } else if (c === '(') {
      // A group opens; its kind ("?:", "?<=", "?<name>") is not text.
      const kind = /^\(\?(?:<[=!]|[:=!]|<[^>]*>)?/.exec(source.slice(i));
      atoms.push(OTHER());
      i += (kind?.[0].length ?? 1) - 1;
    } else {
      atoms.push('^$|).'.includes(c) ? OTHER() : literalAtom(c));
    }
  }
  const literals = new Set<string>();
  const runs: string[] = [];
  atoms.forEach((atom, at) => {
    if (atom.char === null || !ALL.includes(atom.char)) return;
    literals.add(atom.char);
    runs.push(landmark(atoms, at));
  });
  return { literals, runs, classes, backreference };
}

const plain = (atom: Atom | undefined): atom is Atom & { char: string } => atom !== undefined && atom.char !== null && !atom.quantified;

/**
 * The run of literal text the digit at `at` stands in whenever the pattern matches it: the literals before it, and
 * after it unless the digit itself is quantified, none of them quantified. Digits 1-9 in it relax to `\d`.
 */
function landmark(atoms: readonly Atom[], at: number): string {
  let from = at;
  while (plain(atoms[from - 1])) from--;
  let to = at + 1;
  if (!(atoms[at] as Atom).quantified) while (plain(atoms[to])) to++;
  return atoms
    .slice(from, to)
    .map((a) => (ALL.includes(a.char as string) ? '\\d' : (a.char as string).replace(/[$()*+./?[\\\]^{|}]/g, '\\$&')))
    .join('');
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
