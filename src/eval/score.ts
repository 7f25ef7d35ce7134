/** Scoring of the diegetic class against labels: precision, recall, F1, and the false-positive rate on N lines. */

export type Label = 'D' | 'N' | '?';

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Scores extends Confusion {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of N-labeled lines classified diegetic. */
  readonly fpr: number;
  readonly scored: number;
}

export function emptyConfusion(): Confusion {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

/** Counts one scored line; '?' lines are not scored. */
export function tally(c: Confusion, label: Label, predictedDiegetic: boolean): void {
  if (label === '?') return;
  if (label === 'D') predictedDiegetic ? c.tp++ : c.fn++;
  else predictedDiegetic ? c.fp++ : c.tn++;
}

export function addConfusion(a: Confusion, b: Confusion): Confusion {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn };
}

/** Precision and recall of 1 when there is nothing to find or nothing was claimed (so a file without D lines is not penalised for correctly finding none). */
export function scores(c: Confusion): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fpr = c.fp + c.tn === 0 ? 0 : c.fp / (c.fp + c.tn);
  return { ...c, precision, recall, f1, fpr, scored: c.tp + c.fp + c.fn + c.tn };
}
