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
});
