import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { Utf8Decoder } from './utf8.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Turns bytes into text incrementally; a character split across chunks is completed by the next chunk. */
export interface TextDecoderLike {
  write(bytes: Buffer): string;
  end(): string;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** True when the bytes start like a gzip stream. */
export function isGzip(head: Buffer): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

export function gunzip(source: Readable): Readable {
  return source.pipe(createGunzip());
}

/** A compressed file or an archive that diegesis does not read, and how to get its text out. */
export interface Unreadable {
  /** What the input is, as its error says: "xz-compressed", "a zip archive". */
  readonly what: string;
  /** Its magic bytes, as a pattern on the first bytes read as Latin-1 (one character a byte). */
  readonly magic: RegExp;
  /** The command that writes its text to standard output, before the file's name ("xz -dc"). */
  readonly command: string;
  /** An archive holds files: its tool reads a file, not standard input, and the log is taken out of it. */
  readonly archive: boolean;
}

/**
 * The compressed and archive formats traces come in that Node's zlib cannot read (it reads gzip, read here, and
 * deflate and brotli, which have no magic bytes), told by the bytes they start with. Each magic is matched whole, and
 * none is the start of a text: each has a byte that text has not there, a control byte or one that UTF-8 never has
 * after the byte before it (zip's "PK" goes on with \x03\x04, 7z's "7z" with \xbc), but for bzip2's, all printable,
 * whose "BZh", block size digit and block or end-of-stream marker ("BZh91AY&SY") are ten bytes no log begins with.
 */
const UNREADABLE: readonly Unreadable[] = [
  { what: 'xz-compressed', magic: /^\xfd7zXZ\x00/, command: 'xz -dc', archive: false },
  { what: 'zstd-compressed', magic: /^\x28\xb5\x2f\xfd/, command: 'zstd -dc', archive: false },
  { what: 'bzip2-compressed', magic: /^BZh[1-9](?:1AY&SY|\x17rE8P\x90)/, command: 'bzip2 -dc', archive: false },
  { what: 'lz4-compressed', magic: /^(?:\x04\x22\x4d\x18|\x02\x21\x4c\x18)/, command: 'lz4 -dc', archive: false },
  // gzip reads what Unix compress wrote.
  { what: 'compressed with Unix compress (.Z)', magic: /^\x1f\x9d/, command: 'gzip -dc', archive: false },
  // A local file header, the end record of an empty archive, or the marker that starts a split one.
  { what: 'a zip archive', magic: /^PK(?:\x03\x04|\x05\x06|\x07\x08)/, command: 'unzip -p', archive: true },
  { what: 'a 7z archive', magic: /^7z\xbc\xaf\x27\x1c/, command: '7z x -so', archive: true },
];

/** Bytes enough to tell every magic here, gzip's and a byte-order mark. */
export const MAGIC_BYTES = 10;

/** The format the bytes start as, when it is one diegesis cannot read; else null (text, or gzip). */
export function unreadableFormat(head: Buffer): Unreadable | null {
  const start = head.toString('latin1', 0, MAGIC_BYTES);
  return UNREADABLE.find((format) => format.magic.test(start)) ?? null;
}

/** Reads the byte-order mark: which encoding, and how many bytes of BOM to skip. Without one, UTF-8. */
export function sniffEncoding(head: Buffer): { encoding: Encoding; bomLength: number } {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/**
 * Nothing throws, nothing is dropped. UTF-8 keeps every byte: one that is not part of a well-formed character becomes
 * an escape that the byte-exact outputs write back (utf8.ts). UTF-16 goes through TextDecoder, which replaces a lone
 * surrogate and an odd last byte with U+FFFD (StringDecoder would drop that byte silently); its text is written out
 * as UTF-8.
 */
export function createDecoder(encoding: Encoding): TextDecoderLike {
  if (encoding !== 'utf-8') {
    const decoder = new TextDecoder(encoding, { ignoreBOM: true });
    return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
  }
  return new Utf8Decoder();
}
