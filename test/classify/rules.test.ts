/** Each decision rule on invented messages of other systems, both ways. */

import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { recordOf } from './records.js';

const lexicon = loadLexicon();

interface Example {
  readonly message: string;
  readonly subjects?: readonly string[];
  readonly negative?: boolean;
  readonly rule: string;
}

const diegetic: Example[] = [
  { message: 'ModuleB: ModuleA integrity check. Status OK.', subjects: ['ModuleA'], negative: false, rule: 'check-report' },
  { message: 'Watchdog: IndexerService is not responding', subjects: ['IndexerService'], negative: true, rule: 'subject-predicate' },
  { message: 'Supervisor: worker-12 has died', subjects: ['worker-12'], negative: true, rule: 'subject-predicate' },
  { message: 'Gateway: upstream node db-7 did not respond, marked unreachable', subjects: ['db-7'], negative: true, rule: 'subject-predicate' },
  { message: 'Scheduler: job nightly-backup finished', subjects: ['nightly-backup'], negative: false, rule: 'subject-predicate' },
  { message: 'Installer: driver usbstor.sys version 10.2 loaded', subjects: ['usbstor.sys'], negative: false, rule: 'subject-predicate' },
  { message: 'Balancer: backend cache03:6379 returned error 5', subjects: ['cache03:6379'], negative: true, rule: 'subject-predicate' },
  { message: 'Collector: status: QueueAgent=DOWN', subjects: ['QueueAgent'], negative: true, rule: 'subject-predicate' },
  { message: 'Kernel: Process com.example.mail (pid 4411) has died', subjects: ['com.example.mail'], negative: true, rule: 'subject-predicate' },
  { message: 'Orchestrator: BillingSvc health OK', subjects: ['BillingSvc'], negative: false, rule: 'check-report' },
  { message: 'Monitor: status of ArchiveAgent after restart: failed', subjects: ['ArchiveAgent'], negative: true, rule: 'check-report' },
  { message: 'Reaper: Killing 4411:com.example.mail/u0a77 (adj 900): idle', subjects: ['4411:com.example.mail/u0a77'], negative: true, rule: 'lifecycle' },
  { message: 'Tracker: Expiring session 0x3f2a after 3 missed heartbeats, lease lost', subjects: ['session 0x3f2a'], negative: true, rule: 'lifecycle' },
  { message: 'HttpClient: error from AuthServer after 40 ms', subjects: ['AuthServer'], negative: true, rule: 'report-from' },
  { message: 'Relay: unable to connect to broker mq01:5672', subjects: ['mq01:5672'], negative: true, rule: 'unreachable' },
  { message: 'Election: cannot open channel to 4 at election address /10.0.0.4:3888', subjects: ['4'], negative: true, rule: 'unreachable' },
  { message: 'Launcher: Scheduling restart of crashed service com.example.sync', subjects: ['com.example.sync'], negative: true, rule: 'attributive' },
  { message: 'PowerHal: refresh isBatteryCharging: true', subjects: ['Battery'], negative: false, rule: 'device-state' },
  { message: 'Election: vote received, LEADING (peer.state), 4 (peer.id)', subjects: ['peer'], negative: false, rule: 'state-field' },
  { message: 'Checkout: Payment gateway returned HTTP 502', subjects: ['Payment gateway'], negative: false, rule: 'subject-predicate' },
  { message: 'Front: Client attempting to resume stream 12', subjects: ['Client'], negative: false, rule: 'subject-predicate' },
];

const nonDiegetic: Example[] = [
  { message: 'ModuleA: foo called bar. Status OK.', rule: 'own-status' },
  { message: 'FooService: Connecting to bar.example:8080', rule: 'self-action' },
  { message: 'Orchestrator: calling InventorySvc to reserve items', rule: 'self-action' },
  { message: 'Pipeline: running step 4 of 9', rule: 'self-action' },
  { message: 'Indexer: Interrupting MergeWorker', rule: 'self-action' },
  { message: 'CacheManager: cache warmed, 1200 entries', rule: 'no-status' },
  { message: 'Recorder: FlushEvent success begin:12 end:40', rule: 'own-status' },
  { message: 'Resolver: request timeout after 3 retries', rule: 'own-status' },
  { message: 'StatusBar: updateLights, mScreenOn = true', rule: 'no-status' },
  { message: 'RenderLoop: updateClip isOverlap: false', rule: 'no-status' },
  { message: 'Uploader$PushWorker: Push worker stopped', rule: 'self-report' },
  { message: 'WebServer: Accepted socket connection from /10.1.2.3:5000', rule: 'self-action' },
  { message: 'Api: Server started on port 9000', rule: 'own-status' },
  { message: 'Pool: session 12 state changed to IDLE', rule: 'no-status' },
  { message: 'Layout: Application requested orientation 1, got rotation 0', rule: 'no-status' },
];

describe('diegetic examples', () => {
  it.each(diegetic)('$message', ({ message, subjects, negative, rule }) => {
    const explanation = createClassifier(lexicon).explain(recordOf(message));
    expect(explanation.decision.kind).toBe('diegetic');
    expect(explanation.decision.subjects).toEqual(subjects);
    expect(explanation.decision.negative).toBe(negative);
    expect(explanation.rule).toBe(rule);
  });
});

describe('non-diegetic examples', () => {
  it.each(nonDiegetic)('$message', ({ message, rule }) => {
    const explanation = createClassifier(lexicon).explain(recordOf(message));
    expect(explanation.decision.kind).toBe('non-diegetic');
    expect(explanation.decision.subjects).toEqual([]);
    expect(explanation.rule).toBe(rule);
  });
});

describe('the narrator inventory', () => {
  it('makes a plain name that narrates elsewhere a component', () => {
    const classifier = createClassifier(lexicon);
    expect(classifier.classify(recordOf('Monitor: Indexer still running')).kind).toBe('non-diegetic');
    classifier.classify(recordOf('Indexer: merging segments'));
    const decision = classifier.classify(recordOf('Monitor: Indexer still running'));
    expect(decision.kind).toBe('diegetic');
    expect(decision.subjects).toEqual(['Indexer']);
  });

  it('makes the outcome of an operation another narrator performs news about it', () => {
    const classifier = createClassifier(lexicon);
    classifier.classify(recordOf('Store: bulkWrite() size = 4'));
    expect(classifier.classify(recordOf('Binder: insert() bulkWrite fail errorCode = 3')).kind).toBe('diegetic');
    expect(classifier.classify(recordOf('Binder: insert() localWrite fail errorCode = 3')).kind).toBe('non-diegetic');
    expect(classifier.classify(recordOf('Store: bulkWrite fail errorCode = 3')).kind).toBe('non-diegetic');
  });

  it('still finds a component-shaped subject when the record has no narrator', () => {
    const decision = createClassifier(lexicon).classify(recordOf('PrintSpooler has crashed', null));
    expect(decision.kind).toBe('diegetic');
    expect(decision.subjects).toEqual(['PrintSpooler']);
  });
});

describe('decision fields', () => {
  it('marks narrator, subject and status spans inside the message', () => {
    const message = 'ModuleB: ModuleA integrity check. Status OK.';
    const decision = createClassifier(lexicon).classify(recordOf(message));
    const spans = decision.spans.map((s) => [s.role, message.slice(s.start, s.end)]);
    expect(spans).toEqual([['narrator', 'ModuleB'], ['subject', 'ModuleA'], ['status', 'OK']]);
    expect(decision.reason).toBe('subject "ModuleA" + status "OK" (check)');
    expect(decision.status).toBe('OK');
  });

  it('names the self-action verb in the reason of a self-trace', () => {
    const decision = createClassifier(lexicon).classify(recordOf('SyncAgent: calling StoreSvc to fetch 20 items'));
    expect(decision.reason).toBe('self-action: narrator\'s own call "calling"');
    expect(decision.spans).toEqual([{ start: 0, end: 9, role: 'narrator' }]);
  });

  it('reports every status word of the predicate clause', () => {
    const decision = createClassifier(lexicon).classify(recordOf('Agent: license server LIC2 did not respond, marked unreachable'));
    expect(decision.status).toBe('did not respond, unreachable');
    expect(decision.negative).toBe(true);
  });
});
