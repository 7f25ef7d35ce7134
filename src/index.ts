/**
 * diegesis as a library: parse software traces into records and classify each record's message as diegetic (a
 * component reporting the status of another component) or not.
 *
 * A thin layer over the stages the CLI runs, wired as the CLI wires them (src/cli/context.ts): formats detected from
 * the first lines unless one is forced, continuation lines joined by the record assembler, and the lexicon's classifier
 * behind its decision cache. A trace classified here gets the decisions `diegesis classify` gives it.
 *
 * A classifier keeps a narrator inventory: it learns the narrators (and their names) from the records it has seen, and
 * its decisions depend on what it has learned. Classify the records of a trace in input order, with one classifier per
 * trace (or one across traces that belong together, as the CLI does for the files given to one command).
 */

import { loadLexicon, type Lexicon } from './classify/lexicon.js';
import type { Classifier } from './classify/classifier.js';
import type { Decision } from './classify/types.js';
import { DiegesisError } from './errors.js';
import { createCachedClassifierFor } from './pipeline/cached-classifier.js';
import { TraceReader, readInput, type InputConsumer, type InputOptions, type InputStats, type ReaderOptions } from './pipeline/read-input.js';
import type { Format } from './records/format.js';
import { builtinFormats, findFormat, loadFormats } from './records/registry.js';
import type { TraceRecord, UnparsedLine } from './records/types.js';
import { RecordLines, unparsedJson } from './sinks/ndjson.js';

// What a trace is parsed into, and what is decided about each record.
export type { TraceRecord, SourceLine, UnparsedLine } from './records/types.js';
export { bodyOf, threadOf } from './records/types.js';
export type { Decision, Span, Kind } from './classify/types.js';
export type { InputStats } from './pipeline/read-input.js';

// Formats: the built-in grammars, user grammar files, lookup by name, detection.
export type { Format } from './records/format.js';
export type { FormatScore } from './records/detect.js';
export { builtinFormats, loadFormats, findFormat } from './records/registry.js';
export { detectFormat } from './records/detect.js';

// Classification: the vocabulary and the classifiers made of it.
export type { Lexicon } from './classify/lexicon.js';
export type { Classifier, Explanation } from './classify/classifier.js';
export type { CachedClassifier, CacheStats } from './pipeline/cached-classifier.js';
export { loadLexicon } from './classify/lexicon.js';
export { createClassifier } from './classify/classifier.js';
/**
 * The classifier of a lexicon behind an exact decision cache (what the CLI classifies with): the same decisions as
 * createClassifier's, faster on traces that repeat their message templates.
 */
export { createCachedClassifierFor as createCachedClassifier } from './pipeline/cached-classifier.js';

// Errors meant for the user: bad options, unreadable inputs, broken grammar or lexicon files.
export { DiegesisError, DataFileError } from './errors.js';

/** Which format reads a trace. */
export interface ParseOptions {
  /** The formats detection chooses among, first ones winning ties: builtinFormats() unless given (loadFormats adds grammar files). */
  readonly formats?: readonly Format[];
  /**
   * Forces a format instead of detecting one from the first 64 lines: a Format, or a name looked up in `formats`
   * (an unknown name throws a DiegesisError listing the known ones), as `--format` does.
   */
  readonly format?: string | Format;
  /** Longer lines are cut to this many characters (default 1 MiB), as `--max-line-length` does. */
  readonly maxLineLength?: number;
}

/** Options of parseTrace: a text held in memory. */
export interface TextOptions extends ParseOptions {
  /** The name the records and unparsed lines carry in `file`: "-" unless given, as if the text came on standard input. */
  readonly file?: string;
}

/** Which classifier decides. */
export interface ClassifierOptions {
  /**
   * The classifier, with what it has learned of the narrators so far: pass the same one to classify a trace given in
   * several pieces, in order. A new one of `lexicon` (behind the decision cache) unless given.
   */
  readonly classifier?: Classifier;
  /** The vocabulary of the classifier made when none is given: the built-in one (loadLexicon()) unless given. */
  readonly lexicon?: Lexicon;
}

/** Options of classifyTrace. */
export interface ClassifyTextOptions extends TextOptions, ClassifierOptions {}

/** Options of parseFile: a file or standard input, streamed. */
export interface FileOptions extends ParseOptions, Pick<InputOptions, 'afterChunk' | 'stopped' | 'stdin'> {}

/** Options of classifyFile. */
export interface ClassifyFileOptions extends FileOptions, ClassifierOptions {}

/** A trace parsed in memory. */
export interface ParsedTrace {
  /** The format that read it (forced, or detected from its first lines). */
  readonly format: Format;
  /** Its records in input order, continuation lines in the record they continue. */
  readonly records: TraceRecord[];
  /** The lines that neither start nor continue a record (header lines among them), in input order. */
  readonly unparsed: UnparsedLine[];
}

/** A record and what the classifier decided about it. */
export interface ClassifiedRecord {
  readonly record: TraceRecord;
  readonly decision: Decision;
}

/** A trace parsed and classified in memory. */
export interface ClassifiedTrace extends Omit<ParsedTrace, 'records'> {
  /** Its records with their decisions, in input order. */
  readonly records: ClassifiedRecord[];
}

/** What parseFile hands on, in input order. */
export interface RecordHandlers {
  /** A record, once the line after it shows it is complete (or the input ends). */
  record(record: TraceRecord): void;
  /** A line that neither starts nor continues a record. */
  unparsed?(line: UnparsedLine): void;
}

/** What classifyFile hands on, in input order. */
export interface ClassifiedHandlers {
  /** A record and its decision, once the line after it shows the record is complete (or the input ends). */
  record(record: TraceRecord, decision: Decision): void;
  /** A line that neither starts nor continues a record. */
  unparsed?(line: UnparsedLine): void;
}

/**
 * Parses a trace held in memory, synchronously: the format is detected from the first lines unless one is forced,
 * a line that continues a record (a stack frame, wrapped text) joins it, and each line keeps its terminator. A leading
 * byte-order mark (U+FEFF) is dropped, as the CLI drops it from a file.
 */
export function parseTrace(text: string, options: TextOptions = {}): ParsedTrace {
  const records: TraceRecord[] = [];
  const unparsed: UnparsedLine[] = [];
  const format = readText(text, options, { record: (record) => records.push(record), unparsed: (line) => unparsed.push(line) });
  return { format, records, unparsed };
}

/** Parses a trace held in memory as parseTrace does, and classifies its records in input order. */
export function classifyTrace(text: string, options: ClassifyTextOptions = {}): ClassifiedTrace {
  const classifier = classifierOf(options);
  const records: ClassifiedRecord[] = [];
  const unparsed: UnparsedLine[] = [];
  const format = readText(text, options, {
    record: (record) => records.push({ record, decision: classifier.classify(record) }),
    unparsed: (line) => unparsed.push(line),
  });
  return { format, records, unparsed };
}

/**
 * Streams a file (or standard input, for "-") into `handlers`, record by record, never holding the whole input: gzip
 * and UTF-16 are read as the CLI reads them. Resolves to the input's format name and line counts; rejects with a
 * DiegesisError naming the input when it cannot be opened or read (what was read before has been handed on).
 */
export async function parseFile(input: string, handlers: RecordHandlers, options: FileOptions = {}): Promise<InputStats> {
  const consumer: InputConsumer = { record: (record) => handlers.record(record), unparsed: (line) => handlers.unparsed?.(line) };
  const { afterChunk, stopped, stdin } = options;
  return readInput(input, { ...readerOptions(options, options.formats ?? (await loadFormats())), afterChunk, stopped, stdin }, consumer);
}

/** Streams a file (or standard input, for "-") as parseFile does, and classifies its records in input order. */
export async function classifyFile(input: string, handlers: ClassifiedHandlers, options: ClassifyFileOptions = {}): Promise<InputStats> {
  const classifier = classifierOf(options);
  const classified: RecordHandlers = {
    record: (record) => handlers.record(record, classifier.classify(record)),
    unparsed: (line) => handlers.unparsed?.(line),
  };
  return parseFile(input, classified, options);
}

const classifyLines = new RecordLines();

/**
 * The line `diegesis classify` writes for a record (a JSON object, newline included; the fields are documented in
 * README, "classify: the NDJSON wire format"). JSON.parse it for the object.
 */
export function recordToNdjson(record: TraceRecord, decision: Decision): string {
  return classifyLines.line(record, decision);
}

/** The line `diegesis classify` writes for a line that is not part of any record (newline included). */
export function unparsedToNdjson(line: UnparsedLine): string {
  return `${unparsedJson(line)}\n`;
}

/** A byte-order mark, as a text read whole (readFileSync(file, 'utf8')) still starts with it. */
const BOM = '\ufeff';

/**
 * Reads `text` whole into `consumer`; returns the format that read it. A leading byte-order mark is not part of the
 * first line, as it is not when the CLI reads a file (the consumer is told of it, as the CLI's sinks are).
 */
function readText(text: string, options: TextOptions, consumer: InputConsumer): Format {
  const bom = text.startsWith(BOM);
  const reader = new TraceReader(options.file ?? '-', readerOptions(options, options.formats ?? builtinFormats()), consumer, bom);
  reader.push(bom ? text.slice(BOM.length) : text);
  reader.end();
  reader.finish();
  // Forced, or detected by `finish` (readerOptions made sure there are formats to detect from).
  return reader.format as Format;
}

/** The formats and the forced one (a name is looked up as the CLI looks up --format); there must be one to read with. */
function readerOptions(options: ParseOptions, formats: readonly Format[]): ReaderOptions {
  const format = typeof options.format === 'string' ? findFormat(formats, options.format) : options.format;
  if (format === undefined && formats.length === 0) throw new DiegesisError('no format to read the trace with: `formats` is empty and no `format` is given');
  return { formats, format, maxLineLength: options.maxLineLength };
}

let builtinLexicon: Lexicon | undefined;

/** The classifier given, or a new one of the lexicon given (the built-in one, loaded once). */
function classifierOf(options: ClassifierOptions): Classifier {
  return options.classifier ?? createCachedClassifierFor(options.lexicon ?? (builtinLexicon ??= loadLexicon()));
}
