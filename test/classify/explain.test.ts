/** explain(): the decision trace names the narrator, the candidates and why, the cues, the rule and the decision. */

import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { formatExplanation } from '../../src/classify/explain.js';
import { recordOf } from './records.js';

const lexicon = loadLexicon();

describe('explain', () => {
  const message = 'Dispatcher: calling QuotaSvc for 0x7f3a; QuotaSvc returned error 503';
  const explanation = createClassifier(lexicon).explain(recordOf(message));

  it('names the narrator and the names it goes by', () => {
    expect(explanation.narrator).toBe('Dispatcher');
    expect(explanation.selfNames).toContain('dispatcher');
  });

  it('lists candidate subjects with message offsets and a verdict', () => {
    const quota = explanation.candidates.filter((c) => c.name === 'QuotaSvc');
    expect(quota).toHaveLength(2);
    expect(quota.every((c) => c.component)).toBe(true);
    expect(message.slice(quota[1]?.start, quota[1]?.end)).toBe('QuotaSvc');
  });

  it('lists the cues and the rule', () => {
    expect(explanation.selfAction?.text).toBe('calling');
    expect(explanation.statusCues.map((c) => c.text)).toEqual(['returned', 'error']);
    expect(explanation.rule).toBe('subject-predicate');
    expect(explanation.decision.kind).toBe('diegetic');
    expect(explanation.decision.subjects).toEqual(['QuotaSvc']);
  });

  it('says why a candidate is not a component', () => {
    const e = createClassifier(lexicon).explain(recordOf('Uploader: Uploader restarted after UploadEvent'));
    const verdicts = e.candidates.map((c) => [c.name, c.component, c.why]);
    expect(verdicts).toEqual([
      ['Uploader', false, 'the narrator itself'],
      ['UploadEvent', false, 'data type name (…Event)'],
    ]);
    expect(e.decision.kind).toBe('non-diegetic');
    expect(e.rule).toBe('self-report');
  });

  it('renders as text with every part', () => {
    const text = formatExplanation(explanation);
    expect(text).toContain('narrator: Dispatcher');
    expect(text).toMatch(/"QuotaSvc" \[\d+-\d+\] component/);
    expect(text).toContain('cues: self-action "calling", "returned", "error" (negative)');
    expect(text).toContain('rule: subject-predicate');
    expect(text).toContain('decision: diegetic subjects: QuotaSvc; subject "QuotaSvc" + status "returned" + "error"');
  });

  it('is the same decision classify() gives', () => {
    expect(createClassifier(lexicon).classify(recordOf(message))).toEqual(explanation.decision);
  });
});
