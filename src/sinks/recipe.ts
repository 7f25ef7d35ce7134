/**
 * How to build a sink again in a worker thread: plain data that crosses postMessage. A sink that has a recipe can run
 * beside the reader in each worker, on its part of a file, and hand back the text it wrote (in input order) and a
 * report the main thread folds in; a sink without one runs on the main thread only.
 */
import type { FilterCriteria } from './filter-criteria.js';
import { createFilterSink } from './filter.js';
import type { InputLines } from './input-lines.js';
import { createNdjsonSink } from './ndjson.js';
import { createPalette } from './palette.js';
import { createPrettySink } from './pretty.js';
import type { Sink, TextOutput } from './sink.js';
import { createSummaryAggregator, type SummaryOptions } from './summary/aggregate.js';
import type { PartTimes, TimeSeed } from './summary/seed.js';
import type { Summary } from './summary/types.js';

export type SinkRecipe =
  | { readonly kind: 'show'; readonly color: boolean; readonly escape: boolean }
  | { readonly kind: 'classify' }
  /** `match`, when given, is a plain RegExp (structured clone keeps it); other matchers have no recipe. */
  | { readonly kind: 'filter'; readonly criteria: FilterCriteria }
  /** Limits and gap threshold, all given: a worker's summary is made like the main thread's. */
  | { readonly kind: 'summary'; readonly options: SummaryOptions };

/** What a worker's sink tells the main thread once its part is done. */
export interface SinkReport {
  readonly matched: number;
  /** The summary of the part, for the main thread's summary sink to absorb (the summary sink only). */
  readonly summary?: Summary;
  /** True when the summary was made from a seed of the times before its part (see summary/seed.ts). */
  readonly seeded?: boolean;
  /** The part's latest times and how it starts, for the seeds of the parts after it (the summary sink, seeded). */
  readonly part?: PartTimes;
  /** True when the part's text ends with a line without terminator (the input's last line: show, filter). */
  readonly lineOpen?: boolean;
}

/** What a worker's sink must know of the input before its part, from the main thread: the summary's latest times. */
export interface SinkSeed {
  readonly times?: TimeSeed;
}

/** A sink that can also run in workers. */
export interface ParallelSink extends Sink {
  readonly recipe?: SinkRecipe;
  /**
   * The writer of its input lines (show, filter): a line an input leaves open is ended before the workers' output of
   * the next input, and the workers' reports tell whether their part left one open.
   */
  readonly lines?: InputLines;
  /** Folds in the report of a worker's copy of this sink; reports come in file order. */
  absorb?(report: SinkReport): void;
}

export function sinkFromRecipe(recipe: SinkRecipe, out: TextOutput, seed: SinkSeed = {}): { sink: Sink; report: () => SinkReport } {
  switch (recipe.kind) {
    case 'show': {
      const sink = createPrettySink(out, { palette: createPalette(recipe.color), escape: recipe.escape });
      return { sink, report: () => ({ matched: 0, lineOpen: sink.lines?.open }) };
    }
    case 'classify':
      return { sink: createNdjsonSink(out), report: () => ({ matched: 0 }) };
    case 'filter': {
      const sink = createFilterSink(out, recipe.criteria);
      return { sink, report: () => ({ matched: sink.matched, lineOpen: sink.lines?.open }) };
    }
    case 'summary': {
      const sink = createSummaryAggregator(recipe.options, seed.times);
      return { sink, report: () => ({ matched: 0, summary: sink.result(), seeded: seed.times !== undefined, part: sink.part() }) };
    }
  }
}
