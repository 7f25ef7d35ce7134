/** Test helper: invented messages that must be diegetic (with their subjects, polarity and rule) or stay non-diegetic. */

import type { Explanation } from '../../src/classify/classifier.js';

export interface Example {
  readonly message: string;
  readonly subjects?: readonly string[];
  readonly negative?: boolean;
  readonly rule?: string;
}

/** One test per example: each of `diegetic` is diegetic as described, each of `nonDiegetic` is the narrator's own story. */
export function checkExamples<T extends Example>(title: string, explain: (example: T) => Explanation, diegetic: readonly T[], nonDiegetic: readonly T[]): void {
  describe(`${title}: diegetic`, () => {
    it.each(diegetic)('$message', (example) => {
      const explanation = explain(example);
      expect(explanation.decision.kind).toBe('diegetic');
      if (example.subjects !== undefined) expect(explanation.decision.subjects).toEqual(example.subjects);
      if (example.negative !== undefined) expect(explanation.decision.negative).toBe(example.negative);
      if (example.rule !== undefined) expect(explanation.rule).toBe(example.rule);
    });
  });

  describe(`${title}: near misses`, () => {
    it.each(nonDiegetic)('$message', (example) => {
      const explanation = explain(example);
      expect(explanation.decision.kind).toBe('non-diegetic');
      expect(explanation.decision.subjects).toEqual([]);
    });
  });
}
