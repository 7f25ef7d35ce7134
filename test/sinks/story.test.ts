import { createPalette } from '../../src/sinks/palette.js';
import { createStorySink } from '../../src/sinks/story.js';
import { play, record, reports, story } from './summary/story.js';

function tell(name: string, withOwn = false, coloured = false): { text: string; reports: number } {
  let text = '';
  const sink = createStorySink({ write: (t) => void (text += t) }, { name, withOwn, palette: createPalette(coloured) });
  for (const event of story) play(sink as never, event);
  sink.finish?.();
  return { text, reports: sink.reports };
}

describe('createStorySink', () => {
  it('tells what others reported about the component, case-insensitively, negative statuses flagged', () => {
    const { text, reports } = tell('indexer');
    expect(text).toBe(
      [
        'session.trace:3: 09:00:01.000 Monitor: Indexer is not responding  [! not responding]',
        'session.trace:8: 09:02:04.456 Monitor: Indexer is not responding  [! not responding]',
        'session.trace:10: 09:02:05.500 Auditor: Indexer is not responding  [! not responding]',
        '-- 3 reports on indexer (3 negative) by Auditor, Monitor',
        '',
      ].join('\n'),
    );
    expect(reports).toBe(3);
  });

  it('keeps continuation lines under their record and interleaves own messages on request', () => {
    const { text, reports } = tell('Gateway', true);
    // Its own messages are printed, but no one reported on it.
    expect(reports).toBe(0);
    expect(text).toContain('session.trace:4: 09:00:02.500 Gateway: Billing returned error 500  (own)\n    at Billing.charge (billing.js:10)\n');
    expect(text).toContain('-- 0 reports on Gateway (0 negative); 2 own messages\n');
    expect(tell('Billing').text).toContain('Gateway: Billing status OK  [OK]\n');
  });

  it('keeps the indentation continuation lines have under each other, without the one they share', () => {
    let text = '';
    const sink = createStorySink({ write: (t) => void (text += t) }, { name: 'Db', withOwn: false, palette: createPalette(false) });
    const event = record(
      { line: 1, time: '01:00:00.000', narrator: 'App', body: 'Db call failed', continuation: ['  Traceback (most recent call last):', '    File "app.py", line 3', '      db.query()', '  TimeoutError'] },
      reports(['Db'], 'failed', true),
    );
    if (event.type === 'record') sink.record(event.record, event.decision);
    expect(text).toContain('\n    Traceback (most recent call last):\n      File "app.py", line 3\n        db.query()\n    TimeoutError\n');
  });

  it('says so when nobody reported on the component', () => {
    expect(tell('Nobody')).toEqual({ text: '-- no message reports on Nobody\n', reports: 0 });
  });

  it('colours the narrator and the negative status, and never prints control characters raw', () => {
    const palette = createPalette(true);
    expect(tell('Indexer', false, true).text).toContain(palette.negative('[! not responding]'));
    let text = '';
    const sink = createStorySink({ write: (t) => void (text += t) }, { name: 'Svc', withOwn: false, palette: createPalette(false) });
    const event = record({ line: 1, time: '01:00:00.000', narrator: 'Mon', body: 'Svc is \u001b[31mdown' }, reports(['Svc'], 'down', true));
    if (event.type === 'record') sink.record(event.record, event.decision);
    expect(text).toContain('Svc is \\x1B[31mdown');
  });
});
