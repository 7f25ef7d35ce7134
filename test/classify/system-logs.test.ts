/**
 * Shapes of a server's system log, on invented messages: the kernel naming the device or processor an error befell, a
 * hung task, an init script's outcome for its daemon, systemd's words for a unit it runs, a unit "going" into a state, a unit's health changed, a window's death
 * (Android), well-known daemons and hosts numbered
 * after a letter; and what stays the narrator's own: a bare link it opened or accepted, a pool's connections, its own
 * uptime. Each with near misses that stay the narrator's own story.
 */

import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { recordOf } from './records.js';
import { checkExamples, type Example } from './examples.js';

const lexicon = loadLexicon();

const explain = ({ message }: Example) => createClassifier(lexicon).explain(recordOf(message));

const diegetic: Example[] = [
  // The block device an error befell, named after the error.
  { message: 'kernel: [4410.117203] blk_update_request: I/O error, dev sdb, sector 20480 op 0x1:(WRITE)', subjects: ['sdb'], negative: true, rule: 'error-on-device' },
  { message: 'kernel: Buffer I/O error on dev dm-3, logical block 977, async page read', subjects: ['dm-3'], negative: true, rule: 'error-on-device' },
  { message: 'multipathd: timeout on device /dev/sdb, path failing', subjects: ['/dev/sdb'], negative: true, rule: 'subject-predicate' },
  // A numbered processor opening the kernel's message, after its subsystem's label or alone.
  { message: 'kernel: mce: CPU7: Package temperature above threshold, cpu clock throttled', subjects: ['CPU7'], negative: true, rule: 'device-prefix' },
  { message: 'kernel: CPU2: Core temperature above threshold', subjects: ['CPU2'], negative: true, rule: 'device-prefix' },
  // A numbered CPU anywhere, and its state.
  { message: 'kernel: watchdog: BUG: soft lockup - CPU#2 stuck for 22s! [kworker/2:1:123]', subjects: ['CPU#2'], negative: true, rule: 'subject-predicate' },
  // A monitor's device, one of whose attributes changed from one value to another.
  { message: 'smartd: Device: /dev/sdb [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from 61 to 63', subjects: ['Device: /dev/sdb [SAT]'], rule: 'device-prefix' },
  // A monitor's readings of a device.
  { message: 'healthd: battery l=87 v=4177 t=29.0 h=2 st=3 c=-312 chg=', subjects: ['battery'], negative: false, rule: 'device-readings' },
  // A USB device plugged in or out, by its bus and port.
  { message: 'kernel: usb 1-2: USB disconnect, address 3', subjects: ['usb 1-2'], negative: true, rule: 'device-prefix' },
  { message: 'kernel: [13174.587137] usb 2-1: new high-speed USB device number 4 using xhci_hcd', subjects: ['usb 2-1'], negative: false, rule: 'device-prefix' },
  // An init script's outcome for the daemon it runs.
  { message: 'cups: cupsd startup succeeded', subjects: ['cupsd'], negative: false, rule: 'init-outcome' },
  { message: 'rc: Stopping smartd:  failed', subjects: ['smartd'], negative: true, rule: 'init-outcome' },
  { message: 'rc: Starting httpd: [  OK  ]', subjects: ['httpd'], negative: false, rule: 'init-outcome' },
  // A task the kernel found hung.
  { message: 'kernel: INFO: task kworker/3:1:233 blocked for more than 120 seconds.', subjects: ['kworker/3:1:233'], negative: true },
  // systemd: a unit whose dependency failed, by its description; a process of a unit it names.
  { message: 'systemd: Dependency failed for Local File Systems.', subjects: ['Local File Systems'], negative: true, rule: 'supervised-unit' },
  { message: 'systemd: redis.service: A process of this unit has been killed by the OOM killer.', subjects: ['redis.service'], negative: true, rule: 'labelled-unit' },
  // "going" links a unit to its state, as "went" does.
  { message: 'lb: Server web/app-2 is going DOWN for maintenance.', subjects: ['web/app-2'], negative: true, rule: 'subject-predicate' },
  // A well-known daemon by its name; a host numbered after a letter ("node-c1", as "node-1").
  { message: 'dockerd: containerd not running, starting managed containerd', subjects: ['containerd'], negative: true, rule: 'subject-predicate' },
  { message: 'memberlist: Suspect node-c1 has failed, no acks received', subjects: ['node-c1'], negative: true, rule: 'subject-predicate' },
  { message: 'memberlist: Marking host-b2 as failed, suspect timeout reached', subjects: ['host-b2'], negative: true, rule: 'marked-as' },
  // A unit's health or state changed, told right after it; a window that died (Android's WindowManager).
  { message: 'BatteryService: Battery health changed: 2 -> 3 (overheat)', subjects: ['Battery'], rule: 'check-report' },
  { message: 'ClusterMonitor: Cluster health status changed from [GREEN] to [YELLOW]', subjects: ['Cluster'], rule: 'check-report' },
  { message: 'WindowManager: WIN DEATH: Window{1a2b3c4 u0 com.example.app/com.example.app.Main}', subjects: ['Window{1a2b3c4 u0 com.example.app/com.example.app.Main}'], negative: true, rule: 'status-first' },
  // A unit removed from the cluster's map.
  { message: 'FSNamesystem: BLOCK* NameSystem.removeDatanode: node 10.1.2.3:50010 is removed from datanodeMap', subjects: ['10.1.2.3:50010'], negative: false },
  // A named process running for a while; a link's news from a narrator that is no pool.
  { message: 'Supervisor: worker-3 still running for 600 s after stop', subjects: ['worker-3'] },
  { message: 'OrderClient: Connection is not available, retrying', subjects: ['Connection'] },
  // A bare link with bad news, or with its party named, is the other side's.
  { message: 'Replicator: Connection lost', subjects: ['Connection'], negative: true },
  { message: 'kernel: eth1: link becomes ready', subjects: ['eth1'], negative: false },
];

const nonDiegetic: Example[] = [
  // An error with no device after it, or a device the narrator acts on.
  { message: 'kernel: I/O error while reading the journal' },
  { message: 'mdadm: scanning dev sdb for superblocks' },
  // A processor count, or a processor word that opens no message.
  { message: 'kernel: smpboot: CPU0: Intel Xeon Gold 6230 (family: 0x6, model: 0x55)' },
  { message: 'Scheduler: pinned worker threads to CPU3' },
  // A CPU the narrator acts on; a device's attribute that did not change, or the monitor's own setting that did.
  { message: 'kernel: smpboot: Booting CPU#3 on node 0' },
  { message: 'smartd: Device: /dev/sdb [SAT], SMART Usage Attribute: 194 Temperature_Celsius is 61' },
  { message: 'smartd: Device: /dev/sdb [SAT], config changed from /etc/smartd.conf' },
  // The narrator's own work blocked: not a task the kernel watches.
  { message: 'Firewall: request from 10.0.0.4 blocked by policy' },
  // The narrator's own figures; a device with a reading or two, or readings in a sentence.
  { message: 'Cache: stats hits=3 misses=1 evictions=0' },
  { message: 'healthd: battery l=87 v=4177' },
  { message: 'Charger: battery charging resumed with level=87 voltage=4177 temp=29' },
  // A USB device's setup step.
  { message: 'kernel: usb 1-1: configuration #1 chosen from 1 choice' },
  // An init script's own step, or the outcome of its own startup.
  { message: 'rc: Starting pcmcia' },
  { message: 'setup: Applying settings: succeeded' },
  { message: 'syslog: syslog startup succeeded' },
  // systemd's own job, or its own step.
  { message: 'systemd: Reached target Multi-User System.' },
  { message: 'systemd: Dependency cycle detected, skipping.' },
  // The narrator's own step on a daemon, a numbered step after a letter, a host name that only a status of work follows.
  { message: 'dockerd: starting managed containerd' },
  { message: 'Builder: step-a2 failed' },
  { message: 'Deployer: rollout to web-b3 finished' },
  // Data removed.
  { message: 'BlockManager: block blk_1073 removed from the cache' },
  { message: 'Cleaner: Removed 12 stale entries' },
  // A change of state of the narrator's own transaction or data.
  { message: 'NetworkManager: dhcp4 (eno2): state changed new lease, address=10.8.2.27' },
  { message: 'Editor: Config state changed to dirty' },
  // A service's own uptime, a pool's own connections.
  { message: 'OrdersApplication: Started OrdersApplication in 4.2 seconds (process running for 4.9)' },
  { message: 'HikariPool: HikariPool-1 - Connection is not available, request timed out after 30000ms.' },
  // A bare link the narrator accepted or opened itself.
  { message: 'NETWORK: Connection accepted' },
  { message: 'Broker: Channel opened' },
  // A check's status far away, in another story: a path, then an error of the file system.
  { message: 'Daemon: Error writing health state for container 1c3e5a7b9d0f: open /var/lib/daemon/state/1c3e5a7b9d0f/config.tmp: no space left on device' },
  // A hardware address is no process with its pid ("91:a3" of a MAC).
  { message: 'supplicant: wlan0: CTRL-EVENT-CONNECTED - Connection to 7c:21:0e:4b:91:a3 completed' },
];

checkExamples('system logs', explain, diegetic, nonDiegetic);
