/**
 * The field rule (src/classify/fieldRules.ts) on invented structured messages: bad news in the text, a field naming the
 * unit, in the message (klog, slog) or among a JSON record's own keys (src/classify/recordFields.ts).
 */

import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { recordOf } from './records.js';
import { parseTrace } from '../../src/index.js';
import { createCachedClassifierFor } from '../../src/pipeline/cached-classifier.js';
import type { TraceRecord } from '../../src/records/types.js';

const lexicon = loadLexicon();

describe('field rule: the unit a structured message names', () => {
  it.each([
    ['prober: "Probe failed" probeType="Liveness" pod="web/cart-5d9f" containerName="cart"', 'web/cart-5d9f', 'field-subject'],
    ['nodewatch: msg="heartbeat lost" node=worker-7 since=40s', 'worker-7', 'field-subject'],
    // A key naming the unit by its id.
    ['raft: failed to contact: server-id=vault-2 time=2.780s', 'vault-2', 'field-subject'],
    ['lease: msg="lease lost" peerId=ab12f0', 'ab12f0', 'field-subject'],
    ['sync: "Error syncing pod, skipping" err="back-off restarting" pod="web/cart-5d9f"', 'web/cart-5d9f', 'field-subject'],
    ['lifecycle: "Node became not ready" node="node-2"', 'node-2', 'subject-predicate'],
    // The text names the unit by its noun, and its field by key and name gives the name.
    ['balancer: level=warn msg="backend unhealthy" backend_name=pay-2 checks=3', 'pay-2', 'subject-predicate'],
    // A field holding the unit's state: its state, good or bad.
    ['getters: "Pod status updated" pod="kube-system/proxy-x" status=Running', 'kube-system/proxy-x', 'field-state'],
    ['cluster: msg="member state" member=pay-2 state=unhealthy', 'pay-2', 'field-state'],
    // Ahead of the rules that would take a word of the text for the subject.
    ['kubelet: "SyncLoop (probe)" probe="readiness" status="ready" pod="shop/api-7c9f"', 'shop/api-7c9f', 'field-state'],
    // A state entered, good or bad, after the state word and the state left; an application is a unit.
    ['controller: msg="Updated health status: Progressing -> Healthy" application=billing-api project=default', 'billing-api', 'field-subject'],
    // A key holding the state of a kind of unit, beside the key naming that unit.
    ["zed: eid=40 class=statechange pool='data' vdev=ata-ST8000-part1 vdev_state=FAULTED", 'ata-ST8000-part1', 'field-state'],
    ['nodewatch: msg="health status changed: Unknown -> Healthy" node=worker-7', 'worker-7', 'field-subject'],
    // No unit field: an error field of the body shows the other side failing.
    ['controller: "Failed to update lease" err="etcdserver: request timed out"', 'the other end', 'error-field'],
    // A watch's event about a unit: named by its field, or right after its noun.
    ['eventhandlers: "Add event for unscheduled pod" pod="batch/nightly-7f2kd"', 'batch/nightly-7f2kd', 'watch-event'],
    ['eventhandlers: "Update event for node" node="worker-12"', 'worker-12', 'watch-event'],
    ['kubelet: "SyncLoop (PLEG): event for pod" pod="shop/cart-5d9f" event={"Type":"ContainerDied"}', 'shop/cart-5d9f', 'watch-event'],
    ['kube: Handling event delete for pod cart-5d9f in namespace shop -> 10.70.3.22', 'cart-5d9f', 'watch-event'],
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
    // The state of a piece of the narrator's own work.
    'runner: Appending trace to coordinator...ok code=202 job=88421 job-status=running status=202 Accepted',
    // The narrator's own name in the field.
    'worker-7: msg="disk pressure failed to clear" node=worker-7',
    // An error field of the body that shows the narrator's own failure.
    'controller: "Failed to update lease" err="lease spec is invalid: holderIdentity required"',
    // An event the narrator handled, of no kind a watch delivers, in a message with more to say; an event of no unit.
    'agent.server: Handled event for server in area: event=member-join server=consul-2.dc1 area=wan',
    'scheduler: "Add event for queue" queue="batch"',
  ])('%s -> N', (message) => {
    expect(createClassifier(lexicon).classify(recordOf(message)).kind).toBe('non-diegetic');
  });
});

/** Structured lines as the JSON grammar parses them: the record's own keys beside its message. */
function jsonRecords(...objects: Record<string, string>[]) {
  return parseTrace(objects.map((o) => JSON.stringify(o)).join('\n'), { format: 'json-lines' }).records;
}

describe("record fields: the unit a structured record names beside its message", () => {
  const line = (msg: string, fields: Record<string, string>) => ({ level: 'warn', ts: '2024-06-18T09:07:22.518Z', msg, ...fields });

  it.each([
    // Bad news in the message; a key ending in a unit noun (an id or name after it, words before it) names the unit.
    [line('prober detected unhealthy status', { 'round-tripper-name': 'ROUND_TRIPPER_RAFT_MESSAGE', 'remote-peer-id': '91bc3c398fb3c146' }), '91bc3c398fb3c146', 'field-subject'],
    [line('failed to get version', { remoteMemberId: '91bc3c398fb3c146' }), '91bc3c398fb3c146', 'field-subject'],
    [line('heartbeat lost', { node_name: 'worker-7' }), 'worker-7', 'field-subject'],
    // A rule found the unit by its noun: the field of that noun names it.
    [line('peer became inactive', { 'peer-id': 'fd422379fda50e48' }), 'fd422379fda50e48', 'subject-predicate'],
    // The record's own error shows the unit's side failing.
    [line('Scrape failed', { target: 'http://10.0.3.4:9100/metrics', err: 'Get "http://10.0.3.4:9100/metrics": dial tcp 10.0.3.4:9100: connect: connection refused' }), 'http://10.0.3.4:9100/metrics', 'field-subject'],
    [line('sync failed', { peer: 'pay-2', error: 'rpc error: code = Unavailable desc = no cluster leader' }), 'pay-2', 'field-subject'],
    // No unit field: the record's own error shows the other side failing, the party it dialed or the other end.
    [line('Failed to fetch alert rules', { error: 'dial tcp 10.8.2.20:5432: connect: connection refused' }), '10.8.2.20:5432', 'error-field'],
    [line('Failed to send usage stats', { err: 'Post "https://stats.example.org/report": dial tcp: i/o timeout' }), 'stats.example.org', 'error-field'],
    [line('Failed to begin transaction', { error: 'pq: the database system is not accepting connections: unavailable' }), 'the other end', 'error-field'],
  ])('%j -> D, subject %s', (object, subject, rule) => {
    const [record] = jsonRecords(object);
    const explanation = createClassifier(lexicon).explain(record as TraceRecord);
    expect(explanation.decision.kind).toBe('diegetic');
    expect(explanation.decision.subjects).toEqual([subject]);
    expect(explanation.rule).toBe(rule);
    // The unit has no place in the message: no subject span points outside it.
    for (const span of explanation.decision.spans) expect(span.end).toBeLessThanOrEqual((record as TraceRecord).message.length);
  });

  it.each([
    // The narrator's own unit: a self word in the key.
    line('failed to publish local member', { 'local-member-id': '8e9e05c52164694d' }),
    // Where the line comes from, not what it is about: a dotted key (ECS), a host or service key.
    line('request failed', { 'host.name': 'web-1', 'service.name': 'billing' }),
    line('request failed', { host: 'web-1', service: 'billing' }),
    // Its own work on data of the unit.
    line('failed to write container config', { container: '1c3e5a7b9d0f' }),
    // The record's own error is a local one: the narrator's failure, on the unit's behalf.
    line('Append failed', { target: 'http://10.0.3.4:9100/metrics', err: 'write to WAL: log samples: no space left on device' }),
    line('Scrape failed', { target: 'http://10.0.3.4:9100/metrics', err: 'sample limit exceeded' }),
    // No bad news in the message.
    line('started remote peer', { 'remote-peer-id': '91bc3c398fb3c146' }),
    // A nested object names no one unit.
    line('peer sync failed', { peer: '{"id":"91bc"}' }),
  ])('%j -> N', (object) => {
    const [record] = jsonRecords(object);
    expect(createClassifier(lexicon).classify(record as TraceRecord).kind).toBe('non-diegetic');
  });

  it("a layout's header columns name where the line comes from, never its subject", () => {
    // BGL's and HPC's layouts capture the node that wrote the line: "heartbeat lost" there is not news of that node.
    const header = { ...recordOf('heartbeat lost', 'kernel'), fields: { node: 'R45-M1-N3' } };
    expect(createClassifier(lexicon).classify(header).kind).toBe('non-diegetic');
    expect(createClassifier(lexicon).classify({ ...header, structured: true }).subjects).toEqual(['R45-M1-N3']);
  });

  it('the decision cache reads each record by its own error', () => {
    // The same message, a remote error, then a local one: a cache keyed by the message must tell them apart.
    const errors = ['dial tcp 10.8.2.20:5432: connect: connection refused', 'sql: invalid column "uid"', 'dial tcp 10.8.2.20:5432: connect: connection refused'];
    const records = jsonRecords(...errors.map((error) => line('Failed to fetch alert rules', { error })));
    const cached = createCachedClassifierFor(lexicon);
    expect(records.map((r) => cached.classify(r).kind)).toEqual(['diegetic', 'non-diegetic', 'diegetic']);
  });

  it('the decision cache names each record by its own field', () => {
    // The same message, two peers: a cache keyed by the message must not give the second the first one's name.
    const peers = ['91bc3c398fb3c146', 'fd422379fda50e48', '91bc3c398fb3c146', 'fd422379fda50e48'];
    const records = jsonRecords(...peers.map((id) => line('prober detected unhealthy status', { 'remote-peer-id': id })));
    const cached = createCachedClassifierFor(lexicon);
    expect(records.map((r) => cached.classify(r).subjects)).toEqual(peers.map((id) => [id]));
  });
});
