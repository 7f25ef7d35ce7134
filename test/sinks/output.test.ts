/**
 * BufferedOutput encodes what it is given in batches: the bytes that reach the stream, in order, must be those of the
 * whole text encoded at once, whatever the sizes of the writes and whatever characters they hold; text written
 * verbatim has its escaped input bytes written back as those bytes. A write error ends the output, and `end()` says it.
 */
import { Writable } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';
import fc from 'fast-check';
import { DiegesisError } from '../../src/errors.js';
import { encodeUtf8 } from '../../src/input/utf8.js';
import { BufferedOutput, spareBatches } from '../../src/sinks/output.js';

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
  fc.string({ unit: fc.constantFrom('é', '€', '\ud83d\ude00', '\ud800', '\udfff', 'a', '\n', '\udce9', '\udc80'), maxLength: 60 }),
  // Longer than a batch once encoded: 3 bytes per unit.
  fc.string({ unit: fc.constantFrom('€', 'a', '\ud83d\ude00', '\udcff'), minLength: 20_000, maxLength: 40_000 }),
).map((text) => `${text}|`);

describe('BufferedOutput', () => {
  it('hands on the bytes of the whole text, in order, whatever the writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(piece, fc.boolean()), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 5 }), async (texts, bytesAt) => {
        const { stream, bytes } = collector();
        const out = new BufferedOutput(stream);
        const expected: Buffer[] = [];
        texts.forEach(([text, verbatim], i) => {
          // Bytes already encoded (a worker's output) may come between texts.
          if (bytesAt.includes(i)) {
            const encoded = Buffer.from(`[${i}]`);
            out.writeBytes(encoded);
            expected.push(encoded);
          }
          if (verbatim) out.writeVerbatim(text);
          else out.write(text);
          expected.push(verbatim ? encodeUtf8(text) : Buffer.from(text, 'utf8'));
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
  it('fills a batch\'s buffer again once the stream has written it, never before', async () => {
    // The stream takes a while over each write, so later batches wait in its queue, held by reference: a buffer filled
    // again too soon would change bytes not yet written.
    const chunks: Buffer[] = [];
    const buffers = new Set<ArrayBufferLike>();
    const stream = new Writable({
      highWaterMark: 4 * 64 * 1024,
      write(chunk: Buffer, _encoding, done) {
        buffers.add(chunk.buffer);
        setImmediate(() => {
          chunks.push(Buffer.from(chunk));
          done();
        });
      },
    });
    const out = new BufferedOutput(stream);
    const lines = Array.from({ length: 40_000 }, (_, i) => `record ${i} ${'x'.repeat(i % 97)}\n`);
    for (const [i, line] of lines.entries()) {
      out.write(line);
      if (i % 1000 === 999) await out.drained();
    }
    await out.end();
    expect(Buffer.concat(chunks).toString()).toBe(lines.join(''));
    // About 35 batches went through a handful of buffers (those queued at once, and one being filled).
    expect(chunks.length).toBeGreaterThan(30);
    expect(buffers.size).toBeLessThan(10);
  });

  it('gives a worker\'s batch back through its spares, and keeps none handed to another thread', () => {
    const spares = spareBatches();
    const first = spares.take(64 * 1024);
    spares.give(first.buffer as ArrayBuffer);
    expect(spares.take(64 * 1024).buffer).toBe(first.buffer);
    // A transferred buffer has no bytes left; one of another size is no batch.
    const { port1 } = new MessageChannel();
    const moved = spares.take(64 * 1024);
    port1.postMessage(null, [moved.buffer as ArrayBuffer]);
    port1.close();
    spares.give(moved.buffer as ArrayBuffer);
    spares.give(new ArrayBuffer(10));
    expect(spares.take(64 * 1024).buffer).not.toBe(moved.buffer);
  });
});

/** A stream whose writes fail with `code`, once `okWrites` have gone through. */
function failing(code: string, okWrites = 0): Writable {
  let writes = 0;
  return new Writable({
    write(_chunk, _encoding, done) {
      if (writes++ < okWrites) done();
      else done(Object.assign(new Error(`${code}: something, write`), { code, syscall: 'write' }));
    },
  });
}

describe('BufferedOutput write errors', () => {
  it('writes an escape as its byte verbatim, and as U+FFFD otherwise (always valid UTF-8)', async () => {
    const { stream, bytes } = collector();
    const out = new BufferedOutput(stream);
    out.writeVerbatim('caf\udce9\n');
    out.write('caf\udce9\n');
    await out.end();
    expect(bytes()).toEqual(Buffer.from('caf\xe9\ncaf\xef\xbf\xbd\n', 'latin1'));
  });

  it.each([0, 3])('a full disk: end() throws one line naming the output and the reason (after %i writes)', async (okWrites) => {
    const out = new BufferedOutput(failing('ENOSPC', okWrites));
    for (let i = 0; i < 100_000 && !out.closed; i++) {
      out.write(`line ${i}\n`);
      await out.drained();
    }
    const error = await out.end().then(() => null, (err: unknown) => err);
    expect(error).toBeInstanceOf(DiegesisError);
    expect((error as DiegesisError).message).toBe('standard output: something');
    expect((error as DiegesisError).exitCode).toBe(2);
    expect(out.closed).toBe(true);
  });

  it('a closed pipe is no error: the output is closed and end() resolves', async () => {
    const out = new BufferedOutput(failing('EPIPE'));
    out.write('line\n');
    await out.end();
    expect(out.closed).toBe(true);
    out.write('more\n');
    await out.end();
  });
});
