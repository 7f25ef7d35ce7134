import fc from 'fast-check';
import { MAX_TEMPLATE_LENGTH, templateOf } from '../../../src/sinks/summary/template.js';

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
