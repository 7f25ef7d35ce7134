/**
 * The tables that keep their heaviest keys (HeaviestTable, Space-Saving, in capped-table.ts) and the heap that finds
 * their lightest row (lightest.ts): exact within their cap; past it, every count a bound of the key's true count, from
 * above and (less its overcount) from below, every key not held lighter than the lightest row; the same after merging
 * tables of the parts of a stream.
 */
import { FirstKeptTable, HeaviestTable, type RankedSpec } from '../../../src/sinks/summary/capped-table.js';
import { Lightest } from '../../../src/sinks/summary/lightest.js';
import type { Table } from '../../../src/sinks/summary/types.js';

interface Row {
  readonly key: string;
  readonly count: number;
  readonly overcount: number;
  /** The first record counted in the row. */
  readonly first: number;
}

const spec: RankedSpec<Row, string, null> = {
  keyOf: (row) => [row.key, null],
  copy: (row) => ({ ...row }),
  merge: (into, from) => {
    into.count += from.count;
    into.overcount += from.overcount;
    into.first = Math.min(into.first, from.first);
  },
  weight: (row) => row.count,
  overcount: (row) => row.overcount,
  inflate: (row, weight) => {
    row.count += weight;
    row.overcount += weight;
  },
  compare: (a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
};

/** A table of `keys` streamed in, one record each, as the summary aggregator does it. */
function tableOf(keys: readonly string[], maxKeys: number, from = 0): HeaviestTable<Row, string, null> {
  const table = new HeaviestTable(spec, maxKeys);
  keys.forEach((key, i) => {
    const row = table.get(key, null);
    if (row !== undefined) row.count += 1;
    else table.open({ key, count: 1, overcount: 0, first: from + i });
  });
  return table;
}

/** A deterministic pseudo-random stream (a linear congruential generator). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `length` keys: a few heavy ones, a long tail, and one that only comes late (an incident). */
function stream(seed: number, length: number): string[] {
  const next = random(seed);
  return Array.from({ length }, (_, i) => {
    if (i > length * 0.8 && next() < 0.2) return 'incident';
    const r = next();
    if (r < 0.3) return `heavy${Math.floor(next() * 3)}`;
    if (r < 0.5) return `middle${Math.floor(next() * 20)}`;
    return `tail${Math.floor(next() * 2000)}`;
  });
}

function trueCounts(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * What a heaviest-kept table promises about the stream it counted; `streamed`: it was read in one stream, not merged
 * from the tables of its parts (a merged table's counts may be inflated past the share of the records).
 */
function expectBounds(table: Table<Row>, keys: readonly string[], maxKeys: number, streamed = true): void {
  const truth = trueCounts(keys);
  expect(table.rows.length).toBeLessThanOrEqual(maxKeys);
  const held = new Set(table.rows.map((row) => row.key));
  for (const row of table.rows) {
    const count = truth.get(row.key) ?? 0;
    expect(row.count).toBeGreaterThanOrEqual(count);
    expect(row.count - row.overcount).toBeLessThanOrEqual(count);
    expect(row.overcount).toBeGreaterThanOrEqual(0);
  }
  const lightest = Math.min(...table.rows.map((row) => row.count));
  let unheld = 0;
  for (const [key, count] of truth) {
    if (held.has(key)) continue;
    unheld += count;
    expect(count).toBeLessThanOrEqual(lightest);
    // Read in one stream, a key with more than 1/maxKeys of the records is always held.
    if (streamed) expect(count).toBeLessThanOrEqual(keys.length / maxKeys);
  }
  expect(table.overflow).toBeGreaterThanOrEqual(unheld);
  expect(table.overflow === 0).toBe(truth.size <= maxKeys);
}

describe('Lightest', () => {
  it('finds the item that weighs least, though it is not told when weights grow', () => {
    const next = random(7);
    const items = Array.from({ length: 50 }, (_, i) => ({ id: i, weight: 1 + Math.floor(next() * 5) }));
    const heap = new Lightest(items, (item) => item.weight);
    let held = [...items];
    for (let step = 0; step < 2000; step++) {
      held[Math.floor(next() * held.length)].weight += 1 + Math.floor(next() * 3);
      if (step % 3 === 0) {
        const lightest = heap.lightest();
        expect(lightest.weight).toBe(Math.min(...held.map((item) => item.weight)));
        const replacement = { id: 100 + step, weight: lightest.weight + 1 };
        heap.replaceLightest(replacement);
        held = held.map((item) => (item === lightest ? replacement : item));
      }
    }
  });
});

describe('HeaviestTable', () => {
  it('is exact while its keys fit, as a first-kept table', () => {
    const keys = stream(1, 3000).filter((key) => !key.startsWith('tail'));
    const heaviest = tableOf(keys, 50).result();
    const first = new FirstKeptTable(spec, 50);
    for (const row of heaviest.rows) first.open(row);
    expect(heaviest.overflow).toBe(0);
    expect(heaviest.rows.every((row) => row.overcount === 0)).toBe(true);
    expect(new Map(heaviest.rows.map((row) => [row.key, row.count]))).toEqual(trueCounts(keys));
    expect(first.result()).toEqual(heaviest);
  });

  it.each([1, 2, 3, 4, 5])('keeps the heaviest keys of a long tail, and a late incident (seed %i)', (seed) => {
    const keys = stream(seed, 6000);
    const table = tableOf(keys, 40).result();
    expectBounds(table, keys, 40);
    const held = table.rows.map((row) => row.key);
    expect(held).toEqual(expect.arrayContaining(['heavy0', 'heavy1', 'heavy2', 'incident']));
    // The incident came late, into a full table: its row opened on its first records and counted the rest, on top
    // of the count it inherited (about records / maxKeys, the lightest row's count by then).
    const incident = table.rows.find((row) => row.key === 'incident') as Row;
    expect(incident.count - incident.overcount).toBeGreaterThan((trueCounts(keys).get('incident') as number) - 5);
    expect(incident.overcount).toBeLessThanOrEqual(keys.length / 40);
  });

  it('keeps what a first-kept table loses: a key that only comes once the table is full', () => {
    const keys = [...Array.from({ length: 2500 }, (_, i) => `early${i}`), ...Array<string>(100).fill('late')];
    const first = new FirstKeptTable(spec, 2000);
    keys.forEach((key, i) => {
      const row = first.get(key, null);
      if (row !== undefined) row.count += 1;
      else first.open({ key, count: 1, overcount: 0, first: i });
    });
    expect(first.result().rows.some((row) => row.key === 'late')).toBe(false);
    const heaviest = tableOf(keys, 2000).result();
    expect(heaviest.rows[0]).toEqual({ key: 'late', count: 101, overcount: 1, first: 2500 });
    expectBounds(heaviest, keys, 2000);
  });

  it('holds nothing with room for no key, and counts everything as overflow', () => {
    const table = tableOf(['a', 'b', 'a'], 0).result();
    expect(table).toEqual({ rows: [], overflow: 3 });
  });

  describe('absorb: merging the tables of the parts of a stream', () => {
    /** The table of `keys` read in `parts` parts, each counted by a table of its own, absorbed in order. */
    function merged(keys: readonly string[], cuts: readonly number[], maxKeys: number): Table<Row> {
      const whole = new HeaviestTable(spec, maxKeys);
      const bounds = [0, ...cuts, keys.length];
      for (let i = 0; i + 1 < bounds.length; i++) {
        whole.absorb(tableOf(keys.slice(bounds[i], bounds[i + 1]), maxKeys, bounds[i]).result());
      }
      return whole.result();
    }

    it('is exact, and the table of the whole, while the keys fit', () => {
      const keys = stream(3, 4000).filter((key) => !key.startsWith('tail'));
      expect(merged(keys, [1000, 1001, 2500], 30)).toEqual(tableOf(keys, 30).result());
    });

    it.each([
      [11, [3000]],
      [12, [100, 2000, 4000]],
      [13, [1, 5999]],
      [14, [1500, 3000, 4500]],
    ])('keeps the bounds when the parts overflow (seed %i, cut at %j)', (seed, cuts) => {
      const keys = stream(seed, 6000);
      const table = merged(keys, cuts, 40);
      expectBounds(table, keys, 40, false);
      expect(table.rows.map((row) => row.key)).toEqual(expect.arrayContaining(['heavy0', 'heavy1', 'heavy2', 'incident']));
    });

    it('keeps the bounds when some parts fit and others overflow', () => {
      // Parts of 30 records fit a table of 40; the whole does not.
      const keys = stream(21, 3000);
      const cuts = Array.from({ length: 99 }, (_, i) => (i + 1) * 30);
      expectBounds(merged(keys, cuts, 40), keys, 40, false);
    });
  });
});
