/**
 * Lower-case hosts and instances found by their shape alone ("cache-01", "db01", "kafka-1"; grammars/lexicon.json
 * "numbered host") and hyphenated service names ("media-store"; "hyphenated name"), on invented messages in the styles
 * of health checkers, load balancers, Redis Sentinel, Kafka clients, MongoDB and Kubernetes add-ons. Near misses: the
 * numbered steps, tries, pieces, versions and standards that share the shape ("step-2", "utf-8"), words with a digit
 * that are no instance ("http2", "sha256", "k8s"), English hyphenated compounds ("read-only", "pre-flight"), a
 * numbered or hyphenated piece of work or data with a status that is no unit's own ("build-1234 failed"), and the
 * narrator's own name. A name in quotes after a noun the lexicon does not know ('destination "Backup-WD"') is weak
 * evidence alike.
 */

import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { recordOf } from './records.js';
import { checkExamples, type Example } from './examples.js';

const lexicon = loadLexicon();

const explain = ({ message }: Example) => createClassifier(lexicon).explain(recordOf(message));

const diegetic: Example[] = [
  // A lower-case word with a number, after a hyphen or zero-padded, and a unit's own status or a reply.
  { message: 'HealthMonitor: cache-01 is not responding', subjects: ['cache-01'], negative: true, rule: 'subject-predicate' },
  { message: 'Watchdog: db01 is unreachable', subjects: ['db01'], negative: true, rule: 'subject-predicate' },
  { message: 'Pinger: web-02 did not respond within 5 s', subjects: ['web-02'], negative: true, rule: 'subject-predicate' },
  { message: 'sentinel: redis-01 is down, starting failover', subjects: ['redis-01'], negative: true, rule: 'subject-predicate' },
  { message: 'Consumer: kafka-1 went offline', subjects: ['kafka-1'], negative: true, rule: 'subject-predicate' },
  { message: 'Balancer: web-02 returned HTTP 503', subjects: ['web-02'], negative: false, rule: 'subject-predicate' },
  { message: 'Mesh: ip-10-0-3-17 is unreachable', subjects: ['ip-10-0-3-17'], negative: true, rule: 'subject-predicate' },
  { message: 'Relay: relay-gw04 is not responding', subjects: ['relay-gw04'], negative: true, rule: 'subject-predicate' },
  // Its health, status, state or heartbeat: what a unit has.
  { message: 'checker: cache-01 health OK', subjects: ['cache-01'], negative: false, rule: 'check-report' },
  { message: 'checker: db-01 status: degraded', subjects: ['db-01'], negative: true, rule: 'check-report' },
  { message: 'Monitor: ldap-02 heartbeat missed', subjects: ['ldap-02'], negative: true, rule: 'check-report' },
  { message: 'Replset: mongo-03 is now PRIMARY', subjects: ['mongo-03'], negative: false, rule: 'state-value' },
  // A hyphenated service name with no service word at its end.
  { message: 'monitor: media-store health OK', subjects: ['media-store'], negative: false, rule: 'check-report' },
  { message: 'prober: image-resizer did not respond', subjects: ['image-resizer'], negative: true, rule: 'subject-predicate' },
  { message: 'alerts: node-exporter is down', subjects: ['node-exporter'], negative: true, rule: 'subject-predicate' },
  // Numbered, with a component noun among its words: a unit as "worker-7" is, whatever its status.
  { message: 'Fleet: host-3 is not responding', subjects: ['host-3'], negative: true, rule: 'subject-predicate' },
  { message: 'Dispatcher: worker-node-5 failed', subjects: ['worker-node-5'], negative: true, rule: 'subject-predicate' },
  { message: 'Producer: kafka-broker-2 timed out', subjects: ['kafka-broker-2'], negative: true, rule: 'subject-predicate' },
  // The party of the other rules: the agent of a link's end, the other end of a lost link, a party out of reach.
  { message: 'Uploader: Connection refused by db01', subjects: ['db01'], negative: true, rule: 'subject-predicate' },
  { message: 'Consumer: Lost connection to cache-01', subjects: ['cache-01'], negative: true, rule: 'attributive' },
  { message: 'Client: unable to connect to redis-01', subjects: ['redis-01'], negative: true, rule: 'unreachable' },
  // A host and its port as Squid writes them.
  { message: 'kid1| TCP connection to proxy2.example.net/3128 failed', subjects: ['proxy2.example.net/3128'], negative: true },
  // A list of hosts as Slurm and pdsh write it.
  { message: 'slurmctld: error: Nodes cn[071,088] not responding', subjects: ['cn[071,088]'], negative: true },
  { message: 'sched: node web[01-04] is DOWN', subjects: ['web[01-04]'], negative: true },
  // A name in quotes after a noun the lexicon does not know: a unit's own status makes it one.
  { message: 'backupd: Backup destination "Backup-WD" is no longer available', subjects: ['Backup-WD'], negative: true, rule: 'subject-predicate' },
  { message: "Mapper: Network location 'Floor 3 Share' is offline", subjects: ['Floor 3 Share'], negative: true, rule: 'subject-predicate' },
];

const nonDiegetic: Example[] = [
  // Steps and tries of the narrator's own work, numbered.
  { message: 'Runner: step-2 failed' },
  { message: 'Runner: attempt 3 failed' },
  { message: 'Build: phase2 complete' },
  { message: 'Client: retry-1 timed out' },
  // A retry is no unit, even with a unit's status: the numberedNonUnits word makes no candidate.
  { message: 'Runner: step-2 is running' },
  { message: 'Runner: stage-3 status: FAILED' },
  { message: 'Export: part-00003 is available' },
  { message: 'Session: user-42 disconnected' },
  // Versions, protocols, encodings, algorithms, architectures: a digit in a word is no instance number.
  { message: 'Api: v2 ready' },
  { message: 'Server: http2 enabled' },
  { message: 'Parser: utf-8 invalid' },
  { message: 'Parser: utf-8 is unavailable' },
  { message: 'Packager: x86_64 unsupported' },
  { message: 'Verifier: sha256 mismatch' },
  { message: 'Verifier: sha-256 verification failed' },
  { message: 'Verifier: md5 ok' },
  { message: 'Net: ipv4 disabled' },
  { message: 'Tls: tls1.2 negotiated' },
  { message: 'Loader: log4j initialized' },
  { message: 'CI: e2e passed' },
  // "k8s" (like "i18n") is a word written with a number, a platform's name, not an instance of anything.
  { message: 'Boot: k8s ready' },
  { message: 'Boot: k8s is down' },
  // A numbered or hyphenated piece of work or data fails, finishes and times out too: only a unit's own status counts.
  { message: 'Builder: build-1234 failed' },
  { message: 'Uploader: upload-3 timed out' },
  { message: 'Jobs: index-rebuild finished in 21s' },
  // English hyphenated compounds: a prefix, a closed-class word, an English ending or an action noun.
  { message: 'Preflight: pre-flight status OK' },
  { message: 'Mode: read-only is available' },
  { message: 'Scaler: auto-scaling is running' },
  { message: 'Conn: keep-alive timed out' },
  { message: 'Tester: end-to-end status: passed' },
  { message: 'Rotator: log-rotation status OK' },
  { message: 'Prober: health-check is running' },
  // The narrator's own name.
  { message: 'db-07: db-07 is up' },
  { message: 'media-store: media-store health OK' },
  // Quoted names after a data word or a preposition, a quoted name with a status that is no unit's own, apostrophes.
  { message: 'Loader: file "a.cfg" is not available' },
  { message: "Pool: Connecting to 'db-1'" },
  { message: "Profiles: profile 'default' loaded" },
  { message: "AUTH-PAM: user 'tbrandt' failed to authenticate: Authentication failure" },
  // A network and its prefix length is no host and port.
  { message: 'Router: route 10.0.0.0/24 failed' },
  // An index is no host list, nor its address.
  { message: 'Parser: array[3] failed' },
  { message: 'Pool: buffer[12] is down' },
  { message: "Sync: can't connect, don't retry" },
];

checkExamples('a host, an instance or a service named by its shape alone', explain, diegetic, nonDiegetic);
