/**
 * Messages of one template: equal but for which digit of a given set stands where (same length, so every offset stays
 * put). The decision cache (src/pipeline/cached-classifier.ts) blurs the digits its lexicon never tells apart
 * (Lexicon.digitBlindness): everywhere, its `digits`; in messages where none of its landmarks matches, its
 * `wideDigits` too (the wide template). A landmark relaxes those digits to `\d`, so it matches every message of a
 * template or none of them. Keys are small integers (the cache indexes an array by their low bits); a key is only a
 * hint, `same` is the test.
 */
import type { DigitBlindness } from './digit-blind.js';

/** Characters of a message its key is made of, at most (see Templates.keyOf). */
const KEY_SAMPLES = 128;
const DIGIT_0 = 48;
/** Each ASCII unit as itself. */
const IDENTITY = Uint16Array.from({ length: 128 }, (_, c) => c);

const maskOf = (digits: string): number => [...digits].reduce((mask, d) => mask | (1 << Number(d)), 0);
const classOf = (digits: string): RegExp | null => (digits === '' ? null : new RegExp(`[${digits}]`));
/** Whether the UTF-16 unit `c` is a digit whose bit is set in `mask`. */
const inMask = (c: number, mask: number): boolean =>
  c >= DIGIT_0 && c <= DIGIT_0 + 9 && ((mask >> (c - DIGIT_0)) & 1) === 1;

/** Tells messages of one template by the digits it blurs (see the module comment). */
export class Templates {
  /** Bit d set when the digit d is blurred everywhere. */
  private readonly narrow: number;
  /** Bit d set when the digit d is blurred away from landmarks (a superset of `narrow`). */
  private readonly wide: number;
  /** What a blurred digit counts as in a key: the first digit blurred away from landmarks. */
  private readonly stand: number;
  private readonly narrowClass: RegExp | null;
  private readonly wideClass: RegExp | null;
  private readonly landmarks: RegExp | null;
  /** What each ASCII unit counts as in a key that blurs: a digit blurred in wide templates as `stand`. */
  private readonly wideUnits: Uint16Array;

  constructor(blindness: DigitBlindness) {
    this.narrow = maskOf(blindness.digits);
    this.wide = maskOf(blindness.wideDigits);
    this.stand = blindness.wideDigits === '' ? 0 : blindness.wideDigits.charCodeAt(0);
    this.narrowClass = classOf(blindness.digits);
    this.wideClass = classOf(blindness.wideDigits);
    this.landmarks = blindness.landmarks;
    this.wideUnits = IDENTITY.map((c) => (inMask(c, this.wide) ? this.stand : c));
  }

  /** Whether `text` holds a digit blurred in `wide` templates (else in any). */
  blurs(text: string, wide: boolean): boolean {
    const digits = wide ? this.wideClass : this.narrowClass;
    return digits !== null && digits.test(text);
  }

  /** Whether the template of `message` is the wide one: no landmark matches it (nor any message of its template). */
  isWide(message: string): boolean {
    return this.landmarks === null || !this.landmarks.test(message);
  }

  /**
   * A hash of a message (FNV-1a over UTF-16 units), the digits blurred in wide templates counted as one when `blur`: a
   * small integer, so that the table's own hashing is free. A message of a narrow template shares its key with the
   * wide template around it, and `same` tells them apart. Long messages are sampled (about KEY_SAMPLES characters
   * spread over them, and their length): an entry is checked against the whole message anyway, so two templates that
   * share a key are chained under it.
   */
  keyOf(message: string, blur: boolean): number {
    const units = blur ? this.wideUnits : IDENTITY;
    const length = message.length;
    let h = Math.imul(0x811c9dc5 ^ length, 0x01000193);
    const step = Math.ceil(length / KEY_SAMPLES);
    for (let i = 0; i < length; i += step) {
      const c = message.charCodeAt(i);
      h = Math.imul(h ^ (c < 128 ? (units[c] as number) : c), 0x01000193);
    }
    return h & 0x3fffffff;
  }

  /**
   * Whether `b` is of the template of `a`: equal but for which blurred digit stands where, the digits of wide
   * templates when `wide` (a is of a wide template, and then so is b), else those blurred everywhere.
   */
  same(a: string, b: string, wide: boolean): boolean {
    // No `a === b` first: on strings of one length it compares them too, and most pairs differ in a digit.
    if (a.length !== b.length) return false;
    const mask = wide ? this.wide : this.narrow;
    for (let i = 0; i < a.length; i++) {
      const x = a.charCodeAt(i);
      const y = b.charCodeAt(i);
      if (x !== y && !(inMask(x, mask) && inMask(y, mask))) return false;
    }
    return true;
  }
}
