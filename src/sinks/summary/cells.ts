/** The cells of the report model, made safe to print: control characters never reach a terminal or a table. */
import { formatDuration, formatTimePoint } from './time.js';
import type { GapTable, TimePoint } from './types.js';

export const NONE = '(none)';

/** How a cell is coloured by the text renderer; the markdown renderer ignores it. */
export type CellRole = 'plain' | 'narrator' | 'subject' | 'status' | 'negative';

export interface Cell {
  readonly text: string;
  readonly role: CellRole;
}

export interface Column {
  readonly title: string;
  readonly align: 'left' | 'right';
}

export interface Section {
  readonly title: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** Rows of the table not shown. */
  readonly more: number;
  /** Shown instead of the table when it has no rows. */
  readonly empty: string;
  /** Notes under the table: what overflowed, how a threshold was set. */
  readonly notes: readonly string[];
}

/** Replace control characters (escape sequences, newlines) that would corrupt a terminal or a table. */
export function safeText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

export function cell(text: string | number | null, role: CellRole = 'plain'): Cell {
  return { text: text === null ? NONE : safeText(String(text)), role };
}

/**
 * A count of a row of a table that keeps its heaviest keys: a range when it may include records of other keys
 * ("100-101": at least 100, at most 101; see HeaviestTable in capped-table.ts), else the count.
 */
export function countCell(count: number, overcount: number, role: CellRole = 'plain'): Cell {
  return cell(overcount > 0 ? `${count - overcount}-${count}` : count, role);
}

export function timeCell(point: TimePoint | null): Cell {
  return cell(point === null ? '-' : formatTimePoint(point));
}

/** "over 30.000s (derived from the trace)" */
export function thresholdText(table: GapTable): string {
  const how = table.thresholdSource === 'option' ? 'set by --gap' : 'derived from the trace';
  return `at least ${formatDuration(table.thresholdMs)} (${how})`;
}

export function narratorList(row: { narrators: readonly (string | null)[]; narratorsTruncated: boolean }): Cell {
  const names = row.narrators.map((name) => name ?? NONE).join(', ');
  return cell(row.narratorsTruncated ? `${names}, ...` : names, 'narrator');
}

/** Long text (message templates) cut to fit a table column. */
export function clip(text: string, max = 72): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
