import { createSummaryAggregator } from '../../../src/sinks/summary/aggregate.js';
import { KeptNames } from '../../../src/input/detach.js';
import { record, reports, type Event } from './story.js';

/** The text as the input gives it: a fresh slice of a longer string, never the same object twice. */
const asRead = (text: string): string => `>${text}<`.slice(1, -1);

describe('KeptNames', () => {
  it('hands out one copy per text, whichever string it is asked with', () => {
    const names = new KeptNames(10);
    const first = names.keep(asRead('NetworkMonitorService'));
    expect(first).toBe('NetworkMonitorService');
    expect(Object.is(names.keep(asRead('NetworkMonitorService')), first)).toBe(true);
    expect(names.keepOrNull(null)).toBeNull();
  });

  it('once full, keeps the names it has and still gives the text of the others', () => {
    const names = new KeptNames(2);
    const kept = ['FirstComponentName', 'SecondComponentName'].map((name) => names.keep(asRead(name)));
    expect(names.keep(asRead('ThirdComponentName'))).toBe('ThirdComponentName');
    expect(names.keep(asRead('ThirdComponentName'))).toBe('ThirdComponentName');
    expect(Object.is(names.keep(asRead('FirstComponentName')), kept[0])).toBe(true);
    expect(Object.is(names.keep(asRead('SecondComponentName')), kept[1])).toBe(true);
  });
});

describe('the summary once its kept names are full', () => {
  // With maxKeys 1 the builder keeps 16 names; 40 narrators, each naming its own subject, overrun it.
  const narrators = Array.from({ length: 40 }, (_, i) => `ComponentNumber${i}Service`);
  const events: Event[] = [];
  for (let round = 0; round < 3; round++) {
    narrators.forEach((name, i) => {
      const line = events.length + 1;
      const event = record(
        { line, time: `09:00:${String(line % 60).padStart(2, '0')}.000`, narrator: asRead(name), body: `SubjectNumber${i}Engine is not responding` },
        reports([asRead(`SubjectNumber${i}Engine`)], asRead('is not responding'), true),
      );
      events.push(event);
    });
  }
  // The last key once more: the tables that keep their heaviest hold its row (it took the place of the one before).
  const last = record(
    { line: events.length + 1, time: '09:01:00.000', narrator: asRead('ComponentNumber39Service'), body: 'SubjectNumber39Engine is not responding' },
    reports([asRead('SubjectNumber39Engine')], asRead('is not responding'), true),
  );
  const aggregator = createSummaryAggregator({ maxKeys: 1 });
  for (const event of [...events, last]) if (event.type === 'record') aggregator.record(event.record, event.decision);
  const summary = aggregator.result();

  it('still finds the rows it holds by their text', () => {
    // Kept first: the first narrator's row, found again in each round.
    expect(summary.narrators.rows).toEqual([{ name: 'ComponentNumber0Service', records: 3, diegetic: 3 }]);
    expect(summary.narrators.overflow).toBe(39 * 3 + 1);
    // Kept heaviest: the last key's row, found by the last record (2 records counted since it was opened).
    expect(summary.reports.rows).toEqual([{ narrator: 'ComponentNumber39Service', subject: 'SubjectNumber39Engine', count: 121, overcount: 119, negative: 2 }]);
    expect(summary.statuses.rows).toMatchObject([{ subject: 'SubjectNumber39Engine', status: 'is not responding', count: 121, overcount: 119 }]);
    expect(summary.templates.rows).toMatchObject([{ narrator: 'ComponentNumber39Service', count: 121, overcount: 119 }]);
    expect(summary.threads.rows[0]?.narrators).toEqual(['ComponentNumber0Service', 'ComponentNumber10Service', 'ComponentNumber11Service', 'ComponentNumber12Service', 'ComponentNumber13Service', 'ComponentNumber14Service', 'ComponentNumber15Service', 'ComponentNumber16Service', 'ComponentNumber17Service', 'ComponentNumber18Service']);
  });
});
