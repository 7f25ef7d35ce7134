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
