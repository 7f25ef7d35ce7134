/** The report's only stylesheet, inlined: no fonts or files are fetched. Print rules keep it readable on paper. */
export const STYLE = `
:root { --ink: #1b1f24; --muted: #5b6570; --line: #d5dae0; --all: #b8c2cc; --diegetic: #1f5fbf;
  --negative: #c62828; --silent: #e65100; --narrator: #00796b; --subject: #8e24aa; --ok: #2e7d32; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; color: var(--ink);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 22px; margin: 0 0 12px; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
.chart { max-width: 100%; height: auto; display: block; margin: 0 auto; }
.legend { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
.swatch { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; vertical-align: baseline; }
#timeline rect.all, .swatch.all { fill: var(--all); background: var(--all); }
#timeline rect.diegetic, .swatch.diegetic { fill: var(--diegetic); background: var(--diegetic); }
#timeline .negative, .swatch.negative { fill: var(--negative); background: var(--negative); }
.swatch.silent { background: #fff3e0; border: 2px dashed var(--silent); }
svg .axis { stroke: var(--muted); stroke-width: 1; }
svg .label { fill: var(--muted); font-size: 11px; }
#graph .edge path { fill: none; stroke: #7d8a96; stroke-width: 1.4; }
#graph .edge text { fill: var(--muted); font-size: 11px; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
#graph .edge.negative path { stroke: var(--negative); stroke-width: 2; }
#graph .edge.negative text { fill: var(--negative); font-weight: 600; }
#graph .arrow { fill: #7d8a96; }
#graph .arrow.negative { fill: var(--negative); }
#graph .node rect { fill: #eef3fb; stroke: #6b86ad; stroke-width: 1.2; }
#graph .node.subject-only rect { fill: #f7f7f7; }
#graph .node.silent rect { fill: #fff3e0; stroke: var(--silent); stroke-width: 2; stroke-dasharray: 5 3; }
#graph .node text { font-size: 12px; fill: var(--ink); }
#graph .node.silent text { font-weight: 700; fill: var(--silent); }
table { border-collapse: collapse; width: 100%; margin: 4px 0; font-size: 13px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f3f5f7; font-weight: 600; }
td.right, th.right { text-align: right; font-variant-numeric: tabular-nums; }
td.narrator { color: var(--narrator); }
td.subject { color: var(--subject); font-weight: 600; }
td.status { color: var(--ok); }
td.negative { color: var(--negative); font-weight: 600; }
td { overflow-wrap: anywhere; }
p.note, p.empty { color: var(--muted); font-style: italic; margin: 4px 0; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  table, figure, .chart { break-inside: avoid; }
  th { background: none; }
  a { color: inherit; text-decoration: none; }
}
`;
