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
  // A unit named by a code of capitals and a number, or a capitalized word and a number, with a status a unit has.
  { message: 'Scada: RTU7 rejected the command', subjects: ['RTU7'], negative: true, rule: 'subject-predicate' },
  { message: 'Poller: Node3 is down', subjects: ['Node3'], negative: true, rule: 'subject-predicate' },
  // A party's report or confirmation: an acronym's (not a measure's, "40.0 MW"), a numbered unit's.
  { message: 'Grid: NCC confirmed the setpoint', subjects: ['NCC'], negative: false, rule: 'subject-predicate' },
  { message: 'Monitor: Pump4 reports low pressure', subjects: ['Pump4'], negative: false, rule: 'subject-predicate' },
  // A hardware part's reading compared with its threshold in words, the quantity named without its value; a part inserted.
  { message: 'Bmc: Fan 2 RPM is less than the lower critical threshold', subjects: ['Fan 2'], negative: true, rule: 'threshold' },
  { message: 'Bmc: PSU 1 was inserted', subjects: ['PSU 1'], negative: false, rule: 'subject-predicate' },
  // A fault detected on a part, a failure reported for it: the status first, the unit after.
  { message: 'Raid: Fault detected on Disk 2 in Backplane 1', subjects: ['Disk 2'], negative: true, rule: 'status-first' },
  { message: 'Raid: Predictive failure reported for Disk 6', subjects: ['Disk 6'], negative: true, rule: 'status-first' },
  // Capitals joined by hyphens with no status word in them designate a device.
  { message: 'Scada: SCADA-HMI disconnected', subjects: ['SCADA-HMI'], negative: true, rule: 'subject-predicate' },
  // The member that leads now, named after the news (past a key) or right before it.
  { message: 'Raft: new leader elected: id=store-2', subjects: ['store-2'], negative: false, rule: 'new-leader' },
  { message: 'Bus: cluster new metadata leader: mq-3/prod', subjects: ['mq-3'], negative: false, rule: 'new-leader' },
  { message: 'Kv: etcd-2 is the new leader', subjects: ['etcd-2'], negative: false, rule: 'new-leader' },
  // A UPS on battery, or back on mains.
  { message: 'Power: UPS-2 on battery, runtime 31 min', subjects: ['UPS-2'], negative: true, rule: 'subject-predicate' },
  { message: 'Power: UPS back on utility power', subjects: ['UPS'], negative: false, rule: 'subject-predicate' },
  // A program's start-up told of another: a single noun (a child launched), a restart, or not at the message's start.
  { message: 'Host: plugin started: path=/opt/x pid=31', subjects: ['plugin'], negative: false, rule: 'subject-predicate' },
  { message: 'Driver: device server restarted at 07:12', subjects: ['device server'], negative: false, rule: 'subject-predicate' },
  { message: 'Boot: after reboot, print spooler service started', subjects: ['spooler service'], negative: false, rule: 'subject-predicate' },
  // Work that went well, of another unit: one named before it or on it, or work with a name of its own.
  { message: 'Printer: MFP-2ndFloor job 118 completed, 4 pages', subjects: ['job 118'], negative: false, rule: 'subject-predicate' },
  { message: 'Check: last backup job on NAS02 finished with warnings', subjects: ['backup job'], negative: false, rule: 'subject-predicate' },
  { message: 'Jobs: Job nightly_export finished in 2.1s', subjects: ['nightly_export'], negative: false, rule: 'subject-predicate' },
  // An attribute's word before a unit's name: the unit's attribute.
  { message: 'Lrm: service status ct:305 started', subjects: ['ct:305'], negative: false, rule: 'subject-predicate' },
  // A noun that names a unit only with its name, with a party's reply after it; a party that asks for something.
  { message: 'Repl: Master replied to PING, continuing', subjects: ['Master'], negative: false, rule: 'subject-predicate' },
  { message: 'Repl: Replica 10.0.0.9:6380 asks for synchronization', subjects: ['10.0.0.9:6380'], negative: false, rule: 'subject-predicate' },
  // A unit's redundancy lost or restored.
  { message: 'Chassis: PSU 2 redundancy lost', subjects: ['PSU 2'], negative: true, rule: 'subject-predicate' },
  { message: 'Chassis: PSU 2 is not redundant', subjects: ['PSU 2'], negative: true, rule: 'subject-predicate' },
  // A failure, the step it befell, and the party it went to: after "trying", or closing the message after a colon.
  { message: "Resolver: timed out resolving 'api.shop.example/A/IN': 198.51.100.9#53", subjects: ['198.51.100.9#53'], negative: true, rule: 'party-closing-failure' },
  { message: 'Zones: refresh: failure trying primary 10.1.1.5#53 (source 0.0.0.0#0): timed out', subjects: ['10.1.1.5#53'], negative: true, rule: 'failed-trying' },
  { message: 'Proxy: error trying upstream cache-2', subjects: ['cache-2'], negative: true, rule: 'failed-trying' },
  // The narrator marks a unit with a state: its verdict on the unit, the news.
  { message: "Fo: Marking port 636 of server 'ldap2.example.org' as 'not working'", subjects: ['ldap2.example.org'], negative: true, rule: 'marked-as' },
  // A web server by its URL, with a status a unit has.
  { message: 'Mon: VMware service "https://vc01.example.net/sdk" is unavailable', subjects: ['https://vc01.example.net/sdk'], negative: true, rule: 'subject-predicate' },
  // A server that has gone away (a database client's words for a lost server).
  { message: 'Cdr: MySQL server has gone away', subjects: ['MySQL server'], negative: true, rule: 'subject-predicate' },
  // Hardware by its place, numbers joined by dots after its noun (not a version).
  { message: 'Ems: Disk 2.11.3 reported a predictive failure', subjects: ['Disk 2.11.3'], negative: true, rule: 'subject-predicate' },
  { message: 'Ems: Medium error on disk 1.0.7', subjects: ['disk 1.0.7'], negative: true, rule: 'failed-on' },
  // A unit missing from where it belongs.
  { message: 'Ems: Disk 1.0.9 is missing from the system', subjects: ['Disk 1.0.9'], negative: true, rule: 'subject-predicate' },
  // A unit that gave no response; a replica's synchronization.
  { message: 'Telemetry: RES-NORTH no response (timeout 10 s), missed polls 1/3', subjects: ['RES-NORTH'], negative: true, rule: 'subject-predicate' },
  { message: 'Dg: standby db-2 is UNSYNCHRONIZED', subjects: ['db-2'], negative: true, rule: 'subject-predicate' },
  { message: 'Poller: RTU7 no reply (3 of 3), RTU7 COMMS FAIL', subjects: ['RTU7'], negative: true, rule: 'subject-predicate' },
  // A unit back, or gone.
  { message: 'HbsCtl: OSR-3 heartbeat restored, screener rlin logged in', subjects: ['OSR-3'], negative: false, rule: 'check-report' },
  { message: 'multipathd: path sdc reinstated', subjects: ['sdc'], negative: false, rule: 'subject-predicate' },
  { message: "Afr: Subvolume 'vol1-client-0' came back up; going online.", subjects: ['vol1-client-0'], negative: false, rule: 'subject-predicate' },
  { message: 'Membership: peer db-2 went away', subjects: ['db-2'], negative: true, rule: 'subject-predicate' },
  { message: 'RedMgr: partner IXL-N1-B rejoined as STANDBY', subjects: ['IXL-N1-B'], negative: false, rule: 'subject-predicate' },
  // An error posting or pushing to a party (sending is the peer rules' request that failed).
  { message: 'Notifier: Error pushing alerts to http://10.0.5.22:9093/api', subjects: ['http://10.0.5.22:9093/api'], negative: true, rule: 'unreachable' },
  { message: 'Cdr: error posting to https://cdr.example.net/cdr: 502 Bad Gateway', subjects: ['https://cdr.example.net/cdr'], negative: true, rule: 'unreachable' },
  // An error opening a connection to a party.
  { message: "Repl: Error on opening a connection to peer node mysql-c:33061", subjects: ['mysql-c:33061'], negative: true, rule: 'unreachable' },
  { message: 'Pool: error opening connection to 10.0.0.2:5432', subjects: ['10.0.0.2:5432'], negative: true, rule: 'unreachable' },
  // A bare self noun where only another party can stand: the object of a failed connect.
  { message: "Odbc: Can't connect to server on 'db1.corp.example' (111)", subjects: ['server'], negative: true, rule: 'unreachable' },
  { message: 'Store: Unable to connect to the server', subjects: ['server'], negative: true, rule: 'unreachable' },
  // Units of a kind in the plural, the subject of their clause.
  { message: 'Resolver: The DNS servers are not responding', subjects: ['DNS servers'], negative: true, rule: 'subject-predicate' },
  { message: 'Balancer: all backend servers are down', subjects: ['backend servers'], negative: true, rule: 'subject-predicate' },
  { message: 'Chassis: The power supplies are not redundant.', subjects: ['power supplies'], negative: true, rule: 'subject-predicate' },
  { message: 'Resolver: SRV lookup failed: Could not contact DNS servers', subjects: ['DNS servers'], negative: true, rule: 'unreachable' },
  { message: 'Proxy: All workers exited. Exiting...', subjects: ['workers'], negative: false, rule: 'subject-predicate' },
  { message: 'Fgd: FortiGuard web filter rating servers are unreachable', subjects: ['servers'], negative: true, rule: 'subject-predicate' },
  // A link to a unit that failed; an address with BIND's "#port".
  { message: 'Relay: connection to db-4 failed', subjects: ['db-4'], negative: true, rule: 'link-ended' },
  { message: 'Resolver: notify to 10.1.2.3#53 failed: timed out', subjects: ['10.1.2.3#53'], negative: true, rule: 'subject-predicate' },
  // A CamelCase name led by an acronym.
  { message: 'GwMonitor: MDGateway did not answer heartbeat within 5000 ms', subjects: ['MDGateway'], negative: true, rule: 'subject-predicate' },
  // A unit not seen for a while; a state change written as an arrow, after a unit or a routing session's address.
  { message: 'Collector: proxy "edge-dc2" has not been seen for 612 seconds', subjects: ['edge-dc2'], negative: true, rule: 'subject-predicate' },
  { message: 'Tracker: interface Te1/0/1 line-protocol Up -> Down', subjects: ['Te1/0/1'], negative: true, rule: 'subject-predicate' },
  { message: 'bfdd: BFD session 10.8.0.2 (IFL 338) state Up -> Down', subjects: ['10.8.0.2'], negative: true, rule: 'host-acts' },
  { message: 'PumpLink: PMP-0031 state Idle -> Infusing', subjects: ['PMP-0031'], negative: false, rule: 'state-value' },
  // A host in capitals with its port.
  { message: 'VsrvCtl: connect to VS-A:3811 timed out', subjects: ['VS-A:3811'], negative: true, rule: 'subject-predicate' },
  { message: 'Ldap: DC01:389 not responding', subjects: ['DC01:389'], negative: true, rule: 'subject-predicate' },
  // A routing session's old and new states around the event that moved it (Junos, EOS); an interface by its full name.
  { message: 'rpd: bgp_event: peer 10.0.0.2 (External AS 65002) old state OpenConfirm event RecvKeepAlive new state Established', subjects: ['10.0.0.2'], negative: false, rule: 'state-value' },
  { message: 'Bgp: peer 10.0.1.2 (VRF default AS 65001) old state Established event HoldTimerExpired new state Idle', subjects: ['10.0.1.2'], negative: false, rule: 'state-value' },
  { message: 'Mlag: MLAG peer-link Port-Channel1000 is down', subjects: ['Port-Channel1000'], negative: true, rule: 'subject-predicate' },
  { message: 'LinkMon: TenGigabitEthernet1/0/4 is down', subjects: ['TenGigabitEthernet1/0/4'], negative: true, rule: 'subject-predicate' },
  // A unit powered on or off.
  { message: 'HostMon: VM erp-app01 powered off', subjects: ['erp-app01'], negative: true, rule: 'subject-predicate' },
  { message: 'Bmc: blade-07 powered up after 12 s', subjects: ['blade-07'], negative: false, rule: 'subject-predicate' },
  // A unit's change between quoted states (Proxmox's HA manager).
  { message: "HaMgr: node 'pve2': state changed from 'fence' => 'unknown'", subjects: ['pve2'], negative: false, rule: 'state-value' },
  // No acknowledgement from a system named by its acronym.
  { message: 'LisIface: no ACK from LIS for order MW2406 within 30 s, resending (1/3)', subjects: ['LIS'], negative: true, rule: 'report-from' },
  // A unit taken out of service for its own bad news, given as the reason.
  { message: 'HeartbeatReceiver: Removing executor 2 with no recent heartbeats: 141208 ms exceeds timeout 120000 ms', subjects: ['executor 2'], negative: true, rule: 'removed-for-failure' },
  { message: 'Lb: Removing backend web-2 from pool: health check failed', subjects: ['web-2'], negative: true, rule: 'removed-for-failure' },
  { message: 'Lb: Disabled server web-3 after 3 failed checks', subjects: ['web-3'], negative: true, rule: 'removed-for-failure' },
  // systemd's news of a unit it labels: a status anywhere in the first clause, what the unit used, a restart loop.
  { message: 'systemd: orders-worker.service: Watchdog timeout (limit 30s)!', subjects: ['orders-worker.service'], negative: true, rule: 'labelled-unit' },
  { message: 'systemd: mnt-archive.mount: Mounting timed out. Terminating.', subjects: ['mnt-archive.mount'], negative: true, rule: 'labelled-unit' },
  { message: 'systemd: backup-db.service: Consumed 6min 51.402s CPU time.', subjects: ['backup-db.service'], negative: false, rule: 'labelled-unit' },
  { message: 'systemd: orders-worker.service: Start request repeated too quickly.', subjects: ['orders-worker.service'], negative: true, rule: 'labelled-unit' },
  // MySQL's fields, a key and a quoted value after a colon: the client's host whose connection broke.
  { message: "mysqld: Aborted connection 402 to db: 'orders' user: 'app_rw' host: '10.20.1.44' (Got an error reading communication packets)", subjects: ['10.20.1.44'], negative: true, rule: 'field-subject' },
  // A device's code of capitals and underscores with a digit (an IEC 61850 IED), with a status a unit has.
  { message: 'MmsClient: THRN_F_Q07 did not answer initiate request within 5000 ms', subjects: ['THRN_F_Q07'], negative: true, rule: 'subject-predicate' },
  { message: 'MmsClient: THRN_BCU_E04 (10.61.1.44) rejected association: max associations reached (4/4)', subjects: ['THRN_BCU_E04'], negative: true, rule: 'subject-predicate' },
  // A request to a quoted party, named by its shape alone, not answered.
  { message: "charon: RADIUS Accounting-Request to 'rad-b' timed out after 3 retransmits", subjects: ['rad-b'], negative: true, rule: 'subject-predicate' },
  // Traefik's fields, a capitalized key and a quoted value after a colon: the backend whose health check failed.
  { message: 'traefik: Health check failed, removing from server list. Backend: "erp@file" URL: "http://10.40.0.30:8069" Weight: 1', subjects: ['erp@file'], negative: true, rule: 'field-subject' },
  // Contracted "not": the status phrases' contracted forms, and a link word with its "not" turning the status around.
  { message: "Mon: server db-1 didn't answer", subjects: ['db-1'], negative: true, rule: 'subject-predicate' },
  { message: "Mon: node-3 isn't reachable", subjects: ['node-3'], negative: true, rule: 'subject-predicate' },
  { message: "Mon: node-3 wasn't down", subjects: ['node-3'], negative: false, rule: 'subject-predicate' },
  { message: "charon: peer didn't accept DH group MODP_2048, it requested ECP_256", subjects: ['peer'], negative: true, rule: 'subject-predicate' },
  // systemd's mounts; a link's carrier lost and regained; a health check still failing for the backend a field names.
  { message: 'systemd: Failed to mount mnt-archive.mount - /mnt/archive.', subjects: ['mnt-archive.mount'], negative: true, rule: 'supervised-unit' },
  { message: 'systemd: Mounted mnt-archive.mount - /mnt/archive.', subjects: ['mnt-archive.mount'], negative: false, rule: 'supervised-unit' },
  { message: 'systemd-networkd: ens3: Gained carrier', subjects: ['ens3'], negative: false, rule: 'device-prefix' },
  { message: 'traefik: Health check still failing. Backend: "erp@file" URL: "http://10.40.0.30:8069" Reason: received error status code: 502', subjects: ['erp@file'], negative: true, rule: 'field-subject' },
  // A check's good result for the unit a field names.
  { message: 'traefik: Health check up: returning to server list. Backend: "erp@file" URL: "http://10.40.0.31:8069" Weight: 1', subjects: ['erp@file'], negative: false, rule: 'field-subject' },
  { message: 'kubelet: "Probe succeeded" probeType="Readiness" pod="shop/api-7c9f"', subjects: ['shop/api-7c9f'], negative: false, rule: 'field-subject' },
  // A named source (chronyd's time sources, a feed's source) as a unit.
  { message: 'chronyd: Source 10.50.0.2 offline', subjects: ['10.50.0.2'], negative: true, rule: 'subject-predicate' },
  // A report from a kind of unit named by no name: its sender is another party; a report noun with its code.
  { message: 'locationd: NETWORK: no response from server, reachability, 2, queryRetries, 1', subjects: ['server'], negative: true, rule: 'report-from' },
  { message: 'mysqld: Got fatal error 1236 from master when reading data from binary log', subjects: ['master'], negative: true, rule: 'report-from' },
  { message: 'exim: 1sKa2b-000Ab1-3C == j.doe@far.example R=dnslookup T=remote_smtp defer (-44) H=mx.far.example [203.0.113.9]: SMTP error from remote mail server after RCPT TO:<j.doe@far.example>: 451 4.7.1 Greylisted', subjects: ['mail server'], negative: true, rule: 'report-from' },
  // A bare link's bad news after a failed reach names the party reached, at a local address too.
  { message: 'app: Could not connect to Redis at 127.0.0.1:6379: Connection refused', subjects: ['Redis'], negative: true, rule: 'unreachable' },
  // A host ejected from its cluster by outlier detection (Envoy).
  { message: 'upstream: outlier detection: ejecting host 10.40.3.18:8080 in cluster orders', subjects: ['10.40.3.18:8080'], negative: true, rule: 'lifecycle' },
  // A RADIUS server's answer, an acceptance or a rejection.
  { message: "charon: received RADIUS Access-Reject from server 'rad-b'", subjects: ['rad-b'], negative: true, rule: 'reply-from' },
  { message: "charon: received RADIUS Access-Accept from server 'rad-b'", subjects: ['rad-b'], negative: false, rule: 'reply-from' },
  // A unit named by every capitalized word before its noun, as Windows names its services.
  { message: 'Scm: The Print Spooler service terminated unexpectedly.', subjects: ['Print Spooler service'], negative: true, rule: 'subject-predicate' },
  { message: 'Aaa: Marking LDAP server 10.9.1.4 in group AD-LDAP as FAILED', subjects: ['10.9.1.4'], negative: true, rule: 'marked-as' },
  // A proxy named by another narrator than a proxy is a unit.
  { message: 'Monitor: Proxy fe_https stopped', subjects: ['fe_https'], negative: false, rule: 'subject-predicate' },
  // A state in capitals after "administratively" is still the unit's news (HAProxy).
  { message: 'haproxy: Server be_api/api-06 administratively READY thanks to valid DNS answer.', subjects: ['be_api/api-06'], negative: false, rule: 'subject-predicate' },
  // A unit's name behind the bracketed labels an ODBC driver glues before its error text.
  { message: 'app: [MySQL][ODBC 8.0(w) Driver][mysqld-8.0.36]MySQL server has gone away', subjects: ['MySQL server'], negative: true, rule: 'subject-predicate' },
  // A ping or a probe of a unit is its check: only a unit answers one.
  { message: 'Mon: ping to web-2 failed', subjects: ['web-2'], negative: true, rule: 'check-report' },
  { message: 'Mon: Probe failed on db-3: timeout', subjects: ['db-3'], negative: true, rule: 'check-report' },
  // A party in brackets after a failed reach (Elasticsearch).
  { message: 'es: failed to ping [node-3]: timeout', subjects: ['node-3'], negative: true, rule: 'unreachable' },
  // An acronym the lexicon knows as a word is no name after a component noun ("peer URL").
  { message: 'etcd: failed to reach the peer URL https://10.0.0.3:2380 of member 8e9e05c52164694d', subjects: ['peer'], negative: true, rule: 'unreachable' },
  // A Windows service with its instance in parentheses.
  { message: 'Scm: The SQL Server (MSSQLSERVER) service entered the running state.', subjects: ['SQL Server (MSSQLSERVER) service'], negative: false, rule: 'state-entry' },
  // A memory controller's error, as EDAC reports it.
  { message: 'kernel: EDAC MC0: 1 CE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0', subjects: ['EDAC MC0'], negative: true, rule: 'device-prefix' },
  // A link severed, after the socket to its party (Blue Gene/L's ciod).
  { message: 'ciod: Error reading message prefix after LOAD_MESSAGE on CioStream socket to 172.16.96.41:41087, Link has been severed', subjects: ['172.16.96.41:41087'], negative: true, rule: 'subject-predicate' },
  // A state constant of hyphenated words.
  { message: 'SubCtl: SUB-1 status ON-AIR, inserting line 21', subjects: ['SUB-1'], negative: false, rule: 'state-value' },
  { message: 'dispatcher: Node worker-3 change state Active --> Failed', subjects: ['worker-3'], negative: true, rule: 'subject-predicate' },
  { message: 'Poller: printer lab-prn2 status changed idle -> stopped', subjects: ['lab-prn2'], negative: false, rule: 'subject-predicate' },
  { message: 'ModuleB: ModuleA integrity check. Status OK.', subjects: ['ModuleA'], negative: false, rule: 'check-report' },
  { message: 'Watchdog: IndexerService is not responding', subjects: ['IndexerService'], negative: true, rule: 'subject-predicate' },
  { message: 'Supervisor: worker-12 has died', subjects: ['worker-12'], negative: true, rule: 'subject-predicate' },
  // "not" turns the status after it around.
  { message: 'Scanner: Filter driver ctxflt.sys is not loaded', subjects: ['ctxflt.sys'], negative: true, rule: 'subject-predicate' },
  { message: 'Prober: worker-12 is not down after all', subjects: ['worker-12'], negative: false, rule: 'subject-predicate' },
  { message: 'RestClient: server returned HTTP 503 Service Unavailable', subjects: ['server'], negative: true, rule: 'subject-predicate' },
  { message: 'Placement: node cache-04 is overloaded, shedding 30 sessions', subjects: ['cache-04'], negative: true, rule: 'subject-predicate' },
  { message: 'Gateway: upstream node db-7 did not respond, marked unreachable', subjects: ['db-7'], negative: true, rule: 'subject-predicate' },
  { message: 'Scheduler: job nightly-backup finished', subjects: ['nightly-backup'], negative: false, rule: 'subject-predicate' },
  // A hedge ("is suspected to have", "seems to be") or where the unit is ("in stage 1.1") before its status.
  { message: 'GroupMonitor: Member db-3:33061 is suspected to have failed', subjects: ['db-3:33061'], negative: true, rule: 'subject-predicate' },
  { message: 'Watchdog: worker-3 seems to be down', subjects: ['worker-3'], negative: true, rule: 'subject-predicate' },
  { message: 'TaskSetManager: Task 0 in stage 1.1 failed 4 times; aborting job', subjects: ['Task 0'], negative: true, rule: 'subject-predicate' },
  { message: 'ArrayMgr: Disk 3 in enclosure E2 failed', subjects: ['Disk 3'], negative: true, rule: 'subject-predicate' },
  // Statuses of use and fault: inaccessible, (non-)operational, faulted, no longer part of.
  { message: 'Monitor: volume vol7 is inaccessible', subjects: ['vol7'], negative: true, rule: 'subject-predicate' },
  { message: 'Balancer: backend api-2 is non-operational', subjects: ['api-2'], negative: true, rule: 'subject-predicate' },
  { message: 'Checker: link eth2 is operational again', subjects: ['eth2'], negative: false, rule: 'subject-predicate' },
  { message: "HaAgent: resource 'app_ip' faulted", subjects: ['app_ip'], negative: true, rule: 'subject-predicate' },
  { message: 'Membership: node-4 is no longer part of the cluster', subjects: ['node-4'], negative: true, rule: 'subject-predicate' },
  { message: 'HaEngine: Group appsg is online on system sfha01', subjects: ['appsg'], negative: false, rule: 'subject-predicate' },
  { message: 'HaEngine: Group appsg has been probed on system sfha01', subjects: ['appsg'], negative: false, rule: 'subject-predicate' },
  { message: 'NrfSvc: pcf-1 missed 3 heartbeats, status REGISTERED -> SUSPENDED', subjects: ['pcf-1'], negative: true, rule: 'subject-predicate' },
  { message: 'SmfPfcp: PFCP Heartbeat Request to upf-1 timed out after 3 retransmissions', subjects: ['upf-1'], negative: true, rule: 'subject-predicate' },
  { message: 'Prober: echo request to node db-2 unanswered', subjects: ['db-2'], negative: true, rule: 'subject-predicate' },
  // A name in parentheses right after its noun.
  { message: 'HaEngine: Resource(app_svc) became OFFLINE unexpectedly on its own', subjects: ['app_svc'], negative: true, rule: 'subject-predicate' },
  { message: 'Pool: worker(3) died', subjects: ['worker(3)'], negative: true, rule: 'subject-predicate' },
  { message: 'Health: Dependency [payments-api] DEGRADED (p95 2400 ms)', subjects: ['payments-api'], negative: true, rule: 'subject-predicate' },
  { message: 'Kernel: rejecting I/O to offline device', subjects: ['offline device'], negative: true, rule: 'attributive' },
  // Roles taken, lag, sync, a full disk, a slow answer.
  { message: 'Replset: db-2 is now the primary', subjects: ['db-2'], negative: false, rule: 'state-value' },
  { message: 'Cluster: db-3 became leader', subjects: ['db-3'], negative: false, rule: 'subject-predicate' },
  { message: 'Replication: replica db-2 is lagging behind by 30 seconds', subjects: ['db-2'], negative: true, rule: 'subject-predicate' },
  { message: 'Monitor: db-2 is out of sync', subjects: ['db-2'], negative: true, rule: 'subject-predicate' },
  { message: 'Storage: Disk sdb is full', subjects: ['sdb'], negative: true, rule: 'subject-predicate' },
  { message: 'Gateway: payments-api took too long to respond', subjects: ['payments-api'], negative: true, rule: 'subject-predicate' },
  { message: 'Installer: driver usbstor.sys version 10.2 loaded', subjects: ['usbstor.sys'], negative: false, rule: 'subject-predicate' },
  // An Erlang node's name (name@host) is no person's address; nor is a systemd template unit.
  { message: "ns_server: Node 'ns_1@cb-4.corp.example' is down", subjects: ['ns_1@cb-4.corp.example'], negative: true, rule: 'subject-predicate' },
  { message: 'systemd: nut-driver@ups-c.service: Failed with result \'exit-code\'.', subjects: ['nut-driver@ups-c.service'], negative: true, rule: 'labelled-unit' },
  // A process that exits, in the present tense too.
  { message: 'main: PCP child 2213 exits with status 0 in failover()', subjects: ['child 2213'], negative: false, rule: 'subject-predicate' },
  { message: 'pcp_main: PCP process with pid: 2301 exit with SUCCESS.', subjects: ['pid: 2301'], negative: false, rule: 'subject-predicate' },
  // A name in brackets after the unit's noun: the predicate follows the bracket.
  { message: 'EventEngine: Event processor <geo-anomaly/64b11f66d2c3> is running behind, catching up from 02:00', subjects: ['Event processor'], negative: false, rule: 'subject-predicate' },
  // A Kubernetes pod by its name (deployment, template hash, suffix), here with its namespace and stream number.
  { message: 'ads: ADS: "10.70.3.22:38812" cart-v2-6c9f4d8b7-lm2xt.shop-1 terminated', subjects: ['cart-v2-6c9f4d8b7-lm2xt.shop-1'], negative: true, rule: 'subject-predicate' },
  // A request another party refused.
  { message: 'WtgComm: WTG07 start refused by turbine controller: pitch fault latched', subjects: ['turbine controller'], negative: true, rule: 'refused-by' },
  // The member a cluster's role falls to.
  { message: 'main: find_primary_node: standby node is 2', subjects: ['node 2'], negative: false, rule: 'role-holder' },
  { message: 'pmxcfs: [dcdb] notice: leader is 3/1402', subjects: ['3/1402'], negative: false, rule: 'role-holder' },
  // A lock or lease another instance holds: its leadership.
  { message: 'leaderelection: lock is held by cp-03_2f1c9a7e-5d4b-4e8a-9c21-7b3e0d6f1a42 and has not yet expired', subjects: ['cp-03_2f1c9a7e-5d4b-4e8a-9c21-7b3e0d6f1a42'], negative: false, rule: 'lock-holder' },
  // A unit carrying a load, weighed.
  { message: 'HoistCtl: SKIP-B loaded 17.9 t (flask weigh 17.9 t, limit 19.5 t)', subjects: ['SKIP-B'], negative: false, rule: 'subject-predicate' },
  // A unit that loaded itself, even one named only by its shape.
  { message: "FltMgr: File System Filter 'AvFlt' has successfully loaded and registered", subjects: ['AvFlt'], negative: false, rule: 'subject-predicate' },
  { message: 'Balancer: backend cache03:6379 returned error 5', subjects: ['cache03:6379'], negative: true, rule: 'subject-predicate' },
  { message: 'Collector: status: QueueAgent=DOWN', subjects: ['QueueAgent'], negative: true, rule: 'subject-predicate' },
  { message: 'Kernel: Process com.example.mail (pid 4411) has died', subjects: ['com.example.mail'], negative: true, rule: 'subject-predicate' },
  { message: 'Orchestrator: BillingSvc health OK', subjects: ['BillingSvc'], negative: false, rule: 'check-report' },
  { message: 'Monitor: status of ArchiveAgent after restart: failed', subjects: ['ArchiveAgent'], negative: true, rule: 'check-report' },
  // A health check's status around the check noun; the unit by its shape alone (api-2) needs a check only a unit has.
  { message: 'Balancer: Health check for api-2 failed', subjects: ['api-2'], negative: true, rule: 'check-report' },
  { message: 'Balancer: Health check failed for api-2', subjects: ['api-2'], negative: true, rule: 'check-report' },
  { message: 'Balancer: api-2 failed its health check', subjects: ['api-2'], negative: true, rule: 'check-report' },
  { message: 'Cluster: Heartbeat timed out for node-3', subjects: ['node-3'], negative: true, rule: 'check-report' },
  // A path whose leaf is an address names the unit there (F5's partition paths); any other path is data.
  { message: 'Ltm: Pool /Common/p_web member /Common/10.1.20.11:80 monitor status down', subjects: ['/Common/10.1.20.11:80'], negative: true, rule: 'check-report' },
  // A qualifier and its value between a unit and its check or status.
  { message: 'Ltm: Node /Common/10.1.30.14 address 10.1.30.14 monitor status down', subjects: ['/Common/10.1.30.14'], negative: true, rule: 'check-report' },
  { message: 'Pool: node db-2 address 10.0.0.5 is down', subjects: ['db-2'], negative: true, rule: 'subject-predicate' },
  { message: 'Reaper: Killing 4411:com.example.mail/u0a77 (adj 900): idle', subjects: ['4411:com.example.mail/u0a77'], negative: true, rule: 'lifecycle' },
  { message: 'Tracker: Expiring session 0x3f2a after 3 missed heartbeats, lease lost', subjects: ['session 0x3f2a'], negative: true, rule: 'lifecycle' },
  // The object of a fate verb may be quoted, or carry its type as a label glued to it.
  { message: "oomd: Killing 'org.example.reader' (4410), score 800, to free 30MB", subjects: ['org.example.reader'], negative: true, rule: 'lifecycle' },
  { message: 'Allocator: Killing taskAttempt:attempt_1500000000001_0007_m_000002_0 because its node went bad', subjects: ['attempt_1500000000001_0007_m_000002_0'], negative: true, rule: 'lifecycle' },
  { message: 'HttpClient: error from AuthServer after 40 ms', subjects: ['AuthServer'], negative: true, rule: 'report-from' },
  { message: 'Relay: unable to connect to broker mq01:5672', subjects: ['mq01:5672'], negative: true, rule: 'unreachable' },
  // The party as the verb's object: contact, reach, ping.
  { message: 'Kerberos: Unable to contact kdc.corp.example', subjects: ['kdc.corp.example'], negative: true, rule: 'unreachable' },
  { message: 'Agent: could not reach host db-2', subjects: ['db-2'], negative: true, rule: 'unreachable' },
  { message: 'Allocator: Error while contacting the ResourceManager', subjects: ['ResourceManager'], negative: true, rule: 'unreachable' },
  { message: 'Probe: failed to ping 10.0.0.7', subjects: ['10.0.0.7'], negative: true, rule: 'unreachable' },
  // A numbered one of a module's own kind is another instance ("app.worker" of Python logging, its last part narrating).
  { message: 'worker: Worker 2 died unexpectedly (exit code -9), restarting', subjects: ['Worker 2'], negative: true, rule: 'subject-predicate' },
  // A state word, "is", and the state as a constant; a stopped unit.
  { message: 'search: Elasticsearch cluster health is RED', subjects: ['Elasticsearch cluster'], negative: false, rule: 'state-value' },
  { message: 'ServiceWatcher: Service wuauserv is STOPPED (start type: manual)', subjects: ['wuauserv'], negative: false, rule: 'subject-predicate' },
  // A well-known infrastructure product is a component by its name (the lexicon's componentNames).
  { message: 'RedisHealthIndicator: Redis health check failed', subjects: ['Redis'], negative: true, rule: 'check-report' },
  // A check of a host given by its address, then its outcome.
  { message: 'NetProbe: Ping to 10.0.0.254 timed out', subjects: ['10.0.0.254'], negative: true, rule: 'host-check' },
  { message: 'NetProbe: heartbeat to 10.1.2.3 OK', subjects: ['10.1.2.3'], negative: false, rule: 'host-check' },
  { message: 'Election: cannot open channel to 4 at election address /10.0.0.4:3888', subjects: ['channel 4'], negative: true, rule: 'unreachable' },
  { message: 'Launcher: Scheduling restart of crashed service com.example.sync', subjects: ['com.example.sync'], negative: true, rule: 'attributive' },
  { message: 'PowerHal: refresh isBatteryCharging: true', subjects: ['Battery'], negative: false, rule: 'device-state' },
  { message: 'Election: vote received, LEADING (peer.state), 4 (peer.id)', subjects: ['peer'], negative: false, rule: 'state-field' },
  { message: 'Checkout: Payment gateway returned HTTP 502', subjects: ['Payment gateway'], negative: false, rule: 'subject-predicate' },
  { message: 'Front: Client attempting to resume stream 12', subjects: ['Client'], negative: false, rule: 'subject-predicate' },
  // Units of cluster schedulers, service managers and drivers (unitRules.ts and the lexicon's unit patterns).
  { message: 'ProgressListener: Progress of TaskAttempt attempt_1500000000001_0007_m_000004_1 is : 0.62', subjects: ['attempt_1500000000001_0007_m_000004_1'], negative: false, rule: 'progress' },
  { message: 'Tracker: progress for job job_1500000000001_0007 = 40%', subjects: ['job_1500000000001_0007'], negative: false, rule: 'progress' },
  { message: 'Scheduler: Finished task 12.0 in stage 4.0 (TID 88) in 930 ms on worker-node-5 (executor 7) (3/40)', subjects: ['12.0'], negative: false, rule: 'remote-outcome' },
  { message: 'Scheduler: Failed task 2.1 (TID 9) on 10.0.0.17 after 3 attempts', subjects: ['2.1'], negative: true, rule: 'attributive' },
  { message: 'systemd: Failed to start Backup Agent Daemon.', subjects: ['Backup Agent Daemon'], negative: true, rule: 'supervised-unit' },
  { message: 'systemd: Started Session 7 of user alice.', subjects: ['Session 7 of user alice'], negative: false, rule: 'supervised-unit' },
  // A unit file's name before its description names the unit; a description alone may hold a dash.
  { message: 'systemd: Started nginx.service - A high performance web server and a reverse proxy server.', subjects: ['nginx.service'], negative: false, rule: 'supervised-unit' },
  { message: 'systemd: Failed to start user@1000.service - User Manager for UID 1000.', subjects: ['user@1000.service'], negative: true, rule: 'supervised-unit' },
  { message: 'systemd: Started Backup - Nightly Run.', subjects: ['Backup - Nightly Run'], negative: false, rule: 'supervised-unit' },
  { message: 'kernel: [  812.004411] usb 3-2: device descriptor read/8, error -110', subjects: ['usb 3-2'], negative: true, rule: 'device-prefix' },
  { message: 'kernel: sd 2:0:0:0: [sdc] Unhandled error code', subjects: ['sd 2:0:0:0'], negative: true, rule: 'device-prefix' },
  // A failure to do something is bad news of the device too; a monitor may label the device node it names.
  { message: 'kernel: usb usb3-port2: unable to enumerate USB device', subjects: ['usb usb3-port2'], negative: true, rule: 'device-prefix' },
  { message: 'smartd: Device: /dev/sdc [SAT], 12 Currently unreadable (pending) sectors', subjects: ['Device: /dev/sdc [SAT]'], negative: true, rule: 'device-prefix' },
  { message: 'smartd: Device: /dev/nvme0n1, failed to read SMART Attribute Data', subjects: ['Device: /dev/nvme0n1'], negative: true, rule: 'device-prefix' },
  { message: 'AppWatch: ANR in com.example.notes (com.example.notes/.EditActivity)', subjects: ['com.example.notes'], negative: true, rule: 'status-first' },
  { message: 'Pool: crash of worker-9 while reindexing', subjects: ['worker-9'], negative: true, rule: 'status-first' },
  { message: 'proxy: no live upstreams while connecting to upstream', subjects: ['upstreams'], negative: true, rule: 'status-first' },
  // Android names a running unit by its record ("Kind{hash uN name}"); a type label may stand before it.
  { message: 'Watcher: timeout executing service: ServiceRecord{1f2e3d4 u10 org.example.backup/.BackupService}', subjects: ['ServiceRecord{1f2e3d4 u10 org.example.backup/.BackupService}'], negative: true, rule: 'status-first' },
  { message: 'Compositor: Window{a1b2c3d u0 org.example.notes/.EditActivity} has died', subjects: ['Window{a1b2c3d u0 org.example.notes/.EditActivity}'], negative: true, rule: 'subject-predicate' },
  // A bare word for a kind of unit, bad news, and the unit's name after a colon, alone in its clause.
  { message: 'InputRouter: Application is not responding: Window{a1b2c3d u0 org.example.notes/.EditActivity}.  Waited 5 s', subjects: ['Window{a1b2c3d u0 org.example.notes/.EditActivity}'], negative: true, rule: 'named-after-status' },
  { message: 'Registry: Service died: org.example.sync', subjects: ['org.example.sync'], negative: true, rule: 'named-after-status' },
  { message: 'Allocator: Received completed container container_1500000000001_0007_01_000003', subjects: ['container_1500000000001_0007_01_000003'], negative: false, rule: 'attributive' },
  { message: 'Driver: Lost executor 4 on node-12 after 3 missed heartbeats', subjects: ['executor 4'], negative: true, rule: 'attributive' },
  // A bare link's status is its party's: the link noun is not the subject.
  { message: 'Consumer: Lost connection to broker kafka-2:9092', subjects: ['kafka-2:9092'], negative: true, rule: 'attributive' },
  { message: 'Replicator: Lost connection with 10.0.4.17 after 30 s', subjects: ['10.0.4.17'], negative: true, rule: 'attributive' },
  { message: 'Tracker: Diagnostics report from attempt_1500000000001_0007_r_000000_0 follows', subjects: ['attempt_1500000000001_0007_r_000000_0'], negative: false, rule: 'report-from' },
  { message: 'Registry: service \'media.audio\' died', subjects: ['media.audio'], negative: true, rule: 'subject-predicate' },
  { message: 'Dispatcher: input channel is unrecoverably broken', subjects: ['input channel'], negative: true, rule: 'subject-predicate' },
  { message: 'Backend: Container marked as failed: exit status 137', subjects: ['Container'], negative: true, rule: 'subject-predicate' },
  { message: 'Worker: Driver 10.1.1.4:7077 disassociated! Shutting down.', subjects: ['10.1.1.4:7077'], negative: true, rule: 'subject-predicate' },
  { message: 'sshd: Connection closed by 203.0.113.9 port 4411 [preauth]', subjects: ['203.0.113.9'], negative: true, rule: 'subject-predicate' },
  { message: 'kernel: wlan1: carrier link becomes ready', subjects: ['carrier link'], negative: false, rule: 'subject-predicate' },
  // A parent process reports its children: "child" is a component noun, "did not exit" a status of the child.
  { message: 'Prefork: child process 5120 still did not exit, sending SIGKILL', subjects: ['process 5120'], negative: true, rule: 'subject-predicate' },
  { message: 'Master: long lost child came home (pid 3301)', subjects: ['lost child'], negative: true, rule: 'attributive' },
  // A state named as a place ("is in the X state"), and a name in quotes that a CSV or JSON export escaped.
  { message: 'Inventory: Component \\"fan-tray2\\" is in the unavailable state (HWID=77)', subjects: ['fan-tray2'], negative: true, rule: 'subject-predicate' },
  { message: "Health: volume 'data01' is in the degraded state", subjects: ['data01'], negative: true, rule: 'subject-predicate' },
  { message: 'Fabric: interface ib1 went down', subjects: ['ib1'], negative: true, rule: 'subject-predicate' },
  // Only a direction word before "to"/"by" and a quantity moves that quantity: a failure to reach an address stays one.
  { message: 'Gateway: connection failed to 10.20.30.40:8443', subjects: ['connection to 10.20.30.40:8443'], negative: true, rule: 'subject-predicate' },
  // A program named as it is run, opening the message, with an event only a running program undergoes.
  { message: 'Supervisor: ypbind died', subjects: ['ypbind'], negative: true, rule: 'program-event' },
  { message: 'Master: slurm_ctld has been restarted.', subjects: ['slurm_ctld'], negative: false, rule: 'program-event' },
  { message: 'Launcher: gmond exited abnormally, 3 restarts, marked failed', subjects: ['gmond'], negative: true, rule: 'program-event' },
  { message: 'Watchdog: mountd was restarted', subjects: ['mountd'], negative: false, rule: 'program-event' },
  { message: 'Uploader: connection refused by server', subjects: ['connection'], negative: true, rule: 'subject-predicate' },
  { message: 'Balancer: failed to make connection to backend pool-b', subjects: ['pool-b'], negative: true, rule: 'unreachable' },
  // A failure named before the reach it happened in; an article before the party is not its name.
  { message: 'Client: error while connecting to 10.0.0.5:5432', subjects: ['10.0.0.5:5432'], negative: true, rule: 'unreachable' },
  { message: 'Sync: failed connecting to ldap01', subjects: ['ldap01'], negative: true, rule: 'unreachable' },
  { message: 'Client: unable to connect to the database: bad password', subjects: ['database'], negative: true, rule: 'unreachable' },
  { message: 'Sync: could not establish a connection with replica db-3', subjects: ['db-3'], negative: true, rule: 'unreachable' },
  // A name of letters and digits joined by "_", its last part a capitalised designation, is component-shaped as "worker-7" is.
  { message: 'Collector: Storage_B3 is up again', subjects: ['Storage_B3'], negative: false, rule: 'subject-predicate' },
  { message: 'Fabric: rack_C12 went down', subjects: ['rack_C12'], negative: true, rule: 'subject-predicate' },
  { message: 'Poller: cabinet_R4 did not respond after 3 polls', subjects: ['cabinet_R4'], negative: true, rule: 'subject-predicate' },
  // An errno glued before a word ("(111)Connection") is no part of it: the word is read without it.
  { message: 'Relay: (111)Connection refused: attempt to connect to 10.0.0.9:5432 failed', subjects: ['Connection to 10.0.0.9:5432'], negative: true, rule: 'subject-predicate' },
  { message: 'Fetcher: (104)Connection reset by peer while reading the reply', subjects: ['Connection'], negative: true, rule: 'subject-predicate' },
  // "answer from X": a determiner and a bracket may stand before X, and "no" makes the report a negative one.
  { message: 'Poller: got no answer from any [Storage_B3] source', subjects: ['Storage_B3'], negative: true, rule: 'report-from' },
  { message: 'LdapClient: no reply from the server LDAP2 within 5 s', subjects: ['LDAP2'], negative: true, rule: 'report-from' },
  { message: 'Api: Reply from node-3: rejected', subjects: ['node-3'], negative: true, rule: 'subject-predicate' },
  // An acronym that answers names a service ("NRF", "LDAP", "DNS").
  { message: 'UdmSvc: NRF answered 201 Created, udm-1 registered', subjects: ['NRF'], negative: false, rule: 'subject-predicate' },
  { message: 'Auth: LDAP returned error 49', subjects: ['LDAP'], negative: true, rule: 'subject-predicate' },
  { message: 'RpcClient: Catalog.BeginTransaction returned S_OK, txn 88120', subjects: ['Catalog.BeginTransaction'], negative: false, rule: 'subject-predicate' },
  { message: 'Walsender: standby "pg-replica-2" is now a synchronous standby with priority 1', subjects: ['pg-replica-2'], negative: false, rule: 'state-value' },
  { message: 'Gossip: heartbeat from \'replica-4\' after 12 s', subjects: ['replica-4'], negative: false, rule: 'report-from' },
  { message: 'Probe: no error from backend db-2 in 60 s', subjects: ['db-2'], negative: false, rule: 'report-from' },
  // A state or status update is a report too: the sender tells its own state.
  { message: 'Listener: Commit-pending state update from attempt_1500000000001_0007_r_000000_0', subjects: ['attempt_1500000000001_0007_r_000000_0'], negative: false, rule: 'report-from' },
  { message: 'Coordinator: status update from worker-4 after 30 s', subjects: ['worker-4'], negative: false, rule: 'report-from' },
  // A channel noun, the party it leads to, then bad news: the other side's link broke.
  { message: 'Hypervisor: Connection to qemu-agent lost: 2', subjects: ['qemu-agent'], negative: true, rule: 'link-ended' },
  { message: 'Ha: Connection with peer 10.10.10.2:1029 for traffic-group /Common/tg-1 lost.', subjects: ['10.10.10.2:1029'], negative: true, rule: 'link-ended' },
  { message: "AmfNgap: SCTP association with gNB 0x00019b (port-south-1) lost: ABORT received", subjects: ['gNB 0x00019b'], negative: true, rule: 'link-ended' },
  // A bare "connection" ending an error chain is the link with the party that opens the chain.
  { message: 'Poller: upstream 10.0.3.10:6443: connect: connection refused', subjects: ['10.0.3.10:6443'], negative: true, rule: 'subject-predicate' },
  { message: 'Poller: connection refused', subjects: ['connection'], negative: true, rule: 'subject-predicate' },
  // The party of an error chain goes with its address; a component right before a bare link, or the device a driver's
  // message opens with, owns the link.
  { message: 'smtp: connect to relay.example.net[198.51.100.4]:25: Connection refused', subjects: ['relay.example.net[198.51.100.4]:25'], negative: true, rule: 'subject-predicate' },
  { message: 'Cache: redis-cache connection lost', subjects: ['redis-cache'], negative: true, rule: 'subject-predicate' },
  { message: 'kernel: enp3s0: link down', subjects: ['enp3s0'], negative: true, rule: 'subject-predicate' },
  { message: 'kernel: [ 8123.004411] wlan0: link is up', subjects: ['wlan0'], negative: false, rule: 'subject-predicate' },
  // The agent of a bare link's ending is the party: "closed by 203.0.113.9".
  { message: 'Relay: Connection refused by mx2.example.org[192.0.2.5] after DATA', subjects: ['mx2.example.org[192.0.2.5]'], negative: true, rule: 'subject-predicate' },
  // A capitalized noun after a preposition is a name, not the bare object of the phrase ("sync with device failure").
  { message: 'Indexer: request to Spooler failed with error 1722', subjects: ['Spooler'], negative: true, rule: 'subject-predicate' },
  // The other end closing the connection is its act.
  { message: 'Proxy: upstream prematurely closed connection while reading response header from upstream, upstream: "http://10.0.1.20:9000/v1"', subjects: ['http://10.0.1.20:9000'], negative: true, rule: 'subject-predicate' },
  { message: 'Proxy: client closed connection while waiting for request, client: 10.0.0.10', subjects: ['client'], negative: true, rule: 'subject-predicate' },
  // A quoted name is a name whatever its words; "(PID 812)" in capitals belongs to the mention too.
  { message: 'Postmaster: background worker "logical replication launcher" (PID 812) exited with exit code 1', subjects: ['logical replication launcher'], negative: false, rule: 'subject-predicate' },
  // A hyphenated name ending in a service word names a service.
  { message: 'Client: payment-service responded 502 Bad Gateway', subjects: ['payment-service'], negative: false, rule: 'subject-predicate' },
  { message: 'Health: Dependency inventory-api is unhealthy (3 consecutive failures)', subjects: ['inventory-api'], negative: true, rule: 'subject-predicate' },
  { message: 'RpcClient: call GetQuota failed, error 1722 (RPC server unavailable)', subjects: ['RPC server'], negative: true, rule: 'subject-predicate' },
  { message: 'Cache: Error 111 connecting to cache01:6379. Connection refused.', subjects: ['cache01:6379'], negative: true, rule: 'subject-predicate' },
  // No step toward the name before: the connection stays the subject.
  { message: 'Cache: stats for cache01:6379. Connection refused.', subjects: ['Connection'], negative: true, rule: 'subject-predicate' },
  { message: 'Proxy: connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.7', subjects: ['upstream'], negative: true, rule: 'subject-predicate' },
  // The bare noun is named by its field, a URL by its origin.
  { message: 'Proxy: upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.7, upstream: "http://10.0.2.16:8080/api/orders"', subjects: ['http://10.0.2.16:8080'], negative: true, rule: 'subject-predicate' },
  { message: 'Sched: node unreachable for 40s, node=worker-3', subjects: ['worker-3'], negative: true, rule: 'subject-predicate' },
  { message: 'Gateway: worker process 2212 exited on signal 9', subjects: ['process 2212'], negative: false, rule: 'subject-predicate' },
  { message: 'Replicator: link with the standby store timed out', subjects: ['standby store'], negative: true, rule: 'link-ended' },
  // A host named by a country domain and a port stays a host (no source file extension).
  { message: 'Relay: db.example.pl:5432 is unreachable', subjects: ['db.example.pl:5432'], negative: true, rule: 'subject-predicate' },
  // Error-correcting hardware reports the faults it corrected in the part named before the fault noun.
  { message: 'MCE: 2 dram error(s) detected and corrected on channel 1', subjects: ['dram'], negative: true, rule: 'corrected-fault' },
  { message: 'EDAC: L2 cache tag errors (bank 3) were corrected', subjects: ['L2 cache tag'], negative: true, rule: 'corrected-fault' },
  // A fault noun with a colon labels its detail: bad news in the detail makes it the party's fault.
  { message: 'Balancer: backend cache03:6379 error: could not read reply', subjects: ['cache03:6379'], negative: true, rule: 'subject-predicate' },
  // Hardware units a monitor watches: power supplies, fans, processors.
  { message: 'BMC: psu 2 failure detected', subjects: ['psu 2'], negative: true, rule: 'subject-predicate' },
  { message: 'Thermal: CPU 3 is offline', subjects: ['CPU 3'], negative: true, rule: 'subject-predicate' },
  // A state field right after a unit, its value an enum constant.
  { message: 'RmClient: Application report for application_1500000000001_0042 (state: SUBMITTED)', subjects: ['application_1500000000001_0042'], negative: false, rule: 'state-value' },
  { message: 'Balancer: backend pool-b state=DRAINING', subjects: ['pool-b'], negative: false, rule: 'state-value' },
  // A unit, or the part a driver names after its device prefix, enters a named state.
  { message: 'kernel: br1: port 3(tap7) entered blocking state', subjects: ['port 3(tap7)'], negative: false, rule: 'state-entry' },
  { message: 'Mon: volume vol-9 went into read-only mode', subjects: ['vol-9'], negative: false, rule: 'state-entry' },
  // A peer's report may come from a bare address: the peer closed the session.
  { message: 'sshd: Received disconnect from 198.51.100.7 port 4022:11: Bye', subjects: ['198.51.100.7'], negative: false, rule: 'report-from' },
  // A registry reports a named unit of a kind that joined or left it.
  { message: 'Registry: Unregistered worker wk-17 after timeout', subjects: ['wk-17'], negative: false, rule: 'registered-unit' },
  { message: 'Scheduler: Re-registered agent ag-0412 at 10.2.0.7:5051 with cpus:8', subjects: ['ag-0412'], negative: false, rule: 'registered-unit' },
  // A domain named (a directory's, a storage pool's) is a unit; a domain unnamed is a word of the narrator's own work.
  { message: 'Netlogon: the domain CORP is not responsive', subjects: ['CORP'], negative: true, rule: 'subject-predicate' },
  // A state in capitals a unit became, whatever the word; bad news when it negates.
  { message: 'Mon: Domain 5d1e0c3a-2b4f-4e6a-9c8d-7f0a1b2c3d4e became INVALID', subjects: ['5d1e0c3a-2b4f-4e6a-9c8d-7f0a1b2c3d4e'], negative: true, rule: 'subject-predicate' },
  { message: 'StoreMon: pool tank-2 became DEGRADED', subjects: ['tank-2'], negative: true, rule: 'subject-predicate' },
  { message: 'StoreMon: pool TANK-2 became INITIALIZING', subjects: ['TANK-2'], negative: false, rule: 'subject-predicate' },
  // A state update names the state first, then the unit it is for.
  { message: 'Master: Status update TASK_FAILED (Status UUID: 7b2c9e41-0a5d) for task web.instance-6e0b of framework 3e1c-0000', subjects: ['web.instance-6e0b'], negative: true, rule: 'state-update' },
  { message: 'Sched: state change FAILED for job etl-17', subjects: ['etl-17'], negative: true, rule: 'state-update' },
  // A module named for what it does with nodes reports other nodes: one named as only another process can be (an
  // Erlang node, a host, an address) is no instance of the module.
  { message: "peer_node_monitor: Node 'app@10.4.0.7' went down", subjects: ['app@10.4.0.7'], negative: true, rule: 'subject-predicate' },
  { message: 'cluster_node_watch: node db-3.corp.example.net is unreachable', subjects: ['db-3.corp.example.net'], negative: true, rule: 'subject-predicate' },
  // A framework named by its id (a scheduler of a cluster manager) is a unit; a framework unnamed is a library.
  { message: 'Master: Framework 7c1d-0003 (batch) failed over', subjects: ['7c1d-0003'], negative: true, rule: 'subject-predicate' },
  { message: 'Fleet: node ws-12 was rebooted by the operator', subjects: ['ws-12'], negative: false, rule: 'subject-predicate' },
  // A logfmt message value ('msg="...'): its first word is read without the key.
  { message: 'dockerd: time="2021-03-03T10:14:05Z" level=info msg="Container 9c1b7d4e2a3f failed to exit within 10 seconds"', subjects: ['9c1b7d4e2a3f'], negative: true, rule: 'subject-predicate' },
  // "shutdown" written as one word is the same status as "shut down".
  { message: 'Hypervisor: Instance already shutdown.', subjects: ['Instance'], negative: false, rule: 'subject-predicate' },
  { message: 'Hypervisor: vm vm-12 shutdown by itself', subjects: ['vm-12'], negative: false, rule: 'subject-predicate' },
  // A self noun qualified by a word that is no whole CamelCase hump opening the narrator's name, or said by a client.
  { message: 'ReplicaLinkProvider$LinkStopper: Backup daemon shut down', subjects: ['Backup daemon'], negative: false, rule: 'subject-predicate' },
  { message: 'ReplicaLinkProvider$LinkStopper: Rep daemon shut down', subjects: ['Rep daemon'], negative: false, rule: 'subject-predicate' },
  { message: 'HttpClientPool: Http server shut down', subjects: ['Http server'], negative: false, rule: 'subject-predicate' },
  // A party that answered only after a time the message gives was slow: bad news of it, as a time-out is.
  { message: 'HealthProbe: Health contributor billing-db (jdbc) took 8120ms to respond', subjects: ['billing-db'], negative: true, rule: 'subject-predicate' },
  { message: 'Resolver: name server ns-2 took 3.5 seconds to answer', subjects: ['ns-2'], negative: true, rule: 'subject-predicate' },
  // Communicating with a party is reaching it; a problem, trouble or an issue doing so is a failure to.
  { message: 'Heartbeat: Issue communicating with scheduler in heartbeater', subjects: ['scheduler'], negative: true, rule: 'unreachable' },
  { message: 'Agent: Unable to communicate with license-srv-2', subjects: ['license-srv-2'], negative: true, rule: 'unreachable' },
  { message: 'Sync: problems connecting to the catalog', subjects: ['catalog'], negative: true, rule: 'unreachable' },
  // A possessive before a noun of a relation names its other end: "our peer" is another node.
  { message: 'Ha: Our peer node-2 is dead', subjects: ['node-2'], negative: true, rule: 'subject-predicate' },
  { message: 'Raft: our leader timed out', subjects: ['our leader'], negative: true, rule: 'subject-predicate' },
  // A unit named by the IPv4 address it is at, as by the address after its noun.
  { message: 'Pool: The backend at 10.20.0.5 is down', subjects: ['10.20.0.5'], negative: true, rule: 'subject-predicate' },
  { message: 'Resolver: the DNS server at 10.0.0.53 did not answer', subjects: ['10.0.0.53'], negative: true, rule: 'subject-predicate' },
  // A name only its shape makes a unit's, marked with a unit's own state.
  { message: 'Gossip: marking cache-01 as unreachable', subjects: ['cache-01'], negative: true, rule: 'marked-as' },
  // An error, corruption or event detected on a unit befell that unit (a check's error is the narrator's verdict, below).
  { message: 'disk: An error was detected on device \\Device\\Harddisk3\\DR3 during a paging operation.', subjects: ['\\Device\\Harddisk3\\DR3'], negative: true, rule: 'status-first' },
  { message: 'RaidMon: Fail event detected on md device /dev/md2, component device /dev/sdd1', subjects: ['/dev/md2'], negative: true, rule: 'status-first' },
  { message: 'Scrub: corruption detected on disk disk-3', subjects: ['disk-3'], negative: true, rule: 'status-first' },
  // An address after a scheme ("tcp:", "ssl:") is read whole, not as the scheme and the first octet.
  { message: 'rconn: br-int<->tcp:10.9.0.5:6653: no response to inactivity probe after 5 seconds, disconnecting', subjects: ['10.9.0.5:6653'], negative: true, rule: 'subject-predicate' },
  { message: 'Pool: replica db-2:5432 connected', subjects: ['db-2:5432'], negative: false, rule: 'subject-predicate' },
  // A UPS on line power again, or its battery low: a unit's own state after its name.
  { message: 'upsmon: UPS ups-c@localhost on line power', subjects: ['ups-c@localhost'], negative: false, rule: 'subject-predicate' },
  { message: 'Sensors: TH-12 low battery', subjects: ['TH-12'], negative: true, rule: 'subject-predicate' },
  // What the other side sent in quotes is its news ("sent to" a recipient is the narrator's own text: below).
  { message: 'nginx: FastCGI sent in stderr: "upstream db-2 is down"', subjects: ['db-2'], negative: true, rule: 'subject-predicate' },
  // DRBD's keyed state changes: the peer's role (peer) and disk (pdsk) after its name are its state.
  { message: 'kernel: drbd r0 node-b: conn( Connected -> BrokenPipe ) peer( Primary -> Unknown ) [recv]', subjects: ['node-b'], negative: true, rule: 'state-value' },
  { message: 'kernel: drbd r0/0 drbd1 node-b: pdsk( DUnknown -> UpToDate ) repl( Off -> Established ) [remote]', subjects: ['node-b'], negative: false, rule: 'state-value' },
  // A partner, named, is a unit.
  { message: 'ha: HA partner dhcp-b is unavailable', subjects: ['dhcp-b'], negative: true, rule: 'subject-predicate' },
  // Bad news after an activity on a unit stays the unit's.
  { message: 'Broker: delivery acknowledgement on channel 1 timed out', subjects: ['channel 1'], negative: true, rule: 'subject-predicate' },
  // A party, then the HTTP status of its answer written as a field, good or bad.
  { message: 'output:loki:loki.0: loki-gw.obs.svc:3100, HTTP status=502', subjects: ['loki-gw.obs.svc:3100'], negative: true, rule: 'http-answer' },
  { message: 'output:loki:loki.0: loki-gw.obs.svc:3100, HTTP status=204', subjects: ['loki-gw.obs.svc:3100'], negative: false, rule: 'http-answer' },
  // The status of an HTTP answer from a server the message does not name: the other end's.
  { message: 'output:es:es.0: HTTP status=429 URI=/_bulk, response: {"error":"too many requests"}', subjects: ['the other end'], negative: true, rule: 'http-answer' },
  { message: 'Inventory: The request failed with HTTP status 503: Service Unavailable', subjects: ['the other end'], negative: true, rule: 'http-answer' },
  // A party that did not reply; a client that logged in or out.
  { message: 'MesLink: mes-k2 did not reply within 10 s', subjects: ['mes-k2'], negative: true, rule: 'subject-predicate' },
  { message: 'upsd: Client monitor-2@10.80.1.31 logged out', subjects: ['monitor-2@10.80.1.31'], negative: false, rule: 'subject-predicate' },
  // A reading of a unit's sensor, a value with a physical unit; bad news when the clause puts it out of its bounds.
  { message: 'AlarmMgr: AHU-03 supply air temperature high: 21.4 degC > 18.0 degC for 90 s', subjects: ['AHU-03'], negative: true, rule: 'sensor-reading' },
  { message: 'Xcvr: Ethernet12/1 (spine2 Et1/4) temperature 72.5 C is above the warning threshold', subjects: ['Ethernet12/1'], negative: true, rule: 'sensor-reading' },
  { message: 'StationMon: Lna2 current 176 mA (limit 250 mA)', subjects: ['Lna2'], negative: false, rule: 'sensor-reading' },
  { message: 'PumpCtl: SUMP-4 level 71%, rising 1.8%/10 min', subjects: ['SUMP-4'], negative: false, rule: 'sensor-reading' },
  { message: 'MeterRead: HM-SS-11 (sec. addr 61034460) no answer to REQ_UD2 after 3 retries', subjects: ['HM-SS-11'], negative: true, rule: 'subject-predicate' },
  { message: 'HeatPumpCtl: HP-3 discharge 97 C, warning W-18 cleared by HP-3', subjects: ['HP-3'], negative: false, rule: 'sensor-reading' },
  { message: 'MeterRead: HM-WEST (sec. addr 61020002) RSP_UD: flow supply 212.4 m3/h', subjects: ['HM-WEST'], negative: false, rule: 'sensor-reading' },
  // A battery's charge, a cell's temperature, a humidity in percent, a vibration in mm/s.
  { message: 'AgvLink: AGV-21 battery 29%, below dispatch floor', subjects: ['AGV-21'], negative: false, rule: 'sensor-reading' },
  { message: 'BmsLink: BC-03 max cell temp 36.8 C (R4 M11 C6), avg 33.1 C', subjects: ['BC-03'], negative: false, rule: 'sensor-reading' },
  { message: 'WeatherMon: WX-2 humidity 86% above close limit 85%', subjects: ['WX-2'], negative: true, rule: 'sensor-reading' },
  // A status before a link noun qualified by one word: the link's party, or the link itself.
  { message: 'Pool: failed tcp connection to db-7:5432', subjects: ['db-7:5432'], negative: true, rule: 'attributive' },
  { message: 'unix.hw: NIFF: node node-12 has detected a failed network connection on network 10.1.0.0 via interface alt1', subjects: ['network connection'], negative: true, rule: 'attributive' },
  // Devices of plants, machines and networks are units by their nouns, as servers and disks are.
  { message: 'Cells: charger CH-2 offline', subjects: ['CH-2'], negative: true, rule: 'subject-predicate' },
  { message: 'CdmSp: dispenser reports jam in transport (error 0x6A02)', subjects: ['dispenser'], negative: true, rule: 'subject-predicate' },
  { message: 'Lab: robot arm-2 not responding', subjects: ['arm-2'], negative: true, rule: 'subject-predicate' },
  { message: 'Edge: firewall fw-2 is unreachable', subjects: ['fw-2'], negative: true, rule: 'subject-predicate' },
  { message: 'Broker: subscriber sub-2 timed out', subjects: ['sub-2'], negative: true, rule: 'subject-predicate' },
  // A unit tripped, jammed, out of service, fenced.
  { message: 'PlantCtl: pump P-204 tripped on overload', subjects: ['P-204'], negative: true, rule: 'subject-predicate' },
  { message: 'Cluster: node db-3 fenced', subjects: ['db-3'], negative: true, rule: 'subject-predicate' },
  // Corosync's processors are the cluster's members.
  { message: 'corosync: [TOTEM ] A processor failed, forming new configuration: token timed out (3000ms)', subjects: ['processor'], negative: true, rule: 'subject-predicate' },
  // A storage path is a unit; a party's act before its noun is no part of its name.
  { message: 'multipathd: mpathb: sdd - tur checker reports path is down', subjects: ['sdd'], negative: true, rule: 'subject-predicate' },
  { message: 'vmkernel: path vmhba2:C0:T1:L4 is dead', subjects: ['vmhba2:C0:T1:L4'], negative: true, rule: 'subject-predicate' },
  // A unit named once, then by its noun alone, is the same unit.
  { message: 'rpd: OSPF neighbor 10.9.0.2 (area 0.0.0.0) lost: hello timer expired and neighbor was declared dead', subjects: ['10.9.0.2'], negative: true, rule: 'subject-predicate' },
  // A file system, volume or share goes by the path it is mounted on.
  { message: 'DiskMon: filesystem /var/lib/pg is full', subjects: ['/var/lib/pg'], negative: true, rule: 'subject-predicate' },
  { message: 'NfsMon: share /export/home is offline', subjects: ['/export/home'], negative: true, rule: 'subject-predicate' },
  // A unit's news first, then the alarm the narrator raised for it.
  { message: 'StationMon: Acu3 status FAULT (EL drive), alarm ANT3-SERVO raised', subjects: ['Acu3'], negative: true, rule: 'check-report' },
  // A verb in the past written with a capital after a unit's noun is its news, not its name.
  { message: 'sharingd: BTLE scanner Powered Off', subjects: ['BTLE scanner'], negative: true, rule: 'subject-predicate' },
  { message: 'PlantMon: pump Ashford Powered Off', subjects: ['Ashford'], negative: true, rule: 'subject-predicate' },
  // No route to the host it connects to: that host is out of reach.
  { message: 'WtgComm: WTG12 connect attempt failed: no route to host', subjects: ['the other end'], negative: true, rule: 'peer-error' },
  { message: 'iscsi_vmk: Failed to send login PDU: No route to host', subjects: ['the other end'], negative: true, rule: 'peer-error' },
  // gRPC's Unavailable: the server could not be reached or dropped the call.
  { message: 'vault: secondary disconnected: id=dc2-perf error="rpc error: code = Unavailable desc = error reading from server: EOF"', subjects: ['the other end'], negative: true, rule: 'peer-error' },
  // Connecting a server, as Keepalived writes it, is connecting to it.
  { message: 'Keepalived_healthcheckers: Timeout connecting server [172.16.41.12]:tcp:5432.', subjects: ['172.16.41.12'], negative: true, rule: 'unreachable' },
  { message: 'Mon: Error connecting to db-2.example.net:5432', subjects: ['db-2.example.net:5432'], negative: true, rule: 'unreachable' },
  // The user a peer claimed to be is a person: the peer is the host at the address after it.
  { message: 'sshd: Connection closed by invalid user admin 203.0.113.54 port 49880 [preauth]', subjects: ['203.0.113.54'], negative: true, rule: 'subject-predicate' },
  // A unit's health given in the message's body is its news.
  { message: 'RideSup: OBC-T1 health: degraded', subjects: ['OBC-T1'], negative: true, rule: 'check-report' },
  // A unit's fault is its news; a fault memory or record is data.
  { message: 'LaunchCtl: LSM-INV4 FAULT F0231 (DC link undervoltage), not ready', subjects: ['LSM-INV4'], negative: true, rule: 'subject-predicate' },
  // A machine's operating mode in capitals, as controllers write it.
  { message: 'SafetyLink: SPLC-A RUN, F-program signature 0x6E21A0C4, matches expected', subjects: ['SPLC-A'], negative: false, rule: 'subject-predicate' },
  { message: 'Breakers: BR-2 TRIP after overcurrent', subjects: ['BR-2'], negative: true, rule: 'subject-predicate' },
  // A piece of plant's position or state in capitals right after its tag: a valve, a breaker, a burner, a track section.
  { message: 'PipeCtl: SV-14 CLOSED (limit switch), travel 38 s', subjects: ['SV-14'], negative: false, rule: 'subject-predicate' },
  { message: 'Burners: BNR-2 FIRING 55%, flue 131 C', subjects: ['BNR-2'], negative: false, rule: 'subject-predicate' },
  { message: 'TrackMon: TS-31 OCCUPIED, axle count 12', subjects: ['TS-31'], negative: false, rule: 'subject-predicate' },
  { message: 'Burners: BNR-2 LOCKOUT: no flame after ignition', subjects: ['BNR-2'], negative: true, rule: 'subject-predicate' },
  // A failure on a unit, after how long it took.
  { message: 'MySQL_Monitor: Error after 1ms on server 10.20.1.13:3306 : Too many connections', subjects: ['10.20.1.13:3306'], negative: true, rule: 'failed-on' },
  // A connection's or a driver's "server" is the other side, even qualified by the narrator's own first word.
  { message: "MySQL_Connection: Can't connect to MySQL server on '10.20.1.11' (111)", subjects: ['MySQL server'], negative: true, rule: 'unreachable' },
  // A unit marked with a state right after it, or as a zombie.
  { message: 'radiusd: Marking home server flr-1 (192.0.2.51 port 1812) alive', subjects: ['flr-1'], negative: false, rule: 'marked-as' },
  { message: 'radiusd: Marking home server flr-2 (203.0.113.52 port 1812) as zombie (it has not responded in 30 seconds).', subjects: ['flr-2'], negative: true, rule: 'marked-as' },
  // A party that dropped or reset the connection.
  { message: 'Download: cdn1.contoso-imaging.example reset the connection after 1.1 MB', subjects: ['cdn1.contoso-imaging.example'], negative: true, rule: 'subject-predicate' },
  { message: 'Srv: peer db-2 dropped the connection', subjects: ['db-2'], negative: true, rule: 'subject-predicate' },
  // The new leader named right after its noun.
  { message: 'Raft: new leader nats-1', subjects: ['nats-1'], negative: false, rule: 'new-leader' },
  // A unit named by a URL of its address; a URL with a path stays data.
  { message: 'radiusd: Failed binding to LDAP server ldap://ldap-2.halden.example:389: Timed out', subjects: ['ldap://ldap-2.halden.example:389'], negative: true, rule: 'subject-predicate' },
  // A send that failed toward a named party.
  { message: 'JGRP000034: kc-2-41522: failure sending message to kc-3-8812: java.net.SocketTimeoutException: connect timed out', subjects: ['kc-3-8812'], negative: true, rule: 'unreachable' },
  // Ansible's result of a task on a host, in a playbook run or an ad-hoc command; a delegated task's, where it ran.
  { message: 'ansible: ok: [web-01]', subjects: ['web-01'], negative: false, rule: 'host-result' },
  { message: 'ansible: fatal: [web-03]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh"}', subjects: ['web-03'], negative: true, rule: 'host-result' },
  { message: 'ansible: changed: [web-01 -> lb-01(10.60.0.10)]', subjects: ['lb-01'], negative: false, rule: 'host-result' },
  { message: 'ansible: web-03 | FAILED | rc=3 >>', subjects: ['web-03'], negative: true, rule: 'host-result' },
  // A fatal line whose word a grammar took for a level (generic, on ansible-playbook's own output).
  { message: 'ansible: [web-03]: UNREACHABLE! => {"changed": false, "unreachable": true}', subjects: ['web-03'], negative: true, rule: 'host-result' },
  // A replica that caught up; a keepalive is a check of the party it goes to.
  { message: 'ReadRouter: replica pg-7 caught up (lag 0s), reads routed to it again', subjects: ['pg-7'], negative: false, rule: 'subject-predicate' },
  { message: 'nh_timer: keepalive to 10.9.8.7:5062 got no reply', subjects: ['10.9.8.7:5062'], negative: true, rule: 'check-report' },
  // A routing instance or an index between a unit and its state qualifies the unit.
  { message: 'bgpd: %BGP-5-ADJCHANGE: neighbor 192.0.2.7 vrf CUST-A Down Hold timer expired', subjects: ['192.0.2.7'], negative: true, rule: 'subject-predicate' },
  { message: 'zebra: Interface swp12 vrf mgmt(3) index 14 is now up', subjects: ['swp12'], negative: false, rule: 'subject-predicate' },
  // A unit's mode or position as a constant is its state.
  { message: 'PowerMon: ATS-2 position EMERGENCY, utility voltage 0 V', subjects: ['ATS-2'], negative: false, rule: 'state-value' },
  { message: 'CarLink: CC2 mode INSPECTION (top of car switch)', subjects: ['CC2'], negative: false, rule: 'state-value' },
  // A printer's own conditions; a job's tag before it owns no printer.
  { message: 'backend: [Job 881] Printer is out of paper.', subjects: ['Printer'], negative: true, rule: 'subject-predicate' },
  // A machine turned off or on, as one powered off or on.
  { message: "VMMS: 'APP-04' was turned off. (Virtual machine ID 61C0D2E3)", subjects: ['APP-04'], negative: true, rule: 'subject-predicate' },
  // A unit that could not start or initialize; the narrator that could not start one acts itself.
  { message: "Worker: 'APP-04' could not initialize memory: Ran out of memory (0x8007000E).", subjects: ['APP-04'], negative: true, rule: 'subject-predicate' },
  // A unit answering or replying again.
  { message: 'MeterPoll: PM-12 answering again, readings plausible', subjects: ['PM-12'], negative: false, rule: 'subject-predicate' },
  // A vehicle or car that arrived somewhere.
  { message: 'CarLink: CC4 arrived floor 12, doors OPEN', subjects: ['CC4'], negative: false, rule: 'subject-predicate' },
  // A request to a host left unanswered, its kind maybe named before its address.
  { message: 'UpfDp: GTP-U echo request to gNB 10.31.2.14 unanswered (2/3)', subjects: ['10.31.2.14'], negative: true, rule: 'host-check' },
  { message: 'Resolver: query to 10.0.5.20 timed out after 2000 ms', subjects: ['10.0.5.20'], negative: true, rule: 'host-check' },
  // The news that took a unit out of a pool is its own; a unit back in service is news of it.
  { message: 'Lb: api-3 is down, removed from pool', subjects: ['api-3'], negative: true, rule: 'subject-predicate' },
  { message: 'ResMgr: node wk-3 returned to service', subjects: ['wk-3'], negative: false, rule: 'subject-predicate' },
  // An address in angle brackets, its transport before it, is the subject of what follows the ">".
  { message: 'rtpengine: proxy <udp:10.8.1.31:22222> does not respond, disable it', subjects: ['10.8.1.31:22222'], negative: true, rule: 'subject-predicate' },
  // A unit's name in parentheses after its noun is the subject of what follows the ")".
  { message: 'ModbusGw: unit 3 (PLANT-EM2) replied 20 registers in 41 ms', subjects: ['PLANT-EM2'], negative: false, rule: 'subject-predicate' },
  { message: 'crmd: Our peer on the DC (node-b2) is dead', subjects: ['node-b2'], negative: true, rule: 'subject-predicate' },
  // A party that refused a connection, even one named only by a weak shape.
  { message: 'QueueLink: vq-srv refused connection: HTTP 503 (maintenance window)', subjects: ['vq-srv'], negative: true, rule: 'subject-predicate' },
  // ZooKeeper's connection loss: the ensemble could not be reached or dropped the session.
  { message: 'ZooKeeperClient: Code: 999. Coordination::Exception: Connection loss, path: /clickhouse/tables/01/events', subjects: ['the other end'], negative: true, rule: 'peer-error' },
  // A party that did not act, or sent nothing, within a stated time missed its deadline.
  { message: 'RouterCtl: RTR-1 no tally for dest NOVA1-AUX2 within 500 ms', subjects: ['RTR-1'], negative: true, rule: 'subject-predicate' },
  { message: 'FilterSeq: BWP-1 did not reach RUNNING within 10 s', subjects: ['BWP-1'], negative: true, rule: 'subject-predicate' },
];

const nonDiegetic: Example[] = [
  { message: 'Auth: domain lookup failed', rule: 'own-status' },
  { message: 'Sched: my state is now ACTIVE', rule: 'own-status' },
  // The narrator's own act on a state update (forwarding it) says nothing new of the unit.
  { message: 'Master: Forwarding status update TASK_RUNNING (Status UUID: 2a3b4c5d) for task web.instance-6e0b of framework 3e1c-0000', rule: 'self-action' },
  // A quoted text after "command" is what was run, not a unit's name: its status is the run's.
  { message: 'AdminUi: User admin - Remote_ip 10.1.1.1 - Command "save ns config" - Status "Success"', rule: 'own-status' },
  // A framework with no name is a library the narrator runs on, whatever it says of it.
  { message: 'App: web framework failed over to the fallback renderer', rule: 'own-status' },
  // The narrator's own read failing on its stream, no party's news.
  { message: 'ciod: failed to read message prefix on control stream (CioStream socket to 172.16.96.41:41022', rule: 'own-status' },
  // EDAC's own set-up of a memory controller: no bad news.
  { message: 'kernel: EDAC MC0: Giving out device to module skx_edac controller Skylake Socket#0 IMC#0: DEV 0000:3a:0a.0 (INTERRUPT)', rule: 'no-status' },
  // A check that is the narrator's own step, of its own data.
  { message: 'Export: nightly-export check failed', rule: 'own-status' },
  // A state an operator set ("administratively down") is the narrator's own configuration.
  { message: 'asa: %ASA-4-411004: Interface Ethernet1/6, changed state to administratively down', rule: 'no-status' },
  // A piece of work named by words that describe it is the narrator's own work (SSSD's periodic tasks).
  { message: 'be_ptask_done: Task [Dyndns update]: finished successfully', rule: 'own-status' },
  { message: 'be_ptask_done: Task [Primary server reconnection]: failed with [5]: Input/output error', rule: 'own-status' },
  // A named unit of the kind the narrator's name ends with: HAProxy's own proxies (its frontends and backends).
  { message: 'haproxy: Proxy fe_https started.', rule: 'own-status' },
  { message: 'haproxy: Proxy be_api stopped (cumulated conns: FE: 0, BE: 40377).', rule: 'own-status' },
  // A request a client sent is the narrator's work to serve, not a reply.
  { message: 'mosquitto: Received SUBSCRIBE from plc-line1', rule: 'self-action' },
  // Ejecting a host, its object ending the message: the narrator's own next step.
  { message: 'Envoy: ejecting host 10.40.3.18:8080.', rule: 'self-action' },
  // A report noun from a word that names no unit.
  { message: 'Vault: got error 12 from master key store', rule: 'own-status' },
  // A source named by no name, or by a path, is data.
  { message: 'Cfg: source file /etc/x.conf missing', rule: 'no-status' },
  { message: 'Build: source /srv/src/app unavailable', rule: 'own-status' },
  // Good news that is no check's result, for a unit a field names: the narrator's own doing.
  { message: 'kubelet: "Successfully registered node" node="worker-2"', rule: 'own-status' },
  // A daemon's own connection on its interface is its own doing, good news as it is.
  { message: 'wpa_supplicant: wlan0: CTRL-EVENT-CONNECTED - Connection to a4:2b:b0:3e:11:7c completed [id=0 id_str=]', rule: 'own-status' },
  // A contracted "not" before no status of a unit.
  { message: "Cfg: the value isn't valid", rule: 'no-status' },
  // nginx's host: "..." is the request's Host header, its own virtual server, not a unit.
  { message: 'nginx: *5230 open() "/srv/www/static/icon.png" failed (2: No such file or directory), client: 10.62.9.12, server: shop.example, request: "GET /icon.png HTTP/1.1", host: "shop.example"', rule: 'own-status' },
  // Such a code with a status data has too: a setting.
  { message: 'Cfg: MAX_BATCH_2 loaded from defaults', rule: 'own-status' },
  // A quoted value after a colon names no unit unless its key does.
  { message: "mysqld: Aborted connection 402 to db: 'orders' user: 'app_rw' (Got an error reading communication packets)", rule: 'own-status' },
  // The supervisor's own step on a unit it labels: the signal it sends; launchd's verdict on a unit's request.
  { message: 'systemd: orders-worker.service: Killing process 2210 (python3) with signal SIGABRT.', rule: 'no-status' },
  { message: 'launchd: (com.example.web.41288): Path not allowed in target domain: type = pid, error = 1: Operation not permitted', rule: 'own-status' },
  // A unit taken out of service for no bad news of its own: the narrator's act.
  { message: 'Alloc: Removing executor 5 because it has been idle for 60 seconds', rule: 'self-action' },
  { message: 'Lb: Removing backend web-2 from pool, 3 backends left, failed requests retried', rule: 'self-action' },
  // A name headed by a run or a stage is a piece of work's ("DagRun", "ShuffleMapStage"), marked or not.
  { message: 'Sched: DagRun Finished: dag_id=etl_orders, state=failed', rule: 'own-status' },
  { message: 'Dag: Marking ResultStage 1 (count at DailyRollup.scala:88) as failed due to a fetch failure', rule: 'self-action' },
  // What the narrator marks with a state, when no unit: its own verdict on its work or data.
  { message: 'Sched: Marking task as FAILED. dag_id=etl_orders, task_id=load', rule: 'self-action' },
  { message: 'Catalog: Marking Volume "WK0117" in Error in Catalog.', rule: 'self-action' },
  // A program describing its own start-up in one noun, or behind three words ("I/O network driver").
  { message: 'Historian: collector started, OPC UA opc.tcp://hist-01.example:4840, buffer 200000 values', rule: 'own-status' },
  { message: 'IoNet: I/O network driver started, 14 DPUs on dual ring', rule: 'own-status' },
  { message: 'MeRemote: main engine remote control interface started, control position BRIDGE', rule: 'own-status' },
  // An acronym the lexicon knows as a word names no party.
  { message: 'Db: no response from SQL layer within 30 s', rule: 'own-status' },
  // A session of the narrator's own changing between quoted states.
  { message: "Fsm: session 'a1': state changed from 'idle' => 'busy'", rule: 'no-status' },
  // The narrator powering a unit off: its own act.
  { message: 'Vpxd: Powered off vm-2044 on esx-a03', rule: 'own-status' },
  // A session of the narrator's own with no unit named; what follows a route ("via") is said of what it leads to.
  { message: 'Fsm: session 12 old state Idle event Start new state Connect', rule: 'no-status' },
  { message: 'Rib: next hop 10.0.1.2 via Ethernet50/1 removed from 34 ECMP routes', rule: 'own-status' },
  { message: 'Lsp: backup path via TenGigabitEthernet1/0/2 failed', rule: 'own-status' },
  // A code of capitals and a number that names a standard, or a unit's code with no status a unit has.
  { message: 'Codec: UTF8 decoding failed', rule: 'own-status' },
  { message: 'Planner: WTG03 maintenance scheduled', rule: 'no-status' },
  // A measure's unit is no acronym that answers; a command refused is the narrator's verdict; a build is work, no unit.
  { message: 'Grid: setpoint 40.0 MW confirmed to NCC', rule: 'own-status' },
  { message: 'Imap: quota exceeded, APPEND refused', rule: 'own-status' },
  { message: 'Ci: build-1234 reported 3 failures', rule: 'own-status' },
  // The narrator's own figure compared in words; rows inserted.
  { message: 'Cache: hit ratio is lower than threshold', rule: 'no-status' },
  { message: 'Bmc: queue for node-3 is higher than the threshold', rule: 'no-status' },
  { message: 'Db: 40 rows inserted into orders', rule: 'own-status' },
  // After a status that names its unit next, a determiner or a word for data names none; an error detected by a check
  // the narrator runs is its own verdict.
  { message: 'Reader: loss of the input file', rule: 'no-status' },
  { message: 'Reader: failure of line 3', rule: 'own-status' },
  { message: 'Switch: psecure-violation error detected on Gi1/0/5, putting Gi1/0/5 in err-disable state', rule: 'own-status' },
  // Capitals joined by hyphens with a status word or an activity in them name a state.
  { message: 'Ha: server goes from HOT-STANDBY to PARTNER-DOWN state, partner state is UNREACHABLE', rule: 'own-status' },
  // A new leader's news with no member named in its clause.
  { message: 'Kv: new leader information pending; node-4 still syncing', rule: 'no-status' },
  // A kind of program, in two words or more and with no name, opening the message with its start-up: the narrator itself.
  { message: 'Uplink: telemetry gateway started, 4 channels configured', rule: 'own-status' },
  { message: 'Agent: ==> Backup agent started!', rule: 'own-status' },
  { message: 'Core: The OCR service started on node n2.', rule: 'own-status' },
  { message: 'Dhcp: DHCPv6 server has completed configuration: 3 subnets', rule: 'own-status' },
  // The narrator's own work, no name but its number, that went well.
  { message: 'Scheduler: Task Completed: success', rule: 'own-status' },
  { message: 'Backup: INFO: Backup job finished successfully', rule: 'own-status' },
  { message: 'Engine: Job 3 finished: count at Report.scala:12', rule: 'own-status' },
  // A noun of named data before a name makes it the data's name.
  { message: 'Sched: holiday calendar HOL-2025 loaded', rule: 'own-status' },
  // The narrator itself the new leader, whatever it names after.
  { message: 'ShardLeaderElectionContext: I am the new leader: http://solr-2.corp.example:8983/solr/carts_shard1_replica_n1/ shard1', rule: 'no-status' },
  { message: 'ShardLeaderElectionContext: I may be the new leader - try and sync', rule: 'no-status' },
  // A value a unit is driven to is a target, no reading of its sensor.
  { message: 'NetCtl: starting assist pump CP-4 (flow demand 170 m3/h)', rule: 'self-action' },
  { message: 'HoistCtl: lowering CAGE-2 to inspection speed 0.5 m/s', rule: 'self-action' },
  // Hyphenated words with no digit are no pod's name.
  { message: 'Builder: release-candidate-version-final stopped', rule: 'own-status' },
  // A refusal by the narrator's own rules.
  { message: 'fw-edge: TCP access denied by ACL from 203.0.113.80/50122 to outside:198.51.100.2/443', rule: 'own-status' },
  // The outcome of an election the narrator ran; a role held by the narrator itself.
  { message: 'KafkaController: Partition carts-3 completed preferred replica leader election. New leader is 2', rule: 'own-status' },
  { message: 'pg-node-1: primary node is pg-node-1', rule: 'no-status' },
  // A lock held by a process, or by the narrator itself.
  { message: 'AstmLink: COM4 open failed: access denied (port still held by PID 4410)', rule: 'own-status' },
  { message: 'SchedLock: lease is held by SchedLock until 02:14:00', rule: 'no-status' },
  // A person's email address (first.last@domain) names a mailbox, not a unit, even after a component noun.
  { message: 'imap-login: proxy(k.osei@mail.corp.example): started proxying to 10.44.1.12:143: user=<k.osei@mail.corp.example>', rule: 'own-status' },
  // A name only its shape makes a unit's, loaded: what the narrator loaded, a module, a plan.
  { message: 'XfsMgr: service PTR30 -> PtrSp.dll loaded', rule: 'own-status' },
  { message: 'Sequencer: night plan NP-20250102 loaded: 12 blocks', rule: 'own-status' },
  { message: 'kea-dhcp4.hooks: hooks library /usr/lib/kea/hooks/libdhcp_bootp.so successfully loaded', rule: 'own-status' },
  { message: 'Tls: certificate CERT-2024 expired', rule: 'own-status' },
  // Such a noun with a word after it that is no reply.
  { message: 'Repl: master branch accepted the merge', rule: 'own-status' },
  // Redundancy with no unit named is the narrator's own.
  { message: 'Pair: redundancy restored (pair ACTIVE/STANDBY)', rule: 'own-status' },
  // The same with the narrator's own address, with no party, or with no step toward it.
  { message: "Resolver: timed out resolving 'x/A/IN': 127.0.0.1#53", rule: 'own-status' },
  { message: 'Job: failed trying again later', rule: 'own-status' },
  { message: 'Poller: timed out: 10.0.0.5', rule: 'own-status' },
  // Work or data the narrator marks, or a state that is no unit's status.
  { message: 'Sched: Marked 3 SchedulerJob instances as failed', rule: 'own-status' },
  { message: 'Dag: Marking ResultStage 4 as failed due to a fetch failure', rule: 'self-action' },
  { message: "Fo: Marking server 'ldap2.example.org' as 'name resolved'", rule: 'self-action' },
  // A URL the narrator fetches from.
  { message: 'Get: Downloading https://dl.example.net/pkg.tar.gz', rule: 'self-action' },
  { message: 'Fetch: fetched https://api.example.net/v1 in 20 ms', rule: 'no-status' },
  // After a program's noun, numbers joined by dots are its version.
  { message: 'Pkg: agent 2.4.1 started', rule: 'own-status' },
  // What a packet or a record lacks is no unit's absence.
  { message: 'Tcp: Packet from 10.1.1.6:179 missing MD5 digest', rule: 'no-status' },
  // A failure to send is said of the party only as an error in sending: "cannot send" may be the narrator's verdict.
  { message: 'Trapper: cannot send list of active checks to "10.20.7.18": host [app-19] not found', rule: 'no-status' },
  // The narrator's own data restored.
  { message: "Js: Restored 1,204,331 messages for stream 'ORDERS' in 412ms", rule: 'own-status' },
  { message: 'identity: entities restored', rule: 'own-status' },
  // The narrator's own clock synchronized to a source.
  { message: 'ntpd: synchronized to 172.19.0.5, stratum 2', rule: 'own-status' },
  // A label in capitals and a number is no host and port.
  { message: 'App: Error:1234 occurred', rule: 'own-status' },
  // The narrator's own next step: a gerund, its object, what names it or for whom, and the end.
  { message: 'Watchdog: terminating AppFlow (pid 3400)', rule: 'self-action' },
  { message: 'Scaler: Terminating EC2 instance: i-09b1d3f5a7c9e1b3d', rule: 'self-action' },
  { message: 'KubernetesSlave: Terminating Kubernetes instance for agent build-pod-z9c1v-8kd2p', rule: 'self-action' },
  // Units in the plural: counted (the narrator's tally), the object of a verb, the last word of a name, its own work or
  // links, started with it.
  { message: 'Watchdog: kick /dev/watchdog0 (4 clients alive)', rule: 'own-status' },
  { message: 'DtcMgr: 7 of 9 ECUs answered, 3 DTCs total', rule: 'own-status' },
  { message: 'Node: no plugins loaded', rule: 'own-status' },
  { message: 'RoleManager: skipped default role setup: some nodes were not ready', rule: 'own-status' },
  { message: 'Gossip: Not marking nodes down due to local pause', rule: 'own-status' },
  { message: 'Agent: Killing processes using /data with fuser -km', rule: 'self-action' },
  { message: 'Ohasd: Oracle High Availability Services has been stopped.', rule: 'own-status' },
  { message: 'Scheduler: 3 tasks up for execution:', rule: 'own-status' },
  { message: 'Sweeper: Connections killed by the eviction policy', rule: 'own-status' },
  { message: 'Gateway: all interfaces started in 8596 ms', rule: 'own-status' },
  { message: 'gitlab-runner: All workers stopped.', rule: 'own-status' },
  // A transfer with a unit that went well is the narrator's own work; a link a party opened that failed, its verdict.
  { message: 'Sync: transfer of zone lab.example from 10.1.2.3#53: Transfer status: success', rule: 'own-status' },
  { message: 'Sync: transfer of 4 files from 10.1.2.3:22: connected using 10.1.2.9:4022', rule: 'own-status' },
  { message: 'Broker: Client connection from 10.9.8.7 failed: wrong version number', rule: 'own-status' },
  // An acronym-led word that is an action, an inflected acronym, or data; an arrow of the narrator's own mode or session.
  { message: 'Mail: CFNetwork SSLHandshake failed (-9806)', rule: 'own-status' },
  { message: 'Sender: frame ACKed by the far end, window full', rule: 'no-status' },
  { message: 'smtpd: SASL LOGIN authentication failed: UGFzc3dvcmQ6', rule: 'own-status' },
  { message: 'Terminal: ATM mode: IN SERVICE -> OUT OF SERVICE', rule: 'own-status' },
  { message: 'Dialer: session 12 state Idle -> Active', rule: 'no-status' },
  { message: 'ModuleA: foo called bar. Status OK.', rule: 'own-status' },
  // A name the narrator calls is its own operation: what the call returns is its own call's outcome.
  { message: 'RpcClient: call QueryJobs returned 0x00000000', rule: 'self-action' },
  // A CamelCase name ending in a negative status word is an error code, not a unit.
  { message: 'Uploader: Upload to bucket orders-archive failed: AccessDenied', rule: 'own-status' },
  { message: 'Main: Starting order-service v2.3.1', rule: 'self-action' },
  // The narrator closing a connection is its own act.
  { message: 'Pool: closed connection to db01 after 300 s idle', rule: 'self-action' },
  // A failure in a step that reaches no party: no "to" or "with" after it.
  { message: 'Loader: error connecting the config fragments', rule: 'own-status' },
  { message: 'Parser: error reading settings into memory', rule: 'own-status' },
  // "late" is news only of a unit right before it.
  { message: 'Binder: using late binding for plugins', rule: 'self-action' },
  // A CamelCase member of an object (a method the narrator calls) is no component.
  { message: 'Kubelet: operationExecutor.MountVolume started for volume "data"', rule: 'own-status' },
  { message: 'JettyServer: server started on port 8080', rule: 'own-status' },
  { message: 'FooService: Connecting to bar.example:8080', rule: 'self-action' },
  { message: 'Orchestrator: calling InventorySvc to reserve items', rule: 'self-action' },
  { message: 'Pipeline: running step 4 of 9', rule: 'self-action' },
  { message: 'Indexer: Interrupting MergeWorker', rule: 'self-action' },
  { message: 'dockerd: time="2021-03-03T10:14:02Z" level=info msg="ignoring event" container=9c1b7d4e2a3f module=libcontainerd', rule: 'no-status' },
  { message: 'dockerd: time="2021-03-03T10:14:02Z" level=error msg="Container runtime failed to load the plugin"', rule: 'own-status' },
  { message: 'Loader: state update from the config file applied', rule: 'no-status' },
  { message: 'Api: Server shutdown complete', rule: 'own-status' },
  { message: 'Boot: shutdown requested by the operator', rule: 'own-status' },
  // A self noun qualified by the hump that opens the narrator's name is the narrator's own subsystem.
  { message: 'ReplicaLinkProvider$LinkStopper: Replica daemon shut down; flushing links', rule: 'own-status' },
  // A device named first, then no bad news of it in its clause: the narrator's own step.
  { message: 'smartd: Device: /dev/sdb [SAT], opened', rule: 'no-status' },
  { message: 'kernel: usb 1-4: reset high-speed USB device number 3 using ehci-pci. Unable to load the firmware file', rule: 'no-status' },
  // A type label that names no unit, a record of data (no user id), a name that goes on into the narrator's reason.
  { message: 'Api: Timeout executing service: request 42', rule: 'own-status' },
  { message: 'Planner: ActivityInfo{d1c8e63 org.example.notes.EditActivity} failed', rule: 'own-status' },
  { message: 'Api: Server failed: 10.0.0.9:8080 already in use', rule: 'own-status' },
  { message: 'Api: Application is not responding: retrying', rule: 'own-status' },
  // A quoted or labelled object with nothing said after it: the narrator announces its own next step.
  { message: "oomd: Killing 'org.example.reader'.", rule: 'self-action' },
  { message: 'Allocator: Killing taskAttempt:attempt_1500000000001_0007_m_000002_0', rule: 'self-action' },
  { message: 'CacheManager: cache warmed, 1200 entries', rule: 'no-status' },
  { message: 'Recorder: FlushEvent success begin:12 end:40', rule: 'own-status' },
  { message: 'Resolver: request timeout after 3 retries', rule: 'own-status' },
  { message: 'StatusBar: updateLights, mScreenOn = true', rule: 'no-status' },
  { message: 'RenderLoop: updateClip isOverlap: false', rule: 'no-status' },
  { message: 'Uploader$PushWorker: Push worker stopped', rule: 'self-report' },
  { message: 'WebServer: Accepted socket connection from /10.1.2.3:5000', rule: 'self-action' },
  { message: 'Api: Server started on port 9000', rule: 'own-status' },
  { message: 'Pool: session 12 state changed to IDLE', rule: 'own-status' },
  { message: 'Layout: Application requested orientation 1, got rotation 0', rule: 'no-status' },
  // The hard cases of the unit rules: the narrator's own calls, steps and tasks.
  { message: 'Loader: Failed to open file /var/lib/app/state.db', rule: 'own-status' },
  { message: 'Client: Connecting to ResourceManager at rm01/10.0.0.2:8030', rule: 'self-action' },
  { message: 'Agent: Sending heartbeat to controller ctl-2', rule: 'self-action' },
  { message: 'Executor: Task 3 started', rule: 'own-status' },
  { message: 'Executor: Finished task 3.0 in stage 1.0 (TID 7). 2364 bytes result sent to driver', rule: 'own-status' },
  { message: 'Executor: Running task 5.0 in stage 2.0 (TID 11)', rule: 'self-action' },
  // A prediction is no status; a place after what is no unit does not make one.
  { message: 'Planner: host-1 is expected to be ready', rule: 'own-status' },
  { message: 'Client: request in stage 2 failed', rule: 'own-status' },
  // A verb's object that names no party.
  { message: 'Reader: unable to reach the end of file', rule: 'no-status' },
  { message: 'Raft: failed to reach quorum', rule: 'own-status' },
  // A check or report that is the narrator's own step, not a unit's.
  { message: 'Exporter: export-7 failed the schema check', rule: 'own-status' },
  { message: 'Keychain: sync with device failure: Error Domain=sos Code=1035', rule: 'own-status' },
  { message: 'Kernel: system is operational', rule: 'own-status' },
  { message: 'Raft: this node became leader', rule: 'own-status' },
  { message: 'Dispatcher: the queue is full', rule: 'own-status' },
  { message: 'Loader: file /var/lib/10.0.0.1 removed', rule: 'own-status' },
  // A group only with its name is a unit (a cluster's service group, a consumer group).
  { message: 'Query: group by failed', rule: 'own-status' },
  // A plural's "(s)" is no name; a state used as a verb is what the narrator tries.
  { message: 'Pool: thread(s) started', rule: 'own-status' },
  { message: 'Listener: connection from 10.0.0.7:5555 refused: too many clients', rule: 'no-status' },
  { message: 'OamAgent: upload of 4 PM files to collector 10.9.0.7:22 completed', rule: 'own-status' },
  { message: 'UpdAgent: scheduled check started (channel stable, last check 08:45)', rule: 'own-status' },
  { message: 'Planner: node-3 is now a good idea', rule: 'no-status' },
  // Sent to a unit and not answered is its failure; a failure of what was sent is not.
  { message: 'HaEngine: Switch of group dbsg to sfha02 aborted: resource db_ora could not be taken offline', rule: 'own-status' },
  // An acronym is no name without an answer: a command refused is the narrator's verdict.
  { message: 'imap: Mailbox Sent: quota exceeded, APPEND refused', rule: 'own-status' },
  { message: 'HaAgent: Agent is unable to offline resource(db_ora). Administrative intervention may be required', rule: 'no-status' },
  // A verdict on a party's request is the narrator's own ("reply from X: rejected" is the party's).
  { message: 'AmfNgap: SCTP association from 10.30.1.19:38412 refused: PLMN not served', rule: 'no-status' },
  { message: 'Broker: connection from client-7 (10.0.0.7) rejected, bad credentials', rule: 'no-status' },
  // An engine runs its jobs itself (a scheduler hands them to others: 'Scheduler: job x failed' reports x).
  { message: 'BackupEngine: job nightly-docs finished: 87 files, 0 errors', rule: 'own-status' },
  { message: 'WorkflowEngine: task approve-order completed', rule: 'own-status' },
  { message: 'Uploader: Failed to start upload with pattern *.sqm [HRESULT = 0x80004005]', rule: 'own-status' },
  { message: 'web: nginx: [emerg] bind() to 0.0.0.0:443 failed (98: Address already in use)', rule: 'own-status' },
  { message: 'WebApps: Web app /metrics started at 8088', rule: 'own-status' },
  { message: 'YarnClientSchedulerBackend: SchedulerBackend is ready for scheduling', rule: 'self-report' },
  { message: 'Servicing: NonStart: Success, nothing to do', rule: 'own-status' },
  { message: 'Servicing: Startup processing thread terminated normally', rule: 'own-status' },
  { message: 'wpa_supplicant: wlan0: Trying to associate with 00:11:22:33:44:55', rule: 'own-status' },
  { message: 'Scheduler: Starting task 4.0 in stage 2.0 (TID 30, node-3, partition 4)', rule: 'self-action' },
  { message: 'journald: Started journal for boot 3', rule: 'own-status' },
  { message: 'Stats: progress of the index rebuild is 40%', rule: 'no-status' },
  { message: 'Journal: did not exit cleanly last time, replaying log', rule: 'own-status' },
  { message: 'Compositor: child surface detached from parent window', rule: 'own-status' },
  { message: 'StorageSvc: service is in the degraded state', rule: 'own-status' },
  { message: 'Cache: entry \\"k42\\" is in the expired state', rule: 'own-status' },
  { message: 'Autoscaler: queue depth on node-3 went down to 12', rule: 'no-status' },
  { message: 'Proxy: latency of backend db-2 is up by 30%', rule: 'no-status' },
  { message: 'ntpd: ntpd exited on signal 15', rule: 'self-report' },
  { message: 'org.example.gmond: gmond exited on signal 15', rule: 'self-report' },
  { message: 'Prober: probe was started on 4 targets', rule: 'own-status' },
  { message: 'Dispatcher: request was killed after 30 s', rule: 'own-status' },
  { message: 'Api: server has been restarted', rule: 'own-status' },
  { message: 'Recorder: Session has been started', rule: 'own-status' },
  { message: 'Indexer: scan started at 02:00', rule: 'own-status' },
  // Started or killed, an English noun ("timer", "transaction") is an object the narrator handles, not a program.
  { message: 'Sched: timer was started', rule: 'own-status' },
  { message: 'Pool: transaction has been killed', rule: 'own-status' },
  // A status whose agent is the narrator's own data (configuration, table) is the narrator's decision.
  { message: 'Gatekeeper: client denied by server configuration: /srv/private', rule: 'own-status' },
  { message: 'Filter: peer 10.0.0.4:22 rejected by the firewall table', rule: 'own-status' },
  { message: 'Spool: failed to make directory to hold queue files', rule: 'own-status' },
  // snake_case words of code are data or functions, a constant's name is no component, a data type word heads data.
  { message: 'Throttle: max_retries exceeded, giving up', rule: 'own-status' },
  { message: 'Broker: tm_request failed with code 3', rule: 'own-status' },
  { message: 'Mux: open_demux failed', rule: 'own-status' },
  { message: 'Packager: x86_64 failed, arm64 ok', rule: 'own-status' },
  { message: 'Codec: AV_CODEC_H264 unavailable', rule: 'own-status' },
  { message: 'Importer: table_T3 loaded, 200 rows', rule: 'own-status' },
  { message: 'Settings: config_V2 loaded', rule: 'own-status' },
  { message: 'Relay_B2: Relay_B2 is up again', rule: 'self-report' },
  // A designation is a few capitals and a number ("B3"); a protocol or version name after "_" ("IPv6") is code.
  { message: 'Stack: proto_IPv6 is down', rule: 'own-status' },
  { message: 'Listener: (98)Address already in use: make_sock failed', rule: 'own-status' },
  { message: 'Listener: (13)Permission denied: access to /srv/www denied', rule: 'own-status' },
  { message: 'WebServer: (4)Server exited on signal 15', rule: 'own-status' },
  { message: 'Poller: got no answer from any source', rule: 'own-status' },
  { message: 'Parser: error from the input file, line 12', rule: 'own-status' },
  { message: 'Monitor: no response from the [Monitor] probe', rule: 'own-status' },
  { message: 'Loader: error from any [table_T3] row', rule: 'own-status' },
  // The service manager announcing its own next step on a unit, and a unit's lifecycle told by a program that runs none.
  { message: 'systemd: Starting nginx.service - A high performance web server...', rule: 'self-action' },
  { message: 'cron: Started nginx.service - A high performance web server.', rule: 'own-status' },
  // A link a party owns, or a device's link, with no news of it: the narrator's own step or setting.
  { message: 'Pool: redis-cache connection established', rule: 'no-status' },
  { message: 'kernel: eth0: link speed 1000 Mbps', rule: 'no-status' },
  { message: 'smtp: connect to relay.example.net[198.51.100.4]:25: sending HELO', rule: 'self-action' },
  // Good news of a channel is the narrator's own doing; a verb or preposition ends the party's name.
  { message: 'Uplink: connection to hub-2 started', rule: 'own-status' },
  { message: 'Uplink: Connection to relay established after error', rule: 'own-status' },
  { message: 'Uplink: connection to myself lost', rule: 'own-status' },
  // A source file and line ("sweep.c:812") is where the narrator's own code speaks, not a host and port.
  { message: 'Fabric: sweep_scan.c:812: error reading port table', rule: 'own-status' },
  { message: 'Loader: ConfigReader.java:77 failed to parse value', rule: 'own-status' },
  // A corrected fault of data, of a check, or with no part named, is the narrator's own; an uncorrected one is its interrupt.
  { message: 'Editor: schema error corrected in place', rule: 'own-status' },
  { message: 'Validator: total of 4 errors corrected', rule: 'no-status' },
  { message: 'Store: cache config error corrected', rule: 'own-status' },
  { message: 'KernelTrap: page walk error interrupt', rule: 'own-status' },
  { message: 'Tunnel: mail.example.net:993 error : the request was canceled before completion', rule: 'own-status' },
  // A measure of a hardware unit is no status of it.
  { message: 'Profiler: cpu time exceeded budget', rule: 'own-status' },
  // Free text after a state field is no state value; the narrator's own task or itself is no other unit.
  { message: 'Balancer: backend pool-b state: draining slowly', rule: 'no-status' },
  { message: 'Executor: task 3 (state: QUEUED)', rule: 'no-status' },
  { message: 'Api: Server state: STARTING', rule: 'no-status' },
  // A state entered with no other unit named, or by the narrator's own bare self noun, is the narrator's.
  { message: 'Namenode: Entered safe mode', rule: 'no-status' },
  { message: 'Api: Server entered maintenance mode', rule: 'no-status' },
  { message: 'wpa_supplicant: wlan0: entered power save mode', rule: 'no-status' },
  // What the narrator accepted or queued from an address is its own doing: no report noun.
  { message: 'sshd: Accepted publickey for alice from 198.51.100.7 port 4022 ssh2', rule: 'self-action' },
  { message: 'Mail: message from 198.51.100.7 queued', rule: 'no-status' },
  // What the narrator registers for itself, a type or its handlers, or an unnamed unit, is its own setup.
  { message: 'StoreMaster: Registered CacheManager', rule: 'own-status' },
  { message: 'Boot: Registered signal handlers for [TERM, INT]', rule: 'own-status' },
  { message: 'Registry: Registered worker', rule: 'own-status' },
  { message: 'Init: system rebooted after update', rule: 'own-status' },
  // A class's numbered instance is the narrator itself; a module's unnumbered noun too.
  { message: 'GroupCoordinator: [GroupCoordinator 2]: Preparing to rebalance group billing', rule: 'no-status' },
  // A name with its arguments is a call the narrator makes: its failure is the narrator's own.
  { message: 'ServiceWatcher: OpenService(WinDefend) failed, error 5 (Access is denied)', rule: 'own-status' },
  // A check of a host whose outcome does not follow the host.
  { message: 'NetProbe: ping to 10.0.0.9 scheduled, previous one timed out', rule: 'own-status' },
  // The narrator's own work that took a while, and an issue that is no failure to reach anyone.
  { message: 'Planner: the query took 300 ms to run', rule: 'no-status' },
  { message: 'Indexer: issue with the mapping of field ts', rule: 'no-status' },
  { message: 'Agent: took 3 s to respond to client 10.0.0.1', rule: 'own-status' },
  // A local peer and the narrator's own server are the narrator; a server started at an address is its own start.
  { message: 'Ha: our local peer is down', rule: 'own-status' },
  { message: 'Ha: my server is down', rule: 'own-status' },
  { message: 'Boot: Server started at 10.0.0.5', rule: 'own-status' },
  // Work marked with a state of work is the narrator's bookkeeping.
  { message: 'Builder: Marking index-7 as done', rule: 'self-action' },
  // Detected on a bare word: where the narrator found its own error, no unit.
  { message: 'Lexer: parse error detected on input', rule: 'own-status' },
  { message: 'Boot: failure detected on startup', rule: 'own-status' },
  // A wait of a given time is the narrator's delay; its connection to the address that labels the message, its own.
  { message: 'rconn: br-int<->tcp:10.9.0.5:6653: waiting 2 seconds before reconnect', rule: 'no-status' },
  { message: 'reconnect: tcp:10.9.0.7:6642: connected', rule: 'no-status' },
  // The text the narrator sends to a recipient is data it handles, whatever state it quotes.
  { message: 'notify: mail sent to ops@example.org: "UPS ups-a@localhost on battery"', rule: 'no-status' },
  { message: 'Pager: notification sent to +15550100: "node-3 is down"', rule: 'no-status' },
  { message: 'notify: mail sent to ops@example.org: "Communications with UPS ups-a@localhost lost"', rule: 'no-status' },
  // DRBD's own connection, replication, device and role.
  { message: 'kernel: drbd r0 node-b: conn( Unconnected -> Connecting ) [connecting]', rule: 'no-status' },
  { message: 'kernel: drbd r0/0 drbd1 node-b: repl( Established -> WFBitMapT ) [attach]', rule: 'no-status' },
  { message: 'kernel: drbd r0: role( Secondary -> Primary ) [primary]', rule: 'no-status' },
  // A partner unnamed, its state given beside the narrator's own transition, says nothing of a unit.
  { message: 'ha: server transitions from READY to LOAD-BALANCING state, partner state is LOAD-BALANCING', rule: 'own-status' },
  // An activity on a unit that starts or ends is the narrator's own work.
  { message: 'Fdc: trace collection on TRK-07 started for lot KF0317', rule: 'own-status' },
  { message: 'Scanner: malware scanning on SRV-02 completed', rule: 'own-status' },
  // A person logging in or out is no component.
  { message: 'asa: User logged out: Uname: netadmin', rule: 'own-status' },
  { message: 'sshd: user root logged in from 10.0.0.1', rule: 'own-status' },
  // A reading with no unit before it, or of a quantity the narrator sets, is its own figure.
  { message: 'Thermal: temperature 45 C', rule: 'no-status' },
  { message: 'ParkCtl: voltage control: Q setpoint -3.5 Mvar to hold 33.0 kV (U 33.41 kV)', rule: 'no-status' },
  // A server's own answers, a request line and a bare code or a status field, are its own.
  { message: 'access: GET /api HTTP/1.1 200', rule: 'no-status' },
  { message: 'Web: request completed, status=200', rule: 'own-status' },
  // The text the narrator shows a user is data it handles, whatever state it tells.
  { message: "Shell: prompt 'Card terminal not responding - take another tender' shown", rule: 'no-status' },
  { message: "Kiosk: message 'Printer offline' displayed", rule: 'no-status' },
  // An alarm the narrator raises or clears, opening its message, is its own act, whatever it names.
  { message: 'AlarmMgr: raised A-2207 BWP-1 TRIPPED, priority 3', rule: 'own-alarm' },
  { message: 'AlarmSrv: alarm A-1204 raised: WTG12 communication lost (severity 2)', rule: 'own-alarm' },
  { message: 'GwMain: cleared alarm SGW-A-118 "IED GW_BCU_E04 communication failure"', rule: 'own-alarm' },
  { message: 'DtcMgr: DTC U0121-00 fault memory full', rule: 'no-status' },
  // A mode in lower case is a word of any sentence; a mode after no unit is the narrator's own.
  { message: 'Sched: run 42 started in auto mode', rule: 'own-status' },
  { message: 'Console: key switch MAINTENANCE -> AUTO by operator 2214', rule: 'own-status' },
  { message: 'MySQL_Server: MySQL server is ready for connections', rule: 'self-report' },
  { message: 'Gossip: Not marking nodes down due to local pause', rule: 'own-status' },
  // A unit of measure is no component, whatever its capitals.
  { message: 'Application: max_server_memory_usage set to 56.51 GiB (62.79 GiB available * 0.90)', rule: 'own-status' },
  // A link the narrator opens, with no party named, is its own.
  { message: 'rlm_sql: Opening connection failed (3)', rule: 'self-action' },
  { message: 'Uploader: bucket s3://logs/2024 unreachable', rule: 'own-status' },
  // What a send goes to may be people: only a named component is a party.
  { message: 'Mailer: error sending report to the finance team', rule: 'own-status' },
  { message: 'mDNSResponder: failure sending packet to 224.0.0.251:5353', rule: 'own-status' },
  // A task delegated to the control node, a host skipped, Ansible's own retries: its own.
  { message: 'ansible: ok: [web-01 -> localhost]', rule: 'own-status' },
  { message: 'ansible: FAILED - RETRYING: [db-02]: Wait for the standby to accept connections (6 retries left).', rule: 'own-status' },
  // A periodic health line is the narrator's own tally of what it supervises.
  { message: 'RideSup: health: SPLC-A RUN, OBC-T1 ok, vq-srv connected', rule: 'own-health' },
  // The same capitals as what the narrator sends or sets, or a protocol's own state, are no plant's state.
  { message: 'HatchCtl: sending OPEN to HATCH-PLC', rule: 'self-action' },
  { message: 'GateLink: gate state CLOSED sent to the booking server', rule: 'no-status' },
  { message: 'Cluster: Shifting CLOSED -> OPEN (TO: 118)', rule: 'self-action' },
  // A file system path is data.
  { message: 'Loader: path /var/lib/data not found', rule: 'no-status' },
  { message: 'Importer: file /data/x.csv is missing', rule: 'no-status' },
  // The narrator's own network, not a host it reaches.
  { message: 'Resolver: sendto: (101) Network is unreachable', rule: 'own-status' },
  // Any other outcome of a request may be the narrator's own.
  { message: 'Gateway: request to 10.30.1.12 rejected by policy P-4', rule: 'own-status' },
  { message: 'NotesSync: Could not start SyncService, falling back to JobScheduler', rule: 'own-status' },
  // A figure of the narrator's own, in percent, with no unit before it.
  { message: 'Perf: CPU usage 45%, load average 1.2', rule: 'no-status' },
  // A question about a state reports none.
  { message: 'tor: Now checking whether IPv4 ORPort 198.51.100.7:9001 is reachable... (this may take up to 20 minutes)', rule: 'no-status' },
  { message: 'HaMon: checking if db-2 is down before failover', rule: 'self-action' },
  // A setting turned on or off is the narrator's configuration.
  { message: 'Writer: compression turned off for table t1', rule: 'own-status' },
  // A person at a console, opening the message, gives a command through the narrator: its own record.
  { message: 'HmiSrv: operator kwong on HMI-3: PMP-2 fault acknowledged, callout raised', rule: 'operator-command' },
  { message: 'TrafficSrv: operator alee on OPS-WS1: diversion plan DV-2 activated', rule: 'operator-command' },
  // A daemon calls itself by its name without the "d".
  { message: 'fenced: notice: Fence daemon successfully started and accepting connections', rule: 'own-status' },
  // A unit moved in or out of what the narrator shares its work among is the narrator's own act.
  { message: 'HbsCtl: EDS-4 removed from level 1 allocation, load sharing EDS-1 EDS-3', rule: 'no-status' },
  { message: "CRSD: Server 'node-7' has been removed from pool 'Generic'.", rule: 'no-status' },
  { message: 'FleetMgr: AGV-21 returned to dispatch; alarm F-12 cleared', rule: 'no-status' },
  { message: 'HeatPumpCtl: HP-3 returned to sequence as lag unit', rule: 'no-status' },
  // An alarm or a warning by its id is the narrator's own, whatever it says.
  { message: 'SubstMon: SS-12 COMM FAIL cleared, alarm SUB-12-COM returned to normal', rule: 'own-status' },
  // A call's argument, or a label of what follows, is not the subject of the ")" after it.
  { message: 'SvcWatch: OpenService(Spooler) failed, error 5', rule: 'own-status' },
  { message: 'ptp4l: port 2 (eth3): FAULTY to LISTENING on INIT_COMPLETE', rule: 'own-status' },
  { message: 'SessionRes: Physical Disk <Disk 4>: Online, reserving disk with key 0x8d2a', rule: 'own-status' },
  // Nothing bad within a time is no missed deadline.
  { message: 'PlantMon: pump P-2 no errors within 5 s', rule: 'no-status' },
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

  /** The subject's and the status's spans in text order: [role, text] pairs. */
  const subjectFirst = (subject: string, status: string): string[][] => [['subject', subject], ['status', status]];
  const statusFirst = (status: string, subject: string): string[][] => [['status', status], ['subject', subject]];
  it.each([
    ['kernel: drbd r0 node-b: conn( Connected -> BrokenPipe ) peer( Primary -> Unknown ) [recv]', subjectFirst('node-b', 'Unknown')],
    ['output:loki:loki.0: loki-gw:3100, HTTP status=502', subjectFirst('loki-gw:3100', 'HTTP status=502')],
    ['StationMon: Lna2 current 176 mA (limit 250 mA)', subjectFirst('Lna2', 'current 176 mA')],
    ['HealthProbe: Health contributor billing-db (jdbc) took 8120ms to respond', subjectFirst('billing-db', 'took 8120ms to respond')],
    ['FilterSeq: BWP-1 did not reach RUNNING within 10 s', subjectFirst('BWP-1', 'did not reach RUNNING within 10 s')],
    ['ansible: changed: [web-01 -> lb-01(10.60.0.10)]', statusFirst('changed', 'lb-01')],
    ['ansible: fatal: [web-03]: UNREACHABLE! => {', statusFirst('fatal', 'web-03')],
  ])('spans the subject and the status of %s', (message, expected) => {
    const decision = createClassifier(lexicon).classify(recordOf(message));
    const spans = decision.spans.filter((s) => s.role !== 'narrator').map((s) => [s.role, message.slice(s.start, s.end)]);
    expect(spans).toEqual(expected);
  });

  it('reports every status word of the predicate clause', () => {
    const decision = createClassifier(lexicon).classify(recordOf('Agent: license server LIC2 did not respond, marked unreachable'));
    expect(decision.status).toBe('did not respond, unreachable');
    expect(decision.negative).toBe(true);
  });
});
