/**
 * The rows a summary table holds are updated in place, record after record, and merged in place when summaries of
 * parts are absorbed. Random streams check both against what each row must say: its count, its time range, and its
 * narrator list (the first names in name order among all that wrote or reported, and whether some were left out).
 */
import fc from 'fast-check';
import { createSummaryAggregator } from '../../../src/sinks/summary/aggregate.js';
import { compareNames } from '../../../src/sinks/summary/capped-table.js';
import { mergeSummaries } from '../../../src/sinks/summary/merge.js';
import type { Summary } from '../../../src/sinks/summary/types.js';
import { type Event, feed, record, reports, selfTrace } from './story.js';

const NARRATORS = [null, 'Monitor', 'Gateway', 'Auditor', 'Zeta', 'alpha', 'Billing', 'Indexer'];
const SUBJECTS = ['Indexer', 'Billing', 'Store'];

interface Step {
  narrator: string | null;
  tid: number;
  /** Milliseconds after the previous record (the stream stays in time order). */
  after: number;
  subject: string | null;
  status: 'down' | 'OK' | null;
}

const step: fc.Arbitrary<Step> = fc.record({
  narrator: fc.constantFrom(...NARRATORS),
  tid: fc.integer({ min: 1, max: 3 }),
  after: fc.integer({ min: 0, max: 5000 }),
  subject: fc.option(fc.constantFrom(...SUBJECTS), { nil: null }),
  status: fc.constantFrom('down' as const, 'OK' as const, null),
});

function clock(ms: number): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

function eventsOf(steps: readonly Step[]): Event[] {
  let ms = 8 * 3_600_000;
  return steps.map((s, i) => {
    ms += s.after;
    const decision = s.subject === null ? selfTrace() : reports([s.subject, s.subject], s.status, s.status === 'down');
    return record({ line: i + 1, tid: s.tid, time: clock(ms), narrator: s.narrator, body: `${s.subject ?? 'self'} ${s.status ?? 'x'} ${i}` }, decision);
  });
}

function summarize(events: readonly Event[], maxNarratorsPerRow: number): Summary {
  const aggregator = createSummaryAggregator({ maxNarratorsPerRow });
  feed(aggregator, events);
  return aggregator.result();
}

/** What a narrator list must say, given every narrator that counted for its row. */
function expectedList(names: readonly (string | null)[], max: number): { narrators: (string | null)[]; narratorsTruncated: boolean } {
  const distinct = [...new Set(names)].sort(compareNames);
  return { narrators: distinct.slice(0, max), narratorsTruncated: distinct.length > max };
}

describe('summary rows', () => {
  it('list the first narrators by name, and say when some were left out', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (steps, max) => {
        const summary = summarize(eventsOf(steps), max);
        for (const row of summary.statuses.rows) {
          const names = steps.filter((s) => s.subject === row.subject && s.status === row.status).map((s) => s.narrator);
          expect({ narrators: row.narrators, narratorsTruncated: row.narratorsTruncated }).toEqual(expectedList(names, max));
          expect(row.count).toBe(names.length);
        }
        for (const row of summary.threads.rows) {
          const names = steps.filter((s) => s.tid === row.tid).map((s) => s.narrator);
          expect({ narrators: row.narrators, narratorsTruncated: row.narratorsTruncated }).toEqual(expectedList(names, max));
          expect(row.records).toBe(names.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('merge in place: a time-ordered stream cut anywhere merges back to the whole', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), fc.nat(), fc.integer({ min: 1, max: 4 }), (steps, at, max) => {
        const events = eventsOf(steps);
        const cut = at % (events.length + 1);
        const whole = summarize(events, max);
        const first = summarize(events.slice(0, cut), max);
        const before = JSON.stringify(first);
        expect(mergeSummaries(first, summarize(events.slice(cut), max))).toEqual(whole);
        // Merging copies: the parts are left as they were.
        expect(JSON.stringify(first)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });
});
