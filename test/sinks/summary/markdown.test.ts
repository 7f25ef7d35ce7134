import { createSummaryAggregator } from '../../../src/sinks/summary/aggregate.js';
import { escapeMarkdown, renderSummaryMarkdown } from '../../../src/sinks/summary/markdown.js';
import type { Summary } from '../../../src/sinks/summary/types.js';
import { type Event, feed, record, reports, story } from './story.js';

function summarize(events: readonly Event[]): Summary {
  const aggregator = createSummaryAggregator();
  feed(aggregator, events);
  return aggregator.result();
}

const EXPECTED = `# Trace summary

- **Input:** session.trace (native, 10 lines)
- **Lines:** 10 read: 6 records, 2 continuation, 1 unparsed, 1 header
- **Time:** 09:00:00.000 to 09:02:05.500 (2m 05.500s)
- **Processes:** 3
- **Threads:** 4
- **Narrators:** 3
- **Diegetic:** 5 of 6 records (83.3%)
- **Silent:** Indexer, Billing
- **Errors:** 0 self-reported, 4 narrated by others
- **Gaps:** 1 in the whole trace (>= 10.000s), 1 within threads (>= 10.000s); thresholds derived from the trace
- **Unparsed at:** session.trace:7
- **Activity:** \`█                   █\` all, \`▆                   █\` diegetic (6.144s per column)

## What failed

| Subject | Status | Count | First | Last | Reported by |
| --- | --- | ---: | --- | --- | --- |
| Indexer | not responding | 3 | 09:00:01.000 | 09:02:05.500 | Auditor, Monitor |
| Billing | error | 1 | 09:00:02.500 | 09:00:02.500 | Gateway |

## Silent components (reported on, never wrote a message)

| Subject | Reports | Negative | First | Last | Reported by |
| --- | ---: | ---: | --- | --- | --- |
| Indexer | 3 | 3 | 09:00:01.000 | 09:02:05.500 | Auditor, Monitor |
| Billing | 2 | 1 | 09:00:02.500 | 09:02:05.000 | Gateway |

## Who reported on whom

| Narrator | Subject | Reports | Negative |
| --- | --- | ---: | ---: |
| Gateway | Billing | 2 | 1 |
| Monitor | Indexer | 2 | 2 |
| Auditor | Indexer | 1 | 1 |

## Statuses by subject

| Subject | Status | Count | First | Last |
| --- | --- | ---: | --- | --- |
| Billing | OK | 1 | 09:02:05.000 | 09:02:05.000 |
| Billing | error | 1 | 09:00:02.500 | 09:00:02.500 |
| Indexer | not responding | 3 | 09:00:01.000 | 09:02:05.500 |

## Error messages

| Origin | Narrator | Message template | Count | First | Last |
| --- | --- | --- | ---: | --- | --- |
| by others | Monitor | Indexer is not responding | 2 | 09:00:01.000 | 09:02:04.456 |
| by others | Auditor | Indexer is not responding | 1 | 09:02:05.500 | 09:02:05.500 |
| by others | Gateway | Billing returned error \\<n> | 1 | 09:00:02.500 | 09:00:02.500 |

## Periodic errors

_No error message repeated 3 times or more._

## Gaps (no record for a while)

| Where | From | To | Length |
| --- | --- | --- | ---: |
| whole trace | 09:00:02.500 | 09:02:04.456 | 2m 01.956s |
| thread 100/10 | 09:00:01.000 | 09:02:04.456 | 2m 03.456s |

_whole trace: at least 10.000s (derived from the trace)_
_within a thread: at least 10.000s (derived from the trace)_

## Top message templates

| Narrator | Message template | Count | Example |
| --- | --- | ---: | --- |
| Monitor | Indexer is not responding | 2 | session.trace:3 |
| Auditor | Indexer is not responding | 1 | session.trace:10 |
| Gateway | Billing returned error \\<n> | 1 | session.trace:4 |
| Gateway | Billing status OK | 1 | session.trace:9 |
| Monitor | checking service health | 1 | session.trace:2 |

## Narrators

| Narrator | Records | Diegetic |
| --- | ---: | ---: |
| Monitor | 3 | 2 |
| Gateway | 2 | 2 |
| Auditor | 1 | 1 |

## Busiest processes

| PID | Records |
| ---: | ---: |
| 100 | 3 |
| 200 | 2 |
| 300 | 1 |

## Threads of activity

| PID | TID | Records | First | Last | Narrators |
| ---: | ---: | ---: | --- | --- | --- |
| 100 | 10 | 3 | 09:00:00.000 | 09:02:04.456 | Monitor |
| 200 | 20 | 1 | 09:00:02.500 | 09:00:02.500 | Gateway |
| 200 | 21 | 1 | 09:02:05.000 | 09:02:05.000 | Gateway |
| 300 | 30 | 1 | 09:02:05.500 | 09:02:05.500 | Auditor |
`;

describe('renderSummaryMarkdown', () => {
  it('renders the story exactly', () => {
    expect(renderSummaryMarkdown(summarize(story))).toBe(EXPECTED);
  });

  it('escapes pipes, backslashes and brackets in cells and replaces control characters', () => {
    const summary = summarize([
      record(
        { line: 1, time: '08:00:00.000', narrator: 'Disk|Mon', body: 'C:\\data\x1b[31m is offline' },
        reports(['C:\\data\x1b[31m'], 'offline', true),
      ),
    ]);
    const markdown = renderSummaryMarkdown(summary);
    expect(markdown).toContain('| Disk\\|Mon | C:\\\\data\uFFFD\\[31m | 1 | 1 |');
    expect(markdown).not.toContain('\x1b');
  });

  it('says how many rows it left out, when a table overflowed and when its counts are estimates', () => {
    const aggregator = createSummaryAggregator({ maxKeys: 2 });
    feed(aggregator, story);
    const markdown = renderSummaryMarkdown(aggregator.result(), { maxRows: 1 });
    const notes = '_... and 1 more_\n_not listed: 1 more record beyond the limit of 2 rows_\n';
    expect(markdown).toContain(`| Monitor | 3 | 2 |\n\n${notes}`);
    expect(markdown).toContain('- **Narrators:** 2+\n');
    // Tables ranked by count keep their heaviest rows: PID 300 took the place of PID 200 and its count with it.
    expect(markdown).toContain(
      '| 100 | 3 |\n\n_... and 1 more_\n_counts are estimates: only the 2 heaviest rows are kept, and up to 2 records may ' +
        'be of rows not listed; a count shown as 100-101 is at least 100 and at most 101_\n',
    );
    // Rows derived from such tables say so too: the silent Indexer's reports counted under Auditor's row.
    expect(markdown).toContain(
      '| Indexer | 1-3 | 1 | 09:00:01.000 | 09:02:05.500 | Auditor |\n\n_... and 1 more_\n' +
        '_counts are estimates: a count shown as 100-101 is at least 100 and at most 101_\n',
    );
  });

  it('says so when nothing failed', () => {
    expect(renderSummaryMarkdown(summarize([]))).toContain('## What failed\n\n_No negative status was reported._\n');
  });

  it.each([
    ['a|b', 'a\\|b'],
    ['a\\b', 'a\\\\b'],
    ['plain', 'plain'],
    ['*not* _emphasis_ ~~struck~~ `code` [link](x)', '\\*not\\* \\_emphasis\\_ \\~\\~struck\\~\\~ \\`code\\` \\[link\\](x)'],
  ])('escapeMarkdown(%j) is %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});
