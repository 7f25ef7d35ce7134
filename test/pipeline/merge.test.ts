import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiegesisError } from '../../src/errors.js';
import { mergeInputs, QUEUE_HIGH_WATER } from '../../src/pipeline/merge.js';
import { loadFormats } from '../../src/records/registry.js';

const formats = await loadFormats([]);
const fixture = (name: string): string => join('test', 'fixtures', 'merge', name);

/** Every event as "file:line", in the order the merge hands them on. */
async function order(names: string[]): Promise<{ events: string[]; errors: string[] }> {
  const events: string[] = [];
  const errors: string[] = [];
  await mergeInputs(
    names,
    { formats },
    {
      beginInput: (file) => events.push(`begin ${file}`),
      record: (record) => events.push(`${record.file}:${record.line}`),
      unparsed: (line) => events.push(`${line.file}:${line.line.number}`),
    },
    (error: DiegesisError) => errors.push(error.message),
  );
  return { events, errors };
}

describe('mergeInputs', () => {
  const a = fixture('host-a.trace');
  const b = fixture('host-b.trace');

  it('interleaves records by time; unparsed lines stay after the record before them', async () => {
    const { events } = await order([a, b]);
    expect(events).toEqual([
      // Before any timed record, by input order: a's start and header line, then b's start.
      `begin ${a}`, `${a}:1`, `begin ${b}`,
      `${a}:2`, `${b}:1`, `${b}:2`, `${a}:3`, `${b}:3`, `${a}:5`, `${b}:4`,
    ]);
  });

  it('breaks ties by the order the inputs were named', async () => {
    const { events } = await order([b, a, b]);
    expect(events.filter((e) => e.startsWith('begin'))).toEqual([`begin ${b}`, `begin ${a}`, `begin ${b}`]);
  });

  it('reports an unreadable input and merges the others', async () => {
    const { events, errors } = await order([a, 'missing.trace', b]);
    expect(errors).toEqual(['missing.trace: no such file']);
    expect(events).toHaveLength(10);
  });

  it('stays in time order through many chunks with bounded queues', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diegesis-merge-'));
    const lines = (offset: number): string =>
      Array.from({ length: QUEUE_HIGH_WATER * 3 }, (_, i) => {
        const ms = i * 2 + offset;
        const time = `10:${String(Math.floor(ms / 60000) % 60).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
        return `1 1 ${time} Svc: message ${i}\n`;
      }).join('');
    const even = join(dir, 'even.trace');
    const odd = join(dir, 'odd.trace');
    writeFileSync(even, lines(0));
    writeFileSync(odd, lines(1));
    const times: number[] = [];
    await mergeInputs([even, odd], { formats }, { record: (r) => times.push(r.timeMs ?? -1), unparsed: () => {} }, () => {});
    expect(times).toHaveLength(QUEUE_HIGH_WATER * 6);
    expect(times.every((t, i) => i === 0 || t >= times[i - 1])).toBe(true);
  });

  describe('inputs written in different zones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diegesis-zones-'));
    const write = (name: string, lines: readonly string[]): string => {
      const file = join(dir, name);
      writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
      return file;
    };
    // An application logging at +02:00 and a proxy logging in UTC, over the same five seconds.
    const app = write('app.log', [
      '2024-05-01T10:00:00.000+02:00  INFO 4410 --- [main] c.e.orders.OrderService                  : started',
      '2024-05-01T10:00:02.789+02:00  WARN 4410 --- [main] c.e.orders.PaymentClient                 : payment-service did not answer',
      '2024-05-01T10:00:05.100+02:00 ERROR 4410 --- [main] c.e.orders.PaymentClient                 : payment-service is not responding',
    ]);
    const proxy = write('proxy.log', [
      '{"time":"2024-05-01T08:00:01.000Z","logger":"proxy","msg":"upstream payment-service accepted connection"}',
      '{"time":"2024-05-01T08:00:03.000Z","logger":"proxy","msg":"upstream payment-service timed out"}',
      '{"time":"2024-05-01T08:00:04.500Z","logger":"proxy","msg":"upstream payment-service is unreachable"}',
    ]);
    const records = (events: string[]): string[] => events.filter((e) => !e.startsWith('begin'));

    it('interleaves them by instant, in either order named', async () => {
      const instantOrder = [`${app}:1`, `${proxy}:1`, `${app}:2`, `${proxy}:2`, `${proxy}:3`, `${app}:3`];
      expect(records((await order([app, proxy])).events)).toEqual(instantOrder);
      expect(records((await order([proxy, app])).events)).toEqual(instantOrder);
    });

    it('compares a record without a zone with the others as written', async () => {
      // Written 09:00, it comes after the proxy's 08:00 records and before the application's 10:00 ones; the two
      // zoned files then cannot interleave (no order keeps all three comparisons), and each stays whole.
      const plain = write('plain.trace', ['1 1 2024-05-01 09:00:00.000 Svc: between the two, as written']);
      expect(records((await order([app, plain, proxy])).events)).toEqual([
        `${proxy}:1`, `${proxy}:2`, `${proxy}:3`, `${plain}:1`, `${app}:1`, `${app}:2`, `${app}:3`,
      ]);
    });

    it('keeps a file that crosses a change of summer time in its own order', async () => {
      const dst = write('dst.log', [
        '2024-03-31T01:59:59.000+01:00  INFO 4410 --- [main] c.e.Sweeper                              : running',
        '2024-03-31T03:00:00.000+02:00  INFO 4410 --- [main] c.e.Sweeper                              : running',
      ]);
      const utc = write('utc.log', ['{"time":"2024-03-31T00:59:59.500Z","msg":"between"}', '{"time":"2024-03-31T01:00:00.500Z","msg":"after"}']);
      expect(records((await order([utc, dst])).events)).toEqual([`${dst}:1`, `${utc}:1`, `${dst}:2`, `${utc}:2`]);
    });
  });
});
