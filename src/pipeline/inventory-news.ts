/**
 * What a classifier's narrator inventory (src/classify/inventory.ts) learns from the records, watched from outside the
 * classifier: the decision cache empties itself on news, and worker threads replay the news records of earlier
 * segments so that decisions never depend on where a segment starts.
 */

import { NarratorInventory } from '../classify/inventory.js';
import type { TraceRecord } from '../records/types.js';

/** A record that may teach the narrator inventory something, kept to be replayed into another classifier. */
export interface InventoryEvent {
  readonly narrator: string;
  readonly message: string;
  readonly bodyStart: number;
}

/** A record carrying only what the inventory learns from (narrator, message), for Classifier.classify. */
export function replayRecord(event: InventoryEvent, file: string, format: string): TraceRecord {
  return {
    file, line: 0, format, pid: null, tid: null, date: null, time: null, timeMs: null, day: null, offsetMin: null,
    narrator: event.narrator, message: event.message, messageAt: null, bodyStart: event.bodyStart, fields: {}, lines: [],
  };
}

/**
 * Watches records as a classifier's inventory would: a shadow inventory, so the rule of what is news lives in one
 * place (NarratorInventory.add). A record is news when a fresh inventory fed the same records would learn from it.
 */
export class InventoryNews {
  private readonly shadow = new NarratorInventory();

  /** True when the inventory may change on adding this record (body from `bodyStart`); it is remembered either way. */
  note(narrator: string | null, message: string, bodyStart: number): boolean {
    return this.shadow.add(narrator, message, bodyStart);
  }

  /** Whether `text` may hold a known numbered name, or one that differs from it only in digits (NarratorInventory). */
  mayNameNumbered(text: string): boolean {
    return this.shadow.mayNameNumbered(text);
  }
}

/** What the inventory learned before and during the input: replay it where the run goes on. */
export interface InventoryHistory {
  readonly news: InventoryNews;
  readonly events: InventoryEvent[];
}

export function createHistory(): InventoryHistory {
  return { news: new InventoryNews(), events: [] };
}

/** Notes a record read on the main thread. */
export function noteRecord(history: InventoryHistory, narrator: string | null, message: string, bodyStart: number): void {
  if (history.news.note(narrator, message, bodyStart)) history.events.push({ narrator: narrator as string, message, bodyStart });
}
