/**
 * Silent components: subjects others report on that never write a message themselves. They are often the culprit
 * (a hung service cannot say it hangs). Derived from the finished tables, so it costs nothing while streaming.
 */
import { compareNames, type Held } from './capped-table.js';
import { addNarrator } from './tables.js';
import { earlier, later } from './time.js';
import type { NarratorRow, ReportRow, SilentRow, StatusRow } from './types.js';

/** How a component's name is compared: case-insensitive. */
export function componentKey(name: string): string {
  return name.toLowerCase();
}

/** The last segment of a dotted or slashed name ("org.example.Quorum" -> "Quorum"), or the name itself. */
export function lastSegment(name: string): string {
  const parts = name.split(/[.:/\\$]/).filter((part) => part.length > 0);
  return parts.length === 0 ? name : parts[parts.length - 1];
}

/** The keys under which narrators are known: their name and the last segment of it. */
export function narratorKeys(names: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    keys.add(componentKey(name));
    keys.add(componentKey(lastSegment(name)));
  }
  return keys;
}

export function silentComponents(
  narrators: readonly NarratorRow[],
  reports: readonly ReportRow[],
  statuses: readonly StatusRow[],
  maxNarrators: number,
): SilentRow[] {
  const known = narratorKeys(narrators.map((row) => row.name));
  const silent = new Map<string, Held<SilentRow>>();
  for (const report of reports) {
    if (known.has(componentKey(report.subject))) continue;
    const held = silent.get(report.subject);
    if (held === undefined) {
      silent.set(report.subject, {
        subject: report.subject,
        reports: report.count,
        negative: report.negative,
        narrators: [report.narrator],
        narratorsTruncated: false,
        first: null,
        last: null,
      });
    } else {
      held.reports += report.count;
      held.negative += report.negative;
      addNarrator(maxNarrators, held, report.narrator);
    }
  }
  for (const status of statuses) {
    const held = silent.get(status.subject);
    if (held !== undefined) {
      held.first = earlier(held.first, status.first);
      held.last = later(held.last, status.last);
    }
  }
  return [...silent.values()].sort(
    (a, b) => b.negative - a.negative || b.reports - a.reports || compareNames(a.subject, b.subject),
  );
}
