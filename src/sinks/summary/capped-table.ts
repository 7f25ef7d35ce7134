/**
 * A map with a fixed number of keys: memory stays bounded whatever the input size.
 * Keys are kept first come, first kept; what would open a key beyond the cap is counted as overflow.
 * Rows are merged with a table-specific function, so one code path serves both streaming and merging.
 */
import type { Table } from './types.js';

export interface TableSpec<Row> {
  keyOf(row: Row): string;
  /** Combine two rows with the same key; `into` holds the earlier data. */
  merge(into: Row, from: Row): Row;
  /** What a row weighs in `overflow` when it cannot be kept (its record or report count). */
  weight(row: Row): number;
  /** The table's documented output order; must be total so outputs are deterministic. */
  compare(a: Row, b: Row): number;
}

export class CappedTable<Row> {
  private readonly rows = new Map<string, Row>();
  private overflow = 0;

  constructor(
    private readonly spec: TableSpec<Row>,
    private readonly maxKeys: number,
  ) {}

  /** The row held for this key, if any. */
  get(key: string): Row | undefined {
    return this.rows.get(key);
  }

  add(row: Row): void {
    const key = this.spec.keyOf(row);
    const held = this.rows.get(key);
    if (held !== undefined) this.rows.set(key, this.spec.merge(held, row));
    else if (this.rows.size < this.maxKeys) this.rows.set(key, row);
    else this.overflow += this.spec.weight(row);
  }

  /** Fold in a finished table (its rows in its output order, so the busiest are kept first). */
  absorb(table: Table<Row>): void {
    for (const row of table.rows) this.add(row);
    this.overflow += table.overflow;
  }

  result(): Table<Row> {
    return { rows: [...this.rows.values()].sort((a, b) => this.spec.compare(a, b)), overflow: this.overflow };
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
