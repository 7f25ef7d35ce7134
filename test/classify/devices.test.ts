/**
 * Devices, hardware and cluster nodes, on invented messages: a device, volume, share, port, program or node named (a
 * quoted name of several words, a network share, a numbered part of a unit) with a status, a threshold crossed, an
 * attribute changed. Each kind with near misses that stay the narrator's own story.
 */

import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { recordOf } from './records.js';
import { checkExamples, type Example } from './examples.js';

const lexicon = loadLexicon();

const explain = ({ message }: Example) => createClassifier(lexicon).explain(recordOf(message));

const diegetic: Example[] = [
  // A quoted name of several words after a component noun.
  { message: "hidd: Device 'Trackball T2 Pro' (0a:1b:2c:3d:4e:5f) disconnected, reason: timeout", subjects: ['Trackball T2 Pro'], negative: true, rule: 'subject-predicate' },
  { message: 'Mounter: share "Team Files" is offline', subjects: ['Team Files'], negative: true, rule: 'subject-predicate' },
  // A network share named by its UNC path, server and share only.
  { message: 'Indexer: \\\\nas-3\\media is unreachable, crawl postponed', subjects: ['\\\\nas-3\\media'], negative: true, rule: 'subject-predicate' },
  // A unit's measured value crossed a threshold: the unit right before the comparison, a measurement between.
  { message: 'DiskWatch: volume E: is below the 10% free-space threshold', subjects: ['volume E'], negative: true, rule: 'threshold' },
  { message: 'DeviceMon: volume G: arrived', subjects: ['volume G'], negative: false, rule: 'subject-predicate' },
  { message: 'Watchdog: SyncEngine heartbeat late by 4 s', subjects: ['SyncEngine'], negative: true, rule: 'check-report' },
  { message: 'bmc: disk sdb1 temperature 61 C above threshold', subjects: ['sdb1'], negative: true, rule: 'threshold' },
  // A unit entering a named state, its own ("its").
  { message: 'Scheduler: ReportAgent entered its quiet period as planned', subjects: ['ReportAgent'], negative: false, rule: 'state-entry' },
  // A unit activated or deactivated.
  { message: 'Radio: adapter wlan3 deactivated after 3 resets', subjects: ['wlan3'], negative: true, rule: 'subject-predicate' },
  { message: 'initd: (org.example.helper[77]): Endpoint has been activated through the legacy API', negative: false },
  // A negative status as a label, the unit it befell after the colon; a designation of several hyphenated parts.
  { message: 'RAS: Power deactivated: R12-M1-N7', subjects: ['R12-M1-N7'], negative: true, rule: 'status-label' },
  // A program, named as it is run, failed one of its assertions.
  { message: 'MMCS: ciodb_proxy hit ASSERT condition: expression=0', subjects: ['ciodb_proxy'], negative: true, rule: 'program-event' },
  // A numbered part of a unit named by its id: "<part> N of <unit noun> ID".
  { message: 'chassisd: fan 2 of enclosure 0x3fa1 failed', subjects: ['fan 2 of enclosure 0x3fa1'], negative: true, rule: 'subject-predicate' },
  { message: 'fabricd: Lane 3 of router rt12 went down', subjects: ['Lane 3 of router rt12'], negative: true, rule: 'subject-predicate' },
  // A disk by its device file or its kernel name, a network interface by slot and port or as an aggregate.
  { message: 'raidmon: device /dev/sdc failed, array degraded', subjects: ['/dev/sdc'], negative: true, rule: 'subject-predicate' },
  { message: 'smartd: disk sdb failed its self-test', subjects: ['sdb'], negative: true, rule: 'subject-predicate' },
  { message: 'zfsd: /dev/nvme1n1: read error on vdev', subjects: ['/dev/nvme1n1'], negative: true, rule: 'device-prefix' },
  { message: 'lacpd: port Gi1/0/24 is down', subjects: ['Gi1/0/24'], negative: true, rule: 'subject-predicate' },
  { message: 'kernel: bundle ae2 is now Up, 2 links', subjects: ['ae2'], negative: false, rule: 'subject-predicate' },
  { message: 'lldpd: interface xe-1/2/7 went down', subjects: ['xe-1/2/7'], negative: true, rule: 'subject-predicate' },
  // A telephony channel (Asterisk's technology/peer-id) and its call progress.
  { message: 'app_dial: PJSIP/2017-00000042 is ringing', subjects: ['PJSIP/2017-00000042'], negative: false, rule: 'subject-predicate' },
  { message: 'app_dial: SIP/itsp-out-00000062 is circuit-busy', subjects: ['SIP/itsp-out-00000062'], negative: true, rule: 'subject-predicate' },
  // A numbered unit written "noun: number", as Corosync's knet writes its hosts and links.
  { message: 'corosync: [KNET  ] link: host: 2 link: 0 is down', subjects: ['link 0'], negative: true, rule: 'subject-predicate' },
  { message: 'bcm56xxd: 012c0015:3: Link: 1.2 is DOWN', subjects: ['Link 1.2'], negative: true, rule: 'subject-predicate' },
  { message: 'corosync: [KNET  ] rx: host: 3 link: 1 is up', subjects: ['link 1'], negative: false, rule: 'subject-predicate' },
  // Storage and power hardware by its noun: a drive, a LUN, a UPS.
  { message: 'raidmgr: drive 3 failed, rebuild queued', subjects: ['drive 3'], negative: true, rule: 'subject-predicate' },
  { message: 'multipathd: LUN 5 offline on both paths', subjects: ['LUN 5'], negative: true, rule: 'subject-predicate' },
  { message: 'powerd: UPS reports on battery, 12 min left', subjects: ['UPS'], negative: true, rule: 'subject-predicate' },
  // A driver's device prefix, then a change of one of the device's attributes.
  { message: 'kernel: wlan1: BSSID changed to 02:aa:bb:cc:dd:ee', subjects: ['wlan1'], negative: false, rule: 'device-prefix' },
  // A block device is named by letters alone.
  { message: 'multipathd: sdc: path down', subjects: ['sdc'], negative: true, rule: 'subject-predicate' },
  { message: 'kernel: vdb: failed to read capacity', subjects: ['vdb'], negative: true, rule: 'device-prefix' },
];

const nonDiegetic: Example[] = [
  // A device file that is no device, a word that only looks like a disk's name, a noun's own operation.
  { message: 'logger: writing to /dev/null failed' },
  { message: 'builder: the Android sdk failed to verify' },
  { message: 'mounter: disk write failed, retrying' },
  { message: 'runtime: array copy failed, index out of bounds' },
  // A guess about a state, with its question mark, reports none.
  { message: 'redis: Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer' },
  // A noun, a colon and a word that is no number: a label, not a unit's name.
  { message: 'corosync: [KNET  ] link: host lookup failed' },
  // A quoted name that is the narrator's own, or a quote that closes nowhere near.
  { message: "hidd: connecting device 'Trackball T2 Pro' (0a:1b:2c:3d:4e:5f)" },
  { message: "Mounter: share 'Team Files holds 3 folders, scan failed" },
  // A file on a share is data the narrator handles, not the share.
  { message: 'Indexer: \\\\nas-3\\media\\clip.mp4 is unreachable' },
  // The narrator's own figure, or its own queue kept for a unit.
  { message: 'Cache: hit ratio below the 80% threshold' },
  { message: 'Sender: queue for node-3 above the high-water threshold' },
  // The narrator's own period, or one of data it keeps.
  { message: 'Scheduler: entered its quiet period as planned' },
  { message: 'Leases: session 3 entered grace period' },
  // The narrator activating something of its own.
  { message: 'Licensing: activated profile Gold for this seat' },
  // After the label: no unit, data, or more than the unit.
  { message: 'Uploader: Upload failed: timeout' },
  { message: 'Updater: Update failed: settings.json' },
  { message: 'Balancer: Error: node-3 holds 2 replicas' },
  // An assertion in an English noun (an object the narrator handles), or of data.
  { message: 'Parser: timer hit ASSERT in the scheduler loop' },
  { message: 'Parser: request hit assertion in the decoder' },
  // Numbered pieces of data, a count, or the narrator's own act on a part.
  { message: 'fsck: Block 3 of file data01 failed its checksum' },
  { message: 'Sched: attempt 2 of 5 failed' },
  { message: 'fabricd: opened port 3 of switch sw4' },
  // The narrator's own setting after the prefix, or a change with no device named.
  { message: 'supplicant: wlan1: config changed to /etc/wpa.conf' },
  { message: 'Player: mode changed to shuffle' },
  // A block device's news that is no bad news, or a word like one that opens no device prefix.
  { message: 'kernel: sda1: mounted filesystem with ordered data mode' },
  { message: 'Loader: sdkman: failed to load plugin' },
];

checkExamples('devices and nodes', explain, diegetic, nonDiegetic);
