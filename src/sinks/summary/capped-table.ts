/**
 * A map with a fixed number of keys: memory stays bounded whatever the input size.
 * Keys are kept first come, first kept; what would open a key beyond the cap is counted as overflow.
 *
 * Built for a per-record hot path. A key has two parts (narrator and template, pid and tid...), each looked up as it
 * is in a map of maps, so no key string is built and hashed per record (a table keyed by one value uses null for the
 * second part). Rows are held mutable: a record on a known key updates the row `get` returns and allocates nothing,
 * a new key keeps a copy of its first row (its strings the kept copies of KeptNames, input/detach.ts, detached from
 * the input), `absorb` merges whole rows with the table's `merge`, and `result` hands out copies.
 */
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
  /** What a row weighs in `overflow` when it cannot be kept (its record or report count). */
  weight(row: Row): number;
  /** The table's documented output order; must be total so outputs are deterministic. */
  compare(a: Row, b: Row): number;
}

export class CappedTable<Row, Outer = string, Inner = string> {
  private readonly rows = new Map<Outer, Map<Inner, Held<Row>>>();
  private size = 0;
  private overflow = 0;

  constructor(
    private readonly spec: TableSpec<Row, Outer, Inner>,
    private readonly maxKeys: number,
  ) {}

  /** The row held for this key, to be updated in place; undefined when the key is not held (then `open` one). */
  get(outer: Outer, inner: Inner): Held<Row> | undefined {
    return this.rows.get(outer)?.get(inner);
  }

  /** Keeps a copy of `row`, whose key is not held yet, while there is room; once the table is full, counts it as overflow. */
  open(row: Row): void {
    if (this.size >= this.maxKeys) {
      this.overflow += this.spec.weight(row);
      return;
    }
    const kept = this.spec.copy(row);
    const [outer, inner] = this.spec.keyOf(asRow(kept));
    const rows = this.rows.get(outer);
    if (rows === undefined) this.rows.set(outer, new Map([[inner, kept]]));
    else rows.set(inner, kept);
    this.size += 1;
  }

  /** Fold in a finished table (its rows in its output order, so the busiest are kept first). */
  absorb(table: Table<Row>): void {
    for (const row of table.rows) {
      const [outer, inner] = this.spec.keyOf(row);
      const held = this.get(outer, inner);
      if (held !== undefined) this.spec.merge(held, row);
      else this.open(row);
    }
    this.overflow += table.overflow;
  }

  /** A snapshot of the rows, in output order: copies, so later records do not change it. */
  result(): Table<Row> {
    const rows: Row[] = [];
    for (const inner of this.rows.values()) for (const row of inner.values()) rows.push(asRow(this.spec.copy(asRow(row))));
    return { rows: rows.sort((a, b) => this.spec.compare(a, b)), overflow: this.overflow };
  }
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
