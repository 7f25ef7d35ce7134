/**
 * Several inputs read at once and interleaved by time: an n-way merge of per-file record streams with bounded
 * buffering. Each input is read by `readInput` into a queue of its own; the merge hands on the earliest head once every
 * unfinished input has one. A reader whose queue is full waits (in `afterChunk`) until the merge has taken from it.
 *
 * Order: by (day, timeMs); on a tie, the input named first, then reading order. When both heads have a zone offset
 * (TraceRecord.offsetMin) they are ordered by their instants instead, so that an application logging at +02:00 and a
 * proxy logging in UTC interleave as things happened; a head without one is compared as written, with any other. A
 * record without time, an unparsed line or a continuation keeps its place after the previous timed record of its own
 * input (it sorts with that record's time, and offset).
 *
 * Times without a date: each input places its own across the midnights it passes (records/day-clock.ts), from day 0;
 * then its day 0 moves to where its first such time is nearest the reference, the first time of the first input (in
 * the order named) whose first timed record has no date. So a trace from 22:00 to 23:59 and one from 00:00:30 on,
 * merged, are one night, the second after the first. An input's place is settled once every input named before it
 * has shown its first timed record (or ended): until then its timed records wait.
 */
import { DiegesisError } from '../errors.js';
import { DayClock, MS_PER_DAY, shiftOnto } from '../records/day-clock.js';
import { zoneShiftMs } from '../records/timestamps.js';
import type { TraceRecord, UnparsedLine } from '../records/types.js';
import { readInput, type InputConsumer, type InputOptions, type InputStats } from './read-input.js';

/** Events a reader may queue before it waits; it stops at the end of its current chunk, so a chunk more may come. */
export const QUEUE_HIGH_WATER = 4096;

type Event =
  | { readonly kind: 'begin'; readonly file: string; readonly format: string | null }
  | { readonly kind: 'record'; readonly record: TraceRecord }
  | { readonly kind: 'unparsed'; readonly line: UnparsedLine };

class Source {
  readonly events: Event[] = [];
  /** Each event's sort key; for a time without a date, from the input's own day 0 (see `shift`). */
  readonly keys: number[] = [];
  /** Whether each event's key is a time without a date. */
  readonly undated: boolean[] = [];
  /** Each event's zone offset (TraceRecord.offsetMin), or null. */
  readonly offsets: (number | null)[] = [];
  head = 0;
  done = false;
  /** Whether the input's first timed record had no date; null until a timed record came. */
  firstUndated: boolean | null = null;
  /** What moves the input's day 0 onto the reference's (whole days), once settled (see the module comment). */
  shift: number | null = null;
  /** The sort key of the last timed record read, and whether it had no date: what untimed events sort with. */
  private lastKey = -Infinity;
  private lastUndated = false;
  private lastOffset: number | null = null;
  /** Where the input's times without a date fall, past midnight (its first one placed as written). */
  readonly clock = new DayClock();
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
      const { day, timeMs } = event.record;
      this.lastUndated = day === null;
      this.lastKey = day === null ? this.clock.place(timeMs) : day * MS_PER_DAY + timeMs;
      this.firstUndated ??= day === null;
      this.lastOffset = event.record.offsetMin;
    }
    this.events.push(event);
    this.keys.push(this.lastKey);
    this.undated.push(this.lastUndated);
    this.offsets.push(this.lastOffset);
    this.changed();
  }

  /** Whether the head's key can be compared: it is a date's, or the input's day 0 is settled. */
  get placed(): boolean {
    return this.shift !== null || !this.undated[this.head];
  }

  /** The head's sort key. */
  get headKey(): number {
    const key = this.keys[this.head] as number;
    return this.undated[this.head] ? key + (this.shift ?? 0) : key;
  }

  /** The head's zone offset, or null. */
  get headOffset(): number | null {
    return this.offsets[this.head] as number | null;
  }

  take(): Event {
    const event = this.events[this.head];
    this.head += 1;
    if (this.head >= 1024 && this.head * 2 >= this.events.length) {
      this.events.splice(0, this.head);
      this.keys.splice(0, this.head);
      this.undated.splice(0, this.head);
      this.offsets.splice(0, this.head);
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
    settle(sources);
    const next = earliest(sources);
    if (next === null) {
      if (sources.every((s) => s.size === 0)) break;
      // Every head waits for an input named before it to show its first timed record.
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    emit(next.take(), consumer);
  }
  await reading;
  return { inputs: stats.filter((s): s is InputStats => s !== null), failedInputs };
}

/**
 * Settles the day 0 of every input whose inputs before are all settled or ended, in order: onto the reference (see the
 * module comment), or as it is for the reference itself and for an input whose first timed record has a date.
 */
function settle(sources: readonly Source[]): void {
  let reference: number | null = null;
  for (const source of sources) {
    if (source.firstUndated === null && !source.done) return;
    const first = source.firstUndated === true ? source.clock.firstPlaced : null;
    if (source.shift === null) source.shift = first === null ? 0 : shiftOnto(first, reference);
    if (first !== null) reference ??= first;
  }
}

/**
 * The source whose head sorts first, or null when every queue is empty or every head waits for its place (see
 * `settle`). While one waits, only a head sorting before any time (an untimed line before the first timed record) may go.
 */
function earliest(sources: readonly Source[]): Source | null {
  let best: Source | null = null;
  let bestKey = Infinity;
  let bestOffset: number | null = null;
  let waiting = false;
  for (const source of sources) {
    if (source.size === 0) continue;
    if (!source.placed) {
      waiting = true;
      continue;
    }
    const key = source.headKey;
    const offset = source.headOffset;
    if (best === null || before(key, offset, bestKey, bestOffset)) {
      best = source;
      bestKey = key;
      bestOffset = offset;
    }
  }
  return waiting && bestKey !== -Infinity ? null : best;
}

/**
 * Whether a key sorts strictly before another: by instant when both have an offset, else as written (zoneShiftMs).
 * Two keys of -Infinity (untimed lines before their inputs' first timed record, which have no offset) are a tie.
 */
function before(key: number, offset: number | null, other: number, otherOffset: number | null): boolean {
  return other - key + zoneShiftMs(offset, otherOffset) > 0;
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
