import type { SourceLine } from '../records/types.js';
import { recordMatches, textMatches, type FilterCriteria } from './filter-criteria.js';
import type { Sink, TextOutput } from './sink.js';

export interface FilterSink extends Sink {
  /** How many records (or unparsed lines) matched, for the exit code. */
  readonly matched: number;
}

/** `diegesis filter`: the matching records' input lines, continuation lines included, byte for byte. */
export function createFilterSink(out: TextOutput, criteria: FilterCriteria): FilterSink {
  let matched = 0;
  const print = (line: SourceLine): void => out.write(line.text + line.eol);
  return {
    get matched() {
      return matched;
    },
    record(record, decision) {
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
