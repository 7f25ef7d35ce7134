/** requiredLiteral (src/classify/required-literal.ts): the literal text every match of a pattern must contain. */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { packageRoot } from '../../src/paths.js';
import { loadLexicon } from '../../src/classify/lexicon.js';
import { requiredLiteral } from '../../src/classify/required-literal.js';

describe('requiredLiteral', () => {
  it.each([
    ['(?<![\\w.-])[A-Za-z][\\w.-]*(?= \\(pid \\d+\\))', ' (pid '],
    ['\\bpid[ =:]{0,2}\\d+\\b', 'pid'],
    ['[a-z]+_\\d+', '_'],
    ['\\\\\\\\[A-Za-z]+', '\\\\'],
    ['port \\d{1,4} of [a-z]+', 'port '],
    // A repeated or optional atom is not sure to stand next to what follows it.
    ['ab+cde', 'cde'],
    ['abc?d', 'ab'],
    ['x{0,3}yz', 'yz'],
    ['(?:abc)?de', 'de'],
    // Nothing sure: an alternation at the top, a class, a case-insensitive pattern.
    ['abc|abd', ''],
    ['[abc]+', ''],
    ['\\d+\\.\\d+', '.'],
    // An escape's argument is no literal of the text: "\x41" is "A", "\k<id>" a back-reference.
    ['ab\\x41cd', 'ab'],
    ['(?<id>\\w)\\k<id>=', '='],
    ['\\u{1F600}xy', 'xy'],
    ['\\p{Lu}\\u0041zz', 'zz'],
  ])('%s needs %j', (source, literal) => {
    expect(requiredLiteral(source)).toBe(literal);
  });

  it('gives nothing for a case-insensitive pattern', () => {
    expect(requiredLiteral('Status OK', 'i')).toBe('');
  });
});

describe('every match of a lexicon component pattern holds its required literal', () => {
  const bodies = ['dev', 'heldout', 'systems', 'field'].flatMap((set) => {
    const dir = join(packageRoot, 'test', 'corpus', set);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.log') || f.endsWith('.trace'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
  });
  const patterns = loadLexicon().componentPatterns;

  it.each(patterns.map((p) => [p.name, p.regex] as const))('%s, on corpus lines and random text', (_name, regex) => {
    const literal = requiredLiteral(regex.source, regex.flags);
    const holds = (text: string): boolean => {
      const copy = new RegExp(regex.source, regex.flags);
      return literal === '' || !copy.test(text) || text.includes(literal);
    };
    expect(bodies.filter((b) => !holds(b))).toEqual([]);
    const unit = fc.constantFrom(...'aZ09_-.:/\\ ({[]})=pidof u'.split(''));
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), holds), { numRuns: 2000 });
  });
});
