/**
 * Proves facts about a grammar's token patterns, so that the layout regex (layout-regex.ts) can splice a pattern as it
 * is where a proof holds, and pay for a lookahead only where none does:
 * - two tokens are exclusive: no text has a match of both at the same place (then neither can win over the other in
 *   the lexer, and no negative lookahead is needed to keep the declared order);
 * - a token is unique: all its matches at a place have the same length (then its first match is its only one, and the
 *   regex needs no atomic group to keep it);
 * - what can follow a token where another matches too: the characters right after its matches on such texts (when
 *   the layout cannot go on with any of them, the other token's lookahead changes nothing).
 *
 * Each answer comes from a search over texts, run on automata read from the pattern trees: two runs read the same
 * text, symbol by symbol (a symbol is a class of characters that no pattern tells apart, or the end of the text), each
 * run following every path of its pattern. A lookahead is a promise on the text still to come, followed as its own
 * automaton until it is kept or broken. Where the reading cannot be exact (a lookbehind, \b, a repeat too long to
 * unroll, the non-ASCII characters taken as one lump), it errs towards more matches, so that the search may find a
 * text that does not exist (a counterexample, a follower), never miss one; and a search that grows too large answers
 * nothing. So what is proven holds, and what cannot be proven only keeps a lookahead.
 */
import { CharSet, type Node } from './regex-source.js';

/** Which way an automaton's approximations must err: matching more (a pattern, or what a lookahead demands) or less. */
type Polarity = 'more' | 'less';

interface Look {
  readonly negated: boolean;
  readonly body: Automaton;
  readonly to: number;
}

interface State {
  readonly free: number[];
  /** Steps on one symbol; a null set is the end of the text. */
  readonly steps: { readonly set: CharSet | null; readonly to: number }[];
  readonly looks: Look[];
}

interface Automaton {
  readonly id: number;
  readonly polarity: Polarity;
  readonly states: State[];
  readonly start: number;
  readonly accept: number;
}

/** Repeats up to this count are unrolled; longer ones are read as unbounded (or, matching less, cut to it). */
const UNROLL = 40;
/** Pairs of runs a search may visit before it gives up. */
const SEARCH_LIMIT = 20_000;

class TooLarge extends Error {}

let automata = 0;

/**
 * The automaton of a pattern (main) or of a lookahead's body. Only a pattern's own lookaheads become promises; inside a
 * body, lookarounds are settled by the polarity, and `$` is a step on the end of the text.
 */
function automaton(tree: Node, polarity: Polarity, main: boolean): Automaton {
  const states: State[] = [];
  const state = (): number => states.push({ free: [], steps: [], looks: [] }) - 1;
  const at = (s: number): State => states[s] as State;

  /** Adds the node between `from` and a new state, which it returns. */
  const add = (node: Node, from: number): number => {
    switch (node.kind) {
      case 'chars': {
        const to = state();
        at(from).steps.push({ set: node.set, to });
        return to;
      }
      case 'sequence':
        return node.items.reduce((s, item) => add(item, s), from);
      case 'alternation': {
        const to = state();
        for (const branch of node.branches) {
          const start = state();
          at(from).free.push(start);
          at(add(branch, start)).free.push(to);
        }
        return to;
      }
      case 'repeat': {
        let { max } = node;
        if (node.min > UNROLL) throw new TooLarge();
        if (max > UNROLL && max !== Infinity) max = polarity === 'more' ? Infinity : UNROLL;
        let s = from;
        for (let i = 0; i < node.min; i++) s = add(node.node, s);
        if (max === Infinity) {
          const loop = state();
          at(s).free.push(loop);
          at(add(node.node, loop)).free.push(loop);
          return loop;
        }
        const to = state();
        for (let i = node.min; i < max; i++) {
          at(s).free.push(to);
          s = add(node.node, s);
        }
        at(s).free.push(to);
        return to;
      }
      case 'look': {
        const to = state();
        if (main && !node.behind) {
          at(from).looks.push({ negated: node.negated, body: automaton(node.node, node.negated ? 'less' : 'more', false), to });
        } else if (polarity === 'more') {
          // What a lookbehind, or a lookaround inside a lookahead, demands is not followed: it passes when the automaton
          // must match more, and blocks when it must match less.
          at(from).free.push(to);
        }
        return to;
      }
      case 'assertion': {
        const to = state();
        if (node.what === '$') {
          if (main) at(from).looks.push({ negated: false, body: END_ONLY, to });
          else at(from).steps.push({ set: null, to });
        } else if (polarity === 'more') {
          at(from).free.push(to);
        }
        return to;
      }
    }
  };
  const start = state();
  const accept = add(tree, start);
  return { id: automata++, polarity, states, start, accept };
}

/** The automaton of `$`: the end of the text, next. */
const END_ONLY: Automaton = (() => {
  const states: State[] = [{ free: [], steps: [], looks: [] }, { free: [], steps: [], looks: [] }];
  states[0]?.steps.push({ set: null, to: 1 });
  return { id: automata++, polarity: 'more', states, start: 0, accept: 1 };
})();

/** A symbol: a character code standing for its class, LUMP for non-ASCII characters, or END. */
const LUMP = 128;
const END = -1;

function takes(set: CharSet | null, symbol: number, polarity: Polarity): boolean {
  if (set === null || symbol === END) return set === null && symbol === END;
  if (symbol === LUMP) return polarity === 'more' ? set.other !== 'none' : set.other === 'all';
  return set.has(symbol);
}

/** A promise on the text to come: the states its automaton is in (a lookahead's body is read as a set of states). */
interface Promise {
  readonly look: Look;
  readonly states: readonly number[];
}

/** One path of a run: its state (DONE once the pattern has matched) and the promises it still has to keep. */
interface Thread {
  readonly state: number;
  readonly promises: readonly Promise[];
}

const DONE = -1;

function promiseKey(p: Promise): string {
  return `${p.look.body.id}${p.look.negated ? '!' : '='}${p.states.join(',')}`;
}

function threadKey(t: Thread): string {
  return `${t.state}:${t.promises.map(promiseKey).sort().join(';')}`;
}

/** States reachable from `from` by free moves in a lookahead's body (its own lookarounds were settled when built). */
function bodyClosure(body: Automaton, from: Iterable<number>): number[] {
  const seen = new Set<number>();
  const stack = [...from];
  while (stack.length > 0) {
    const s = stack.pop() as number;
    if (seen.has(s)) continue;
    seen.add(s);
    stack.push(...(body.states[s] as State).free);
  }
  return [...seen].sort((a, b) => a - b);
}

/**
 * A promise after its body has read up to here: kept (true), broken (false), or still open. A positive lookahead is
 * kept once its body has matched, broken once it no longer can; a negative one the other way round.
 */
function settle(look: Look, states: readonly number[]): Promise | boolean {
  const matched = states.includes(look.body.accept);
  if (matched) return !look.negated;
  if (states.length === 0) return look.negated;
  return { look, states };
}

/** Adds `promise` to a list of open promises (once); false when it is broken. */
function keep(promises: Promise[], promise: Promise | boolean): boolean {
  if (promise === false) return false;
  if (promise !== true && !promises.some((p) => promiseKey(p) === promiseKey(promise))) promises.push(promise);
  return true;
}

/** The threads a run can be in before reading the next symbol: free moves taken, lookaheads turned into promises. */
function closure(main: Automaton, state: number, promises: readonly Promise[]): Thread[] {
  const threads: Thread[] = [];
  const seen = new Set<string>();
  const visit = (s: number, open: readonly Promise[]): void => {
    const key = threadKey({ state: s, promises: open });
    if (seen.has(key)) return;
    seen.add(key);
    const node = main.states[s] as State;
    if (s === main.accept) threads.push({ state: DONE, promises: open });
    if (node.steps.length > 0) threads.push({ state: s, promises: open });
    for (const to of node.free) visit(to, open);
    for (const look of node.looks) {
      const next = [...open];
      if (keep(next, settle(look, bodyClosure(look.body, [look.body.start])))) visit(look.to, next);
    }
  };
  visit(state, promises);
  return threads;
}

/** The threads a thread can go to on one symbol; a thread done with its pattern only has promises left to keep. */
function advance(main: Automaton, thread: Thread, symbol: number): Thread[] {
  const promises: Promise[] = [];
  for (const { look, states } of thread.promises) {
    const body = look.body;
    const next = states.flatMap((s) => (body.states[s] as State).steps.filter((e) => takes(e.set, symbol, body.polarity)).map((e) => e.to));
    // At the end of the text, a promise not kept yet never will be.
    const settled = settle(look, bodyClosure(body, next));
    if (!keep(promises, symbol === END && settled !== true && settled !== false ? look.negated : settled)) return [];
  }
  if (thread.state === DONE) return [{ state: DONE, promises }];
  if (symbol === END) return [];
  return (main.states[thread.state] as State).steps
    .filter((e) => takes(e.set, symbol, main.polarity))
    .flatMap((e) => closure(main, e.to, promises));
}

/** The classes of characters that no set of the automata tells apart (keyed by a member standing for each), the lump and the end. */
function alphabet(roots: readonly Automaton[]): Map<number, number[]> {
  const sets: CharSet[] = [];
  const seen = new Set<Automaton>();
  const collect = (a: Automaton): void => {
    if (seen.has(a)) return;
    seen.add(a);
    for (const s of a.states) {
      for (const e of s.steps) if (e.set !== null) sets.push(e.set);
      for (const l of s.looks) collect(l.body);
    }
  };
  roots.forEach(collect);
  // Start from one class of all ASCII characters, and split the classes by each set in turn.
  let partition: number[][] = [Array.from({ length: 128 }, (_, c) => c)];
  for (const set of sets) {
    partition = partition.flatMap((members) => {
      const inside = members.filter((c) => set.has(c));
      return inside.length === 0 || inside.length === members.length ? [members] : [inside, members.filter((c) => !set.has(c))];
    });
  }
  const classes = new Map<number, number[]>();
  for (const members of partition) classes.set(members[0] as number, members);
  classes.set(LUMP, [LUMP]);
  classes.set(END, [END]);
  return classes;
}

/** What a search notes along a path, as a number (part of what tells its pairs of threads apart). */
type Mark = number;

interface Search {
  /** The mark of a starting pair of threads, or null to leave the pair out. */
  start(ta: Thread, tb: Thread): Mark | null;
  /** The mark after reading `symbol` from threads ta and tb into na and nb, or null to leave the pair out. */
  step(mark: Mark, symbol: number, ta: Thread, tb: Thread, na: Thread, nb: Thread): Mark | null;
  /** Told of each pair where both runs have matched and kept every promise (not explored further); true ends the search. */
  goal(mark: Mark): boolean;
}

/**
 * Explores the texts on which run `a` and run `b` read the same symbols: every pair of threads reachable from the
 * start. True when `goal` ended the search, false when every pair was seen, null when there were too many to see.
 */
function explore(a: Automaton, b: Automaton, search: Search): boolean | null {
  const symbols = [...alphabet([a, b]).keys()];
  const queue: [Thread, Thread, Mark][] = [];
  const seen = new Set<string>();
  /** Adds a pair; true when it ends the search. */
  const reach = (ta: Thread, tb: Thread, mark: Mark | null): boolean => {
    if (mark === null) return false;
    const key = `${threadKey(ta)}|${threadKey(tb)}|${mark}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const matched = ta.state === DONE && tb.state === DONE && ta.promises.length === 0 && tb.promises.length === 0;
    if (matched) return search.goal(mark);
    queue.push([ta, tb, mark]);
    return false;
  };
  for (const ta of closure(a, a.start, [])) {
    for (const tb of closure(b, b.start, [])) if (reach(ta, tb, search.start(ta, tb))) return true;
  }
  for (let next = 0; next < queue.length; next++) {
    if (seen.size > SEARCH_LIMIT) return null;
    const [ta, tb, mark] = queue[next] as [Thread, Thread, Mark];
    for (const symbol of symbols) {
      const nextA = advance(a, ta, symbol);
      if (nextA.length === 0) continue;
      const nextB = advance(b, tb, symbol);
      for (const na of nextA) for (const nb of nextB) if (reach(na, nb, search.step(mark, symbol, ta, tb, na, nb))) return true;
    }
  }
  return false;
}

/** The characters that can come right after a match: ASCII ones by code, any non-ASCII one, the end of the text. */
export interface Followers {
  readonly ascii: ReadonlySet<number>;
  readonly nonAscii: boolean;
  readonly end: boolean;
}

/** Marks of the followers search: the second run has not matched yet, or has and the next symbol is still to come. */
const BEFORE = -3;
const PENDING = -2;

/** The exclusivity and uniqueness of a grammar's tokens, proven on demand and remembered. */
export class TokenRelations {
  /** Each token's automaton, built when first asked for; null when it is too large to build. */
  private readonly automata: (Automaton | null | undefined)[] = [];
  private readonly exclusives = new Map<string, boolean>();
  private readonly uniques = new Map<number, boolean>();

  constructor(private readonly trees: readonly Node[]) {}

  /** True when no text has a match of both tokens at the same place. */
  exclusive(a: number, b: number): boolean {
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    let known = this.exclusives.get(key);
    if (known === undefined) {
      const [ta, tb] = [this.automatonOf(a), this.automatonOf(b)];
      known = ta != null && tb != null && explore(ta, tb, { start: () => 0, step: () => 0, goal: () => true }) === false;
      this.exclusives.set(key, known);
    }
    return known;
  }

  /** True when all matches of the token at the same place have the same length. */
  unique(t: number): boolean {
    let known = this.uniques.get(t);
    if (known === undefined) {
      const token = this.automatonOf(t);
      // A counterexample: the first copy done strictly before the second (never the second first: symmetry).
      const search: Search = {
        start: (_ta, tb) => (tb.state === DONE ? null : 0),
        step: (_mark, _symbol, ta, _tb, _na, nb) => (nb.state === DONE && ta.state !== DONE ? null : 0),
        goal: () => true,
      };
      known = token != null && explore(token, token, search) === false;
      this.uniques.set(t, known);
    }
    return known;
  }

  /**
   * What can come right after a match of token `t` at a place where token `e` matches too; null when anything can (or
   * the search grew too large to tell). Where what follows `t` is none of these, `e` does not match.
   */
  followers(e: number, t: number): Followers | null {
    const [te, tt] = [this.automatonOf(e), this.automatonOf(t)];
    if (te == null || tt == null) return null;
    const classes = alphabet([te, tt]);
    const found = new Set<number>();
    const search: Search = {
      start: (_ta, tb) => (tb.state === DONE ? PENDING : BEFORE),
      step: (mark, symbol, _ta, _tb, _na, nb) => (mark === PENDING ? symbol : mark === BEFORE && nb.state === DONE ? PENDING : mark),
      goal: (mark) => {
        if (mark === PENDING) return true;
        found.add(mark);
        return false;
      },
    };
    if (explore(te, tt, search) !== false) return null;
    const symbols = [...found].flatMap((symbol) => classes.get(symbol) as number[]);
    return { ascii: new Set(symbols.filter((c) => c >= 0 && c < 128)), nonAscii: symbols.includes(LUMP), end: symbols.includes(END) };
  }

  private automatonOf(t: number): Automaton | null {
    let built = this.automata[t];
    if (built === undefined) {
      try {
        built = automaton(this.trees[t] as Node, 'more', true);
      } catch (err) {
        if (!(err instanceof TooLarge)) throw err;
        built = null;
      }
      this.automata[t] = built;
    }
    return built;
  }
}
