import { EXIT_MATCHED } from '../../errors.js';
import { detectInput } from '../../pipeline/read-input.js';
import type { FormatScore } from '../../records/detect.js';
import type { Format } from '../../records/format.js';

/** Where these commands print; the lead passes the command context's output. */
export interface TextOut {
  write(s: string): void;
}

/** One row of `diegesis formats`: what a grammar is called, what it reads, and a line it reads. */
export interface FormatListing {
  readonly name: string;
  readonly title: string;
  readonly sample: string;
}

export function listFormats(formats: readonly Format[]): FormatListing[] {
  return formats.map((f) => ({ name: f.name, title: f.spec.title, sample: f.spec.samples[0]?.line ?? '' }));
}

/** `diegesis formats`: every grammar, in detection order (ties go to the one listed first). */
export function formatsCommand(out: TextOut, formats: readonly Format[]): number {
  const rows = listFormats(formats);
  const width = Math.max(0, ...rows.map((r) => r.name.length));
  for (const row of rows) {
    out.write(`${row.name.padEnd(width)}  ${row.title}\n`);
    out.write(`${' '.repeat(width)}  e.g. ${visible(row.sample)}\n`);
  }
  return EXIT_MATCHED;
}

/**
 * `diegesis formats --detect FILE`: each grammar's share of the file's first lines it reads, best first, and the one
 * detection chooses marked (not always the first: a fallback grammar ranked first may not be taken, and an input no
 * grammar reads is taken as native).
 */
export async function detectCommand(out: TextOut, formats: readonly Format[], file: string): Promise<number> {
  const { format, scores } = await detectInput(file, formats);
  out.write(formatScores(scores, format.name));
  return EXIT_MATCHED;
}

/** One line per score, the `chosen` format's marked. */
export function formatScores(scores: readonly FormatScore[], chosen: string): string {
  const width = Math.max(0, ...scores.map((s) => s.format.length));
  return scores
    .map((s) => {
      const percent = `${(s.score * 100).toFixed(1)}%`.padStart(6);
      const mark = s.format === chosen ? '  <- chosen' : '';
      return `${s.format.padEnd(width)}  ${percent}  ${s.records}/${s.sampled} lines start a record${mark}\n`;
    })
    .join('');
}

/** Tabs and other control characters in a sample line, shown so that the listing stays one line per sample. */
function visible(line: string): string {
  return line.replace(/\t/g, '\\t').replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
