/** Merge two summaries, e.g. of the parts of a big file read by different workers (a before b). */
import { SummaryBuilder } from './builder.js';
import type { Summary, SummaryLimits } from './types.js';

/**
 * The summary of reading a's records then b's. Exact while no table overflows; the merged tables keep the larger of
 * the two limits. Past them, the tables that keep their first keys keep a's rows first, then b's busiest, and count
 * the rest as overflow; those that keep their heaviest keep the heaviest of both, with bounded counts (HeaviestTable,
 * capped-table.ts). Deltas, gaps and the timeline merge exactly when b's records come after a's in time (parts of one
 * time-ordered trace). A gap threshold set by option (`--gap`) is kept.
 */
export function mergeSummaries(a: Summary, b: Summary): Summary {
  const limits = Object.fromEntries(
    (Object.keys(a.limits) as (keyof SummaryLimits)[]).map((name) => [name, Math.max(a.limits[name], b.limits[name])]),
  ) as unknown as SummaryLimits;
  const builder = new SummaryBuilder(limits, gapOption(a) ?? gapOption(b));
  builder.absorb(a);
  builder.absorb(b);
  return builder.build();
}

function gapOption(summary: Summary): number | null {
  return summary.gaps.trace.thresholdSource === 'option' ? summary.gaps.trace.thresholdMs : null;
}
