/**
 * `diegesis summary --output html`: one self-contained page (inline CSS and SVG, no script, nothing fetched) with the
 * facts, a timeline chart, the narrator -> subject graph and the tables of the report.
 */
import { buildGraph } from '../summary/graph.js';
import { buildReport, type Section } from '../summary/report.js';
import type { Summary } from '../summary/types.js';
import { escapeHtml } from './escape.js';
import { renderGraphSvg } from './graph-svg.js';
import { STYLE } from './style.js';
import { renderTimelineSvg } from './timeline-svg.js';

export interface SummaryHtmlOptions {
  /** Most rows per table (default 50). */
  readonly maxRows?: number;
  /** Most edges drawn in the graph (default 40). */
  readonly maxEdges?: number;
}

export function renderSummaryHtml(summary: Summary, options: SummaryHtmlOptions = {}): string {
  const report = buildReport(summary, options.maxRows ?? 50);
  const graph = buildGraph(summary, options.maxEdges ?? 40);
  const title = summary.inputs.length === 1 ? `${report.title}: ${summary.inputs[0].file}` : report.title;
  const facts = report.facts.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<dl class="facts">
${facts.join('\n')}
</dl>
<h2>Timeline</h2>
<figure>
${renderTimelineSvg(summary.timeline)}
<figcaption class="legend"><span class="swatch all"></span>all records<span class="swatch diegetic"></span>diegetic records<span class="swatch negative"></span>negative status (narrated or self-reported)</figcaption>
</figure>
<h2>Who reports on whom</h2>
<figure>
${renderGraphSvg(graph)}
<figcaption class="legend">Arrows go from the narrator to the component it reports on, labelled with the number of reports.<span class="swatch negative"></span>with negative reports<span class="swatch silent"></span>silent component (never wrote a message)${graph.omittedEdges > 0 ? ` &middot; ${graph.omittedEdges} less frequent reports left out` : ''}</figcaption>
</figure>
${report.sections.map(renderSection).join('\n')}
<footer>Made by diegesis summary --output html.</footer>
</body>
</html>
`;
}

function renderSection(section: Section): string {
  const out = [`<h2>${escapeHtml(section.title)}</h2>`];
  if (section.rows.length === 0) {
    out.push(`<p class="empty">${escapeHtml(section.empty)}</p>`);
  } else {
    const align = (i: number): string => (section.columns[i].align === 'right' ? ' class="right"' : '');
    out.push('<table>');
    out.push(`<thead><tr>${section.columns.map((c, i) => `<th${align(i)}>${escapeHtml(c.title)}</th>`).join('')}</tr></thead>`);
    out.push('<tbody>');
    for (const row of section.rows) {
      const cells = row.map((c, i) => {
        const classes = [c.role === 'plain' ? '' : c.role, section.columns[i].align === 'right' ? 'right' : ''].filter(Boolean);
        return `<td${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${escapeHtml(c.text)}</td>`;
      });
      out.push(`<tr>${cells.join('')}</tr>`);
    }
    out.push('</tbody></table>');
  }
  if (section.more > 0) out.push(`<p class="note">... and ${section.more} more</p>`);
  for (const note of section.notes) out.push(`<p class="note">${escapeHtml(note)}</p>`);
  return out.join('\n');
}
