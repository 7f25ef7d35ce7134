/**
 * Classifier benchmark: generates a native trace in memory with the generator of `npm run bench` (seeded, so every run
 * sees the same text), parses it with the real native grammar, then times classification of every record, by the
 * plain classifier (what each first-seen message costs) and behind the decision cache (what the CLI runs). Prints
 * records/s, MB/s of message text, the cache's hit rate, and checksums of the decisions so a speed-up can prove that
 * no decision changed. A report, not a test.
 * Usage: node dist/scripts/bench-classify.js [--records N] [--rounds R] [--seed S] [--shape realistic|uniform]
 */
import { createHash } from 'node:crypto';
import { createClassifier, type Classifier } from '../src/classify/classifier.js';
import { loadLexicon } from '../src/classify/lexicon.js';
import type { Decision } from '../src/classify/types.js';
import { createCachedClassifierFor } from '../src/pipeline/cached-classifier.js';
import { RecordAssembler } from '../src/records/assembler.js';
import { findFormat, loadFormats } from '../src/records/registry.js';
import type { TraceRecord } from '../src/records/types.js';
import { createTraceGenerator, type TraceShape } from './bench-trace.js';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}

const key = (d: Decision): string => `${d.kind}\t${d.subjects.join('|')}\t${d.reason}`;

/**
 * Seconds per round of classifying every record with a fresh classifier (the inventory belongs to one trace), sorted;
 * and the diegetic count of each round, which must agree.
 */
function timeRounds(records: readonly TraceRecord[], rounds: number, create: () => Classifier): { seconds: number[]; counts: Set<number> } {
  const seconds: number[] = [];
  const counts = new Set<number>();
  for (let round = 0; round < rounds; round++) {
    const classifier = create();
    const start = process.hrtime.bigint();
    // No decision is kept alive (the CLI keeps none), so retained results do not inflate the garbage collector's share.
    let diegetic = 0;
    for (let i = 0; i < records.length; i++) if (classifier.classify(records[i] as TraceRecord).kind === 'diegetic') diegetic++;
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    counts.add(diegetic);
  }
  return { seconds: seconds.sort((a, b) => a - b), counts };
}

async function main(): Promise<void> {
  const count = Number(option('--records', '200000'));
  const rounds = Number(option('--rounds', '5'));
  const shape = option('--shape', 'realistic') as TraceShape;
  const generator = createTraceGenerator(Number(option('--seed', '42')), shape);

  let text = '';
  for (let i = 0; i < count; i++) text += generator.next();
  const lines = text.slice(0, -1).split('\n');

  const parseStart = process.hrtime.bigint();
  const format = findFormat(await loadFormats(), 'native');
  const records: TraceRecord[] = [];
  const assembler = new RecordAssembler('bench', format, { record: (r) => records.push(r), unparsed: () => undefined });
  lines.forEach((line, i) => assembler.push({ number: i + 1, text: line, eol: '\n' }));
  assembler.end();
  const parseSeconds = Number(process.hrtime.bigint() - parseStart) / 1e9;
  const bytes = records.reduce((n, r) => n + Buffer.byteLength(r.message), 0);
  const mb = bytes / 1e6;
  const lexicon = loadLexicon();

  const plain = createClassifier(lexicon);
  const decisions = records.map((r) => plain.classify(r));
  const cached = createCachedClassifierFor(lexicon);
  const same = records.every((r, i) => JSON.stringify(cached.classify(r)) === JSON.stringify(decisions[i]));
  const checksum = createHash('sha256').update(decisions.map(key).join('\n')).digest('hex').slice(0, 16);
  const full = createHash('sha256').update(decisions.map((d) => JSON.stringify(d)).join('\n')).digest('hex').slice(0, 16);
  const diegetic = decisions.filter((d) => d.kind === 'diegetic').length;

  console.log(`records: ${records.length} (${shape} shape), ${mb.toFixed(2)} MB of message text, ${(100 * diegetic / records.length).toFixed(1)}% diegetic`);
  console.log(`parse (for scale): ${(records.length / parseSeconds).toFixed(0)} records/s, ${(mb / parseSeconds).toFixed(2)} MB/s`);
  for (const [name, create] of [['plain', () => createClassifier(lexicon)], ['cached', () => createCachedClassifierFor(lexicon)]] as const) {
    const { seconds, counts } = timeRounds(records, rounds, create);
    const median = seconds[Math.floor(seconds.length / 2)] as number;
    console.log(`classify (${name}), median of ${rounds}: ${(records.length / median).toFixed(0)} records/s, ${(mb / median).toFixed(2)} MB/s` +
      ` (best ${(records.length / (seconds[0] as number)).toFixed(0)} records/s)${counts.size === 1 && counts.has(diegetic) ? '' : ' (rounds disagree!)'}`);
  }
  console.log(`cache: ${(100 * cached.stats.hits / records.length).toFixed(1)}% hits; decisions ${same ? 'equal' : 'DIFFER from'} the plain classifier's`);
  console.log(`checksum (kind+subjects+reason): ${checksum}`);
  console.log(`checksum (whole decision): ${full}`);
}

void main();
