/**
 * What the classifier's narrator inventory (src/classify/inventory.ts) may learn from a record, told from outside:
 * `NarratorInventory.add(narrator, body)` ignores a record without narrator, learns a narrator it has not seen, and
 * learns the owner of an operation a body opens with (`name()`) that it has not seen. This watcher says "news" for
 * every such record, and for a few more (it takes any identifier before "()"): saying too much is always safe here.
 */

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
    file, line: 0, format, pid: null, tid: null, date: null, time: null, timeMs: null, day: null,
    narrator: event.narrator, message: event.message, bodyStart: event.bodyStart, fields: {}, lines: [],
  };
}

/** Wider than the inventory's own pattern (any identifier, any length), so every operation it learns is seen here. */
const LEADING_OPERATION = /^\s*([A-Za-z_$][\w$]*)\(\)/;

export class InventoryNews {
  private readonly narrators = new Set<string>();
  private readonly operations = new Set<string>();

  /** True when the inventory may change on adding this record; the record is remembered either way. */
  note(narrator: string | null, body: string): boolean {
    if (narrator === null || narrator === '') return false;
    let news = false;
    if (!this.narrators.has(narrator)) {
      this.narrators.add(narrator);
      news = true;
    }
    if (body.includes('()')) {
      const op = LEADING_OPERATION.exec(body)?.[1];
      if (op !== undefined && !this.operations.has(op)) {
        this.operations.add(op);
        news = true;
      }
    }
    return news;
  }
}
