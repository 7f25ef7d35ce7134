/** Every labeled line of the native dev corpus, classified in trace order (the narrator inventory grows as it goes). */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier } from '../../src/classify/classifier.js';
import type { Kind } from '../../src/classify/types.js';
import { nativeRecord } from './records.js';

const dev = join(packageRoot, 'test', 'corpus', 'dev');
const lines = readFileSync(join(dev, 'native-session.trace'), 'utf8').split(/\r?\n/);
const labels = new Map<number, string>(
  readFileSync(join(dev, 'native-session.labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { line: number; label: string })
    .map((o): [number, string] => [o.line, o.label]),
);

// Classify the whole trace once, in order, as the CLI would.
const classifier = createClassifier(loadLexicon());
const decided = new Map<number, { kind: Kind; reason: string }>();
lines.forEach((text, i) => {
  const record = nativeRecord(text, i + 1);
  if (record !== null) decided.set(i + 1, classifier.classify(record));
});

const expected = [...labels]
  .filter(([, label]) => label === 'D' || label === 'N')
  .map(([line, label]) => ({ line, text: lines[line - 1] ?? '', kind: (label === 'D' ? 'diegetic' : 'non-diegetic') as Kind }));

describe('native-session.trace labels', () => {
  it('has labeled lines to check', () => {
    expect(expected.length).toBeGreaterThan(30);
  });

  it.each(expected)('line $line is $kind: $text', ({ line, kind }) => {
    expect(decided.get(line)?.kind).toBe(kind);
  });
});
