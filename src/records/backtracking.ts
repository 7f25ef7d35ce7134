/**
 * Refuses a grammar's regular expression that can backtrack catastrophically: one with which JavaScript's backtracking
 * matcher can take time exponential in the length of a line it fails on, such as `(\w+\s?)+$`, `(a|a)*b` or `(\d+)*x`.
 * grammar-load.ts runs it on every pattern a user's grammar file declares (tokens, header, continuation, splits); the
 * built-in grammars pass it, as test/records/backtracking.test.ts proves, and are not checked again at each start.
 *
 * The analysis. A backtracking matcher that fails tries every way the pattern can read the text, one after the other;
 * their number grows exponentially exactly when some state of the pattern's automaton can go round to itself on the
 * same text in two different ways (the automaton is then "exponentially ambiguous"; that one round, pumped, doubles the
 * ways with each repetition). So the pattern, read into a syntax tree by regex-source.ts, is built into an automaton
 * that keeps the matcher's ways apart:
 * - each character (class) of the pattern is a position, and the automaton reads one position a step;
 * - between two steps, the free moves (into or out of a group, a branch, a round of a repetition) are counted: two
 *   different free paths to the same position are two ways, as the matcher tries both. A round of a repetition that
 *   reads nothing is no way (JavaScript fails an optional round that matched the empty string), so `(a*)*` counts
 *   twice only the ways that really differ, and a free path never goes round a loop;
 * - a counted repetition is written out (`x{2,4}` as x x, then two optional rounds) when its rounds match texts of
 *   bounded length and are few (16 mandatory, 8 optional: 2^8 ways at worst); otherwise the rounds past the mandatory
 *   ones are read as an unbounded repetition, which can only read more ways. A repetition of unbounded rounds is
 *   written out only when it has one round at most (`x?`): ambiguous rounds of any length, `(?:\w+ ?){2,5}`, cost as high
 *   a power of the line length as there are rounds, and are refused.
 * A cycle that goes round one state in two ways stays within that state's strongly connected component, so each
 * component is looked at on its own (most are small): the pairs of its states two runs can be in on one text (its
 * square) tell. The pattern is refused when a strongly connected set of pairs holds a pair of equal states and either
 * a pair of different ones or a step that two ways take together. The text read round that cycle is shown as an
 * example, with the smallest repetition of the pattern that is refused on its own.
 *
 * Limits, all on the side of refusing more:
 * - lookarounds and anchors are read as always passing (a lookaround's body is checked as a pattern of its own), so an
 *   ambiguity that a lookahead rules out is still refused, and so is one where nothing after it can fail (`^(a|a)*`);
 * - characters beyond ASCII are one lump: two sets that each hold some of them are taken to overlap (`(?:é|è)+` is
 *   refused, `[éè]+` is not), and the example text shows U+FFFD for such a character;
 * - a backreference is read as a copy of its group;
 * - a pattern too large to analyse within fixed bounds (thousands of states) is refused as such, and one whose syntax
 *   the reading does not know (none that a grammar's flags allow, as far as is known) too.
 * Polynomial backtracking (`\s*\S*\s*$` on a long blank run is quadratic) is not refused: telling a harmful case from a
 * harmless one takes the order in which the matcher tries its ways (a `.*` that ends a pattern never backtracks), many
 * sane patterns are polynomially ambiguous, and the cost stays bounded by a power of the line length, which
 * --max-line-length caps.
 */
import { CharSet, readRegex, type Node } from './regex-source.js';

/** Why a pattern is refused: an ambiguous repetition (with a text it reads in two ways), or no verdict could be reached. */
export type Refusal =
  | { readonly kind: 'ambiguous'; readonly repetition: string; readonly text: string }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'unreadable' };

/** Counted repetitions are written out up to this many mandatory rounds, and this many optional ones (see build). */
const MANDATORY_ROUNDS = 16;
const OPTIONAL_ROUNDS = 8;
/** Bounds on the work for one pattern; past them the pattern is refused as too large to check. */
const MAX_STATES = 20_000;
const MAX_FREE_STEPS = 200_000;
const MAX_PAIRS = 200_000;

class TooLarge extends Error {}

/** Why the pattern (compiled with `flags`) must be refused, or null when it cannot backtrack catastrophically. */
export function backtrackingRefusal(source: string, flags: string): Refusal | null {
  const reading = readRegex(source, flags);
  if (reading === null) return { kind: 'unreadable' };
  try {
    for (const root of [reading.tree, ...lookBodies(reading.tree)]) {
      if (ambiguousText(root) === null) continue;
      const culprit = repeatsOf(root)
        .map((node) => ({ node, span: reading.spans.get(node) ?? [0, source.length] }))
        .sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]))
        .map(({ node, span }) => ({ span, text: ambiguousText(node) }))
        .find((c) => c.text !== null);
      if (culprit === undefined) return { kind: 'ambiguous', repetition: source, text: ambiguousText(root) as string };
      return { kind: 'ambiguous', repetition: source.slice(...culprit.span), text: culprit.text as string };
    }
  } catch (err) {
    if (err instanceof TooLarge) return { kind: 'too-large' };
    throw err;
  }
  return null;
}

/** The problem to report for a refused pattern: what is wrong, and what to do; null when the pattern is safe. */
export function backtrackingProblem(source: string, flags: string): string | null {
  const refusal = backtrackingRefusal(source, flags);
  if (refusal === null) return null;
  const pattern = `pattern ${JSON.stringify(source)}`;
  switch (refusal.kind) {
    case 'ambiguous':
      return (
        `${pattern} can backtrack catastrophically: the repetition ${JSON.stringify(refusal.repetition)} can match ` +
        `${JSON.stringify(refusal.text)} in more than one way, so a line it fails on takes exponential time; make the ` +
        'repetition unambiguous, e.g. "\\\\w+(?:\\\\s\\\\w+)*" rather than "(\\\\w+\\\\s?)+"'
      );
    case 'too-large':
      return `${pattern} is too large to check for catastrophic backtracking; use smaller counts ({m,n}) or fewer nested repetitions`;
    case 'unreadable':
      return `${pattern} uses syntax the catastrophic-backtracking check cannot read; write it with plain groups, classes and quantifiers`;
  }
}

/** The bodies of the lookarounds in a tree, at any depth: each is matched on its own, so each is checked on its own. */
function lookBodies(node: Node): Node[] {
  switch (node.kind) {
    case 'look':
      return [node.node, ...lookBodies(node.node)];
    case 'sequence':
      return node.items.flatMap(lookBodies);
    case 'alternation':
      return node.branches.flatMap(lookBodies);
    case 'repeat':
      return lookBodies(node.node);
    default:
      return [];
  }
}

/** The repeat nodes of a tree, outside its lookarounds (whose bodies are roots of their own). */
function repeatsOf(node: Node): Node[] {
  switch (node.kind) {
    case 'repeat':
      return [node, ...repeatsOf(node.node)];
    case 'sequence':
      return node.items.flatMap(repeatsOf);
    case 'alternation':
      return node.branches.flatMap(repeatsOf);
    default:
      return [];
  }
}

/** A text that some state of the node's automaton reads from itself back to itself in two ways, or null. */
function ambiguousText(node: Node): string | null {
  const automaton = readSteps(build(node));
  for (const loop of loopsOf(automaton)) {
    const text = cycleText(new Square(automaton, loop));
    if (text !== null) return text;
  }
  return null;
}

/**
 * A free move or a step of the automaton. A step reads a position; a free move may open a round of a repetition (it
 * enters the round's body) or close one (it leaves the body): a round opened and closed on one free path read nothing.
 */
interface Move {
  readonly to: number;
  /** The position a step reads; -1 for a free move. */
  readonly position: number;
  readonly opens: number;
  readonly closes: number;
}

interface Automaton {
  readonly moves: readonly (readonly Move[])[];
  readonly start: number;
  /** The character set of each position, and the state after it. */
  readonly sets: readonly CharSet[];
  readonly after: readonly number[];
}

/**
 * The automaton of a node (see the module comment); lookarounds and anchors are free moves. A counted repetition is
 * written out, its mandatory rounds then its optional ones, when it has one round at most, or when its rounds are of
 * bounded length and few (up to MANDATORY_ROUNDS and OPTIONAL_ROUNDS); otherwise its rounds past the mandatory ones
 * are an unbounded loop.
 */
function build(root: Node): Automaton {
  const moves: Move[][] = [];
  const sets: CharSet[] = [];
  const after: number[] = [];
  let rounds = 0;
  const state = (): number => {
    if (moves.length >= MAX_STATES) throw new TooLarge();
    return moves.push([]) - 1;
  };
  const free = (from: number, to: number, opens = -1, closes = -1): void => {
    (moves[from] as Move[]).push({ to, position: -1, opens, closes });
  };
  /** One round of `body` from `from`, opened and closed: the state after it. */
  const round = (body: Node, from: number): number => {
    const id = rounds++;
    const inside = state();
    free(from, inside, id);
    const end = state();
    free(add(body, inside), end, -1, id);
    return end;
  };
  const optionalRounds = (body: Node, from: number, count: number): number => {
    const end = state();
    let at = from;
    for (let i = 0; i < count; i++) {
      free(at, end);
      at = round(body, at);
    }
    free(at, end);
    return end;
  };
  const loop = (body: Node, from: number): number => {
    const head = state();
    free(from, head);
    const end = round(body, head);
    free(end, head);
    const exit = state();
    free(head, exit);
    return exit;
  };
  const add = (node: Node, from: number): number => {
    switch (node.kind) {
      case 'chars': {
        const to = state();
        (moves[from] as Move[]).push({ to, position: sets.length, opens: -1, closes: -1 });
        sets.push(node.set);
        after.push(to);
        return to;
      }
      case 'sequence':
        return node.items.reduce((at, item) => add(item, at), from);
      case 'alternation': {
        const to = state();
        for (const branch of node.branches) {
          const start = state();
          free(from, start);
          free(add(branch, start), to);
        }
        return to;
      }
      case 'repeat': {
        const written =
          node.max <= 1 || (longest(node.node) < Infinity && node.min <= MANDATORY_ROUNDS && node.max - node.min <= OPTIONAL_ROUNDS);
        let at = from;
        for (let i = 0; i < Math.min(node.min, MANDATORY_ROUNDS); i++) at = add(node.node, at);
        return written ? optionalRounds(node.node, at, node.max - node.min) : loop(node.node, at);
      }
      default: {
        const to = state();
        free(from, to);
        return to;
      }
    }
  };
  const start = state();
  add(root, start);
  return { moves, start, sets, after };
}

/** The length of the longest text a node can match: Infinity when it holds an unbounded repetition of something. */
function longest(node: Node): number {
  switch (node.kind) {
    case 'chars':
      return 1;
    case 'sequence':
      return node.items.reduce((sum, item) => sum + longest(item), 0);
    case 'alternation':
      return Math.max(...node.branches.map(longest));
    case 'repeat': {
      const body = longest(node.node);
      return body === 0 ? 0 : node.max * body;
    }
    default:
      return 0;
  }
}

/** A step of the automaton without free moves: the position it reads, and in how many ways (1, or 2 for "several"). */
interface Step {
  readonly position: number;
  readonly ways: number;
}

/**
 * The automaton without free moves: node 0 is the start, node p + 1 the state after position p; a node's steps are
 * the positions its free paths lead to, with the number of different paths. A free path may not close a round it
 * opened (that round read nothing), which also keeps it from going round a loop.
 */
interface StepAutomaton {
  readonly sets: readonly CharSet[];
  readonly steps: readonly (readonly Step[])[];
}

function readSteps(automaton: Automaton): StepAutomaton {
  let work = 0;
  const stepsFrom = (origin: number): Step[] => {
    const ways = new Map<number, number>();
    const walk = (s: number, open: ReadonlySet<number>): void => {
      if (++work > MAX_FREE_STEPS) throw new TooLarge();
      for (const move of automaton.moves[s] as Move[]) {
        if (move.position >= 0) ways.set(move.position, Math.min(2, (ways.get(move.position) ?? 0) + 1));
        else if (!open.has(move.closes)) walk(move.to, move.opens >= 0 ? new Set(open).add(move.opens) : open);
      }
    };
    walk(origin, new Set());
    return [...ways].map(([position, count]) => ({ position, ways: count }));
  };
  const steps = [automaton.start, ...automaton.after].map(stepsFrom);
  return { sets: automaton.sets, steps };
}

/** An edge of the square: to a pair, reading a character of both positions; `twice` when two ways take the same step. */
interface PairEdge {
  readonly to: number;
  readonly positions: readonly [number, number];
  readonly twice: boolean;
}

/**
 * The pairs of nodes of one strongly connected component that two runs of the automaton can be in after reading the
 * same text from a pair of equal nodes, without leaving the component. A cycle that goes round one node in two ways
 * stays in that node's component, so the components can be looked at one by one (and most patterns' are small).
 */
class Square {
  private readonly size: number;
  /** Edges by pair (a * size + b). */
  readonly edges = new Map<number, PairEdge[]>();

  constructor(
    readonly automaton: StepAutomaton,
    component: readonly number[],
  ) {
    this.size = automaton.steps.length;
    const inside = new Set(component);
    const queue = component.map((node) => node * this.size + node);
    for (const pair of queue) this.edges.set(pair, []);
    for (let next = 0; next < queue.length; next++) {
      const pair = queue[next] as number;
      const out = this.edgesOf(pair, inside);
      this.edges.set(pair, out);
      for (const edge of out) {
        if (this.edges.has(edge.to)) continue;
        if (this.edges.size >= MAX_PAIRS) throw new TooLarge();
        this.edges.set(edge.to, []);
        queue.push(edge.to);
      }
    }
  }

  diagonal(pair: number): boolean {
    return Math.floor(pair / this.size) === pair % this.size;
  }

  private edgesOf(pair: number, inside: ReadonlySet<number>): PairEdge[] {
    const [a, b] = [Math.floor(pair / this.size), pair % this.size];
    const { sets, steps } = this.automaton;
    const edges: PairEdge[] = [];
    for (const sa of steps[a] as Step[]) {
      if (!inside.has(sa.position + 1)) continue;
      for (const sb of steps[b] as Step[]) {
        if (!inside.has(sb.position + 1) || !(sets[sa.position] as CharSet).intersects(sets[sb.position] as CharSet)) continue;
        const twice = a === b && sa.position === sb.position && sa.ways > 1;
        edges.push({ to: (sa.position + 1) * this.size + sb.position + 1, positions: [sa.position, sb.position], twice });
      }
    }
    return edges;
  }
}

/** The components of the step automaton that hold a cycle, each as its nodes. */
function loopsOf(automaton: StepAutomaton): number[][] {
  const successors = (node: number): number[] => (automaton.steps[node] as Step[]).map((s) => s.position + 1);
  const nodes = automaton.steps.map((_steps, node) => node);
  const byRoot = new Map<number, number[]>();
  for (const [node, root] of components(nodes, successors)) byRoot.set(root, [...(byRoot.get(root) ?? []), node]);
  return [...byRoot.values()].filter((members) => members.length > 1 || successors(members[0] as number).includes(members[0] as number));
}

/**
 * The text of a cycle of the square that leaves a pair of equal nodes by two different ways and comes back, or null
 * when there is none: a step from an equal pair to a different one (or one taken twice), and a path back within its
 * strongly connected component.
 */
function cycleText(square: Square): string | null {
  const component = components(square.edges.keys(), (pair) => (square.edges.get(pair) as PairEdge[]).map((e) => e.to));
  for (const [pair, edges] of square.edges) {
    if (!square.diagonal(pair)) continue;
    const parting = edges.find((e) => component.get(e.to) === component.get(pair) && (e.twice || !square.diagonal(e.to)));
    if (parting === undefined) continue;
    const back = pathWithin(square, component, parting.to, pair);
    return [parting, ...back].map((edge) => characterOf(square.automaton, edge)).join('');
  }
  return null;
}

/**
 * The strongly connected components of a graph (Tarjan's algorithm, without recursion): each node's component, named
 * by its first node found.
 */
function components(nodes: Iterable<number>, successors: (node: number) => readonly number[]): Map<number, number> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const component = new Map<number, number>();
  const stack: number[] = [];
  const enter = (node: number): { node: number; next: readonly number[]; edge: number } => {
    index.set(node, index.size);
    low.set(node, index.size - 1);
    stack.push(node);
    return { node, next: successors(node), edge: 0 };
  };
  for (const root of nodes) {
    if (index.has(root)) continue;
    const frames = [enter(root)];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { node: number; next: readonly number[]; edge: number };
      if (frame.edge < frame.next.length) {
        const to = frame.next[frame.edge++] as number;
        if (!index.has(to)) frames.push(enter(to));
        else if (!component.has(to)) low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(to) as number));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      let member: number;
      do {
        member = stack.pop() as number;
        component.set(member, frame.node);
      } while (member !== frame.node);
    }
  }
  return component;
}

/** The edges of a shortest path from `from` to `to` that stays in their component (breadth first). */
function pathWithin(square: Square, component: Map<number, number>, from: number, to: number): PairEdge[] {
  const via = new Map<number, PairEdge & { readonly from: number }>();
  const queue = [from];
  const seen = new Set(queue);
  for (let next = 0; next < queue.length && !seen.has(to); next++) {
    const pair = queue[next] as number;
    for (const edge of square.edges.get(pair) as PairEdge[]) {
      if (seen.has(edge.to) || component.get(edge.to) !== component.get(from)) continue;
      seen.add(edge.to);
      via.set(edge.to, { ...edge, from: pair });
      queue.push(edge.to);
    }
  }
  const path: PairEdge[] = [];
  for (let at = to; at !== from; ) {
    const edge = via.get(at) as PairEdge & { from: number };
    path.unshift(edge);
    at = edge.from;
  }
  return path;
}

/** Ranges of characters to show first, when both positions of an edge read one: a-z, 0-9, the blank, A-Z. */
const SHOWN_FIRST: readonly (readonly [number, number])[] = [[97, 122], [48, 57], [32, 32], [65, 90], [0, 127]];

/** A character both positions of an edge read, to show in the message. */
function characterOf(automaton: StepAutomaton, edge: PairEdge): string {
  const [a, b] = edge.positions.map((p) => automaton.sets[p] as CharSet) as [CharSet, CharSet];
  for (const [from, to] of SHOWN_FIRST) {
    for (let c = from; c <= to; c++) if (a.has(c) && b.has(c)) return String.fromCharCode(c);
  }
  // Only characters beyond ASCII are in both, which are one lump: U+FFFD stands for one of them.
  return '\ufffd';
}
