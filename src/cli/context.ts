import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import type { Classifier } from '../classify/classifier.js';
import { loadLexicon } from '../classify/lexicon.js';
import { DiegesisError, EXIT_ERROR } from '../errors.js';
import { STDIN } from '../input/open.js';
import { findFormat, loadFormats } from '../records/registry.js';
import type { InputStats } from '../pipeline/read-input.js';
import { createCachedClassifierFor } from '../pipeline/cached-classifier.js';
import type { ParallelOptions } from '../pipeline/parallel.js';
import { createProgress } from '../pipeline/progress.js';
import { run, type RunResult } from '../pipeline/run.js';
import type { Format } from '../records/format.js';
import { BufferedOutput } from '../sinks/output.js';
import { escapeControls } from '../sinks/escape.js';
import { createPalette, type Palette } from '../sinks/palette.js';
import type { Sink } from '../sinks/sink.js';
import { resolveColor, type ColorChoice } from './color.js';

/** Options every command shares, as yargs parsed them. */
export interface CommonArgs {
  readonly files?: readonly string[];
  readonly color: ColorChoice;
  readonly format?: string;
  readonly grammar?: readonly string[];
  readonly lexicon?: readonly string[];
  readonly maxLineLength: number;
  /** Worker threads for large regular files (default: one per core, at most DEFAULT_JOBS; see parallelOptions). */
  readonly jobs?: number;
}

/** Where a command writes; tests pass their own. */
export interface Streams {
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
}

/** Everything a command needs, worked out once from the options before any input is read. */
export interface CommandContext {
  readonly inputs: readonly string[];
  readonly formats: readonly Format[];
  readonly format?: Format;
  readonly classifier: Classifier;
  readonly palette: Palette;
  /** Escape control characters: whenever the output is a terminal or colour is on. */
  readonly escape: boolean;
  readonly output: BufferedOutput;
  readonly maxLineLength: number;
  readonly streams: Streams;
  /** How regular files are read by worker threads; jobs 1 reads everything on the main thread. */
  readonly parallel: ParallelOptions;
  /** Set by the first unreadable input; the command's exit code becomes 2. */
  inputErrors: number;
}

export async function createContext(args: CommonArgs, streams: Streams): Promise<CommandContext> {
  const formats = await loadFormats(args.grammar ?? []);
  const isTerminal = streams.stdout.isTTY === true;
  const color = resolveColor(args.color, streams.env, isTerminal);
  const files = args.files ?? [];
  const output = new BufferedOutput(streams.stdout);
  return {
    inputs: files.length === 0 ? ['-'] : files,
    formats,
    format: args.format === undefined ? undefined : findFormat(formats, args.format),
    classifier: createCachedClassifierFor(loadLexicon(args.lexicon ?? [])),
    palette: createPalette(color),
    escape: color || isTerminal,
    output,
    maxLineLength: lineCap(args.maxLineLength),
    streams,
    parallel: parallelOptions(args, files, streams.env, output),
    inputErrors: 0,
  };
}

/**
 * Worker threads without --jobs: one per core, at most two. Each worker adds its own heap, classifier and output in
 * flight: with two, `filter` peaks at 138 to 141 MiB on 2 GB, `show` at 139 to 146, under the 150 MB bound,
 * `classify` at 154 to 156 (so it keeps one thread: ONE_THREAD_COMMANDS); a third took `classify` of 100 MB from 145
 * to 178 MiB, `filter` from 122 to 144 (README, Performance).
 */
const DEFAULT_JOBS = 2;
/**
 * Without --jobs, files under this size are read on the main thread, and so is every input of a run that has no
 * regular file this large (standard input, small files): a worker starts cold (its modules, classifier and decision
 * cache), and on two cores two workers were about as fast as one thread at 50 MB (`filter --diegetic`: 1.52 s against
 * 1.46; `classify`: 2.28 against 2.10), faster at 100 MB (1.99 against 2.09; 3.42 against 3.92).
 */
const DEFAULT_MIN_BYTES = 64 * 1024 * 1024;
/** With --jobs, files under this size are read on the main thread (two segments, as when segments were 2 MiB). */
const JOBS_MIN_BYTES = 4 * 1024 * 1024;

/**
 * Commands read on one thread without --jobs: `classify` writes about 4.5 bytes for each it reads, and with two workers
 * the text waiting to be written took it to 143 to 147 MiB on 500 MB, 154 to 156 on 2 GB, over the 150 MB bound
 * (one thread: 102 to 113 MiB).
 */
const ONE_THREAD_COMMANDS: ReadonlySet<string> = new Set(['classify']);

function parallelOptions(args: CommonArgs, files: readonly string[], env: NodeJS.ProcessEnv, output: BufferedOutput): ParallelOptions {
  // yargs puts the command's name first in `_`.
  const command = (args as { readonly _?: readonly unknown[] })._?.[0];
  const jobs = args.jobs ?? defaultJobs(files, availableParallelism(), typeof command === 'string' ? command : undefined);
  if (!Number.isInteger(jobs) || jobs < 1) throw numberError('--jobs', jobs, 'a whole number of threads >= 1');
  // Tests make small files take the parallel path with a small segment size (files of two segments or more).
  const segmentBytes = segmentBytesOf(env['DIEGESIS_SEGMENT_BYTES']);
  return {
    jobs,
    lexiconFiles: args.lexicon ?? [],
    write: (bytes, then) => output.writeBytes(bytes, then),
    drained: () => output.drained(),
    segmentBytes,
    minBytes: segmentBytes !== undefined ? undefined : args.jobs === undefined ? DEFAULT_MIN_BYTES : JOBS_MIN_BYTES,
  };
}

/**
 * DIEGESIS_SEGMENT_BYTES, the size of a parallel run's segments: a whole number of bytes >= 1, or unset (the default).
 * An empty or zero value would cut a file into empty segments forever.
 */
function segmentBytesOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bytes = Number(value);
  if (value.trim() !== '' && Number.isInteger(bytes) && bytes >= 1) return bytes;
  throw new DiegesisError(`DIEGESIS_SEGMENT_BYTES "${value}" is not a whole number of bytes >= 1`);
}

/**
 * Worker threads for `files` without --jobs: one per core, at most DEFAULT_JOBS, if one is a regular file that large
 * and the command is not one of ONE_THREAD_COMMANDS.
 */
export function defaultJobs(files: readonly string[], cores = availableParallelism(), command?: string): number {
  if (command !== undefined && ONE_THREAD_COMMANDS.has(command)) return 1;
  return files.some((file) => isLargeFile(file, DEFAULT_MIN_BYTES)) ? Math.min(cores, DEFAULT_JOBS) : 1;
}

/** A regular file of `bytes` or more (standard input, "-", and what cannot be read are not: the reader reports them). */
function isLargeFile(file: string, bytes: number): boolean {
  if (file === STDIN) return false;
  try {
    const info = statSync(file);
    return info.isFile() && info.size >= bytes;
  } catch {
    return false;
  }
}

/** A number option's value is not what it must be (yargs reads a word that is no number as NaN). */
function numberError(option: string, value: number, what: string): DiegesisError {
  return new DiegesisError(Number.isNaN(value) ? `${option} wants ${what}` : `${option} "${value}" is not ${what}`);
}

/** The --max-line-length value: a whole number of characters, at least 1 (else nothing would bound memory). */
function lineCap(value: number): number {
  if (Number.isInteger(value) && value >= 1) return value;
  throw numberError('--max-line-length', value, 'a whole number of characters >= 1 (default 1048576)');
}

export interface PipelineOptions {
  /** Read several inputs at once, interleaved by time. */
  readonly merge?: boolean;
  /** A progress bar on stderr, when it is a terminal and the inputs are large (see progress.ts). */
  readonly progress?: boolean;
}

/** Bytes per input chunk, as the progress bar counts them (files are read 64 KiB at a time). */
const CHUNK_BYTES = 64 * 1024;

/** Runs the pipeline into `sink`; unreadable inputs are reported on stderr and counted, the others still processed. */
export async function runPipeline(ctx: CommandContext, sink: Sink, options: PipelineOptions = {}): Promise<RunResult> {
  const progress = options.progress === true ? createProgress(ctx.streams.stderr, ctx.inputs) : null;
  const result = await run({
    merge: options.merge,
    inputs: ctx.inputs,
    formats: ctx.formats,
    format: ctx.format,
    classifier: ctx.classifier,
    sink,
    maxLineLength: ctx.maxLineLength,
    parallel: { ...ctx.parallel, progressed: (bytes) => progress?.advance(bytes) },
    afterChunk: () => {
      progress?.advance(CHUNK_BYTES);
      return ctx.output.drained();
    },
    stopped: () => ctx.output.closed,
    onInputError: (error) => {
      ctx.inputErrors++;
      reportError(ctx.streams.stderr, error);
    },
  });
  progress?.done();
  await ctx.output.end();
  for (const input of result.inputs) reportTruncated(ctx.streams.stderr, input, ctx.maxLineLength);
  return result;
}

/** Cut lines are not an error (exit code unchanged) but are said once per input, so that no loss is silent. */
function reportTruncated(stderr: NodeJS.WritableStream, input: InputStats, maxLineLength: number): void {
  if (input.truncated === 0) return;
  const lines = input.truncated === 1 ? '1 line' : `${input.truncated} lines`;
  stderr.write(`diegesis: ${escapeControls(input.file)}: ${lines} longer than ${maxLineLength} characters ${input.truncated === 1 ? 'was' : 'were'} cut\n`);
}

/** One line on stderr; a file name or option value quoted in it cannot break the line or drive the terminal. */
export function reportError(stderr: NodeJS.WritableStream, error: DiegesisError): void {
  stderr.write(`diegesis: ${escapeControls(error.message).replace(/\n/g, '\\n')}\n`);
}

/** 2 when an input could not be read, else the command's own code. */
export function exitCode(ctx: CommandContext, code: number): number {
  return ctx.inputErrors > 0 ? EXIT_ERROR : code;
}
