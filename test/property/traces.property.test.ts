/**
 * Property-based tests over random and mutated traces, in process (readInput + classifier + sinks, as run.ts wires
 * them), so that ten thousand traces take seconds. For every generated trace:
 *  - nothing throws;
 *  - accounting: every line read is exactly one record line (first or continuation) or one unparsed line, numbered
 *    1..N in order, and together they are the input, byte for byte (cut lines keep their head; UTF-8 input's bytes that
 *    are not UTF-8 come back from their escapes);
 *  - `filter --diegetic` prints exactly the lines of the records that `classify` marks diegetic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { createClassifier } from '../../src/classify/classifier.js';
import { loadLexicon } from '../../src/classify/lexicon.js';
import { packageRoot } from '../../src/paths.js';
import { encodeUtf8 } from '../../src/input/utf8.js';
import { readInput, type InputStats } from '../../src/pipeline/read-input.js';
import { builtinFormats } from '../../src/records/registry.js';
import type { SourceLine } from '../../src/records/types.js';
import { createFilterSink } from '../../src/sinks/filter.js';
import { createNdjsonSink } from '../../src/sinks/ndjson.js';
import type { Sink } from '../../src/sinks/sink.js';

const lexicon = loadLexicon();
const formats = builtinFormats();

/** Real lines of every kind diegesis reads: samples, format fixtures, a slice of the corpus. */
const POOL: string[] = (() => {
  const files = [
    ...readdirSync(join(packageRoot, 'samples')).map((f) => join('samples', f)),
    ...readdirSync(join(packageRoot, 'test/fixtures/formats')).map((f) => join('test/fixtures/formats', f)),
  ];
  return files.flatMap((f) => readFileSync(join(packageRoot, f), 'utf8').split(/\r?\n/).filter((l) => l !== '').slice(0, 40));
})();

const NAMES = ['ModuleA', 'ModuleB', 'HealthMonitor', 'PrintSpooler', 'IndexerSvc', 'Watchdog', 'db01', 'worker-3'];
const WORDS = ['is not responding', 'Status OK.', 'failed with error 5', 'is offline', 'started', 'integrity check. Status OK.',
  'called bar.', 'restarted', 'timeout', 'reports', 'unreachable', 'health OK'];

const nativeLine = fc.record({
  pid: fc.integer({ min: 0, max: 70000 }),
  tid: fc.integer({ min: 0, max: 70000 }),
  ms: fc.integer({ min: 0, max: 86_399_999 }),
  narrator: fc.constantFrom(...NAMES),
  subject: fc.constantFrom('', ...NAMES),
  words: fc.constantFrom(...WORDS),
}).map(({ pid, tid, ms, narrator, subject, words }) => {
  const t = new Date(ms).toISOString().slice(11, 23);
  return `${pid} ${tid} ${t} ${narrator}: ${subject} ${words}`.replace(/  +/g, ' ');
});

/** Anything at all, control characters, NUL, line breaks and lone surrogates included. */
const garbage = fc.oneof(
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('\r', '\n', '\u0000', '\u001b', '\t', ' ', '\ud800', '\udc00', '\ufeff', 'é'), maxLength: 8 }),
);

const line = fc.oneof(
  { arbitrary: nativeLine, weight: 6 },
  { arbitrary: fc.constantFrom(...POOL), weight: 4 },
  { arbitrary: fc.constantFrom('   at Foo.Bar()', '\tcontinued', 'PID TID TIME MESSAGE', ''), weight: 1 },
  { arbitrary: garbage, weight: 1 },
);

type Mutation =
  | { kind: 'cut'; at: number; eol: string }
  | { kind: 'join'; at: number }
  | { kind: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), eol: fc.constantFrom('\n', '\r\n', '\r') }),
  fc.record({ kind: fc.constant('join' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: garbage }),
);

/** Text-level mutations: a line cut in two, two lines joined, garbage inserted anywhere. */
function mutate(text: string, mutations: readonly Mutation[]): string {
  for (const m of mutations) {
    const at = text.length === 0 ? 0 : m.at % (text.length + 1);
    if (m.kind === 'cut') text = text.slice(0, at) + m.eol + text.slice(at);
    else if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
    else {
      const eol = text.slice(at).search(/[\r\n]/);
      if (eol >= 0) text = text.slice(0, at + eol) + text.slice(at + eol + 1);
    }
  }
  return text;
}

const ENCODINGS = ['utf-8', 'utf-8 BOM', 'utf-16le BOM', 'utf-16be BOM', 'gzip utf-8', 'gzip utf-16le BOM'] as const;
type EncodingName = (typeof ENCODINGS)[number];

function encode(text: string, encoding: EncodingName): Buffer {
  const utf16be = (t: string): Buffer => Buffer.from(t, 'utf16le').swap16();
  switch (encoding) {
    case 'utf-8': return Buffer.from(text, 'utf8');
    case 'utf-8 BOM': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le BOM': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be BOM': return Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]);
    case 'gzip utf-8': return gzipSync(Buffer.from(text, 'utf8'));
    case 'gzip utf-16le BOM': return gzipSync(encode(text, 'utf-16le BOM'));
  }
}

/** The text diegesis should read from the bytes, decoded whole by an independent decoder (not chunk by chunk). */
function expectedText(bytes: Buffer, encoding: EncodingName): string {
  if (encoding === 'gzip utf-8') return expectedText(gunzipSync(bytes), 'utf-8');
  if (encoding === 'gzip utf-16le BOM') return expectedText(gunzipSync(bytes), 'utf-16le BOM');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : encoding.includes('16') ? 2 : 0;
  if (!encoding.includes('16')) return keepingBytes(bytes.subarray(bom));
  return new TextDecoder(encoding.startsWith('utf-16le') ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(bytes.subarray(bom));
}

/** The UTF-8 bytes of the input after its byte-order mark, or null for UTF-16. */
function utf8Bytes(bytes: Buffer, encoding: EncodingName): Buffer | null {
  if (encoding.includes('16')) return null;
  const plain = encoding === 'gzip utf-8' ? gunzipSync(bytes) : bytes;
  return plain.subarray(plain[0] === 0xef && plain[1] === 0xbb && plain[2] === 0xbf ? 3 : 0);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * UTF-8 as diegesis reads it, worked out apart from its decoder: each well-formed character (the shortest run of
 * bytes the strict decoder takes), else the byte alone as U+DC80..U+DCFF.
 */
function keepingBytes(bytes: Buffer): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // Not valid UTF-8: character by character.
  }
  let text = '';
  for (let at = 0; at < bytes.length;) {
    let taken = 0;
    for (let n = 1; n <= 4 && taken === 0 && at + n <= bytes.length; n++) {
      try {
        text += strictUtf8.decode(bytes.subarray(at, at + n));
        taken = n;
      } catch {
        // Not a whole character (yet).
      }
    }
    if (taken === 0) {
      text += String.fromCharCode(0xdc00 + (bytes[at] as number));
      taken = 1;
    }
    at += taken;
  }
  return text;
}

/** Lines as the README defines them: ended by "\n", "\r\n" or a lone "\r"; a last line may have no terminator. */
function linesOf(text: string): { text: string; eol: string }[] {
  return [...text.matchAll(/([^\r\n]*)(\r\n|\r|\n)|([^\r\n]+)$/g)].map((m) => ({ text: m[1] ?? m[3] ?? '', eol: m[2] ?? '' }));
}

/** The bytes in pieces of random sizes, as a pipe might deliver them. */
function chunked(bytes: Buffer, sizes: readonly number[]): Buffer[] {
  const pieces: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes.length === 0 ? bytes.length : (sizes[i % sizes.length] as number);
    pieces.push(bytes.subarray(at, at + size));
    at += size;
  }
  return pieces;
}

interface Outcome {
  readonly stats: InputStats;
  /** Every line handed on, in the order handed on, with what it was. */
  readonly seen: { line: SourceLine; as: 'first' | 'continuation' | 'unparsed'; diegetic: boolean }[];
  readonly classified: string;
  readonly filtered: string;
}

/** One pass through the pipeline as run.ts wires it: each record classified once, handed to every sink. */
async function pass(pieces: readonly Buffer[], maxLineLength: number, sinks: readonly Sink[], seen?: Outcome['seen']): Promise<InputStats> {
  const classifier = createClassifier(lexicon);
  return readInput('-', { formats, maxLineLength, stdin: Readable.from(pieces) }, {
    beginInput: (file, format) => sinks.forEach((s) => s.beginInput?.(file, format)),
    record: (record) => {
      const decision = classifier.classify(record);
      record.lines.forEach((l, i) => seen?.push({ line: l, as: i === 0 ? 'first' : 'continuation', diegetic: decision.kind === 'diegetic' }));
      sinks.forEach((s) => s.record(record, decision));
    },
    unparsed: (u) => {
      seen?.push({ line: u.line, as: 'unparsed', diegetic: false });
      sinks.forEach((s) => s.unparsed(u));
    },
  });
}

/** `classify` in one run and `filter --diegetic` in another, as two commands would. */
async function classifyAndFilter(pieces: readonly Buffer[], maxLineLength: number): Promise<Outcome> {
  const ndjson: string[] = [];
  const seen: Outcome['seen'] = [];
  const stats = await pass(pieces, maxLineLength, [createNdjsonSink({ write: (t) => ndjson.push(t) })], seen);
  const filtered: string[] = [];
  await pass(pieces, maxLineLength, [createFilterSink({ write: (t) => filtered.push(t) }, { kind: 'diegetic' })]);
  return { stats, seen, classified: ndjson.join(''), filtered: filtered.join('') };
}

const trace = fc.record({
  lines: fc.array(line, { maxLength: 24 }),
  eols: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 3 }),
  lastEol: fc.boolean(),
  mutations: fc.array(mutation, { maxLength: 4 }),
  shuffle: fc.option(fc.array(fc.nat(), { minLength: 2, maxLength: 24 }), { nil: undefined }),
  encoding: fc.constantFrom(...ENCODINGS),
  rawGarbage: fc.option(fc.record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }), { nil: undefined }),
  chunks: fc.array(fc.integer({ min: 1, max: 97 }), { maxLength: 5 }),
  maxLineLength: fc.oneof({ arbitrary: fc.constant(1 << 20), weight: 4 }, { arbitrary: fc.integer({ min: 1, max: 60 }), weight: 1 }),
});

type Trace = typeof trace extends fc.Arbitrary<infer T> ? T : never;

/** The trace as bytes, and the text diegesis should read from them. */
function build(t: Trace): { bytes: Buffer; text: string; utf8: Buffer | null } {
  let lines = [...t.lines];
  if (t.shuffle !== undefined) lines = lines.map((l, i) => ({ l, k: t.shuffle?.[i % (t.shuffle.length)] ?? 0 })).sort((a, b) => a.k - b.k).map((x) => x.l);
  let text = lines.map((l, i) => l + (i < lines.length - 1 || t.lastEol ? t.eols[i % t.eols.length] : '')).join('');
  text = mutate(text, t.mutations);
  let bytes = encode(text, t.encoding);
  if (t.rawGarbage !== undefined && !t.encoding.startsWith('gzip')) {
    // Invalid bytes in the middle (never in the first 3, which decide gzip and the byte-order mark).
    const at = 3 + (t.rawGarbage.at % Math.max(1, bytes.length - 2));
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(t.rawGarbage.bytes), bytes.subarray(at)]);
  }
  return { bytes, text: expectedText(bytes, t.encoding), utf8: utf8Bytes(bytes, t.encoding) };
}

function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** Checks one trace; true when it had diegetic records (so the filter property was not vacuous). */
async function checkTrace(t: Trace): Promise<boolean> {
  const { bytes, text, utf8 } = build(t);
  const outcome = await classifyAndFilter(chunked(bytes, t.chunks), t.maxLineLength);
  const expected = linesOf(text);

  // Accounting: each line once, in order, as exactly one of first / continuation / unparsed.
  expect(outcome.stats.lines).toBe(expected.length);
  expect(outcome.seen.map((s) => s.line.number)).toEqual(expected.map((_, i) => i + 1));
  expect(outcome.seen.map((s) => [s.line.text, s.line.eol])).toEqual(expected.map((l) => [headOf(l.text, t.maxLineLength), l.eol]));
  expect(outcome.stats.truncated).toBe(expected.filter((l) => l.text.length > t.maxLineLength).length);
  // UTF-8 lines written verbatim (filter, show --color never) are the input's bytes, whatever they are.
  if (utf8 !== null && outcome.stats.truncated === 0) {
    expect(encodeUtf8(outcome.seen.map((s) => s.line.text + s.line.eol).join('')).equals(utf8)).toBe(true);
  }
  const objects = outcome.classified.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { line: number; kind: string });
  expect(objects.map((o) => o.line)).toEqual(outcome.seen.filter((s) => s.as !== 'continuation').map((s) => s.line.number));

  // filter --diegetic == the lines of the records classify marks diegetic.
  const diegeticFirst = new Set(objects.filter((o) => o.kind === 'diegetic').map((o) => o.line));
  let inDiegetic = false;
  const wanted = outcome.seen.filter((s) => {
    if (s.as !== 'continuation') inDiegetic = s.as === 'first' && diegeticFirst.has(s.line.number);
    return inDiegetic;
  });
  expect(outcome.filtered).toBe(wanted.map((s) => s.line.text + s.line.eol).join(''));
  return diegeticFirst.size > 0;
}

const FUZZ_RUNS = 10_000;

describe('random and mutated traces', () => {
  it('a handful of hand-picked shapes hold the properties', async () => {
    const base: Trace = {
      lines: ['PID TID TIME MESSAGE', '1 2 03:04:05.600 HealthMonitor: PrintSpooler is not responding', '   at X()'],
      eols: ['\n'], lastEol: false, mutations: [], shuffle: undefined, encoding: 'utf-8', rawGarbage: undefined, chunks: [], maxLineLength: 1 << 20,
    };
    for (const encoding of ENCODINGS) await checkTrace({ ...base, encoding });
    await checkTrace({ ...base, chunks: [1], eols: ['\r'], rawGarbage: { at: 5, bytes: new Uint8Array([0xff, 0xc3]) } });
    await checkTrace({ ...base, lines: [], lastEol: true });
    await checkTrace({ ...base, maxLineLength: 5, chunks: [2, 3] });
  });

  it(`${FUZZ_RUNS} generated traces never throw, keep the accounting, and filter agrees with classify`, async () => {
    let runs = 0;
    let withDiegetic = 0;
    await fc.assert(fc.asyncProperty(trace, async (t) => {
      runs++;
      if (await checkTrace(t)) withDiegetic++;
    }), { numRuns: FUZZ_RUNS, seed: Number(process.env['DIEGESIS_FUZZ_SEED'] ?? 20240301) });
    console.log(`fuzz: ${runs} generated traces passed, ${withDiegetic} with diegetic records (seed ${process.env['DIEGESIS_FUZZ_SEED'] ?? 20240301}; set DIEGESIS_FUZZ_SEED to vary)`);
    expect(runs).toBeGreaterThanOrEqual(FUZZ_RUNS);
    expect(withDiegetic).toBeGreaterThan(FUZZ_RUNS / 10);
  }, 120_000);
});
