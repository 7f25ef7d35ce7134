/** The messages between the main thread (parallel.ts) and a worker (worker.ts). */
import type { SinkRecipe, SinkReport } from '../sinks/recipe.js';
import type { TimeSeed } from '../sinks/summary/seed.js';
import type { InventoryEvent } from './inventory-news.js';
import type { Segment } from './segments.js';

/** What a worker is started with: enough to build the same formats, classifier and sink as the main thread. */
export interface WorkerSetup {
  readonly file: string;
  /** The grammar file of the input's format: a worker compiles that one only. */
  readonly grammarFile: string;
  readonly lexiconFiles: readonly string[];
  readonly maxLineLength: number;
  readonly recipe: SinkRecipe;
}


export type { InventoryEvent };

export type ToWorker =
  /**
   * Classify the segment in one pass after `events`, the inventory events known before it when it was handed out; a
   * summary's from `times`, the latest times before it or where days fell in an earlier seed (summary/seed.ts).
   */
  | { readonly type: 'run'; readonly segment: Segment; readonly events: readonly InventoryEvent[]; readonly times?: TimeSeed }
  /** An output batch's buffer, written by the main thread and handed back for reuse (transferred). */
  | { readonly type: 'spare'; readonly buffer: ArrayBuffer };

export type FromWorker =
  /** Output of the segment, UTF-8 (its buffer transferred). */
  | { readonly type: 'out'; readonly index: number; readonly bytes: Uint8Array }
  /** A segment classified; `events`: the records that taught its classifier something, in order. */
  | {
    readonly type: 'done'; readonly index: number; readonly report: SinkReport; readonly lines: number; readonly truncated: number;
    readonly events: readonly InventoryEvent[];
  }
  | { readonly type: 'error'; readonly message: string };
