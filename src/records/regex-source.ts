/**
 * Reads a token pattern's source into a syntax tree, so that the fast path can reason about the pattern before it
 * splices it into a layout regex: how many capturing groups it opens (the groups after it are numbered past them),
 * whether a match of it can be empty, which characters a match can start with, and (token-automata.ts) which strings
 * it matches.
 *
 * The fast path's reading is conservative: it knows a plain subset of the regular-expression syntax (without flags)
 * and answers null for anything else (backreferences, named groups, octal and control escapes, Annex B leniencies such
 * as a lone "{" or "]"), so that the fast path only ever reasons about patterns it has read whole.
 *
 * readRegex reads the whole syntax a grammar file may use (for backtracking.ts, which must judge every pattern): the
 * flags i, m, s and u, named groups, backreferences (read as a copy of their group: they match what it can match),
 * \p{...} and the Annex B leniencies. Its trees are for reasoning about which texts match, not for splicing.
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

  /** The set under case-insensitive matching: each ASCII letter with its other case (`unicode`: ſ and K fold to s and k). */
  foldCase(unicode: boolean): CharSet {
    const result = new CharSet().addSet(this);
    for (let c = 65; c <= 90; c++) if (this.has(c) || this.has(c + 32)) result.add(c).add(c + 32);
    if (unicode && this.other === 'none' && (result.has(115) || result.has(107))) result.other = 'some';
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
const NOTHING: Node = { kind: 'sequence', items: [] };

/** How readRegex reads a pattern: its flags, and what the whole pattern declares. */
interface Dialect {
  readonly unicode: boolean;
  readonly ignoreCase: boolean;
  readonly dotAll: boolean;
  /** The pattern's capturing groups: `\N` up to this count is a backreference, past it (without u) an octal escape. */
  readonly groupCount: number;
  /** Whether the pattern names a group: `\k<name>` is then a backreference (and always with u). */
  readonly namedGroups: boolean;
}

export interface RegexReading {
  readonly tree: Node;
  /** Where each repeat node stands in the source, as [start, end). */
  readonly spans: ReadonlyMap<Node, readonly [number, number]>;
}

/**
 * The syntax tree of any pattern JavaScript compiles with these flags (see the module comment), or null when it does not
 * compile or uses syntax this reading does not know.
 */
export function readRegex(source: string, flags: string): RegexReading | null {
  let probe: RegExpExecArray;
  try {
    // An empty alternative makes the pattern match "": the match tells its groups.
    probe = new RegExp(`(?:${source})|`, flags).exec('') as RegExpExecArray;
  } catch {
    return null;
  }
  const dialect: Dialect = {
    unicode: flags.includes('u') || flags.includes('v'),
    ignoreCase: flags.includes('i'),
    dotAll: flags.includes('s'),
    groupCount: probe.length - 1,
    namedGroups: probe.groups !== undefined,
  };
  if (flags.includes('v')) return null;
  const reader = new Reader(source, dialect);
  try {
    const tree = reader.alternation();
    return reader.pos === source.length ? { tree, spans: reader.spans } : null;
  } catch (err) {
    if (err instanceof Unknown) return null;
    throw err;
  }
}

/** The ASCII members of a Unicode property escape (`\p{L}`), with some of the non-ASCII characters. */
function propertySet(escape: string): CharSet {
  const regex = new RegExp(escape, 'u');
  const set = new CharSet();
  for (let c = 0; c < 128; c++) if (regex.test(String.fromCharCode(c))) set.add(c);
  set.other = 'some';
  return set;
}

class Reader {
  pos = 0;
  groups = 0;
  readonly spans = new Map<Node, readonly [number, number]>();
  /** The capturing groups read so far, by number (for backreferences), and their names. */
  private readonly captured: Node[] = [];
  private readonly names = new Map<string, number>();

  /** `dialect` null: the fast path's plain subset, without flags. */
  constructor(
    private readonly source: string,
    private readonly dialect: Dialect | null = null,
  ) {}

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
    const start = this.pos;
    const node = this.atom();
    const bounds = this.quantifier();
    if (bounds === null) return node;
    const greedy = this.peek() !== '?';
    if (!greedy) this.pos++;
    if (node.kind === 'look' || node.kind === 'assertion') {
      // Annex B lets a lookahead be quantified: it still asserts once, or not at all, at one place.
      if (this.dialect === null || this.dialect.unicode || node.kind === 'assertion' || node.behind) throw new Unknown();
      return node;
    }
    const repeat: Node = { kind: 'repeat', node, min: bounds[0], max: bounds[1], greedy };
    this.spans.set(repeat, [start, this.pos]);
    return repeat;
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
    if (m === null) {
      // Annex B: a "{" that opens no quantifier is itself.
      if (this.lenient()) return null;
      throw new Unknown();
    }
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
        return this.chars(this.dialect?.dotAll === true ? new CharSet().complement() : DOT);
      case '[':
        return this.chars(this.charClass());
      case '(':
        return this.group();
      case '\\': {
        const e = this.next();
        if (e === 'b' || e === 'B') return { ...ASSERTION, what: e };
        if (this.dialect !== null) return this.atomEscape(e);
        const escaped = this.escape(e);
        return { kind: 'chars', set: typeof escaped === 'number' ? new CharSet().add(escaped) : escaped };
      }
      case '{':
      case '}':
      case ']':
        if (this.lenient()) return this.chars(new CharSet().add(c.charCodeAt(0)));
        throw new Unknown();
      case '*':
      case '+':
      case '?':
      case ')':
      case '|':
        throw new Unknown();
      default:
        return this.chars(new CharSet().add(this.codePointFrom(c)));
    }
  }

  /** A character set as read under the dialect's case folding. */
  private chars(set: CharSet): Node {
    return { kind: 'chars', set: this.dialect?.ignoreCase === true ? set.foldCase(this.dialect.unicode) : set };
  }

  /** Annex B syntax is allowed: readRegex without the u flag. */
  private lenient(): boolean {
    return this.dialect !== null && !this.dialect.unicode;
  }

  /** The code point that starts with `c`, just read: with u, a surrogate pair is one character. */
  private codePointFrom(c: string): number {
    const code = c.charCodeAt(0);
    if (this.dialect?.unicode !== true || code < 0xd800 || code > 0xdbff) return code;
    const point = this.source.codePointAt(this.pos - 1) as number;
    if (point > 0xffff) this.pos++;
    return point;
  }

  private group(): Node {
    const kind = this.source.slice(this.pos, this.pos + 3);
    let look: { behind: boolean; negated: boolean } | null = null;
    let number = 0;
    if (!kind.startsWith('?')) number = ++this.groups;
    else if (kind.startsWith('?:')) this.pos += 2;
    else if (kind.startsWith('?=') || kind.startsWith('?!')) {
      look = { behind: false, negated: kind[1] === '!' };
      this.pos += 2;
    } else if (kind === '?<=' || kind === '?<!') {
      look = { behind: true, negated: kind[2] === '!' };
      this.pos += 3;
    } else if (this.dialect !== null && kind.startsWith('?<')) {
      const name = /^\?<([^>]+)>/.exec(this.source.slice(this.pos));
      if (name === null) throw new Unknown();
      number = ++this.groups;
      this.names.set(name[1] as string, number);
      this.pos += name[0].length;
    } else throw new Unknown();
    const node = this.alternation();
    if (this.next() !== ')') throw new Unknown();
    if (number > 0) this.captured[number] = node;
    return look === null ? node : { kind: 'look', ...look, node };
  }

  /**
   * An escape outside a class, under a dialect: a backreference is read as a copy of its group (it matches one of the
   * texts the group can match), or as nothing when the group has not closed yet (it then matches the empty string).
   */
  private atomEscape(e: string): Node {
    const dialect = this.dialect as Dialect;
    if (e >= '1' && e <= '9') {
      const digits = e + (/^\d*/.exec(this.source.slice(this.pos)) as RegExpExecArray)[0];
      if (Number(digits) <= dialect.groupCount) {
        this.pos += digits.length - 1;
        return this.captured[Number(digits)] ?? NOTHING;
      }
    }
    if (e === 'k' && (dialect.unicode || dialect.namedGroups)) {
      const name = /^<([^>]+)>/.exec(this.source.slice(this.pos));
      if (name === null) throw new Unknown();
      this.pos += name[0].length;
      const number = this.names.get(name[1] as string);
      return (number === undefined ? undefined : this.captured[number]) ?? NOTHING;
    }
    const escaped = this.escape(e);
    return this.chars(typeof escaped === 'number' ? new CharSet().add(escaped) : escaped);
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
        if (typeof from === 'number' && typeof to === 'number') {
          if (to < from) throw new Unknown();
          set.add(from, to);
        } else if (this.lenient()) {
          // Annex B: a class escape at either end makes no range: both ends and the "-" are members.
          for (const end of [from, 45, to]) typeof end === 'number' ? set.add(end) : set.addSet(end);
        } else throw new Unknown();
      } else if (typeof from === 'number') set.add(from);
      else set.addSet(from);
    }
    this.pos++;
    return negated ? set.complement() : set;
  }

  /** One character of a class (its code) or a class escape (its set). */
  private classAtom(): number | CharSet {
    const c = this.next();
    if (c !== '\\') return this.codePointFrom(c);
    const e = this.next();
    // In a class, \b is the backspace character.
    return e === 'b' ? 8 : this.escape(e, true);
  }

  /** What an escape (the character after the backslash) stands for: one character (its code) or a class (its set). */
  private escape(e: string, inClass = false): number | CharSet {
    const classEscape = CLASS_ESCAPES[e];
    if (classEscape !== undefined) return classEscape;
    const control = CONTROL_ESCAPES[e];
    if (control !== undefined) return control;
    if (e === '0' && !/[0-9]/.test(this.peek())) return 0;
    const length = e === 'x' ? 2 : e === 'u' ? 4 : 0;
    if (length > 0) {
      const digits = this.source.slice(this.pos, this.pos + length);
      if (digits.length === length && /^[0-9A-Fa-f]+$/.test(digits)) {
        this.pos += length;
        return Number.parseInt(digits, 16);
      }
      if (this.dialect === null) throw new Unknown();
    }
    if (SYNTAX.includes(e)) return e.charCodeAt(0);
    if (this.dialect === null) throw new Unknown();
    return this.dialectEscape(e, inClass);
  }

  /** The escapes only readRegex knows: control letters, \u{...} and \p{...} (u), legacy octal, identity escapes. */
  private dialectEscape(e: string, inClass: boolean): number | CharSet {
    const { unicode } = this.dialect as Dialect;
    const rest = this.source.slice(this.pos);
    if (e === 'c') {
      const letter = this.peek();
      if (/[A-Za-z]/.test(letter) || (inClass && !unicode && /[0-9_]/.test(letter))) {
        this.pos++;
        return letter.charCodeAt(0) % 32;
      }
      if (unicode) throw new Unknown();
      // Annex B: a "\c" that makes no control escape is a backslash, and the "c" is read next.
      this.pos--;
      return 92;
    }
    if (unicode) {
      const braced = /^\{([0-9A-Fa-f]+)\}/.exec(rest);
      if (e === 'u' && braced !== null) {
        this.pos += braced[0].length;
        return Number.parseInt(braced[1] as string, 16);
      }
      const property = /^\{[^}]*\}/.exec(rest);
      if ((e === 'p' || e === 'P') && property !== null) {
        this.pos += property[0].length;
        return propertySet(`\\${e}${property[0]}`);
      }
      throw new Unknown();
    }
    if (e >= '0' && e <= '7') {
      let digits = e;
      while (digits.length < 3 && /[0-7]/.test(this.peek()) && Number.parseInt(digits + this.peek(), 8) <= 0o377) digits += this.next();
      return Number.parseInt(digits, 8);
    }
    // Annex B: any other escaped character is itself (\8, \a, \_...).
    return this.codePointFrom(e);
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
