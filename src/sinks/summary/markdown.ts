/** The summary as GitHub-flavoured markdown, to paste into a ticket. */
import { buildReport, type Section } from './report.js';
import type { Summary } from './types.js';

export interface SummaryMarkdownOptions {
  /** Most rows shown per table (default 20). */
  readonly maxRows?: number;
}

export function renderSummaryMarkdown(summary: Summary, options: SummaryMarkdownOptions = {}): string {
  const report = buildReport(summary, options.maxRows ?? 20);
  const out = [`# ${report.title}`, ''];
  for (const [label, value] of report.facts) out.push(`- **${label}:** ${escapeMarkdown(value)}`);
  for (const section of report.sections) out.push('', ...renderSection(section));
  return out.join('\n') + '\n';
}

/** Backslashes and pipes would end a table cell or swallow the next character. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\|]/g, (c) => `\\${c}`);
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
  const notes = [section.more > 0 ? `... and ${section.more} more` : null, section.overflow].filter((n) => n !== null);
  if (notes.length > 0) out.push('', ...notes.map((note) => `_${note}_`));
  return out;
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}
