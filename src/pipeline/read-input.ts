import { Readable } from 'node:stream';
import { createDecoder, gunzip, isGzip, sniffEncoding, type TextDecoderLike } from '../input/decode.js';
import { LineSplitter } from '../input/lines.js';
import { STDIN, asInputError, openInput } from '../input/open.js';
import { RecordAssembler, type RecordConsumer } from '../records/assembler.js';
import { detectFormat, type FormatScore } from '../records/detect.js';
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
  /** What "-" reads; process.stdin unless a test gives its own. */
  readonly stdin?: Readable;
}

export interface InputConsumer extends RecordConsumer {
  /** `bom`: the input is UTF-8 that starts with a byte-order mark. */
  beginInput?(file: string, format: string | null, bom?: boolean): void;
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
  const source = await openInput(name, options.stdin);
  let format: Format | null = null;
  let assembler: RecordAssembler | null = null;
  let bom = false;
  const early: SourceLine[] = [];

  const start = (chosen: Format): void => {
    format = chosen;
    consumer.beginInput?.(name, chosen.name, bom);
    assembler = new RecordAssembler(name, chosen, consumer);
    for (const line of early) assembler.push(line);
    early.length = 0;
  };
  const splitter = new LineSplitter((line) => {
    if (assembler !== null) assembler.push(line);
    else if (early.push(line) >= DETECT_LINES) start(detectFormat(early.map((l) => l.text), options.formats).format);
  }, options.maxLineLength);

  try {
    const decoded = await decodedChunks(source);
    bom = decoded.bom;
    if (options.format !== undefined) start(options.format);
    for await (const text of decoded.chunks) {
      splitter.push(text);
      if (options.stopped?.()) break;
      await options.afterChunk?.();
    }
    splitter.end();
  } catch (err) {
    finish();
    throw asInputError(name, err);
  } finally {
    if (name !== STDIN) source.destroy();
  }
  finish();
  return { file: name, format: (format as Format | null)?.name ?? null, lines: splitter.linesRead, truncated: splitter.truncated };

  function finish(): void {
    if (assembler === null) {
      if (options.format !== undefined) start(options.format);
      else if (early.length > 0 || options.formats.length > 0) start(detectFormat(early.map((l) => l.text), options.formats).format);
    }
    (assembler as RecordAssembler | null)?.end();
  }
}

/** Every format's detection score on the first lines of an input, best first (what `readInput` would choose from). */
export async function detectInput(name: string, formats: readonly Format[]): Promise<FormatScore[]> {
  const source = await openInput(name);
  const head: string[] = [];
  const splitter = new LineSplitter((line) => head.push(line.text));
  try {
    for await (const text of (await decodedChunks(source)).chunks) {
      splitter.push(text);
      if (head.length >= DETECT_LINES) break;
    }
    splitter.end();
  } catch (err) {
    throw asInputError(name, err);
  } finally {
    if (name !== STDIN) source.destroy();
  }
  return detectFormat(head.slice(0, DETECT_LINES), formats).scores;
}

/**
 * Decoded text chunks: gunzipped when the bytes are gzip, decoded by the byte-order mark (UTF-8 without one); `bom`
 * when the text is UTF-8 after a byte-order mark.
 */
async function decodedChunks(source: Readable): Promise<{ chunks: AsyncIterable<string> | Iterable<string>; bom: boolean }> {
  let bytes = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head = await readHead(bytes);
  if (head !== null && isGzip(head)) {
    bytes = gunzip(Readable.from(prepend(head, bytes)))[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    head = await readHead(bytes);
  }
  if (head === null) return { chunks: [], bom: false };
  const { encoding, bomLength } = sniffEncoding(head);
  return { chunks: decode(head.subarray(bomLength), bytes, createDecoder(encoding)), bom: encoding === 'utf-8' && bomLength > 0 };
}

/** The first chunks, joined until there are enough bytes to tell gzip and a byte-order mark (a pipe may send 1 byte). */
async function readHead(bytes: AsyncIterator<Buffer>): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < 3) {
    const next = await bytes.next();
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  return parts.length === 0 ? null : Buffer.concat(parts);
}

async function* prepend(head: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* decode(head: Buffer, rest: AsyncIterator<Buffer>, decoder: TextDecoderLike): AsyncGenerator<string> {
  yield decoder.write(head);
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield decoder.write(next.value);
  const tail = decoder.end();
  if (tail) yield tail;
}
