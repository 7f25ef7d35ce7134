import type { Writable } from 'node:stream';
import type { Classifier } from '../classify/classifier.js';
import { loadLexicon } from '../classify/lexicon.js';
import { DiegesisError, EXIT_ERROR } from '../errors.js';
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
  /** Worker threads for regular files (default: the number of cores). */
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
    parallel: parallelOptions(args, streams.env, output),
    inputErrors: 0,
  };
}

function parallelOptions(args: CommonArgs, env: NodeJS.ProcessEnv, output: BufferedOutput): ParallelOptions {
  // One thread unless asked: on two cores, two workers gain 1.1x to 1.6x at about twice the memory (README, Performance).
  const jobs = args.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1) throw numberError('--jobs', jobs, 'a whole number of threads >= 1');
  // Tests make small files take the parallel path with a small segment size.
  const segmentBytes = env['DIEGESIS_SEGMENT_BYTES'] === undefined ? undefined : Number(env['DIEGESIS_SEGMENT_BYTES']);
  return {
    jobs,
    lexiconFiles: args.lexicon ?? [],
    write: (bytes, then) => output.writeBytes(bytes, then),
    drained: () => output.drained(),
    segmentBytes,
  };
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
