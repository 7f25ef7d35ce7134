/** Helpers for the hostile-input tests: inputs written to a temporary folder, the built CLI run on raw bytes. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { BIN } from '../cli/run-cli.js';

export const scratch = mkdtempSync(join(tmpdir(), 'diegesis-hostile-'));

/** Writes an input into the scratch folder and returns its path. */
export function inputFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

export interface RawResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

const ENV = { PATH: process.env['PATH'], TZ: 'UTC' };

/** Runs the built CLI and keeps stdout as bytes. */
export function cliRaw(args: readonly string[], input?: string | Buffer): RawResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: packageRoot, input, env: ENV, maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}

/** A preload that writes the process's peak resident set size (KiB) to $DIEGESIS_RSS_FILE when it exits. */
const RSS_PRELOAD = inputFile('rss-preload.mjs', `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.DIEGESIS_RSS_FILE, String(process.resourceUsage().maxRSS)));
`);

export interface Measured {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdoutBytes: number;
  readonly stderr: string;
  /** Peak resident set size of the CLI process, in MiB (NaN when it died before writing it). */
  readonly peakRssMiB: number;
  readonly elapsedMs: number;
}

export interface MeasureOptions {
  /** Called once the child has started (to send it a signal, say). */
  readonly started?: (child: ReturnType<typeof spawn>) => void;
  /** Stop reading its stdout for this long at first, so that the output pipe fills (a slow consumer). */
  readonly pauseReadingMs?: number;
}

/** Runs the built CLI asynchronously, counting its output, and reports its peak memory. */
export function cliMeasured(args: readonly string[], options: MeasureOptions = {}): Promise<Measured> {
  const rssFile = join(scratch, `rss-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const begin = Date.now();
  const child = spawn(process.execPath, ['--import', `file://${RSS_PRELOAD}`, BIN, ...args], {
    cwd: packageRoot,
    env: { ...ENV, DIEGESIS_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdoutBytes = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdoutBytes += chunk.length;
  });
  if (options.pauseReadingMs !== undefined) {
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), options.pauseReadingMs);
  }
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  options.started?.(child);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      let peakRssMiB = NaN;
      try {
        peakRssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
      } catch {
        // Killed by a signal before its exit handler ran.
      }
      resolve({ code, signal, stdoutBytes, stderr, peakRssMiB, elapsedMs: Date.now() - begin });
    });
  });
}

/** A native trace of about `megabytes` MB, written once per test run. */
export function bigTrace(megabytes: number): string {
  const path = join(scratch, `big-${megabytes}.trace`);
  const line = (i: number): string =>
    `${1000 + (i % 7)} ${2000 + (i % 13)} 06:${String(10 + (i % 50)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')} HealthMonitor: PrintSpooler${i % 5} is not responding\n`;
  const block = Array.from({ length: 10_000 }, (_, i) => line(i)).join('');
  const times = Math.ceil((megabytes * 1e6) / block.length);
  writeFileSync(path, block.repeat(times));
  return path;
}
