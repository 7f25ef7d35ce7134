/**
 * Silent components: subjects others report on that never write a message themselves. They are often the culprit
 * (a hung service cannot say it hangs). Derived from the finished tables, so it costs nothing while streaming.
 */
import { compareNames, type Held } from './capped-table.js';
import { componentKey, componentKeys, narratorKeys, pidOf } from './component-names.js';
import { addNarrator } from './tables.js';
import { earlier, later } from './time.js';
import type { NarratorRow, ProcessRow, ReportRow, SilentRow, StatusRow } from './types.js';

/** A silent component as it is gathered: its row, and how often each spelling of its name was reported. */
interface Gathered {
  readonly row: Held<SilentRow>;
  readonly spellings: Map<string, number>;
}

/**
 * The components reported on whose name is not a narrator's (see component-names.ts: `nginx.service` is `nginx`,
 * `sshd[2211]` a part of `sshd`, `process 901` the process with PID 901). The reports on one component, whatever
 * their spelling, make one row, shown under the spelling reported most often.
 */
export function silentComponents(
  narrators: readonly NarratorRow[],
  processes: readonly ProcessRow[],
  reports: readonly ReportRow[],
  statuses: readonly StatusRow[],
  maxNarrators: number,
): SilentRow[] {
  const known = narratorKeys(narrators.map((row) => row.name));
  const pids = new Set(processes.map((row) => row.pid));
  /** A name speaks when it (or the whole it is a part of) is a narrator's, or names a process that wrote. */
  const speaks = (keys: readonly string[]): boolean => {
    const pid = pidOf(keys[0]);
    return pid !== null ? pids.has(pid) : keys.some((key) => known.has(key));
  };
  const keyed = reports.map((report) => ({ report, keys: componentKeys(report.subject) }));
  // One spelling that speaks is enough: "openvpn@client.service" is a part of openvpn, "openvpn@client" too.
  const speaking = new Set(keyed.filter(({ keys }) => speaks(keys)).map(({ keys }) => keys[0]));
  const silent = new Map<string, Gathered>();
  for (const { report, keys: [key] } of keyed) {
    if (speaking.has(key)) continue;
    let gathered = silent.get(key);
    if (gathered === undefined) {
      const row: Held<SilentRow> = { subject: report.subject, reports: 0, overcount: 0, negative: 0, narrators: [], narratorsTruncated: false, first: null, last: null };
      silent.set(key, (gathered = { row, spellings: new Map() }));
    }
    const { row, spellings } = gathered;
    row.reports += report.count;
    row.overcount += report.overcount;
    row.negative += report.negative;
    addNarrator(maxNarrators, row, report.narrator);
    spellings.set(report.subject, (spellings.get(report.subject) ?? 0) + report.count);
  }
  for (const status of statuses) {
    const row = silent.get(componentKey(status.subject))?.row;
    if (row !== undefined) {
      row.first = earlier(row.first, status.first);
      row.last = later(row.last, status.last);
    }
  }
  const rows = [...silent.values()].map(({ row, spellings }) => ({ ...row, subject: mostReported(spellings) }));
  return rows.sort((a, b) => b.negative - a.negative || b.reports - a.reports || compareNames(a.subject, b.subject));
}

/** The spelling reported most often (the first in name order among the most reported). */
function mostReported(spellings: ReadonlyMap<string, number>): string {
  let best: [string, number] | null = null;
  for (const entry of spellings) {
    if (best === null || entry[1] > best[1] || (entry[1] === best[1] && compareNames(entry[0], best[0]) < 0)) best = entry;
  }
  return (best as [string, number])[0];
}
