/**
 * Several inputs read at once and interleaved by time: an n-way merge of per-file record streams with bounded
 * buffering. Each input is read by `readInput` into a queue of its own; the merge hands on the earliest head once every
 * unfinished input has one. A reader whose queue is full waits (in `afterChunk`) until the merge has taken from it.
 *
 * Order: by (day, timeMs), a time without date counting as day 0; on a tie, the input named first, then reading order.
 * A record without time, an unparsed line or a continuation keeps its place after the previous timed record of its
 * own input (it sorts with that record's time).
 */
import { DiegesisError } from '../errors.js';
import type { TraceRecord, UnparsedLine } from '../records/types.js';
import { readInput, type InputConsumer, type InputOptions, type InputStats } from './read-input.js';

const MS_PER_DAY = 86_400_000;
/** Events a reader may queue before it waits; it stops at the end of its current chunk, so a chunk more may come. */
export const QUEUE_HIGH_WATER = 4096;

type Event =
  | { readonly kind: 'begin'; readonly file: string; readonly format: string | null }
  | { readonly kind: 'record'; readonly record: TraceRecord }
  | { readonly kind: 'unparsed'; readonly line: UnparsedLine };

class Source {
  readonly events: Event[] = [];
  readonly keys: number[] = [];
  head = 0;
  done = false;
  /** The sort key of the last timed record read; what untimed events sort with. */
  private lastKey = -Infinity;
  private release: (() => void) | null = null;

  constructor(
    readonly index: number,
    private readonly changed: () => void,
  ) {}

  get size(): number {
    return this.events.length - this.head;
  }

  push(event: Event): void {
    if (event.kind === 'record' && event.record.timeMs !== null) {
      this.lastKey = (event.record.day ?? 0) * MS_PER_DAY + event.record.timeMs;
    }
    this.events.push(event);
    this.keys.push(this.lastKey);
    this.changed();
  }

  take(): Event {
    const event = this.events[this.head];
    this.head += 1;
    if (this.head >= 1024 && this.head * 2 >= this.events.length) {
      this.events.splice(0, this.head);
      this.keys.splice(0, this.head);
      this.head = 0;
    }
    if (this.release !== null && this.size < QUEUE_HIGH_WATER / 2) {
      this.release();
      this.release = null;
    }
    return event;
  }

  /** Resolves when the queue has room (at once when it has). */
  async room(): Promise<void> {
    if (this.size < QUEUE_HIGH_WATER) return;
    await new Promise<void>((resolve) => (this.release = resolve));
  }

  finish(): void {
    this.done = true;
    this.release?.();
    this.release = null;
    this.changed();
  }
}

export interface MergeResult {
  readonly inputs: readonly InputStats[];
  readonly failedInputs: number;
}

/** Reads every input at once and hands their events to `consumer` interleaved by time. */
export async function mergeInputs(
  names: readonly string[],
  options: InputOptions,
  consumer: InputConsumer,
  onInputError: (error: DiegesisError) => void,
): Promise<MergeResult> {
  let wake: (() => void) | null = null;
  const changed = (): void => {
    wake?.();
    wake = null;
  };
  const sources = names.map((_, index) => new Source(index, changed));
  const stats: (InputStats | null)[] = names.map(() => null);
  let failedInputs = 0;
  const readers = names.map(async (name, i) => {
    const source = sources[i];
    try {
      stats[i] = await readInput(
        name,
        {
          ...options,
          afterChunk: async () => {
            await options.afterChunk?.();
            await source.room();
          },
        },
        {
          // A byte-order mark is not passed on: the merged output is none of its inputs byte for byte.
          beginInput: (file, format) => source.push({ kind: 'begin', file, format }),
          record: (record) => source.push({ kind: 'record', record }),
          unparsed: (line) => source.push({ kind: 'unparsed', line }),
        },
      );
    } catch (err) {
      if (!(err instanceof DiegesisError)) throw err;
      failedInputs++;
      onInputError(err);
    } finally {
      source.finish();
    }
  });
  const reading = Promise.all(readers);
  // A reader's unexpected error must reach the caller even while the merge waits.
  let failure: unknown = null;
  reading.catch((err: unknown) => {
    failure = err;
    changed();
  });

  for (;;) {
    if (failure !== null) throw failure;
    if (sources.some((s) => !s.done && s.size === 0)) {
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    const next = earliest(sources);
    if (next === null) break;
    emit(next.take(), consumer);
  }
  await reading;
  return { inputs: stats.filter((s): s is InputStats => s !== null), failedInputs };
}

/** The source whose head sorts first, or null when every queue is empty. */
function earliest(sources: readonly Source[]): Source | null {
  let best: Source | null = null;
  for (const source of sources) {
    if (source.size === 0) continue;
    if (best === null || source.keys[source.head] < best.keys[best.head]) best = source;
  }
  return best;
}

function emit(event: Event, consumer: InputConsumer): void {
  switch (event.kind) {
    case 'begin':
      consumer.beginInput?.(event.file, event.format);
      break;
    case 'record':
      consumer.record(event.record);
      break;
    case 'unparsed':
      consumer.unparsed(event.line);
      break;
  }
}
