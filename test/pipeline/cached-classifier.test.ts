/**
 * The decision cache must be exact: over whole traces (the dev corpus, the format fixtures, the samples and a
 * generated bench trace), and over the same traces with their digits changed, the cached classifier gives every record
 * the decision the plain classifier gives it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier } from '../../src/classify/classifier.js';
import { loadLexicon } from '../../src/classify/lexicon.js';
import type { DigitBlindness } from '../../src/classify/digit-blind.js';
import type { Decision } from '../../src/classify/types.js';
import { Templates } from '../../src/classify/templates.js';
import { createCachedClassifier } from '../../src/pipeline/cached-classifier.js';
import { RecordAssembler } from '../../src/records/assembler.js';
import { detectFormat } from '../../src/records/detect.js';
import { builtinFormats } from '../../src/records/registry.js';
import type { TraceRecord } from '../../src/records/types.js';
import { createTraceGenerator, prng } from '../../scripts/bench-trace.js';

const root = join(import.meta.dirname, '..', '..');
const filesIn = (dir: string): string[] => readdirSync(join(root, dir)).filter((f) => /\.(log|trace)$/.test(f)).map((f) => join(dir, f));
const lexicon = loadLexicon();

function recordsOf(name: string, text: string): TraceRecord[] {
  const lines = text.split(/\r?\n/);
  const format = detectFormat(lines.slice(0, 64), builtinFormats()).format;
  const records: TraceRecord[] = [];
  const assembler = new RecordAssembler(name, format, { record: (r) => records.push(r), unparsed: () => undefined });
  lines.forEach((line, i) => assembler.push({ number: i + 1, text: line, eol: '\n' }));
  assembler.end();
  return records;
}

const generated = (): string => {
  const generator = createTraceGenerator(11);
  return Array.from({ length: 30_000 }, () => generator.next()).join('');
};

/** Messages where the built-in landmarks ("127.0.0.1", "::1") stand or nearly do, for the digit changes below. */
const addresses = (): string => {
  const random = prng(3);
  const hosts = ['127.0.0.1', '0.0.0.0', '[::1]', '::1', '10.0.4.17', '127.0.0.12', '1.27.0.0', 'localhost', 'db1'];
  const bodies = ['cannot connect to {h}:5432', 'listening on {h}:8080', 'peer {h}:2181 is not responding', 'ModuleA is down (seen at {h})'];
  return Array.from({ length: 400 }, (_, i) => {
    const host = hosts[Math.floor(random() * hosts.length)] as string;
    const body = (bodies[Math.floor(random() * bodies.length)] as string).replace('{h}', host);
    return `1 2 06:00:0${i % 10}.000 Hub: ${body}\n`;
  }).join('');
};

/** The record with each digit of its message replaced by another digit at random. */
function withOtherDigits(record: TraceRecord, random: () => number): TraceRecord {
  const message = record.message.replace(/[0-9]/g, () => String(Math.floor(random() * 10)));
  return { ...record, message };
}

/**
 * Narrators and operations with digits in their names ("Worker3", "S3Client", "load2()"), messages naming them, their
 * siblings ("Worker4") and neither, for the digit changes below: the names the cache must keep exact.
 */
const numberedNames = (): string => {
  const random = prng(5);
  const narrators = ['Worker3', 'S3Client', 'com.acme.Health2', 'Monitor', 'Gateway'];
  const bodies = ['Worker3 is not responding', 'Worker4 is down after {n} ms', 'Worker13 is down', 'Health2 returned OK', 'Health7 returned OK',
    'S3Client upload {n} failed', 'S4Client is offline', 'load2() took {n} ms', 'load3() took {n} ms', 'ModuleA check {n}. Status OK.',
    'shard {n} rebalanced', 'Billing is not responding after {n} ms'];
  return Array.from({ length: 600 }, (_, i) => {
    const narrator = narrators[Math.floor(random() * narrators.length)] as string;
    const body = (bodies[Math.floor(random() * bodies.length)] as string).replace('{n}', String(Math.floor(random() * 5000)));
    return `1 2 06:00:0${i % 10}.000 ${narrator}: ${body}\n`;
  }).join('');
};

const traces: [string, () => string][] = [
  ...[...filesIn('test/corpus/dev'), ...filesIn('test/fixtures/formats'), ...filesIn('samples')].map(
    (file): [string, () => string] => [file, () => readFileSync(join(root, file), 'utf8')],
  ),
  ['generated bench trace', generated],
  ['local and remote addresses', addresses],
  ['narrators with numbered names', numberedNames],
];

describe.each(traces)('decision cache on %s', (name, text) => {
  const records = recordsOf(name, text());

  it.each([
    ['the default size', undefined],
    ['a tiny cache (emptied often)', 16],
  ])('decides as the classifier does, with %s', (_what, limit) => {
    const plain = createClassifier(lexicon);
    const cached = createCachedClassifier(createClassifier(lexicon), { blindness: lexicon.digitBlindness, limit, minHitRate: 0 });
    for (const record of records) expect(cached.classify(record)).toEqual(plain.classify(record));
    expect(cached.stats.hits + cached.stats.misses).toBe(records.length);
  });

  it('decides as the classifier does when the digits of each message change', () => {
    // Each record, then two with other digits: of its template when only blurred digits changed, served from the cache
    // whenever the decision allows.
    const random = prng(7);
    const sequence = records.flatMap((r) => [r, withOtherDigits(r, random), withOtherDigits(r, random)]);
    const plain = createClassifier(lexicon);
    const cached = createCachedClassifier(createClassifier(lexicon), { blindness: lexicon.digitBlindness, minHitRate: 0 });
    for (const record of sequence) expect(cached.classify(record)).toEqual(plain.classify(record));
  });
});

describe('templates', () => {
  const native = (narrator: string, body: string, i: number): string => `1 2 06:00:0${i % 10}.000 ${narrator}: ${body}`;
  const classifyAll = (lines: string[], blindness = lexicon.digitBlindness): { decisions: Decision[]; hits: number } => {
    const cached = createCachedClassifier(createClassifier(lexicon), { blindness, minHitRate: 0 });
    const decisions = recordsOf('t', lines.join('\n')).map((r) => cached.classify(r));
    return { decisions, hits: cached.stats.hits };
  };

  const blurring = (digits: string): DigitBlindness => ({ digits, wideDigits: digits, landmarks: null });
  const checks = Array.from({ length: 100 }, (_, i) => native('ModuleB', `ModuleA integrity check ${i + 1}. Status OK.`, i));

  it('keeps a few megabytes of messages at most, however long they are', () => {
    // 50 templates of 100,000 characters (of different lengths: a long message's key samples it), each seen three times, a pass at a time: the second pass keeps them (5M
    // characters, over the cache's 4M, 2M in each of its generations), so it keeps only the last 31 of them, and the third pass, which keeps those it
    // misses, pushes them out before it comes to them.
    const long = Array.from({ length: 50 }, (_, i) => native('ModuleB', `Module${String.fromCharCode(65 + (i % 26))}${i < 26 ? '' : 'x'} check. Status OK. ${'detail '.repeat(14_285 + i)}`, i));
    const { decisions, hits } = classifyAll([...long, ...long, ...long]);
    const plain = createClassifier(lexicon);
    expect(decisions).toEqual(recordsOf('t', [...long, ...long, ...long].join('\n')).map((r) => plain.classify(r)));
    expect(hits).toBeLessThan(50);
    // Short messages: all 50 kept.
    const short = long.map((line) => line.slice(0, line.indexOf('OK.') + 3));
    expect(classifyAll([...short, ...short, ...short]).hits).toBe(50);
  });

  it('keeps the templates it serves when its young generation fills', () => {
    // Generations of 8 entries: 40 templates seen twice (kept) pass through them while one is seen every fifth record.
    const busy = native('ModuleB', 'Billing check done. Status OK.', 0);
    const others = Array.from({ length: 40 }, (_, i) => native('ModuleB', `Module${String.fromCharCode(65 + (i % 26))}${i < 26 ? '' : 'x'} check done. Status OK.`, i));
    const lines = [busy, busy, ...others.flatMap((line, i) => (i % 5 === 4 ? [line, line, busy] : [line, line]))];
    const cached = createCachedClassifier(createClassifier(lexicon), { blindness: lexicon.digitBlindness, limit: 8, minHitRate: 0 });
    const served = recordsOf('t', lines.join('\n')).map((r) => {
      const hits = cached.stats.hits;
      cached.classify(r);
      return cached.stats.hits > hits;
    });
    // The busy message is served each time after its first two; the others are seen twice, and kept, never served.
    expect(served.filter((s, i) => s && lines[i] === busy).length).toBe(8);
    expect(cached.stats.hits).toBe(8);
  });

  it('serves every message of a template from one classification', () => {
    const { hits } = classifyAll(checks, blurring('3456789'));
    // 16 templates (x: a blurred digit): 1, 2, x; 10, 11, 12, 1x, 20, 21, 22, 2x, x0, x1, x2, xx; 100. A decision is
    // kept from the second message of its template on: the 7 templates of 2 messages or more serve all but 2 each.
    expect(hits).toBe(5 * 6 + (49 - 2));
  });

  it('blurs every digit but 0 away from the built-in landmarks', () => {
    // 4 templates: x (9 messages), x0 (9), xx (81), 100: all but 2 messages of each of the first three are served.
    expect(classifyAll(checks).hits).toBe(7 + 7 + 79);
  });

  it('tells "127.0.0.1" from other addresses, and blurs the digits of other addresses', () => {
    const lines = ['127.0.0.1:5432', '137.0.0.1:5432', '127.0.0.1:5432', '10.0.4.17:80', '10.0.4.23:80', '10.0.4.19:80']
      .map((to, i) => native('Hub', `cannot connect to ${to}`, i));
    const { decisions, hits } = classifyAll(lines);
    expect(decisions.map((d) => d.kind)).toEqual(['non-diegetic', 'diegetic', 'non-diegetic', 'diegetic', 'diegetic', 'diegetic']);
    expect(hits).toBe(0); // the subjects name digits: no decision serves another message
    const seenAt = (ips: string[]): number => classifyAll(ips.map((ip, i) => native('Hub', `ModuleA is not responding (seen at ${ip})`, i))).hits;
    expect(seenAt(['10.0.4.17', '10.0.7.21', '10.0.2.11'])).toBe(1);
    expect(seenAt(['127.0.0.1', '137.0.0.1', '117.0.0.1'])).toBe(0); // near a landmark only the narrow template blurs
    expect(seenAt(['137.0.0.4', '147.0.0.3', '157.0.0.5'])).toBe(1);
  });

  it('classifies again a decision that names a number ("channel 2")', () => {
    const { decisions, hits } = classifyAll([native('Hub', 'cannot connect to db4:5432', 0), native('Hub', 'cannot connect to db5:5432', 1)]);
    expect(hits).toBe(0);
    expect(decisions.map((d) => d.subjects)).toEqual([['db4:5432'], ['db5:5432']]);
  });

  it('keeps exact keys for a narrator with a digit in its name', () => {
    const { decisions, hits } = classifyAll([native('worker-3', 'worker-3 is not responding', 0), native('worker-3', 'worker-4 is not responding', 1)]);
    expect(hits).toBe(0);
    expect(decisions.map((d) => d.kind)).toEqual(['non-diegetic', 'diegetic']);
  });

  it('still serves templates once a narrator with a digit is known, to messages holding no name of its shape', () => {
    const served = classifyAll(checks).hits;
    expect(served).toBeGreaterThan(90);
    expect(classifyAll([native('S3Client', 'upload done', 0), ...checks]).hits).toBe(served);
    // "S4Client" has the shape of "S3Client": such messages keep exact keys.
    const siblings = Array.from({ length: 9 }, (_, i) => native('Hub', `S${i + 1}Client is not responding`, i));
    expect(classifyAll([native('S3Client', 'upload done', 0), ...siblings]).hits).toBe(0);
  });

  it('keeps exact keys when the lexicon tells digits apart', () => {
    const { hits } = classifyAll([native('ModuleB', 'ModuleA check 4. Status OK.', 0), native('ModuleB', 'ModuleA check 5. Status OK.', 1)], blurring(''));
    expect(hits).toBe(0);
  });

  it('tells templates apart only by where blurred digits stand', () => {
    const templates = new Templates(lexicon.digitBlindness);
    expect(templates.same('shard 3450 up', 'shard 9860 up', false)).toBe(true);
    expect(templates.same('shard 3451 up', 'shard 3452 up', false)).toBe(false); // 1 and 2 are blurred only in wide templates
    expect(templates.same('shard 3451 up', 'shard 3452 up', true)).toBe(true);
    expect(templates.same('shard 3450 up', 'shard 3401 up', true)).toBe(false); // 0 never is
    expect(templates.same('shard 34 up', 'shard 345 up', true)).toBe(false);
    expect(templates.same('shard A up', 'shard B up', true)).toBe(false);
    expect([templates.isWide('shard 127 up'), templates.isWide('to 127.0.0.1'), templates.isWide('to 345.0.0.6')]).toEqual([true, false, false]);
    expect(templates.keyOf('shard 3450 up', true)).toBe(templates.keyOf('shard 9860 up', true));
    expect(templates.keyOf('shard 3450 up', false)).not.toBe(templates.keyOf('shard 9860 up', false));
  });

  it('answers as bytes as it does as strings, for messages it reads', () => {
    const random = prng(5);
    const pick = (chars: string): string => chars[Math.floor(random() * chars.length)] as string;
    // Short and long messages of letters, blanks and digits; the second of each pair has some of its digits changed,
    // or one other character.
    const pairs = Array.from({ length: 3000 }, () => {
      const a = Array.from({ length: Math.floor(random() * 40) }, () => pick('ab :.0123456789')).join('');
      let b = a.replace(/[0-9]/g, (d) => (random() < 0.3 ? pick('0123456789') : d));
      if (random() < 0.2 && b.length > 0) {
        const i = Math.floor(random() * b.length);
        b = b.slice(0, i) + pick('ab :.0123456789') + b.slice(i + 1);
      }
      return [a, b] as const;
    });
    const held = new Uint8Array(64);
    const heldWords = new Int32Array(held.buffer);
    // Blurring 1-9 but not 0 (the built-in lexicon), and digits that make several runs.
    for (const blindness of [lexicon.digitBlindness, { digits: '35', wideDigits: '13579', landmarks: null }]) {
      const templates = new Templates(blindness);
      for (const [a, b] of pairs) {
        expect(templates.read(a)).toBe(a.length);
        const aKey = templates.keyOfRead(a.length);
        held.set(templates.bytes.subarray(0, a.length), 4);
        expect(templates.read(b)).toBe(b.length);
        for (const wide of [true, false]) {
          expect(templates.sameAsRead(held, heldWords, 4, a.length, b.length, templates.maskOf(wide))).toBe(templates.same(a, b, wide));
        }
        expect(templates.sameAsRead(held, heldWords, 4, a.length, b.length, 0)).toBe(a === b);
        if (templates.same(a, b, true)) expect(templates.keyOfRead(b.length)).toBe(aKey);
      }
    }
    // A message that is not ASCII, or too long, is not read.
    const templates = new Templates(lexicon.digitBlindness);
    expect(templates.read('shard 3450 up')).toBe(13);
    expect(templates.read('shard 3450 \u00e9t\u00e9')).toBe(-1);
    expect(templates.read('shard \ud800 up')).toBe(-1);
    expect(templates.read('x'.repeat(5000))).toBe(-1);
  });
});
