import type { SourceLine } from '../records/types.js';
import { InputLines } from './input-lines.js';
import { recordMatches, textMatches, type FilterCriteria } from './filter-criteria.js';
import type { ParallelSink } from './recipe.js';
import { TimeWindow } from './time-window.js';
import type { TextOutput } from './sink.js';

export interface FilterSink extends ParallelSink {
  /** How many records (or unparsed lines) matched, for the exit code. */
  readonly matched: number;
}

/**
 * `diegesis filter`: the matching records' input lines, continuation lines included, byte for byte (an input's
 * byte-order mark is not part of a line and is not printed).
 */
export function createFilterSink(out: TextOutput, criteria: FilterCriteria): FilterSink {
  let matched = 0;
  const window = criteria.since === undefined && criteria.until === undefined ? null : new TimeWindow(criteria.since, criteria.until);
  const lines = new InputLines(out, true);
  const print = (line: SourceLine): void => lines.write(line.text, line.eol);
  return {
    get matched() {
      return matched;
    },
    lines,
    // A --match that is not a plain RegExp (RE2) cannot cross to a worker, and where --since and --until fall depends
    // on every record before: such a filter runs on the main thread.
    recipe: (criteria.match === undefined || criteria.match instanceof RegExp) && window === null ? { kind: 'filter', criteria } : undefined,
    absorb: (report) => void (matched += report.matched),
    record(record, decision) {
      // The window sees every record, to follow the run's clock across midnight.
      if (window !== null && !window.holds(record)) return;
      if (!recordMatches(criteria, record, decision)) return;
      matched++;
      record.lines.forEach(print);
    },
    unparsed(line) {
      if (!textMatches(criteria, line.line.text)) return;
      matched++;
      print(line.line);
    },
  };
}
