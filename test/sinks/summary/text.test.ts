import { createPalette } from '../../../src/sinks/palette.js';
import { createSummaryAggregator } from '../../../src/sinks/summary/aggregate.js';
import { renderSummaryText } from '../../../src/sinks/summary/text.js';
import { feed, record, reports, story } from './story.js';

const ESC = '\x1b';

describe('renderSummaryText', () => {
  const aggregator = createSummaryAggregator();
  feed(aggregator, story);
  const summary = aggregator.result();
  const plain = renderSummaryText(summary, createPalette(false));
  const coloured = renderSummaryText(summary, createPalette(true));

  it('has no escape codes with the palette off', () => {
    expect(plain).not.toContain(ESC);
    expect(plain.endsWith('\n')).toBe(true);
  });

  it('colours headings, narrators, subjects and negative statuses with the palette on', () => {
    const palette = createPalette(true);
    expect(coloured).toContain(ESC);
    expect(coloured).toContain(palette.heading('What failed'));
    expect(coloured).toContain(palette.subject('Indexer'));
    expect(coloured).toContain(palette.negative('not responding'));
    expect(coloured).toContain(palette.narrator('Auditor, Monitor'));
    expect(coloured).toContain(palette.status('OK'));
  });

  it('shows the same text whether coloured or not', () => {
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('answers what failed and when, in aligned columns without trailing spaces', () => {
    expect(plain).toContain(
      [
        'What failed',
        '  SUBJECT  STATUS          COUNT  FIRST         LAST          REPORTED BY',
        '  Indexer  not responding      3  09:00:01.000  09:02:05.500  Auditor, Monitor',
        '  Billing  error               1  09:00:02.500  09:00:02.500  Gateway',
        '',
      ].join('\n'),
    );
    expect(plain).toContain('  Time         09:00:00.000 to 09:02:05.500 (2m 05.500s)\n');
    expect(plain.split('\n').filter((line) => line.endsWith(' '))).toEqual([]);
  });

  it('limits rows per table and says how many more there are', () => {
    const text = renderSummaryText(summary, createPalette(false), { maxRows: 2 });
    expect(text).toContain('  Gateway         2         2\n  ... and 1 more\n');
  });

  it('never prints control characters from the trace', () => {
    const hostile = createSummaryAggregator();
    feed(hostile, [
      record(
        { line: 1, time: '08:00:00.000', narrator: 'Mon\x1b]0;pwned\x07', body: 'Disk\x1b[2J failed' },
        reports(['Disk\x1b[2J'], 'failed', true),
      ),
    ]);
    const text = renderSummaryText(hostile.result(), createPalette(false));
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\x07');
    expect(text).toContain('Disk\uFFFD[2J');
  });
});
