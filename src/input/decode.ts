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
