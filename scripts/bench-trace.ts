/**
 * A synthetic native trace for `npm run bench`: seeded, so every run and machine gets the same bytes. Tens of
 * narrators, hundreds of message templates (fixed phrases crossed with component names, status words and numbers),
 * about one record in five diegetic, stack traces as continuation lines. Numbers are skewed small, as in real traces,
 * so some messages repeat exactly and many do not.
 *
 * Shape 'realistic' (the default) gives each template its narrator and makes a few templates common, as in the real
 * logs of the dev corpus: there a template (digits aside) comes from 1.02 to 1.07 narrators on average, and the ten
 * commonest make 53% (Android) to 91% (HealthApp) of the records. Shape 'uniform' lets every narrator write every
 * template with equal odds: about 120,000 distinct messages per 300,000 records, a harder case for anything that
 * learns templates (the decision cache steps aside on it).
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** mulberry32: a tiny seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const STEMS = ['Session', 'Profile', 'Net', 'Disk', 'Print', 'Auth', 'Cache', 'Quorum', 'Sync', 'Render', 'Audio', 'Power', 'Policy', 'Update', 'Shell', 'Crypto', 'Search', 'Index'];
export const ENDS = ['Mgr', 'Svc', 'Worker', 'Agent', 'Host', 'Client', 'Monitor', 'Broker'];
export const HOSTS = ['db01', 'fs02', 'cache-3', 'auth.corp.local', 'api', '10.0.4.17', 'mq02'];
export const NOUNS = ['service', 'driver', 'printer', 'spooler', 'controller', 'peer', 'node', 'server', 'database', 'gateway'];
export const WORDS = ['alpha', 'queue', 'buffer', 'index', 'segment', 'batch', 'ticket', 'quota', 'lease', 'window', 'policy', 'shard'];
const STATUS = ['OK', 'FAILED', 'degraded', 'not responding', 'offline', 'ready', 'timeout', 'access denied'];
const VERBS = ['loaded', 'saved', 'queued', 'opened', 'closed', 'skipped', 'refreshed', 'validated'];

/** Phrase shapes; each is crossed with the vocabularies below into the templates actually used. */
const DIEGETIC = [
  '{peer} is not responding', '{peer} did not respond after {n} ms', '{comp} returned success', 'status: {peer}={status}',
  '{noun} {comp} is unavailable', 'connection to {hp} lost', '{peer} integrity check. Status {status}.',
  'response from {peer}: {status}', 'error from {hp}: refused', 'cannot connect to {hp}', '{comp} health check {status}',
  'status of {peer}: {status}', '{noun} {comp} (pid {n}) stopped responding', '{peer} reports degraded disk {path}',
  'domain controller DC{n} unreachable', 'driver {comp}.dll failed to load: access denied', '{peer} state changed to {status}',
];
const OWN = [
  'calling {peer} to load {word} {n}', 'loading profile {path}', 'profile loaded, {n} MB', 'Connecting to {hp}',
  'sending {n} bytes to {hp}', 'queued job {n} for {word}', 'bulkSave() size={n}', 'flush() took {n} ms', 'opened {path}',
  'closed {path}', 'cache hit ratio {n}%', 'retrying in {n} ms', 'Started', 'initializing {word} subsystem',
  'read {n} records from {path}', 'config reloaded from {path}', 'accepted client {hp}', 'scheduling {word} for {word}',
  'waiting for {word} lock ({n} waiters)', 'GC pause {n} ms, heap {n} MB', '{word} {verb}', '{word} {verb} in {n} ms',
  'the {word} was {verb}', 'set {word}={n} (was {n})', 'I am still running', 'local status OK', 'batch {n}/{n} done',
  'throughput {n} ops/s', 'dispatching {word} event to {n} handlers', 'lease {hex} renewed', 'shard {n} rebalanced',
  'timer armed for {n} ms', 'request took {n} ms', 'session {n} idle', 'entering {word} state', 'leaving {word} state',
];
const STACK = ['   at {comp}.{word}() in {path}:line {n}', '\tat com.example.{word}.{comp}.run({comp}.java:{n})'];

/** Numbers as traces have them: mostly small, sometimes large. */
function number(rnd: () => number): string {
  return String(Math.floor(rnd() ** 4 * 5000));
}

export interface TraceGenerator {
  /** The next record's lines, each ending in "\n". */
  next(): string;
}

export type TraceShape = 'realistic' | 'uniform';

export function createTraceGenerator(seed: number, shape: TraceShape = 'realistic'): TraceGenerator {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  /** A few common, a long tail of rare ones (with 'realistic'). */
  const pickTemplate = <T>(xs: readonly T[]): T => xs[Math.floor((shape === 'realistic' ? rnd() ** 3 : rnd()) * xs.length)] as T;
  const narrators = Array.from({ length: 48 }, (_, i) => {
    const name = (STEMS[i % STEMS.length] as string) + (ENDS[(i * 5) % ENDS.length] as string);
    return i % 7 === 0 ? `[Net::${name}]` : `${name}:`;
  }).concat([...'ABCDEFGH'].map((c) => `Module${c}:`));
  const peers = narrators.map((n) => n.replace(/^\[|\]$|:$/g, ''));
  // Hundreds of templates: each phrase with its component-like parts fixed to a few choices.
  const fix = (phrase: string): string =>
    phrase.replace(/\{(peer|comp|noun|word|verb)\}/g, (_, part: string) => {
      switch (part) {
        case 'peer': return pick(peers);
        case 'comp': return pick(STEMS) + pick(ENDS);
        case 'noun': return pick(NOUNS);
        case 'verb': return pick(VERBS);
        default: return pick(WORDS);
      }
    });
  const diegetic = Array.from({ length: 120 }, (_, i) => fix(DIEGETIC[i % DIEGETIC.length] as string));
  const own = Array.from({ length: 400 }, (_, i) => fix(OWN[i % OWN.length] as string));
  const expand = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (_, part: string): string => {
      switch (part) {
        case 'n': return number(rnd);
        case 'hex': return `0x${Math.floor(rnd() ** 2 * 0xffffff).toString(16)}`;
        case 'path': return `${pick(['/var/lib/', 'C:\\Windows\\', '/tmp/'])}${pick(WORDS)}/${pick(WORDS)}.${pick(['db', 'log', 'dat'])}`;
        case 'hp': return `${pick(HOSTS)}:${pick(['80', '443', '5432', '8080', '9092'])}`;
        case 'status': return pick(STATUS);
        default: return fix(`{${part}}`);
      }
    });
  // Each template's own narrator (one in 25 writes without a narrator prefix).
  const narratorOf = new Map([...diegetic, ...own].map((t) => [t, rnd() < 0.04 ? '' : `${pick(narrators)} `]));
  const pids = Array.from({ length: 12 }, () => 1000 + Math.floor(rnd() * 30000));
  let ms = 6 * 3600_000;
  return {
    next(): string {
      ms = (ms + Math.floor(rnd() * 8)) % 86_400_000;
      const time = new Date(ms).toISOString().slice(11, 23);
      const pid = pick(pids);
      const template = rnd() < 0.22 ? pickTemplate(diegetic) : pickTemplate(own);
      const narrator = shape === 'realistic' ? narratorOf.get(template) as string : rnd() < 0.04 ? '' : `${pick(narrators)} `;
      let text = `${pid} ${pid + 4 + Math.floor(rnd() * 40) * 4} ${time} ${narrator}${expand(template)}\n`;
      if (rnd() < 0.01) for (let i = 1 + Math.floor(rnd() * 6); i > 0; i--) text += `${expand(pick(STACK))}\n`;
      return text;
    },
  };
}

/** Writes about `bytes` bytes of trace (whole records) to `path`; returns the size written. */
export function writeTrace(path: string, bytes: number, seed: number, shape: TraceShape = 'realistic'): number {
  const generator = createTraceGenerator(seed, shape);
  const fd = openSync(path, 'w');
  let written = 0;
  try {
    while (written < bytes) {
      let block = '';
      while (block.length < 1 << 20) block += generator.next();
      written += writeSync(fd, block);
    }
  } finally {
    closeSync(fd);
  }
  return written;
}
