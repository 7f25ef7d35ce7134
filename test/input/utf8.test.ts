/**
 * UTF-8 that keeps every byte (src/input/utf8.ts): whatever the bytes, decoding then encoding gives them back; valid
 * UTF-8 decodes as Node decodes it; where the chunks end changes nothing.
 */
import fc from 'fast-check';
import { Utf8Decoder, decodeUtf8, encodeUtf8, writeUtf8 } from '../../src/input/utf8.js';

const bytesOf = (...values: number[]): Buffer => Buffer.from(values);

/** Bytes of every kind: valid text of all widths, Latin-1, stray continuation and lead bytes, encoded surrogates. */
const anyBytes = fc.array(
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }).map((text) => Buffer.from(text, 'utf8')),
    fc.uint8Array({ maxLength: 12 }).map((bytes) => Buffer.from(bytes)),
    fc.constantFrom(
      bytesOf(0xe9), bytesOf(0xff, 0xfe), bytesOf(0xc3), bytesOf(0xe2, 0x82), bytesOf(0xf0, 0x9f, 0x98), bytesOf(0x80),
      bytesOf(0xed, 0xa0, 0x80), bytesOf(0xc0, 0xaf), bytesOf(0xf4, 0x90, 0x80, 0x80), bytesOf(0xe0, 0x80, 0x80),
      bytesOf(0xf0, 0x9f, 0x98, 0x80), bytesOf(0xe2, 0x82, 0xac), bytesOf(0x0a), bytesOf(0x0d),
    ),
  ),
  { maxLength: 30 },
).map((parts) => Buffer.concat(parts));

/** Decodes `bytes` cut into chunks at `cuts`, as a stream arrives. */
function decodeInChunks(bytes: Buffer, cuts: readonly number[]): string {
  const decoder = new Utf8Decoder();
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let text = '';
  let from = 0;
  for (const point of [...points, bytes.length]) {
    text += decoder.write(bytes.subarray(from, point));
    from = point;
  }
  return text + decoder.end();
}

describe('decoding UTF-8 that keeps every byte', () => {
  it('gives back the very bytes once encoded, whatever they are', () => {
    fc.assert(fc.property(anyBytes, (bytes) => {
      expect(encodeUtf8(decodeUtf8(bytes)).equals(bytes)).toBe(true);
    }), { numRuns: 2000 });
  });

  it('decodes valid UTF-8 as Node does, into well-formed text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const bytes = Buffer.from(text, 'utf8');
      expect(decodeUtf8(bytes)).toBe(bytes.toString('utf8'));
      expect(encodeUtf8(text).equals(bytes)).toBe(true);
    }));
  });

  it('turns each byte that is not part of a well-formed character into U+DC80..U+DCFF, and only those', () => {
    expect(decodeUtf8(Buffer.from('caf\xe9 ok', 'latin1'))).toBe('caf\udce9 ok');
    // A cut character, an encoded surrogate, an overlong form, a code point past U+10FFFF: one escape per byte.
    expect(decodeUtf8(bytesOf(0xe2, 0x82, 0x41))).toBe('\udce2\udc82A');
    expect(decodeUtf8(bytesOf(0xed, 0xa0, 0x80))).toBe('\udced\udca0\udc80');
    expect(decodeUtf8(bytesOf(0xc0, 0xaf))).toBe('\udcc0\udcaf');
    expect(decodeUtf8(bytesOf(0xf4, 0x90, 0x80, 0x80))).toBe('\udcf4\udc90\udc80\udc80');
    // Well-formed characters around them are kept.
    expect(decodeUtf8(bytesOf(0xff, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xfe))).toBe('\udcff€😀\udcfe');
    fc.assert(fc.property(anyBytes, (bytes) => {
      const text = decodeUtf8(bytes);
      const lone = text.match(/[\ud800-\udfff]/gu) ?? [];
      expect(lone.every((unit) => unit >= '\udc80' && unit <= '\udcff')).toBe(true);
      // Replacing the escapes gives what Node's own decoding gives, but for how many U+FFFD stand for a cut character.
      const replaced = (decoded: string): string => decoded.replace(/[\udc80-\udcff]/gu, '\ufffd').replace(/\ufffd+/g, '\ufffd');
      expect(replaced(text)).toBe(replaced(bytes.toString('utf8')));
    }), { numRuns: 1000 });
  });

  it('decodes the same wherever the chunks of a stream end', () => {
    fc.assert(fc.property(anyBytes, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
      expect(decodeInChunks(bytes, cuts)).toBe(decodeUtf8(bytes));
    }), { numRuns: 2000 });
    // One byte at a time, as a pipe may send them.
    const bytes = bytesOf(0x41, 0xf0, 0x9f, 0x98, 0x80, 0xe2, 0x82, 0x41, 0xc3, 0xa9, 0xe2, 0x82);
    expect(decodeInChunks(bytes, Array.from({ length: bytes.length }, (_, i) => i))).toBe('A😀\udce2\udc82Aé\udce2\udc82');
  });
});

describe('encoding text that holds escaped bytes', () => {
  it('writes an escape as its byte, a surrogate pair as its character, any other lone surrogate as U+FFFD', () => {
    expect(encodeUtf8('caf\udce9\n')).toEqual(Buffer.from('caf\xe9\n', 'latin1'));
    // U+10080 is the pair D800 DC80: its low half is no escape.
    expect(encodeUtf8('\ud800\udc80\udcff')).toEqual(Buffer.concat([Buffer.from('\ud800\udc80', 'utf8'), bytesOf(0xff)]));
    expect(encodeUtf8('a\ud800b\udc00')).toEqual(Buffer.from('a\ufffdb\ufffd', 'utf8'));
  });

  it('writes into a buffer at an offset and says how many bytes it wrote', () => {
    const target = Buffer.alloc(32, 0x2e);
    expect(writeUtf8('é\udce9', target, 2)).toBe(3);
    expect(target.subarray(0, 6)).toEqual(bytesOf(0x2e, 0x2e, 0xc3, 0xa9, 0xe9, 0x2e));
  });
});
