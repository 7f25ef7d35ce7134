/**
 * Messages of one template: equal but for which digit of a given set stands where (same length, so every offset stays
 * put). The decision cache (src/pipeline/cached-classifier.ts) blurs the digits its lexicon never tells apart
 * (Lexicon.blurredDigits). Keys are small integers, for a Map's own hashing to be free; a key is only a hint, `same`
 * is the test.
 */

/** Characters of a message its key is made of, at most (see Templates.keyOf). */
const KEY_SAMPLES = 128;
const DIGIT_0 = 48;

/** Tells messages of one template by the digits it blurs (see the module comment). */
export class Templates {
  /** Bit d set when the digit d is blurred. */
  private readonly mask: number;
  /** What a blurred digit counts as in a key: the first blurred digit. */
  private readonly stand: number;
  private readonly blurred: RegExp | null;

  constructor(digits: string) {
    this.mask = [...digits].reduce((mask, d) => mask | (1 << Number(d)), 0);
    this.stand = digits === '' ? 0 : digits.charCodeAt(0);
    this.blurred = digits === '' ? null : new RegExp(`[${digits}]`);
  }

  /** Whether `text` holds a blurred digit. */
  blurs(text: string): boolean {
    return this.blurred !== null && this.blurred.test(text);
  }

  /** Whether the UTF-16 unit `c` is a blurred digit. */
  private isBlurred(c: number): boolean {
    const d = c - DIGIT_0;
    return d >= 0 && d <= 9 && ((this.mask >> d) & 1) === 1;
  }

  /**
   * A hash of a message (FNV-1a over UTF-16 units), blurred digits counted as one when `blur`: a small
   * integer, so that the table's own hashing is free. Long messages are sampled (about KEY_SAMPLES characters spread
   * over them, and their length): an entry is checked against the whole message anyway, so two templates that share
   * a key are chained under it.
   */
  keyOf(message: string, blur: boolean): number {
    let h = Math.imul(0x811c9dc5 ^ message.length, 0x01000193);
    const step = Math.ceil(message.length / KEY_SAMPLES);
    for (let i = 0; i < message.length; i += step) {
      const c = message.charCodeAt(i);
      h = Math.imul(h ^ (blur && this.isBlurred(c) ? this.stand : c), 0x01000193);
    }
    return h & 0x3fffffff;
  }

  /** Whether two messages are of one template: equal but for which blurred digit stands where. */
  same(a: string, b: string): boolean {
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a.charCodeAt(i);
      const y = b.charCodeAt(i);
      if (x !== y && !(this.isBlurred(x) && this.isBlurred(y))) return false;
    }
    return true;
  }
}
