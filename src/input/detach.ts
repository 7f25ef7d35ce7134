/**
 * Strings kept past a record (summary rows, decision cache entries) must not keep their source alive. V8 makes a slice
 * of 13 characters or more (a narrator, a template left unmasked, a subject) point into the string it was cut from,
 * here the whole chunk of input read; a row or entry holding such a slice would pin that chunk for the rest of the run,
 * and with thousands of them, memory would grow with the input. A detached copy holds only its own characters (V8
 * flattens the joined string into a fresh copy before slicing it). Shorter slices are copies already.
 */
const SLICED_MIN_LENGTH = 13;

export function detach(text: string): string {
  return text.length < SLICED_MIN_LENGTH ? text : (' ' + text).slice(1);
}

export function detachOrNull(text: string | null): string | null {
  return text === null ? null : detach(text);
}

/**
 * One kept copy of each name (narrator, subject, status, template) held past a record. Strings read from the input are
 * slices of a chunk of it; V8 compares such strings slowly, in its runtime, while two references to one string compare
 * at once. Holders key their rows or entries by the kept copies, so lookups after the first meet the very string held.
 * Bounded: once full, the set keeps the names it has and hands out detached copies of the others, which compare by
 * text, only slower.
 */
export class KeptNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly maxNames: number) {}

  /** The kept copy of a text: the same for the same text, and detached from the input. */
  readonly keep = (text: string): string => {
    const held = this.names.get(text);
    if (held !== undefined) return held;
    const kept = detach(text);
    if (this.names.size < this.maxNames) this.names.set(kept, kept);
    return kept;
  };

  readonly keepOrNull = (text: string | null): string | null => (text === null ? null : this.keep(text));
}
