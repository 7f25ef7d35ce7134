/** The summary as GitHub-flavoured markdown, to paste into a ticket. */
import { buildReport, type Section } from './report.js';
import type { Sparklines } from './sparkline.js';
import { formatDuration } from './time.js';
import type { Summary } from './types.js';

export interface SummaryMarkdownOptions {
  /** Most rows shown per table (default 20). */
  readonly maxRows?: number;
}

export function renderSummaryMarkdown(summary: Summary, options: SummaryMarkdownOptions = {}): string {
  const report = buildReport(summary, options.maxRows ?? 20);
  const out = [`# ${report.title}`, ''];
  for (const [label, value] of report.facts) out.push(`- **${label}:** ${escapeMarkdown(value)}`);
  if (report.activity !== null) out.push(`- **Activity:** ${activityText(report.activity, (line) => `\`${line}\``)}`);
  for (const section of report.sections) out.push('', ...renderSection(section));
  return out.join('\n') + '\n';
}

/**
 * Backslashes and pipes would end a table cell or swallow the next character; `<` would open an HTML tag (the
 * `<n>` of a message template would vanish); `*`, `_`, `~` and backticks would turn a message's text into emphasis,
 * strike-through or code, and brackets into a link. Each is escaped with a backslash, which CommonMark allows before
 * any punctuation, so the rendered text is the text.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\|<*_~`[\]]/g, (c) => `\\${c}`);
}

function renderSection(section: Section): string[] {
  const out = [`## ${section.title}`, ''];
  if (section.rows.length === 0) {
    out.push(`_${section.empty}_`);
  } else {
    out.push(tableRow(section.columns.map((column) => escapeMarkdown(column.title))));
    out.push(tableRow(section.columns.map((column) => (column.align === 'right' ? '---:' : '---'))));
    for (const row of section.rows) out.push(tableRow(row.map((cell) => escapeMarkdown(cell.text))));
  }
  const notes = [...(section.more > 0 ? [`... and ${section.more} more`] : []), ...section.notes];
  if (notes.length > 0) out.push('', ...notes.map((note) => `_${note}_`));
  return out;
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** "▁▃█ all, ▁▁▅ diegetic (1.024s per column)", each sparkline passed through `quote`. */
export function activityText(lines: Sparklines, quote: (line: string) => string): string {
  return `${quote(lines.all)} all, ${quote(lines.diegetic)} diegetic (${formatDuration(lines.columnMs)} per column)`;
}
