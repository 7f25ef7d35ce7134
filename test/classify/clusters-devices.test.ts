/**
 * Shapes of cluster members, devices and monitored hosts, on invented messages: a membership protocol's news of another
 * member (serf, a gossip failure detector, Elasticsearch's node descriptors, Redis Sentinel's events), a device's
 * notification (Windows' DBT_ events, UnifiedPOS status events), a pod the scheduler cannot place, a server named with
 * its port and start code (HBase), a unit that went from one state to another, a host as Java writes it ("/10.2.0.3"),
 * a monitoring core's record of a check (Nagios);
 * and what stays the narrator's own: a version number after a noun, an API function's return value, two key=value
 * fields side by side, a direction word that moves a quantity. Each with near misses.
 */

import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { recordOf } from './records.js';
import { checkExamples, type Example } from './examples.js';

const lexicon = loadLexicon();

const explain = ({ message }: Example) => createClassifier(lexicon).explain(recordOf(message));

const diegetic: Example[] = [
  // A membership protocol's news of another member.
  { message: 'gossip: serf: EventMemberJoin: cache-node-4 10.20.0.14', subjects: ['cache-node-4'], negative: false, rule: 'member-event' },
  { message: 'gossip: serf: EventMemberFailed: edge-7.dc2 10.30.1.7', subjects: ['edge-7.dc2'], negative: true, rule: 'member-event' },
  { message: 'gossip: serf: EventMemberLeave: batch-02 10.20.4.2', subjects: ['batch-02'], negative: true, rule: 'member-event' },
  { message: 'corosync: [TOTEM ] A new membership (1.8a) was formed. Members left: 3', subjects: ['member 3'], negative: true, rule: 'member-event' },
  { message: 'corosync: [TOTEM ] A new membership (1.7e) was formed. Members joined: 1 3', subjects: ['members 1 3'], negative: false, rule: 'member-event' },
  { message: 'membership: Suspect queue-3 has failed, no acks received', subjects: ['queue-3'], negative: true, rule: 'member-event' },
  { message: 'membership: Marking queue-3 as failed, suspect timeout reached (3 peer confirmations)', subjects: ['queue-3'], negative: true, rule: 'member-event' },
  { message: 'MasterService: node-left[{search-7}{Xb3kP0aQTw2Lm9Rz4VcE1g}{Hq8sN2dKRy5Fp7Wb3XvJ6u}{search-7}{10.4.0.7}{10.4.0.7:9300}{d} reason: disconnected]', subjects: ['search-7'], negative: true, rule: 'member-event' },
  { message: 'ClusterApplierService: added {{search-7}{Xb3kP0aQTw2Lm9Rz4VcE1g}{Hq8sN2dKRy5Fp7Wb3XvJ6u}{search-7}{10.4.0.7}{10.4.0.7:9300}{d}}, term: 4', subjects: ['search-7'], negative: false, rule: 'member-event' },
  // A Redis Sentinel's events about the instances it monitors.
  { message: '+sdown master orders 10.1.0.5 6379', subjects: ['orders'], negative: true, rule: 'sentinel-event' },
  { message: '-odown master orders 10.1.0.5 6379', subjects: ['orders'], negative: false, rule: 'sentinel-event' },
  { message: '+switch-master orders 10.1.0.5 6379 10.1.0.6 6379', subjects: ['orders'], negative: false, rule: 'sentinel-event' },
  { message: '+slave slave 10.1.0.7:6379 10.1.0.7 6379 @ orders 10.1.0.6 6379', subjects: ['10.1.0.7:6379'], rule: 'sentinel-event' },
  // A device's notification, by Windows' device broadcast or a UnifiedPOS status event.
  { message: 'HotPlug: DBT_DEVICEARRIVAL USB\\VID_1A2B&PID_3C4D\\SN00442', subjects: ['USB\\VID_1A2B&PID_3C4D\\SN00442'], negative: false, rule: 'device-event' },
  { message: 'HotPlug: DBT_DEVICEREMOVECOMPLETE USB\\VID_1A2B&PID_3C4D\\SN00442', subjects: ['USB\\VID_1A2B&PID_3C4D\\SN00442'], negative: true, rule: 'device-event' },
  { message: 'Printer: StatusUpdateEvent PTR_SUE_REC_EMPTY', subjects: ['the device'], negative: true, rule: 'device-event' },
  { message: 'Drawer: StatusUpdateEvent CASH_SUE_DRAWERCLOSED', subjects: ['the device'], negative: false, rule: 'device-event' },
  // A pod the scheduler cannot place.
  { message: 'scheduler: Pod shop/cart-5d8f7c9b6-q2w3e is unschedulable', subjects: ['shop/cart-5d8f7c9b6-q2w3e'], negative: true },
  // A server named by host, port and start code, and what it reported.
  { message: 'AssignmentManager: rs7.dc.example,16020,1716000000123 reported FAILED_OPEN for region 5a1f', subjects: ['rs7.dc.example,16020,1716000000123'] },
  // A state left and the state entered after a link word; a unit's own status after a comma.
  { message: 'LinkWatch: uplink-3 went from UP to DOWN', subjects: ['uplink-3'], negative: true, rule: 'subject-predicate' },
  { message: 'ConnService: modem-2 going from CONNECTED to DISCONNECTED', subjects: ['modem-2'], negative: true, rule: 'subject-predicate' },
  { message: 'gossip: Node cache-node-4, joined', subjects: ['cache-node-4'], rule: 'subject-predicate' },
  // A host as Java writes an InetAddress, a routing neighbor, a controller that does not answer.
  { message: 'Gossiper: InetAddress /10.2.0.3 is now DOWN', subjects: ['/10.2.0.3'], negative: true, rule: 'subject-predicate' },
  { message: 'BGP: neighbor 192.0.2.2 Up', subjects: ['192.0.2.2'], negative: false },
  { message: 'OSPF: Process 1, Nbr 192.0.2.6 on GigabitEthernet0/2 from FULL to DOWN, Neighbor Down: Dead timer expired', subjects: ['192.0.2.6'], negative: true },
  { message: 'Gateway: PLC-4 not answering on Modbus unit 3', subjects: ['PLC-4'], negative: true },
  { message: 'Diag: ECU 0x7E8 did not respond to TesterPresent', subjects: ['ECU 0x7E8'], negative: true },
  // The narrator's touch with a named unit, lost or back.
  { message: 'Hostd: Event 88131 : Lost access to volume ds-ssd-07 due to connectivity issues.', subjects: ['ds-ssd-07'], negative: true, rule: 'touch' },
  { message: 'Coordinator: lost contact with node-4 after 3 missed heartbeats', subjects: ['node-4'], negative: true, rule: 'touch' },
  { message: 'Hostd: Successfully restored access to volume ds-ssd-07 following connectivity issues.', subjects: ['ds-ssd-07'], negative: false, rule: 'touch' },
  // Up to two words may say which link it is.
  { message: 'Raft: lost TCP streaming connection with peer node-4', subjects: ['node-4'], negative: true, rule: 'touch' },
  { message: 'Pool: re-established SSL connection to db-2', subjects: ['db-2'], negative: false, rule: 'touch' },
  // A member that became active or is inactive.
  { message: 'Membership: peer node-4 became active', subjects: ['node-4'], negative: false },
  { message: 'Membership: node-4 is inactive', subjects: ['node-4'], negative: true },
  // A monitoring core's record of a check (Nagios Core, Icinga 1, Naemon): the host, after the contact in a notification.
  { message: 'SERVICE ALERT: mail-01;SMTP;CRITICAL;HARD;3;connect to address 10.1.2.3 and port 25: Connection refused', subjects: ['mail-01'], negative: true, rule: 'monitor-record' },
  { message: 'CURRENT HOST STATE: dns-02;UP;HARD;1;PING OK - Packet loss = 0%', subjects: ['dns-02'], negative: false, rule: 'monitor-record' },
  { message: 'HOST NOTIFICATION: oncall-net;dns-02;DOWN;notify-host-by-sms;CRITICAL - Host Unreachable', subjects: ['dns-02'], negative: true, rule: 'monitor-record' },
  { message: 'PASSIVE SERVICE CHECK: fw-01;VPN Tunnel;2;CRITICAL - tunnel down', subjects: ['fw-01'], negative: true, rule: 'monitor-record' },
  { message: 'SERVICE FLAPPING ALERT: app-07;Disk /var;STARTED; Service appears to have started flapping', subjects: ['app-07'], negative: true, rule: 'monitor-record' },
  // A narrator's numbered server is another one.
  { message: 'Balancer: server #3 is down', subjects: ['#3'], negative: true },
  // A status word as a flag's key that is on.
  { message: 'Supervisor: worker-3 failed=true', subjects: ['worker-3'], negative: true },
  // A routing protocol's session named by its peer's address.
  { message: 'rpd: LDP session 10.255.255.2 is down', subjects: ['10.255.255.2'], negative: true, rule: 'host-acts' },
  // A sign of life or a report of its state that a named party sent.
  { message: 'BacnetPoll: I-Am from device 2001 (AHU-01) at 10.80.1.21', subjects: ['device 2001'], rule: 'reply-from' },
  { message: 'BacnetPoll: COV notification from device 4102 (CH-02): analog-input 5 = 11.6 degC', subjects: ['device 4102'], rule: 'reply-from' },
  { message: 'TrapRx: SNMP trap from 10.0.0.5: linkDown ifIndex 3', subjects: ['10.0.0.5'], rule: 'reply-from' },
  // No healthy unit of a kind left, as nginx says no live one is.
  { message: 'router: [C12][S991] no healthy upstream for cluster orders-v1', subjects: ['upstream'], negative: true },
  // A passive in progress ("is being marked"), a state changed to after an auxiliary, a unit gone silent.
  { message: 'Radius: RADIUS server ISE-A is being marked alive.', subjects: ['ISE-A'], negative: false },
  { message: 'StackMgr: Stack Port 1 Switch 1 has changed to state DOWN', subjects: ['Switch 1'], negative: true, rule: 'state-value' },
  { message: 'Gossiper: FatClient /10.0.9.40:7000 has been silent for 30000ms, removing from gossip', subjects: ['/10.0.9.40:7000'], negative: true },
  // A numbered switch of a stack, a part that does not function.
  { message: 'STACKMGR: Switch 3 has been removed from the stack.', subjects: ['Switch 3'] },
  { message: 'Chassis: fan-tray-2 is not functioning', subjects: ['fan-tray-2'], negative: true },
  // A device named with its bus address, alive or not answering.
  { message: 'EcuMon: TCU (0x7E1) alive, sw 02.01.00', subjects: ['TCU'], negative: false },
  { message: 'EcuMon: TCU (0x7E1) not answering, 2 of 3 retries', subjects: ['TCU'], negative: true },
  // A client's act on its connection, heartbeats missed from a party.
  { message: 'amqp: client unexpectedly closed TCP connection', subjects: ['client'], negative: true },
  { message: 'amqp: missed heartbeats from client, timeout: 60s', subjects: ['client'], negative: true, rule: 'peer-event' },
  // A node's new state, as Cassandra's gossip writes it.
  { message: 'StorageService: Node /10.2.0.4:7000 state jump to NORMAL', subjects: ['/10.2.0.4:7000'], rule: 'state-value' },
  // An alarm about a named unit; the outcome of an operation on a resource a cluster manager runs.
  { message: "broker: disk resource limit alarm set on node 'rabbit@mq-7'.", subjects: ['rabbit@mq-7'], negative: true, rule: 'alarm-on' },
  { message: "broker: disk resource limit alarm cleared on node 'rabbit@mq-7'", subjects: ['rabbit@mq-7'], negative: false, rule: 'alarm-on' },
  { message: 'pacemaker-controld: notice: Result of monitor operation for pgsql-ha on db-node-2: not running', subjects: ['pgsql-ha'], negative: true, rule: 'operation-result' },
  { message: 'pacemaker-controld: Result of start operation for vip on db-node-2: ok', subjects: ['vip'], negative: false, rule: 'operation-result' },
  // VMware's device names: a NIC, a storage path; a cluster node whose state is unknown.
  { message: 'vobd: Lost uplink redundancy on virtual switch vSwitch0. Physical NIC vmnic5 is down.', subjects: ['vmnic5'], negative: true },
  { message: 'vobd: scsiPath vmhba2:C0:T3:L7 changed state from on to dead', subjects: ['vmhba2:C0:T3:L7'], negative: true },
  { message: 'pacemaker-schedulerd: warning: db-node-2 is unclean', subjects: ['db-node-2'], negative: true },
  // A member named by its address, whose state it has become or was declared; a Ceph daemon; a party's confirmation.
  { message: "Repl: Member with address db-c:3306 has become unreachable.'", subjects: ['db-c:3306'], negative: true },
  { message: "Repl: The member with address db-c:3306 was declared online within the replication group.'", subjects: ['db-c:3306'] },
  { message: 'ceph-mon: osd.7 marked itself down and dead', subjects: ['osd.7'], negative: true },
  { message: 'NurseCall: ncs02 confirmed call 88121 on dome light 3W-204', subjects: ['ncs02'] },
  { message: 'NurseCall: ncs02 did not confirm call 88122 within 30 s', subjects: ['ncs02'], negative: true },
  // A reply, an acknowledgement or a sign of life that a named party sent.
  { message: 'Coordinator: Received heartbeat from node-3 (term 7)', subjects: ['node-3'], negative: false },
  { message: 'Monitor: PONG for probe 7 from cache-node-2 after 3 ms', subjects: ['cache-node-2'], negative: false, rule: 'reply-from' },
  { message: 'MllpClient: ORU-OUT ACK AA for MSG0044 from LAB-IFACE', subjects: ['LAB-IFACE'], rule: 'reply-from' },
  { message: 'MllpClient: ORU-OUT NAK for MSG0045 from LAB-IFACE', subjects: ['LAB-IFACE'], negative: true, rule: 'reply-from' },
  // A device noun: the scanner's own report.
  { message: 'UsbLink: scanner reports READY, lamp warm', subjects: ['scanner'] },
];

const nonDiegetic: Example[] = [
  // A comma before a status that is no unit's own; a state left with no link word before it; data sent to a host.
  { message: 'Loader: read settings from cfg-2, failed validation' },
  { message: 'Planner: moved shard-7 from node-1 to node-2' },
  { message: 'Store: Served block blk_77 to /10.2.0.9' },
  // A word in capitals before a parenthetical that is no bus address; an alarm with no unit.
  { message: 'Loader: CSV (comma separated) loaded' },
  { message: 'Monitor: alarm set on threshold breach' },
  // A sign of life the narrator sends; data received from a host; a reply word in another clause than the party.
  { message: 'Coordinator: Sent heartbeat to node-3' },
  // Words between the verb and the link that are no link of its: a count, a sentence.
  { message: 'Pool: lost 3 connections to db-2' },
  { message: 'Pool: restored the backup. Connection to db-2 opened' },
  // "active" alone is no news: a count of the narrator's own, a unit that is merely in use.
  { message: 'Sessions: 3 inactive sessions purged' },
  { message: 'Router: route via node-4 is active' },
  // With no narrator, a self noun numbered with '#' is the writing program's own process (Zabbix).
  { message: 'server #12 started [poller #1]' },
  // A status word as the key of a flag that is off or of a setting's figure.
  { message: 'Supervisor: worker-3 failed=false restarts=0' },
  { message: 'Supervisor: worker-3 timeout=30s' },
  // A session of the narrator's own, numbered, with no status a host has.
  { message: 'logind: New session 412 of user admin.' },
  // A request received is the narrator's work; a notification it sends, its own.
  { message: 'Api: Received request from client 10.0.0.5' },
  { message: 'Notifier: sent notification from queue orders' },
  // A monitoring core's own doing and its operators': an event handler, a downtime, an acknowledgement, a command.
  { message: 'SERVICE EVENT HANDLER: mail-01;SMTP;CRITICAL;HARD;3;restart-postfix' },
  { message: 'HOST DOWNTIME ALERT: db-02;STARTED; Host has entered a period of scheduled downtime' },
  { message: 'SERVICE NOTIFICATION: oncall;nas-01;Disk /data;ACKNOWLEDGEMENT (WARNING);notify-service-by-email;DISK WARNING' },
  { message: 'EXTERNAL COMMAND: SCHEDULE_FORCED_SVC_CHECK;nas-01;RAID Status;1716264400' },
  // Silence and a passive in progress with no unit: the narrator's own.
  { message: 'Installer: silent install finished' },
  { message: 'Loader: configuration is being reloaded' },
  { message: 'Store: Received block blk_77 of size 64 from /10.2.0.9' },
  { message: 'Api: response cached. Read 3 rows from db-2' },
  // Touch with data, or the narrator's own.
  { message: 'Indexer: lost access to the cache entry 77 after eviction' },
  // A direction word after a verb and its object: the narrator's own act on it.
  { message: 'IPaddr2: Bringing device ens4 up' },
  { message: 'Maintenance: taking node-3 down for the kernel update' },
  // A status word that modifies a noun of data: nothing failed.
  { message: 'sqlservr: For more information, see the SQL Server error log' },
  { message: 'Pool: error rate of the pool is 0.2%' },
  // A bare switch is a verb or a mechanism, not a unit.
  { message: 'Planner: switch to standby failed' },
  // A Sentinel's own steps.
  { message: '+try-failover master orders 10.1.0.5 6379' },
  { message: '+vote-for-leader 5f1c3e7a9b2d4f6a8c0e 12' },
  // A near miss of each membership shape: no member named, or a member the narrator acts on.
  { message: 'gossip: serf: EventMemberJoin' },
  { message: 'membership: Suspect timeout is 5 s' },
  { message: 'ClusterApplierService: added 3 index templates' },
  // A device event with no code, a DBT_ constant that is no device news.
  { message: 'Printer: StatusUpdateEvent queued' },
  { message: 'HotPlug: DBT_DEVNODES_CHANGED' },
  // A version number after a component noun is no name.
  { message: 'ScanDrv: driver host 6.2.9200.16384 loaded, API version 3.1' },
  { message: 'Updater: agent v2.14.0 started' },
  // An API function called, and what it returned.
  { message: 'HotPlug: RegisterDeviceNotification returned handle 0x00004A10' },
  { message: 'Spooler: GetPrinterDriverDirectory returned 122' },
  // Two key=value fields: the key of the second is not said of the value of the first.
  { message: 'api: Request error: method=GET url=/v1/kv/app from=10.9.8.7:51802 error="ACL not found"' },
];

checkExamples('clusters and devices', explain, diegetic, nonDiegetic);

describe('a level written again at the start of the message', () => {
  it('is no action of the narrator\'s own, as a gerund opening the message would be', () => {
    expect(explain({ message: 'fdm: warning the local store is slow' }).rule).not.toBe('self-action');
    expect(explain({ message: 'fdm: checking the local store' }).rule).toBe('self-action');
  });
});

describe('a direction word that moves a labelled quantity', () => {
  it('is no state of the unit before it ("snapshot up to: index=N", where a narrator is called snapshot)', () => {
    const classifier = createClassifier(lexicon);
    classifier.classify(recordOf('snapshot: writing the state'));
    expect(classifier.explain(recordOf('raft: starting snapshot up to: index=1856310')).decision.kind).toBe('non-diegetic');
    expect(classifier.explain(recordOf('raft: snapshot is up')).decision.kind).toBe('diegetic');
  });
});
