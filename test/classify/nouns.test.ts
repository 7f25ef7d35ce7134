/**
 * A unit named in lower-case letters after its component noun ("service nginx", "dependency redis"), on invented
 * messages in the styles of Docker, Kubernetes, systemd, Consul, HAProxy, Redis, Spring Boot and Python services. Near
 * misses: the noun bare or with a status or verb after it, a compound of two nouns, data or an operation with a
 * status that is no unit's own, and a noun that names a unit only with its name.
 */

import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { recordOf } from './records.js';
import { checkExamples, type Example } from './examples.js';

const lexicon = loadLexicon();

const explain = ({ message }: Example) => createClassifier(lexicon).explain(recordOf(message));

const diegetic: Example[] = [
  // Another word before the noun: another unit of that kind; the narrator's name with a unit's name after it: that unit.
  { message: 'watchdog: remote node state changed from [LEADER] to [LOST]', subjects: ['remote node'] },
  { message: 'watchdog: watchdog node pgp-b state changed to LOST', subjects: ['pgp-b'] },
  // A client that closed its own connection.
  { message: 'broker: Client dash-01 closed its connection.', subjects: ['dash-01'], negative: false, rule: 'subject-predicate' },
  // A word of lower-case letters that no English word list knows names the unit after its noun.
  { message: 'dockerd: container abc is not running', subjects: ['abc'], negative: true, rule: 'subject-predicate' },
  { message: 'dockerd: Container nginx exited with code 1', subjects: ['nginx'], negative: false, rule: 'subject-predicate' },
  { message: 'compose: service web is unhealthy', subjects: ['web'], negative: true, rule: 'subject-predicate' },
  { message: 'Watcher: service nginx is down', subjects: ['nginx'], negative: true, rule: 'subject-predicate' },
  { message: 'scheduler: node alpha is unreachable', subjects: ['alpha'], negative: true, rule: 'subject-predicate' },
  { message: 'watchdog: process postgres died unexpectedly', subjects: ['postgres'], negative: true, rule: 'subject-predicate' },
  { message: 'watchdog: daemon sshd is not responding', subjects: ['sshd'], negative: true, rule: 'subject-predicate' },
  { message: 'haproxy: backend api is down', subjects: ['api'], negative: true, rule: 'subject-predicate' },
  { message: 'worker: Broker rabbitmq is unavailable', subjects: ['rabbitmq'], negative: true, rule: 'subject-predicate' },
  { message: 'Monitor: database orders unreachable', subjects: ['orders'], negative: true, rule: 'subject-predicate' },
  { message: 'consul: Service api health OK', subjects: ['api'], negative: false, rule: 'check-report' },
  // A unit may fail to do something: "failed to" after the name is its news.
  { message: 'Loader: plugin geoip failed to load', subjects: ['geoip'], negative: true, rule: 'subject-predicate' },
  // A dependency of a service is named after the noun, in any of the usual shapes.
  { message: 'HealthCheck: Dependency redis is unhealthy', subjects: ['redis'], negative: true, rule: 'subject-predicate' },
  { message: 'HealthCheck: dependency postgres is healthy again', subjects: ['postgres'], negative: false, rule: 'subject-predicate' },
  { message: 'compose: dependency db failed to start', subjects: ['db'], negative: true, rule: 'subject-predicate' },
  { message: 'app: dependency redis status DOWN', subjects: ['redis'], negative: true, rule: 'check-report' },
  { message: 'app: unable to connect to dependency redis', subjects: ['redis'], negative: true, rule: 'unreachable' },
  // Pods and cluster members are named so too.
  { message: 'kubelet: pod frontend was evicted', subjects: ['frontend'], negative: true, rule: 'subject-predicate' },
  { message: 'kubelet: Pod checkout-7c9f6d5b8-qk2lp is not ready', subjects: ['checkout-7c9f6d5b8-qk2lp'], negative: true, rule: 'subject-predicate' },
  { message: 'gossip: member n2 failed', subjects: ['n2'], negative: true, rule: 'subject-predicate' },
  // Programs, scripts, helpers and collectors the narrator runs or sends to are units of their own.
  { message: 'ovpn-server: WARNING: Failed running command (--learn-address): external program exited with error status: 2', subjects: ['external program'], negative: true },
  { message: 'Keepalived_vrrp: script chk_haproxy exited with status 1', subjects: ['chk_haproxy'] },
  { message: 'Uploader: Collector returned HTTP 502, retrying in 30 s', subjects: ['Collector'] },
  // containerd's shim of a container.
  { message: 'containerd: level=info msg="shim disconnected" id=3f2a9c1b7d4e namespace=moby', subjects: ['shim'], negative: true },
  // A power supply, numbered or lettered.
  { message: 'PLATFORM_FEP: Switch 2: power supply A is not functioning', subjects: ['supply A'], negative: true },
];

const nonDiegetic: Example[] = [
  // A unit of any kind qualified by the narrator's whole name: its own.
  { message: 'watchdog: watchdog node state changed from [LEADER] to [WAITING FOR QUORUM]' },
  // The bare noun: the narrator's own unit, or no unit at all.
  { message: 'systemd: service started' },
  { message: 'dockerd: container created' },
  { message: 'Web: service ready' },
  { message: 'Auth: user bob logged in' },
  // A status, an adverb, an auxiliary or a verb right after the noun is no name.
  { message: 'app: service successfully started' },
  { message: 'app: server never responded' },
  { message: 'app: server then crashed' },
  { message: 'app: worker soon unreachable' },
  { message: 'app: service thus unavailable' },
  { message: 'app: service must restart' },
  { message: 'app: service returns error' },
  { message: 'app: service needs restart' },
  // Nor is the "-s" form of a word that is English by its ending.
  { message: 'app: service variables unavailable' },
  { message: 'app: node signals down' },
  { message: 'haproxy: server listening on port 443' },
  // A compound of two nouns, or an adjective before a fault: the second word is a part or a kind, not a name.
  { message: 'agent: service discovery failed' },
  { message: 'agent: service account is missing' },
  { message: 'systemd: service unit failed' },
  { message: 'kubelet: pod sandbox not ready' },
  { message: 'app: disk watermark exceeded' },
  { message: 'app: task deadline exceeded' },
  { message: 'app: database schema is up to date' },
  { message: 'app: database system is shut down' },
  { message: 'app: server internal error' },
  // A modifier before the noun makes the word after it the head of a compound.
  { message: 'app: high disk wear exceeded' },
  { message: 'app: slow node churn is degraded' },
  // Data and operations load, get ready, start, fail, complete and time out as units do: a lower-case word with such a
  // status may be a common noun the lexicon does not know, and is taken for a name only with a unit's own status.
  { message: 'Loader: service catalog loaded' },
  { message: 'app: plugin catalog ready' },
  { message: 'app: node inventory loaded' },
  { message: 'app: Server bootstrap is ready' },
  { message: 'dockerd: container exec started' },
  { message: 'redis: server cron started' },
  { message: 'app: process fork failed' },
  { message: 'app: host lookup failed' },
  { message: 'app: thread dump completed' },
  { message: 'app: client auth failed' },
  { message: 'app: server handshake timed out' },
  // A noun that names a unit only with a name says nothing of one bare.
  { message: 'app: dependency check failed' },
  { message: 'app: dependency loaded' },
  { message: 'app: Master is down' },
  // A script the narrator loads is its own; an installer is a servicing stack's own name for itself (CBS).
  { message: 'Loader: loading script' },
  { message: 'Planner: supply chain update failed' },
  { message: 'CBS: Trusted Installer is shutting down because: SHUTDOWN_REASON_AUTOSTOP' },
];

checkExamples('a lower-case name after a component noun', explain, diegetic, nonDiegetic);
