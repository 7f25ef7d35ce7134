/**
 * Reads a token pattern's source into a syntax tree, so that the fast path can reason about the pattern before it
 * splices it into a layout regex: how many capturing groups it opens (the groups after it are numbered past them),
 * whether a match of it can be empty, which characters a match can start with, and (token-automata.ts) which strings
 * it matches.
 *
 * The reading is conservative: it knows a plain subset of the regular-expression syntax (without flags) and answers
 * null for anything else (backreferences, named groups, octal and control escapes, Annex B leniencies such as a lone
 * "{" or "]"), so that the fast path only ever reasons about patterns it has read whole.
 */

/**
 * A set of characters: each ASCII one by its code; the others as one lump, of which the set holds none, some or all.
 * Where the lump cannot be told apart, questions get the answer that is safe for their use (see `intersects`).
 */
export class CharSet {
  private readonly ascii = new Uint32Array(4);
  other: 'none' | 'some' | 'all' = 'none';

  add(from: number, to = from): this {
    for (let c = from; c <= Math.min(to, 127); c++) this.ascii[c >> 5] = (this.ascii[c >> 5] as number) | (1 << (c & 31));
    if (to > 127 && this.other === 'none') this.other = 'some';
    return this;
  }

  addSet(set: CharSet): this {
    for (let i = 0; i < 4; i++) this.ascii[i] = (this.ascii[i] as number) | (set.ascii[i] as number);
    if (set.other === 'all' || this.other === 'all') this.other = 'all';
    else if (set.other === 'some') this.other = 'some';
    return this;
  }

  complement(): CharSet {
    const result = new CharSet();
    for (let i = 0; i < 4; i++) result.ascii[i] = ~(this.ascii[i] as number);
    result.other = this.other === 'none' ? 'all' : this.other === 'all' ? 'none' : 'some';
    return result;
  }

  has(code: number): boolean {
    return ((this.ascii[code >> 5] as number) & (1 << (code & 31))) !== 0;
  }

  /** False only when no character can be in both sets. */
  intersects(set: CharSet): boolean {
    for (let i = 0; i < 4; i++) if (((this.ascii[i] as number) & (set.ascii[i] as number)) !== 0) return true;
    return this.other !== 'none' && set.other !== 'none';
  }
}

/** A pattern's syntax tree. Groups, capturing or not, are their content; laziness does not change what matches. */
export type Node =
  | { readonly kind: 'chars'; readonly set: CharSet }
  | { readonly kind: 'sequence'; readonly items: readonly Node[] }
  | { readonly kind: 'alternation'; readonly branches: readonly Node[] }
  | { readonly kind: 'repeat'; readonly node: Node; readonly min: number; readonly max: number; readonly greedy: boolean }
  | { readonly kind: 'look'; readonly behind: boolean; readonly negated: boolean; readonly node: Node }
  | { readonly kind: 'assertion'; readonly what: '^' | '$' | 'b' | 'B' };

export interface PatternFacts {
  readonly tree: Node;
  /** Capturing groups the pattern opens. */
  readonly groups: number;
  /** True when every match of the pattern is at least one character long. */
  readonly nonEmpty: boolean;
  /** The characters a non-empty match can start with. */
  readonly first: CharSet;
  /**
   * When the whole pattern is one character class repeated greedily (`[ \t]+`): that class. Every match but the
   * longest then stops before a character of the class.
   */
  readonly run: CharSet | null;
}

/** The facts of a pattern source, or null when the pattern uses syntax this reading does not know. */
export function patternFacts(source: string): PatternFacts | null {
  const reader = new Reader(source);
  let tree: Node;
  try {
    tree = reader.alternation();
    if (reader.pos !== source.length) return null;
  } catch (err) {
    if (err instanceof Unknown) return null;
    throw err;
  }
  const run = tree.kind === 'repeat' && tree.greedy && tree.node.kind === 'chars' && tree.min > 0 ? tree.node.set : null;
  return { tree, groups: reader.groups, nonEmpty: !nullable(tree), first: firstOf(tree), run };
}

/** Whether a node can match the empty string. */
function nullable(node: Node): boolean {
  switch (node.kind) {
    case 'chars':
      return false;
    case 'sequence':
      return node.items.every(nullable);
    case 'alternation':
      return node.branches.some(nullable);
    case 'repeat':
      return node.min === 0 || nullable(node.node);
    default:
      return true;
  }
}

/** The characters a non-empty match of a node can start with: those of its items up to the first one that consumes. */
function firstOf(node: Node): CharSet {
  switch (node.kind) {
    case 'chars':
      return node.set;
    case 'sequence': {
      const first = new CharSet();
      for (const item of node.items) {
        first.addSet(firstOf(item));
        if (!nullable(item)) break;
      }
      return first;
    }
    case 'alternation':
      return node.branches.reduce((first, branch) => first.addSet(firstOf(branch)), new CharSet());
    case 'repeat':
      return firstOf(node.node);
    default:
      return new CharSet();
  }
}

class Unknown extends Error {}

const range = (from: string, to = from): CharSet => new CharSet().add(from.charCodeAt(0), to.charCodeAt(0));
const DIGIT = range('0', '9');
const WORD = range('a', 'z').add(65, 90).add(48, 57).add(95);
/** \s: the ASCII blanks, and some non-ASCII ones (U+00A0, U+FEFF...). */
const SPACE = new CharSet().add(9, 13).add(32).add(0xa0);
/** `.`: anything but a line terminator (of which U+2028 and U+2029 are in the lump). */
const DOT = new CharSet().add(10).add(13).add(0x2028).complement();
const CLASS_ESCAPES: Readonly<Record<string, CharSet>> = {
  d: DIGIT,
  D: DIGIT.complement(),
  w: WORD,
  W: WORD.complement(),
  s: SPACE,
  S: SPACE.complement(),
};
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
/** Characters a pattern may escape to mean themselves. */
const SYNTAX = '^$\\.*+?()[]{}|/-:,=!<># \'"';
const ASSERTION = { kind: 'assertion' } as const;

class Reader {
  pos = 0;
  groups = 0;

  constructor(private readonly source: string) {}

  alternation(): Node {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as Node) : { kind: 'alternation', branches };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.pos < this.source.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified());
    return items.length === 1 ? (items[0] as Node) : { kind: 'sequence', items };
  }

  private quantified(): Node {
    const node = this.atom();
    const bounds = this.quantifier();
    if (bounds === null) return node;
    if (node.kind === 'look' || node.kind === 'assertion') throw new Unknown();
    const greedy = this.peek() !== '?';
    if (!greedy) this.pos++;
    return { kind: 'repeat', node, min: bounds[0], max: bounds[1], greedy };
  }

  /** The bounds of a quantifier at the current position (consumed), or null when there is none. */
  private quantifier(): [number, number] | null {
    const c = this.peek();
    const simple: Record<string, [number, number]> = { '*': [0, Infinity], '+': [1, Infinity], '?': [0, 1] };
    if (simple[c] !== undefined) {
      this.pos++;
      return simple[c];
    }
    if (c !== '{') return null;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.pos));
    if (m === null) throw new Unknown();
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    if (max < min) throw new Unknown();
    this.pos += m[0].length;
    return [min, max];
  }

  private atom(): Node {
    const c = this.next();
    switch (c) {
      case '^':
      case '$':
        return { ...ASSERTION, what: c };
      case '.':
        return { kind: 'chars', set: DOT };
      case '[':
        return { kind: 'chars', set: this.charClass() };
      case '(':
        return this.group();
      case '\\': {
        const e = this.next();
        if (e === 'b' || e === 'B') return { ...ASSERTION, what: e };
        const escaped = this.escape(e);
        return { kind: 'chars', set: typeof escaped === 'number' ? new CharSet().add(escaped) : escaped };
      }
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
      case ')':
      case '|':
        throw new Unknown();
      default:
        return { kind: 'chars', set: new CharSet().add(c.charCodeAt(0)) };
    }
  }

  private group(): Node {
    const kind = this.source.slice(this.pos, this.pos + 3);
    let look: { behind: boolean; negated: boolean } | null = null;
    if (!kind.startsWith('?')) this.groups++;
    else if (kind.startsWith('?:')) this.pos += 2;
    else if (kind.startsWith('?=') || kind.startsWith('?!')) {
      look = { behind: false, negated: kind[1] === '!' };
      this.pos += 2;
    } else if (kind === '?<=' || kind === '?<!') {
      look = { behind: true, negated: kind[2] === '!' };
      this.pos += 3;
    } else throw new Unknown();
    const node = this.alternation();
    if (this.next() !== ')') throw new Unknown();
    return look === null ? node : { kind: 'look', ...look, node };
  }

  private charClass(): CharSet {
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    const set = new CharSet();
    while (this.peek() !== ']') {
      const from = this.classAtom();
      if (this.peek() === '-' && this.source[this.pos + 1] !== ']') {
        this.pos++;
        const to = this.classAtom();
        if (typeof from !== 'number' || typeof to !== 'number' || to < from) throw new Unknown();
        set.add(from, to);
      } else if (typeof from === 'number') set.add(from);
      else set.addSet(from);
    }
    this.pos++;
    return negated ? set.complement() : set;
  }

  /** One character of a class (its code) or a class escape (its set). */
  private classAtom(): number | CharSet {
    const c = this.next();
    if (c !== '\\') return c.charCodeAt(0);
    const e = this.next();
    // In a class, \b is the backspace character.
    return e === 'b' ? 8 : this.escape(e);
  }

  /** What an escape (the character after the backslash) stands for: one character (its code) or a class (its set). */
  private escape(e: string): number | CharSet {
    const classEscape = CLASS_ESCAPES[e];
    if (classEscape !== undefined) return classEscape;
    const control = CONTROL_ESCAPES[e];
    if (control !== undefined) return control;
    if (e === '0' && !/[0-9]/.test(this.peek())) return 0;
    const length = e === 'x' ? 2 : e === 'u' ? 4 : 0;
    if (length > 0) {
      const digits = this.source.slice(this.pos, this.pos + length);
      if (digits.length !== length || !/^[0-9A-Fa-f]+$/.test(digits)) throw new Unknown();
      this.pos += length;
      return Number.parseInt(digits, 16);
    }
    if (SYNTAX.includes(e)) return e.charCodeAt(0);
    throw new Unknown();
  }

  private peek(): string {
    return this.source[this.pos] ?? '';
  }

  private next(): string {
    const c = this.source[this.pos++];
    if (c === undefined) throw new Unknown();
    return c;
  }
}
