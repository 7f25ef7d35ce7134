/**
 * Zone offsets: read from every stamp that writes a zone (TraceRecord.offsetMin). The time itself stays as written; a
 * trace without zones has no offset anywhere.
 */
import { parseTrace } from '../../src/index.js';
import { zoneOffset } from '../../src/records/timestamps.js';

/** The records' [time as written, offsetMin] of a text read as `format`. */
const offsets = (format: string, lines: readonly string[]): [string | null, number | null][] =>
  parseTrace(lines.join('\n'), { format }).records.map((r) => [r.time, r.offsetMin]);

describe('zoneOffset', () => {
  it.each<[string, number | null]>([
    ['Z', 0],
    ['z', 0],
    ['+02:00', 120],
    ['+0200', 120],
    ['+02', 120],
    ['-05:00', -300],
    ['-0530', -330],
    ['+05:45', 345],
    ['-00:00', 0],
    ['UTC', 0],
    ['gmt', 0],
    ['CET', 60],
    ['CEST', 120],
    ['EST', -300],
    ['PDT', -420],
    // Names of several zones, and what no zone writes, give none.
    ['CST', null],
    ['IST', null],
    ['+24:00', null],
    ['+02:60', null],
    ['+2', null],
    ['+02:0', null],
    ['XYZ', null],
    ['', null],
  ])('%s -> %s', (zone, minutes) => {
    expect(zoneOffset(zone)).toBe(minutes);
  });

  it('never gives -0 (which would print as 0 but is no plain zero)', () => {
    expect(Object.is(zoneOffset('-00:00'), 0)).toBe(true);
  });
});

describe('TraceRecord.offsetMin', () => {
  it('spring-boot: from the stamp\'s zone (Boot 3), none without one (Boot 2)', () => {
    expect(offsets('spring-boot', [
      '2024-05-01 10:00:00.101  INFO 4410 --- [           main] c.e.orders.OrderService                  : started',
      '2024-05-01T10:00:02.789+02:00  WARN 4410 --- [orders] [nio-8080-exec-1] c.e.orders.PaymentClient : no answer',
      '2024-05-01T08:00:03.001Z ERROR 4410 --- [scheduling-1] o.s.s.s.TaskUtils$LoggingErrorHandler    : failed',
      '2024-05-01T10:00:04.000+0530  INFO 4410 --- [main] c.e.orders.OrderService                  : done',
    ])).toEqual([['10:00:00.101', null], ['10:00:02.789', 120], ['08:00:03.001', 0], ['10:00:04.000', 330]]);
  });

  it('syslog and generic: from an RFC 3339 stamp, which stays as written; the zone is also fields.zone', () => {
    const syslog = parseTrace('2024-03-01T06:34:53.598231+01:00 db01 kernel: eth0: link down\nMar  1 06:34:54 db01 kernel: up', { format: 'syslog' });
    expect(syslog.records.map((r) => [r.time, r.offsetMin, r.fields['zone'] ?? null])).toEqual([['06:34:53.598231', 60, '+01:00'], ['06:34:54', null, null]]);
    expect(offsets('generic', ['2026-11-26T08:00:00.123Z INFO replication: lost', '[2026-11-26 09:00:00-0100] x: y', '08:00:03 Scheduler: done']))
      .toEqual([['08:00:00.123', 0], ['09:00:00', -60], ['08:00:03', null]]);
  });

  it('postgresql: a numeric zone or a name of one offset; not a name of several', () => {
    expect(offsets('postgresql', [
      '2024-03-12 09:15:02.123 UTC [1234] LOG:  checkpoint starting: time',
      '2024-03-31 03:00:01.000 CEST [1234] LOG:  checkpoint complete',
      '2024-03-12 09:15:03 +03 [1234] LOG:  x',
      '2024-03-12 09:15:04.000 CST [1234] LOG:  y',
    ])).toEqual([['09:15:02.123', 0], ['03:00:01.000', 120], ['09:15:03', 180], ['09:15:04.000', null]]);
  });

  it('json-lines and logfmt: a stamp\'s zone, 0 for an epoch number; a key named "zone" is only a field', () => {
    expect(offsets('json-lines', [
      '{"time":"2024-05-01T12:00:02+02:00","msg":"a"}',
      '{"ts":1714557601.4567,"msg":"b"}',
      '{"@t":"2024-05-01T10:00:06.1234567Z","@m":"c"}',
      '{"time":"2024-05-01 10:00:07.000","zone":"+05:00","msg":"d"}',
      '{"time":"10:00:08","msg":"e"}',
    ])).toEqual([['12:00:02', 120], ['10:00:01.4567', 0], ['10:00:06.1234567', 0], ['10:00:07.000', null], ['10:00:08', null]]);
    expect(offsets('logfmt', ['ts=2024-05-01T10:00:02.513-04:00 msg=a', 'ts=2024-05-01T10:00:03 msg=b']))
      .toEqual([['10:00:02.513', -240], ['10:00:03', null]]);
  });

  it('hpc: an epoch time is UTC', () => {
    expect(offsets('hpc', ['460903 node-90 unix.hw state_change.available 1077804801 1 Component State Change'])).toEqual([['1077804801', 0]]);
  });

  it('a trace without zones has no offset anywhere', () => {
    const native = parseTrace('11864 11912 06:34:53.598 ModuleA: foo\n11620 10372 2024-03-01 06:34:59.754 ModuleB: ModuleA OK');
    expect(native.records.map((r) => r.offsetMin)).toEqual([null, null]);
    expect(offsets('log4j', ['2024-05-01 10:00:00,123 INFO  [main] com.acme.App: started'])).toEqual([['10:00:00,123', null]]);
  });

  it('is the same on the layout regex a long input tiers up to as on the first lines read token by token', () => {
    const lines = Array.from({ length: 600 }, (_, i) => {
      const s = String(i % 60).padStart(2, '0');
      return i % 2 === 0
        ? `2024-05-01T10:00:${s}.000+02:00  INFO 4410 --- [main] c.e.orders.OrderService                  : step ${i}`
        : `2024-05-01 10:00:${s}.000  INFO 4410 --- [main] c.e.orders.OrderService                  : step ${i}`;
    });
    const got = offsets('spring-boot', lines).map(([, offset]) => offset);
    expect(got).toEqual(lines.map((_, i) => (i % 2 === 0 ? 120 : null)));
  });
});
