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
/** Bytes of a body a slot holds as bytes, at most: a longer body is held as a string. */
const SLOT_BYTES = 128;

/**
 * sameTemplate for bodies given as bytes of ASCII characters (one byte each): `length` bytes of `a` from `aStart` and
 * of `b` from `bStart`.
 */
function sameTemplateBytes(a: Uint8Array, aStart: number, b: Uint8Array, bStart: number, length: number): boolean {
  let before = -1;
  let free = false;
  for (let i = 0; i < length; i++) {
    const x = a[aStart + i] as number;
    const y = b[bStart + i] as number;
    if (isDigit(x) && !isDigit(before)) free = freesRun(before);
    if (x !== y && !(free && isDigit(x) && isDigit(y) && !(i + 1 < length && isHexMark(a[aStart + i + 1] as number)))) return false;
    before = x;
  }
  return true;
}

/**
 * templateOf for a stream of messages, remembered: a message of the same template as one seen before (sameTemplate)
 * gets that message's template, one and the same string, at the cost of one pass over it; tables keyed by it then find
 * their rows without hashing or comparing a fresh string. Direct-mapped and bounded: a slot holds the last message
 * kept there, and a message is kept once its slot's hash comes back (most messages seen once are never seen again),
 * if it is no longer than MEMO_LENGTH.
 * A message of ASCII characters is read into bytes first, hashed and compared as bytes, and a slot holds a short body
 * as bytes: in V8 a JS loop costs about 48 instructions per character of a sliced string (a record's message is a
 * slice of its line), and the copy about 700 for a message of 50 characters.
 */
export class TemplateMemo {
  /** Each slot's body, when it is held as a string (undefined: none, or held as bytes). */
  private readonly messages: (string | undefined)[];
  /** Each slot's body, when it is held as bytes: its length, else -1; the bytes, from SLOT_BYTES times the slot on. */
  private readonly lengths: Int32Array;
  private readonly held: Uint8Array;
  private readonly templates: string[];
  /** The message last read (see `read`). */
  private readonly bytes = new Uint8Array(READ_BYTES);
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
    this.templates = new Array<string>(this.mask + 1).fill('');
    this.seen = new SeenKeys((this.mask + 1) * 16);
  }

  /** templateOf(message.slice(start)). */
  of(message: string, start = 0): string {
    const read = this.read(message);
    const length = message.length - start;
    const hash = read ? hashOfBytes(this.bytes, start, message.length) : hashOf(message, start);
    const slot = hash & this.mask;
    const held = this.messages[slot];
    if (held !== undefined ? sameTemplate(held, 0, message, start)
      : read && this.lengths[slot] === length && sameTemplateBytes(this.held, slot * SLOT_BYTES, this.bytes, start, length)) {
      return this.templates[slot] as string;
    }
    const body = message.slice(start);
    const template = this.keep(templateOf(body));
    if (length <= MEMO_LENGTH && this.seen.seenBefore(hash)) {
      if (read && length <= SLOT_BYTES) {
        this.held.set(this.bytes.subarray(start, message.length), slot * SLOT_BYTES);
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

  /** Reads `message` into `bytes` when it is ASCII and fits: whether it did. */
  private read(message: string): boolean {
    const { read, written } = this.encoder.encodeInto(message, this.bytes);
    return read === message.length && written === read;
  }
}

/** hashOf for a message read as bytes, from `start` to `end`: the same hash. */
function hashOfBytes(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  let h = Math.imul(0x811c9dc5 ^ length, 0x01000193);
  const step = Math.ceil(length / HASH_SAMPLES);
  for (let i = start; i < end; i += step) {
    const c = bytes[i] as number;
    h = Math.imul(h ^ (isDigit(c) ? DIGIT_0 : c), 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a over a sample of the text's UTF-16 units, every digit as "0", and its length. */
function hashOf(text: string, start: number): number {
  const length = text.length - start;
  let h = Math.imul(0x811c9dc5 ^ length, 0x01000193);
  const step = Math.ceil(length / HASH_SAMPLES);
  for (let i = start; i < text.length; i += step) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (isDigit(c) ? DIGIT_0 : c), 0x01000193);
  }
  return h >>> 0;
}
