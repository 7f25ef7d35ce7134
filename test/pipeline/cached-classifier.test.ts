/**
 * The decision cache must be exact: over whole traces (the dev corpus, the format fixtures, the samples and a
 * generated bench trace), the cached classifier gives every record the decision the plain classifier gives it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier } from '../../src/classify/classifier.js';
import { loadLexicon } from '../../src/classify/lexicon.js';
import { createCachedClassifier } from '../../src/pipeline/cached-classifier.js';
import { RecordAssembler } from '../../src/records/assembler.js';
import { detectFormat } from '../../src/records/detect.js';
import { builtinFormats } from '../../src/records/registry.js';
import type { TraceRecord } from '../../src/records/types.js';
import { createTraceGenerator } from '../../scripts/bench-trace.js';

const root = join(import.meta.dirname, '..', '..');
const filesIn = (dir: string): string[] => readdirSync(join(root, dir)).filter((f) => /\.(log|trace)$/.test(f)).map((f) => join(dir, f));

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

const traces: [string, () => string][] = [
  ...[...filesIn('test/corpus/dev'), ...filesIn('test/fixtures/formats'), ...filesIn('samples')].map(
    (file): [string, () => string] => [file, () => readFileSync(join(root, file), 'utf8')],
  ),
  ['generated bench trace', generated],
];

describe.each(traces)('decision cache on %s', (name, text) => {
  const records = recordsOf(name, text());
  const lexicon = loadLexicon();

  it.each([
    ['default size', undefined],
    ['a tiny cache (emptied often)', 16],
  ])('decides as the classifier does, with %s', (_what, limit) => {
    const plain = createClassifier(lexicon);
    const cached = createCachedClassifier(createClassifier(lexicon), limit);
    for (const record of records) expect(cached.classify(record)).toEqual(plain.classify(record));
    expect(cached.stats.hits + cached.stats.misses + cached.stats.bypassed).toBe(records.length);
  });
});

it('serves repeated messages from the cache', () => {
  const line = (i: number): string => `1 2 06:00:0${i % 10}.000 ModuleB: ModuleA integrity check. Status OK.`;
  const records = recordsOf('repeats', Array.from({ length: 100 }, (_, i) => line(i)).join('\n'));
  const cached = createCachedClassifier(createClassifier(loadLexicon()));
  records.forEach((r) => cached.classify(r));
  expect(cached.stats.misses).toBe(1);
  expect(cached.stats.hits).toBe(99);
});
