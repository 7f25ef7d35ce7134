import { Readable } from 'node:stream';
import { MAGIC_BYTES, createDecoder, gunzip, isGzip, sniffEncoding, unreadableFormat, type TextDecoderLike } from '../input/decode.js';
import { LineSplitter } from '../input/lines.js';
import { STDIN, asInputError, openInput, unreadableInputError } from '../input/open.js';
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
  /** What "-" reads; process.stdin unless another stream is given (a test's, a library user's). */
  readonly stdin?: Readable;
}

export interface InputConsumer extends RecordConsumer {
  /** `bom`: the input is UTF-8 that starts with a byte-order mark. */
  beginInput?(file: string, format: string | null, bom?: boolean): void;
}

/** What reading one input came to: its name, the format that read it, its lines and how many were cut. */
export interface InputStats {
  readonly file: string;
  readonly format: string | null;
  readonly lines: number;
  readonly truncated: number;
}

/** How many first lines detection looks at. */
const DETECT_LINES = 64;

/** What a TraceReader needs to know: the format side of InputOptions. */
export type ReaderOptions = Pick<InputOptions, 'formats' | 'format' | 'maxLineLength'>;

/**
 * One input's decoded text -> lines -> records, synchronously, piece by piece as it is pushed: a forced format starts
 * at once, else the first DETECT_LINES lines (all of them, when the input ends sooner) choose one from `formats`.
 * What readInput streams an input's chunks through, and what the library parses a text held in memory with.
 */
export class TraceReader {
  private chosen: Format | null = null;
  private assembler: RecordAssembler | null = null;
  private readonly early: SourceLine[] = [];
  private readonly splitter: LineSplitter;

  /** `bom`: the text came as UTF-8 after a byte-order mark (the consumer is told, for output byte for byte). */
  constructor(
    private readonly name: string,
    private readonly options: ReaderOptions,
    private readonly consumer: InputConsumer,
    private readonly bom = false,
  ) {
    this.splitter = new LineSplitter((line) => {
      if (this.assembler !== null) this.assembler.push(line);
      else if (this.early.push(line) >= DETECT_LINES) this.start(this.detect());
    }, options.maxLineLength);
    if (options.format !== undefined) this.start(options.format);
  }

  /** The format reading the input: null until it is forced or detected. */
  get format(): Format | null {
    return this.chosen;
  }

  /** Feeds the next piece of decoded text. */
  push(text: string): void {
    this.splitter.push(text);
  }

  /** Hands on the last line, which has no terminator: the text has ended. */
  end(): void {
    this.splitter.end();
  }

  /**
   * Hands on the last record, once the text has ended (or reading it failed: then the records of the lines read so
   * far), detecting the format from the lines there are if none was chosen yet.
   */
  finish(): void {
    if (this.assembler === null && (this.early.length > 0 || this.options.formats.length > 0)) this.start(this.detect());
    this.assembler?.end();
  }

  /** The input's name, format and line counts so far. */
  stats(): InputStats {
    return { file: this.name, format: this.chosen?.name ?? null, lines: this.splitter.linesRead, truncated: this.splitter.truncated };
  }

  private detect(): Format {
    return detectFormat(this.early.map((l) => l.text), this.options.formats).format;
  }

  private start(chosen: Format): void {
    this.chosen = chosen;
    this.consumer.beginInput?.(this.name, chosen.name, this.bom);
    const assembler = new RecordAssembler(this.name, chosen, this.consumer);
    this.assembler = assembler;
    for (const line of this.early) assembler.push(line);
    this.early.length = 0;
  }
}

/**
 * Streams one input through decoding, line splitting and record assembly into `consumer`.
 * Throws a DiegesisError naming the input when it cannot be opened or read; what was read before is already handed on.
 * An input that fails before its text begins (a format diegesis does not read, a gzip stream corrupt from its start)
 * is, like a missing file, no input of the run: no reader starts, and the consumer hears nothing of it.
 */
export async function readInput(name: string, options: InputOptions, consumer: InputConsumer): Promise<InputStats> {
  const source = await openInput(name, options.stdin);
  // The reader starts once the bytes tell whether a byte-order mark led them (a forced format starts at once then).
  let reader: TraceReader | null = null;
  try {
    const decoded = await decodedChunks(name, source);
    reader = new TraceReader(name, options, consumer, decoded.bom);
    for await (const text of decoded.chunks) {
      reader.push(text);
      if (options.stopped?.()) break;
      await options.afterChunk?.();
    }
    reader.end();
  } catch (err) {
    reader?.finish();
    throw asInputError(name, err);
  } finally {
    if (name !== STDIN) source.destroy();
  }
  reader.finish();
  return reader.stats();
}

/**
 * Detection on the first lines of an input, as `readInput` does it: the format chosen, and every format's score, best
 * first.
 */
export async function detectInput(name: string, formats: readonly Format[]): Promise<{ format: Format; scores: FormatScore[] }> {
  const source = await openInput(name);
  const head: string[] = [];
  const splitter = new LineSplitter((line) => head.push(line.text));
  try {
    for await (const text of (await decodedChunks(name, source)).chunks) {
      splitter.push(text);
      if (head.length >= DETECT_LINES) break;
    }
    splitter.end();
  } catch (err) {
    throw asInputError(name, err);
  } finally {
    if (name !== STDIN) source.destroy();
  }
  return detectFormat(head.slice(0, DETECT_LINES), formats);
}

/**
 * Decoded text chunks: gunzipped when the bytes are gzip, decoded by the byte-order mark (UTF-8 without one); `bom`
 * when the text is UTF-8 after a byte-order mark. Bytes in a format diegesis does not read (xz, zstd, a zip archive...)
 * throw the error that says what `name` is and how to read it.
 */
async function decodedChunks(name: string, source: Readable): Promise<{ chunks: AsyncIterable<string> | Iterable<string>; bom: boolean }> {
  let bytes = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head = await readHead(bytes);
  const unreadable = head === null ? null : unreadableFormat(head);
  if (unreadable !== null) throw unreadableInputError(name, unreadable);
  if (head !== null && isGzip(head)) {
    bytes = gunzip(Readable.from(prepend(head, bytes)))[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    head = await readHead(bytes);
  }
  if (head === null) return { chunks: [], bom: false };
  const { encoding, bomLength } = sniffEncoding(head);
  return { chunks: decode(head.subarray(bomLength), bytes, createDecoder(encoding)), bom: encoding === 'utf-8' && bomLength > 0 };
}

/**
 * The first chunks, joined until there are enough bytes to tell a magic and a byte-order mark (a pipe may send 1 byte),
 * or the input ends.
 */
async function readHead(bytes: AsyncIterator<Buffer>): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < MAGIC_BYTES) {
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
