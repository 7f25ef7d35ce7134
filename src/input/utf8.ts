/**
 * UTF-8 that keeps every byte. A trace is mostly UTF-8, but Windows traces hold Latin-1 or CP1252 bytes and a crash
 * may leave binary junk; `filter` and `show --color never` must still print the input byte for byte. So a byte that
 * is not part of a well-formed UTF-8 character is decoded to the lone low surrogate U+DC80..U+DCFF (0x80..0xFF plus
 * 0xDC00; an ASCII byte is always well-formed): the "surrogateescape" of Python. Well-formed UTF-8 never decodes to a
 * lone surrogate, so the byte-exact outputs can write each one back as the byte it stands for (`writeUtf8`), and every
 * other output writes text as usual (a lone surrogate as U+FFFD, or escaped; README, "Input encodings").
 *
 * The common path costs nothing more: a chunk that is valid UTF-8 (Node's native `isUtf8`) decodes as before, and text
 * without a lone surrogate (`isWellFormed`, native too) encodes as before.
 */
import { isUtf8 } from 'node:buffer';

declare global {
  interface String {
    /** ES2024, in Node 20: false when the string holds a lone surrogate. */
    isWellFormed(): boolean;
  }
}

/** The first code unit of the escapes: byte 0xHH is U+DCHH. */
const ESCAPE_BASE = 0xdc00;

/** Decodes a whole buffer of UTF-8, each byte that is not part of a well-formed character escaped. */
export function decodeUtf8(bytes: Buffer): string {
  return isUtf8(bytes) ? bytes.toString('utf8') : decodeEscaping(bytes);
}

/**
 * Decodes UTF-8 arriving in chunks: a character cut by a chunk's end is completed by the next one, so the text is the
 * same wherever the chunks end.
 */
export class Utf8Decoder {
  /** The start of a character cut by the last chunk's end (at most 3 bytes). */
  private tail: Buffer | null = null;

  write(bytes: Buffer): string {
    let chunk = bytes;
    if (this.tail !== null) {
      chunk = Buffer.concat([this.tail, bytes]);
      this.tail = null;
    }
    const whole = wholeLength(chunk);
    if (whole < chunk.length) {
      this.tail = Buffer.from(chunk.subarray(whole));
      chunk = chunk.subarray(0, whole);
    }
    return decodeUtf8(chunk);
  }

  /** What is left: a character cut by the end of the input is not one, and its bytes are escaped. */
  end(): string {
    const tail = this.tail;
    this.tail = null;
    return tail === null ? '' : decodeEscaping(tail);
  }
}

/**
 * The length of `bytes` without a character its end cuts: a lead byte in the last three bytes with fewer bytes after
 * it than it announces. Any byte that is not a continuation byte (10xxxxxx) starts a character or is escaped alone,
 * so decoding stops and resumes there exactly as it would in one piece.
 */
function wholeLength(bytes: Buffer): number {
  const length = bytes.length;
  let lead = length - 1;
  while (lead >= 0 && lead >= length - 3 && ((bytes[lead] as number) & 0xc0) === 0x80) lead--;
  if (lead < 0) return length;
  const byte = bytes[lead] as number;
  const announced = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 1;
  return length - lead < announced ? lead : length;
}

/** Decodes runs of well-formed characters natively and escapes each byte between them. */
function decodeEscaping(bytes: Buffer): string {
  let text = '';
  let start = 0;
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at] as number;
    if (byte < 0x80) {
      at++;
      continue;
    }
    const length = characterLength(bytes, at);
    if (length > 0) {
      at += length;
      continue;
    }
    if (at > start) text += bytes.toString('utf8', start, at);
    text += String.fromCharCode(ESCAPE_BASE + byte);
    start = ++at;
  }
  return start < bytes.length ? text + bytes.toString('utf8', start) : text;
}

/** The length of the well-formed multi-byte character at `at` (Unicode's table 3-7), or 0 when there is none. */
function characterLength(bytes: Buffer, at: number): number {
  const lead = bytes[at] as number;
  if (lead >= 0xc2 && lead <= 0xdf) return inRange(bytes, at + 1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const second = lead === 0xe0 ? inRange(bytes, at + 1, 0xa0) : lead === 0xed ? inRange(bytes, at + 1, 0x80, 0x9f) : inRange(bytes, at + 1);
    return second && inRange(bytes, at + 2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const second = lead === 0xf0 ? inRange(bytes, at + 1, 0x90) : lead === 0xf4 ? inRange(bytes, at + 1, 0x80, 0x8f) : inRange(bytes, at + 1);
    return second && inRange(bytes, at + 2) && inRange(bytes, at + 3) ? 4 : 0;
  }
  return 0;
}

/** Whether the byte at `at` is there and a continuation byte (within `low`..`high`, narrower after some leads). */
function inRange(bytes: Buffer, at: number, low = 0x80, high = 0xbf): boolean {
  const byte = bytes[at];
  return byte !== undefined && byte >= low && byte <= high;
}

/**
 * Writes `text` as UTF-8 into `target` from `offset`, each escape (a lone U+DC80..U+DCFF) as the byte it stands for;
 * returns the number of bytes written. `target` must have room for 3 bytes per code unit. Any other lone surrogate
 * (none comes from decoding) is written as U+FFFD, as Buffer.write writes it.
 */
export function writeUtf8(text: string, target: Buffer, offset: number): number {
  if (text.isWellFormed()) return target.write(text, offset, 'utf8');
  let at = offset;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit <= 0xdbff) {
      // A high surrogate: its pair is one character, left to Buffer.write.
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      continue;
    }
    if (unit < ESCAPE_BASE + 0x80 || unit > ESCAPE_BASE + 0xff) continue;
    if (i > start) at += target.write(text.slice(start, i), at, 'utf8');
    target[at++] = unit - ESCAPE_BASE;
    start = i + 1;
  }
  if (start < text.length) at += target.write(text.slice(start), at, 'utf8');
  return at - offset;
}

/** `text` as UTF-8 bytes, escapes written back as their bytes (see writeUtf8). */
export function encodeUtf8(text: string): Buffer {
  const bytes = Buffer.allocUnsafe(text.length * 3);
  return bytes.subarray(0, writeUtf8(text, bytes, 0));
}
