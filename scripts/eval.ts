/**
 * `npm run eval`: classifies every labeled trace of the dev corpus (test/corpus/dev) and prints, per file and pooled,
 * precision, recall and F1 of the diegetic class, the false-positive rate on non-diegetic lines, and the misclassified
 * lines with the reason the classifier gave. A report, not a test.
 * Usage: npm run eval [-- --dir DIR] [--misses N]
 */
import { join } from 'node:path';
import { loadLexicon } from '../src/classify/lexicon.js';
import { evaluateCorpus, pooled } from '../src/eval/corpus.js';
import { scores, type Confusion } from '../src/eval/score.js';
import { packageRoot } from '../src/paths.js';
import { loadFormats } from '../src/records/registry.js';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}

const dir = option('--dir', join(packageRoot, 'test', 'corpus', 'dev'));
const maxMisses = Number(option('--misses', '15'));
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const num = (x: number): string => x.toFixed(3);

function row(name: string, format: string, c: Confusion, unscored: number): string {
  const s = scores(c);
  return `| ${name} | ${format} | ${s.scored} | ${unscored} | ${s.tp + s.fn} | ${num(s.precision)} | ${num(s.recall)} | ${num(s.f1)} | ${pct(s.fpr)} |`;
}

async function main(): Promise<void> {
  const results = await evaluateCorpus(dir, await loadFormats(), loadLexicon());
  console.log(`Diegetic class, scored lines only ('?' and unlabeled lines are not scored); corpus: ${dir}\n`);
  console.log('| file | format | scored | unscored | D | precision | recall | F1 | FP rate |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) console.log(row(r.trace.name, r.format ?? '?', r.confusion, r.unscored));
  console.log(row('**pooled**', '', pooled(results), results.reduce((n, r) => n + r.unscored, 0)));
  console.log('\nunscored: labeled D/N lines that did not parse as the first line of a record.');
  for (const r of results) {
    if (r.misses.length === 0) continue;
    console.log(`\n${r.trace.name}: ${r.misses.length} misclassified${r.misses.length > maxMisses ? ` (first ${maxMisses})` : ''}`);
    for (const m of r.misses.slice(0, maxMisses)) {
      console.log(`  ${m.line}\tlabel ${m.label}, got ${m.decision.kind}: ${m.decision.reason}`);
      console.log(`  \t${m.text.length > 160 ? `${m.text.slice(0, 157)}...` : m.text}`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(`eval: ${(err as Error).message}`);
  process.exitCode = 2;
});
