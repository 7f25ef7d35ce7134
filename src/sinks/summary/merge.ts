/** Merge two summaries, e.g. of the parts of a big file read by different workers (a before b). */
import { SummaryBuilder } from './builder.js';
import type { Summary } from './types.js';

/**
 * The summary of reading a's records then b's. Exact while no table overflows; the merged tables keep
 * the larger of the two limits, a's rows first, then b's busiest, and count the rest as overflow.
 */
export function mergeSummaries(a: Summary, b: Summary): Summary {
  const builder = new SummaryBuilder({
    maxKeys: Math.max(a.limits.maxKeys, b.limits.maxKeys),
    maxNarratorsPerStatus: Math.max(a.limits.maxNarratorsPerStatus, b.limits.maxNarratorsPerStatus),
    maxUnparsedSamples: Math.max(a.limits.maxUnparsedSamples, b.limits.maxUnparsedSamples),
  });
  builder.absorb(a);
  builder.absorb(b);
  return builder.build();
}
