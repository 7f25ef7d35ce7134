import { loadGrammarFile } from '../../src/records/grammar-load.js';
import { createLineParser, loadParserOfRecord } from '../../src/records/line-parser.js';
import { compileFormat } from '../../src/records/format.js';
import { builtinFormats } from '../../src/records/registry.js';
import { checkSamples } from '../../src/records/samples.js';
import { join } from 'node:path';
import { grammarsDir } from '../../src/paths.js';

// These tests compare with, or check samples on, the chevrotain parser: the parser of record, loaded on demand.
await loadParserOfRecord();

const native = compileFormat(loadGrammarFile(join(grammarsDir, 'native.json')));
const parse = (line: string) => native.parser.parse(line);

describe('native grammar: first lines', () => {
  it.each([
    ['11864 11912 06:34:53.598 ModuleA: foo called bar. Status OK.', { pid: '11864', tid: '11912', time: '06:34:53.598', narrator: 'ModuleA' }, 'ModuleA: foo called bar. Status OK.'],
    ['0x2D5C 0x2d78 06:34:53.5 x', { pid: '0x2D5C', tid: '0x2d78', time: '06:34:53.5' }, 'x'],
    ['1 2 2024-03-01 06:34:53.1234567 [Net::Dns] lookup failed', { pid: '1', tid: '2', date: '2024-03-01', time: '06:34:53.1234567', narrator: 'Net::Dns' }, '[Net::Dns] lookup failed'],
    ['1 2 2024/03/01-06:34:53.123 a.b_c-d$e: ok', { pid: '1', tid: '2', date: '2024/03/01', time: '06:34:53.123', narrator: 'a.b_c-d$e' }, 'a.b_c-d$e: ok'],
    ['1 2 03/01/2024 06:34:53.123 Foo::Bar: ok', { pid: '1', tid: '2', date: '03/01/2024', time: '06:34:53.123', narrator: 'Foo::Bar' }, 'Foo::Bar: ok'],
    ['1\t2\t06:34:53.123\tno narrator here: at all', { pid: '1', tid: '2', time: '06:34:53.123' }, 'no narrator here: at all'],
    ['1 2 06:34:53.123', { pid: '1', tid: '2', time: '06:34:53.123' }, ''],
    ['1 2 06:34:53.123 42 items: done', { pid: '1', tid: '2', time: '06:34:53.123' }, '42 items: done'],
  ])('%s', (line, fields, message) => {
    const parsed = parse(line);
    expect(parsed).not.toBeNull();
    expect(parsed?.fields).toEqual(fields);
    expect(line.slice(parsed?.messageStart)).toBe(message);
  });

  it('puts the body after the narrator prefix and its blanks', () => {
    const line = '1 2 06:34:53.123 ModuleB:   ModuleA integrity check.';
    const parsed = parse(line);
    expect(line.slice(parsed?.bodyStart)).toBe('ModuleA integrity check.');
  });

  it('takes only the first Name: as narrator', () => {
    expect(parse('1 2 06:34:53.123 SessionMgr: ProfileSvc: returned')?.fields['narrator']).toBe('SessionMgr');
  });

  it.each([
    ['PID TID TIME MESSAGE'],
    ['   at Contoso.Worker.Run()'],
    ['11864 06:34:53.598 missing tid'],
    ['11864 11912 6:34 bad time'],
    ['11864 11912 06:34:53 no fraction'],
    ['11864 11912 06:34:53.12345678 eight fraction digits'],
    ['abc 11912 06:34:53.598 not a pid'],
    [''],
  ])('does not parse %j', (line) => {
    expect(parse(line)).toBeNull();
  });

  it('recognises the header in any case and spacing', () => {
    expect(native.header?.test('  pid\tTid   TIME message ')).toBe(true);
    expect(native.header?.test('PID TID TIME')).toBe(false);
  });
});

describe('built-in grammar samples', () => {
  it.each(builtinFormats().map((format) => [format.name, format] as const))('%s: every sample parses to its expected fields', (_name, format) => {
    expect(checkSamples(format)).toEqual([]);
  });
});

describe('split: one token, several fields', () => {
  const parser = createLineParser({
    name: 'split-test',
    title: 'split test',
    tokens: [
      { name: 'Proc', pattern: '[\\w.]+(?:\\[\\d+\\])?:' },
      { name: 'Module', pattern: '[a-z]+(?=\\t)' },
      { name: 'Tab', pattern: '\\t' },
      { name: 'Blank', pattern: ' +' },
    ],
    layout: [
      { token: 'Proc', split: '^(?<narrator>[a-z][\\w.]*)(?:\\[(?<pid>\\d+)\\])?:$' },
      { token: 'Blank' },
      { optional: [{ token: 'Module', field: 'module', split: '^(?<narrator>.+)$' }, { token: 'Tab' }] },
      { message: true },
      { optional: [{ token: 'Proc', field: 'narrator', trim: ':' }] },
    ],
    samples: [],
  });

  it.each([
    ['sshd[42]: accepted key', { narrator: 'sshd', pid: '42' }, 'accepted key'],
    ['kernel: link down', { narrator: 'kernel' }, 'link down'],
    ['kernel: net\tlink down', { narrator: 'net', module: 'net' }, 'link down'],
    ['kernel: net\tNic: link down', { narrator: 'Nic', module: 'net' }, 'Nic: link down'],
  ])('%j', (line, fields, message) => {
    const parsed = parser.parse(line);
    expect(parsed?.fields).toEqual(fields);
    expect(line.slice(parsed?.messageStart)).toBe(message);
  });

  it('a token its split does not fit fails the line', () => {
    expect(parser.parse('kernel: ok')).not.toBeNull();
    expect(parser.parse('9lives: ok')).toBeNull();
  });

  it('names the alternatives a line takes', () => {
    expect(parser.alternatives).toEqual(['layout.2.optional', 'layout.4.optional']);
    expect(parser.parseTraced('kernel: net\tNic: link down')?.alternatives).toEqual(['layout.2.optional', 'layout.2.optional', 'layout.4.optional']);
  });
});

it('gives every built-in grammar a fast path: a plain run never loads chevrotain', () => {
  expect(builtinFormats().filter((f) => f.needsParserOfRecord).map((f) => f.name)).toEqual([]);
});
