import { join } from 'node:path';
import { createClassifier } from '../../src/classify/classifier.js';
import { loadLexicon } from '../../src/classify/lexicon.js';
import { evaluateTrace } from '../../src/eval/corpus.js';
import { packageRoot } from '../../src/paths.js';
import { loadFormats } from '../../src/records/registry.js';

describe('scoring a record whose message a later line gives (GrammarSpec.messageLine)', () => {
  const file = join(packageRoot, 'test/fixtures/formats/ibm-mq.log');

  it('scores a label on the message line as the label of its record', async () => {
    // Line 5 is the AMQ8003I message of the record whose header is line 1.
    const result = await evaluateTrace({ name: 'ibm-mq', file, labels: new Map([[5, 'N']]) }, await loadFormats(), createClassifier(loadLexicon()));
    expect(result.unscored).toBe(0);
    expect(result.confusion.tn + result.confusion.fp).toBe(1);
  });

  it('leaves a label on a line of the record that gives no message unscored', async () => {
    // Line 8 is the EXPLANATION's text, neither the header nor the message line.
    const result = await evaluateTrace({ name: 'ibm-mq', file, labels: new Map([[8, 'N']]) }, await loadFormats(), createClassifier(loadLexicon()));
    expect(result.unscored).toBe(1);
  });
});
