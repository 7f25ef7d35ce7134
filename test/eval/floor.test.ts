import { join } from 'node:path';
import { loadLexicon } from '../../src/classify/lexicon.js';
import { evaluateCorpus, pooled, type TraceResult } from '../../src/eval/corpus.js';
import { scores } from '../../src/eval/score.js';
import { packageRoot } from '../../src/paths.js';
import { loadFormats } from '../../src/records/registry.js';

/** A floor under the dev-corpus figures (npm run eval prints them): they may rise, never fall below these. */
const FLOOR = { pooledF1: 0.95, pooledFpr: 0.01, fileF1: 0.85 };

describe('classifier quality on the labeled dev corpus', () => {
  let results: TraceResult[];
  beforeAll(async () => {
    results = await evaluateCorpus(join(packageRoot, 'test', 'corpus', 'dev'), await loadFormats(), loadLexicon());
  });

  it('scores every labeled line of all four traces', () => {
    expect(results.map((r) => [r.trace.name, r.unscored])).toEqual([
      ['android-logcat', 0],
      ['healthapp', 0],
      ['native-session', 0],
      ['zookeeper-quorum', 0],
    ]);
  });

  it(`keeps pooled F1 >= ${FLOOR.pooledF1} and false-positive rate <= ${FLOOR.pooledFpr}`, () => {
    const all = scores(pooled(results));
    expect(all.f1).toBeGreaterThanOrEqual(FLOOR.pooledF1);
    expect(all.fpr).toBeLessThanOrEqual(FLOOR.pooledFpr);
  });

  it(`keeps F1 >= ${FLOOR.fileF1} on every file with diegetic lines`, () => {
    for (const r of results) {
      const s = scores(r.confusion);
      if (s.tp + s.fn > 0) expect([r.trace.name, s.f1 >= FLOOR.fileF1]).toEqual([r.trace.name, true]);
    }
  });
});

describe('score arithmetic', () => {
  it('computes precision, recall, F1 and FP rate', () => {
    const s = scores({ tp: 8, fp: 2, fn: 2, tn: 88 });
    expect([s.precision, s.recall, s.f1, s.fpr]).toEqual([0.8, 0.8, 0.8000000000000002, 2 / 90]);
  });
});
