/**
 * The layout regex: a grammar's whole layout as one regex, anchored at the start of the line, that reads a first line
 * in one exec with exactly the token path's (and so chevrotain's) answers. How it keeps the lexer's and the parser's
 * rules, and where it may leave their lookaheads out, is told at layoutRegex; the proofs it relies on are in
 * token-automata.ts, on patterns read by regex-source.ts.
 */
import { splitFieldNames } from './grammar-load.js';
import { Unsupported, bodyStartOf, copyGroups, type Follow, type OptionalStep, type Step, type TokenStep } from './layout-steps.js';
import { trimChars, type ParsedLine } from './line-parser.js';
import { CharSet, patternFacts, type PatternFacts } from './regex-source.js';
import { TokenRelations, type Followers } from './token-automata.js';

/**
 * The fields every record reads: those it has a place for, and the zone its offset comes from (which stays in `fields`
 * too). LayoutMatch serves them without building `fields`.
 */
const CORE_FIELDS = ['pid', 'tid', 'date', 'time', 'narrator', 'zone'] as const;

type CoreName = (typeof CORE_FIELDS)[number];

/** The groups of each capture's split, by capture index (for layouts with splits). */
type Splits = readonly (Readonly<Record<string, string | undefined>> | undefined)[];

/** trimChars for one step's characters, made once. */
type Trimmer = (image: string) => string;

interface Capture {
  readonly group: number;
  readonly step: TokenStep;
  readonly trim: Trimmer | null;
}

/** A capture that can give a core field: through the step's own field, or (`split`) through a group of its split. */
interface Source {
  readonly capture: number;
  readonly group: number;
  readonly trim: Trimmer | null;
  readonly split: boolean;
}

/** The captures that can give a core field, last first wins. */
interface CoreField {
  readonly name: string;
  readonly sources: readonly Source[];
}

/** Reads one core field from a match as `fields` would have it (see coreReader). */
type CoreReader = (match: RegExpExecArray, splits: Splits | null) => string | undefined;

/** The layout regex and where in its match the parse finds what it needs. */
interface LayoutRegex {
  readonly regex: RegExp;
  /**
   * The groups of the message's tokens, in order: the message starts where they do (the match ends with them), and a
   * narrator token ends at the sum of their lengths.
   */
  readonly messageSpans: readonly { readonly group: number; readonly narrator: boolean }[];
  /** The token steps that store fields, in layout order (later captures win, as in chevrotain's parse). */
  readonly captures: readonly Capture[];
  readonly hasSplits: boolean;
  /** A reader for each of the CORE_FIELDS. */
  readonly core: Readonly<Record<CoreName, CoreReader>>;
}

/**
 * Writes the layout as one regex that decides every line exactly as the token path does. Spliced as they are, the
 * token patterns would let a regex differ in three ways; each is closed with a lookahead, except where token-automata.ts
 * proves it cannot make a difference:
 * - the lexer lets an earlier declared token win: a step's token is preceded by a negative lookahead for each token
 *   declared before it that could match at the same place (a pattern that never matches empty matches wherever its
 *   first match is non-empty, so the lookahead says exactly "that token would have won"). None is needed for a token
 *   exclusive of the step's, nor (see winnersOf) where the line could not go on after the step's token anyway.
 * - the lexer keeps a token's first match, whereas a regex backtracks into it: a token is matched as an atomic group,
 *   `(?=(T))\N`, unless the step's tokens are exclusive of each other and each is unique (it has no other match), or
 *   is a greedy run of one class (`[ \t]+`: its other matches stop before a character of the class) that the rest of
 *   the layout cannot start with, or that nothing after can make the regex take back.
 * - the parser decides an optional group from its first tokens and never reconsiders: the group is
 *   `(?:(?=LA)BODY|(?!LA))`, so that when the lookahead takes it and the body fails, the line fails. It is a plain
 *   `(?:BODY)?` when skipping it could never succeed where the parser fails: when something other than the message
 *   must follow it (a token that cannot start the group, so not the one there), or when the body cannot fail once the
 *   lookahead's tokens are read and nothing after it can fail.
 * A lookahead that leaves something out is only ever one whose failure would fail the line: the regex tries the same
 * alternatives in the same order, and finds the same first match.
 */
function layoutRegex(layout: readonly Step[], patterns: readonly string[]): LayoutRegex {
  const facts = patterns.map(patternFacts);
  if (!facts.every((f): f is PatternFacts => f !== null && f.nonEmpty)) throw new Unsupported();
  const relations = new TokenRelations(facts.map((f) => f.tree));
  const exclusive = (a: number, b: number): boolean =>
    !(facts[a] as PatternFacts).first.intersects((facts[b] as PatternFacts).first) || relations.exclusive(a, b);
  let source = '^';
  let groups = 0;
  const messageSpans: { group: number; narrator: boolean }[] = [];
  const captures: Capture[] = [];

  /** A pattern as a non-capturing group; its own groups count in the numbering. */
  const splice = (t: number): string => {
    groups += (facts[t] as PatternFacts).groups;
    return `(?:${patterns[t] as string})`;
  };
  /**
   * The tokens declared before `t` that could win over it where the step accepts `accepted`. When the step consumes
   * the token and something other than the message must come next, a winner is left out if a line where it matches
   * could not go on anyway: whatever can follow a match of `t` where it matches too (token-automata.ts) is a character
   * that no token of `follow` starts with. The regex then reads `t` there, and fails right after, as the lexer fails.
   */
  const winnersOf = (t: number, accepted: readonly number[], follow: Follow | null): number[] => {
    const next = new CharSet();
    if (follow !== null && !follow.any) for (const f of follow.tokens) next.addSet((facts[f] as PatternFacts).first);
    const stops = (followers: Followers | null): boolean =>
      follow !== null && !follow.any && followers !== null && ![...followers.ascii].some((c) => next.has(c)) && !(followers.nonAscii && next.other !== 'none');
    return patterns.slice(0, t).flatMap((_p, e) => (accepted.includes(e) || exclusive(e, t) || stops(relations.followers(e, t)) ? [] : [e]));
  };
  /** The lexer's "the token here is one of `types`", as alternatives that consume the token and capture nothing. */
  const tokenOf = (types: Iterable<number>, follow: Follow | null): string => {
    const accepted = [...types].sort((a, b) => a - b);
    return accepted
      .map((t) => {
        const winners = winnersOf(t, accepted, follow);
        return (winners.length === 0 ? '' : `(?!${winners.map(splice).join('|')})`) + splice(t);
      })
      .join('|');
  };
  /** Whether the step's token can be spliced without an atomic group: backtracking could not find another. */
  const plainToken = (step: TokenStep): boolean =>
    step.types.every((t, i) => step.types.slice(i + 1).every((u) => exclusive(t, u))) &&
    step.types.every((t) => {
      const run = (facts[t] as PatternFacts).run;
      if (run !== null && (step.restInfallible || cannotStart(step.follow, run))) return true;
      return relations.unique(t);
    });
  const cannotStart = (follow: Follow, run: CharSet): boolean =>
    !follow.any && [...follow.tokens].every((t) => !(facts[t] as PatternFacts).first.intersects(run));
  const lookahead = (step: OptionalStep): string => {
    if (step.second === null) return `(?=${tokenOf(step.first, null)})`;
    const group = ++groups;
    return `(?=(?=(${tokenOf(step.first, null)}))\\${group}(?:${tokenOf(step.second, null)}))`;
  };
  const write = (steps: readonly Step[]): void => {
    for (const step of steps) {
      if (step.kind === 'token') {
        const captured = step.field !== undefined || step.split !== undefined;
        const atomic = !plainToken(step);
        const group = atomic || captured || step.inMessage ? ++groups : 0;
        const token = tokenOf(step.types, step.follow);
        if (atomic) source += `(?=(${token}))\\${group}`;
        else source += group > 0 ? `(${token})` : `(?:${token})`;
        if (step.inMessage) messageSpans.push({ group, narrator: step.narrator });
        if (captured) captures.push({ group, step, trim: trimmerOf(step.trim) });
      } else if (step.kind === 'message') {
        continue;
      } else if (step.plain) {
        source += '(?:';
        write(step.body);
        source += ')?';
      } else {
        source += `(?:${lookahead(step)}`;
        write(step.body);
        source += `|(?!${lookahead(step)}))`;
      }
    }
  };
  write(layout);
  const coreField = (name: CoreName): CoreField => ({
    name,
    sources: captures.flatMap(({ group, step, trim }, capture): Source[] => [
      ...(step.field === name ? [{ capture, group, trim, split: false }] : []),
      ...(step.split !== undefined && splitFieldNames(step.split.source).includes(name) ? [{ capture, group, trim, split: true }] : []),
    ]),
  });
  return {
    regex: new RegExp(source),
    messageSpans,
    captures,
    hasSplits: captures.some((c) => c.step.split !== undefined),
    core: Object.fromEntries(CORE_FIELDS.map((name) => [name, coreReader(coreField(name))])) as Record<CoreName, CoreReader>,
  };
}

/**
 * trimChars(image, chars) for every image: a table lookup per character when the characters are all ASCII (as they are
 * in practice), trimChars itself otherwise. Null when there is nothing to trim.
 */
function trimmerOf(chars: string | undefined): Trimmer | null {
  if (!chars) return null;
  const table = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c >= 128) return (image) => trimChars(image, chars);
    table[c] = 1;
  }
  return (image) => {
    let start = 0;
    let end = image.length;
    for (let c = image.charCodeAt(start); start < end && c < 128 && table[c] === 1; c = image.charCodeAt(start)) start++;
    for (let c = image.charCodeAt(end - 1); end > start && c < 128 && table[c] === 1; c = image.charCodeAt(end - 1)) end--;
    return start === 0 && end === image.length ? image : image.slice(start, end);
  };
}

/**
 * The parse function of the layout regex (see layoutRegex); throws Unsupported when a token pattern is one the regex
 * cannot splice faithfully.
 */
export function createRegexParse(layout: readonly Step[], patterns: readonly string[]): (line: string) => ParsedLine | null {
  const plan = layoutRegex(layout, patterns);
  const { regex, messageSpans, captures, hasSplits } = plan;
  return (line: string): ParsedLine | null => {
    const match = regex.exec(line);
    if (match === null) return null;
    let splits: (Readonly<Record<string, string | undefined>> | undefined)[] | null = null;
    // A token its split does not fit fails the line, so splits are run now; their groups wait in `splits`.
    if (hasSplits) {
      splits = [];
      for (let i = 0; i < captures.length; i++) {
        const { group, step } = captures[i] as Capture;
        const image = match[group];
        if (step.split === undefined || image === undefined) continue;
        const groups = step.split.exec(image)?.groups;
        if (groups === undefined) return null;
        splits[i] = groups;
      }
    }
    // The message's tokens end the match: the message starts their total length before its end.
    let length = 0;
    let narratorEnd = -1;
    for (let i = 0; i < messageSpans.length; i++) {
      const { group, narrator } = messageSpans[i] as { group: number; narrator: boolean };
      const image = match[group];
      if (image === undefined) continue;
      length += image.length;
      if (narrator) narratorEnd = length;
    }
    const messageStart = match[0].length - length;
    if (narratorEnd >= 0) narratorEnd += messageStart;
    return new LayoutMatch(match, plan, splits, messageStart, bodyStartOf(line, messageStart, narratorEnd));
  };
}

/**
 * A line read by the layout regex. The core fields are properties of their own, so that a record takes them without
 * `fields`, which is built on first use (most grammars capture no other field, and their records never ask).
 */
export class LayoutMatch implements ParsedLine {
  readonly pid: string | undefined;
  readonly tid: string | undefined;
  readonly date: string | undefined;
  readonly time: string | undefined;
  readonly narrator: string | undefined;
  /** The layout's `zone` field (see ParsedLine.zone for a structured line's). */
  readonly zone: string | undefined;
  readonly #match: RegExpExecArray;
  readonly #plan: LayoutRegex;
  /** The groups of each capture's split (by capture index), when the layout has splits. */
  readonly #splits: Splits | null;
  #fields: Record<string, string> | undefined;

  constructor(
    match: RegExpExecArray,
    plan: LayoutRegex,
    splits: Splits | null,
    readonly messageStart: number,
    readonly bodyStart: number,
  ) {
    this.#match = match;
    this.#plan = plan;
    this.#splits = splits;
    const core = plan.core;
    this.pid = core.pid(match, splits);
    this.tid = core.tid(match, splits);
    this.date = core.date(match, splits);
    this.time = core.time(match, splits);
    this.narrator = core.narrator(match, splits);
    this.zone = core.zone(match, splits);
  }

  get fields(): Record<string, string> {
    if (this.#fields !== undefined) return this.#fields;
    const fields: Record<string, string> = {};
    const captures = this.#plan.captures;
    for (let i = 0; i < captures.length; i++) {
      const { group, step, trim } = captures[i] as Capture;
      const image = this.#match[group];
      if (image === undefined) continue;
      if (step.field !== undefined) fields[step.field] = trim === null ? image : trim(image);
      const groups = this.#splits?.[i];
      if (groups !== undefined) copyGroups(fields, groups);
    }
    return (this.#fields = fields);
  }
}

/**
 * The reader of a core field: from the last capture that gives it. Most fields have one capture, through its own field,
 * and read just its group.
 */
function coreReader(field: CoreField): CoreReader {
  const [only, ...others] = field.sources;
  if (only === undefined) return () => undefined;
  if (others.length > 0 || only.split) return (match, splits) => sourcedField(match, splits, field);
  const { group, trim } = only;
  if (trim === null) return (match) => match[group];
  return (match) => {
    const image = match[group];
    return image === undefined ? image : trim(image);
  };
}

function sourcedField(match: RegExpExecArray, splits: Splits | null, field: CoreField): string | undefined {
  for (let i = field.sources.length - 1; i >= 0; i--) {
    const { capture, group, trim, split } = field.sources[i] as Source;
    const image = match[group];
    if (image === undefined) continue;
    if (!split) return trim === null ? image : trim(image);
    const value = splits?.[capture]?.[field.name];
    if (value !== undefined) return value;
  }
  return undefined;
}
