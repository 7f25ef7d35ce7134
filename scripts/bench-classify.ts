/**
 * Classifier benchmark: generates a realistic native trace in memory (seeded, so every run sees the same text),
 * parses it with the real native grammar, then times createClassifier(...).classify(record) over every record.
 * Prints records/s, MB/s of message text, and checksums of the decisions so a speed-up can prove that no decision
 * changed. A report, not a test.
 * Usage: node dist/scripts/bench-classify.js [--records N] [--rounds R] [--seed S]
 */
import { createHash } from 'node:crypto';
import { createClassifier } from '../src/classify/classifier.js';
import { loadLexicon } from '../src/classify/lexicon.js';
import type { Decision } from '../src/classify/types.js';
import { buildRecord } from '../src/records/record-builder.js';
import { findFormat, loadFormats } from '../src/records/registry.js';
import type { TraceRecord } from '../src/records/types.js';
import { ENDS, HOSTS, NOUNS, STEMS, WORDS, prng } from './bench-trace.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}


/** Message templates; {x} marks a variable part. The first block looks diegetic (about one record in five). */
const DIEGETIC = [
  '{peer} is not responding', '{peer} did not respond after {n} ms', '{comp} returned success', 'status: {peer}=OK',
  '{noun} {comp} is unavailable', 'connection to {hp} lost', 'Killing {n}:com.example.{word}', 'Expiring session {hex}, timeout of {n}ms exceeded',
  'response from {peer}: ready', 'error from {hp}: refused', 'cannot connect to {hp}', 'unable to open channel to {n}',
  'crashed service {comp}', '{n} offline printer', 'isScreenOn true', 'isBatteryLow: {n}', 'peer.state=DOWN', 'LOOKING ({peer}.state)',
  '{comp} health check OK', 'status of {peer}: failed', '{w} has died', '{noun} {comp} (pid {n}) stopped responding',
  'spooler service is still running', '{peer} reports degraded disk {path}', 'domain controller DC{n} unreachable',
  'Process com.example.{word} (pid {n}) has died', '{w} timed out after {n}s', 'driver {comp}.dll failed to load: access denied',
];
const OWN = [
  'calling {peer} to load {word} {n}', 'loading profile {path}', 'profile loaded, {n} MB', 'session {n} logon started for user CORP\\{word}',
  'Connecting to {hp}', 'sending {n} bytes to {hp}', 'queued job {n} for {word}', 'bulkSave() size={n}', 'flush() took {n} ms',
  'opened {path} handle={hex}', 'closed {path}', 'allocated {n} pages at {hex}', 'cache hit ratio {n}%', 'retrying in {n} ms',
  'Started', 'Server started on port {n}', 'initializing {word} subsystem', 'read {n} records from {path}', 'wrote checkpoint {hex}',
  'config reloaded from {path}', 'token refreshed, expires in {n}s', 'user CORP\\{word} authenticated', 'mapping {path} to {hex}',
  'accepted client {hp}', 'received request {guid} len={n}', 'parsing {word} manifest v{n}', 'scheduling {w} for {word}',
  'waiting for {word} lock ({n} waiters)', 'GC pause {n} ms, heap {n} MB', 'skipping empty {word} {n}', 'rendering frame {n} in {n} us',
  'applying policy {guid}', 'updating index {word}-{n}', 'resolving {hp}', 'building {word} table with {n} rows',
  'InsertEvent queued id={n}', 'ActivityRecord{{hex} u0 com.example.{word}/.Main t{n}}', 'onResume() state={word}',
  'new {word} created: {hex} size {n}', 'the {word} was {word} in {n} ms', 'no {word} for key {hex}', 'set {word}={n} (was {n})',
  'I am still running', 'our service is ready', 'this node is the leader for epoch {n}', 'local status OK',
  'batch {n}/{n} done in {n} ms', 'throughput {n} ops/s', 'evaluating rule {word}.{word}', 'dispatching {word} event to {n} handlers',
  'checksum {hex} verified for {path}', 'lease {hex} renewed for {n}s', 'quota for {word} at {n}%', 'shard {n} rebalanced',
  'worker pool resized to {n}', 'thread {n} parked', 'temp file {path} deleted', 'ticket {guid} issued', 'window moved to {n},{n}',
  'found {n} candidates in {path}', 'compacting segment {n} ({n} MB)', 'Handling {word} for {guid}', 'using {word} fallback',
  'enumerating devices: {n} found', 'falling back to {word}', 'query plan {hex} cached', 'page {n} of {n}', 'timer {hex} armed for {n} ms',
  'key {hex} rotated', 'request {guid} took {n} ms', 'session {n} idle for {n}s', 'read-ahead {n} KB on {path}', 'posting message {n}',
];
/** Long lines: a header template followed by many key=value pairs or a dump of words. */
const LONG = ['{comp} dump: {kv}', 'stats {kv}', 'trace {path} {kv}', '{peer} snapshot {kv} status OK'];

function expand(template: string, pick: <T>(xs: readonly T[]) => T, rnd: () => number, narrators: readonly string[]): string {
  const n = (): string => String(Math.floor(rnd() ** 3 * 100000));
  const hex = (): string => `0x${Math.floor(rnd() * 0xffffffff).toString(16)}`;
  return template.replace(/\{(\w+)\}/g, (_, part: string): string => {
    switch (part) {
      case 'n': return n();
      case 'hex': return hex();
      case 'guid': return `${hex().slice(2).padStart(8, '0')}-1f2e-4d3c-8b7a-${hex().slice(2).padStart(12, '0')}`;
      case 'path': return pick(['/var/lib/', 'C:\\Windows\\', '\\\\fs02\\profiles\\', '/tmp/']) + `${pick(WORDS)}/${pick(WORDS)}.${pick(['db', 'log', 'dat'])}`;
      case 'hp': return `${pick(HOSTS)}:${1024 + Math.floor(rnd() * 60000)}`;
      case 'w': return `worker-${n()}`;
      case 'peer': return pick(narrators).replace(/^\[|\]$/g, '');
      case 'comp': return pick(STEMS) + pick(ENDS) + pick(['', 'Impl', '2']);
      case 'noun': return pick(NOUNS);
      case 'word': return pick(WORDS);
      case 'kv': return Array.from({ length: 20 + Math.floor(rnd() * 40) }, () => `${pick(WORDS)}=${pick([n(), hex(), pick(WORDS)])}`).join(' ');
      default: return part;
    }
  });
}

/** The trace lines of a native trace: PID TID TIME [Narrator: ]message. */
function generateTrace(count: number, seed: number): string[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const narrators = Array.from({ length: 48 }, (_, i) => {
    const name = (STEMS[i % STEMS.length] as string) + (ENDS[(i * 5) % ENDS.length] as string);
    return i % 7 === 0 ? `[Net::${name}]` : i % 11 === 0 ? `QuorumPeer$${name}` : name;
  });
  const lines: string[] = [];
  let ms = 9 * 3600_000;
  for (let i = 0; i < count; i++) {
    ms += Math.floor(rnd() * 40);
    const time = new Date(ms).toISOString().slice(11, 23);
    const r = rnd();
    const template = r < 0.2 ? pick(DIEGETIC) : r < 0.23 ? pick(LONG) : pick(OWN);
    const narrator = rnd() < 0.05 ? '' : `${pick(narrators)}${rnd() < 0.15 ? '' : ':'} `.replace(/^(\[.*\]):/, '$1');
    lines.push(`${1000 + Math.floor(rnd() * 30)} ${2000 + Math.floor(rnd() * 200)} ${time} ${narrator}${expand(template, pick, rnd, narrators)}`);
  }
  return lines;
}

const key = (d: Decision): string => `${d.kind}\t${d.subjects.join('|')}\t${d.reason}`;

async function main(): Promise<void> {
  const count = option('--records', 100_000);
  const rounds = option('--rounds', 5);
  const lines = generateTrace(count, option('--seed', 42));

  const parseStart = process.hrtime.bigint();
  const format = findFormat(await loadFormats(), 'native');
  const records: TraceRecord[] = [];
  lines.forEach((text, i) => {
    const parsed = format.parser.parse(text);
    if (parsed !== null) records.push(buildRecord('bench', format, [{ number: i + 1, text, eol: '\n' }], parsed));
  });
  const parseSeconds = Number(process.hrtime.bigint() - parseStart) / 1e9;
  const bytes = records.reduce((n, r) => n + Buffer.byteLength(r.message), 0);
  const lexicon = loadLexicon();

  // One untimed round for the checksums; timed rounds keep no decision alive (as the CLI does not), so that
  // retained results do not inflate the garbage collector's share. A fresh classifier per round: the narrator
  // inventory belongs to one trace.
  const checked = createClassifier(lexicon);
  const decisions = records.map((r) => checked.classify(r));
  const checksum = createHash('sha256').update(decisions.map(key).join('\n')).digest('hex').slice(0, 16);
  const full = createHash('sha256').update(decisions.map((d) => JSON.stringify(d)).join('\n')).digest('hex').slice(0, 16);
  const perRound: number[] = [];
  let again = 0;
  for (let round = 0; round < rounds; round++) {
    const classifier = createClassifier(lexicon);
    const start = process.hrtime.bigint();
    let diegetic = 0;
    for (let i = 0; i < records.length; i++) if (classifier.classify(records[i] as TraceRecord).kind === 'diegetic') diegetic++;
    perRound.push(Number(process.hrtime.bigint() - start) / 1e9);
    again = diegetic;
  }

  const sorted = [...perRound].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] as number;
  const diegetic = decisions.filter((d) => d.kind === 'diegetic').length;
  const mb = bytes / 1e6;
  console.log(`records: ${records.length} of ${lines.length} lines parsed, ${mb.toFixed(2)} MB of message text, ${(100 * diegetic / records.length).toFixed(1)}% diegetic`);
  console.log(`parse (for scale): ${(records.length / parseSeconds).toFixed(0)} records/s, ${(mb / parseSeconds).toFixed(2)} MB/s`);
  console.log(`classify, median of ${rounds}: ${(records.length / median).toFixed(0)} records/s, ${(mb / median).toFixed(2)} MB/s` +
    ` (best ${(records.length / (sorted[0] as number)).toFixed(0)} records/s)`);
  console.log(`checksum (kind+subjects+reason): ${checksum}${again === diegetic ? '' : ' (timed rounds disagree!)'}`);
  console.log(`checksum (whole decision): ${full}`);
}

void main();
