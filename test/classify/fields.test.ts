/** The field rule (src/classify/fieldRules.ts) on invented structured messages: bad news in the text, a field naming the unit. */

import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { recordOf } from './records.js';

const lexicon = loadLexicon();

describe('field rule: the unit a structured message names', () => {
  it.each([
    ['prober: "Probe failed" probeType="Liveness" pod="web/cart-5d9f" containerName="cart"', 'web/cart-5d9f', 'field-subject'],
    ['nodewatch: msg="heartbeat lost" node=worker-7 since=40s', 'worker-7', 'field-subject'],
    ['sync: "Error syncing pod, skipping" err="back-off restarting" pod="web/cart-5d9f"', 'web/cart-5d9f', 'field-subject'],
    ['lifecycle: "Node became not ready" node="node-2"', 'node-2', 'subject-predicate'],
    // The text names the unit by its noun, and its field by key and name gives the name.
    ['balancer: level=warn msg="backend unhealthy" backend_name=pay-2 checks=3', 'pay-2', 'subject-predicate'],
    // A field holding the unit's state: its state, good or bad.
    ['getters: "Pod status updated" pod="kube-system/proxy-x" status=Running', 'kube-system/proxy-x', 'field-state'],
    ['cluster: msg="member state" member=pay-2 state=unhealthy', 'pay-2', 'field-state'],
    // Ahead of the rules that would take a word of the text for the subject.
    ['kubelet: "SyncLoop (probe)" probe="readiness" status="ready" pod="shop/api-7c9f"', 'shop/api-7c9f', 'field-state'],
  ])('%s -> D, subject %s', (message, subject, rule) => {
    const explanation = createClassifier(lexicon).explain(recordOf(message));
    expect(explanation.decision.kind).toBe('diegetic');
    expect(explanation.decision.subjects).toEqual([subject]);
    expect(explanation.rule).toBe(rule);
  });

  it.each([
    // Good news of a unit the narrator handles is its own doing.
    'registrar: "Successfully registered node" node="worker-7"',
    // No bad news in the text: a field's value ("failed") is no news of the unit.
    'prober: "Probe result recorded" pod="web/cart-5d9f" result="failed"',
    // A state field whose value is no status word, or with no unit field.
    'getters: "Pod status updated" pod="kube-system/proxy-x" status=42',
    'getters: "Status updated" status=Running phase=2',
    // A field naming no unit.
    'iptables: "Failed to execute restore" err="exit status 4" table="nat"',
    // The narrator's own name in the field.
    'worker-7: msg="disk pressure failed to clear" node=worker-7',
  ])('%s -> N', (message) => {
    expect(createClassifier(lexicon).classify(recordOf(message)).kind).toBe('non-diegetic');
  });
});
