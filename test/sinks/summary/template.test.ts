import fc from 'fast-check';
import { MAX_TEMPLATE_LENGTH, TemplateMemo, sameTemplate, templateOf } from '../../../src/sinks/summary/template.js';

/** Every mask on every message, none skipped: what templateOf must equal whatever shortcut it takes. */
function everyMask(message: string): string {
  const masks: [RegExp, string][] = [
    [/"[^"]*"|(?<![\p{L}\p{N}])'[^']*'(?![\p{L}\p{N}])/gu, '<str>'],
    [/\{?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b\}?/gi, '<guid>'],
    [/(?:\b[A-Za-z]:\\|\\\\)[^\s"'<>|,;]+|(?<![\w.:/])\.{0,2}\/[\w.-]+(?:\/[\w.@-]*)+/g, '<path>'],
    [/\b0x[0-9a-f]+\b|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi, '<hex>'],
    [/(?<![\p{L}\p{N}_])[-+]?\d+(?:[.,]\d+)*/gu, '<n>'],
    [/\s+/g, ' '],
  ];
  const text = masks.reduce((t, [pattern, mask]) => t.replace(pattern, mask), message).trim();
  return text.length > MAX_TEMPLATE_LENGTH ? `${text.slice(0, MAX_TEMPLATE_LENGTH - 3)}...` : text;
}

/** Messages made of the characters the masks look at, and words around them. */
const message = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', "'", '-', '/', '\\', '\\\\', ':', '.', ',', '{', '}', '0x', '_', ' ', '  ', '\t', '\r', '\n', '\u00a0', 'é', '٣'),
      fc.constantFrom('job', 'don', 't', 'C', 'a', 'deadbeef', 'DEADBEEF00', 'x', 'usr', 'var'),
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.uuid(),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('templateOf', () => {
  it.each([
    ['job 88 moved to retry queue', 'job <n> moved to retry queue'],
    ['request failed with error 1722', 'request failed with error <n>'],
    ['took 1.5 s, -3 retries', 'took <n> s, <n> retries'],
    ['COMException (0x800706BA): unavailable', 'COMException (<hex>): unavailable'],
    ['token deadbeef00ff1234 expired', 'token <hex> expired'],
    ['session {6F9619FF-8B86-D011-B42D-00C04FC964FF} opened', 'session <guid> opened'],
    ['id 6f9619ff-8b86-d011-b42d-00c04fc964ff', 'id <guid>'],
    ['dump written to C:\\Dumps\\spoolsv_1880.dmp', 'dump written to <path>'],
    ['share \\\\fs02\\home\\jdoe is offline', 'share <path> is offline'],
    ['opened /var/log/app-2.log ok', 'opened <path> ok'],
    ['user "jdoe" logged in', 'user <str> logged in'],
    ["key 'a b c' missing", 'key <str> missing'],
    ["don't retry", "don't retry"],
    ['Worker2 and DC02 and u0a13 keep their digits', 'Worker2 and DC02 and u0a13 keep their digits'],
    ['from 10.10.34.11:3888', 'from <n>:<n>'],
    ['  spaces   collapse\tand trim ', 'spaces collapse and trim'],
    ['', ''],
  ])('%j -> %j', (message, template) => {
    expect(templateOf(message)).toBe(template);
  });

  it('gives one template to messages that differ only in their numbers', () => {
    expect(templateOf('batch 311 committed in 20 ms')).toBe(templateOf('batch 12 committed in 7 ms'));
  });

  it('skips a mask only when it could not have matched', () => {
    fc.assert(fc.property(message, (text) => templateOf(text) === everyMask(text)), { numRuns: 5000 });
  });

  it('cuts long templates so one huge message cannot take much memory', () => {
    const template = templateOf('x'.repeat(10_000));
    expect(template).toHaveLength(MAX_TEMPLATE_LENGTH);
    expect(template.endsWith('...')).toBe(true);
  });
});

/** `text` with the digits at the chosen positions replaced by the chosen digits (the same length, so offsets hold). */
const redigit = (text: string, picks: readonly (readonly [number, number])[]): string => {
  const units = [...text];
  for (const [at, digit] of picks) {
    const i = at % Math.max(units.length, 1);
    if (/^[0-9]$/.test(units[i] ?? '')) units[i] = String(digit);
  }
  return units.join('');
};
const picks = fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 0, max: 9 })), { maxLength: 8 });

const pairs: [string, string, boolean][] = [
  ['job 88 failed', 'job 91 failed', true],
  ['took 1.5 s', 'took 7.2 s', true],
  ['from 10.10.34.11:3888', 'from 10.22.34.19:3000', true],
  ['domain controller DC920 unreachable', 'domain controller DC921 unreachable', false],
  ['code 0x1f', 'code 5x1f', false],
  ['job_88 failed', 'job_81 failed', false],
  ['v1.25', 'v2.25', false],
  ['v1.25', 'v1.99', true],
];

describe('sameTemplate', () => {
  it.each(pairs)('%j and %j: %j, as their templates tell', (a, b, same) => {
    expect(sameTemplate(a, 0, b, 0)).toBe(same);
    expect(templateOf(b) === templateOf(a)).toBe(same);
  });

  it('tells messages of different lengths apart, even of one template (a memo then only keeps both)', () => {
    expect(sameTemplate('job 88 failed', 0, 'job 888 failed', 0)).toBe(false);
  });

  it('compares from the offsets given', () => {
    expect(sameTemplate('Alpha: job 88 failed', 7, 'B: job 12 failed', 3)).toBe(true);
    // The body starts at the digits: no letter before them in the body, whatever stands before it in the message.
    expect(sameTemplate('Alpha7', 5, 'Alpha3', 5)).toBe(true);
  });

  it('holds only for messages of one template', () => {
    fc.assert(
      fc.property(message, picks, (text, chosen) => {
        const other = redigit(text, chosen);
        return !sameTemplate(text, 0, other, 0) || templateOf(other) === templateOf(text);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('TemplateMemo', () => {
  it('gives what templateOf gives, one string for one template', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(message, picks), { maxLength: 40 }), fc.nat(6), (texts, prefix) => {
        // A small memo, so that slots are shared and overwritten.
        const memo = new TemplateMemo(undefined, 4);
        const sequence = texts.flatMap(([text, chosen]) => [text, redigit(text, chosen), text]);
        return sequence.every((text) => memo.of(`${'N'.repeat(prefix)}${text}`, prefix) === templateOf(text));
      }),
      { numRuns: 1000 },
    );
  });

  it.each(pairs)('serves the template of %j, once kept, to %j only when they share it (%j)', (a, b) => {
    // The messages are ASCII: the memo compares their bytes. After a narrator prefix too.
    for (const prefix of ['', 'Hub: ']) {
      const memo = new TemplateMemo();
      memo.of(prefix + a, prefix.length);
      memo.of(prefix + a, prefix.length);
      expect(memo.of(prefix + b, prefix.length)).toBe(templateOf(b));
    }
  });

  it('serves a template it has kept to the messages that share it', () => {
    const memo = new TemplateMemo();
    const first = ['job 88 failed', 'job 88 failed', 'job 12 failed'].map((text) => memo.of(text));
    expect(first).toEqual(['job <n> failed', 'job <n> failed', 'job <n> failed']);
  });

  it('serves a kept template to messages that differ only in digits, wherever their bodies start', () => {
    // Read as words of four bytes from the body on: every offset of a body, digits in every byte of a word.
    for (const prefix of ['', 'A: ', 'Ab: ', 'Abc: ']) {
      let worked = 0;
      const memo = new TemplateMemo((template) => {
        worked++;
        return template;
      });
      const texts = [
        'sent 1234 of 5678 bytes to 10.0.4.17:80',
        'sent 1234 of 5678 bytes to 10.0.4.17:80',
        'sent 9087 of 6543 bytes to 12.9.0.27:81',
      ];
      expect(texts.map((text) => memo.of(prefix + text, prefix.length))).toEqual(Array(3).fill(templateOf(texts[0])));
      expect(worked).toBe(2);
    }
  });

  it('keeps no long message, and still gives its template', () => {
    // Counted by how often a template is worked out (and handed to `keep`): a message served from the memo is not.
    let worked = 0;
    const memo = new TemplateMemo((template) => {
      worked++;
      return template;
    });
    const short = 'job 88 failed';
    expect([short, short, short].map((text) => memo.of(text))).toEqual(Array(3).fill('job <n> failed'));
    expect(worked).toBe(2); // kept once its slot came back, then served
    // A long message is worked out each time: kept, 4096 of them could hold gigabytes.
    const long = `payload ${'x'.repeat(5000)} 42`;
    worked = 0;
    expect([long, long, long].map((text) => memo.of(text))).toEqual(Array(3).fill(templateOf(long)));
    expect(worked).toBe(3);
  });
});
