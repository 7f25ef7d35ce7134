/**
 * Maps with a fixed number of keys: memory stays bounded whatever the input size. Two policies decide which keys a
 * full table keeps:
 * - FirstKeptTable keeps the first keys met; what would open a key beyond the cap is counted as overflow. For the
 *   tables that inventory who wrote (threads, narrators): their rows carry a thread's latest time or make a narrator
 *   known, which a row evicted and opened again would lose.
 * - HeaviestTable keeps the heaviest keys (Space-Saving, Metwally et al. 2005): a new key takes the place of the row
 *   that counts least and inherits its count. For the tables ranked by count (errors, templates, reports, statuses,
 *   failures, processes), so that a late incident still makes its rows. Counts are then upper bounds whose error each
 *   row carries (its overcount): see HeaviestTable.
 *
 * Built for a per-record hot path. A key has two parts (narrator and template, pid and tid...), each looked up as it
 * is in a map of maps, so no key string is built and hashed per record (a table keyed by one value uses null for the
 * second part). Rows are held mutable: a record on a known key updates the row `get` returns and allocates nothing,
 * a new key keeps a copy of its first row (its strings the kept copies of KeptNames, input/detach.ts, detached from
 * the input), `absorb` merges whole rows with the table's `merge`, and `result` hands out copies.
 */
import { Lightest } from './lightest.js';
import type { Table } from './types.js';

/** A row as a table holds it: the same fields, writable, its lists too. */
export type Held<Row> = { -readonly [K in keyof Row]: Row[K] extends readonly (infer Item)[] ? Item[] : Row[K] };

/** A held row read as the row it stands for (TypeScript cannot see that through the generic mapped type). */
const asRow = <Row>(row: Held<Row>): Row => row as Row;

export interface TableSpec<Row, Outer = string, Inner = string> {
  keyOf(row: Row): readonly [Outer, Inner];
  /** A copy that shares nothing with `row`: not its narrator list, not a string cut from a chunk of input. */
  copy(row: Row): Held<Row>;
  /** Folds `from` into `into`, in place; both have the same key and `into` holds the earlier data. */
  merge(into: Held<Row>, from: Row): void;
  /** What a row weighs: its record or report count (what `overflow` counts when it cannot be kept). */
  weight(row: Row): number;
  /** The table's documented output order; must be total so outputs are deterministic. */
  compare(a: Row, b: Row): number;
}

/** A table that keeps its heaviest rows: rows whose count may include records of other keys. */
export interface RankedSpec<Row, Outer = string, Inner = string> extends TableSpec<Row, Outer, Inner> {
  /** How many of the row's weight may be records of other keys (0: the count is exact). */
  overcount(row: Row): number;
  /** Counts `weight` records of other keys in a held row: its weight and its overcount grow by it. */
  inflate(row: Held<Row>, weight: number): void;
}

/** The rows a capped table holds, looked up by their two key parts, and what the policies share. */
export abstract class CappedTable<Row, Outer = string, Inner = string> {
  private readonly rows = new Map<Outer, Map<Inner, Held<Row>>>();
  protected size = 0;

  constructor(
    protected readonly spec: TableSpec<Row, Outer, Inner>,
    protected readonly maxKeys: number,
  ) {}

  /** The row held for this key, to be updated in place; undefined when the key is not held (then `open` one). */
  get(outer: Outer, inner: Inner): Held<Row> | undefined {
    return this.rows.get(outer)?.get(inner);
  }

  /** Opens a row for `row`'s key, which is not held: keeps a copy of it, or counts it as the policy says. */
  abstract open(row: Row): void;

  /** Fold in a finished table (its rows in its output order). */
  abstract absorb(table: Table<Row>): void;

  /** The records (or reports) the table's `overflow` reports. */
  protected abstract overflow(): number;

  /** A snapshot of the rows, in output order: copies, so later records do not change it. */
  result(): Table<Row> {
    const rows = this.held().map((row) => asRow(this.spec.copy(asRow(row))));
    return { rows: rows.sort((a, b) => this.spec.compare(a, b)), overflow: this.overflow() };
  }

  /** Every held row, in no documented order. */
  protected held(): Held<Row>[] {
    const rows: Held<Row>[] = [];
    for (const inner of this.rows.values()) for (const row of inner.values()) rows.push(row);
    return rows;
  }

  /** Holds a copy of `row`, whose key is not held, whatever the cap; returns the copy. */
  protected hold(row: Row): Held<Row> {
    const kept = this.spec.copy(row);
    const [outer, inner] = this.spec.keyOf(asRow(kept));
    const rows = this.rows.get(outer);
    if (rows === undefined) this.rows.set(outer, new Map([[inner, kept]]));
    else rows.set(inner, kept);
    this.size += 1;
    return kept;
  }

  /** Lets go of a held row. */
  protected release(row: Held<Row>): void {
    const [outer, inner] = this.spec.keyOf(asRow(row));
    const rows = this.rows.get(outer);
    if (rows?.delete(inner) !== true) return;
    if (rows.size === 0) this.rows.delete(outer);
    this.size -= 1;
  }
}

/**
 * Keeps the first `maxKeys` keys met. A row's count is exact; what falls on keys not held is counted in `overflow`
 * (records, or reports), so `overflow` 0 means every key is listed.
 */
export class FirstKeptTable<Row, Outer = string, Inner = string> extends CappedTable<Row, Outer, Inner> {
  private overflowed = 0;

  /** Keeps a copy of `row` while there is room; once the table is full, counts it as overflow. */
  open(row: Row): void {
    if (this.size < this.maxKeys) this.hold(row);
    else this.overflowed += this.spec.weight(row);
  }

  /** Merges the rows it holds, opens the others in the table's order (so the busiest are kept first). */
  absorb(table: Table<Row>): void {
    for (const row of table.rows) {
      const [outer, inner] = this.spec.keyOf(row);
      const held = this.get(outer, inner);
      if (held !== undefined) this.spec.merge(held, row);
      else this.open(row);
    }
    this.overflowed += table.overflow;
  }

  protected overflow(): number {
    return this.overflowed;
  }
}

/**
 * Keeps the `maxKeys` heaviest keys, in bounded memory and without sorting per record (Space-Saving). While the table
 * has room, every key gets a row and every count is exact. Once it is full, a new key takes the place of the lightest
 * row and starts from that row's count: the row's count, `count`, then includes up to that many records of other
 * keys, which its `overcount` says. So for a row held:
 *
 *   count - overcount <= the key's true count <= count,
 *
 * `count - overcount` being exactly the records counted since the row was opened (its first and last times, its
 * sample and narrators are of those), and a key that is not held had at most as many records as the lightest row
 * counts. A key with more than 1/maxKeys of the records is always held. The records of a key evicted are counted in
 * the row that took its place; `overflow` is what may be counted under another key's row (the overcounts) or that no
 * row counts any more (rows dropped by a merge): an upper bound on the records of keys not held, 0 when the table
 * holds every key it met.
 *
 * `absorb` merges another such table (Agarwal et al., "Mergeable summaries", 2012): a key held on one side only may
 * have had, on the other, as many records as that side's lightest row (when that side lost keys), so its row counts
 * them, as overcount; then only the `maxKeys` heaviest rows are kept. The bounds above hold for the merged table, and
 * while neither side lost keys and their keys fit, the merge is exact.
 */
export class HeaviestTable<Row, Outer = string, Inner = string> extends CappedTable<Row, Outer, Inner> {
  /** The rows by weight, to find the lightest; made when the full table first needs it, dropped by `absorb`. */
  private heap: Lightest<Held<Row>> | null = null;
  /** Weight that no row counts any more: of rows dropped by `absorb`, or of records that found no room (maxKeys 0). */
  private dropped = 0;

  constructor(
    protected override readonly spec: RankedSpec<Row, Outer, Inner>,
    maxKeys: number,
  ) {
    super(spec, maxKeys);
  }

  /** Keeps a copy of `row` while there is room; once the table is full, in the place of the lightest row. */
  open(row: Row): void {
    if (this.size < this.maxKeys) {
      this.hold(row);
      return;
    }
    if (this.maxKeys === 0) {
      this.dropped += this.spec.weight(row);
      return;
    }
    this.heap ??= new Lightest(this.held(), (held) => this.spec.weight(asRow(held)));
    const lightest = this.heap.lightest();
    this.release(lightest);
    const kept = this.hold(row);
    this.spec.inflate(kept, this.spec.weight(asRow(lightest)));
    this.heap.replaceLightest(kept);
  }

  absorb(table: Table<Row>): void {
    this.heap = null;
    const { spec } = this;
    const ours = this.bound();
    const theirs = boundOf(spec, table.rows, table.overflow);
    const merged = new Set<Held<Row>>();
    const fresh: Row[] = [];
    for (const row of table.rows) {
      const [outer, inner] = spec.keyOf(row);
      const held = this.get(outer, inner);
      if (held === undefined) {
        fresh.push(row);
      } else {
        spec.merge(held, row);
        merged.add(held);
      }
    }
    if (theirs > 0) for (const held of this.held()) if (!merged.has(held)) spec.inflate(held, theirs);
    for (const row of fresh) {
      const kept = this.hold(row);
      if (ours > 0) spec.inflate(kept, ours);
    }
    // What their table no row of theirs counts (their overflow beyond their rows' overcounts) no row of ours counts.
    this.dropped += table.overflow - sum(table.rows, (row) => spec.overcount(row));
    this.trim();
  }

  protected overflow(): number {
    return this.dropped + sum(this.held(), (row) => this.spec.overcount(asRow(row)));
  }

  /** At most how many records a key not held had: the lightest row's count, or 0 while every key met is held. */
  private bound(): number {
    const rows = this.held().map(asRow);
    return boundOf(this.spec, rows, this.overflow());
  }

  /** Keeps the `maxKeys` heaviest rows (ties: the first in the table's order); the others' weight is dropped. */
  private trim(): void {
    if (this.size <= this.maxKeys) return;
    const { spec } = this;
    const rows = this.held().sort((a, b) => spec.weight(asRow(b)) - spec.weight(asRow(a)) || spec.compare(asRow(a), asRow(b)));
    for (const row of rows.slice(this.maxKeys)) {
      this.release(row);
      this.dropped += spec.weight(asRow(row));
    }
  }
}

/**
 * At most how many records a key that `rows` do not hold had, in a heaviest-kept table with that `overflow`: none when
 * nothing overflowed (every key met is held), else the lightest row's weight (and never more than the overflow).
 */
function boundOf<Row>(spec: TableSpec<Row, unknown, unknown>, rows: readonly Row[], overflow: number): number {
  if (overflow === 0) return 0;
  let lightest = overflow;
  for (const row of rows) lightest = Math.min(lightest, spec.weight(row));
  return lightest;
}

function sum<Item>(items: readonly Item[], of: (item: Item) => number): number {
  let total = 0;
  for (const item of items) total += of(item);
  return total;
}

/** Locale-independent string order, null first: the same on every machine. */
export function compareNames(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Numeric order, null first. */
export function compareNumbers(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a - b;
}
