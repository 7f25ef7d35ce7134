/**
 * How each summary table keys, copies, merges and orders its rows (see the orders documented in types.ts). Merges work
 * in place on the rows a table holds; `addNarrator` is the per-record step of a narrator list, so the streaming
 * aggregator updates a held row without building one to merge. A copy holds the kept copy of each of its strings
 * (`names`, KeptNames in input/detach.ts): detached from the input, and the very string the aggregator looks rows
 * up with.
 */
import { compareNames, compareNumbers, type Held, type RankedSpec, type TableSpec } from './capped-table.js';
import type { KeptNames } from '../../input/detach.js';
import { threadKeyOf, type ThreadKey } from './thread.js';
import { compareTimePoints, earlier, later } from './time.js';
import type { ErrorOrigin, ErrorRow, NarratorRow, ProcessRow, ReportRow, StatusRow, TemplateRow, ThreadRow } from './types.js';

export const processSpec: RankedSpec<ProcessRow, number, null> = {
  keyOf: (row) => [row.pid, null],
  copy: (row) => ({ pid: row.pid, records: row.records, overcount: row.overcount }),
  merge: (into, from) => {
    into.records += from.records;
    into.overcount += from.overcount;
  },
  weight: (row) => row.records,
  overcount: (row) => row.overcount,
  inflate: (row, weight) => {
    row.records += weight;
    row.overcount += weight;
  },
  compare: (a, b) => b.records - a.records || a.pid - b.pid,
};

/** What a row counted in `count` may hold of other keys' records (see HeaviestTable in capped-table.ts). */
interface Counted {
  count: number;
  overcount: number;
}

const countedSpec = {
  weight: (row: Readonly<Counted>) => row.count,
  overcount: (row: Readonly<Counted>) => row.overcount,
  inflate: (row: Counted, weight: number) => {
    row.count += weight;
    row.overcount += weight;
  },
};

/** Counts and overcounts add. */
function addCounts(into: Counted, from: Readonly<Counted>): void {
  into.count += from.count;
  into.overcount += from.overcount;
}

/** A capped list of narrators: the first `maxNarrators` names, in name order, of all that counted for a row. */
interface NarratorList {
  narrators: (string | null)[];
  narratorsTruncated: boolean;
}

/** One more narrator (a kept copy, see KeptNames in input/detach.ts) on a capped, sorted list, in place. */
export function addNarrator(maxNarrators: number, into: NarratorList, narrator: string | null): void {
  const names = into.narrators;
  // A full list whose last name sorts before this one stays as it is: the new name would be cut at once.
  if (names.length === maxNarrators && maxNarrators > 0 && compareNames(names[maxNarrators - 1], narrator) < 0) {
    into.narratorsTruncated = true;
    return;
  }
  insertName(names, narrator);
  cap(maxNarrators, into);
}

/** The union of two capped, sorted narrator lists, in place. */
function mergeNarrators(
  maxNarrators: number,
  names: KeptNames,
  into: NarratorList,
  from: { readonly narrators: readonly (string | null)[]; readonly narratorsTruncated: boolean },
): void {
  for (const name of from.narrators) insertName(into.narrators, names.keepOrNull(name));
  cap(maxNarrators, into);
  into.narratorsTruncated ||= from.narratorsTruncated;
}

/** Puts a name (a kept copy) in its place in a sorted list, unless it is there already. */
function insertName(names: (string | null)[], name: string | null): void {
  let at = names.length;
  while (at > 0 && compareNames(names[at - 1], name) > 0) at--;
  if (at === 0 || names[at - 1] !== name) names.splice(at, 0, name);
}

/** Cuts a list to its first names, noting that some were left out. */
function cap(maxNarrators: number, list: NarratorList): void {
  if (list.narrators.length <= maxNarrators) return;
  list.narrators.length = maxNarrators;
  list.narratorsTruncated = true;
}

/**
 * Threads under their process, by TID or by name (thread.ts). Among equals in records and pid, by TID, null first (a
 * thread known by its name has none), then by name: numbered threads keep the order they always had.
 */
export function threadSpec(maxNarrators: number, names: KeptNames): TableSpec<ThreadRow, number | null, ThreadKey> {
  return {
    keyOf: (row) => [row.pid, threadKeyOf(row)],
    copy: (row) => ({ ...row, thread: names.keepOrNull(row.thread), narrators: row.narrators.map(names.keepOrNull) }),
    merge: (into, from) => {
      into.records += from.records;
      into.first = earlier(into.first, from.first);
      into.last = later(into.last, from.last);
      mergeNarrators(maxNarrators, names, into, from);
    },
    weight: (row) => row.records,
    compare: (a, b) =>
      b.records - a.records || compareNumbers(a.pid, b.pid) || compareNumbers(a.tid, b.tid) || compareNames(a.thread, b.thread),
  };
}

export function narratorSpec(names: KeptNames): TableSpec<NarratorRow, string, null> {
  return {
    keyOf: (row) => [row.name, null],
    copy: (row) => ({ ...row, name: names.keep(row.name) }),
    merge: (into, from) => {
      into.records += from.records;
      into.diegetic += from.diegetic;
    },
    weight: (row) => row.records,
    compare: (a, b) => b.records - a.records || compareNames(a.name, b.name),
  };
}

export function reportSpec(names: KeptNames): RankedSpec<ReportRow, string | null> {
  return {
    ...countedSpec,
    keyOf: (row) => [row.narrator, row.subject],
    copy: (row) => ({ ...row, narrator: names.keepOrNull(row.narrator), subject: names.keep(row.subject) }),
    merge: (into, from) => {
      addCounts(into, from);
      into.negative += from.negative;
    },
    compare: (a, b) =>
      b.count - a.count || compareNames(a.narrator, b.narrator) || compareNames(a.subject, b.subject),
  };
}

/** Every status per subject: grouped by subject, the most reported first. */
export function statusSpec(maxNarrators: number, names: KeptNames): RankedSpec<StatusRow, string, string | null> {
  return {
    ...countedSpec,
    keyOf: (row) => [row.subject, row.status],
    copy: (row) => ({
      ...row,
      subject: names.keep(row.subject),
      status: names.keepOrNull(row.status),
      narrators: row.narrators.map(names.keepOrNull),
    }),
    merge: (into, from) => {
      into.negative ||= from.negative;
      addCounts(into, from);
      into.first = earlier(into.first, from.first);
      into.last = later(into.last, from.last);
      mergeNarrators(maxNarrators, names, into, from);
    },
    compare: (a, b) =>
      compareNames(a.subject, b.subject) || b.count - a.count || compareNames(a.status, b.status),
  };
}

/** Negative statuses: a timeline, the earliest failure first. */
export function failureSpec(maxNarrators: number, names: KeptNames): RankedSpec<StatusRow, string, string | null> {
  return {
    ...statusSpec(maxNarrators, names),
    compare: (a, b) =>
      compareTimePoints(a.first, b.first) ||
      compareNames(a.subject, b.subject) ||
      compareNames(a.status, b.status),
  };
}

/** Counts add, times widen; the sample stays the first one read. */
function mergeTemplate(into: Held<TemplateRow>, from: TemplateRow): void {
  addCounts(into, from);
  into.first = earlier(into.first, from.first);
  into.last = later(into.last, from.last);
}

function compareTemplates(a: TemplateRow, b: TemplateRow): number {
  return b.count - a.count || compareNames(a.narrator, b.narrator) || compareNames(a.template, b.template);
}

export function templateSpec(names: KeptNames): RankedSpec<TemplateRow, string | null> {
  return {
    ...countedSpec,
    keyOf: (row) => [row.narrator, row.template],
    copy: (row) => ({ ...row, narrator: names.keepOrNull(row.narrator), template: names.keep(row.template) }),
    merge: mergeTemplate,
    compare: compareTemplates,
  };
}

/** Errors are templates told by a narrator about itself or by others: origin and narrator make the first key part. */
export function errorKey(origin: ErrorOrigin, narrator: string | null): string {
  return narrator === null ? origin : `${origin}=${narrator}`;
}

/**
 * The errors table's first key part of each origin and narrator (errorKey), built once: a key built per record is a
 * fresh string, which a Map hashes and compares by its text each time, where the one kept here hashes once and is the
 * very string the table holds. Bounded like KeptNames: past `maxKeys` narrators per origin, keys are built afresh.
 */
export class ErrorKeys {
  private readonly self = new Map<string | null, string>();
  private readonly narrated = new Map<string | null, string>();

  constructor(private readonly maxKeys: number) {}

  of(origin: ErrorOrigin, narrator: string | null): string {
    const keys = origin === 'self' ? this.self : this.narrated;
    let key = keys.get(narrator);
    if (key === undefined) {
      key = errorKey(origin, narrator);
      if (keys.size < this.maxKeys) keys.set(narrator, key);
    }
    return key;
  }
}

export function errorSpec(names: KeptNames, keys: ErrorKeys): RankedSpec<ErrorRow> {
  return {
    ...countedSpec,
    keyOf: (row) => [keys.of(row.origin, row.narrator), row.template],
    copy: (row) => ({ ...row, narrator: names.keepOrNull(row.narrator), template: names.keep(row.template) }),
    merge: mergeTemplate,
    compare: (a, b) =>
      b.count - a.count ||
      compareNames(a.origin, b.origin) ||
      compareNames(a.narrator, b.narrator) ||
      compareNames(a.template, b.template),
  };
}
