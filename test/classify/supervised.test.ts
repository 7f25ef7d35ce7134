/**
 * Supervised components, replies and devices, on invented messages: a supervisor or monitor reporting a unit it runs
 * or watches, a peer's reply or verdict told through a verb, a device's or volume's event. Each kind with near misses
 * that stay the narrator's own story.
 */

import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier, type Classifier } from '../../src/classify/classifier.js';
import { recordOf } from './records.js';
import { checkExamples, type Example as Described } from './examples.js';

const lexicon = loadLexicon();

/** A classifier that has already seen these narrators (so their names are components when others mention them). */
function classifierKnowing(...narrators: string[]): Classifier {
  const classifier = createClassifier(lexicon);
  for (const n of narrators) classifier.classify(recordOf(`${n}: hello`));
  return classifier;
}

interface Example extends Described {
  /** Narrators seen earlier in the trace. */
  readonly known?: readonly string[];
}

function explain({ message, known = [] }: Example) {
  return classifierKnowing(...known).explain(recordOf(message));
}

const diegetic: Example[] = [
  // A state machine's new state in mixed case, the word "state" saying it is one; an aside between unit and verb.
  { message: 'rpd: BGP peer 10.9.1.2 (External AS 65010) changed state from OpenConfirm to Established', subjects: ['10.9.1.2'], negative: false, rule: 'state-value' },
  { message: 'ospfd: neighbor 10.9.0.6 has changed state from Full to Down', subjects: ['10.9.0.6'], negative: true, rule: 'state-value' },
  // A cluster manager's operation on a resource, and its outcome; a node's state said to be now a value.
  { message: "crsd: Start of 'ora.lsnr' on 'rac1' failed", subjects: ['ora.lsnr'], negative: true, rule: 'operation-outcome' },
  { message: "ohasd: Stop of 'ora.asm' on 'rac2' succeeded", subjects: ['ora.asm'], negative: false, rule: 'operation-outcome' },
  { message: 'oraagent: Check of resource "ora.lsnr" failed: details at "(:CLSN00007:)"', subjects: ['ora.lsnr'], negative: true, rule: 'subject-predicate' },
  { message: 'controld: Node hacl-b state is now member', subjects: ['hacl-b'], negative: false, rule: 'state-value' },
  { message: 'NetMgr: Interface nic-7 (SQLN2 - Heartbeat) state changed from Up to Unreachable', subjects: ['nic-7'], negative: true, rule: 'check-report' },
  { message: "chan_sip: Peer 'branch-ro' is now Lagged. (2210ms / 2000ms)", subjects: ['branch-ro'], negative: false, rule: 'state-value' },
  { message: 'Watchdog: LabMwSvc (PID 4480) heartbeat OK (seq 1, 6 ms)', subjects: ['LabMwSvc'], negative: false, rule: 'check-report' },
  // A quorum lost or met: the members' state, for the unit it is named for; a klog event's "status is now:".
  { message: 'glusterd: Server quorum lost for volume vol1. Stopping local bricks.', subjects: ['vol1'], negative: true, rule: 'quorum' },
  { message: 'afr: Client-quorum is not met', subjects: ['quorum'], negative: true, rule: 'quorum' },
  { message: 'event: "Event occurred" object="worker-3" kind="Node" message="Node worker-3 status is now: NodeNotReady"', subjects: ['worker-3'], negative: false, rule: 'state-value' },
  // A process named by its pid in capitals.
  { message: 'init: snmp (PID 2020) terminated by signal number 11', subjects: ['snmp'], negative: true, rule: 'subject-predicate' },
  // A peer's reply or verdict told through a verb of answering.
  { message: 'Prober: IndexWorker answered in 4 ms', known: ['IndexWorker'], subjects: ['IndexWorker'], negative: false, rule: 'subject-predicate' },
  { message: 'PolicyHub: MailFilter acknowledged policy version 12', known: ['MailFilter'], subjects: ['MailFilter'], negative: false, rule: 'subject-predicate' },
  { message: 'PolicyHub: MailFilter has not acknowledged policy version 12 after 900 ms', known: ['MailFilter'], subjects: ['MailFilter'], negative: true, rule: 'subject-predicate' },
  { message: 'Fetcher: MirrorAgent did not return the catalog, code 17', known: ['MirrorAgent'], subjects: ['MirrorAgent'], negative: true, rule: 'subject-predicate' },
  { message: 'Pusher: ReportStore did not send the summary within 400 ms', known: ['ReportStore'], subjects: ['ReportStore'], negative: true, rule: 'subject-predicate' },
  { message: 'Supervisor: crawler.exe (pid 808) missed heartbeat 2 of 5', subjects: ['crawler.exe'], negative: true, rule: 'subject-predicate' },
  { message: 'Launcher: IndexWorker did not stop within 30 s', known: ['IndexWorker'], subjects: ['IndexWorker'], negative: true, rule: 'subject-predicate' },
  // A host named by its dotted name is a party: what it answers or refuses is its doing.
  { message: 'Shipper: collector.eu-west.example.net accepted the stream, window 64', subjects: ['collector.eu-west.example.net'], negative: false, rule: 'subject-predicate' },
  { message: 'Shipper: collector.eu-west.example.net rejected chunk 8 with HTTP 503', subjects: ['collector.eu-west.example.net'], negative: true, rule: 'subject-predicate' },
  { message: 'Resolver: ns2.corp.example.org did not answer the SOA query', subjects: ['ns2.corp.example.org'], negative: true, rule: 'subject-predicate' },
  // A supervised unit reaching or coming back to a state; a process named with its pid, and how it ended.
  { message: 'Launcher: IndexWorker reached READY in 80 ms', known: ['IndexWorker'], subjects: ['IndexWorker'], negative: false, rule: 'subject-predicate' },
  { message: 'Launcher: IndexWorker back in RUNNING after 2 restarts', known: ['IndexWorker'], subjects: ['IndexWorker'], negative: false, rule: 'subject-predicate' },
  { message: 'Launcher: crawler (pid 808) ended with exit code 3', subjects: ['crawler'], negative: false, rule: 'subject-predicate' },
  { message: 'Compositor: Notes (pid 5120) is responsive again', subjects: ['Notes'], negative: false, rule: 'subject-predicate' },
  // The fate of a unit told with its reason; a named device after a preposition is still a subject.
  { message: 'Supervisor: terminating pid 808, heartbeat lost', subjects: ['pid 808'], negative: true, rule: 'lifecycle' },
  { message: 'Backup: sync with device sdb1 failed', subjects: ['sdb1'], negative: true, rule: 'subject-predicate' },
  { message: 'LogManager: Compactor stopped', known: ['store.Log', 'Compactor'], subjects: ['Compactor'], negative: false, rule: 'subject-predicate' },
  { message: 'Gateway: backend db-2 timeout after 5000 ms', subjects: ['db-2'], negative: true, rule: 'subject-predicate' },
  // A unit's state given as a constant after a state word.
  { message: 'Prober: IndexWorker state START_PENDING, round skipped', known: ['IndexWorker'], subjects: ['IndexWorker'], negative: false, rule: 'state-value' },
  { message: 'Tracker: report for job_1500000000001_0042 (state: SUBMITTED)', subjects: ['job_1500000000001_0042'], negative: false, rule: 'state-value' },
  { message: 'Console: overall gateway status RED', subjects: ['overall gateway'], negative: false, rule: 'state-value' },
  // ...or after the change that led to it.
  { message: 'REPL: Member mongo-2:27017 is now in state SECONDARY', subjects: ['mongo-2:27017'], negative: false, rule: 'state-value' },
  { message: 'Raft: peer n3 transitioned to LEADER', subjects: ['n3'], negative: false, rule: 'state-value' },
  { message: 'Raft: peer n4 transitioned from FOLLOWER to CANDIDATE', subjects: ['n4'], negative: false, rule: 'state-value' },
  // A state machine's log of a machine, its kind between: the host's own state, which only the host changes.
  { message: 'RMNodeImpl: wk-03.example.net:45454 Node Transitioned from RUNNING to LOST', subjects: ['wk-03.example.net:45454'], negative: true, rule: 'state-value' },
  { message: 'Controller: broker 2 is now the LEADER', subjects: ['broker 2'], negative: false, rule: 'state-value' },
  { message: 'Monitor: IndexWorker switched to STANDBY', known: ['IndexWorker'], subjects: ['IndexWorker'], negative: false, rule: 'state-value' },
  // ...or after "health of" (any word: only a unit has health), "status of" or "state of" (a component).
  { message: 'Actuator: Health of ledger is DOWN', subjects: ['ledger'], negative: true, rule: 'state-value' },
  { message: 'Actuator: health of the cache is DEGRADED', subjects: ['cache'], negative: true, rule: 'state-value' },
  // A supervisor's label naming the unit, then "Service"/"Job" for it.
  { message: 'initd: (org.example.syncd[771]): Service exited with abnormal code: 2', subjects: ['org.example.syncd'], negative: false, rule: 'labelled-unit' },
  { message: 'initd: (org.example.indexer): Service only ran for 1 seconds. Pushing respawn out by 9 seconds.', subjects: ['org.example.indexer'], negative: true, rule: 'labelled-unit' },
  // systemd's unit name with its type, then its own noun, qualified or not.
  { message: 'systemd: nginx.service: Main process exited, code=killed, status=9/KILL', subjects: ['nginx.service'], negative: true, rule: 'labelled-unit' },
  { message: "systemd: backup@nightly.service: Failed with result 'exit-code'.", subjects: ['backup@nightly.service'], negative: true, rule: 'labelled-unit' },
  // What the unit used, told by its supervisor once it stopped (two labelled sets, probe14 and probe16, agree).
  { message: 'systemd: nginx.service: Consumed 1.204s CPU time.', subjects: ['nginx.service'], negative: false, rule: 'labelled-unit' },
  // Devices, interfaces and volumes: named by their device node or after their noun, with an event of their own.
  { message: 'Mounter: disk5s1 was ejected without being unmounted', subjects: ['disk5s1'], negative: true, rule: 'subject-predicate' },
  { message: 'netd: wlan2 attached (up)', subjects: ['wlan2'], negative: false, rule: 'subject-predicate' },
  { message: 'Filter: volume F: dismounted, instance 3 detached', subjects: ['volume F'], negative: true, rule: 'subject-predicate' },
  { message: 'Hub: UsbHub is having trouble enumerating a device', subjects: ['UsbHub'], negative: true, rule: 'subject-predicate' },
  { message: 'Vault: drive TAPE-2 is no longer available', subjects: ['TAPE-2'], negative: true, rule: 'subject-predicate' },
];

const nonDiegetic: Example[] = [
  // The narrator itself now listening: no unit.
  { message: 'Web: Server is now Listening on 8080' },
  // A quorum check that passed is the narrator's own step.
  { message: 'votequorum: quorum check passed, 3 of 3 votes' },
  // An operation of the narrator's own on its configuration, its own check.
  { message: 'loader: check of config failed, keeping the old one' },
  // A change of state in mixed case without the word "state", or of the narrator's own session.
  { message: 'Mover: file moved from Inbox to Archive' },
  { message: 'Dialer: session changed state from Idle to Active' },
  // The narrator's own acknowledgement, answer or acceptance: no other party before the verb.
  { message: 'PolicyHub: acknowledged policy version 12' },
  { message: 'Prober: answered the ping from the console' },
  { message: 'Listener: Accepted socket connection from /10.9.8.7:4411' },
  { message: 'Pusher: did not send the summary, queue empty' },
  // A dotted name that is a file, a URL's host or a class is no party.
  { message: 'Loader: settings.local.json rejected, schema mismatch' },
  { message: 'Fetcher: fetching https://mirror.example.org/catalog.xml' },
  { message: 'Runner: org.example.jobs.Nightly missed its window' },
  { message: 'Updater: version 4.2.1.beta accepted by the policy' },
  // The narrator's own state, or a unit it names as its own.
  { message: 'Launcher: reached READY in 80 ms' },
  { message: 'Launcher: back in RUNNING after reload' },
  { message: 'Shell: my job (pid 88) ended with exit code 0' },
  { message: 'Crawler: Crawler (pid 808) is responsive again' },
  // The narrator's own step on a unit, its own setting, a generic noun that is no component.
  { message: 'Supervisor: terminating pid 808' },
  { message: 'Reaper: Killing worker-3.' },
  { message: 'Prober: raising the IndexWorker probe timeout to 9000 ms', known: ['IndexWorker'] },
  { message: 'Balancer: lowering backend db-2 timeout by 500 ms' },
  { message: 'Keychain: sync with device failure: code 7' },
  { message: 'LogManager: Log loaded for partition p-3 in 4 ms', known: ['store.Log'] },
  // The narrator's own state, or data whose state changed; a label over the supervisor's own reading of a unit's file.
  { message: 'Pool: session 12 state changed to IDLE' },
  { message: 'Pool: session 12 changed to IDLE' },
  { message: 'Config: log level is now DEBUG' },
  { message: 'Raft: switched to FOLLOWER' },
  { message: 'Engine: Engine is now RUNNING' },
  // A state machine's log of a unit it keeps: the kind of unit stands between its id and the change.
  { message: 'TaskImpl: task_1500000000001_0042_m_000003 Task Transitioned from NEW to SCHEDULED' },
  { message: 'TaskAttemptImpl: attempt_1445144423722_0020_m_000000_0 TaskAttempt Transitioned from NEW to UNASSIGNED' },
  { message: 'RMContainerImpl: container_e12_1707210000000_0118_01_000002 Container Transitioned from NEW to ALLOCATED' },
  { message: 'Checker: status of config: loaded' },
  { message: 'Checker: state of the request is FAILED' },
  { message: 'Checker: health of my own cache is DEGRADED' },
  { message: 'Prober: probe state IDLE' },
  { message: 'IndexWorker: IndexWorker state START_PENDING' },
  { message: 'Engine: my worker state READY' },
  { message: 'initd: (org.example.syncd): Unknown key for integer: MemoryLimit' },
  { message: 'systemd: nginx.service: Scheduled restart job, restart counter is at 1.' },
  { message: 'initd: (org.example.syncd): Path not allowed in target domain, request failed' },
  { message: 'initd: (initd): Service exited with code 0' },
  // A daemon opening its message with its own interface; the narrator's own act on a device; a word like a device node.
  { message: 'wpa_supplicant: wlan2: Trying to associate with 00:11:22:33:44:55' },
  { message: 'Mounter: ejected disk5s1 on request' },
  { message: 'Compositor: window 0x2c1 is not attached to window 0x2bf' },
  { message: 'Loader: not able to open the cache, rebuilding' },
  { message: 'Hasher: sha256 attached to the manifest' },
];

checkExamples('supervised units, replies and devices', explain, diegetic, nonDiegetic);
