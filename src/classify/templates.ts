/**
 * Messages of one template: equal but for which digit of a given set stands where (same length, so every offset stays
 * put). The decision cache (src/pipeline/cached-classifier.ts) blurs the digits its lexicon never tells apart
 * (Lexicon.digitBlindness): everywhere, its `digits`; in messages where none of its landmarks matches, its
 * `wideDigits` too (the wide template). A landmark relaxes those digits to `\d`, so it matches every message of a
 * template or none of them. Keys are small integers (the cache indexes an array by their low bits); a key is only a
 * hint, `same` is the test.
 * A message of ASCII characters can also be read once into bytes (`read`), then keyed and compared four bytes at a
 * time (`keyOfRead`, `sameAsRead`): in V8 a JS loop costs about 48 instructions per character of a sliced string
 * (what a record's message is), and the copy (TextEncoder.encodeInto) about 700 for a message of 50 characters.
 * `sameAsRead` answers as `same`; `keyOfRead` is another hash than `keyOf`, but the messages of a template are all
 * read or none (they have one length, and their characters differ only in digits), so they still share their key.
 */
import type { DigitBlindness } from './digit-blind.js';

/** Characters of a message its key is made of, at most (see Templates.keyOf). */
const KEY_SAMPLES = 128;
/** Bytes of a message `read` holds, at most: a longer one is keyed and compared as a string. */
const READ_BYTES = 4096;
const DIGIT_0 = 48;
/** Each ASCII unit as itself. */
const IDENTITY = Uint16Array.from({ length: 128 }, (_, c) => c);
const FNV_PRIME = 0x01000193;
/** A byte in each of the four bytes of a word. */
const EACH_BYTE = 0x01010101;

const maskOf = (digits: string): number => [...digits].reduce((mask, d) => mask | (1 << Number(d)), 0);
const classOf = (digits: string): RegExp | null => (digits === '' ? null : new RegExp(`[${digits}]`));
/** Whether the UTF-16 unit `c` is a digit whose bit is set in `mask`. */
const inMask = (c: number, mask: number): boolean =>
  c >= DIGIT_0 && c <= DIGIT_0 + 9 && ((mask >> (c - DIGIT_0)) & 1) === 1;

/**
 * For each run of consecutive digits in `mask` ("1-9" for the built-in lexicon), the two addends that tell, in a word
 * of four ASCII bytes, the bytes of the run: `x + a` sets a byte's top bit when it is at least the run's first digit,
 * `x + b` when it is past its last one, and neither carries into the next byte (ASCII bytes are under 0x80).
 */
function runAddends(mask: number): Int32Array {
  const addends: number[] = [];
  for (let d = 0; d <= 9; d++) {
    if (!inMask(DIGIT_0 + d, mask)) continue;
    let last = d;
    while (last < 9 && inMask(DIGIT_0 + last + 1, mask)) last++;
    addends.push(Math.imul(0x80 - (DIGIT_0 + d), EACH_BYTE), Math.imul(0x80 - (DIGIT_0 + last + 1), EACH_BYTE));
    d = last;
  }
  return Int32Array.from(addends);
}

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
  /** The bytes of the message last read (see `read`), and the same as words of four bytes. */
  readonly bytes = new Uint8Array(READ_BYTES);
  private readonly words = new Int32Array(this.bytes.buffer);
  private readonly encoder = new TextEncoder();
  /** runAddends of the digits blurred in wide templates, and a word of four `stand`s. */
  private readonly wideAddends: Int32Array;
  private readonly standWord: number;

  constructor(blindness: DigitBlindness) {
    this.narrow = maskOf(blindness.digits);
    this.wide = maskOf(blindness.wideDigits);
    this.stand = blindness.wideDigits === '' ? 0 : blindness.wideDigits.charCodeAt(0);
    this.narrowClass = classOf(blindness.digits);
    this.wideClass = classOf(blindness.wideDigits);
    this.landmarks = blindness.landmarks;
    this.wideUnits = IDENTITY.map((c) => (inMask(c, this.wide) ? this.stand : c));
    this.wideAddends = runAddends(this.wide);
    this.standWord = Math.imul(this.stand, EACH_BYTE);
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
   * Reads `message` into `bytes` when it is ASCII (each character one byte of UTF-8) and fits: its length, else -1
   * (`bytes` then holds nothing usable).
   */
  read(message: string): number {
    const { read, written } = this.encoder.encodeInto(message, this.bytes);
    return read === message.length && written === read ? written : -1;
  }

  /**
   * The key of the message last read, `length` its length (as `read` returned it), its digits blurred in wide
   * templates counted as `stand` (as keyOf(message, true) counts them): FNV-1a over its words, then its last bytes,
   * then mixed.
   * Long messages are sampled as keyOf samples them.
   */
  keyOfRead(length: number): number {
    const words = this.words;
    const addends = this.wideAddends;
    const stand = this.standWord;
    let h = Math.imul(0x811c9dc5 ^ length, FNV_PRIME);
    const count = length >> 2;
    const step = Math.ceil(count / (KEY_SAMPLES >> 2));
    for (let i = 0; i < count; i += step) {
      const x = words[i] as number;
      let blurred = 0;
      for (let r = 0; r < addends.length; r += 2) blurred |= ((x + (addends[r] as number)) | 0) & ~((x + (addends[r + 1] as number)) | 0);
      // 0xff in each blurred byte, which then becomes `stand`.
      const bytes = Math.imul((blurred >>> 7) & EACH_BYTE, 0xff);
      h = Math.imul(h ^ (x ^ ((x ^ stand) & bytes)), FNV_PRIME);
    }
    const units = this.wideUnits;
    for (let i = count << 2; i < length; i++) h = Math.imul(h ^ (units[this.bytes[i] as number] as number), FNV_PRIME);
    // A product moves bits only upwards, and the cache indexes by the low bits: the high bytes of the words are
    // brought down (murmur3's finaliser), else they would not tell keys apart there.
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) & 0x3fffffff;
  }

  /** The digits that `sameAsRead` blurs for a message of a wide template (else of a narrow one). */
  maskOf(wide: boolean): number {
    return wide ? this.wide : this.narrow;
  }

  /**
   * Whether the message last read (`length` long) is the message `a` but for which digit of `mask` stands where:
   * same(a, message, wide) with the mask of maskOf(wide), or `a === message` with 0. `a` is given by its bytes, from
   * `at` (a multiple of four) in `held`, and `heldWords` the same bytes as words; it is ASCII and `aLength` long.
   */
  sameAsRead(held: Uint8Array, heldWords: Int32Array, at: number, aLength: number, length: number, mask: number): boolean {
    if (aLength !== length) return false;
    const words = this.words;
    const count = length >> 2;
    const first = at >> 2;
    // Words mostly agree; one that does not may still differ only in blurred digits.
    for (let i = 0; i < count; i++) {
      if (heldWords[first + i] !== words[i] && !this.sameBytes(held, at + (i << 2), i << 2, 4, mask)) return false;
    }
    return this.sameBytes(held, at + (count << 2), count << 2, length & 3, mask);
  }

  /** Whether `count` bytes of `held` from `at` are those of the message last read from `from`, but for digits of `mask`. */
  private sameBytes(held: Uint8Array, at: number, from: number, count: number, mask: number): boolean {
    const bytes = this.bytes;
    for (let i = 0; i < count; i++) {
      const x = held[at + i] as number;
      const y = bytes[from + i] as number;
      if (x !== y && !(inMask(x, mask) && inMask(y, mask))) return false;
    }
    return true;
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
