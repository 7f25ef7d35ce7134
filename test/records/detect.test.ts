import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { readInput } from '../../src/pipeline/read-input.js';
import { RecordAssembler } from '../../src/records/assembler.js';
import { detectFormat } from '../../src/records/detect.js';
import type { Format } from '../../src/records/format.js';
import { builtinFormats } from '../../src/records/registry.js';
import type { TraceRecord, UnparsedLine } from '../../src/records/types.js';
import { referenceNow, yearBefore } from '../../src/records/timestamps.js';

const formats = builtinFormats();
const corpus = (name: string) => join(packageRoot, 'test/corpus/dev', name);
const fixture = (name: string) => join(packageRoot, 'test/fixtures/formats', name);

/** Reads a file through the real input stage; counts the lines that became records or continuation lines. */
async function read(file: string): Promise<{ format: string | null; lines: number; read: number; headers: number; records: TraceRecord[] }> {
  const records: TraceRecord[] = [];
  let headers = 0;
  const stats = await readInput(file, { formats }, {
    record: (r) => records.push(r),
    unparsed: (u: UnparsedLine) => {
      if (u.header) headers++;
    },
  });
  const read = records.reduce((n, r) => n + r.lines.length, 0);
  return { format: stats.format, lines: stats.lines, read, headers, records };
}

describe('detection on the development corpus', () => {
  it.each([
    ['android-logcat.log', 'android-logcat'],
    ['zookeeper-quorum.log', 'zookeeper'],
    ['healthapp.log', 'pipe'],
    ['native-session.trace', 'native'],
  ])('%s is read as %s, at least 99%% of its lines as records', async (file, expected) => {
    const result = await read(corpus(file));
    expect(result.format).toBe(expected);
    // A recognised column-header line is not content: it is neither a record nor a miss.
    expect(result.read / (result.lines - result.headers)).toBeGreaterThanOrEqual(0.99);
  });

  it('gives the fields each grammar promises', async () => {
    const zk = (await read(corpus('zookeeper-quorum.log'))).records.find((r) => r.message.startsWith('Connection broken'));
    expect(zk).toMatchObject({ narrator: 'QuorumCnxManager$RecvWorker', fields: { thread: 'RecvWorker:188978561024', level: 'WARN' } });
    const [logcat] = (await read(corpus('android-logcat.log'))).records;
    expect(logcat).toMatchObject({ pid: 1702, tid: 2395, narrator: 'WindowManager', time: '16:13:38.811', fields: { level: 'D' } });
    const [health] = (await read(corpus('healthapp.log'))).records;
    expect(health).toMatchObject({ pid: 30002312, narrator: 'Step_LSC', date: '20171223', timeMs: 80129606, message: 'onStandStepChanged 3579' });
  });
});

const fixtures: [string, string][] = [
  ['native.trace', 'native'],
  ['native-etw.trace', 'native-etw'],
  ['android-logcat.log', 'android-logcat'],
  ['android-logcat-brief.log', 'android-logcat-brief'],
  ['debugview.log', 'debugview'],
  ['log4j.log', 'log4j'],
  ['log4j-short.log', 'log4j'],
  ['hdfs.log', 'hdfs'],
  ['zookeeper.log', 'zookeeper'],
  ['openstack.log', 'openstack'],
  ['syslog.log', 'syslog'],
  ['windows-cbs.log', 'windows-cbs'],
  ['pipe.log', 'pipe'],
  ['bgl.log', 'bgl'],
  ['thunderbird.log', 'thunderbird'],
  ['hpc.log', 'hpc'],
  ['apache-error.log', 'apache-error'],
  ['proxifier.log', 'proxifier'],
  ['nginx-error.log', 'nginx-error'],
  ['klog.log', 'klog'],
  ['postgresql.log', 'postgresql'],
  ['python.log', 'python'],
  ['spring-boot.log', 'spring-boot'],
  ['json-lines.log', 'json-lines'],
  ['logfmt.log', 'logfmt'],
  ['redis.log', 'redis'],
  ['elasticsearch.log', 'elasticsearch'],
  ['cisco-ios.log', 'cisco-ios'],
  ['cassandra.log', 'cassandra'],
  ['mysql.log', 'mysql'],
  ['nagios.log', 'nagios'],
  ['unbound.log', 'unbound'],
  ['envoy.log', 'envoy'],
  ['zabbix.log', 'zabbix'],
  ['squid.log', 'squid'],
  ['jenkins.log', 'jenkins'],
  ['glusterfs.log', 'glusterfs'],
  ['salt.log', 'salt'],
  ['oracle-crs.log', 'oracle-crs'],
  ['asterisk.log', 'asterisk'],
  ['mosquitto.log', 'mosquitto'],
  ['windows-cluster.log', 'windows-cluster'],
  ['log4j-ndc.log', 'log4j-ndc'],
  ['vcs.log', 'vcs'],
  ['ibm-mq.log', 'ibm-mq'],
  ['syslog-f5.log', 'syslog'],
  ['syslog-arista.log', 'syslog'],
  ['bind.log', 'bind'],
  ['kea.log', 'kea'],
  ['nats.log', 'nats'],
  ['bacula.log', 'bacula'],
  ['tomcat.log', 'tomcat'],
  ['cockroach.log', 'cockroach'],
  ['windows-events.log', 'windows-events'],
  ['quarkus.log', 'quarkus'],
  ['sssd.log', 'sssd'],
  ['freeswitch.log', 'freeswitch'],
  ['netapp-ems.log', 'netapp-ems'],
  ['oracle-alert.log', 'oracle-alert'],
  ['weblogic.log', 'weblogic'],
  ['vcenter-vpxd.log', 'vcenter-vpxd'],
  ['kafka.log', 'kafka'],
  ['veeam.log', 'veeam'],
  ['pgbouncer.log', 'pgbouncer'],
  ['ovs.log', 'ovs'],
  ['fluent-bit.log', 'fluent-bit'],
  ['clickhouse.log', 'clickhouse'],
  ['freeradius.log', 'freeradius'],
  ['proxysql.log', 'proxysql'],
  ['ansible.log', 'ansible'],
  ['pgpool.log', 'pgpool'],
  ['istio.log', 'istio'],
  ['solr.log', 'solr'],
  ['graylog.log', 'graylog'],
  ['tor.log', 'tor'],
  ['jitsi.log', 'jitsi'],
  ['cups.log', 'cups'],
  ['samba.log', 'samba'],
  ['maxscale.log', 'maxscale'],
  ['couchbase.log', 'couchbase'],
  ['vdsm.log', 'vdsm'],
  ['emqx.log', 'emqx'],
  ['netscaler.log', 'netscaler'],
  ['exim.log', 'exim'],
  ['generic.log', 'generic'],
];

describe('detection on the format fixtures', () => {
  it.each(fixtures)('%s is read as %s, every line a record, continuation or header', async (file, expected) => {
    const result = await read(fixture(file));
    expect(result.format).toBe(expected);
    expect(result.read + result.headers).toBe(result.lines);
  });

  // generic, the fallback, reads nearly every line of every file by design; so do native-etw a native trace and nagios
  // (any message after an epoch stamp) Unbound's log, which the more specific grammar takes.
  const byDesign = new Set(['native native-etw', 'unbound nagios']);
  it.each(fixtures)('%s: no other grammar reads even half of it (but those that do by design)', (file, expected) => {
    const lines = readFileSync(fixture(file), 'utf8').split('\n');
    const fallback = new Set(formats.filter((f) => f.spec.fallback === true).map((f) => f.name));
    const runnerUp = detectFormat(lines, formats).scores.find((s) => s.format !== expected && !fallback.has(s.format) && !byDesign.has(`${expected} ${s.format}`));
    expect(runnerUp?.score).toBeLessThan(0.5);
  });

  it('takes the narrator, pid and time from the columns each grammar names', async () => {
    const first = async (file: string, text: string) => (await read(fixture(file))).records.find((r) => r.message.startsWith(text));
    expect(await first('bgl.log', 'ciodb exited normally')).toMatchObject({
      narrator: 'BGLMASTER', pid: null, date: '2005-06-03', time: '17.02.57.187625', timeMs: 61_377_187, day: Date.UTC(2005, 5, 3) / 86_400_000,
      fields: { alert: '-', epoch: '1117843377', node: 'NULL', type: 'RAS', level: 'FAILURE' },
    });
    expect(await first('bgl.log', 'data TLB error')).toMatchObject({ narrator: 'KERNEL', time: '16.31.42.200514', fields: { alert: 'KERNDTLB', epoch: '1117841502' } });
    expect(await first('thunderbird.log', 'session opened for user root')).toMatchObject({
      narrator: 'crond', pid: 2915, date: 'Nov 9', time: '12:01:01', fields: { alert: '-', epoch: '1131566461', node: 'dn228', location: 'dn228/dn228', module: 'pam_unix' },
    });
    expect(await first('thunderbird.log', 'data_thread()')).toMatchObject({ narrator: 'gmetad', pid: 1682, fields: { path: '/apps/x86_64/system/ganglia-3.0.1/sbin/' } });
    expect(await first('thunderbird.log', 'NFS: server tbird-nfs1 OK')).toMatchObject({ narrator: 'kernel', pid: null });
    expect(await first('syslog.log', 'check pass')).toMatchObject({ narrator: 'sshd', pid: 19937, fields: { host: 'combo', module: 'pam_unix' } });
    expect(await first('syslog.log', '(com.apple.preview[31201]): Endpoint')).toMatchObject({ narrator: 'com.apple.xpc.launchd', pid: 1 });
    expect(await first('hpc.log', 'Component State Change')).toMatchObject({
      // Epoch seconds: the UTC day and time of day.
      narrator: 'unix.hw', pid: null, time: '1077804801', date: null, day: 12474, timeMs: 51_201_000, fields: { id: '3010', node: 'node-90', state: 'state_change.available', flag: '1' },
    });
    expect(await first('redis.log', '+sdown master')).toMatchObject({
      narrator: null, pid: 1, date: '26 Nov', time: '19:41:20.002', day: Date.UTC(2026, 10, 26) / 86_400_000, fields: { role: 'X', level: '#', year: '2026' },
    });
    expect(await first('redis.log', 'Server started')).toMatchObject({ pid: 3112, date: '14 Mar', time: '09:15:02.118', fields: { level: '#' } });
    expect(await first('cassandra.log', '[repair #5b3a1c40-1764-11ef-9b3a-b1d7c2f0e911] Session completed')).toMatchObject({
      narrator: 'RepairSession', date: '2024-05-21', time: '11:02:41,402', fields: { level: 'ERROR', thread: 'Repair-Task-2', source: 'RepairSession.java:371' },
    });
    expect((await first('cassandra.log', '[repair #5b3a1c40-1764-11ef-9b3a-b1d7c2f0e911] Session completed'))?.lines).toHaveLength(4);
    expect(await first('mysql.log', 'Member with address')).toMatchObject({
      narrator: 'Repl', date: '2024-06-25', time: '02:14:22.701118', fields: { level: 'Warning', code: 'MY-011493', thread: '0', plugin: 'group_replication' },
    });
    expect((await first('mysql.log', 'Assertion failure'))?.lines).toHaveLength(5);
    // The worker is a field; the pinger's own prefix is the narrator; Squid 6's context lines continue the record.
    expect(await first('squid.log', 'TCP connection to')).toMatchObject({ narrator: null, date: '2026/11/26', time: '10:14:20', fields: { kid: 'kid1' } });
    expect((await first('squid.log', 'TCP connection to'))?.lines).toHaveLength(2);
    expect(await first('squid.log', 'pinger: Initialising')).toMatchObject({ narrator: 'pinger', time: '10:00:02' });
    // A pid padded with blanks still opens a record; libpq's tab-indented detail continues it.
    expect(await first('zabbix.log', 'server #12 started')).toMatchObject({ pid: 4422, narrator: null, date: '20261126', time: '100000.916', timeMs: 36_000_916 });
    expect((await first('zabbix.log', '[Z3005] query failed'))?.lines).toHaveLength(3);
    // The logger is the narrator; the header lines Envoy dumps continue their record.
    expect(await first('envoy.log', 'health check failed')).toMatchObject({
      narrator: 'hc', tid: 1, date: '2026-11-26', time: '10:00:09.560', fields: { level: 'warning', source: 'source/common/upstream/health_checker_impl.cc:358' },
    });
    expect((await first('envoy.log', '[C12][S991] encoding headers'))?.lines).toHaveLength(3);
    expect(await first('envoy.log', 'admin address')).toMatchObject({ narrator: 'admin', fields: { level: 'info' } });
    // Epoch seconds, shown in UTC; a module's lower-case prefix is the narrator, the core's record kinds and levels are not.
    expect(await first('nagios.log', 'SERVICE ALERT: mail-01;SMTP;CRITICAL;SOFT')).toMatchObject({ narrator: null, pid: null, time: '1764151814', timeMs: 36_614_000, day: 20418 });
    expect(await first('nagios.log', 'wproc: Core Worker')).toMatchObject({ narrator: 'wproc' });
    expect(await first('nagios.log', 'Warning: Return code')).toMatchObject({ narrator: null });
    // Epoch seconds, shown in UTC; no narrator; the topics Mosquitto writes below a SUBSCRIBE or a will, led by a tab,
    // continue their record though they have a stamp of their own.
    expect(await first('mosquitto.log', 'Client kiln-ctl-2 has exceeded timeout')).toMatchObject({ narrator: null, pid: null, date: null, time: '1764151318', timeMs: 36_118_000, day: 20418 });
    expect((await first('mosquitto.log', 'Received SUBSCRIBE from kiln-ctl-2'))?.lines).toHaveLength(3);
    expect((await first('mosquitto.log', 'Will message specified'))?.lines).toHaveLength(2);
    expect((await first('mosquitto.log', 'kiln-ctl-2 1 site2/kiln/setpoints/#'))?.lines).toHaveLength(1);
    // The component is the narrator; the hex ids are kept as written, the thread a named one; a line without the ids
    // continues the record.
    expect(await first('windows-cluster.log', 'Updating node FSN2 (2) state from Up to Down.')).toMatchObject({
      narrator: 'NM', pid: null, tid: null, date: '2026/11/26', time: '10:01:20.004', timeMs: 36_080_004, fields: { process: '00000a10', thread: '00000b30', level: 'WARN' },
    });
    expect((await first('windows-cluster.log', 'File Share Witness <File Share Witness>: Failed to open path'))?.lines).toHaveLength(2);
    expect(await first('windows-cluster.log', 'ReadObject failed')).toMatchObject({ narrator: 'PULLER', fields: { context: 'FSN2', level: 'INFO' } });
    expect(await first('windows-cluster.log', 'graceful close')).toMatchObject({ narrator: 'CHANNEL', fields: { channel: 'Verbose', context: '10.60.0.12:~3343~', level: 'DBG', thread: '00000c10' } });
    expect(await first('windows-cluster.log', '-----------------------------+ LOG BEGIN')).toMatchObject({ narrator: null, fields: { level: 'INFO' } });
    // The process in brackets is the narrator, its pid the pid; the code is a field, no part of the message; the ORA-
    // errors below a CRS-5017 message and its closing pointer continue the record.
    expect(await first('oracle-crs.log', "Start of 'ora.RECO.dg' on 'gridn1' failed")).toMatchObject({
      narrator: 'CRSD', pid: 2311, tid: null, date: '2026-11-26', time: '10:00:31.790', timeMs: 36_031_790, fields: { code: 'CRS-2674' },
    });
    const action = await first('oracle-crs.log', 'The resource action "ora.RECO.dg start"');
    expect(action).toMatchObject({ narrator: 'ORAAGENT', pid: 2390, fields: { code: 'CRS-5017' } });
    expect(action?.lines.map((l) => l.text.slice(0, 10))).toEqual(['2026-11-26', 'ORA-15032:', 'ORA-15040:', '. For deta']);
    expect(await first('oracle-crs.log', 'Verifying ADVM/ACFS devices.')).toMatchObject({ narrator: 'CLSECHO', pid: 2702, fields: { code: 'ACFS-9327' } });
    expect(await first('oracle-crs.log', 'CVU found following errors')).toMatchObject({ narrator: 'client', fields: { code: 'CRS-10051' } });
    // The source file without '.c' is the narrator, the thread the tid, the call id a field; the verbose prefix is no part
    // of the message; chan_sip's second line of a retransmission warning continues its record.
    expect(await first('asterisk.log', 'PJSIP/5102-00000013 is ringing')).toMatchObject({
      narrator: 'app_dial', pid: null, tid: 3307, date: '2026-11-26', time: '10:04:11', timeMs: 36_251_000, fields: { level: 'VERBOSE', callid: 'C-000000a4', source: 'app_dial.c' },
    });
    expect(await first('asterisk.log', 'Contact 5102/sip:')).toMatchObject({ narrator: 'pjsip_options', tid: 2204, fields: { source: 'res_pjsip/pjsip_options.c' } });
    expect((await first('asterisk.log', 'Contact 5102/sip:'))?.fields).not.toHaveProperty('callid');
    expect((await first('asterisk.log', 'Retransmission timeout reached'))?.lines).toHaveLength(2);
    expect(await first('asterisk.log', 'SecurityEvent="FailedACL"')).toMatchObject({ narrator: 'res_security_log', fields: { level: 'SECURITY' } });
    // The console's form: a colon after the thread, the line and the function after the file.
    expect(await first('asterisk.log', "Peer 'carrier-b' is now Reachable. (31ms")).toMatchObject({
      narrator: 'chan_sip', tid: 2230, date: 'Nov 26', time: '10:09:15', fields: { level: 'NOTICE', source: 'chan_sip.c:24502', function: 'handle_response_peerpoke' },
    });
    expect(await first('cisco-ios.log', 'Process 1, Nbr')).toMatchObject({
      narrator: 'OSPF', pid: null, date: 'Nov 26', time: '10:00:01.001', fields: { host: 'sw-core-1', seq: '2233', severity: '5', mnemonic: 'ADJCHG', received: 'Nov 26 10:00:01' },
    });
    expect(await first('elasticsearch.log', '[logs-2024.10.02][0] failed engine')).toMatchObject({
      narrator: 'Engine', date: '2024-10-02', time: '03:44:31,002', fields: { level: 'WARN', logger: 'o.e.i.e.Engine', node: 'es-data-1' },
    });
    expect((await first('elasticsearch.log', '[logs-2024.10.02][0] failed engine'))?.lines).toHaveLength(4);
    expect(await first('apache-error.log', 'mod_jk child')).toMatchObject({ narrator: null, pid: null, date: 'Dec 04', time: '04:47:44', fields: { level: 'error', year: '2005' } });
    expect(await first('apache-error.log', 'AH00128')).toMatchObject({
      narrator: 'core', pid: 1188, tid: 140213290087104, time: '09:16:44.771203', fields: { level: 'error', client: '192.0.2.41:51822' },
    });
    expect(await first('apache-error.log', 'PHP Warning')).toMatchObject({ narrator: null, pid: 3301, tid: null });
    expect(await first('proxifier.log', 'proxy.campus.example:5070 error')).toMatchObject({ narrator: 'Dropbox.exe', date: '10.30', time: '17:01:29', pid: null });
    expect(await first('proxifier.log', 'play.store.example.com:443 open')).toMatchObject({ narrator: 'chrome.exe', fields: { bits: '64' } });
    expect(await first('nginx-error.log', 'connect() failed (111')).toMatchObject({
      narrator: null, pid: 2211, tid: 2211, date: '2024/03/12', time: '09:15:02', day: Date.UTC(2024, 2, 12) / 86_400_000, fields: { level: 'error', connection: '4521' },
    });
    expect(await first('nginx-error.log', 'worker process 2212 exited')).toMatchObject({ narrator: null, pid: 2199, tid: 2199, fields: { level: 'alert' } });
    expect((await first('nginx-error.log', 'worker process 2212 exited'))?.fields).not.toHaveProperty('connection');
    expect(await first('spring-boot.log', 'Tomcat initialized')).toMatchObject({
      narrator: 'TomcatWebServer', pid: 4410, date: '2024-05-01', time: '10:00:01.422', fields: { level: 'INFO', thread: 'main', logger: 'o.s.b.w.embedded.tomcat.TomcatWebServer' },
    });
    expect(await first('spring-boot.log', 'stock lookup failed')).toMatchObject({
      narrator: 'StockController', pid: 5120, fields: { zone: 'Z', app: 'inventory', thread: 'nio-8081-exec-2' },
    });
    expect(await first('spring-boot.log', 'Initializing Spring DispatcherServlet')).toMatchObject({ narrator: 'C', fields: { logger: 'o.a.c.c.C.[Tomcat].[localhost].[/]' } });
    expect((await first('spring-boot.log', 'HikariPool-1 - Exception during pool initialization'))?.lines).toHaveLength(7);
    expect(await first('klog.log', '"Pod status updated"')).toMatchObject({
      // MMDD: no year is written, so the day counts in 1970.
      narrator: 'kubelet', pid: 1234, tid: null, date: '0312', time: '09:15:02.123456', timeMs: 33_302_123, day: Date.UTC(yearBefore(referenceNow())(3, 12), 2, 12) / 86_400_000,
      fields: { level: 'I', source: 'kubelet.go:2123' },
    });
    expect(await first('klog.log', 'k8s.io/client-go/informers/factory.go:134')).toMatchObject({ narrator: 'reflector', pid: 1, fields: { level: 'E', source: 'reflector.go:138' } });
    expect(await first('klog.log', 'Missing timestamp')).toMatchObject({ narrator: 'node_lifecycle_controller', pid: 17, fields: { level: 'W' } });
    expect(await first('postgresql.log', 'checkpoint starting')).toMatchObject({
      narrator: null, pid: 818, date: '2024-03-12', time: '09:15:20.007', fields: { zone: 'UTC', level: 'LOG' },
    });
    expect(await first('postgresql.log', 'password authentication failed')).toMatchObject({ pid: 1234, fields: { zone: 'UTC', user: 'postgres', database: 'shop', level: 'FATAL' } });
    expect((await first('postgresql.log', 'connection received'))?.fields).toEqual({ zone: 'UTC', level: 'LOG' });
    expect(await first('python.log', 'connection to db01:5432 lost')).toMatchObject({
      narrator: 'pool', pid: null, date: '2024-03-12', time: '09:15:02,123', timeMs: 33_302_123, fields: { logger: 'app.db.pool', level: 'ERROR' },
    });
    expect(await first('python.log', 'listening on 0.0.0.0:8000')).toMatchObject({ narrator: '__main__', fields: { logger: '__main__', level: 'INFO' } });
  });

  it('reads structured lines by their keys: the message value, the time as a UTC date and time, the narrator the logger', async () => {
    const first = async (file: string, text: string) => (await read(fixture(file))).records.find((r) => r.message.startsWith(text));
    expect(await first('json-lines.log', 'upstream billing-svc')).toMatchObject({
      narrator: 'proxy', pid: null, date: '2024-05-01', time: '10:00:01.4567', timeMs: 36_001_456, day: 19844,
      fields: { level: 'error', logger: 'gateway.proxy', caller: 'proxy/upstream.go:112', error: 'context deadline exceeded' },
    });
    expect(await first('json-lines.log', 'request to inventory-svc failed')).toMatchObject({ narrator: 'checkout', pid: 4411, time: '10:00:05.300', fields: { level: '50' } });
    expect((await first('json-lines.log', 'request to inventory-svc failed'))?.lines).toHaveLength(3);
    expect(await first('json-lines.log', 'Upstream billing-svc is not responding after 5000 ms')).toMatchObject({ narrator: 'Proxy', messageAt: null, fields: { Service: 'billing-svc', Elapsed: '5000' } });
    expect(await first('json-lines.log', 'nginx.service: Main process exited')).toMatchObject({ narrator: 'systemd', pid: 812, time: '10:00:09.000123', fields: { level: '3', _HOSTNAME: 'web-1' } });
    expect(await first('json-lines.log', '{"event"')).toMatchObject({ narrator: null, time: null, messageAt: 0, fields: { event: 'cache warmed', keys: '1200', ok: 'true', took: '[12,"ms"]' } });
    expect(await first('logfmt.log', 'lost connection to consul-2:8500')).toMatchObject({
      narrator: 'discovery', date: '2024-05-01', time: '10:00:02.513', fields: { level: 'warn', caller: 'watch.go:88', logger: 'discovery', err: 'EOF' },
    });
    expect(await first('logfmt.log', 'job "index-rebuild" finished\tin 3s')).toMatchObject({ pid: 4410, tid: 4420, time: '10:00:05.25', messageAt: null });
    expect((await first('logfmt.log', 'panic recovered'))?.lines).toHaveLength(3);
    expect(await first('logfmt.log', 'at=error code=H12')).toMatchObject({ narrator: null, time: null, messageAt: 0, fields: { level: 'error', desc: 'Request timeout', service: '30000ms' } });
  });

  it("reads Mosquitto's ISO 8601 stamp (log_timestamp_format %Y-%m-%dT%H:%M:%S) as a local date and time", () => {
    const lines = ['2026-11-26T10:00:00: mosquitto version 2.0.18 starting', '2026-11-26T10:00:04: Received SUBSCRIBE from kiln-ctl-2', '2026-11-26T10:00:04: \tsite2/kiln/# (QoS 1)'];
    const { format } = detectFormat(lines, formats);
    expect(format.name).toBe('mosquitto');
    const records: TraceRecord[] = [];
    const assembler = new RecordAssembler('m', format, { record: (r) => records.push(r), unparsed: () => undefined });
    lines.forEach((text, i) => assembler.push({ number: i + 1, text, eol: '\n' }));
    assembler.end();
    expect(records.map((r) => r.lines.length)).toEqual([1, 2]);
    expect(records[1]).toMatchObject({ date: '2026-11-26', time: '10:00:04', timeMs: 36_004_000, offsetMin: null, narrator: null, message: 'Received SUBSCRIBE from kiln-ctl-2' });
  });

  it('tells HPC lines (no clock time, a name second) from native ones (PID TID TIME)', () => {
    const hpc = ['2561 node-130 action start 1074119817 1 clusterAddMember  (command 1902)', '2590 node-63 node status 1074120005 1 running'];
    const native = ['2968 5476 09:12:01.004 SessionMgr: started', '2968 5476 1074119817 1 SessionMgr: calling ProfileSvc'];
    expect(detectFormat(hpc, formats).format.name).toBe('hpc');
    const hpcFormat = formats.find((f) => f.name === 'hpc');
    expect(native.map((line) => hpcFormat?.parser.parse(line) ?? null)).toEqual([null, null]);
    expect(detectFormat(native.slice(0, 1), formats).format.name).toBe('native');
  });

  it('joins Python tracebacks to the record logger.exception wrote', async () => {
    const { records } = await read(fixture('python.log'));
    const traced = records.filter((r) => r.lines.length > 1);
    expect(traced.map((r) => [r.narrator, r.lines.length])).toEqual([['orders', 7], ['client', 8], ['jobs', 8]]);
    expect(traced[0]?.lines.at(-1)?.text).toMatch(/^sqlalchemy\.exc\.IntegrityError: /);
    expect(traced[2]?.lines.at(-1)?.text).toBe("KeyError: 'items'");
  });

  it('reads PostgreSQL DETAIL, HINT, CONTEXT and STATEMENT lines as records of their own, tab-led lines as continuations', async () => {
    const { records } = await read(fixture('postgresql.log'));
    const deadlock = records.filter((r) => r.pid === 1251);
    expect(deadlock.map((r) => [r.fields['level'], r.lines.length])).toEqual([['ERROR', 1], ['DETAIL', 4], ['HINT', 1], ['CONTEXT', 1], ['STATEMENT', 1]]);
  });

  it('joins klog multi-line values and a fatal line\'s goroutine dump to their record', async () => {
    const { records } = await read(fixture('klog.log'));
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.narrator, r.fields['level'], r.lines.length])).toEqual([
      ['prober', 'I', 4],
      ['proxier', 'E', 3],
      ['server', 'F', 8],
    ]);
  });

  it('joins the PHP stack trace nginx copies from FastCGI stderr to its record', async () => {
    const { records } = await read(fixture('nginx-error.log'));
    const fastcgi = records.find((r) => r.message.startsWith('FastCGI sent in stderr'));
    expect(fastcgi).toMatchObject({ pid: 2213, fields: { level: 'error', connection: '4631' } });
    expect(fastcgi?.lines).toHaveLength(6);
  });

  it("reads Python's '%(asctime)s %(levelname)s %(name)s: %(message)s' as log4j's '%d %p %c: %m', narrator the logger's last segment, tracebacks joined", () => {
    const lines = ['2024-03-12 09:15:02,123 ERROR app.db.pool: connection to db01:5432 lost', '2024-03-12 09:15:02,124 WARNING app.db.pool: reconnecting to db01:5432'];
    const { format } = detectFormat(lines, formats);
    expect(format.name).toBe('log4j');
    expect(format.parser.parse(lines[0] as string)?.fields).toMatchObject({ logger: 'app.db.pool', narrator: 'pool', level: 'ERROR' });
    expect(format.parser.parse('2024-03-12 09:18:00,557 CRITICAL app.db.pool: all connections in use')?.fields).toMatchObject({ level: 'CRITICAL' });
    const traceback = ['Traceback (most recent call last):', '  File "/srv/shop/app/worker/jobs.py", line 77, in sync_stock', '    rows = fetch()', "KeyError: 'items'"];
    const records: TraceRecord[] = [];
    const assembler = new RecordAssembler('py', format, { record: (r) => records.push(r), unparsed: () => undefined });
    [lines[0] as string, ...traceback, 'requests.exceptions.ReadTimeout: read timed out', 'psycopg2.errors.UniqueViolation: duplicate key', lines[1] as string].forEach((text, i) =>
      assembler.push({ number: i + 1, text, eol: '\n' }));
    assembler.end();
    expect(records.map((r) => r.lines.length)).toEqual([7, 1]);
  });

  it('joins indented lines to the record before them in the fallback grammar, which would read them as records too', () => {
    const generic = formats.find((f) => f.name === 'generic') as Format;
    const text = ['    at com.example.Main.run(Main.java:3)', '2026-11-26 08:00:04 ERROR billing: charge failed', '    at com.example.Billing.charge(Billing.java:88)', '\tat com.example.Main.run(Main.java:12)', '', 'WARN: disk /dev/sdb1 at 91%'];
    expect(generic.parser.parse(text[2] as string)).not.toBeNull();
    const records: TraceRecord[] = [];
    const assembler = new RecordAssembler('g', generic, { record: (r) => records.push(r), unparsed: () => undefined });
    text.forEach((line, i) => assembler.push({ number: i + 1, text: line, eol: '\n' }));
    assembler.end();
    // An indented first line has no record to continue; an empty line is no continuation.
    expect(records.map((r) => r.lines.length)).toEqual([1, 3, 1, 1]);
    expect(records[1]).toMatchObject({ narrator: 'billing', message: 'billing: charge failed' });
  });

  it('joins Java stack traces to the record they follow', async () => {
    const { records } = await read(fixture('log4j.log'));
    expect(records.map((r) => r.lines.length)).toEqual([1, 1, 6, 1]);
    expect(records[2]).toMatchObject({ narrator: 'Server', fields: { thread: 'IPC Server handler 5 on 9000', logger: 'org.apache.hadoop.ipc.Server' } });
  });
});

describe('detection is not fooled by the top of a file', () => {
  const logcat = [
    '03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogsopening app',
    '03-17 16:13:38.819  1702  8671 D PowerManagerService: acquire lock=233570404, flags=0x1',
    '03-17 16:13:38.859  2227  2227 D TextView: visible is system.time.showampm',
    '03-17 16:13:38.861  2227  2227 D TextView: mVisiblity.getValue is false',
  ];

  it.each([
    ['a native header line', ['PID TID TIME MESSAGE']],
    ['a capture banner and junk', ['Capture started by adb on host build-07', '==== device R58M123ABC ====', '']],
    ['a line of another format', ['11864 11912 06:34:53.598 ModuleA: foo called bar.']],
  ])('%s', (_name, top) => {
    expect(detectFormat([...top, ...logcat], formats).format.name).toBe('android-logcat');
  });

  const unknown = [
    '1:M 26 Nov 2026 08:00:00.123 * Background saving started by pid 42',
    '2026-11-26 08:00:01.5 [info] <0.812.0> closing AMQP connection <0.812.0> (10.0.0.9:51234 -> 10.0.0.2:5672)',
    '2026/11/26 08:00:02 http: TLS handshake error from 10.0.0.9:51234: EOF',
    '[2026-11-26T08:00:03,004][WARN ][o.e.c.r.a.DiskThresholdMonitor] [es-1] high disk watermark exceeded on [es-2]',
  ];

  it('takes the fallback grammar when no other reads half the lines', () => {
    const { format, scores } = detectFormat(unknown, formats);
    expect(format.name).toBe('generic');
    expect(scores[0]).toMatchObject({ format: 'generic', score: 1, records: 4 });
  });

  it('reads an RFC 3339 stamp then a level as no syslog line (a level is no host), so an indented line continues', () => {
    const lines = [
      '2024-05-01T10:00:00Z ERROR api: database db01:5432 is unreachable',
      '2024-05-01T10:00:01Z INFO api: retrying',
      '    at foo (bar.js:1)',
      '2024-05-01T10:00:02Z WARN scheduler: worker-7 did not respond to heartbeat',
    ];
    const { format, scores } = detectFormat(lines, formats);
    expect(format.name).toBe('generic');
    expect(scores.find((s) => s.format === 'syslog')?.records).toBe(0);
    // A host in lower case or mixed case is still a host.
    expect(detectFormat(['2024-03-01T06:34:53.598231+01:00 db01 kernel: eth0: link down'], formats).format.name).toBe('syslog');
  });

  it('keeps a grammar that reads half the lines, though the fallback reads them all', () => {
    expect(detectFormat([...logcat.slice(0, 2), ...unknown.slice(0, 2)], formats).format.name).toBe('android-logcat');
    expect(detectFormat([...logcat.slice(0, 1), ...unknown.slice(0, 2)], formats).format.name).toBe('generic');
  });

  it('takes native for an input with no lines, and lists the fallback after grammars that read as much', () => {
    expect(detectFormat([], formats).format.name).toBe('native');
    expect(detectFormat(logcat, formats).scores.slice(0, 2).map((s) => s.format)).toEqual(['android-logcat', 'generic']);
  });

  it('picks native over native-etw on a plain native trace (a tie goes to the more specific grammar)', () => {
    const lines = ['PID   TID   TIME         MESSAGE', '2968  5476  09:12:01.004 SessionMgr: started', '2968  5476  09:12:01.010 SessionMgr: calling ProfileSvc'];
    const { format, scores } = detectFormat(lines, formats);
    expect(format.name).toBe('native');
    expect(scores.slice(0, 2).map((s) => [s.format, s.score])).toEqual([['native', 1], ['native-etw', 1]]);
  });
});

describe('jenkins: the controller log java.util.logging writes', () => {
  it('reads [id=N] as the tid, the class as the logger (its last segment the narrator), and joins what follows up to the next stamp', async () => {
    const { records } = await read(fixture('jenkins.log'));
    expect(records.find((r) => r.message.startsWith('I/O error in channel'))).toMatchObject({
      narrator: 'SynchronousCommandTransport$ReaderThread', tid: 63, pid: null, date: '2026-11-26', time: '10:02:11.560', offsetMin: 0,
      fields: { zone: '+0000', level: 'WARNING', logger: 'h.r.SynchronousCommandTransport$ReaderThread', method: 'run' },
    });
    // The exception, its frames, git's stdout and stderr and the blank line among them, 'Caused by:': all the record's.
    expect(records.map((r) => [r.narrator, r.lines.length])).toEqual([
      ['Logger', 1], ['InitReactorRunner$1', 1], ['Lifecycle', 1], ['SynchronousCommandTransport$ReaderThread', 4],
      ['SCMTrigger$Runner', 6], ['KubernetesCloud', 4], ['WorkflowRun', 1], ['Executor', 3],
    ]);
  });
});

describe('glusterfs: the logs of glusterd, the bricks and the clients', () => {
  it('reads the level letter, the message id and the source as fields, the translator as the narrator', async () => {
    const { records } = await read(fixture('glusterfs.log'));
    expect(records.find((r) => r.message.startsWith('server 10.70.2.12:49153 has not responded'))).toMatchObject({
      narrator: 'data-client-1', pid: null, tid: null, date: '2026-11-26', time: '10:03:44.815006', timeMs: 36_224_815, offsetMin: 0,
      fields: { zone: '+0000', level: 'C', source: 'rpc-clnt-ping.c:162:rpc_clnt_ping_timer_expired', graph: '0' },
    });
    expect(records.find((r) => r.message.startsWith('Peer <stor-2>'))).toMatchObject({ narrator: 'management', fields: { level: 'I', msgid: '106004' } });
    // The call chain before the translator is a field; '0-:' names no translator.
    expect(records.find((r) => r.message.startsWith('forced unwinding frame'))).toMatchObject({ narrator: 'data-client-1', fields: { callers: expect.stringMatching(/^\(--> .*\)$/) } });
    expect(records.find((r) => r.message.startsWith('received signum (15)'))).toMatchObject({ narrator: null, fields: { level: 'W', graph: '0' } });
    // A crash report's lines continue the record before them.
    expect(records.at(-1)?.lines).toHaveLength(6);
  });
});

describe('salt: the master and minion log', () => {
  it('reads the logger (its padding trimmed) as the narrator, the line, level and pid, and joins unindented text up to the next stamp', async () => {
    const { records } = await read(fixture('salt.log'));
    expect(records.find((r) => r.message.startsWith('Minion web-11.example.org did not return'))).toMatchObject({
      narrator: 'salt.client', pid: 5121, date: '2026-11-26', time: '10:01:05,019', timeMs: 36_065_019, fields: { line: '1195', level: 'WARNING' },
    });
    // Salt before 2016.3 wrote no line number.
    expect(records.at(-1)).toMatchObject({ narrator: 'salt.minion', pid: 4100, fields: { level: 'WARNING' } });
    expect(records.at(-1)?.fields).not.toHaveProperty('line');
    // A traceback with its exception line, a Jinja error with a template excerpt (a blank line within), a 'Failures:' block.
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.narrator, r.lines.length])).toEqual([['salt.master', 5], ['salt.utils.reactor', 7], ['salt.state', 4]]);
  });
});

describe('log4j-ndc: the log4j layout %d %-5p %-60c %x - %m (Apache Flink)', () => {
  it("reads the logger as fields.logger (its last segment the narrator), the NDC in brackets, and joins what follows up to the next stamp", async () => {
    const { records } = await read(fixture('log4j-ndc.log'));
    expect(records.find((r) => r.message.startsWith('Source: events (3/8)#0 (77c1_2_0) switched from RUNNING to FAILED'))).toMatchObject({
      narrator: 'Task', pid: null, tid: null, date: '2026-11-26', time: '10:02:41,033', timeMs: 36_161_033,
      fields: { level: 'WARN', logger: 'org.apache.flink.runtime.taskmanager.Task', ndc: 'job-77c1, attempt 0' },
    });
    expect(records[0]).toMatchObject({ narrator: 'TaskManagerRunner', fields: { level: 'INFO', ndc: '' }, message: 'Starting TaskManager with ResourceID: tm-7:6122-3c9d01' });
    // log4j 1 wrote nothing for an empty NDC.
    const bare = records.find((r) => r.message.startsWith('Close JobManager connection'));
    expect(bare).toMatchObject({ narrator: 'TaskExecutor', fields: { level: 'INFO', logger: 'org.apache.flink.runtime.taskexecutor.TaskExecutor' } });
    expect(bare?.fields).not.toHaveProperty('ndc');
    // The unindented exception line, its tab-led frames, 'Caused by:' and '... 9 more' are the record's.
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.narrator, r.lines.length])).toEqual([['Task', 2], ['PartitionRequestQueue', 5]]);
  });
});

describe('vcs: the Veritas Cluster Server engine and agent logs', () => {
  it('reads the tag, level, message id and system as fields; an agent entry point names its type, the narrator, else the tag is', async () => {
    const { records } = await read(fixture('vcs.log'));
    expect(records.find((r) => r.message.startsWith('Resource svc_app (Owner: Unspecified, Group: svcsg) is FAULTED'))).toMatchObject({
      narrator: 'VCS', pid: null, tid: null, date: '2026/11/26', time: '10:01:30', timeMs: 36_090_000, fields: { tag: 'VCS', level: 'ERROR', msgid: 'V-16-1-10303' },
    });
    expect(records.find((r) => r.message.startsWith('Device eth0 has no link'))).toMatchObject({
      narrator: 'NIC', fields: { level: 'WARNING', msgid: 'V-16-10021-5003', system: 'clu-b', resource: 'pub_nic', entrypoint: 'monitor' },
    });
    expect(records.find((r) => r.message.startsWith('Agent is calling clean for resource(svc_ip)'))).toMatchObject({ narrator: 'VCS', fields: { system: 'clu-a', level: 'ERROR' } });
    // An agent's own log names the thread.
    expect(records.find((r) => r.message.startsWith('Resource(ora_db) - monitor procedure'))).toMatchObject({ narrator: 'VCS', tid: 4152178432 });
    // The output of a completed entry point, between its '=====' lines, continues the record that announces it.
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.fields['msgid'], r.lines.length])).toEqual([['V-16-2-13716', 4]]);
  });
});

describe('ibm-mq: the queue manager error log AMQERR01.LOG', () => {
  it('makes each entry one record: the time with AM or PM, the pid and tid of Process(), the user, the program the narrator, the message line the message', async () => {
    const { records } = await read(fixture('ibm-mq.log'));
    expect(records.map((r) => [r.line, r.lines.length])).toEqual([[1, 11], [12, 13], [25, 3]]);
    expect(records[1]).toMatchObject({
      narrator: 'amqrmppa', pid: 3301, tid: 14, date: '11/26/2026', time: '10:04:37 AM', timeMs: 36_277_000, day: Date.UTC(2026, 10, 26) / 86_400_000,
      fields: { user: 'mqm', code: 'AMQ9208E' }, message: "Error on receive from host 'mqb (10.9.0.2)(1414)'.", messageAt: null,
    });
    expect(records[1]?.lines[4]?.text).toBe("AMQ9208E: Error on receive from host 'mqb (10.9.0.2)(1414)'.");
    // A 24-hour clock (another locale), a Windows program and no thread.
    expect(records[2]).toMatchObject({ narrator: 'amqzlaa0.exe', pid: 4410, tid: null, time: '13:20:05', timeMs: 48_005_000, fields: { user: 'MUSR_MQADMIN', code: 'AMQ8077W' } });
  });

  it('starts a record at a header with two blanks before the time (the layout reads it: the continuation pattern must not take it)', () => {
    const mq = formats.find((f) => f.name === 'ibm-mq') as Format;
    const lines = [
      '04/05/2010 10:22:51 AM - Process(2710.1) User(mqm) Program(runmqlsr)',
      "AMQ5026: The Listener 'LISTENER.TCP' has started. ProcessId(2710).",
      '04/05/2010  10:22:58 AM - Process(2716.1) User(mqm) Program(amqzmuc0)',
      "AMQ5051: The queue manager task 'LOGGER-IO' has started.",
    ];
    const records: TraceRecord[] = [];
    const assembler = new RecordAssembler('mq', mq, { record: (r) => records.push(r), unparsed: () => undefined });
    lines.forEach((text, i) => assembler.push({ number: i + 1, text, eol: '\n' }));
    assembler.end();
    expect(records.map((r) => [r.narrator, r.pid, r.time, r.lines.length])).toEqual([['runmqlsr', 2710, '10:22:51 AM', 2], ['amqzmuc0', 2716, '10:22:58 AM', 2]]);
    // MQ 6 wrote no severity letter after the code.
    expect(records.map((r) => [r.fields['code'], r.message])).toEqual([['AMQ5026', "The Listener 'LISTENER.TCP' has started. ProcessId(2710)."], ['AMQ5051', "The queue manager task 'LOGGER-IO' has started."]]);
  });
});

describe('syslog: a severity word before the process name (F5 BIG-IP)', () => {
  const f5 = [
    'May 21 03:11:48 bigip1 notice mcpd[6754]: 01070638:5: Pool /Common/p_web member /Common/10.1.20.11:80 monitor status down.',
    'May 21 03:11:49 bigip1 warning tmm1[14233]: 01010201:4: Inet port exhaustion on 10.1.1.5 to 10.1.20.11:80 (proto 6)',
    'May 21 03:11:50 bigip1 emerg logger[5102]: Re-starting mcpd',
    'May 21 03:11:51 bigip1 err bigd[5201]: 01060111:3: Cannot stat file /config/ssl/ssl.crt/mon.crt',
  ];

  it('reads the word as the level and the process name as the narrator', () => {
    const { format } = detectFormat(f5, formats);
    expect(format.name).toBe('syslog');
    expect(f5.map((line) => format.parser.parse(line)?.fields)).toEqual([
      expect.objectContaining({ host: 'bigip1', level: 'notice', narrator: 'mcpd', pid: '6754' }),
      expect.objectContaining({ level: 'warning', narrator: 'tmm1', pid: '14233' }),
      expect.objectContaining({ level: 'emerg', narrator: 'logger', pid: '5102' }),
      expect.objectContaining({ level: 'err', narrator: 'bigd', pid: '5201' }),
    ]);
  });

  it('reads the F5 fixture: a level on every line but one without the word, each daemon and tmm instance its own narrator', async () => {
    const { records } = await read(fixture('syslog-f5.log'));
    expect(records.map((r) => [r.narrator, r.fields['level'] ?? null])).toEqual([
      ['logger', 'emerg'], ['mcpd', 'notice'], ['bcm56xxd', 'info'], ['sod', 'notice'], ['mcpd', 'notice'], ['tmm2', 'err'], ['tmm', 'warning'],
      ['chmand', 'crit'], ['iControlPortal.cgi', 'debug'], ['info', null],
    ]);
    expect(records[4]).toMatchObject({ pid: 4522, date: 'Nov 26', time: '10:02:44', fields: { host: 'lb-1' } });
  });

  it('reads a line without the word as before: a process name that is such a word, or has blanks in it, is the narrator', () => {
    const syslog = formats.find((f) => f.name === 'syslog') as Format;
    const fieldsOf = (line: string) => syslog.parser.parse(line)?.fields;
    expect(fieldsOf('Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown')).not.toHaveProperty('level');
    expect(fieldsOf('Mar 17 16:13:38 web02 Google Chrome Helper[3142]: started')).toMatchObject({ narrator: 'Google Chrome Helper' });
    expect(fieldsOf('Mar 17 16:13:38 web02 info: cache warmed')).toMatchObject({ host: 'web02', narrator: 'info' });
    expect(fieldsOf('Mar 17 16:13:38 web02 debug[311]: cache warmed')).toMatchObject({ narrator: 'debug', pid: '311' });
    expect(fieldsOf('Mar 17 16:13:38 web02 info: cache warmed')).not.toHaveProperty('level');
  });
});

describe('the probe10 traces', () => {
  const probe10 = (name: string) => join(packageRoot, 'test/corpus/probe10', name);

  it.each([
    ['flink-jobmanager.log', 'log4j-ndc'],
    ['vcs-engine.log', 'vcs'],
    ['ibm-mq-qmgr.log', 'ibm-mq'],
    ['f5-bigip-ltm.log', 'syslog'],
  ])('%s is read as %s, every line a record or a continuation', async (file, expected) => {
    const result = await read(probe10(file));
    expect(result.format).toBe(expected);
    expect(result.read).toBe(result.lines);
  });

  it('gives the narrators and the multi-line records the lines say', async () => {
    const flink = (await read(probe10('flink-jobmanager.log'))).records;
    expect(flink.find((r) => r.line === 1)).toMatchObject({ narrator: 'ClusterEntrypoint' });
    expect(flink.filter((r) => r.lines.length > 1).map((r) => [r.line, r.narrator, r.lines.length])).toEqual([
      [41, 'ExecutionGraph', 2], [55, 'CheckpointCoordinator', 7], [62, 'CheckpointFailureManager', 4], [68, 'CheckpointFailureManager', 4],
      [76, 'ExecutionGraph', 5], [87, 'ExecutionGraph', 4], [98, 'ExecutionGraph', 4], [117, 'ClientCnxn', 4],
    ]);
    const vcs = (await read(probe10('vcs-engine.log'))).records;
    expect(vcs.find((r) => r.line === 69)).toMatchObject({ narrator: 'Mount', fields: { system: 'sfha01', resource: 'app_mnt', entrypoint: 'offline', level: 'WARNING' } });
    expect(vcs.find((r) => r.line === 54)?.lines.map((l) => l.number)).toEqual([54, 55, 56, 57]);
    const mq = (await read(probe10('ibm-mq-qmgr.log'))).records;
    expect(mq.map((r) => r.line)).toEqual([1, 12, 23, 34, 46, 60, 74, 88, 102, 115, 127]);
    expect(mq[4]).toMatchObject({ narrator: 'amqrmppa', pid: 4830, tid: 12, time: '03:11:48 AM', timeMs: 11_508_000, fields: { code: 'AMQ9999E' } });
    expect(mq[4]?.message).toBe("Channel 'TO.QM2' to host 'mqhost02 (10.0.0.7)(1414)' ended abnormally.");
    const f5 = (await read(probe10('f5-bigip-ltm.log'))).records;
    expect(new Set(f5.map((r) => r.narrator).filter((n) => n?.includes(' ')))).toEqual(new Set());
    expect(f5[1]).toMatchObject({ narrator: 'mcpd', pid: 6210, fields: { host: 'bigip-a', level: 'notice' } });
  });
});

describe('bind: the file channel of BIND 9 named', () => {
  it('reads the date with its year apart, the category (the narrator) and the severity (the level), each when printed', async () => {
    const { records } = await read(fixture('bind.log'));
    expect(records.find((r) => r.message.includes('failed while receiving responses: REFUSED'))).toMatchObject({
      narrator: 'xfer-in', pid: null, tid: null, date: '26-Nov', time: '10:00:04.530', timeMs: 36_004_530, day: Date.UTC(2026, 10, 26) / 86_400_000,
      fields: { year: '2026', category: 'xfer-in', level: 'error' },
    });
    expect(records.find((r) => r.message.startsWith('resquery'))).toMatchObject({ narrator: 'resolver', fields: { level: 'debug 3' } });
    // Category without severity; severity without category (a message's own 'word:' is no category then).
    expect(records.find((r) => r.message.startsWith('client @0x7f0c4400a168'))).toMatchObject({ narrator: 'security', fields: { category: 'security' } });
    expect(records.find((r) => r.message.startsWith('managed-keys-zone:'))).toMatchObject({ narrator: null, fields: { level: 'warning' } });
    // print-time iso8601-utc: the zone is read.
    expect(records.find((r) => r.message.includes('sending notifies'))).toMatchObject({ date: '2026-11-26', time: '10:04:00.512', offsetMin: 0, fields: { zone: 'Z' } });
    expect(records.every((r) => r.lines.length === 1)).toBe(true);
  });

  it('leaves a line with the time alone (no category, no severity) to generic: too little to tell it from other logs', () => {
    expect(formats.find((f) => f.name === 'bind')?.parser.parse('26-Nov-2026 10:00:00.104 zone lab.example/IN: loaded serial 1')).toBeNull();
  });
});

describe('kea: the ISC Kea DHCP, DDNS and control agent log', () => {
  it('reads the logger (the narrator), its pid and thread, and the message id as a field, no part of the message', async () => {
    const { records } = await read(fixture('kea.log'));
    expect(records.find((r) => r.message.startsWith('failed to send heartbeat'))).toMatchObject({
      narrator: 'kea-dhcp4.ha-hooks', pid: 812, tid: 139_911_887_681_088, date: '2026-11-26', time: '10:01:40.004', timeMs: 36_100_004,
      fields: { level: 'WARN', msgid: 'HA_HEARTBEAT_COMMUNICATIONS_FAILED' },
    });
    // Older Kea versions wrote no thread.
    expect(records.find((r) => r.message === 'starting Lease File Cleanup')).toMatchObject({ narrator: 'kea-dhcp4.dhcpsrv', pid: 1422, tid: null });
    // A packet's details, unindented lines among them, continue the record.
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.fields['msgid'], r.lines.length])).toEqual([['DHCP4_QUERY_DATA', 5]]);
  });
});

describe('nats: the NATS server log', () => {
  it('reads the pid, the time to the microsecond and the level; no narrator; the connection stays in the message', async () => {
    const { records } = await read(fixture('nats.log'));
    expect(records.find((r) => r.message.includes('Error trying to connect to route'))).toMatchObject({
      narrator: null, pid: 1, tid: null, date: '2026/11/26', time: '10:02:40.771230', timeMs: 36_160_771, fields: { level: 'ERR' },
    });
    expect(records.find((r) => r.message.includes('Error trying to connect to route'))?.message).toMatch(/^10\.80\.0\.13:6222 - rid:6 - /);
    // The banner's indentation is no part of the message; a line written without the pid is read too.
    expect(records.find((r) => r.message.startsWith('Version:'))).toMatchObject({ message: 'Version:  2.10.22' });
    expect(records.find((r) => r.message.includes('Client connection created'))).toMatchObject({ pid: null, fields: { level: 'DBG' } });
  });
});

describe('bacula: the Bacula / Bareos Director log', () => {
  it('reads the daemon (the narrator), the job id and the message type; the unstamped lines of a message continue it', async () => {
    const { records } = await read(fixture('bacula.log'));
    expect(records.find((r) => r.message.startsWith('VSS Writer'))).toMatchObject({
      narrator: 'app01-fd', pid: null, tid: null, date: '26-Nov', time: '10:01', timeMs: 36_060_000, fields: { jobid: '88', level: 'Warning' },
    });
    // The year and seconds of a longer time format; a daemon's message outside a job.
    expect(records.find((r) => r.message.startsWith('Network error with FD'))).toMatchObject({
      narrator: 'bareos-dir', date: '26-Nov', time: '10:05:17', day: Date.UTC(2026, 10, 26) / 86_400_000, fields: { year: '2026', jobid: '90', level: 'Fatal error' },
    });
    expect(records.find((r) => r.message.startsWith('Shutting down'))).toMatchObject({ narrator: 'backup-dir', fields: {} });
    // 'Retrying ...', the changer's output and a job's report are lines of the message they follow.
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.narrator, r.lines.map((l) => l.text.slice(0, 8))])).toEqual([
      ['backup-sd', ['26-Nov 1', 'Results=', 'mtx: Req']],
      ['backup-dir', ['26-Nov 1', 'Retrying']],
      ['backup-dir', ['26-Nov 1', '  JobId:', '  Termin']],
    ]);
  });

  it('takes no line with another kind of stamp for a line of a message', () => {
    const continuation = formats.find((f) => f.name === 'bacula')?.continuation;
    expect(['Retrying ...', 'mtx: Request Sense: Sense Key=Not Ready', '    Pool:         Monthly'].map((l) => continuation?.test(l))).toEqual([true, true, true]);
    expect(['26-Nov 10:06 backup-dir: x', '2026-11-26 10:06:00 other', 'Nov 26 10:06:00 host cron[1]: x'].map((l) => continuation?.test(l))).toEqual([false, false, false]);
  });
});

describe('tomcat: catalina.out and the JULI logs in OneLineFormatter', () => {
  it('reads the level, the thread, the class (its last segment the narrator) and the method; an exception and its frames continue the record', async () => {
    const { records } = await read(fixture('tomcat.log'));
    expect(records.find((r) => r.message.startsWith('Servlet.service()'))).toMatchObject({
      narrator: 'StandardWrapperValve', pid: null, tid: null, date: '26-Nov', time: '10:02:05.004', timeMs: 36_125_004,
      fields: { year: '2026', level: 'SEVERE', thread: 'http-nio-8080-exec-5', logger: 'org.apache.catalina.core.StandardWrapperValve', method: 'invoke' },
    });
    expect(records.find((r) => r.message.startsWith('Start expire sessions'))).toMatchObject({ narrator: 'ManagerBase', fields: { thread: 'ContainerBackgroundProcessor[StandardEngine[Catalina]]', level: 'FINE' } });
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.narrator, r.lines.length])).toEqual([['ConnectionPool', 2], ['StandardWrapperValve', 6]]);
  });
});

describe('cockroach: the CockroachDB log (crdb-v2)', () => {
  it("reads the level and date, the goroutine (the tid), channel, source (its base name the narrator), tags and counter; '+' and '!' lines continue the entry", async () => {
    const { records } = await read(fixture('cockroach.log'));
    expect(records.find((r) => r.message.startsWith('unable to connect to n1'))).toMatchObject({
      narrator: 'nodedialer', pid: null, tid: 812, date: '261126', time: '10:01:40.220330', timeMs: 36_100_220, day: Date.UTC(2026, 10, 26) / 86_400_000,
      fields: { level: 'W', source: 'rpc/nodedialer/nodedialer.go:187', tags: 'T1,n3', counter: '4' },
    });
    expect(records.find((r) => r.fields['marker'] === '=')).toMatchObject({ narrator: 'event_log', fields: { channel: '1' }, message: '{"Timestamp":1795600802500002000,"EventType":"node_restart","NodeID":3}' });
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.narrator, r.lines.length])).toEqual([['start', 3], ['server', 3]]);
    // crdb-v1: no redaction mark.
    expect(records.at(-1)).toMatchObject({ narrator: 'store', tid: 3021, fields: { tags: 'n1,s1', counter: '69' } });
  });
});

describe('the probe11 and probe12 logs of the formats written from them', () => {
  const corpus = (set: string, name: string) => join(packageRoot, 'test/corpus', set, name);

  it.each([
    ['probe11', 'cockroach-node.log', 'cockroach', 0],
    ['probe11', 'tomcat-catalina.log', 'tomcat', 0],
    ['probe12', 'bind-named.log', 'bind', 0],
    ['probe12', 'kea-dhcp4.log', 'kea', 0],
    ['probe12', 'nats-server.log', 'nats', 0],
    // Two blank lines, after the job reports, belong to no record.
    ['probe12', 'bacula-dir.log', 'bacula', 2],
  ])('%s/%s is read as %s, every line a record or a continuation but %d blank ones', async (set, file, expected, blank) => {
    const result = await read(corpus(set, file));
    expect(result.format).toBe(expected);
    expect(result.read).toBe(result.lines - blank);
  });

  it('gives the records and narrators the lines say', async () => {
    const bacula = (await read(corpus('probe12', 'bacula-dir.log'))).records;
    expect(bacula.filter((r) => r.lines.length > 1).map((r) => [r.line, r.narrator, r.lines.length])).toEqual([
      [14, 'bacula-dir', 2], [19, 'bacula-dir', 34], [70, 'backup-sd', 3], [80, 'backup-sd', 5], [87, 'bacula-dir', 34], [124, 'bacula-dir', 3],
    ]);
    const tomcat = (await read(corpus('probe11', 'tomcat-catalina.log'))).records;
    expect(tomcat.filter((r) => r.lines.length > 1).map((r) => [r.line, r.narrator, r.lines.length])).toEqual([
      [41, 'Http11Processor', 6], [53, 'ConnectionPool', 4], [58, 'PooledConnection', 8], [66, 'StandardWrapperValve', 6], [74, 'StandardWrapperValve', 4],
      [78, 'Acceptor', 4], [86, 'ReplicationValve', 5], [111, 'WebappClassLoaderBase', 4],
    ]);
    const crdb = (await read(corpus('probe11', 'cockroach-node.log'))).records;
    expect(crdb.filter((r) => r.lines.length > 1).map((r) => [r.line, r.narrator, r.lines.length])).toEqual([[20, 'start', 9], [34, 'gossip', 6]]);
  });
});

describe('windows-events: Event Viewer saved as tab-delimited text', () => {
  it('reads the level, date, time, source (the narrator), event id and task category; a quoted message of several lines is one record', async () => {
    const { records, headers } = await read(fixture('windows-events.log'));
    expect(headers).toBe(1);
    expect(records.find((r) => r.message.startsWith('The Print Spooler service terminated'))).toMatchObject({
      narrator: 'Service Control Manager', pid: null, date: '11/26/2026', time: '10:03:30 AM', timeMs: 36_210_000, day: Date.UTC(2026, 10, 26) / 86_400_000,
      fields: { level: 'Error', eventid: '7031', category: 'None' },
    });
    // The opening quote is no part of the message; the blank line and the unquoted lines after it continue the record.
    const installed = records.find((r) => r.fields['eventid'] === '7045');
    expect(installed?.lines.map((l) => l.text.slice(0, 12))).toEqual(['Information\t', '', 'Service Name', 'Service File', 'Service Acco']);
    expect(installed?.message.startsWith('A service was installed in the system.')).toBe(true);
    expect(records.find((r) => r.narrator === 'Schannel')).toMatchObject({ date: '2026-11-26', time: '10:00:20', fields: { level: 'Error', eventid: '36887' } });
  });
});

describe('quarkus: the Quarkus and Keycloak default layout', () => {
  it("reads the level, the category (its last segment the narrator), the thread and a message id; the exception continues the record", async () => {
    const { records } = await read(fixture('quarkus.log'));
    expect(records.find((r) => r.message.startsWith('Initializing master realm'))).toMatchObject({
      narrator: 'services', pid: null, tid: null, date: '2026-11-26', time: '10:02:00,003', timeMs: 36_120_003,
      fields: { level: 'INFO', logger: 'org.keycloak.services', thread: 'main', msgid: 'KC-SERVICES0050' },
    });
    expect(records.find((r) => r.fields['msgid'] === 'ISPN000094')).toMatchObject({ narrator: 'CLUSTER', fields: { thread: 'jgroups-5,kc-a-1021' } });
    // Quarkus' own abbreviated categories.
    expect(records.find((r) => r.message.startsWith("Datasource '<default>'"))).toMatchObject({ narrator: 'ConnectionPool', fields: { logger: 'i.a.p.ConnectionPool', thread: 'agroal-11' } });
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.narrator, r.lines.length])).toEqual([['QuarkusErrorHandler', 5]]);
  });
});

describe('sssd: the SSSD debug logs', () => {
  it('reads the stamp (hour padded with a space, or microseconds), the component (the narrator), the function, the debug level and a request id', async () => {
    const { records } = await read(fixture('sssd.log'));
    expect(records.find((r) => r.message.startsWith('Marking port 389'))).toMatchObject({
      narrator: 'be[ad.lab.example]', pid: null, date: '2026-11-26', time: '10:00:05', timeMs: 36_005_000, fields: { function: 'fo_set_port_status', level: '0x0100' },
    });
    expect(records.find((r) => r.narrator === 'nss')).toMatchObject({ time: '9:59:58', timeMs: 35_998_000 });
    expect(records.find((r) => r.fields['rid'] === '7')).toMatchObject({ time: '10:00:05:401877', timeMs: 36_005_401, message: 'service gdm-password maps to Interactive' });
    // A child's pid in brackets is its pid, not part of its name.
    expect(records.find((r) => r.fields['function'] === 'get_and_save_tgt')).toMatchObject({ narrator: 'krb5_child', pid: 4411, fields: { level: '0x0020' } });
  });
});

describe('freeswitch: freeswitch.log', () => {
  it("reads a channel's UUID, the time, the idle share, the level and the source file (the narrator); dialplan lines are records; other lines continue", async () => {
    const { records } = await read(fixture('freeswitch.log'));
    expect(records.find((r) => r.message.startsWith('New Channel'))).toMatchObject({
      narrator: 'switch_channel', pid: null, date: '2026-11-26', time: '10:01:10.220981', timeMs: 36_070_220,
      fields: { uuid: '0f4e2a71-6b3c-4d9a-a8e2-5c1b7d0e9f32', idle: '99.87', level: 'NOTICE', source: 'switch_channel.c:1123' },
    });
    expect(records[0]).toMatchObject({ narrator: 'mod_logfile', fields: { level: 'NOTICE' } });
    expect(records[0]?.fields['idle']).toBeUndefined();
    expect(records.filter((r) => r.fields['action'] !== undefined).map((r) => [r.fields['action'], r.narrator, r.time])).toEqual([['EXECUTE', null, null], ['Dialplan', null, null]]);
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.narrator, r.lines.length])).toEqual([['mod_xml_curl', 2]]);
  });
});

describe('netapp-ems: ONTAP EMS events through syslog', () => {
  it('reads the collector stamp and host, the node (the narrator), the event name and the severity', async () => {
    const { records } = await read(fixture('netapp-ems.log'));
    expect(records.find((r) => r.message.startsWith('A link down event'))).toMatchObject({
      narrator: 'edge-02', pid: null, date: 'Nov 26', time: '10:01:12', timeMs: 36_072_000, fields: { host: '10.50.0.12', event: 'vifmgr.portdown', level: 'notice' },
    });
    expect(records.find((r) => r.message.startsWith('Medium error'))).toMatchObject({ narrator: 'edge-01', fields: { event: 'disk.ioMediumError', level: 'error' } });
    expect(records.find((r) => r.message.startsWith('Medium error'))?.fields['host']).toBeUndefined();
    expect(records.find((r) => r.message.startsWith('Call home'))).toMatchObject({ narrator: 'edge-02', offsetMin: 60, fields: { host: 'edge-mgmt', zone: '+01:00' } });
  });

  it('leaves plain syslog lines to syslog', () => {
    expect(formats.find((f) => f.name === 'netapp-ems')?.parser.parse('May 21 03:00:01 host1 sshd[211]: Accepted publickey for root')).toBeNull();
  });
});

describe('the probe13 logs of the formats written from them', () => {
  const corpus = (name: string) => join(packageRoot, 'test/corpus/probe13', name);

  it.each([
    // The header line is no record.
    ['windows-system-events.log', 'windows-events', 87, 1],
    ['keycloak.log', 'quarkus', 95, 0],
    ['sssd-corp.log', 'sssd', 143, 0],
    ['freeswitch.log', 'freeswitch', 120, 0],
    ['netapp-ems.log', 'netapp-ems', 113, 0],
  ])('%s is read as %s: %d records, every line a record or a continuation but %d header', async (file, expected, count, header) => {
    const result = await read(corpus(file));
    expect(result.format).toBe(expected);
    expect(result.records.length).toBe(count);
    expect(result.headers).toBe(header);
    expect(result.read).toBe(result.lines - header);
  });
});

describe('oracle-alert: the alert log of an Oracle Database instance', () => {
  it("makes each line below a stamp line an entry with the stamp's time; the process is the narrator, the PDB, the message type and the error code fields; a message's lines continue its entry", async () => {
    const { records, headers, lines, read: joined } = await read(fixture('oracle-alert.log'));
    // The stamp lines are header lines: they head the entries below them, and start no record.
    expect(headers).toBe(7);
    expect(joined + headers).toBe(lines);
    expect(records.find((r) => r.narrator === 'LGWR')).toMatchObject({
      line: 6, pid: 9911, date: '2026-11-26', time: '10:04:12.310877', timeMs: 36_252_310, offsetMin: 60, day: Date.UTC(2026, 10, 26) / 86_400_000,
      fields: { zone: '+01:00' }, message: 'SRL selected for T-1.S-812 for LAD:2', messageAt: 17,
    });
    // Two entries below one stamp: both take its time.
    expect(records.filter((r) => r.time === '10:04:12.310877').map((r) => r.line)).toEqual([4, 6]);
    expect(records.find((r) => r.fields['pdb'] !== undefined)).toMatchObject({ narrator: null, pid: null, fields: { pdb: 'HRPDB', conId: '3', code: 'ORA-1652' }, message: 'unable to extend temp segment by 128 in tablespace TEMP [HRPDB]' });
    expect(records.find((r) => r.narrator === 'TT00')).toMatchObject({ pid: 9960, message: 'Error 12541 received logging on to the standby' });
    expect(records.find((r) => r.narrator === 'FAL')).toMatchObject({ pid: null, fields: { context: 'server, ARC2' }, message: 'Begin FAL archive (dbid 2210331876 branch 1151234560 thread 1 sequence 811 dest orcldr)' });
    expect(records.find((r) => r.narrator === 'kkjcre1p')?.message).toBe('unable to spawn jobq slave process');
    expect(records.find((r) => r.fields['level'] === 'WARNING')?.message).toBe('Write Failed. group:2 disk:1 AU:20411 offset:1048576 size:8192');
    // A log switch's indented line; 'Errors in file ...:' and its ORA- lines; the NI block from its separator to its
    // client address; a failed write's path and details; an autobackup's handle after a blank line.
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.line, r.lines.length])).toEqual([[4, 2], [10, 4], [16, 11], [28, 3], [35, 3]]);
  });

  it('reads the stamp of 11g and before with its year apart, and the process prefixes without a pid', () => {
    const format = formats.find((f) => f.name === 'oracle-alert') as Format;
    const records: TraceRecord[] = [];
    const assembler = new RecordAssembler('alert', format, { record: (r) => records.push(r), unparsed: () => undefined });
    ['Tue May 21 03:18:40 2024', 'ARC3: Archive log rejected (thread 1 sequence 4513) at host \'salesdr\'', 'RFS[3]: Assigned to RFS process 5055', 'Thu May  2 23:59:01 2024', 'SMON: enabling cache recovery']
      .forEach((text, i) => assembler.push({ number: i + 1, text, eol: '\n' }));
    assembler.end();
    expect(records.map((r) => [r.date, r.time, r.fields['year'], r.narrator, r.fields['context'] ?? null, r.day])).toEqual([
      ['May 21', '03:18:40', '2024', 'ARC3', null, Date.UTC(2024, 4, 21) / 86_400_000],
      ['May 21', '03:18:40', '2024', 'RFS', '3', Date.UTC(2024, 4, 21) / 86_400_000],
      ['May  2', '23:59:01', '2024', 'SMON', null, Date.UTC(2024, 4, 2) / 86_400_000],
    ]);
  });

  it('takes a stamp only on a line of its own, and no other log for an alert log', () => {
    const parser = (formats.find((f) => f.name === 'oracle-alert') as Format).parser;
    expect(parser.parse('2024-05-21T03:18:40.552311+00:00  ')).not.toBeNull();
    expect(parser.parse('2024-05-21T03:18:40.552311+00:00 LGWR started')).toBeNull();
    expect(parser.parse('2024-05-21T03:18:40+00:00')).toBeNull();
    expect(parser.parse('Tue May 21 03:18:40 UTC 2024')).toBeNull();
  });
});

describe('weblogic: the WebLogic Server log', () => {
  it('reads the stamp, severity, subsystem (the narrator), machine, server, thread, user, ECID, raw time and message id; every line not opening with ####< continues the entry', async () => {
    const { records } = await read(fixture('weblogic.log'));
    expect(records[0]).toMatchObject({
      narrator: 'WebLogicServer', pid: null, tid: null, date: 'Nov 26', time: '10:00:02,118 AM', timeMs: 36_002_118, offsetMin: 60, day: Date.UTC(2026, 10, 26) / 86_400_000,
      fields: {
        year: '2026', zone: 'CET', level: 'Info', host: 'wlhost1', server: 'AdminServer', thread: 'main', user: 'WLS Kernel',
        ecid: '5e1f0c2a-7b44-4d1e-9a63-0c2b8f4d1e77-00000011', rawTime: '1795683602118', msgid: 'BEA-000377',
      },
      // The message id is a field, no part of the message; the one-line message keeps its closing bracket.
      message: 'Starting WebLogic Server with Java HotSpot(TM) 64-Bit Server VM Version 25.401-b10 from Oracle Corporation.> ',
    });
    // An empty transaction id gives no field.
    expect(records[0]?.fields['transaction']).toBeUndefined();
    expect(records.find((r) => r.narrator === 'Deployer')?.fields).toMatchObject({ user: 'weblogic', msgid: 'BEA-149038', thread: "[ACTIVE] ExecuteThread: '0' for queue: 'weblogic.kernel.Default (self-tuning)'" });
    // WebLogic 10.3 and 11g: no milliseconds, no supplemental attributes, no ECID.
    expect(records.at(-1)).toMatchObject({ time: '10:12:00 AM', timeMs: 36_720_000, fields: { msgid: 'BEA-000365' }, message: 'Server state changed to SHUTTING_DOWN> ' });
    expect(records.at(-1)?.fields['ecid']).toBeUndefined();
    // A message of several lines, its exception, frames, 'Caused by:' and closing '> ' continue the entry.
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.line, r.narrator, r.lines.length])).toEqual([[4, 'JDBC', 3], [7, 'JDBC', 11], [18, 'WebLogicServer', 4]]);
  });
});

describe('the probe14 logs of the formats written from them', () => {
  const corpus = (name: string) => join(packageRoot, 'test/corpus/probe14', name);

  it.each([
    // The stamp lines of the alert log are header lines; its blank line 138, after the autobackup's handle and before a
    // stamp, continues nothing.
    ['oracle-alert.log', 'oracle-alert', 72, 38, 1],
    ['weblogic-server.log', 'weblogic', 82, 0, 0],
  ])('%s is read as %s: %d records, every line a record or a continuation but %d headers and %d unparsed', async (file, expected, count, header, unparsed) => {
    const result = await read(corpus(file));
    expect(result.format).toBe(expected);
    expect(result.records.length).toBe(count);
    expect(result.headers).toBe(header);
    expect(result.read).toBe(result.lines - header - unparsed);
  });
});

describe('vcenter-vpxd: the vpxd.log of vCenter Server', () => {
  it("reads the stamp and zone, the level, vpxd's thread (the tid), sub= and opID= (fields), the bracketed module (the narrator); '-->' lines continue the record", async () => {
    const { records } = await read(fixture('vcenter-vpxd.log'));
    expect(records[3]).toMatchObject({
      narrator: 'VpxdMoHost', pid: null, tid: 4230, date: '2026-11-26', time: '09:02:44.101', timeMs: 32_564_101, offsetMin: 0, day: Date.UTC(2026, 10, 26) / 86_400_000,
      fields: { zone: 'Z', level: 'warning', process: 'vpxd', sub: 'InvtHostCnx', opId: 'HB-host-311@9013-4a5b6c7d' },
      message: 'Host [vim.HostSystem:host-311,esx-lab03.test.example] connection state changed from connected to notResponding',
    });
    // No module after the Originator bracket: no narrator, the sub-component still a field.
    const io = records.find((r) => r.fields['sub'] === 'IO.Connection');
    expect(io).toMatchObject({ narrator: null, fields: { level: 'warning', opId: 'HostReconnect-host-311-1a2b' } });
    expect(io?.message.startsWith('Failed to connect; <io_obj')).toBe(true);
    // vCenter 6.x: a hexadecimal thread (no tid), a zone offset, user= in the bracket.
    expect(records.at(-1)).toMatchObject({ tid: null, offsetMin: 60, narrator: 'VpxLRO', fields: { user: 'VSPHERE.LOCAL\\Administrator', opId: 'lro-88120-5c1f' } });
    // A SQL error's driver text and a fault's dump on '-->' lines continue their record.
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.line, r.narrator, r.lines.length])).toEqual([[5, 'VdbStatement', 4], [11, 'VpxLRO', 8]]);
    expect(records).toHaveLength(11);
  });

  it('leaves an ESXi host forwarding vpxa and hostd lines through syslog (a host before the level) to syslog', () => {
    const parser = (formats.find((f) => f.name === 'vcenter-vpxd') as Format).parser;
    expect(parser.parse('2024-06-11T01:58:02.114Z esx-b07.dc2.example Vpxa: verbose vpxa[2100208] [Originator@6876 sub=VpxaHalCnxHostagent opID=WFU-6d1f0b2e] [WaitForUpdatesDone] Starting next')).toBeNull();
    expect(parser.parse('2024-06-11T01:58:02.114Z info vpxd[05120] Starting vmware-vpxd')).toBeNull();
  });
});

describe('the probe15 logs of the formats written from them', () => {
  const corpus = (name: string) => join(packageRoot, 'test/corpus/probe15', name);

  it.each([
    ['vcenter-vpxd.log', 'vcenter-vpxd', 108],
    ['kafka-connect.log', 'kafka', 87],
    ['arista-eos.log', 'syslog', 135],
    ['veeam-job.log', 'veeam', 128],
  ])('%s is read as %s: %d records, every line a record or a continuation', async (file, expected, count) => {
    const result = await read(corpus(file));
    expect(result.format).toBe(expected);
    expect(result.records.length).toBe(count);
    expect(result.read).toBe(result.lines);
  });

  it('gives the records and narrators the lines say', async () => {
    const vpxd = (await read(corpus('vcenter-vpxd.log'))).records;
    expect(vpxd.filter((r) => r.lines.length > 1).map((r) => [r.line, r.narrator, r.lines.length])).toEqual([
      [10, 'VdbStatement', 2], [14, 'VdbStatement', 4], [44, 'VpxLRO', 9], [61, 'VpxLRO', 9], [92, 'VpxLRO', 14], [116, 'VpxLRO', 15],
    ]);
    const connect = (await read(corpus('kafka-connect.log'))).records;
    expect(connect.filter((r) => r.lines.length > 1).map((r) => [r.line, r.narrator, r.lines.length])).toEqual([
      [2, 'WorkerInfo', 6], [9, 'DistributedConfig', 8], [44, 'JdbcSinkTask', 12], [57, 'WorkerSinkTask', 9], [67, 'CachedConnectionProvider', 7],
      [74, 'CachedConnectionProvider', 5], [95, 'WorkerSinkTask', 7], [102, 'WorkerTask', 6], [122, 'WorkerSinkTask', 6], [132, 'ErrorHandler', 7],
      [143, 'WorkerTask', 6],
    ]);
    // Every record has its logger: none is left without a narrator.
    expect(connect.filter((r) => r.narrator === null)).toEqual([]);
    // The stack trace's stamped frames continue the exception's message, the line before them.
    const veeam = (await read(corpus('veeam-job.log'))).records;
    expect(veeam.filter((r) => r.lines.length > 1).map((r) => [r.line, r.narrator, r.lines.length])).toEqual([[47, null, 5]]);
  });
});

describe("kafka: Kafka Connect's and the broker's log4j layout, the logger in parentheses at the end", () => {
  it('reads the level, the connector context, the logger (its last segment the narrator) and its line; the exception and a dump continue the record', async () => {
    const { records } = await read(fixture('kafka.log'));
    expect(records[0]).toMatchObject({
      narrator: 'AbstractConnectCli', pid: null, tid: null, date: '2026-11-26', time: '09:00:01,104', timeMs: 32_401_104, day: Date.UTC(2026, 10, 26) / 86_400_000,
      fields: { level: 'INFO', logger: 'org.apache.kafka.connect.cli.AbstractConnectCli', line: '114' },
      message: 'Kafka Connect worker initializing ...',
    });
    // The connector context is a field, no part of the message; a client's prefix stays in the message.
    expect(records.find((r) => r.line === 7)).toMatchObject({ narrator: 'WorkerSinkTask', fields: { context: 'orders-sink|task-0', connector: 'orders-sink' }, message: 'Sink task finished initialization and start' });
    expect(records.find((r) => r.line === 6)).toMatchObject({ narrator: 'DistributedHerder', message: '[Worker clientId=cw-1, groupId=cw-cluster] Herder started' });
    expect(records.find((r) => r.line === 6)?.fields['context']).toBeUndefined();
    // A dump's logger stands on its last line: that line gives the narrator, the message stays the first line's.
    expect(records.find((r) => r.line === 2)).toMatchObject({ narrator: 'WorkerInfo', fields: { logger: 'org.apache.kafka.connect.runtime.WorkerInfo', line: '71' }, message: 'WorkerInfo values: ' });
    // The broker's default layout writes no line number.
    expect(records.at(-1)).toMatchObject({ narrator: 'KafkaServer', fields: { logger: 'kafka.server.KafkaServer' }, message: '[KafkaServer id=2] started' });
    expect(records.at(-1)?.fields['line']).toBeUndefined();
    // The exception's first line, its frames, 'Caused by:', '... N more', a blank line and a driver message's second line continue the record.
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.line, r.narrator, r.lines.length])).toEqual([[2, 'WorkerInfo', 4], [8, 'JdbcSinkTask', 7], [15, 'WorkerTask', 6]]);
    expect(records).toHaveLength(9);
  });

  it('takes a trailer only at the end of the first line, or from a joined line that is the trailer alone', () => {
    const kafka = formats.find((f) => f.name === 'kafka') as Format;
    const records: TraceRecord[] = [];
    const assembler = new RecordAssembler('t', kafka, { record: (r) => records.push(r), unparsed: () => undefined });
    [
      '[2026-11-26 09:00:01,000] INFO Options (in order) (true)',
      '\tsee org.example.Thing (org.example.Other:2)',
      ' (org.example.Dump:3)',
      ' (org.example.Later:4)',
      '[2026-11-26 09:00:02,000] WARN Check failed (org.example.Checker:9)',
      ' (org.example.Ignored:1)',
    ].forEach((text, i) => assembler.push({ number: i + 1, text, eol: '\n' }));
    assembler.end();
    expect(records.map((r) => [r.narrator, r.fields['line'] ?? null, r.message, r.lines.length])).toEqual([
      ['Dump', '3', 'Options (in order) (true)', 4],
      ['Checker', '9', 'Check failed', 2],
    ]);
  });

  it("leaves the field corpus's Kafka broker log, written '%d %p [%t] %c: %m', to log4j", async () => {
    expect((await read(join(packageRoot, 'test/corpus/field/kafka-broker.log'))).format).toBe('log4j');
  });
});

describe('syslog: the %FACILITY-SEVERITY-MNEMONIC: of Arista EOS after the agent', () => {
  it('reads the facility, the severity (the level) and the mnemonic as fields, no part of the message; the agent stays the narrator', async () => {
    const { records } = await read(fixture('syslog-arista.log'));
    expect(records.map((r) => [r.narrator, r.fields['facility'] ?? null, r.fields['level'] ?? null, r.fields['mnemonic'] ?? null])).toEqual([
      ['sshd', null, null, null], ['Aaa', 'AAA', '6', 'LOGIN'], ['Xcvr', 'TRANSCEIVER', '4', 'RX_POWER_LOW_WARN'], ['Ebra', 'LINEPROTO', '5', 'UPDOWN'],
      ['Bfd', 'BFD', '5', 'STATE_CHANGE'], ['Bgp', 'BGP', '3', 'NOTIFICATION'], ['Mlag', 'MLAG', '6', 'STATE_CHANGE'],
      ['ProcMgr-worker', 'PROCMGR', '4', 'PROCESS_TERMINATED'], ['ProcMgr-worker', 'PROCMGR', '6', 'PROCESS_RESTART'], ['ntpd', null, null, null],
    ]);
    expect(records[4]).toMatchObject({ date: 'Nov 26', time: '10:03:12', pid: null, fields: { host: 'leaf9b' }, message: 'peer (vrf:default, ip:10.0.9.6, intf:Ethernet49/1, srcIp:0.0.0.0, type:normal) changed state from Up to Down diag PathDown' });
    expect(records[7]).toMatchObject({ pid: 1733, message: "'Stp' (PID=2841, status=134) has terminated." });
    expect(records[8]?.message).toBe('');
  });

  it('reads a mnemonic only right after the process name: elsewhere it stays in the message', () => {
    const syslog = formats.find((f) => f.name === 'syslog') as Format;
    const line = 'May 21 03:40:02 collector relay[411]: forwarded %LINK-3-UPDOWN: from sw1';
    expect(syslog.parser.parse(line)?.fields).not.toHaveProperty('mnemonic');
    expect(syslog.parser.parse('May 21 03:40:02 leaf3a Bgp: %bgp-5-ADJCHANGE: peer 10.0.1.2 up')?.fields).not.toHaveProperty('mnemonic');
  });
});

describe('veeam: the logs of Veeam Backup & Replication', () => {
  it('reads the date day first, the thread (the tid), the padded level and the component or task in brackets (the narrator); stamped frames continue the record', async () => {
    const { records } = await read(fixture('veeam.log'));
    expect(records[1]).toMatchObject({
      narrator: 'ViConnection', pid: null, tid: 1, date: '26.11.2026', time: '21:00:03', timeMs: 75_603_000, day: Date.UTC(2026, 10, 26) / 86_400_000,
      fields: { level: 'Info' }, message: "Connected to 'vc-lab.test.example', API version 8.0.2.0",
    });
    // The job's manager writes without a component: no narrator.
    expect(records[0]).toMatchObject({ narrator: null, tid: 1, message: "Starting job mode: 'Normal', retry: 'False'" });
    // A task's VM in brackets, a bracket inside the message left alone.
    expect(records.find((r) => r.line === 3)).toMatchObject({ narrator: 'ProxyDetector', fields: { level: 'Warning' }, message: 'Proxy [px-lab02] is offline, it will not be used for this job session' });
    expect(records.find((r) => r.line === 5)).toMatchObject({ narrator: 'app-lab01', tid: 9, fields: { level: 'Error' } });
    // Milliseconds, and a record past midnight on the next day.
    expect(records.find((r) => r.line === 12)).toMatchObject({ time: '21:05:00.250', timeMs: 75_900_250, narrator: 'SOBR' });
    expect(records.at(-1)).toMatchObject({ date: '27.11.2026', day: Date.UTC(2026, 10, 27) / 86_400_000 });
    // The frames and '--- End of stack trace ---', stamped and tagged Error, continue the exception's message.
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.line, r.narrator, r.lines.length])).toEqual([[7, null, 5]]);
    expect(records).toHaveLength(10);
  });
});

describe('pgbouncer: the log of the PgBouncer connection pooler', () => {
  it('reads the date, time and zone, the pid in brackets, the level, and a connection\'s id, side, database, user and address, none of them in the message', async () => {
    const { records } = await read(fixture('pgbouncer.log'));
    expect(records).toHaveLength(10);
    expect(records.every((r) => r.lines.length === 1 && r.narrator === null && r.pid === 731)).toBe(true);
    expect(records[0]).toMatchObject({
      date: '2026-05-14', time: '22:10:00.001', timeMs: 79_800_001, offsetMin: 0, pid: 731, tid: null, narrator: null,
      fields: { zone: 'UTC', level: 'LOG' }, message: 'listening on 0.0.0.0:6432',
    });
    // A client's connection (C-) and a server connection (S-), with the database, the user and the address.
    expect(records[2]).toMatchObject({
      fields: { level: 'LOG', connection: 'C-0x5633e01b2c40', side: 'C', database: 'shop', user: 'web', peer: '10.77.3.8:55012' },
      message: 'login attempt: db=shop user=web tls=no replication=no',
    });
    expect(records[4]).toMatchObject({
      fields: { level: 'WARNING', connection: 'S-0x5633e02f1a80', side: 'S', database: 'shop', user: 'web', peer: '10.77.1.4:5432' },
      message: 'server error: FATAL:  sorry, too many clients already',
    });
    // A line about no connection has none of those fields.
    expect(records[6].fields).toEqual({ zone: 'UTC', level: 'WARNING' });
    expect(records[6].message).toBe('server login failed: FATAL the database system is shutting down');
    // Before login PgBouncer writes (nodb)/(nouser): no database, no user, the address all the same.
    expect(records[7].fields).toEqual({ zone: 'UTC', level: 'WARNING', connection: 'C-0x5633e01b2ef0', side: 'C', peer: '10.77.9.66:50100' });
    expect(records[7].message).toBe('pooler error: SSL required');
    // The admin console over the unix socket.
    expect(records[8]).toMatchObject({ fields: { database: 'pgbouncer', user: 'admin', peer: 'unix(4410):6432' }, message: 'SHUTDOWN command issued' });
  });

  it('reads the layout before 1.9, no zone and the pid without brackets', () => {
    const parser = (formats.find((f) => f.name === 'pgbouncer') as Format).parser;
    expect(parser.parse('2017-06-19 09:39:49.520 30089 LOG C-0x1c6e4f0: app/app@127.0.0.1:50012 login attempt: db=app user=app tls=no')?.fields).toEqual({
      date: '2017-06-19', time: '09:39:49.520', pid: '30089', level: 'LOG', connection: 'C-0x1c6e4f0', side: 'C', database: 'app', user: 'app', peer: '127.0.0.1:50012',
    });
  });

  it('leaves PostgreSQL\'s own log, its level followed by a colon, to postgresql', () => {
    const parser = (formats.find((f) => f.name === 'pgbouncer') as Format).parser;
    expect(parser.parse('2024-03-12 09:15:02.123 UTC [1234] LOG:  checkpoint starting: time')).toBeNull();
    expect(parser.parse('2024-03-12 09:15:02.123 UTC [1234] postgres@shop FATAL:  password authentication failed for user "postgres"')).toBeNull();
  });

  it('reads probe16\'s pgbouncer.log: 120 records, every line one', async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe16', 'pgbouncer.log'));
    expect(result.format).toBe('pgbouncer');
    expect(result.records).toHaveLength(120);
    expect(result.read).toBe(result.lines);
    expect(result.records.filter((r) => r.fields.side === 'S')).toHaveLength(50);
  });
});

describe('ovs: the logs of the Open vSwitch and OVN daemons', () => {
  it('reads the UTC stamp, the sequence number, the module (the narrator) and its thread, the level; unstamped lines continue the record', async () => {
    const { records } = await read(fixture('ovs.log'));
    expect(records).toHaveLength(11);
    expect(records[0]).toMatchObject({
      date: '2026-05-14', time: '22:10:00.004', timeMs: 79_800_004, offsetMin: 0, day: Date.UTC(2026, 4, 14) / 86_400_000, pid: null, tid: null, narrator: 'vlog',
      fields: { zone: 'Z', sequence: '00001', level: 'INFO' }, message: 'opened log file /var/log/openvswitch/ovs-vswitchd.log',
    });
    expect(records[2]).toMatchObject({ narrator: 'bond', fields: { sequence: '00019', level: 'INFO' }, message: 'member enp65s0f0: link state up' });
    // A thread other than the main one: its name in parentheses after the module, fields.thread.
    expect(records[4]).toMatchObject({ narrator: 'bfd', fields: { thread: 'monitor7', level: 'INFO' } });
    expect(records[4]?.message.startsWith('ovn-cmp04-0: BFD state change: up->down')).toBe(true);
    // The tab-led lines of a message written with newlines, without the stamp, continue it.
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.line, r.narrator, r.lines.length])).toEqual([[5, 'bfd', 4]]);
    expect(records[5]).toMatchObject({ narrator: 'rconn', fields: { level: 'ERR' }, message: 'br-phy<->tcp:10.61.0.2:6653: no response to inactivity probe after 5 seconds, disconnecting' });
    expect(records[7]).toMatchObject({ narrator: 'ofproto_dpif_upcall', fields: { thread: 'revalidator12', level: 'WARN' } });
    expect(records[9]?.fields).toEqual({ zone: 'Z', sequence: '00045', level: 'DBG' });
  });

  it('reads the syslog layout vlog sends to the journal, alone or after the daemon, with no time', () => {
    const parser = (formats.find((f) => f.name === 'ovs') as Format).parser;
    expect(parser.parse('ovs|00093|reconnect|WARN|unix:/run/openvswitch/db.sock: connection dropped (Connection reset by peer)')?.fields).toEqual({
      sequence: '00093', narrator: 'reconnect', level: 'WARN',
    });
    expect(parser.parse('ovs-vswitchd[1187]: ovs|00094|bond(monitor2)|INFO|member eth1: link state down')?.fields).toEqual({
      daemon: 'ovs-vswitchd', pid: '1187', sequence: '00094', narrator: 'bond', thread: 'monitor2', level: 'INFO',
    });
    // A full syslog line stays syslog's; the pipe grammar's layout is not this one.
    expect(parser.parse('Jun 18 02:10:04 hv-07 ovs-vswitchd[1187]: ovs|00001|vlog|INFO|opened log file')).toBeNull();
    expect(parser.parse('2017-12-23 22:15:29.636|Step_SPUtils|30002312| getTodayTotalDetailSteps = 1514038440000')).toBeNull();
    expect(detectFormat(['Jun 18 02:10:04 hv-07 ovs-vswitchd[1187]: ovs|00001|vlog|INFO|opened log file'], formats).format.name).toBe('syslog');
  });

  it("reads probe17's ovs-vswitchd.log: 139 records, every line one, even those led by a tab", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe17', 'ovs-vswitchd.log'));
    expect(result.format).toBe('ovs');
    expect(result.records).toHaveLength(139);
    expect(result.read).toBe(result.lines);
    expect(result.records.every((r) => r.lines.length === 1 && r.narrator !== null && r.offsetMin === 0)).toBe(true);
    expect(result.records.filter((r) => r.fields.thread !== undefined).map((r) => r.fields.thread)).toContain('revalidator41');
  });
});

describe("fluent-bit: Fluent Bit's own log", () => {
  it('reads the date and time, the padded level, the component in brackets (the narrator, whole; its plugin and instance); unstamped lines continue the record', async () => {
    const { records } = await read(fixture('fluent-bit.log'));
    expect(records).toHaveLength(14);
    expect(records[1]).toMatchObject({
      date: '2026/05/14', time: '22:10:00', timeMs: 79_800_000, offsetMin: null, day: Date.UTC(2026, 4, 14) / 86_400_000, pid: null, tid: null,
      narrator: 'fluent bit', fields: { level: 'info', component: 'fluent bit' }, message: 'version=2.2.2, commit=0badc0ffee, pid=1',
    });
    // A component's padding is no part of its name.
    expect(records[2]).toMatchObject({ narrator: 'ctraces', fields: { component: 'ctraces' }, message: 'version=0.4.0' });
    expect(records[4]).toMatchObject({
      narrator: 'output:es:es-logs', fields: { level: 'info', component: 'output:es:es-logs', plugin: 'es', instance: 'es-logs' }, message: 'worker #0 started',
    });
    // The response dumped below the first line continues it.
    expect(records[5]).toMatchObject({ narrator: 'output:es:es-logs', fields: { level: 'error' } });
    expect(records[5]?.lines).toHaveLength(2);
    expect(records[6]).toMatchObject({ narrator: 'engine', fields: { level: 'warn', component: 'engine' } });
    expect(records[6]?.fields).not.toHaveProperty('plugin');
    expect(records[8]).toMatchObject({ narrator: 'filter:kubernetes:kubernetes.0', fields: { plugin: 'kubernetes', instance: 'kubernetes.0' }, message: 'could not get meta for POD api-7c9f8d-2kqzt' });
    // A second bracket stays in the message; a line with no component has no narrator.
    expect(records[9]).toMatchObject({ narrator: 'output:forward:forward.0', fields: { level: 'debug' }, message: '[upstream_ha] node agg-2 (10.88.4.12:24224) is up again' });
    expect(records[10]).toMatchObject({ narrator: null, fields: { level: 'info' }, message: 'Configuration:' });
  });

  it("makes each start's banner a record of its own, undated, its other lines (a blank one among them) continuing it", async () => {
    const { records } = await read(fixture('fluent-bit.log'));
    const banners = records.filter((r) => r.narrator === 'Fluent Bit');
    expect(banners.map((r) => [r.line, r.lines.length, r.time, r.message])).toEqual([[1, 6, null, 'v2.2.2'], [19, 2, null, 'v2.2.2']]);
    expect(banners[0]?.fields).toEqual({});
    // The last record of the first run keeps only its own line.
    expect(records.find((r) => r.line === 18)?.lines).toHaveLength(1);
  });

  it('reads no line of the layouts near it: bracketed stamps with another level, or none', () => {
    const parser = (formats.find((f) => f.name === 'fluent-bit') as Format).parser;
    expect(parser.parse('[2026/11/26 08:00:02] [conn12] [WARN ] upstream api-2 is not responding')).toBeNull();
    expect(parser.parse('[2026/11/26 08:00:02] [info] [engine] started')).toBeNull();
    expect(parser.parse('[2024-05-21 03:00:01,123] INFO [pg-orders-sink|task-0] Committing offsets')).toBeNull();
    expect(parser.parse('Fluent Bit is a CNCF sub-project')).toBeNull();
  });

  it("reads probe17's fluent-bit.log: 122 records, every line one", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe17', 'fluent-bit.log'));
    expect(result.format).toBe('fluent-bit');
    expect(result.records).toHaveLength(122);
    expect(result.read).toBe(result.lines);
    expect(result.records.every((r) => r.lines.length === 1 && r.narrator !== null && r.date === '2024/06/18')).toBe(true);
    expect(result.records.filter((r) => r.fields.instance === 'es.0')).toHaveLength(24);
  });
});

describe("clickhouse: the ClickHouse server's text log", () => {
  it('reads the dotted date and time, the thread (the tid), the query id, the level; a table\'s logger gives the table as narrator, its UUID and part as fields', async () => {
    const { records } = await read(fixture('clickhouse.log'));
    expect(records).toHaveLength(10);
    expect(records[0]).toMatchObject({
      date: '2026.05.14', time: '22:10:00.104211', timeMs: 79_800_104, offsetMin: null, day: Date.UTC(2026, 4, 14) / 86_400_000, pid: null, tid: 3101,
      narrator: 'Application', fields: { level: 'Information' }, message: 'Starting ClickHouse 24.3.3.102 (revision: 54485), PID 3101',
    });
    // '{}' gives no query id.
    expect(records[0]?.fields).toEqual({ level: 'Information' });
    expect(records[2]).toMatchObject({ narrator: 'sales.orders', fields: { uuid: '7a2d9e41-3c0b-4f85-b6e1-92d04c7f1a38' }, message: 'Loading data parts' });
    expect(records[2]?.fields).not.toHaveProperty('part');
    expect(records[3]).toMatchObject({
      tid: 3124, narrator: 'sales.orders', fields: { uuid: '7a2d9e41-3c0b-4f85-b6e1-92d04c7f1a38', part: 'ReplicatedMergeTreeRestartingThread' }, message: 'Activating replica.',
    });
    // Any other logger is the narrator whole, its qualifier in parentheses included.
    expect(records[4]).toMatchObject({ narrator: 'StorageKafka (orders_stream)', fields: { level: 'Warning' }, message: "Can't get assignment. Will keep trying." });
    expect(records[5]).toMatchObject({ narrator: 'executeQuery', fields: { level: 'Debug', queryId: '41c7e0d2-8f3a-4b19-a6d5-e02f7b9c3d81' } });
    // The stack trace, and the blank line before it, continue the record.
    expect(records[6]).toMatchObject({ narrator: 'TCPHandler', fields: { level: 'Error' } });
    expect(records[6]?.lines).toHaveLength(5);
    expect(records[7]).toMatchObject({ narrator: 'sales.orders_dist.DirectoryMonitor.default', fields: { level: 'Error' } });
  });

  it('reads no line of the layouts near it', () => {
    const parser = (formats.find((f) => f.name === 'clickhouse') as Format).parser;
    expect(parser.parse('2024-06-18 02:00:01.104211 [ 2211 ] {} <Information> Application: starting up')).toBeNull();
    expect(parser.parse('2024.06.18 02:00:01.104211 [ 2211 ] {} <Info> Application: starting up')).toBeNull();
    expect(parser.parse('2005.06.03 15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO instruction cache parity error corrected')).toBeNull();
  });

  it("reads probe18's clickhouse-server.log: 127 records, every line one", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe18', 'clickhouse-server.log'));
    expect(result.format).toBe('clickhouse');
    expect(result.records).toHaveLength(127);
    expect(result.read).toBe(result.lines);
    expect(result.records.every((r) => r.lines.length === 1 && r.narrator !== null && r.tid !== null && r.date === '2024.06.18')).toBe(true);
    expect(result.records.filter((r) => r.narrator === 'analytics.events')).toHaveLength(42);
    expect(result.records.filter((r) => r.fields.queryId !== undefined)).toHaveLength(11);
  });
});

describe("freeradius: FreeRADIUS's radius.log", () => {
  it('reads the ctime stamp, the log type (the level), the request number and its module; a module outside a request is the narrator', async () => {
    const { records } = await read(fixture('freeradius.log'));
    expect(records).toHaveLength(11);
    expect(records[0]).toMatchObject({
      date: 'May 14', time: '22:10:00', timeMs: 79_800_000, offsetMin: null, day: Date.UTC(2026, 4, 14) / 86_400_000, pid: null, tid: null,
      narrator: null, fields: { year: '2026', level: 'Info' }, message: 'Debugger not attached',
    });
    expect(records[1]).toMatchObject({ narrator: 'rlm_sql (sql)', message: 'Attempting to connect to database "aaa"' });
    expect(records[2]).toMatchObject({ narrator: 'rlm_ldap', message: 'libldap vendor: OpenLDAP, version: 20510' });
    // The server's own lines name no module: no narrator.
    expect(records[4]).toMatchObject({ narrator: null, fields: { level: 'Auth', request: '4' }, message: 'Login OK: [r.okafor] (from client ap-ctl-2 port 0 cli 3c-22-fb-0d-11-a7)' });
    // A request's module is a field, not the narrator; its 'ERROR: ' stays in the message.
    expect(records[5]).toMatchObject({ narrator: null, fields: { level: 'Error', request: '9', module: 'eap_tls' }, message: 'ERROR: TLS Alert read:fatal:unknown CA' });
    expect(records[6]).toMatchObject({ narrator: null, fields: { level: 'Proxy', request: '12' } });
    expect(records[6]?.fields).not.toHaveProperty('module');
    expect(records[7]).toMatchObject({ narrator: 'rlm_sql_mysql', fields: { level: 'Error' } });
    expect(records[8]).toMatchObject({ narrator: null, fields: { request: '15', module: 'sql' }, message: 'ERROR: rlm_sql (sql): Failed to reconnect' });
    // A day of the month padded with a blank.
    expect(records[10]).toMatchObject({ date: 'May  1', time: '08:00:02', day: Date.UTC(2026, 4, 1) / 86_400_000, message: 'Signalled to terminate' });
  });

  it('reads no line of the layouts near it', () => {
    const parser = (formats.find((f) => f.name === 'freeradius') as Format).parser;
    expect(parser.parse('[Tue Jun 18 02:00:01 2024] [error] [client 10.0.0.1] File does not exist: /var/www/favicon.ico')).toBeNull();
    expect(parser.parse('Tue Jun 18 02:00:01 2024 Info: Debugger not attached')).toBeNull();
    expect(parser.parse('Tue Jun 18 02:00:01 2024 : Notice: something else')).toBeNull();
  });

  it("reads probe18's freeradius.log: 150 records, every line one", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe18', 'freeradius.log'));
    expect(result.format).toBe('freeradius');
    expect(result.records).toHaveLength(150);
    expect(result.read).toBe(result.lines);
    expect(result.records.every((r) => r.lines.length === 1 && r.fields.year === '2024' && r.fields.level !== undefined)).toBe(true);
    expect(result.records.filter((r) => r.narrator === 'rlm_sql (sql)')).toHaveLength(21);
  });
});

describe("proxysql: ProxySQL's proxysql.log", () => {
  it('reads the date and time, the source location (the module is the narrator, the function a field), the level; unstamped lines continue the record', async () => {
    const { records } = await read(fixture('proxysql.log'));
    expect(records).toHaveLength(10);
    expect(records[0]).toMatchObject({
      date: '2026-05-14', time: '22:10:00', timeMs: 79_800_000, offsetMin: null, pid: null, tid: null, narrator: null,
      fields: { level: 'INFO' }, message: 'Using config file /etc/proxysql.cnf',
    });
    expect(records[0]?.fields).toEqual({ level: 'INFO' });
    expect(records[1]).toMatchObject({
      narrator: 'main', fields: { source: 'main.cpp:1262', function: 'ProxySQL_daemonize_phase3', level: 'INFO' }, message: 'Angel process started ProxySQL process 3310',
    });
    expect(records[5]).toMatchObject({
      narrator: 'MySQL_Monitor', fields: { source: 'MySQL_Monitor.cpp:2543', function: 'monitor_ping_process_ready_tasks', level: 'ERROR' },
      message: "Error after 0ms on server 10.52.1.11:3306 : Can't connect to MySQL server on '10.52.1.11' (111)",
    });
    // A subsystem's word at the start of the message stays in it.
    expect(records[7]).toMatchObject({ narrator: 'ProxySQL_Cluster', fields: { level: 'WARNING' } });
    expect(records[7]?.message.startsWith('Cluster: unable to connect to peer px-c:6032')).toBe(true);
    // The watchdog's line has no source location, so no narrator; the crash's backtrace continues it.
    expect(records[8]).toMatchObject({ narrator: null, fields: { level: 'ERROR' }, message: 'Watchdog: 1 threads missed 3 heartbeats, core dumping' });
    expect(records[8]?.lines).toHaveLength(4);
    expect(records[9]).toMatchObject({ narrator: 'main', message: 'ProxySQL crashed. Restarting!' });
  });

  it('reads no line of the layouts near it', () => {
    const parser = (formats.find((f) => f.name === 'proxysql') as Format).parser;
    expect(parser.parse('2024-06-18 02:00:01,123 [INFO] Using config file /etc/app.cnf')).toBeNull();
    expect(parser.parse('2024-06-18 02:00:01 INFO Using config file /etc/app.cnf')).toBeNull();
    expect(parser.parse('2024-06-18 02:00:01 [info] Using config file /etc/app.cnf')).toBeNull();
  });

  it("reads probe18's proxysql.log: 154 records, every line one", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe18', 'proxysql.log'));
    expect(result.format).toBe('proxysql');
    expect(result.records).toHaveLength(154);
    expect(result.read).toBe(result.lines);
    expect(result.records.every((r) => r.lines.length === 1 && r.fields.level !== undefined)).toBe(true);
    expect(result.records.filter((r) => r.narrator === null)).toHaveLength(12);
    expect(result.records.filter((r) => r.narrator === 'MySQL_Monitor')).toHaveLength(27);
  });
});

describe("ansible: Ansible's log file (log_path)", () => {
  it('reads the date and time, the pid, the user (a field), the logger (the narrator), the message after the bar; every unstamped line continues the record above', async () => {
    const { records } = await read(fixture('ansible.log'));
    expect(records).toHaveLength(9);
    expect(records[0]).toMatchObject({
      date: '2025-11-02', time: '04:15:00,100', timeMs: 15_300_100, offsetMin: null, pid: 7021, tid: null, narrator: 'ansible',
      fields: { user: 'automation' }, message: 'PLAY [Rotate backups] **********************************************************',
    });
    expect(records[0]?.fields).toEqual({ user: 'automation' });
    expect(records[3]).toMatchObject({ narrator: 'ansible', message: 'fatal: [store-2]: FAILED! => {"changed": false, "msg": "zfs destroy failed: dataset is busy", "rc": 1}' });
    expect(records[4]).toMatchObject({ narrator: 'py.warnings', pid: 7021 });
    // A result printed over several lines, its closing brace included.
    expect(records[5]).toMatchObject({ narrator: 'ansible', message: 'ok: [store-1] => {' });
    expect(records[5]?.lines.map((l) => l.text)).toEqual(['2025-11-02 04:15:05,001 p=7021 u=automation n=ansible | ok: [store-1] => {', '    "msg": "snapshots kept: 14"', '}']);
    // An ad-hoc command's output and Ansible's verdict below its host line.
    expect(records[8]).toMatchObject({ pid: 7188, message: 'store-2 | FAILED | rc=1 >>' });
    expect(records[8]?.lines.map((l) => l.text).slice(1)).toEqual(['inactive', 'non-zero return code']);
  });

  it('reads no line of the layouts near it', () => {
    const parser = (formats.find((f) => f.name === 'ansible') as Format).parser;
    expect(parser.parse('2024-06-03 14:22:07,318 [salt.master      :1677][INFO    ][3310] Got return from db-03')).toBeNull();
    expect(parser.parse('2024-06-18 02:00:04,811 INFO p=41873 u=deploy n=ansible | ok: [web-01]')).toBeNull();
    expect(parser.parse('2024-06-18 02:00:04 p=41873 u=deploy n=ansible | ok: [web-01]')).toBeNull();
    expect(parser.parse('Jun 18 02:00:04 web-01 sshd[812]: Accepted publickey for deploy')).toBeNull();
    expect(parser.parse('    "msg": "snapshots kept"')).toBeNull();
    expect(parser.parse('non-zero return code')).toBeNull();
  });

  it("reads probe19's ansible.log: 164 records, the unstamped lines continuing them", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe19', 'ansible.log'));
    expect(result.format).toBe('ansible');
    expect(result.records).toHaveLength(164);
    expect(result.read).toBe(result.lines);
    expect(result.records.every((r) => r.narrator === 'ansible' && r.date !== null)).toBe(true);
  });
});

describe("unbound: Unbound's own log file", () => {
  it('reads the epoch stamp, the daemon (the narrator), its pid and thread, and the level', async () => {
    const { records } = await read(fixture('unbound.log'));
    expect(records).toHaveLength(12);
    expect(records[0]).toMatchObject({ time: '1732670400', timeMs: 4_800_000, narrator: 'unbound', pid: 2210, tid: 0, fields: { level: 'notice' }, message: 'init module 0: validator' });
    expect(records[3]).toMatchObject({ tid: 1, fields: { level: 'query' }, message: '10.12.3.40 intranet.corp.example. A IN' });
    expect(records[7]).toMatchObject({ fields: { level: 'info' }, message: expect.stringMatching(/^198\.51\.100\.7 is down, rto/) });
  });

  it("reads no line of the layouts near it (Nagios's core and modules)", () => {
    const parser = (formats.find((f) => f.name === 'unbound') as Format).parser;
    expect(parser.parse('[1716261108] SERVICE ALERT: web-03;HTTP;CRITICAL;SOFT;1;CRITICAL - Socket timeout after 10 seconds')).toBeNull();
    expect(parser.parse('[1716262331] wproc: Core Worker 2215: job 5021 (pid=31882) timed out. Killing it')).toBeNull();
    expect(parser.parse('Jun 18 02:00:00 ns1 unbound: [812:0] info: start of service (unbound 1.19.1).')).toBeNull();
  });

  it("reads probe20's unbound-resolver.log: 122 records, every line one", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe20', 'unbound-resolver.log'));
    expect(result.format).toBe('unbound');
    expect(result.records).toHaveLength(122);
    expect(result.read).toBe(result.lines);
    expect(result.records.every((r) => r.narrator === 'unbound' && r.pid === 812 && r.tid !== null)).toBe(true);
  });
});

describe("pgpool: the Pgpool-II log, log_line_prefix '%m: %a pid %p: '", () => {
  it('reads the date, time and zone, the process (the narrator), its pid and the level; DETAIL and HINT are records of their own', async () => {
    const { records } = await read(fixture('pgpool.log'));
    expect(records).toHaveLength(12);
    expect(records[0]).toMatchObject({
      date: '2025-11-03', time: '21:40:00.018', timeMs: 78_000_018, offsetMin: 60, pid: 4410, tid: null, narrator: 'main',
      fields: { zone: 'CET', level: 'LOG' }, message: 'Backend status file /var/run/pgpool/pgpool_status does not exist',
    });
    expect(records[3]).toMatchObject({ pid: 4413, narrator: 'watchdog', fields: { level: 'DETAIL' }, message: 'leader node is "ppx-2.lab.example:9999 Linux ppx-2"' });
    // '[unknown]', a client's session before it names its application, gives no narrator; the application name does.
    expect(records[4]).toMatchObject({ pid: 4477, narrator: null, fields: { level: 'LOG' }, message: 'new connection received' });
    expect(records[4].fields).toEqual({ zone: 'CET', level: 'LOG' });
    expect(records[7]).toMatchObject({ pid: 4477, narrator: 'billing-api', fields: { level: 'HINT' }, message: 'check the client is still connected' });
    // The failover script's output, written to Pgpool's stderr without a prefix, continues the record that ran it.
    expect(records[9]).toMatchObject({ narrator: 'main', message: 'execute command: /etc/pgpool-II/failover.sh 1 db-7.lab.example 5432' });
    expect(records[9].lines).toHaveLength(3);
    // Process kinds with blanks in them.
    expect(records[10]).toMatchObject({ pid: 4502, narrator: 'follow child', message: 'start triggering follow command.' });
    expect(records[11]).toMatchObject({ pid: 4416, narrator: 'life check', fields: { level: 'WARNING' } });
  });

  it('reads no line of the layouts near it (PostgreSQL, PgBouncer, Pgpool through syslog)', () => {
    const parser = (formats.find((f) => f.name === 'pgpool') as Format).parser;
    expect(parser.parse('2024-03-12 09:15:02.123 UTC [1234] LOG:  checkpoint starting: time')).toBeNull();
    expect(parser.parse('2024-03-12 09:15:02.124 UTC [1234] postgres@shop DETAIL:  Connection matched file "/etc/postgresql/16/main/pg_hba.conf" line 128')).toBeNull();
    expect(parser.parse('2024-06-11 03:12:40.881 UTC [1021] LOG S-0x55d1c2b1fa50: orders/app_rw@10.30.1.11:5432 closing because: server conn crashed? (age=1057s)')).toBeNull();
    expect(parser.parse('2017-06-19 09:39:49.520 30089 LOG listening on 0.0.0.0:6432')).toBeNull();
    expect(parser.parse('Jun 18 02:00:03 pgp-a pgpool[2201]: [3-1] 2024-06-18 02:00:03.112: main pid 2201: LOG:  memory cache initialized')).toBeNull();
    expect(parser.parse('2024-06-18 02:00:03,112 INFO [main] org.example.pool.Main: pid 2201: started')).toBeNull();
  });

  it("reads probe23's pgpool.log: 167 records, every line one, each with its process as the narrator", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe23', 'pgpool.log'));
    expect(result.format).toBe('pgpool');
    expect(result.records).toHaveLength(167);
    expect(result.read).toBe(result.lines);
    expect(result.records.filter((r) => r.narrator === 'watchdog')).toHaveLength(55);
    expect(result.records.filter((r) => r.narrator === 'main')).toHaveLength(45);
    expect(new Set(result.records.map((r) => r.narrator))).toEqual(
      new Set(['main', 'watchdog', 'watchdog escalation', 'watchdog de-escalation', 'life check', 'heartbeat receiver', 'heartbeat sender', 'pcp_main', 'pcp_child', 'child', 'sr_check_worker', 'health_check0', 'health_check1', 'follow child']),
    );
    // The DETAIL, HINT and CONTEXT lines are records of their own, by the process that wrote the line above them.
    expect(result.records.filter((r) => r.fields.level === 'DETAIL')).toHaveLength(25);
  });
});

describe("istio: Istio's control plane and agent log", () => {
  it('reads the stamp, the level, the scope (the narrator) or none, the Envoy lines pilot-agent passes on, and an unstamped dump', async () => {
    const { records } = await read(fixture('istio.log'));
    expect(records).toHaveLength(11);
    expect(records[0]).toMatchObject({ date: '2024-11-05', time: '07:42:10.381205', timeMs: 27_730_381, offsetMin: 0, narrator: null, pid: null, tid: null, fields: { level: 'info', zone: 'Z' }, message: 'FLAG: --concurrency="2"' });
    expect(records[2]).toMatchObject({ narrator: null, message: 'Proxy role\tips=[10.42.7.19] type=sidecar id=invoice-api-5f7d8c9b4-rk2tn.orders domain=orders.svc.cluster.local' });
    expect(records[3]).toMatchObject({ narrator: null, message: 'Effective config: binaryPath: /usr/local/bin/envoy' });
    expect(records[3]?.lines.map((l) => l.text).slice(1)).toEqual(['concurrency: 2', 'discoveryAddress: istiod.istio-system.svc:15012', 'proxyMetadata: {}']);
    expect(records[4]).toMatchObject({ narrator: 'xdsproxy', fields: { level: 'info' }, message: expect.stringMatching(/^Initializing with upstream address/) });
    expect(records[7]).toMatchObject({ narrator: 'dns', fields: { level: 'debug' } });
    expect(records[8]).toMatchObject({ narrator: null, fields: { level: 'warn' }, message: expect.stringMatching(/^Envoy proxy is NOT ready: /) });
    expect(records[9]).toMatchObject({
      narrator: 'config',
      fields: { level: 'warning', source: 'external/envoy/source/extensions/config_subscription/grpc/delta_subscription_state.cc:269', thread: '21' },
      message: expect.stringMatching(/duplicate listener filter chain match$/),
    });
    expect(records[10]).toMatchObject({ narrator: 'xdsproxy', fields: { level: 'error' } });
  });

  it('reads no line of the layouts near it (MySQL 8, Envoy, klog, generic ISO stamps, JSON lines, tabbed syslog)', () => {
    const parser = (formats.find((f) => f.name === 'istio') as Format).parser;
    expect(parser.parse('2024-06-25T02:14:22.701118Z 0 [Warning] [MY-011493] [Repl] Plugin group_replication reported: \'Member with address mysql-c:3306 has become unreachable.\'')).toBeNull();
    expect(parser.parse('[2024-05-21 03:12:40.902][22][warning][hc] [source/common/upstream/health_checker_impl.cc:358] health check failed for host 10.40.3.18:8080')).toBeNull();
    expect(parser.parse('I0312 09:15:02.123456    1234 kubelet.go:2123] "Pod status updated" pod="kube-system/coredns-5d78c9869d-x2x9q"')).toBeNull();
    expect(parser.parse('2024-06-18T02:00:04.118204Z info ads ADS: new connection for node:cart-v2-6c9f4d8b7-lm2xt.shop-1')).toBeNull();
    expect(parser.parse('2024-06-18T02:00:04.118204+02:00\tinfo\tads\tADS: new connection')).toBeNull();
    expect(parser.parse('2024-06-18T02:00:04.118204Z\tINFO\tads\tADS: new connection')).toBeNull();
    expect(parser.parse('{"level":"info","time":"2024-06-18T02:00:04.118204Z","scope":"ads","msg":"ADS: new connection"}')).toBeNull();
    expect(parser.parse('2024-06-18T02:00:04.118204+00:00 node-3 kubelet[912]: E0618 02:00:04.118204 912 pod_workers.go:1298] "Error syncing pod"')).toBeNull();
  });

  it("reads probe23's istiod.log: 153 records, every line one, the scope the narrator and none on default-scope lines", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe23', 'istiod.log'));
    expect(result.format).toBe('istio');
    expect(result.records).toHaveLength(153);
    expect(result.read).toBe(result.lines);
    const narrators = new Map<string | null, number>();
    for (const r of result.records) narrators.set(r.narrator, (narrators.get(r.narrator) ?? 0) + 1);
    expect(Object.fromEntries(narrators)).toEqual({ null: 34, klog: 18, kube: 15, spiffe: 1, status: 4, ads: 68, xdsproxy: 1, validationController: 3, webhook: 2, ca: 6, validationServer: 1 });
    expect(result.records.find((r) => r.message.startsWith('FLAG: --domain='))).toMatchObject({ narrator: null, fields: { level: 'info' } });
    expect(result.records.every((r) => r.offsetMin === 0 && r.date === '2024-06-18')).toBe(true);
  });
});

describe("solr: Apache Solr's solr.log", () => {
  it('reads the date and time, the level, the thread in parentheses, the MDC context (collection, shard, replica, core, trace id), the logger (its last segment the narrator); unstamped lines continue the record', async () => {
    const { records } = await read(fixture('solr.log'));
    expect(records).toHaveLength(10);
    expect(records[0]).toMatchObject({
      date: '2026-11-26', time: '11:00:00.214', timeMs: 39_600_214, offsetMin: null, pid: null, tid: null, narrator: 'Server',
      fields: { level: 'INFO', thread: 'main', logger: 'o.e.j.s.Server' }, message: 'jetty-10.0.20; built: 2024-01-29T20:46:45.278Z; jvm 17.0.11+9',
    });
    // An empty context, '[   ]' or '[]', gives no field.
    expect(records[0]?.fields).toEqual({ level: 'INFO', thread: 'main', logger: 'o.e.j.s.Server' });
    expect(records[1]?.fields).toEqual({ level: 'INFO', thread: 'main-SendThread(zq-1.idx.example:2181)', logger: 'o.a.z.ClientCnxn' });
    expect(records[1]?.narrator).toBe('ClientCnxn');
    expect(records[3]).toMatchObject({
      narrator: 'ShardLeaderElectionContext',
      fields: { level: 'INFO', thread: 'zkCallback-9-thread-1', collection: 'tickets', shard: 'shard2', replica: 'core_node8', core: 'tickets_shard2_replica_n7' },
      message: 'I am the new leader: http://sx-4.idx.example:8983/solr/tickets_shard2_replica_n7/ shard2',
    });
    // An executor's thread name holds blanks and the MDC of its own; the exception after ' => ' and its lines continue the record.
    expect(records[5]).toMatchObject({
      narrator: 'RecoveryStrategy',
      fields: { level: 'WARN', thread: 'recoveryExecutor-15-thread-1-processing-sx-4.idx.example:8983_solr x:tickets_shard1_replica_n3 c:tickets s:shard1 r:core_node4', collection: 'tickets', shard: 'shard1', core: 'tickets_shard1_replica_n3' },
    });
    expect(records[5]?.message.startsWith('Error while trying to recover. => org.apache.solr.client.solrj.SolrServerException')).toBe(true);
    // Solr 9's trace id, the abbreviated inner logger SolrCore.Request.
    expect(records[6]).toMatchObject({ narrator: 'Request', fields: { logger: 'o.a.s.c.S.Request', trace: '0af7651916cd43dd', core: 'tickets_shard2_replica_n7' } });
    // A context with the collection alone (Solr 8's '[c:tickets   ]'), or the core alone (standalone Solr).
    expect(records[7]?.fields).toEqual({ level: 'ERROR', thread: 'qtp2051120548-44', collection: 'tickets', logger: 'o.a.s.s.HttpSolrCall' });
    expect(records[8]?.fields).toEqual({ level: 'INFO', thread: 'commitScheduler-20-thread-1', core: 'legacy_core', logger: 'o.a.s.u.DirectUpdateHandler2' });
    expect(records[9]).toMatchObject({ narrator: 'SolrCmdDistributor$Req', fields: { level: 'ERROR' } });
    expect(records.filter((r) => r.lines.length > 1).map((r) => [r.narrator, r.lines.length])).toEqual([['RecoveryStrategy', 4], ['HttpSolrCall', 2]]);
  });

  it('reads no line of the layouts near it', () => {
    const parser = (formats.find((f) => f.name === 'solr') as Format).parser;
    // log4j, its thread in brackets and the logger followed by a colon.
    expect(parser.parse('2024-06-18 02:00:04,811 INFO [main] org.apache.solr.core.SolrCore: core reload')).toBeNull();
    expect(parser.parse('2024-06-18 02:00:04.811 INFO  [main] o.a.s.c.SolrCore core reload')).toBeNull();
    // Quarkus and Keycloak: the category in brackets before the thread.
    expect(parser.parse('2024-05-21 03:00:01,123 INFO  [org.keycloak.services] (main) KC-SERVICES0050: Initializing master realm')).toBeNull();
    expect(parser.parse('2024-05-21 03:00:01.123 INFO  [o.k.services] (main) Initializing master realm')).toBeNull();
    // Spring Boot, log4j-ndc (Flink), ZooKeeper, Kafka.
    expect(parser.parse('2024-06-18 02:00:04.811  INFO 4242 --- [           main] o.s.b.w.e.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http)')).toBeNull();
    expect(parser.parse('2024-06-18 02:00:04,811 INFO  org.apache.flink.runtime.jobmaster.JobMaster [] - Starting execution of job')).toBeNull();
    expect(parser.parse('2024-06-18 02:00:04,811 - INFO  [main:QuorumPeerMain@132] - Starting quorum peer')).toBeNull();
    expect(parser.parse('[2024-06-18 02:00:04,811] INFO [KafkaServer id=1] started (kafka.server.KafkaServer)')).toBeNull();
    // A line of its own without the context.
    expect(parser.parse('2024-06-18 02:00:04.811 INFO  (main) o.e.j.s.Server Started')).toBeNull();
  });

  it("reads probe23's solr-cloud.log: 139 records, every line one", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe23', 'solr-cloud.log'));
    expect(result.format).toBe('solr');
    expect(result.records).toHaveLength(139);
    expect(result.read).toBe(result.lines);
    expect(result.records.every((r) => r.lines.length === 1 && r.narrator !== null && r.fields.thread !== undefined)).toBe(true);
    expect(result.records.filter((r) => r.fields.core !== undefined)).toHaveLength(81);
    expect(result.records.filter((r) => r.narrator === 'RecoveryStrategy')).toHaveLength(19);
    expect(result.records.filter((r) => r.narrator === 'ClientCnxn')).toHaveLength(12);
    expect(result.records.filter((r) => r.narrator === 'ZkStateReader')).toHaveLength(9);
  });
});

describe("graylog: Graylog's server.log", () => {
  it('reads the stamp and its zone, the level and the logger in brackets (the narrator); unstamped lines continue the record', async () => {
    const { records } = await read(fixture('graylog.log'));
    expect(records).toHaveLength(9);
    expect(records[0]).toMatchObject({ date: '2025-03-04', time: '06:00:01.220', offsetMin: 0, narrator: 'ServerBootstrap', fields: { zone: 'Z', level: 'INFO' }, message: 'Graylog server 5.2.7+a1c0d3e starting up' });
    expect(records[1]).toMatchObject({ narrator: 'cluster', message: expect.stringMatching(/^Monitor thread successfully connected/) });
    expect(records[3]).toMatchObject({ offsetMin: 60, narrator: 'InputStateListener', fields: { zone: '+01:00' }, message: 'Input [GELF UDP/65e5f0a1c2b3d4e5f6a7b8c9] is now RUNNING' });
    // The exception and its frames continue the record that reported it.
    expect(records[5]).toMatchObject({ narrator: 'Messages', fields: { level: 'ERROR' } });
    expect(records[5].lines).toHaveLength(4);
    expect(records[7]).toMatchObject({ narrator: 'NodePingThread', fields: { level: 'DEBUG' }, message: '' });
    expect(records[8]).toMatchObject({ offsetMin: -300, narrator: 'GracefulShutdown' });
  });

  it('reads no line of the layouts near it (log4j, Elasticsearch, syslog with an ISO stamp, a thread in brackets)', () => {
    const parser = (formats.find((f) => f.name === 'graylog') as Format).parser;
    expect(parser.parse('2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Created MRAppMaster')).toBeNull();
    expect(parser.parse('[2024-10-02T04:08:19,774][WARN ][o.e.c.s.MasterService    ] [es-1] took [12.6s]')).toBeNull();
    expect(parser.parse('2024-03-01T06:34:53.598231+01:00 db01 kernel: eth0: link down')).toBeNull();
    expect(parser.parse('2024-06-18 02:00:14.388 INFO  [InputStateListener] Input is now RUNNING')).toBeNull();
  });

  it("reads probe22's graylog-server.log: 133 records, every line one, each with its logger as the narrator", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe22', 'graylog-server.log'));
    expect(result.format).toBe('graylog');
    expect(result.records).toHaveLength(133);
    expect(result.read).toBe(result.lines);
    expect(result.records.filter((r) => r.narrator === 'InputStateListener')).toHaveLength(13);
    expect(result.records.every((r) => r.narrator !== null && r.offsetMin === 0)).toBe(true);
  });
});

describe("tor: the Tor daemon's own log file", () => {
  it('reads the date and time with milliseconds, the severity in brackets and the log domain in braces, none of them in the message', async () => {
    const { records } = await read(fixture('tor.log'));
    expect(records).toHaveLength(13);
    expect(records.every((r) => r.lines.length === 1 && r.narrator === 'tor' && r.pid === null && r.tid === null)).toBe(true);
    expect(records[0]).toMatchObject({ date: 'Nov 02', time: '06:40:11.000', timeMs: 24_011_000, fields: { level: 'notice' }, message: expect.stringMatching(/^Tor 0\.4\.8\.13 running on Linux/) });
    expect(records[6]).toMatchObject({ fields: { level: 'warn' }, message: expect.stringMatching(/^Guard mossfinch \(\$2E7A90C4/) });
    // Each line of a multi-line report is stamped: a record of its own, its indentation no part of the message.
    expect(records[8]).toMatchObject({ fields: { level: 'warn' }, message: '9 connections died in state handshaking (TLS) with SSL state SSLv3/TLS read server hello in HANDSHAKE' });
    // LogMessageDomains 1: the domain in braces, several joined by commas; the function name of info and debug lines stays in the message.
    expect(records[9]).toMatchObject({ time: '07:20:30.518', timeMs: 26_430_518, fields: { level: 'warn', domain: 'CONTROL' }, message: 'Bad password or authentication cookie on controller.' });
    expect(records[10]).toMatchObject({ fields: { level: 'info', domain: 'OR,HANDSHAKE' }, message: expect.stringMatching(/^channel_tls_process_netinfo_cell\(\): Got good NETINFO cell/) });
    expect(records[11]).toMatchObject({ date: 'Nov  2', fields: { level: 'debug', domain: 'CIRC' } });
    expect(records[12].fields).toEqual({ level: 'err', domain: 'GENERAL' });
  });

  it('reads no line of the layouts near it (syslog, Tor through syslog, Cisco IOS, Apache httpd, Unbound)', () => {
    const parser = (formats.find((f) => f.name === 'tor') as Format).parser;
    expect(parser.parse('Jun 18 10:25:07 relay1 Tor[812]: Have tried resolving or connecting to address [scrubbed] at 3 different places. Giving up.')).toBeNull();
    expect(parser.parse('Jun 18 10:25:07 relay1 tor[812]: [notice] Bootstrapped 100% (done): Done')).toBeNull();
    expect(parser.parse('Jun 18 10:25:07.000 relay1 tor[812]: Bootstrapped 100% (done): Done')).toBeNull();
    expect(parser.parse('*Mar  1 18:46:11.123: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down')).toBeNull();
    expect(parser.parse('[Tue Jun 18 10:25:07.123456 2024] [proxy:error] [pid 4121] AH00957: HTTP: attempt to connect to 10.0.0.5:8080 failed')).toBeNull();
    expect(parser.parse('[1718706307] unbound[812:0] notice: init module 0: validator')).toBeNull();
    // A severity Tor does not write.
    expect(parser.parse('Jun 18 10:25:07.000 [warning] Guard rotwarbler is failing more circuits than usual.')).toBeNull();
  });

  it("reads probe21's tor-relay.log: 131 records, every line one, with the daemon as its narrator", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe21', 'tor-relay.log'));
    expect(result.format).toBe('tor');
    expect(result.records).toHaveLength(131);
    expect(result.read).toBe(result.lines);
    expect(result.records.every((r) => r.lines.length === 1 && r.narrator === 'tor')).toBe(true);
    expect(result.records.filter((r) => r.fields.level === 'warn')).toHaveLength(31);
  });
});

describe("jitsi: Jitsi Videobridge's and Jicofo's log (java.util.logging, Jitsi's formatter)", () => {
  it('reads the program, the stamp, the level, the thread id, the context (conference, endpoint, relay), the class (the narrator) with its method and line; unstamped lines continue the record', async () => {
    const { records, read: readLines, lines } = await read(fixture('jitsi.log'));
    expect(records).toHaveLength(11);
    expect(readLines).toBe(lines);
    expect(records[0]).toMatchObject({
      date: '2025-09-02', time: '07:30:01.114', timeMs: 27_001_114, pid: null, tid: 1, narrator: 'MainKt',
      fields: { program: 'JVB', level: 'INFO', logger: 'MainKt', method: 'main', line: '77' }, message: 'Starting jvb-2.3-149-g0a6c1e3d',
    });
    // A context without a conference is kept whole; a nested class's narrator is its class.
    expect(records[1]).toMatchObject({ tid: 24, narrator: 'MucClient', fields: { context: 'hostname=prosody.talk.lumen.example id=shard-a', logger: 'MucClient$MucWrapper', method: 'join' } });
    expect(records[1]?.fields.conference).toBeUndefined();
    expect(records[3]).toMatchObject({
      narrator: 'Endpoint',
      fields: { confId: 'c41e09b7d2a35f86', conference: 'retro@conference.talk.lumen.example', meetingId: '7d90a2e4', endpoint: 'e2b8c613', method: '<init>', line: '236' },
      message: 'Created new endpoint isUsingSourceNames=true, iceControlling=false',
    });
    expect(records[5]).toMatchObject({ narrator: 'RelayMessageTransport', fields: { level: 'WARNING', relay: 'jvb-use-2' }, message: expect.stringMatching(/^Failed to connect relay websocket to jvb-use-2/) });
    // The exception and its frames continue the record that reported it.
    expect(records[6]).toMatchObject({ narrator: 'HealthChecker', fields: { level: 'SEVERE' } });
    expect(records[6]?.lines).toHaveLength(4);
    expect(records[7]).toMatchObject({ narrator: 'Relay', fields: { level: 'FINE' }, message: '' });
    // Jicofo's room is the conference.
    expect(records[8]).toMatchObject({ narrator: 'JitsiMeetConferenceImpl', fields: { program: 'Jicofo', conference: 'retro@conference.talk.lumen.example' } });
    // Older versions: no program, the class with its package, 'method().line'.
    expect(records[9]).toMatchObject({ tid: 27, narrator: 'Videobridge', fields: { level: 'INFO', logger: 'org.jitsi.videobridge.Videobridge', method: 'createConference', line: '375' }, message: 'create_conf, id=9a4c0e71f2b3d658 gid=null logging=false' });
    expect(records[9]?.fields.program).toBeUndefined();
    expect(records[10]).toMatchObject({ narrator: 'BridgeSelector', fields: { program: 'Jicofo', method: 'log' }, message: 'Bridge jvb-west-4 is now unhealthy' });
  });

  it('reads no line of the layouts near it (Jenkins, Tomcat, log4j, a thread name in brackets)', () => {
    const parser = (formats.find((f) => f.name === 'jitsi') as Format).parser;
    expect(parser.parse('2024-06-03 14:22:07.318+0000 [id=57]\tWARNING\th.r.SynchronousCommandTransport$ReaderThread#run: I/O error in channel build-agent-3')).toBeNull();
    expect(parser.parse('21-May-2024 03:02:01.214 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/9.0.89')).toBeNull();
    expect(parser.parse('2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Created MRAppMaster')).toBeNull();
    expect(parser.parse('2024-06-18 02:00:04.811 INFO [73] Relay: websocket connected')).toBeNull();
    expect(parser.parse('2024-06-18 02:00:04.811 INFO: [main] Relay.doConnect#412: websocket connected')).toBeNull();
    expect(parser.parse('2024-06-18 02:00:04.811 INFO: [73] websocket to jvb-euw-3 connected')).toBeNull();
    expect(parser.parse('JVB 2024-06-18 02:00:04.811 INFO: websocket to jvb-euw-3 connected')).toBeNull();
  });

  it("reads probe22's jitsi-videobridge.log: 119 records, every line one, each with its class as the narrator", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe22', 'jitsi-videobridge.log'));
    expect(result.format).toBe('jitsi');
    expect(result.records).toHaveLength(119);
    expect(result.read).toBe(result.lines);
    expect(result.records.every((r) => r.lines.length === 1 && r.narrator !== null && r.tid !== null && r.fields.program === 'JVB')).toBe(true);
    expect(result.records.filter((r) => r.narrator === 'HealthChecker')).toHaveLength(12);
    expect(result.records.filter((r) => r.narrator === 'MucClient')).toHaveLength(12);
    expect(result.records.filter((r) => r.narrator === 'Relay')).toHaveLength(9);
    expect(result.records.filter((r) => r.fields.conference === 'standup@conference.meet.orbital.example')).toHaveLength(43);
  });
});

describe("cups: the CUPS scheduler's error_log", () => {
  it('reads the level letter, the stamp and its offset, [Client N] and [Job N] (fields, kept in the message), a helper in brackets (the narrator)', async () => {
    const { records } = await read(fixture('cups.log'));
    expect(records).toHaveLength(13);
    expect(records[0]).toMatchObject({ date: '02/Mar/2025', time: '14:05:11', timeMs: 50_711_000, offsetMin: 60, pid: null, tid: null, narrator: 'cupsd', fields: { level: 'I', zone: '+0100' }, message: 'Listening to localhost:631 (IPv4)' });
    expect(records[0]?.fields).toEqual({ level: 'I', zone: '+0100' });
    // A helper that writes through the scheduler names itself in brackets: the narrator, a prefix of the message.
    expect(records[2]).toMatchObject({ narrator: 'cups-deviced', fields: { level: 'E' }, message: '[cups-deviced] PID 7316 (dnssd) stopped with status 1!' });
    expect(records[3]).toMatchObject({ narrator: 'cups-driverd', fields: { level: 'W' } });
    // A job's lines: its id a field, and still in the message; the scheduler's own: cupsd, the grammar's narrator.
    expect(records[4]).toMatchObject({ narrator: 'cupsd', fields: { level: 'I', job: '58' }, message: '[Job 58] Queued on "Lab-Laser" by "okrause".' });
    expect(records[6]).toMatchObject({ narrator: 'cupsd', fields: { level: 'E', job: '58' }, message: expect.stringMatching(/^\[Job 58\] Unable to connect to printer;/) });
    // LogTimeFormat usecs, and debug2's lower-case letter.
    expect(records[7]).toMatchObject({ time: '14:07:45.902114', timeMs: 50_865_902, fields: { level: 'd', job: '58' }, message: '[Job 58] STATE: +connecting-to-device' });
    expect(records[8]).toMatchObject({ narrator: 'cupsd', fields: { level: 'I', client: '12', job: '58' }, message: '[Client 12] [Job 58] Canceled by "okrause".' });
    expect(records[9]?.fields).toEqual({ level: 'E', zone: '+0100', client: '14' });
    expect(records[10]).toMatchObject({ narrator: 'Notifier', fields: { level: 'W' } });
    expect(records[11]).toMatchObject({ narrator: 'CGI', fields: { level: 'A' } });
    expect(records[12]).toMatchObject({ narrator: 'cupsd', offsetMin: 0, fields: { level: 'C' } });
    expect(records.every((r) => r.lines.length === 1)).toBe(true);
  });

  it("reads no line of the layouts near it (CUPS's access_log and page_log, cupsd through syslog, Apache's and GlusterFS's bracketed stamps)", () => {
    const parser = (formats.find((f) => f.name === 'cups') as Format).parser;
    expect(parser.parse('localhost - - [18/Jun/2024:07:12:03 +0200] "POST /printers/Floor2-Mono HTTP/1.1" 200 24731 Print-Job successful-ok')).toBeNull();
    expect(parser.parse('10.30.5.117 - mkovacs [18/Jun/2024:07:12:03 +0200] "POST / HTTP/1.1" 200 183 Create-Job successful-ok')).toBeNull();
    expect(parser.parse('Floor2-Mono mkovacs 3318 [18/Jun/2024:07:12:11 +0200] total 2 - localhost report.pdf A4 one-sided')).toBeNull();
    expect(parser.parse('P mkovacs 3318 [18/Jun/2024:07:12:11 +0200] 1 1 - localhost')).toBeNull();
    expect(parser.parse('Jun 18 07:12:03 print-1 cupsd[812]: [Job 3318] Job completed.')).toBeNull();
    expect(parser.parse('[Tue Jun 18 07:12:03.123456 2024] [core:error] [pid 35708:tid 4328636416] [client 10.30.5.117] File does not exist')).toBeNull();
    expect(parser.parse('[2024-06-18 07:12:03.123456 +0000] E [MSGID: 106118] [glusterd-handler.c:1440:__glusterd_handle_cli_list_friends] 0-management: Lock not released')).toBeNull();
    // A level letter CUPS does not write, or before another stamp.
    expect(parser.parse('F [18/Jun/2024:07:12:03 +0200] [Job 3318] Job completed.')).toBeNull();
    expect(parser.parse('I [2024-06-18 07:12:03 +0200] [Job 3318] Job completed.')).toBeNull();
  });

  it("reads probe21's cups-print.log: 149 records, every line one, cupsd the narrator of all but the helper cups-deviced's", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe21', 'cups-print.log'));
    expect(result.format).toBe('cups');
    expect(result.records).toHaveLength(149);
    expect(result.read).toBe(result.lines);
    const narrators = new Map<string | null, number>();
    for (const r of result.records) narrators.set(r.narrator, (narrators.get(r.narrator) ?? 0) + 1);
    expect(Object.fromEntries(narrators)).toEqual({ cupsd: 147, 'cups-deviced': 2 });
    expect(result.records.filter((r) => r.fields.job !== undefined)).toHaveLength(115);
    expect(result.records.filter((r) => r.fields.client !== undefined)).toHaveLength(14);
    expect(result.records.every((r) => r.offsetMin === 120 && r.date === '18/Jun/2024')).toBe(true);
  });
});

describe("samba: the log files of Samba's daemons (log.winbindd, log.smbd, log.nmbd)", () => {
  it('makes each entry one record: the stamp, the level, pid, uid and class from the header, the source file the narrator, the indented line below the message', async () => {
    const { records, read: readLines, lines } = await read(fixture('samba.log'));
    expect(records).toHaveLength(6);
    expect(readLines).toBe(lines);
    expect(records.map((r) => [r.line, r.lines.length])).toEqual([[1, 3], [4, 2], [6, 2], [8, 2], [10, 2], [12, 2]]);
    expect(records[0]).toMatchObject({
      date: '2025/02/11', time: '07:30:02.118406', timeMs: 27_002_118, pid: 4410, tid: null, narrator: 'winbindd',
      fields: { level: '0', source: '../../source3/winbindd/winbindd.c:1574', function: 'main' }, message: 'winbindd version 4.20.2 started.', messageAt: null,
    });
    // The message is the first indented line, without its indent; the lines after it continue the record.
    expect(records[0]?.lines[2]?.text).toBe('  Copyright Andrew Tridgell and the Samba Team 1992-2024');
    expect(records[1]).toMatchObject({ pid: 4415, narrator: 'winbindd_cm', fields: { level: '1', function: 'cm_prepare_connection' }, message: 'cm_prepare_connection: failed to connect to dc2.lumen.example (NT_STATUS_IO_TIMEOUT)' });
    // debug uid = yes: the effective and real ids; a level of two digits.
    expect(records[2]).toMatchObject({ pid: 7702, narrator: 'auth_log', fields: { level: '10', euid: '0', egid: '0', ruid: '0', rgid: '0' }, message: expect.stringMatching(/^Auth: \[SMB2,\(null\)\] user \[LUMEN\]\\\[pweiss\]/) });
    expect(records[2]?.fields.class).toBeUndefined();
    // debug class = yes, with and without the ids.
    expect(records[3]).toMatchObject({ narrator: 'idmap', fields: { level: '3', class: 'winbind', euid: '0' }, message: "idmap range not specified for domain 'RESEARCH'" });
    expect(records[4]).toMatchObject({ pid: 7719, narrator: 'smb2_server', fields: { class: 'smb2', function: 'smbd_smb2_io_handler' }, message: expect.stringMatching(/^smbd_smb2_io_handler: client 10\.44\.8\.23 closed/) });
    expect(records[4]?.fields.euid).toBeUndefined();
    // Samba 3: the time to the second, no pid, the path without '../../'.
    expect(records[5]).toMatchObject({ date: '2009/11/23', time: '16:04:51', timeMs: 57_891_000, pid: null, narrator: 'server', fields: { level: '0', source: 'smbd/server.c:1112', function: 'main' }, message: 'smbd version 3.4.3 started.' });
  });

  it('reads no line of the layouts near it (nginx, Squid, NATS, SSSD, GlusterFS, Samba through syslog, the message line alone)', () => {
    const parser = (formats.find((f) => f.name === 'samba') as Format).parser;
    expect(parser.parse('2024/06/18 02:00:01 [error] 1881#1881: *7 connect() failed (111: Connection refused) while connecting to upstream')).toBeNull();
    expect(parser.parse('2024/06/18 02:00:01.704| 1 kid1| Starting Squid Cache version 6.6 for x86_64-pc-linux-gnu...')).toBeNull();
    expect(parser.parse('[1881] 2024/06/18 02:00:01.704112 [ERR] 10.0.0.11:6222 - rid:7 - Error trying to connect to route')).toBeNull();
    expect(parser.parse("(2024-06-18 02:00:01:704112): [be[corp.example]] [fo_set_port_status] (0x0100): Marking port 389 of server 'dc01.corp.example' as 'not working'")).toBeNull();
    expect(parser.parse('[2024-06-18 02:00:01.704112 +0000] E [MSGID: 106118] [glusterd-handler.c:1440:__glusterd_handle_cli_list_friends] 0-management: Lock not released')).toBeNull();
    expect(parser.parse('Jun 18 02:00:01 fs1 winbindd[1881]: [2024/06/18 02:00:01.704112,  1] ../../source3/winbindd/winbindd_cm.c:1098(cm_prepare_connection)')).toBeNull();
    expect(parser.parse('  cm_prepare_connection: connection to DC01.corp.example failed (NT_STATUS_IO_TIMEOUT)')).toBeNull();
    // debug prefix timestamp: the message on the header line, no source location.
    expect(parser.parse('[2024/06/18 02:00:01.704112,  1, pid=1881] cm_prepare_connection: connection to DC01.corp.example failed')).toBeNull();
  });

  it("reads probe24's samba-winbind.log: 81 records, every line one, each with its source file as the narrator", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe24', 'samba-winbind.log'));
    expect(result.format).toBe('samba');
    expect(result.records).toHaveLength(81);
    expect(result.read).toBe(result.lines);
    // Each header's message is the indented line below it.
    expect(result.records.every((r) => r.pid !== null && r.lines.length >= 2 && r.message === r.lines[1]?.text.trimStart())).toBe(true);
    expect(result.records.filter((r) => r.narrator === 'winbindd_cm')).toHaveLength(17);
    expect(result.records.filter((r) => r.narrator === 'print_cups')).toHaveLength(7);
    expect(result.records.filter((r) => r.narrator === 'fault')).toHaveLength(6);
    expect(new Set(result.records.map((r) => r.narrator)).size).toBe(29);
  });
});

describe("maxscale: MariaDB MaxScale's maxscale.log", () => {
  it("reads the stamp, the level, a session's number and the service or monitor in parentheses (the narrator), else MaxScale's core", async () => {
    const { records } = await read(fixture('maxscale.log'));
    expect(records).toHaveLength(10);
    expect(records[0]).toMatchObject({ date: '2025-02-10', time: '09:00:01', narrator: 'maxscale', fields: { level: 'notice' }, message: expect.stringMatching(/^MariaDB MaxScale 24/) });
    expect(records[2]).toMatchObject({ narrator: 'Monitor-A', fields: { level: 'notice' }, message: expect.stringMatching(/^'pg-a1' sent version string/) });
    expect(records[5]).toMatchObject({ time: '09:05:12.774', narrator: 'SvcSplit', fields: { level: 'info', session: '7' } });
    expect(records[6]).toMatchObject({ narrator: 'SvcSplit', fields: { level: 'warning', session: '9' } });
    // A session's line about no service: MaxScale's core, with the session; an unstamped line continues it.
    expect(records[8]).toMatchObject({ narrator: 'maxscale', fields: { level: 'error', session: '7' }, message: 'Lost connection to the primary server, closing session.' });
    expect(records[8].lines).toHaveLength(2);
  });

  it('reads no line of the layouts near it (MariaDB and MySQL error logs, PgBouncer, ProxySQL)', () => {
    const parser = (formats.find((f) => f.name === 'maxscale') as Format).parser;
    expect(parser.parse('2024-06-25T01:58:07.822114Z 25 [System] [MY-010562] [Repl] Replica I/O thread: connected')).toBeNull();
    expect(parser.parse('2024-06-11  3:02:13 0 [Note] WSREP: Shifting OPEN -> PRIMARY')).toBeNull();
    expect(parser.parse('2024-06-11 03:12:40.881 UTC [1021] LOG S-0x55d1c2b1fa50: orders/app_rw@10.30.1.11:5432 closing')).toBeNull();
    expect(parser.parse('2024-06-18 02:07:38 MySQL_HostGroups_Manager.cpp:4388:read_only_action_v2(): [INFO] Server found')).toBeNull();
  });

  it("reads probe25's mariadb-maxscale.log: every line a record, the monitor and the services narrators", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe25', 'mariadb-maxscale.log'));
    expect(result.format).toBe('maxscale');
    expect(result.records).toHaveLength(116);
    expect(result.read).toBe(result.lines);
    expect(new Set(result.records.map((r) => r.narrator))).toContain('maxscale');
  });
});

describe("couchbase: Couchbase Server's ns_server logs", () => {
  it('reads the logger, the level, the stamp, the node, the Erlang process and module:function:line (the module, the narrator)', async () => {
    const { records } = await read(fixture('couchbase.log'));
    expect(records).toHaveLength(8);
    expect(records[0]).toMatchObject({ date: '2025-03-04', time: '07:30:00.214', narrator: 'ns_server', message: 'Started & configured logging', fields: { logger: 'ns_server', level: 'info', zone: 'Z', node: 'ns_1@kv-a.lumen.test', process: '<0.205.0>', function: 'init_logging', line: '142' } });
    // A registered process's name stands before its pid; the Erlang terms below the header, '[' and all, continue it.
    expect(records[1]).toMatchObject({ narrator: 'ns_config_log', message: 'config change:', fields: { level: 'debug', process: 'ns_config_log<0.219.0>', function: 'log_common' } });
    expect(records[1].lines).toHaveLength(3);
    expect(records[1].lines[1]?.text).toMatch(/^\[\{buckets,/);
    expect(records[2]).toMatchObject({ narrator: 'ns_memcached', fields: { logger: 'user', level: 'info', process: "'ns_memcached-ledger'<0.611.0>" }, message: expect.stringMatching(/^Bucket "ledger" loaded/) });
    expect(records[3]).toMatchObject({ narrator: 'ns_heart', fields: { level: 'warn' } });
    expect(records[4]).toMatchObject({ narrator: 'ns_node_disco', fields: { level: 'info', function: 'handle_info', line: '173' } });
    expect(records[5]).toMatchObject({ narrator: 'auto_failover', fields: { logger: 'user', level: 'warn', process: '<0.1877.0>' } });
    // The babysitter's node relays memcached's lines through ns_port_server.
    expect(records[6]).toMatchObject({ narrator: 'ns_port_server', fields: { level: 'error', node: 'babysitter_of_ns_1@cb.local' }, message: expect.stringMatching(/^memcached<0\.93\.0>: /) });
    expect(records[7]).toMatchObject({ narrator: 'ns_rebalancer', fields: { logger: 'rebalance', level: 'info' } });
    expect(records.every((r) => r.lines.length === 1 || r === records[1])).toBe(true);
  });

  it("reads no line of the layouts near it (an Erlang term line, memcached's own log, RabbitMQ's lager log, Samba, Graylog)", () => {
    const parser = (formats.find((f) => f.name === 'couchbase') as Format).parser;
    expect(parser.parse('[{error_logger_mf_dir,"/opt/couchbase/var/lib/couchbase/logs"},')).toBeNull();
    expect(parser.parse("2024-06-18T02:15:03.990112+00:00 WARNING (orders) Slow runtime for 'Checkpoint Remover' on thread nonIO_worker_1: 1520 ms")).toBeNull();
    expect(parser.parse('2024-06-18 02:11:02.123 [info] <0.1234.0> Server startup complete; 3 plugins started.')).toBeNull();
    expect(parser.parse('[2024/06/18 02:00:01.704112,  1, pid=1881] ../../source3/winbindd/winbindd_cm.c:1098(cm_prepare_connection)')).toBeNull();
    expect(parser.parse('2024-06-18T02:11:02.123Z INFO  [InputStateListener] Input [Syslog UDP/5f3c] is now RUNNING')).toBeNull();
  });

  it("reads probe25's couchbase-server.log: every line read, the modules the narrators", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe25', 'couchbase-server.log'));
    expect(result.format).toBe('couchbase');
    expect(result.records).toHaveLength(124);
    expect(result.read).toBe(result.lines);
    const narrators = new Set(result.records.map((r) => r.narrator));
    for (const module of ['ns_orchestrator', 'auto_failover', 'ns_node_disco', 'ns_memcached', 'ns_port_server']) expect(narrators).toContain(module);
  });
});

describe("vdsm: oVirt VDSM's vdsm.log", () => {
  it('reads the stamp and its offset, the level, the thread, the logger whole (the narrator), the vmId and Task prefixes and the trailing source', async () => {
    const { records } = await read(fixture('vdsm.log'));
    expect(records).toHaveLength(10);
    expect(records[0]).toMatchObject({ date: '2025-03-04', time: '14:20:00,118', offsetMin: 60, narrator: 'vds', fields: { level: 'INFO', thread: 'MainThread', zone: '+0100', source: 'vdsmd:162' } });
    expect(records[1]).toMatchObject({ narrator: 'storage.Monitor', fields: { thread: 'monitor/5a0d91c', source: 'monitor:470' }, message: 'Domain 5a0d91c3-7e42-4b1f-9c08-2d6e3f1a7b54 became VALID' });
    expect(records[3]).toMatchObject({ narrator: 'jsonrpc.JsonRpcServer', fields: { source: '__init__:312' }, message: 'RPC call VM.getStats succeeded in 0.01 seconds' });
    expect(records[4]).toMatchObject({ narrator: 'storage.check', fields: { level: 'WARN', thread: 'check/loop' } });
    // The traceback logger.exception writes below the line continues the record; the source is on the first line.
    expect(records[5]).toMatchObject({ narrator: 'storage.Monitor', fields: { level: 'ERROR', source: 'monitor:453' }, message: 'Error checking domain 5a0d91c3-7e42-4b1f-9c08-2d6e3f1a7b54' });
    expect(records[5].lines).toHaveLength(5);
    expect(records[5].lines[1].text).toBe('Traceback (most recent call last):');
    expect(records[7]).toMatchObject({ narrator: 'virt.vm', fields: { thread: 'libvirt/events', vmId: 'e19f0a36-4c7d-4b28-8e53-6a2d0f9c1b47', source: 'vm:1941' }, message: 'Changed state to Paused: EIO (code=3)' });
    expect(records[8]).toMatchObject({ narrator: 'storage.TaskManager.Task', fields: { level: 'ERROR', task: '7c1e4b09-2fa6-4d83-95b0-e8d3a6f20c14', source: 'task:875' }, message: 'Unexpected error' });
    expect(records[8].fields.vmId).toBeUndefined();
    expect(new Set(records.map((r) => r.narrator))).toEqual(new Set(['vds', 'storage.Monitor', 'api.virt', 'jsonrpc.JsonRpcServer', 'storage.check', 'virt.vm', 'storage.TaskManager.Task']));
  });

  it('reads no line of the layouts near it (Solr, Python logging, log4j, Salt, OpenStack)', () => {
    const parser = (formats.find((f) => f.name === 'vdsm') as Format).parser;
    expect(parser.parse('2024-06-18 02:09:46.402 INFO  (zkCallback-21-thread-2) [] o.a.s.c.c.ZkStateReader Updated live nodes from ZooKeeper... (3) -> (2)')).toBeNull();
    expect(parser.parse('2024-03-12 09:15:02,123 - app.db.pool - ERROR - connection to db01:5432 lost')).toBeNull();
    expect(parser.parse('2024-06-18 03:02:11,204 INFO  [main] org.example.storage.Monitor: Domain store-1 became INVALID')).toBeNull();
    expect(parser.parse('2024-06-03 14:22:07,318 [salt.master      :1677][INFO    ][3310] Got return from db-03.example.net')).toBeNull();
    expect(parser.parse('2017-05-16 00:01:12.227 2931 WARNING nova.virt.libvirt.driver [-] Timeout waiting for vif plugging callback')).toBeNull();
  });

  it("reads probe26's ovirt-vdsm.log: every line a record or a continuation line, the storage monitor among the narrators", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe26', 'ovirt-vdsm.log'));
    expect(result.format).toBe('vdsm');
    expect(result.records).toHaveLength(124);
    expect(result.read).toBe(result.lines);
    const narrators = new Set(result.records.map((r) => r.narrator));
    expect(narrators).toContain('storage.Monitor');
    expect(narrators).toContain('virt.vm');
  });
});

describe("emqx: EMQX's broker log (emqx.log)", () => {
  it('reads the stamp, the level, the tag (the narrator, else the broker core: emqx), the client, msg, and the older EMQX 4 layout', async () => {
    const { records } = await read(fixture('emqx.log'));
    expect(records).toHaveLength(11);
    expect(records[0]).toMatchObject({ date: '2025-03-04', time: '08:15:00.102233', offsetMin: 60, narrator: 'emqx', fields: { level: 'notice', msg: 'EMQX 5.7.2 is running now!' }, message: 'msg: "EMQX 5.7.2 is running now!"' });
    expect(records[1]).toMatchObject({ narrator: 'CONNECTOR', fields: { level: 'info', tag: 'CONNECTOR', msg: 'connector_status_changed' }, message: expect.stringMatching(/^msg: "connector_status_changed", connector: "http:billing_hook"/) });
    expect(records[2]).toMatchObject({ narrator: 'emqx', fields: { level: 'warning', clientid: 'meter-0117', peername: '10.44.8.117:50122', username: 'meter-0117', msg: 'authentication_failure' } });
    expect(records[3]).toMatchObject({ narrator: 'BRIDGE', fields: { tag: 'BRIDGE', msg: 'bridge_disconnected' }, message: 'msg: "bridge_disconnected", connector: "mqtt:edge_link", reason: econnrefused' });
    expect(records[4]).toMatchObject({ narrator: 'AUTHZ', fields: { level: 'error', clientid: 'meter 0200', msg: 'authorization_failed' } });
    // Erlang's two-line net_kernel report: the unstamped line continues the record.
    expect(records[5]).toMatchObject({ narrator: 'emqx', fields: { level: 'error' }, message: expect.stringMatching(/^\*\* Node 'emqx@broker-b\.grid\.example' not responding \*\*/) });
    expect(records[5].fields['msg']).toBeUndefined();
    expect(records[5].lines).toHaveLength(2);
    // EMQX 4: clientid@peername, then the module in brackets, the narrator.
    expect(records[6]).toMatchObject({ date: '2025-03-04', time: '08:30:12.417', offsetMin: null, narrator: 'Session', fields: { level: 'warning', clientid: 'meter-0042', peername: '10.44.8.42:40411' }, message: 'Dropped qos0 msg: grid/meter-0042/tick' });
    expect(records[7]).toMatchObject({ narrator: 'Bridge', fields: { level: 'error', clientid: 'edge_link' }, message: 'Connection refused' });
    expect(records[8]).toMatchObject({ narrator: 'MQTT', message: 'Bridge edge_link reconnected' });
    expect(records[10]).toMatchObject({ narrator: 'Alarm', fields: { level: 'warning' }, message: 'New alarm raised: high_cpu_usage' });
  });

  it('reads no line of the layouts near it (RabbitMQ, Mosquitto, MaxScale, nginx error log)', () => {
    const parser = (formats.find((f) => f.name === 'emqx') as Format).parser;
    expect(parser.parse('2024-05-21 13:58:40.220731+00:00 [info] <0.19988.12> accepting AMQP connection <0.19988.12> (10.50.3.55:33102 -> 10.50.1.12:5672)')).toBeNull();
    expect(parser.parse('2024-06-18T02:11:02: New connection from 10.70.4.17:51822 on port 1883.')).toBeNull();
    expect(parser.parse('2024-06-18 00:14:02   notice : MaxScale is running in process 1422')).toBeNull();
    expect(parser.parse('2024/06/18 02:11:02 [warn] 1422#1422: *88 upstream timed out (110: Connection timed out) while connecting to upstream')).toBeNull();
    // Another program's stamp and level in brackets with a plain message: EMQX's own lines go on with its keys or a module.
    expect(parser.parse('2024-06-18 02:11:02.123 [info] Server started on port 8080')).toBeNull();
    expect(parser.parse('2024-06-18T02:11:02.123456+00:00 [error] db-1 connection refused')).toBeNull();
  });

  it("reads probe25's mqtt-bridge.log: every line read, the tags and the broker core as narrators", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe25', 'mqtt-bridge.log'));
    expect(result.format).toBe('emqx');
    expect(result.records).toHaveLength(114);
    expect(result.read).toBe(result.lines);
    expect(new Set(result.records.map((r) => r.narrator))).toEqual(new Set(['emqx', 'BRIDGE', 'CONNECTOR', 'RULE']));
  });
});

describe("netscaler: Citrix ADC / NetScaler's ns.log", () => {
  it('reads the priority, the sender, NetScaler\'s own stamp, the node, the packet engine, the partition and the feature (the narrator); the event name leads the message', async () => {
    const { records } = await read(fixture('netscaler.log'));
    expect(records).toHaveLength(11);
    expect(records[0]).toMatchObject({ date: '03/04/2025', time: '09:00:02', narrator: 'EVENT', fields: { facility: 'local0', level: 'info', sender: '172.20.1.5', zone: 'GMT', host: 'adc-edge-02', ppe: '0-PPE-0', partition: 'default', event: 'CONFIGEND', msgid: '40112', subid: '0' }, message: 'CONFIGEND 40112 0 :  Config load completed: 288 commands, 0 errors' });
    expect(records[2]).toMatchObject({ narrator: 'TCP', fields: { ppe: '0-PPE-1', event: 'CONN_TERMINATE' } });
    expect(records[3]).toMatchObject({ time: '09:07:19', narrator: 'EVENT', fields: { level: 'alert', event: 'MONITORDOWN' }, message: expect.stringMatching(/^MONITORDOWN 40135 0 : {2}Monitor Monbinding_/) });
    expect(records[6]).toMatchObject({ narrator: 'SSLLOG', fields: { event: 'SSL_HANDSHAKE_FAILURE' } });
    // The local form names the node as the sender; an unstamped line continues the record above it.
    expect(records[7]).toMatchObject({ narrator: 'UI', fields: { sender: 'adc-edge-02', host: 'adc-edge-02', event: 'CMD_EXECUTED' } });
    expect(records[7].lines).toHaveLength(2);
    expect(records[8]).toMatchObject({ narrator: 'AAA', fields: { level: 'warning', event: 'LOGIN_FAILED' } });
    expect(new Set(records.map((r) => r.narrator))).toEqual(new Set(['EVENT', 'TCP', 'SSLLOG', 'UI', 'AAA', 'SNMP']));
  });

  it('reads no line of the layouts near it (syslog, Cisco IOS, NetApp EMS, F5 BIG-IP)', () => {
    const parser = (formats.find((f) => f.name === 'netscaler') as Format).parser;
    expect(parser.parse('Jun 18 02:12:40 lb-edge-1 keepalived[1201]: VRRP_Instance(VI_1) Entering BACKUP STATE')).toBeNull();
    expect(parser.parse('Nov 26 10:00:00 sw-core-1 2231: Nov 26 10:00:00.123: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down')).toBeNull();
    expect(parser.parse('May 21 03:31:07 10.90.0.12 [cluster1-02:vifmgr.portdown:notice]: A link down event was received on node cluster1-02, port e0c.')).toBeNull();
    expect(parser.parse('May 21 03:11:48 bigip1 notice mcpd[6754]: 01070638:5: Pool /Common/p_web member /Common/10.1.20.11:80 monitor status down.')).toBeNull();
  });

  it("reads probe26's citrix-netscaler.log: every line a record, EVENT among the narrators", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe26', 'citrix-netscaler.log'));
    expect(result.format).toBe('netscaler');
    expect(result.records).toHaveLength(137);
    expect(result.read).toBe(result.lines);
    expect(new Set(result.records.map((r) => r.narrator))).toContain('EVENT');
  });
});

describe("exim: Exim's mainlog, rejectlog and paniclog", () => {
  it('reads the stamp, the pid in brackets, the message id and the delivery flag (fields.id, fields.flag); the narrator is exim', async () => {
    const { records } = await read(fixture('exim.log'));
    expect(records).toHaveLength(10);
    expect(records[0]).toMatchObject({ date: '2025-03-11', time: '07:30:00.412', pid: 2210, narrator: 'exim', message: expect.stringMatching(/^exim 4\.97\.1 daemon started: pid=2210/) });
    expect(records[0].fields.id).toBeUndefined();
    expect(records[0].fields.flag).toBeUndefined();
    // Exim 4.97's long message id (6-11-4) and a deferral.
    expect(records[2]).toMatchObject({ pid: 2212, narrator: 'exim', fields: { id: '1tRw4e-00000000Apq-0fHk', flag: '==' }, message: expect.stringMatching(/^audit@ledgerwick\.example R=dnslookup/) });
    // A connection line: no id, no flag.
    expect(records[4]).toMatchObject({ pid: 2231, narrator: 'exim', message: expect.stringMatching(/^SMTP connection from \[198\.51\.100\.61\]/) });
    expect(records[4].fields.id).toBeUndefined();
    expect(records[5]).toMatchObject({ fields: { id: '1tRxa7-00000000B3K-2mQz', flag: '<=' }, message: expect.stringMatching(/^h\.okafor@ferncastle\.example H=/) });
    expect(records[6]).toMatchObject({ pid: 2233, fields: { id: '1tRxa7-00000000B3K-2mQz', flag: '=>' } });
    // A message's line without a flag: the id, and the text as the message.
    expect(records[7]).toMatchObject({ fields: { id: '1tRxa7-00000000B3K-2mQz' }, message: 'Completed' });
    expect(records[7].fields.flag).toBeUndefined();
    expect(records[8]).toMatchObject({ fields: { id: '1tRxbU-00000000B4a-1Cq0', flag: '**' } });
    // A configuration error's indented detail continues the record.
    expect(records[9]).toMatchObject({ pid: 2210, narrator: 'exim', message: expect.stringMatching(/^Exim configuration error in line 731/) });
    expect(records[9].lines).toHaveLength(2);
    expect(new Set(records.map((r) => r.narrator))).toEqual(new Set(['exim']));
  });

  it('reads no line of the layouts near it (MaxScale, Kea, pgpool, Postfix and Exim through syslog)', () => {
    const parser = (formats.find((f) => f.name === 'exim') as Format).parser;
    expect(parser.parse('2024-06-18 00:14:02   notice : MaxScale is running in process 1422')).toBeNull();
    expect(parser.parse('2024-06-18 02:11:02.123 INFO  [kea-dhcp4.leases/1432.140241] DHCP4_LEASE_ALLOC [hwtype=1 52:54:00:12:34:56], cid=[no info], tid=0x5c2a1f: lease 192.0.2.77 has been allocated for 3600 seconds')).toBeNull();
    expect(parser.parse('2024-06-18 02:11:02: pid 1432: LOG:  failover: set new primary node: 1')).toBeNull();
    expect(parser.parse('Jun 18 02:11:02 mx1 postfix/smtp[4121]: 4W3nKx1Q2zz3: to=<noc@partner.example>, relay=mx1.partner.example[203.0.113.25]:25, delay=1.2, status=sent (250 2.0.0 Ok)')).toBeNull();
    expect(parser.parse('Jun 18 02:11:02 mx1 exim[1421]: 1sJxAb-000Kq3-2N <= alerts@monitor.example H=monitor.example [192.0.2.40] P=esmtps S=2841')).toBeNull();
    // Another program's log with Exim's stamp and a plain message: Exim's lines about no message open as its own do.
    expect(parser.parse('2024-06-18 02:07:38 Starting backup of volume data1')).toBeNull();
    expect(parser.parse('2024-06-18 02:09:00 store-2 is not responding')).toBeNull();
    expect(parser.parse('2024-06-18 02:09:00 SMTP connection from [192.0.2.7]:50012 (TCP/IP connection count = 1)')).not.toBeNull();
  });

  it("reads probe24's exim-mainlog.log: every line a record, all of them exim's, the flags of its deliveries", async () => {
    const result = await read(join(packageRoot, 'test/corpus/probe24', 'exim-mainlog.log'));
    expect(result.format).toBe('exim');
    expect(result.records).toHaveLength(118);
    expect(result.read).toBe(result.lines);
    expect(new Set(result.records.map((r) => r.narrator))).toEqual(new Set(['exim']));
    expect(result.records[0].fields.id).toBeUndefined();
    expect(result.records[2]).toMatchObject({ fields: { id: '1sJw7Q-000JzR-0c', flag: '==' } });
    expect(new Set(result.records.map((r) => r.fields.flag).filter((f) => f !== undefined))).toEqual(new Set(['<=', '=>', '->', '==', '**']));
  });
});
