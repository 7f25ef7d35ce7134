/**
 * A progress bar on stderr for long runs: bytes read, MB/s and time left, redrawn at most a few times a second on one
 * line. Only for a terminal, only for regular-file inputs over a threshold: in a pipe or a log file stderr stays clean.
 */
import { statSync } from 'node:fs';
import { STDIN } from '../input/open.js';

/** Inputs under this many bytes in all finish too soon to need a bar. */
export const PROGRESS_THRESHOLD = 50 * 1000 * 1000;
const REDRAW_MS = 250;
const WIDTH = 30;

export interface Progress {
  /** Counts `bytes` more read. */
  advance(bytes: number): void;
  /** Clears the bar. */
  done(): void;
}

/** Total bytes of the regular files among `inputs` (stdin and unreadable inputs count 0). */
export function sizeOf(inputs: readonly string[]): number {
  let total = 0;
  for (const input of inputs) {
    if (input === STDIN) continue;
    try {
      const info = statSync(input);
      if (info.isFile()) total += info.size;
    } catch {
      // reported when read
    }
  }
  return total;
}

/** A bar when stderr is a terminal and the inputs are large, else null. */
export function createProgress(
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  inputs: readonly string[],
  now = Date.now,
  threshold = PROGRESS_THRESHOLD,
): Progress | null {
  if (stderr.isTTY !== true) return null;
  const total = sizeOf(inputs);
  if (total <= threshold) return null;
  const start = now();
  let read = 0;
  let drawn = 0;
  return {
    advance(bytes) {
      read = Math.min(total, read + bytes);
      const t = now();
      if (t - drawn < REDRAW_MS) return;
      drawn = t;
      stderr.write(`\r${progressLine(read, total, (t - start) / 1000)}\u001b[K`);
    },
    done() {
      if (drawn > 0) stderr.write('\r\u001b[K');
    },
  };
}

/** "[#########.....................]  150/500 MB  42.1 MB/s  ETA 8s" */
export function progressLine(read: number, total: number, seconds: number): string {
  const filled = Math.round((read / total) * WIDTH);
  const rate = seconds > 0 ? read / 1e6 / seconds : 0;
  const eta = rate > 0 ? Math.ceil((total - read) / 1e6 / rate) : null;
  const mb = (n: number): string => (n / 1e6).toFixed(0);
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${mb(read).padStart(mb(total).length)}/${mb(total)} MB  ${rate.toFixed(1)} MB/s  ETA ${eta === null ? '?' : `${eta}s`}`;
}
