/** The terminal report: one screen saying what is in the trace, who reported what about whom, what failed when. */
import type { Palette } from '../palette.js';
import { activityText } from './markdown.js';
import { buildReport, type Cell, type Column, type Section } from './report.js';
import type { Sparklines } from './sparkline.js';
import type { Summary } from './types.js';

export interface SummaryTextOptions {
  /** Most rows shown per table (default 5, to keep to one screen). */
  readonly maxRows?: number;
}

const INDENT = '  ';
const GAP = '  ';

export function renderSummaryText(summary: Summary, palette: Palette, options: SummaryTextOptions = {}): string {
  const report = buildReport(summary, options.maxRows ?? 5);
  const labelWidth = Math.max(...report.facts.map(([label]) => label.length));
  const out: string[] = [palette.heading(report.title)];
  for (const [label, value] of report.facts) out.push(`${INDENT}${label.padEnd(labelWidth)}${GAP}${value}`);
  if (report.activity !== null) {
    out.push(`${INDENT}${'Activity'.padEnd(labelWidth)}${GAP}${colourSparklines(report.activity, palette)}`);
  }
  for (const section of report.sections) out.push('', ...renderSection(section, palette));
  return out.join('\n') + '\n';
}

function renderSection(section: Section, palette: Palette): string[] {
  const out = [palette.heading(section.title)];
  if (section.rows.length === 0) {
    out.push(INDENT + palette.dim(section.empty));
  } else {
    const titles = section.columns.map((column) => ({ text: column.title.toUpperCase(), role: 'plain' }) as const);
    const widths = section.columns.map((_, i) =>
      Math.max(titles[i].text.length, ...section.rows.map((row) => row[i].text.length)),
    );
    for (const row of [titles, ...section.rows]) {
      const cells = row.map((c, i) => renderCell(c, section.columns[i], widths[i], i === row.length - 1, palette));
      out.push(INDENT + cells.join(GAP));
    }
  }
  if (section.more > 0) out.push(INDENT + palette.dim(`... and ${section.more} more`));
  for (const note of section.notes) out.push(INDENT + palette.dim(note));
  return out;
}

/** All records (columns with a negative status in the negative colour), then diegetic ones in the diegetic colour. */
function colourSparklines(lines: Sparklines, palette: Palette): string {
  if (!palette.enabled) return activityText(lines, (text) => text);
  const all = [...lines.all].map((c, i) => (lines.negative[i] ? palette.negative(c) : c)).join('');
  return activityText({ ...lines, all, diegetic: palette.diegetic(lines.diegetic) }, (text) => text);
}

/** Pad outside the colour codes, so widths are counted on visible text and lines end without spaces. */
function renderCell(cell: Cell, column: Column, width: number, last: boolean, palette: Palette): string {
  const padding = ' '.repeat(width - cell.text.length);
  const styled = colour(cell, palette);
  if (column.align === 'right') return padding + styled;
  return last ? styled : styled + padding;
}

function colour(cell: Cell, palette: Palette): string {
  switch (cell.role) {
    case 'narrator':
      return palette.narrator(cell.text);
    case 'subject':
      return palette.subject(cell.text);
    case 'status':
      return palette.status(cell.text);
    case 'negative':
      return palette.negative(cell.text);
    case 'plain':
      return cell.text;
  }
}
