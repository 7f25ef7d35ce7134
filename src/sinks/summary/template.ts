/**
 * A message's template: the variable parts masked, so that "job 88 failed" and "job 91 failed" count as one message.
 * Masks, in this order (an earlier mask hides what a later one would see): quoted strings, GUIDs, paths, hex numbers,
 * decimal numbers. Runs of white space become one space. Pure and allocation-light: it runs once per record, so a
 * mask runs only when the text holds a character it needs (most messages have no quote, GUID or path).
 * TemplateMemo serves the template of a message already seen to the messages that differ from it only in digits.
 */
import { detach } from '../../input/detach.js';
import { SeenKeys } from '../../input/seen-keys.js';

/** "..." and '...' on one line; an apostrophe inside a word (don't) is not a quote. */
const QUOTED = /"[^"]*"|(?<![\p{L}\p{N}])'[^']*'(?![\p{L}\p{N}])/gu;
const GUID = /\{?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b\}?/gi;
/** Windows (C:\x, \\server\share) and POSIX (/usr/x, ./x) paths with at least one separator after the root. */
const PATH = /(?:\b[A-Za-z]:\\|\\\\)[^\s"'<>|,;]+|(?<![\w.:/])\.{0,2}\/[\w.-]+(?:\/[\w.@-]*)+/g;
const HEX = /\b0x[0-9a-f]+\b|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi;
const NUMBER = /(?<![\p{L}\p{N}_])[-+]?\d+(?:[.,]\d+)*/gu;
/** A single space is its own mask: only longer runs and other white space are replaced. */
const SPACES = /\s\s+|[^\S ]/g;
const DIGIT = /\d/;

/** Longer templates are cut here (with "..."), so one huge message cannot take much memory. */
export const MAX_TEMPLATE_LENGTH = 160;

export function templateOf(message: string): string {
  let text = message;
  if (text.includes('"') || text.includes("'")) text = text.replace(QUOTED, '<str>');
  if (text.includes('-')) text = text.replace(GUID, '<guid>');
  if (text.includes('/') || text.includes('\\')) text = text.replace(PATH, '<path>');
  // Both need a digit: 0x..., a hex run (its lookahead), a number; the masks before add none.
  if (DIGIT.test(text)) text = text.replace(HEX, '<hex>').replace(NUMBER, '<n>');
  text = text.replace(SPACES, ' ').trim();
  return text.length > MAX_TEMPLATE_LENGTH ? `${text.slice(0, MAX_TEMPLATE_LENGTH - 3)}...` : text;
}

const DIGIT_0 = 48;
const isDigit = (c: number): boolean => c >= DIGIT_0 && c <= DIGIT_0 + 9;
/** "x" and "X": after a "0", they make a hex number, which the same run of other digits is not. */
const isHexMark = (c: number): boolean => c === 120 || c === 88;
/**
 * Whether a run of digits after the character `c` (-1: the start of the text) is masked as a number whatever its
 * digits: NUMBER takes a run that no letter, digit or "_" precedes. Any other character but ASCII punctuation and
 * white space is taken to block it (a conservative answer only costs hits).
 */
const freesRun = (c: number): boolean =>
  c < 128 && !(isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);

/**
 * Whether `a` and `b` (from `aStart`, `bStart`) have one template: equal but for digits that the masks take whatever
 * they are, those of a run NUMBER masks (see freesRun), not before an "x" (where "0" is a hex prefix). The masks see
 * digits only as a class (`\d`, `[0-9a-f]`, `\p{N}`, `\b`) but for that "0x", and what they replace ends at the end
 * of a run of digits; the lengths are equal, so every offset, and the cut at MAX_TEMPLATE_LENGTH, stays put. Digits of
 * a run that stays in the template ("DC920", "db01") must be equal. test/sinks/summary/template.test.ts checks it on
 * random messages.
 */
export function sameTemplate(a: string, aStart: number, b: string, bStart: number): boolean {
  const length = a.length - aStart;
  if (b.length - bStart !== length) return false;
  /** The character before `i` in `a` (-1 before the first), and whether the run of digits at `i` is masked whatever its digits. */
  let before = -1;
  let free = false;
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(aStart + i);
    if (isDigit(x) && !isDigit(before)) free = freesRun(before);
    if (x !== b.charCodeAt(bStart + i) && !(free && isDigit(x) && isDigit(b.charCodeAt(bStart + i)) && !isHexMark(a.charCodeAt(aStart + i + 1)))) return false;
    before = x;
  }
  return true;
}

/** Characters of a message its slot is chosen by, at most (spread over it). */
const HASH_SAMPLES = 64;
/** Longer messages are not kept (their template is worked out each time): the memo holds at most 4096 of these. */
const MEMO_LENGTH = 1024;
/** Bytes of a message the memo reads (TextEncoder.encodeInto) to work on them, at most: a longer one is worked on as a string. */
const READ_BYTES = 4096;
/** Bytes of a body a slot holds as bytes, at most (a multiple of four): a longer body is held as a string. */
const SLOT_BYTES = 128;
const FNV_PRIME = 0x01000193;
/** A byte in each of the four bytes of a word. */
const EACH_BYTE = 0x01010101;
/**
 * Added to a word of four ASCII bytes, they set the top bit of each byte that is at least "0", and of each past "9";
 * no byte carries into the next (ASCII bytes are under 0x80).
 */
const FROM_0 = Math.imul(0x80 - DIGIT_0, EACH_BYTE);
const PAST_9 = Math.imul(0x80 - DIGIT_0 - 10, EACH_BYTE);

/** A word of four ASCII bytes with each digit as "0" (its low four bits cleared), as hashOf counts digits. */
function zeroDigits(word: number): number {
  const digits = ((((word + FROM_0) | 0) & ~((word + PAST_9) | 0)) >>> 7) & EACH_BYTE;
  return word & ~Math.imul(digits, 0x0f);
}

/**
 * Whether bytes `from` to `to` of the bodies `a` (from `aAt`) and `b` (from `bAt`), both `length` long, differ only
 * where sameTemplate lets them: in digits of a run masked whatever its digits, not before an "x". Bytes before `from`
 * are equal but for such digits, so a run that starts before `from` starts at the same place in both.
 */
function sameBytesOfTemplate(a: Uint8Array, aAt: number, b: Uint8Array, bAt: number, from: number, to: number, length: number): boolean {
  for (let i = from; i < to; i++) {
    const x = a[aAt + i] as number;
    const y = b[bAt + i] as number;
    if (x !== y && !(isDigit(x) && isDigit(y) && !(i + 1 < length && isHexMark(a[aAt + i + 1] as number)) && freeRunAt(a, aAt, i))) return false;
  }
  return true;
}

/** Whether the run of digits at `i` of the body from `at` in `bytes` is masked whatever its digits (see freesRun). */
function freeRunAt(bytes: Uint8Array, at: number, i: number): boolean {
  let first = i;
  while (first > 0 && isDigit(bytes[at + first - 1] as number)) first--;
  return freesRun(first === 0 ? -1 : (bytes[at + first - 1] as number));
}

/**
 * templateOf for a stream of messages, remembered: a message of the same template as one seen before (sameTemplate)
 * gets that message's template, one and the same string, at the cost of one pass over it; tables keyed by it then find
 * their rows without hashing or comparing a fresh string. Direct-mapped and bounded: a slot holds the last message
 * kept there, and a message is kept once its slot's hash comes back (most messages seen once are never seen again),
 * if it is no longer than MEMO_LENGTH.
 * A message of ASCII characters is read into bytes first, its body from a multiple of four, then hashed and compared
 * four bytes at a time, and a slot holds a short body as bytes: in V8 a JS loop costs about 48 instructions per
 * character of a sliced string (a record's message is a slice of its line), and the copy about 700 for a message of
 * 50 characters.
 */
export class TemplateMemo {
  /** Each slot's body, when it is held as a string (undefined: none, or held as bytes). */
  private readonly messages: (string | undefined)[];
  /** Each slot's body, when it is held as bytes: its length, else -1; the bytes, from SLOT_BYTES times the slot on. */
  private readonly lengths: Int32Array;
  private readonly held: Uint8Array;
  private readonly heldWords: Int32Array;
  private readonly templates: string[];
  /** The message last read (see `read`), and the same bytes as words. */
  private readonly bytes = new Uint8Array(READ_BYTES + 3);
  private readonly words = new Int32Array(this.bytes.buffer, 0, (READ_BYTES + 3) >> 2);
  /** `bytes` from each offset 0 to 3 on, READ_BYTES long: what `read` writes a message to. */
  private readonly views = [0, 1, 2, 3].map((offset) => this.bytes.subarray(offset, offset + READ_BYTES));
  private readonly encoder = new TextEncoder();
  /** Hashes seen once: a message is kept once its hash comes back. */
  private readonly seen: SeenKeys;
  private readonly mask: number;

  /** `keep`: how a template is held (the kept copy a summary's tables share). */
  constructor(
    private readonly keep: (template: string) => string = detach,
    slots = 4096,
  ) {
    this.mask = 2 ** Math.ceil(Math.log2(Math.max(slots, 2))) - 1;
    this.messages = new Array<string | undefined>(this.mask + 1).fill(undefined);
    this.lengths = new Int32Array(this.mask + 1).fill(-1);
    this.held = new Uint8Array((this.mask + 1) * SLOT_BYTES);
    this.heldWords = new Int32Array(this.held.buffer);
    this.templates = new Array<string>(this.mask + 1).fill('');
    this.seen = new SeenKeys((this.mask + 1) * 16);
  }

  /** templateOf(message.slice(start)). */
  of(message: string, start = 0): string {
    const at = this.read(message, start);
    const length = message.length - start;
    const hash = at >= 0 ? this.hashOfRead(at, length) : hashOf(message, start);
    const slot = hash & this.mask;
    const held = this.messages[slot];
    if (held !== undefined ? sameTemplate(held, 0, message, start)
      : at >= 0 && this.lengths[slot] === length && this.sameAsRead(slot * SLOT_BYTES, at, length)) {
      return this.templates[slot] as string;
    }
    const body = message.slice(start);
    const template = this.keep(templateOf(body));
    if (length <= MEMO_LENGTH && this.seen.seenBefore(hash)) {
      if (at >= 0 && length <= SLOT_BYTES) {
        this.held.set(this.bytes.subarray(at, at + length), slot * SLOT_BYTES);
        this.lengths[slot] = length;
        this.messages[slot] = undefined;
      } else {
        this.lengths[slot] = -1;
        this.messages[slot] = detach(body);
      }
      this.templates[slot] = template;
    }
    return template;
  }

  /**
   * Reads `message` into `bytes` when it is ASCII and fits, so that its body (from `start`) starts at a multiple of
   * four: where the body starts in `bytes`, or -1 when it was not read.
   */
  private read(message: string, start: number): number {
    const offset = -start & 3;
    const { read, written } = this.encoder.encodeInto(message, this.views[offset] as Uint8Array);
    return read === message.length && written === read ? offset + start : -1;
  }

  /**
   * A hash of the body read (`length` bytes from `at`) that is the same for bodies of one template: FNV-1a over its
   * words, each digit as "0" (sampled as hashOf samples), then its last bytes, then mixed: the slot is its low bits,
   * which a product fills only from the bits below them, so the high bytes are brought down (murmur3's finaliser).
   */
  private hashOfRead(at: number, length: number): number {
    const { bytes, words } = this;
    let h = Math.imul(0x811c9dc5 ^ length, FNV_PRIME);
    const first = at >> 2;
    const count = length >> 2;
    const step = Math.ceil(count / (HASH_SAMPLES >> 2));
    for (let i = 0; i < count; i += step) h = Math.imul(h ^ zeroDigits(words[first + i] as number), FNV_PRIME);
    for (let i = at + (count << 2); i < at + length; i++) {
      const c = bytes[i] as number;
      h = Math.imul(h ^ (isDigit(c) ? DIGIT_0 : c), FNV_PRIME);
    }
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  /**
   * sameTemplate for the body held from `heldAt` and the body read (`length` bytes from `at`): four bytes at a time,
   * and byte by byte where the words differ (mostly in digits).
   */
  private sameAsRead(heldAt: number, at: number, length: number): boolean {
    const { held, heldWords, bytes, words } = this;
    const count = length >> 2;
    for (let i = 0; i < count; i++) {
      if (heldWords[(heldAt >> 2) + i] === words[(at >> 2) + i]) continue;
      if (!sameBytesOfTemplate(held, heldAt, bytes, at, i << 2, (i << 2) + 4, length)) return false;
    }
    return sameBytesOfTemplate(held, heldAt, bytes, at, count << 2, length, length);
  }
}

/** FNV-1a over a sample of the text's UTF-16 units, every digit as "0", and its length. */
function hashOf(text: string, start: number): number {
  const length = text.length - start;
  let h = Math.imul(0x811c9dc5 ^ length, FNV_PRIME);
  const step = Math.ceil(length / HASH_SAMPLES);
  for (let i = start; i < text.length; i += step) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (isDigit(c) ? DIGIT_0 : c), FNV_PRIME);
  }
  return h >>> 0;
}
