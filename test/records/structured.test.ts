/**
 * The structured grammars (json-lines, logfmt). Their fast path, a hand scanner of the syntax, must give exactly the
 * chevrotain parser's ParsedLine (or null) and so the same records: on samples, fixtures and corpus lines, and on random
 * lines of the syntax, spliced and edited. A JSON line must parse exactly when JSON.parse reads it as one object (nested
 * at most MAX_JSON_DEPTH deep), to JSON.parse's keys and values.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createJsonPairReader } from '../../src/records/chevrotain-json.js';
import type { Format } from '../../src/records/format.js';
import { isStructured } from '../../src/records/grammar-types.js';
import { readJsonPairs } from '../../src/records/json-scan.js';
import { createLineParser, loadParserOfRecord, type ParsedLine } from '../../src/records/line-parser.js';
import { buildRecord } from '../../src/records/record-builder.js';
import { builtinFormats } from '../../src/records/registry.js';
import { MAX_JSON_DEPTH, textOf, type RawPair } from '../../src/records/structured-text.js';
import { agreement } from './agreement.js';

await loadParserOfRecord();

const root = join(import.meta.dirname, '..', '..');
const linesIn = (dir: string): string[] =>
  readdirSync(join(root, dir))
    .filter((f) => /\.(log|trace)$/.test(f))
    .flatMap((f) => readFileSync(join(root, dir, f), 'utf8').split(/\r\n|\r|\n/));
const realLines = [...linesIn('samples'), ...linesIn('test/fixtures/formats'), ...linesIn('test/corpus/dev')];

const formats = builtinFormats();
const formatNamed = (name: string): Format => formats.find((f) => f.name === name) as Format;

/** Keys of every rule of both grammars, and others: random lines take some and leave others to the fields. */
const KEYS = ['msg', 'message', '@m', '@mt', 'log', 'ts', 'time', '@t', 't', 'level', 'lvl', 'logger', 'component', 'name', 'pid', 'tid', 'caller', 'err', 'Service', 'a.b', 'x'];
const key = fc.oneof({ arbitrary: fc.constantFrom(...KEYS), weight: 4 }, { arbitrary: fc.string({ unit: fc.constantFrom(...'ab_.-@$'), minLength: 1, maxLength: 4 }), weight: 1 });
const text = fc.string({ unit: fc.constantFrom(...'ab c-{}=:."\\\t\n/é0123456789'), maxLength: 12 });
const stamp = fc.constantFrom('2024-05-01T10:00:01.456Z', '2024-05-01 10:00:01,5', '1714557601.4567', '1714557601456', '10:00:01', 'yesterday', '');

/** Random JSON object lines: keys of the grammar and others, values of every kind, blanks here and there. */
const jsonLine = fc
  .tuple(
    fc.array(fc.tuple(key, fc.oneof(text, stamp, fc.jsonValue({ maxDepth: 2 }))), { maxLength: 6 }),
    fc.constantFrom('', ' ', '\t', '  '),
  )
  .map(([pairs, blank]) => `${blank}{${pairs.map(([k, v]) => `${JSON.stringify(k)}${blank}:${blank}${JSON.stringify(v)}`).join(`,${blank}`)}}${blank}`);

/** Random logfmt lines: bare, quoted (with escapes) and empty values. */
const logfmtValue = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'ab-=:./0123456789é'), maxLength: 10 }),
  text.map((t) => `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`),
  stamp.map((s) => (s.includes(' ') ? `"${s}"` : s)),
  fc.constantFrom('"\\u00e9t\\u00e9"', '"\\xff"', '"a\\qb"', '""'),
);
const logfmtLine = fc
  .tuple(fc.array(fc.tuple(key, logfmtValue), { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '\t', '  '), fc.constantFrom('', ' '))
  .map(([pairs, blank, edge]) => `${edge}${pairs.map(([k, v]) => `${k}=${v}`).join(blank)}${edge}`);

/** Edits in the characters that matter to either syntax. */
const edits = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ unit: fc.constantFrom(...' \t{}[],:"\\=aeu0-.ntrfl'), maxLength: 3 })), { maxLength: 4 });
const edited = (line: string, changes: readonly [number, number, string][]): string => {
  let result = line;
  for (const [at, remove, insert] of changes) {
    const i = at % (result.length + 1);
    result = result.slice(0, i) + insert + result.slice(i + remove);
  }
  return result;
};

describe.each([
  ['json-lines', jsonLine],
  ['logfmt', logfmtLine],
] as const)('fast path of %s', (name, randomLine) => {
  const format = formatNamed(name);
  const slow = createLineParser(format.spec);
  const fast = format.parser;
  const { same, share } = agreement((line) => slow.parse(line), (line) => fast.parse(line));

  it('is a structured grammar served by a fast path', () => {
    expect(isStructured(format.spec)).toBe(true);
    expect(format.needsParserOfRecord).toBe(false);
    expect(fast.parse).not.toBe(slow.parse);
  });

  it('agrees with the parser of record on samples, fixtures and corpus lines', () => {
    for (const line of [...format.spec.samples.map((s) => s.line), ...realLines]) same(line);
  });

  it('agrees on random lines of the syntax, edited', () => {
    fc.assert(fc.property(randomLine, edits, (line, changes) => {
      same(line);
      same(edited(line, changes));
    }), { numRuns: 3000 });
  });

  it('agrees on splices of two lines of the syntax', () => {
    fc.assert(fc.property(randomLine, fc.nat(), randomLine, fc.nat(), (a, i, b, j) => same(a.slice(0, i % (a.length + 1)) + b.slice(j % (b.length + 1)))), { numRuns: 2000 });
  });

  it('builds the same records both ways', () => {
    fc.assert(fc.property(randomLine, (line) => {
      const lines = [{ number: 1, text: line, eol: '\n' }];
      const expected = slow.parse(line);
      expect(expected).not.toBeNull();
      expect(buildRecord('f', format, lines, fast.parse(line) as ParsedLine)).toEqual(buildRecord('f', format, lines, expected as ParsedLine));
    }), { numRuns: 1000 });
  });

  it('was tried on lines that parse and lines that do not', () => {
    expect(share()).toBeGreaterThan(0.1);
    expect(share()).toBeLessThan(0.95);
  });
});

/** JSON.parse's reading of a line: its object with its depth, or null when it is not one object. */
function jsonObject(line: string): Record<string, unknown> | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const depth = (v: unknown): number => (typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0);
  return typeof value === 'object' && value !== null && !Array.isArray(value) && depth(value) <= MAX_JSON_DEPTH ? (value as Record<string, unknown>) : null;
}

/** The object a line's pairs make, keys and values as JSON.parse reads them (a later key wins, as in JSON.parse). */
const objectOf = (pairs: readonly RawPair[]): Record<string, unknown> =>
  Object.fromEntries(pairs.map((p) => [textOf('json', p.key), p.value.startsWith('"') ? textOf('json', p.value) : JSON.parse(p.value)]));

describe('json-lines reads what JSON.parse reads', () => {
  const slow = createJsonPairReader();
  const agree = (line: string): void => {
    const expected = jsonObject(line);
    const pairs = readJsonPairs(line);
    expect(pairs === null ? null : objectOf(pairs)).toEqual(expected);
    expect(slow(line)).toEqual(pairs);
  };

  it('on random and edited lines', () => {
    const noProto = jsonLine.filter((l) => !l.includes('__proto__'));
    fc.assert(fc.property(noProto, edits, (line, changes) => {
      agree(line);
      agree(edited(line, changes));
    }), { numRuns: 3000 });
  });

  it('on JSON that is not one object, and on numbers, strings and literals at their edges', () => {
    for (const line of ['[]', '[{"a":1}]', '"text"', '42', 'null', '{"a":1}{"b":2}', '{"a":1,}', '{,}', '{"a"}', "{'a':1}", '{"a":01}', '{"a":-}', '{"a":1.}',
      '{"a":.5}', '{"a":1e}', '{"a":1e+2}', '{"a":-0.0E-0}', '{"a":tru}', '{"a":nul}', '{"a":"\\x41"}', '{"a":"\\u00e"}', '{"a":"\u0001"}', '{"a":"\\u00e9\\/"}',
      '{"a":[1,[2,{"b":[]}]]}', '{"a":[1,]}', '{"a" : { } }', ' {"a":true} ', '{"a":1} x', '\u00a0{"a":1}', '{"a":"b\u2028c"}']) {
      agree(line);
    }
  });

  it(`parses a line nested ${MAX_JSON_DEPTH} deep, and none deeper, however deep`, () => {
    const nested = (depth: number): string => `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;
    expect(readJsonPairs(nested(MAX_JSON_DEPTH))).not.toBeNull();
    expect(slow(nested(MAX_JSON_DEPTH))).not.toBeNull();
    expect(readJsonPairs(nested(MAX_JSON_DEPTH + 1))).toBeNull();
    expect(slow(nested(MAX_JSON_DEPTH + 1))).toBeNull();
    const hostile = `{"a":${'['.repeat(500_000)}`;
    expect(readJsonPairs(hostile)).toBeNull();
    expect(slow(hostile)).toBeNull();
  });
});

describe('what the key rules make of a line', () => {
  const json = formatNamed('json-lines');
  const logfmt = formatNamed('logfmt');
  const recordOf = (format: Format, line: string) => {
    const parsed = format.parser.parse(line);
    return parsed === null ? null : buildRecord('f', format, [{ number: 1, text: line, eol: '\n' }], parsed);
  };

  it.each<[string, string, Partial<Record<'date' | 'time' | 'timeMs' | 'day', string | number | null>>]>([
    ['an RFC 3339 stamp, its zone dropped', '2024-05-01T12:00:02.5+02:00', { date: '2024-05-01', time: '12:00:02.5', timeMs: 43_202_500, day: 19844 }],
    ['epoch seconds with a fraction (zap)', '1714557601.4567', { date: '2024-05-01', time: '10:00:01.4567', timeMs: 36_001_456 }],
    ['epoch milliseconds (pino)', '1714557601456', { date: '2024-05-01', time: '10:00:01.456', timeMs: 36_001_456, day: 19844 }],
    ['epoch microseconds (journald)', '1714557601000123', { date: '2024-05-01', time: '10:00:01.000123' }],
    ['epoch nanoseconds', '1714557601456789012', { date: '2024-05-01', time: '10:00:01.456789012', timeMs: 36_001_456 }],
    ['a time of day alone', '10:00:01.456', { date: null, time: '10:00:01.456', timeMs: 36_001_456, day: null }],
    ['anything else, as written', 'Wed May  1 10:00:01 2024', { date: null, time: 'Wed May  1 10:00:01 2024', timeMs: 36_001_000 }],
    ['an empty value: no time', '', { date: null, time: null, timeMs: null }],
  ])('time: %s', (_name, value, expected) => {
    expect(recordOf(json, JSON.stringify({ time: value, msg: 'm' }))).toMatchObject(expected);
    expect(recordOf(logfmt, `time="${value}" msg=m`)).toMatchObject(expected);
  });

  it('takes a rule\'s keys in its order, keeps every other key as a field of its name, and a rule\'s field over one of that name', () => {
    const record = recordOf(json, '{"message":"second","msg":"first","level":"x","lvl":"y","ts":"10:00:01","time":"11:00:00","date":"2024-05-01","narrator":"Bob"}');
    expect(record).toMatchObject({ message: 'first', time: '10:00:01', date: '2024-05-01', narrator: 'Bob' });
    // "level" is taken, so "lvl" is left as a field of its own; "time" is left too, under the time the rule gives.
    expect(record?.fields).toEqual({ message: 'second', level: 'x', lvl: 'y' });
  });

  it('reads a key written twice as its last value, and a null as no value', () => {
    expect(recordOf(json, '{"msg":"one","msg":"two","logger":null,"component":"db","pid":null}')).toMatchObject({ message: 'two', narrator: 'db', pid: null, fields: { logger: 'db' } });
  });

  it('finds the message where it stands as it is, and nowhere when it is written with escapes or is a template', () => {
    const line = '{"level":"error","msg":"billing-svc is down","n":1}';
    expect(recordOf(json, line)).toMatchObject({ message: 'billing-svc is down', messageAt: line.indexOf('billing'), bodyStart: 0 });
    expect(recordOf(json, '{"log":"billing-svc is down\\r\\n"}')).toMatchObject({ message: 'billing-svc is down', messageAt: 8 });
    expect(recordOf(json, '{"msg":"say \\"hi\\""}')).toMatchObject({ message: 'say "hi"', messageAt: null });
    expect(recordOf(json, '{"@mt":"{A} is {B,5:l}, {{C}} {D}","A":"db","B":{"x":1}}')).toMatchObject({ message: 'db is {"x":1}, {C} {D}', messageAt: null });
    expect(recordOf(logfmt, 'msg=billing-svc-down x=1')).toMatchObject({ message: 'billing-svc-down', messageAt: 4 });
    expect(recordOf(logfmt, 'x=1 msg=')).toMatchObject({ message: '', messageAt: 8 });
  });

  it('takes the whole line as the message of a line with no message key', () => {
    expect(recordOf(json, '{"event":"cache warmed"}')).toMatchObject({ message: '{"event":"cache warmed"}', messageAt: 0, narrator: null, fields: { event: 'cache warmed' } });
    expect(recordOf(logfmt, ' at=info status=200')).toMatchObject({ message: ' at=info status=200', messageAt: 0, fields: { level: 'info', status: '200' } });
  });

  it('unquotes logfmt values with Go\'s escapes, keeping \\xHH and unknown escapes as written', () => {
    expect(recordOf(logfmt, 'msg="a\\"b\\\\c\\td\\u00e9\\U0001F600\\xff\\q"')?.message).toBe('a"b\\c\td\u00e9\u{1F600}\\xff\\q');
  });

  it('takes the last dot-separated segment of the logger as the narrator', () => {
    expect(recordOf(logfmt, 'logger=com.acme.Billing msg=x')).toMatchObject({ narrator: 'Billing', fields: { logger: 'com.acme.Billing' } });
    expect(recordOf(json, '{"logger":"gateway.","msg":"x"}')).toMatchObject({ narrator: null, fields: { logger: 'gateway.' } });
  });

  it.each([
    ['a word that is no pair', 'level=info started'],
    ['a key of other characters', 'lev(el=info'],
    ['a quote in a bare value', 'msg=a"b"'],
    ['text after a quoted value', 'msg="a"b'],
    ['an open quote', 'msg="abc'],
    ['no pair at all', '   '],
    ['a key without a value sign', 'msg'],
  ])('logfmt does not read %s', (_name, line) => {
    expect(logfmt.parser.parse(line)).toBeNull();
    expect(createLineParser(logfmt.spec).parse(line)).toBeNull();
  });
});
