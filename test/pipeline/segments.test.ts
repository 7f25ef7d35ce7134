/** The segment planner: where segments start, and what it tells of them (parallel.ts routes on it). */
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SegmentPlanner, type Segment } from '../../src/pipeline/segments.js';
import { findFormat, loadFormats } from '../../src/records/registry.js';

const scratch = mkdtempSync(join(tmpdir(), 'diegesis-segments-'));

async function segmentsOf(text: string, segmentBytes: number): Promise<Segment[]> {
  const file = join(scratch, 'trace');
  writeFileSync(file, text);
  const format = findFormat(await loadFormats([]), 'native');
  const fd = openSync(file, 'r');
  try {
    const planner = new SegmentPlanner(fd, Buffer.byteLength(text), format, segmentBytes, 1 << 20, 0);
    const segments: Segment[] = [];
    for (let segment = planner.next(); segment !== null; segment = planner.next()) segments.push(segment);
    return segments;
  } finally {
    closeSync(fd);
  }
}

const line = (n: number, message: string): string => `100 200 06:00:00.${String(n).padStart(3, '0')} Agent: ${message}`;

it('tells the bytes of each segment\'s longest line, its end included, "\\n", "\\r\\n" and a lone "\\r" each ending one', async () => {
  const first = `${line(1, 'a'.repeat(40))}\n${line(2, 'b')}\r\n`;
  const second = `${line(3, 'c'.repeat(20))}\r${line(4, 'd'.repeat(10))}\r\n${line(5, 'e')}`;
  const segments = await segmentsOf(first + second, Buffer.byteLength(first));
  expect(segments.map((s) => [s.start, s.firstLine])).toEqual([[0, 1], [Buffer.byteLength(first), 3]]);
  expect(segments[0]?.longestLine).toBe(line(1, 'a'.repeat(40)).length + 1);
  expect(segments[1]?.longestLine).toBe(line(3, 'c'.repeat(20)).length + 1);
});

it('starts a segment at a record whose line is longer than a read of the planner', async () => {
  const longs = [1, 2, 3].map((n) => line(n, String(n).repeat(300_000)));
  const text = longs.map((l) => `${l}\n`).join('');
  const segments = await segmentsOf(text, 64);
  expect(segments.map((s) => s.start)).toEqual([0, longs[0]!.length + 1, longs[0]!.length + longs[1]!.length + 2]);
  expect(segments.map((s) => s.firstLine)).toEqual([1, 2, 3]);
  expect(segments.at(-1)?.end).toBe(text.length);
});

it('counts a line cut by the end of the file, and one longer than a read of the planner', async () => {
  const long = line(1, 'x'.repeat(300_000));
  const segments = await segmentsOf(`${line(0, 'a')}\n${long}`, 64);
  expect(segments.map((s) => s.longestLine)).toEqual([long.length]);
});
