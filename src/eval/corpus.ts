import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier, type Classifier } from '../classify/classifier.js';
import type { Lexicon } from '../classify/lexicon.js';
import type { Decision } from '../classify/types.js';
import { readInput } from '../pipeline/read-input.js';
import type { Format } from '../records/format.js';
import type { TraceRecord } from '../records/types.js';
import { addConfusion, emptyConfusion, tally, type Confusion, type Label } from './score.js';

/** A labeled trace: NAME.log or NAME.trace with NAME.labels.jsonl beside it. */
export interface LabeledTrace {
  readonly name: string;
  readonly file: string;
  readonly labels: ReadonlyMap<number, Label>;
}

export interface Miss {
  readonly line: number;
  readonly label: Label;
  readonly decision: Decision;
  readonly text: string;
}

export interface TraceResult {
  readonly trace: LabeledTrace;
  readonly format: string | null;
  readonly confusion: Confusion;
  readonly misses: readonly Miss[];
  /** D or N labels on lines that did not become the first line of a record (so could not be scored). */
  readonly unscored: number;
}

export function findLabeledTraces(dir: string): LabeledTrace[] {
  return readdirSync(dir)
    .filter((f) => /\.(log|trace)$/.test(f))
    .sort()
    .flatMap((f) => {
      const name = f.replace(/\.(log|trace)$/, '');
      const labelsFile = join(dir, `${name}.labels.jsonl`);
      let text: string;
      try {
        text = readFileSync(labelsFile, 'utf8');
      } catch {
        return [];
      }
      const labels = new Map<number, Label>();
      for (const row of text.split('\n')) {
        if (row.trim() === '') continue;
        const { line, label } = JSON.parse(row) as { line: number; label: Label };
        labels.set(line, label);
      }
      return [{ name, file: join(dir, f), labels }];
    });
}

/**
 * Classifies a labeled trace with the real pipeline and scores each labeled record by its first line's label, or its
 * message line's (GrammarSpec.messageLine) when the first line has none.
 */
export async function evaluateTrace(trace: LabeledTrace, formats: readonly Format[], classifier: Classifier): Promise<TraceResult> {
  const confusion = emptyConfusion();
  const misses: Miss[] = [];
  const score = (record: TraceRecord): void => {
    const decision = classifier.classify(record);
    const label = trace.labels.get(record.line) ?? (record.messageLine === undefined ? undefined : trace.labels.get(record.lines[record.messageLine]?.number ?? -1));
    if (label === undefined || label === '?') return;
    const diegetic = decision.kind === 'diegetic';
    tally(confusion, label, diegetic);
    if (diegetic !== (label === 'D')) misses.push({ line: record.line, label, decision, text: record.lines[0]?.text ?? '' });
  };
  const stats = await readInput(trace.file, { formats }, { record: score, unparsed: () => undefined });
  const labeled = [...trace.labels.values()].filter((l) => l !== '?').length;
  const scored = confusion.tp + confusion.fp + confusion.fn + confusion.tn;
  return { trace, format: stats.format, confusion, misses, unscored: labeled - scored };
}

/** Every labeled trace of `dir`, each classified by a fresh classifier (the narrator inventory belongs to one trace). */
export async function evaluateCorpus(dir: string, formats: readonly Format[], lexicon: Lexicon): Promise<TraceResult[]> {
  const results: TraceResult[] = [];
  for (const trace of findLabeledTraces(dir)) results.push(await evaluateTrace(trace, formats, createClassifier(lexicon)));
  return results;
}

/** The confusion counts of several traces added up. */
export function pooled(results: readonly TraceResult[]): Confusion {
  return results.reduce((acc, r) => addConfusion(acc, r.confusion), emptyConfusion());
}
