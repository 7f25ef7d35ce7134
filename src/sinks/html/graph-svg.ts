/**
 * The narrator -> subject graph as SVG: components on a circle (in a stable order, so the picture is reproducible),
 * reports as arrows labelled with their counts; negative reports red, silent components highlighted.
 */
import { edgeLabel, type Graph, type GraphNode } from '../summary/graph.js';
import { escapeHtml, num } from './escape.js';

const CHAR_W = 7.2;
const NODE_H = 26;

interface Placed {
  readonly node: GraphNode;
  readonly x: number;
  readonly y: number;
  readonly w: number;
}

export function renderGraphSvg(graph: Graph): string {
  if (graph.nodes.length === 0) return '<p class="empty">No component reported on another.</p>';
  const widths = graph.nodes.map((n) => (n.name.length + (n.silent ? 9 : 0)) * CHAR_W + 20);
  const widest = Math.max(...widths);
  const n = graph.nodes.length;
  // An ellipse wider than tall: labels are wide. It grows with the number of components.
  const ry = n === 1 ? 0 : Math.max(140, (n * (NODE_H + 24)) / (2 * Math.PI));
  const rx = n === 1 ? 0 : Math.max(ry * 1.8, widest * (n === 2 ? 1 : 0.8));
  const width = 2 * rx + widest + 40;
  const height = 2 * ry + NODE_H + 40;
  const placed = new Map<string, Placed>();
  graph.nodes.forEach((node, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    placed.set(node.id, { node, x: width / 2 + rx * Math.cos(angle), y: height / 2 + ry * Math.sin(angle), w: widths[i] });
  });
  const pairs = new Set(graph.edges.map((e) => `${e.from}>${e.to}`));
  const edges = graph.edges.map((edge) => {
    const a = placed.get(edge.from) as Placed;
    const b = placed.get(edge.to) as Placed;
    // Two components reporting on each other get two arcs bending apart.
    const bend = pairs.has(`${edge.to}>${edge.from}`) ? 40 : 0;
    return renderEdge(a, b, bend, edge.negative > 0, edgeLabel(edge));
  });
  const nodes = [...placed.values()].map(renderNode);
  return [
    `<svg id="graph" class="chart" role="img" viewBox="0 0 ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" xmlns="http://www.w3.org/2000/svg">`,
    '<title>Who reported on whom</title>',
    '<defs>',
    '<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrow" d="M0 0L10 5L0 10z"/></marker>',
    '<marker id="arrow-negative" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrow negative" d="M0 0L10 5L0 10z"/></marker>',
    '</defs>',
    ...edges,
    ...nodes,
    '</svg>',
  ].join('\n');
}

/** Where the segment from the box centre towards (tx, ty) leaves the box. */
function boxExit(p: Placed, tx: number, ty: number): [number, number] {
  const dx = tx - p.x;
  const dy = ty - p.y;
  if (dx === 0 && dy === 0) return [p.x, p.y];
  const scale = Math.min(Math.abs((p.w / 2 + 3) / (dx || 1e-9)), Math.abs((NODE_H / 2 + 3) / (dy || 1e-9)));
  return [p.x + dx * scale, p.y + dy * scale];
}

function renderEdge(a: Placed, b: Placed, bend: number, negative: boolean, label: string): string {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  // Control point off the midpoint, perpendicular to the edge.
  const cx = mx + (bend * (b.y - a.y)) / len;
  const cy = my - (bend * (b.x - a.x)) / len;
  const [x1, y1] = boxExit(a, cx, cy);
  const [x2, y2] = boxExit(b, cx, cy);
  const lx = (x1 + 2 * cx + x2) / 4;
  const ly = (y1 + 2 * cy + y2) / 4;
  const cls = negative ? 'edge negative' : 'edge';
  return [
    `<g class="${cls}"><title>${escapeHtml(`${a.node.name} -> ${b.node.name}: ${label} reports`)}</title>`,
    `<path d="M${num(x1)} ${num(y1)}Q${num(cx)} ${num(cy)} ${num(x2)} ${num(y2)}" marker-end="url(#${negative ? 'arrow-negative' : 'arrow'})"/>`,
    `<text x="${num(lx)}" y="${num(ly - 4)}" text-anchor="middle">${escapeHtml(label)}</text></g>`,
  ].join('');
}

function renderNode({ node, x, y, w }: Placed): string {
  const cls = ['node', node.narrator ? 'narrator' : 'subject-only', node.silent ? 'silent' : ''].filter(Boolean).join(' ');
  const label = node.silent ? `${node.name} (silent)` : node.name;
  return (
    `<g class="${cls}" data-name="${escapeHtml(node.name)}"><rect x="${num(x - w / 2)}" y="${num(y - NODE_H / 2)}" width="${num(w)}" height="${NODE_H}" rx="6"/>` +
    `<text x="${num(x)}" y="${num(y + 4.5)}" text-anchor="middle">${escapeHtml(label)}</text></g>`
  );
}
