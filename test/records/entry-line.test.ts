import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataFileError } from '../../src/errors.js';
import { detectFormat } from '../../src/records/detect.js';
import { compileFormat } from '../../src/records/format.js';
import type { LayoutGrammarSpec } from '../../src/records/grammar-types.js';
import { loadParserOfRecord } from '../../src/records/line-parser.js';
import { builtinFormats } from '../../src/records/registry.js';
import { checkSamples } from '../../src/records/samples.js';
import { grammarError } from './grammar-load-error.js';
import { assembleLines } from './assemble.js';

// Samples are checked on the chevrotain parser, the parser of record, loaded on demand.
await loadParserOfRecord();

/** A log whose time stands on a line of its own, the entries logged at that time below it. */
const spec: LayoutGrammarSpec = {
  name: 'stamped',
  title: 'stamped',
  tokens: [
    { name: 'Stamp', pattern: '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:\\d{2})(?=$)' },
    { name: 'Blank', pattern: '[ \\t]+' },
  ],
  layout: [{ token: 'Stamp', split: '^(?<date>[\\d-]+)T(?<time>[\\d:]+)(?<zone>Z|[+-][\\d:]+)$' }, { message: true }],
  entryLine: '(?=\\S)(?:(?<narrator>[A-Z]{3,4}) \\(PID:(?<pid>\\d+)\\): )?(?:(?<code>E-\\d+): )?',
  continuation: '^(?:[ \\t]|E-\\d+:)',
  samples: [
    { line: '2024-05-21T03:00:00Z', expect: { date: '2024-05-21', time: '03:00:00', offsetMin: 0, message: '' } },
    { below: '2024-05-21T03:00:00+02:00', line: 'LGWR (PID:42): E-7: link lost', expect: { time: '03:00:00', offsetMin: 120, narrator: 'LGWR', pid: 42, code: 'E-7', message: 'link lost' } },
  ],
};

const assemble = assembleLines;

describe('entry lines (GrammarSpec.entryLine): the entries below a stamp line are records with its time', () => {
  const format = compileFormat({ spec, file: 'stamped.json' });

  it("makes each line below a stamp a record with the stamp's date, time and zone and the pattern's groups; the stamp is a header line", () => {
    const { records, unparsed } = assemble(format, [
      '2024-05-21T03:00:00+02:00',
      'LGWR (PID:42): E-7: link lost',
      'LGWR (PID:42): retrying',
      'Checkpoint done',
      '2024-05-21T03:00:05Z',
      'ARCH (PID:43): archived',
    ]);
    expect(records.map((r) => [r.line, r.date, r.time, r.offsetMin, r.narrator, r.pid, r.fields, r.message, r.messageAt, r.bodyStart])).toEqual([
      [2, '2024-05-21', '03:00:00', 120, 'LGWR', 42, { zone: '+02:00', code: 'E-7' }, 'link lost', 20, 0],
      [3, '2024-05-21', '03:00:00', 120, 'LGWR', 42, { zone: '+02:00' }, 'retrying', 15, 0],
      [4, '2024-05-21', '03:00:00', 120, null, null, { zone: '+02:00' }, 'Checkpoint done', 0, 0],
      [6, '2024-05-21', '03:00:05', 0, 'ARCH', 43, { zone: 'Z' }, 'archived', 15, 0],
    ]);
    expect(unparsed.map((u) => [u.line.number, u.header])).toEqual([[1, true], [5, true]]);
  });

  it('joins continuation lines to the entry before them, but not across a stamp line: a continuation right below a stamp is an entry', () => {
    const { records, unparsed } = assemble(format, [
      '2024-05-21T03:00:00Z',
      'Errors in trace 7:',
      'E-12: no listener',
      '  detail',
      '2024-05-21T03:00:01Z',
      'E-13: alone below its stamp',
      'E-14: its cause',
    ]);
    expect(records.map((r) => [r.line, r.lines.length, r.time, r.fields['code'] ?? null, r.message])).toEqual([
      [2, 3, '03:00:00', null, 'Errors in trace 7:'],
      [6, 2, '03:00:01', 'E-13', 'alone below its stamp'],
    ]);
    expect(unparsed.map((u) => u.line.number)).toEqual([1, 5]);
  });

  it('holds a blank line until a continuation line joins it, else hands it on unparsed; a line above the first stamp is an entry without a time', () => {
    const { records, unparsed } = assemble(format, ['cut off above', '2024-05-21T03:00:00Z', 'Control written', '', '  handle x', '', '2024-05-21T03:00:01Z', 'next', '']);
    expect(records.map((r) => [r.line, r.lines.length, r.time])).toEqual([[1, 1, null], [3, 3, '03:00:00'], [8, 1, '03:00:01']]);
    expect(unparsed.map((u) => [u.line.number, u.header])).toEqual([[2, true], [6, false], [7, true], [9, false]]);
  });

  it('reads the stamp lines as header lines and the entries below them as records in detection, and nothing above the first stamp', () => {
    const lines = ['cut off above', '2024-05-21T03:00:00Z', 'LGWR (PID:42): E-7: link lost', '  detail', 'Checkpoint done', '2024-05-21T03:00:01Z', 'E-8: x'];
    const { scores } = detectFormat(lines, [format, ...builtinFormats()]);
    expect(scores.find((s) => s.format === 'stamped')).toEqual({ format: 'stamped', score: 4 / 5, read: 4, records: 3, sampled: 5, headers: 2 });
  });

  it('checks a sample below its stamp line as an entry', () => {
    expect(checkSamples(format)).toEqual([]);
    const broken = compileFormat({
      spec: {
        ...spec,
        samples: [
          ...spec.samples,
          { below: 'not a stamp', line: 'x', expect: {} },
          { below: '2024-05-21T03:00:00Z', line: '', expect: {} },
          { below: '2024-05-21T03:00:00Z', line: 'ARCH (PID:1): y', expect: { narrator: 'LGWR', rid: '1' } },
        ],
      },
      file: 'stamped.json',
    });
    expect(checkSamples(broken)).toEqual([
      { where: 'samples.2.below', problem: 'does not parse: "not a stamp"' },
      { where: 'samples.3.line', problem: 'is no entry line: ""' },
      { where: 'samples.4.expect.narrator', problem: 'expected "LGWR", parsed "ARCH"' },
      { where: 'samples.4.expect.rid', problem: 'the layout has no field "rid"' },
    ]);
  });
});

describe('a broken entry line names the file and the problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diegesis-entry-line-'));
  const load = (grammar: object): Promise<DataFileError> => grammarError(dir, 'stamped.json', grammar);

  it.each([
    ['(?<narrator>\\w+', 'entryLine', /Invalid regular expression/],
    ['(?<Narrator>\\w+): ', 'entryLine', /group name "Narrator" is not a field name/],
    ['(?<message>.*)', 'entryLine', /the message is the text after the match/],
    ['(?<narrator>(\\w+\\s?)+): ', 'entryLine', /.+/],
  ])('%s', async (entryLine, where, problem) => {
    const error = await load({ ...spec, entryLine });
    expect(error.where).toBe(where);
    expect(error.problem).toMatch(problem);
  });

  it('refuses a sample below a stamp line in a grammar without entry lines', async () => {
    const { entryLine: _none, ...plain } = spec;
    const error = await load(plain);
    expect(error.where).toBe('samples.1.below');
    expect(error.problem).toMatch(/is for a grammar with entry lines/);
  });
});
