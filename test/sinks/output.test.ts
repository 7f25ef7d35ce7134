/**
 * BufferedOutput encodes what it is given in batches: the bytes that reach the stream, in order, must be those of the
 * whole text encoded at once, whatever the sizes of the writes and whatever characters they hold.
 */
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { BufferedOutput } from '../../src/sinks/output.js';

/** A stream that keeps every chunk it is given, as bytes. */
function collector(): { stream: Writable; bytes: () => Buffer; writes: () => number } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks), writes: () => chunks.length };
}

/**
 * Text of every kind a trace may hold: ASCII, 2- and 3-byte characters, astral ones, lone surrogates. Each write ends
 * on a whole character, as the sinks' lines do (they end with their terminator): a surrogate pair cut between two
 * writes would be encoded as one character or two depending on where a batch ends.
 */
const piece = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('é', '€', '\ud83d\ude00', '\ud800', '\udfff', 'a', '\n'), maxLength: 60 }),
  // Longer than a batch once encoded: 3 bytes per unit.
  fc.string({ unit: fc.constantFrom('€', 'a', '\ud83d\ude00'), minLength: 20_000, maxLength: 40_000 }),
).map((text) => `${text}|`);

describe('BufferedOutput', () => {
  it('hands on the bytes of the whole text, in order, whatever the writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 5 }), async (texts, bytesAt) => {
        const { stream, bytes } = collector();
        const out = new BufferedOutput(stream);
        const expected: Buffer[] = [];
        texts.forEach((text, i) => {
          // Bytes already encoded (a worker's output) may come between texts.
          if (bytesAt.includes(i)) {
            const encoded = Buffer.from(`[${i}]`);
            out.writeBytes(encoded);
            expected.push(encoded);
          }
          out.write(text);
          expected.push(Buffer.from(text, 'utf8'));
        });
        await out.end();
        expect(bytes().equals(Buffer.concat(expected))).toBe(true);
      }),
      // No shrinking: a failing case holds strings of tens of thousands of characters.
      { numRuns: 150, endOnFailure: true },
    );
  });

  it('writes in batches, not line by line', async () => {
    const { stream, bytes, writes } = collector();
    const out = new BufferedOutput(stream);
    for (let i = 0; i < 10_000; i++) out.write(`line ${i}\n`);
    await out.end();
    expect(bytes().toString()).toBe(Array.from({ length: 10_000 }, (_, i) => `line ${i}\n`).join(''));
    expect(writes()).toBeLessThan(10);
  });
});
