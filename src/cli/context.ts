import { createClassifier, type Classifier } from '../classify/classifier.js';
import { loadLexicon } from '../classify/lexicon.js';
import { DiegesisError, EXIT_ERROR } from '../errors.js';
import { findFormat, loadFormats } from '../records/registry.js';
import { run, type RunResult } from '../pipeline/run.js';
import type { Format } from '../records/format.js';
import { BufferedOutput } from '../sinks/output.js';
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
}

/** Where a command writes; tests pass their own. */
export interface Streams {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
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
  /** Set by the first unreadable input; the command's exit code becomes 2. */
  inputErrors: number;
}

export function createContext(args: CommonArgs, streams: Streams): CommandContext {
  const formats = loadFormats(args.grammar ?? []);
  const isTerminal = streams.stdout.isTTY === true;
  const color = resolveColor(args.color, streams.env, isTerminal);
  const files = args.files ?? [];
  return {
    inputs: files.length === 0 ? ['-'] : files,
    formats,
    format: args.format === undefined ? undefined : findFormat(formats, args.format),
    classifier: createClassifier(loadLexicon(args.lexicon ?? [])),
    palette: createPalette(color),
    escape: color || isTerminal,
    output: new BufferedOutput(streams.stdout as NodeJS.WritableStream as import('node:stream').Writable),
    maxLineLength: args.maxLineLength,
    streams,
    inputErrors: 0,
  };
}

/** Runs the pipeline into `sink`; unreadable inputs are reported on stderr and counted, the others still processed. */
export async function runPipeline(ctx: CommandContext, sink: Sink): Promise<RunResult> {
  const result = await run({
    inputs: ctx.inputs,
    formats: ctx.formats,
    format: ctx.format,
    classifier: ctx.classifier,
    sink,
    maxLineLength: ctx.maxLineLength,
    afterChunk: () => ctx.output.drained(),
    stopped: () => ctx.output.closed,
    onInputError: (error) => {
      ctx.inputErrors++;
      reportError(ctx.streams.stderr, error);
    },
  });
  await ctx.output.end();
  return result;
}

export function reportError(stderr: NodeJS.WritableStream, error: DiegesisError): void {
  stderr.write(`diegesis: ${error.message}\n`);
}

/** 2 when an input could not be read, else the command's own code. */
export function exitCode(ctx: CommandContext, code: number): number {
  return ctx.inputErrors > 0 ? EXIT_ERROR : code;
}
