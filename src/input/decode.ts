import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

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
 * Invalid bytes become U+FFFD; nothing throws, nothing is dropped. UTF-16 goes through TextDecoder, which also
 * replaces a lone surrogate and an odd last byte (StringDecoder would drop that byte silently).
 */
export function createDecoder(encoding: Encoding): TextDecoderLike {
  if (encoding !== 'utf-8') {
    const decoder = new TextDecoder(encoding, { ignoreBOM: true });
    return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
  }
  const decoder = new StringDecoder('utf8');
  return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() };
}
