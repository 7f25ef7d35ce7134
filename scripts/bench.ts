/**
 * `npm run bench`: end-to-end throughput of the CLI against `grep -E -c` on the same file, in one run.
 * Generates (once, seeded) a synthetic native trace in bench/data/, then for each command alternates grep and
 * diegesis pair by pair, each writing to a scratch file (GNU grep stops at the first match when it writes to
 * /dev/null), and prints MB/s (median of --runs), the ratio to grep's median and peak RSS. Then the same on the dev
 * corpus, each file repeated to a share of --corpus-size. A report, not a test.
 * Usage: npm run bench -- [--size 500MB] [--runs 3] [--seed 7] [--shape realistic|uniform] [--jobs N] [--corpus-size 200MB]
 *        [--no-corpus]
 * (--shape: see scripts/bench-trace.ts; 'uniform' lets every narrator write every template, a harder case.)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, openSync, closeSync, writeSync, unlinkSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { writeTrace, type TraceShape } from './bench-trace.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const DATA = join(ROOT, 'bench', 'data');
const BIN = join(ROOT, 'dist', 'src', 'cli', 'bin.js');
const GREP = ['grep', '-E', '-c', 'Module[A-Z]+: Module[A-Z]+ .*Status'];
const COMMANDS: readonly (readonly string[])[] = [
  ['filter', '--diegetic'],
  ['summary', '--output', 'json'],
  ['classify'],
  ['show', '--color', 'always'],
];

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}

/** "500MB", "2GB", "200M", "1048576" -> bytes (decimal units, as MB/s are). */
function bytesOf(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([KMG]?)B?$/i.exec(text.trim());
  if (m === null) throw new Error(`--size "${text}" is not a size (e.g. 500MB, 2GB)`);
  const unit = { '': 1, K: 1e3, M: 1e6, G: 1e9 }[(m[2] as string).toUpperCase() as '' | 'K' | 'M' | 'G'];
  return Math.round(Number(m[1]) * unit);
}

interface Timing {
  readonly seconds: number;
  /** User + system CPU seconds (NaN without /usr/bin/time): steadier than wall time on a shared machine. */
  readonly cpu: number;
  /** Peak RSS in KiB, or NaN when it could not be measured. */
  readonly rssKiB: number;
}

const HAVE_TIME = existsSync('/usr/bin/time');

/** Runs a command with stdout into a scratch file; wall time and peak RSS. */
function timed(argv: readonly string[]): Promise<Timing> {
  const scratch = join(DATA, 'out.scratch');
  const rssFile = join(DATA, 'rss.scratch');
  const out = openSync(scratch, 'w');
  const full = HAVE_TIME ? ['/usr/bin/time', '-f', '%M %U %S', '-o', rssFile, ...argv] : [...argv];
  const start = process.hrtime.bigint();
  const child = spawn(full[0] as string, full.slice(1), { stdio: ['ignore', out, 'inherit'] });
  let hwm = NaN;
  // Without GNU time, poll the child's high-water mark (a short-lived child may end between polls).
  const poll = HAVE_TIME ? undefined : setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m !== null) hwm = Math.max(Number.isNaN(hwm) ? 0 : hwm, Number(m[1]));
    } catch {
      // gone already
    }
  }, 20);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (poll !== undefined) clearInterval(poll);
      closeSync(out);
      if (code !== 0 && code !== 1) return reject(new Error(`${argv.join(' ')} exited with ${code}`));
      const [rss, user, system] = HAVE_TIME ? (readFileSync(rssFile, 'utf8').trim().split('\n').pop() as string).split(' ').map(Number) : [hwm, NaN, NaN];
      resolve({ seconds, rssKiB: rss as number, cpu: (user as number) + (system as number) });
    });
  });
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const mbps = (bytes: number, seconds: number): string => (bytes / 1e6 / seconds).toFixed(1);

/** Times every command on one file, each alternating with grep; prints one row per command. */
async function benchFile(file: string, runs: number, jobs: string[]): Promise<void> {
  const bytes = statSync(file).size;
  console.log(`\n${file}: ${(bytes / 1e6).toFixed(0)} MB, median of ${runs} run(s)`);
  console.log('| command | MB/s | grep -E -c MB/s | ratio to grep | peak RSS MiB | CPU s | MB per CPU s |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const command of COMMANDS) {
    const ours: Timing[] = [];
    const grep: Timing[] = [];
    for (let r = 0; r < runs; r++) {
      grep.push(await timed([...GREP, file]));
      // Run as a user runs it: the executable, whose first line gives node its flags.
      ours.push(await timed([BIN, ...command, ...jobs, file]));
    }
    const s = median(ours.map((t) => t.seconds));
    const g = median(grep.map((t) => t.seconds));
    const rss = Math.max(...ours.map((t) => t.rssKiB)) / 1024;
    const cpu = median(ours.map((t) => t.cpu));
    console.log(`| ${command.join(' ')} | ${mbps(bytes, s)} | ${mbps(bytes, g)} | ${(g / s).toFixed(2)}x | ${rss.toFixed(0)} | ${cpu.toFixed(1)} | ${mbps(bytes, cpu)} |`);
  }
}

/** A corpus file repeated (whole copies) to about `bytes`, written once. */
function repeated(source: string, bytes: number): string {
  const text = readFileSync(source);
  const target = join(DATA, `corpus-${source.split('/').pop()}-${bytes}`);
  if (existsSync(target) && statSync(target).size >= bytes) return target;
  const fd = openSync(target, 'w');
  const newline = text[text.length - 1] === 0x0a ? Buffer.alloc(0) : Buffer.from('\n');
  let written = 0;
  const copies = Buffer.concat([...Array(Math.max(1, Math.floor((4 << 20) / (text.length + 1))))].flatMap(() => [text, newline]));
  while (written < bytes) written += writeSync(fd, copies);
  closeSync(fd);
  return target;
}

async function main(): Promise<void> {
  const size = bytesOf(option('--size', '500MB'));
  const runs = Number(option('--runs', '3'));
  const seed = Number(option('--seed', '7'));
  const shape = option('--shape', 'realistic');
  if (shape !== 'realistic' && shape !== 'uniform') throw new Error(`--shape "${shape}" is not realistic or uniform`);
  const jobs = process.argv.includes('--jobs') ? ['--jobs', option('--jobs', '')] : [];
  mkdirSync(DATA, { recursive: true });
  const trace = join(DATA, `native-${shape}-${size}-${seed}.trace`);
  if (!existsSync(trace)) {
    const start = Date.now();
    const written = writeTrace(trace, size, seed, shape as TraceShape);
    console.log(`generated ${trace} (${(written / 1e6).toFixed(0)} MB) in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  }
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}` +
    `${jobs.length > 0 ? `, --jobs ${jobs[1]}` : ''}; peak RSS from ${HAVE_TIME ? '/usr/bin/time' : '/proc VmHWM polling'}`);
  await benchFile(trace, runs, jobs);
  if (!process.argv.includes('--no-corpus')) {
    const corpus = join(ROOT, 'test', 'corpus', 'dev');
    const files = readdirSync(corpus).filter((f) => /\.(log|trace)$/.test(f)).sort();
    const share = Math.floor(bytesOf(option('--corpus-size', '200MB')) / files.length);
    for (const f of files) await benchFile(repeated(join(corpus, f), share), runs, jobs);
  }
  for (const scratch of ['out.scratch', 'rss.scratch']) if (existsSync(join(DATA, scratch))) unlinkSync(join(DATA, scratch));
}

main().catch((err: unknown) => {
  console.error(`bench: ${(err as Error).message}`);
  process.exitCode = 1;
});
