import { Readable } from 'node:stream';
import { createDecoder, gunzip, isGzip, sniffEncoding } from '../input/decode.js';
import { LineSplitter } from '../input/lines.js';
import { asInputError, openInput } from '../input/open.js';
import { RecordAssembler, type RecordConsumer } from '../records/assembler.js';
import { detectFormat } from '../records/detect.js';
import type { Format } from '../records/format.js';
import type { SourceLine } from '../records/types.js';

export interface InputOptions {
  /** The formats to detect from; the first lines of the input choose one. */
  readonly formats: readonly Format[];
  /** Forces a format instead of detecting one. */
  readonly format?: Format;
  /** Longer lines are cut to this many characters (and counted). */
  readonly maxLineLength?: number;
  /** Awaited after each input chunk: where the output's back-pressure reaches the reader. */
  readonly afterChunk?: () => Promise<void>;
  /** Polled after each chunk: true stops reading (a closed output, an interrupt). */
  readonly stopped?: () => boolean;
}

export interface InputConsumer extends RecordConsumer {
  beginInput?(file: string, format: string | null): void;
}

export interface InputStats {
  readonly file: string;
  readonly format: string | null;
  readonly lines: number;
  readonly truncated: number;
}

/** How many first lines detection looks at. */
const DETECT_LINES = 64;

/**
 * Streams one input through decoding, line splitting and record assembly into `consumer`.
 * Throws a DiegesisError naming the input when it cannot be opened or read; what was read before is already handed on.
 */
export async function readInput(name: string, options: InputOptions, consumer: InputConsumer): Promise<InputStats> {
  const source = await openInput(name);
  let format: Format | null = options.format ?? null;
  let assembler: RecordAssembler | null = null;
  const early: SourceLine[] = [];

  const start = (chosen: Format): void => {
    format = chosen;
    consumer.beginInput?.(name, chosen.name);
    assembler = new RecordAssembler(name, chosen, consumer);
    for (const line of early) assembler.push(line);
    early.length = 0;
  };
  const splitter = new LineSplitter((line) => {
    if (assembler !== null) assembler.push(line);
    else if (early.push(line) >= DETECT_LINES) start(detectFormat(early.map((l) => l.text), options.formats).format);
  }, options.maxLineLength);
  if (format !== null) start(format);

  try {
    const decoded = await decodedChunks(source);
    for await (const text of decoded) {
      splitter.push(text);
      if (options.stopped?.()) break;
      await options.afterChunk?.();
    }
    splitter.end();
  } catch (err) {
    finish();
    throw asInputError(name, err);
  } finally {
    if (source !== process.stdin) source.destroy();
  }
  finish();
  return { file: name, format: (format as Format | null)?.name ?? null, lines: splitter.linesRead, truncated: splitter.truncated };

  function finish(): void {
    if (assembler === null && (early.length > 0 || options.formats.length > 0)) {
      start(detectFormat(early.map((l) => l.text), options.formats).format);
    }
    (assembler as RecordAssembler | null)?.end();
  }
}

/** Decoded text chunks: gunzipped when the bytes are gzip, decoded by the byte-order mark (UTF-8 without one). */
async function decodedChunks(source: Readable): Promise<AsyncIterable<string>> {
  const bytes = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let first = await bytes.next();
  let stream: AsyncIterator<Buffer> = bytes;
  if (!first.done && isGzip(first.value)) {
    stream = gunzip(Readable.from(prepend(first.value, bytes)))[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    first = await stream.next();
  }
  return decode(first, stream);
}

async function* prepend(head: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* decode(first: IteratorResult<Buffer>, rest: AsyncIterator<Buffer>): AsyncGenerator<string> {
  if (first.done) return;
  const { encoding, bomLength } = sniffEncoding(first.value);
  const decoder = createDecoder(encoding);
  yield decoder.write(first.value.subarray(bomLength));
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield decoder.write(next.value);
  const tail = decoder.end();
  if (tail) yield tail;
}
