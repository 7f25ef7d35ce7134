/**
 * One kept copy of each name (narrator, subject, status, template) a summary holds. Strings read from the input are
 * slices of a chunk of it (see detach.ts); V8 compares such strings slowly, in its runtime, while two references to one
 * string compare at once. The tables key their rows by the kept copies, and the aggregator looks a record's names up
 * here once, so every table lookup and narrator list after that meets the very string it holds. Bounded: once full, the
 * set keeps the names it has (the tables keep their first keys too) and hands out detached copies of the others, which
 * tables still find their rows with, only by comparing text.
 */
import { detach } from '../../input/detach.js';

/** The kept copy of a text: the same for the same text, and detached from the input. */
export type Keep = (text: string) => string;

export class KeptNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly maxNames: number) {}

  readonly keep: Keep = (text) => {
    const held = this.names.get(text);
    if (held !== undefined) return held;
    const kept = detach(text);
    if (this.names.size < this.maxNames) this.names.set(kept, kept);
    return kept;
  };

  readonly keepOrNull = (text: string | null): string | null => (text === null ? null : this.keep(text));
}
