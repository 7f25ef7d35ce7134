import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digitsOf } from '../../src/classify/digit-blind.js';
import { loadLexicon } from '../../src/classify/lexicon.js';

const literals = (pattern: string): string => [...digitsOf(pattern).literals].sort().join('');

describe('digitsOf', () => {
  it.each(['\\d+', '[0-9a-fA-F]{8}', '^0x[0-9a-f]+$', '\\w{1,3}:\\d{2,5}', '(?<n1>a)\\k<n1>', '(a)\\1', '(?<=x)y'])(
    'finds no literal digit in %s',
    (pattern) => expect(literals(pattern)).toBe(''),
  );

  it.each([
    ['v1', '1'],
    ['http2', '2'],
    ['127\\.0\\.0\\.1', '127'],
    ['\\x31', '1'],
    ['\\u0032', '2'],
    ['a{2}3', '3'],
  ])('finds the literal digits of %s', (pattern, digits) => expect(literals(pattern)).toBe(digits));

  it('compiles the character classes', () => {
    expect(digitsOf('[1-5]x[^0-9]').classes.map((c) => c.test('3'))).toEqual([true, false]);
  });
});

describe('Lexicon.digitBlindness', () => {
  const withExtra = (extra: object): string => {
    const file = join(tmpdir(), `diegesis-digits-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(extra));
    return loadLexicon([file]).digitBlindness.digits;
  };

  it('leaves out the digits the built-in lexicon names ("127.0.0.1", "::1"), except away from its landmarks', () => {
    const { digits, wideDigits, landmarks } = loadLexicon().digitBlindness;
    expect(digits).toBe('345689');
    expect(wideDigits).toBe('123456789');
    expect(landmarks?.source).toBe('\\d\\d\\d\\.0\\.0\\.\\d|::\\d');
  });

  it.each([
    ['a component name', { componentNames: ['Svc4'] }, '35689'],
    ['a status phrase', { statuses: [{ phrase: 'exit 5', negative: true }] }, '34689'],
    ['a pattern literal', { componentPatterns: [{ name: 'v6 api', pattern: '\\bapi-v6\\b' }] }, '34589'],
    ['an alias', { narratorAliases: { Spooler: ['spooler8'] } }, '34569'],
    ['a narrow class', { componentPatterns: [{ name: 'low ports', pattern: '\\bport [3-4]\\d\\b' }] }, '5689'],
  ])('leaves out the digits of %s', (_what, extra, digits) => expect(withExtra(extra)).toBe(digits));

  it('keeps digits that stand only in documentation', () => {
    expect(withExtra({ description: 'site words, v4', componentPatterns: [{ name: 'host 5', pattern: '\\bhost\\d+\\b' }] })).toBe('345689');
  });
});

describe('landmarks', () => {
  const runs = (pattern: string): string[] => digitsOf(pattern).runs;

  it.each([
    ['127\\.0\\.0\\.1', ['\\d\\d\\d\\.0\\.0\\.\\d', '\\d\\d\\d\\.0\\.0\\.\\d', '\\d\\d\\d\\.0\\.0\\.\\d', '\\d\\d\\d\\.0\\.0\\.\\d']],
    // A quantified digit keeps only what precedes it; a quantified neighbour ends the run.
    ['\\[?::1?\\]?', ['::\\d']],
    ['ab?2c', ['\\dc']],
    ['a2c*d', ['a\\d']],
    // Groups, alternatives, classes and anchors end a run; an escaped digit is a literal.
    ['(?:x|1y)z', ['\\dy']],
    ['^v\\x32$', ['v\\d']],
    ['[a-z]3\\b', ['\\d']],
    ['a.3', ['\\d']],
  ])('finds the runs around the literal digits of %s', (pattern, expected) => expect(runs(pattern)).toEqual(expected));

  it('match where "127.0.0.1" or "::1" may stand, whatever the digits there', () => {
    const landmarks = loadLexicon().digitBlindness.landmarks as RegExp;
    expect(['to 127.0.0.1:80', 'to 987.0.0.5:80', 'from [::1]', 'at ::7'].map((m) => landmarks.test(m))).toEqual([true, true, true, true]);
    expect(['to 10.0.4.17:80', 'to 127.1.0.1', 'Net::Svc', 'shard 127'].map((m) => landmarks.test(m))).toEqual([false, false, false, false]);
  });

  it.each(['(a)\\1', '(?<n1>a)\\k<n1>'])('blurs nothing when a pattern has a backreference (%s)', (pattern) => {
    const file = join(tmpdir(), `diegesis-digits-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({ componentPatterns: [{ name: 'twice', pattern }] }));
    expect(loadLexicon([file]).digitBlindness).toEqual({ digits: '', wideDigits: '', landmarks: null });
  });
});
