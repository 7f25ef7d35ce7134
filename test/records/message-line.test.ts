import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataFileError } from '../../src/errors.js';
import { compileFormat } from '../../src/records/format.js';
import type { LayoutGrammarSpec } from '../../src/records/grammar-types.js';
import type { TraceRecord } from '../../src/records/types.js';
import { grammarError } from './grammar-load-error.js';
import { fullMessage } from '../../src/sinks/ndjson.js';
import { assembleRecords } from './assemble.js';

/** A grammar of entries whose header says when and who, and a later 'CODE: text' line what. */
const spec: LayoutGrammarSpec = {
  name: 'entries',
  title: 'entries',
  tokens: [
    { name: 'Time', pattern: '\\d{2}:\\d{2}:\\d{2}(?= )' },
    { name: 'Name', pattern: '[a-z]+(?=:)' },
    { name: 'Colon', pattern: ':' },
    { name: 'Blank', pattern: '[ \\t]+' },
  ],
  layout: [{ token: 'Time', field: 'time' }, { token: 'Blank' }, { token: 'Name', field: 'narrator' }, { token: 'Colon' }, { optional: [{ token: 'Blank' }] }, { message: true }],
  continuation: '^(?!\\d{2}:\\d{2}:\\d{2} )',
  messageLine: '^(?<code>E\\d{3})(?<severity>[WE])?: ',
  samples: [{ line: '10:00:00 agent: header', expect: { narrator: 'agent', message: 'header' } }],
};

const assemble = assembleRecords;

describe('a message line (GrammarSpec.messageLine) gives the record its message', () => {
  const format = compileFormat({ spec, file: 'entries.json' });

  it("takes the first matching line joined to the record, after the match; the groups that match are fields; the first line's text gives way", () => {
    const records = assemble(format, [
      '10:00:00 agent: header text',
      '   detail',
      '',
      'E101W: link to db-2 lost',
      'E102E: not the message',
      '10:00:05 agent: no message line here',
      '  E103: indented, so no message line',
      '10:00:09 agent:',
      'E104: taken after a line that neither parses nor continues',
    ]);
    expect(records.map((r) => [r.line, r.lines.length, r.message, r.fields])).toEqual([
      [1, 5, 'link to db-2 lost', { code: 'E101', severity: 'W' }],
      [6, 2, 'no message line here', {}],
      [8, 2, 'taken after a line that neither parses nor continues', { code: 'E104' }],
    ]);
    // The message stands in no place of the first line, and has no narrator prefix.
    expect(records[0]).toMatchObject({ narrator: 'agent', time: '10:00:00', messageAt: null, bodyStart: 0, messageLine: 3 });
    expect(records[1]).toMatchObject({ messageAt: 16, bodyStart: 0 });
    expect(records[1]?.messageLine).toBeUndefined();
  });

  it("is told once in classify's message, first, its line keeping the code: one line of text for each line of the record", () => {
    const [given, plain] = assemble(format, ['10:00:00 agent: header', '   detail', 'E101W: link to db-2 lost', 'E102E: not the message', '10:00:05 agent: plain', '  more']);
    expect(fullMessage(given as TraceRecord)).toBe('link to db-2 lost\n   detail\nE101W: \nE102E: not the message');
    expect(fullMessage(plain as TraceRecord)).toBe('plain\n  more');
  });

  it('takes a held line that a continuation line joins to the record', () => {
    const held = compileFormat({ spec: { ...spec, continuation: '^\\s' }, file: 'entries.json' });
    const records = assemble(held, ['10:00:00 agent: header', 'E201: held, then joined', '  continued', '10:00:01 agent: next', 'E202: held, never joined']);
    expect(records.map((r) => [r.lines.length, r.message, r.messageLine])).toEqual([[3, 'held, then joined', 1], [1, 'next', undefined]]);
  });

  it('is tried on continuation lines taken first, as a fallback grammar takes them', () => {
    const first = compileFormat({ spec: { ...spec, continuation: '^E\\d', continuationFirst: true }, file: 'entries.json' });
    expect(assemble(first, ['10:00:00 agent: header', 'E301: first', 'E302: second']).map((r) => [r.lines.length, r.message])).toEqual([[3, 'first']]);
  });
});

describe('a broken message line names the file and the problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diegesis-message-line-'));
  const load = (messageLine: string): Promise<DataFileError> => grammarError(dir, 'entries.json', { ...spec, messageLine });

  it.each([
    ['(E\\d+', /Invalid regular expression/],
    ['^(?<narrator>\\w+): ', /group "narrator" names a field the first line gives/],
    ['^(?<code>(\\w+\\s?)+):', /.+/],
  ])('%s', async (messageLine, problem) => {
    const error = await load(messageLine);
    expect(error.where).toBe('messageLine');
    expect(error.problem).toMatch(problem);
  });
});
