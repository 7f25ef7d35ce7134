/**
 * The narrator -> subject graph: components as nodes, reports as edges with counts. One model, three renderings:
 * Graphviz dot and Mermaid here (`--graph`), SVG in the HTML report.
 */
import { safeText } from './cells.js';
import { componentKey, narratorKeys } from './component-names.js';
import type { Summary } from './types.js';

export interface GraphNode {
  /** "n0", "n1"...: safe in every graph language. */
  readonly id: string;
  readonly name: string;
  /** Wrote messages of its own. */
  readonly narrator: boolean;
  /** Reported on, never wrote a message. */
  readonly silent: boolean;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly count: number;
  /** How many of `count` may be reports on other keys (see ReportRow). */
  readonly overcount: number;
  readonly negative: number;
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Report rows left out to keep the graph readable. */
  readonly omittedEdges: number;
}

/** The busiest edges, those with a negative report first; reports without narrator are left out. */
export function buildGraph(summary: Summary, maxEdges = 60): Graph {
  const named = summary.reports.rows.filter((row) => row.narrator !== null);
  const chosen = [...named.filter((r) => r.negative > 0), ...named.filter((r) => r.negative === 0)].slice(0, maxEdges);
  const narrators = narratorKeys(summary.narrators.rows.map((row) => row.name));
  const silent = new Set(summary.silent.map((row) => componentKey(row.subject)));
  const nodes = new Map<string, GraphNode>();
  const nodeOf = (name: string): string => {
    const key = componentKey(name);
    let node = nodes.get(key);
    if (node === undefined) {
      node = { id: `n${nodes.size}`, name: safeText(name), narrator: narrators.has(key), silent: silent.has(key) };
      nodes.set(key, node);
    }
    return node.id;
  };
  const edges = chosen.map((row) => ({
    from: nodeOf(row.narrator as string),
    to: nodeOf(row.subject),
    count: row.count,
    overcount: row.overcount,
    negative: row.negative,
  }));
  return { nodes: [...nodes.values()], edges, omittedEdges: summary.reports.rows.length - chosen.length };
}

/** "3", "3 (1 negative)", and when the count is an estimate, "2-3" (at least 2, at most 3, as in the tables). */
export function edgeLabel(edge: GraphEdge): string {
  const count = edge.overcount > 0 ? `${edge.count - edge.overcount}-${edge.count}` : String(edge.count);
  return edge.negative > 0 ? `${count} (${edge.negative} negative)` : count;
}

export const NEGATIVE_COLOUR = '#c62828';
export const SILENT_COLOUR = '#e65100';

export function renderDot(graph: Graph): string {
  const escape = (text: string): string => text.replace(/[\\"]/g, (c) => `\\${c}`);
  const quote = (text: string): string => `"${escape(text)}"`;
  const out = ['digraph diegesis {', '  rankdir=LR;', '  node [shape=box, style=rounded, fontname="sans-serif"];'];
  for (const node of graph.nodes) {
    // "\n" is dot's own line break inside a label.
    const attrs = [`label="${escape(node.name)}${node.silent ? '\\n(silent)' : ''}"`];
    if (node.silent) attrs.push(`color="${SILENT_COLOUR}"`, 'style="rounded,dashed,bold"');
    out.push(`  ${node.id} [${attrs.join(', ')}];`);
  }
  for (const edge of graph.edges) {
    const attrs = [`label=${quote(edgeLabel(edge))}`];
    if (edge.negative > 0) attrs.push(`color="${NEGATIVE_COLOUR}"`, `fontcolor="${NEGATIVE_COLOUR}"`);
    out.push(`  ${edge.from} -> ${edge.to} [${attrs.join(', ')}];`);
  }
  if (graph.omittedEdges > 0) out.push(`  // ${graph.omittedEdges} less frequent reports left out`);
  out.push('}');
  return out.join('\n') + '\n';
}

export function renderMermaid(graph: Graph): string {
  // Mermaid labels are quoted; quotes and angle brackets inside become entity codes.
  const quote = (text: string): string =>
    `"${text.replace(/["<>#]/g, (c) => `#${c.charCodeAt(0)};`)}"`;
  const out = ['flowchart LR'];
  for (const node of graph.nodes) {
    out.push(`  ${node.id}[${quote(node.silent ? `${node.name} (silent)` : node.name)}]${node.silent ? ':::silent' : ''}`);
  }
  graph.edges.forEach((edge) => out.push(`  ${edge.from} -->|${quote(edgeLabel(edge))}| ${edge.to}`));
  out.push(`  classDef silent stroke:${SILENT_COLOUR},stroke-width:2px,stroke-dasharray:5 5`);
  const negative = graph.edges.flatMap((edge, i) => (edge.negative > 0 ? [i] : []));
  if (negative.length > 0) out.push(`  linkStyle ${negative.join(',')} stroke:${NEGATIVE_COLOUR},color:${NEGATIVE_COLOUR}`);
  if (graph.omittedEdges > 0) out.push(`  %% ${graph.omittedEdges} less frequent reports left out`);
  return out.join('\n') + '\n';
}
