import fc from 'fast-check';
import { LineSplitter } from '../../src/input/lines.js';
import type { SourceLine } from '../../src/records/types.js';

function split(chunks: string[], max?: number): { lines: SourceLine[]; truncated: number } {
  const lines: SourceLine[] = [];
  const splitter = new LineSplitter((l) => lines.push(l), max);
  chunks.forEach((c) => splitter.push(c));
  splitter.end();
  return { lines, truncated: splitter.truncated };
}

describe('LineSplitter', () => {
  it.each([
    ['LF', ['a\nb\n'], [['a', '\n'], ['b', '\n']]],
    ['CRLF', ['a\r\nb\r\n'], [['a', '\r\n'], ['b', '\r\n']]],
    ['CR only', ['a\rb\r'], [['a', '\r'], ['b', '\r']]],
    ['no trailing newline', ['a\nb'], [['a', '\n'], ['b', '']]],
    ['CRLF split across chunks', ['a\r', '\nb'], [['a', '\r\n'], ['b', '']]],
    ['line split across chunks', ['ab', 'c\n', 'd'], [['abc', '\n'], ['d', '']]],
    ['empty lines', ['\n\n'], [['', '\n'], ['', '\n']]],
    ['mixed endings', ['a\r\nb\nc\rd'], [['a', '\r\n'], ['b', '\n'], ['c', '\r'], ['d', '']]],
    ['empty input', [''], []],
  ])('%s', (_name, chunks, expected) => {
    const { lines } = split(chunks);
    expect(lines.map((l) => [l.text, l.eol])).toEqual(expected);
    expect(lines.map((l) => l.number)).toEqual(expected.map((_, i) => i + 1));
  });

  it('numbers lines from the first line it is given (a segment in the middle of a file), and counts what it read', () => {
    const lines: SourceLine[] = [];
    const splitter = new LineSplitter((l) => lines.push(l), undefined, 41);
    splitter.push('a\nb\r\nc');
    splitter.end();
    expect(lines.map((l) => [l.number, l.text])).toEqual([[41, 'a'], [42, 'b'], [43, 'c']]);
    expect(splitter.linesRead).toBe(3);
  });

  it('cuts a line longer than the cap, keeps its head, and counts it', () => {
    const { lines, truncated } = split(['x'.repeat(10), 'y'.repeat(10), '\nnext\n'], 8);
    expect(lines.map((l) => [l.text, l.eol])).toEqual([['xxxxxxxx', '\n'], ['next', '\n']]);
    expect(truncated).toBe(1);
  });

  it('reproduces its input when lines are joined with their terminators', () => {
    const input = 'one\r\ntwo\nthree\rfour';
    const { lines } = split([input.slice(0, 5), input.slice(5, 9), input.slice(9)]);
    expect(lines.map((l) => l.text + l.eol).join('')).toBe(input);
  });
});

describe('LineSplitter whatever the chunk boundaries', () => {
  /** The lines of a whole text, terminators kept apart: what any chunking must give. */
  const reference = (text: string): [string, string][] =>
    [...text.matchAll(/([^\r\n]*)(\r\n|\r|\n|$)/g)].filter((m) => m.index < text.length).map((m) => [m[1] as string, m[2] as string]);

  it('gives the lines of the whole text, and reproduces it', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\r', '\n', '🙂'), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), (whole, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((from, i) => whole.slice(from, [...at, whole.length][i]));
        const { lines } = split(chunks);
        expect(lines.map((l) => [l.text, l.eol])).toEqual(reference(whole));
        expect(lines.map((l) => l.text + l.eol).join('')).toBe(whole);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('LineSplitter cuts over-long lines whatever the chunk boundaries', () => {
  it.each([
    ['in one chunk', ['short\n' + 'x'.repeat(20) + '\nend\n']],
    ['across chunks', ['short\n' + 'x'.repeat(5), 'x'.repeat(10), 'x'.repeat(5) + '\nend\n']],
    ['one character at a time', [...('short\n' + 'x'.repeat(20) + '\nend\n')]],
  ])('%s', (_name, chunks) => {
    const { lines, truncated } = split(chunks, 8);
    expect(lines.map((l) => [l.text, l.eol])).toEqual([['short', '\n'], ['xxxxxxxx', '\n'], ['end', '\n']]);
    expect(truncated).toBe(1);
  });

  it('never keeps half of a surrogate pair', () => {
    const { lines, truncated } = split(['abc🙂🙂\n'], 4);
    expect(lines[0]?.text).toBe('abc');
    expect(truncated).toBe(1);
  });

  it('cuts a last line without terminator, and one ending in a lone CR', () => {
    expect(split(['x'.repeat(20)], 8)).toMatchObject({ lines: [{ text: 'xxxxxxxx', eol: '' }], truncated: 1 });
    expect(split(['x'.repeat(20), '\r'], 8)).toMatchObject({ lines: [{ text: 'xxxxxxxx', eol: '\r' }], truncated: 1 });
  });
});
