/**
 * A grammar's layout as the fast path reads it (fast-path.ts, layout-regex.ts), built once per grammar: each step with
 * what the lexer and chevrotain's LL(2) lookahead decide by (the tokens a step accepts, the tokens that start or follow
 * an optional group), and what the layout regex needs to know to write a step plainly (what may follow it, whether
 * what comes after it can fail). Layouts whose lookahead is not one of the plain cases are not served (Unsupported).
 */
import type { LayoutGrammarSpec, LayoutStep } from './grammar-types.js';

export type Step = TokenStep | OptionalStep | MessageStep;

export interface TokenStep {
  readonly kind: 'token';
  /** Token indices this step accepts. */
  readonly types: readonly number[];
  readonly field: string | undefined;
  readonly trim: string | undefined;
  readonly split: RegExp | undefined;
  /** After the message marker: the token is part of the message. */
  readonly inMessage: boolean;
  /** A narrator capture inside the message: the body starts after it. */
  readonly narrator: boolean;
  /** What may come next. */
  readonly follow: Follow;
  /** True when nothing after this step can fail (see layoutRegex). */
  readonly restInfallible: boolean;
}

export interface OptionalStep {
  readonly kind: 'optional';
  /** Token indices that start the group. */
  readonly first: ReadonlySet<number>;
  /** When set, the second token must also be one of these for the group to be taken (two-token lookahead). */
  readonly second: ReadonlySet<number> | null;
  readonly body: readonly Step[];
  /** True when the layout regex may write the group as a plain `(?:BODY)?` (see layoutRegex). */
  readonly plain: boolean;
}

export interface MessageStep {
  readonly kind: 'message';
}

/** What may follow a point of the layout: concrete tokens, and whether the free message text (any token) may. */
export interface Follow {
  readonly tokens: ReadonlySet<number>;
  readonly any: boolean;
}

/** Thrown while reading a layout the fast path does not serve: the caller falls back (to chevrotain, or to tokens). */
export class Unsupported extends Error {}

/** The layout as steps, and the token patterns; throws Unsupported for a layout the fast path does not serve. */
export function compileLayout(spec: LayoutGrammarSpec): { layout: Step[]; patterns: string[] } {
  const names = spec.tokens.map((t) => t.name);
  const typesOf = (token: string | readonly string[]): number[] => {
    const list = typeof token === 'string' ? [token] : token;
    const types = list.map((name) => names.indexOf(name));
    if (types.some((t) => t < 0) || new Set(types).size !== types.length) throw new Unsupported();
    return types;
  };
  // One message marker, at the top of the layout: the steps after it (and those inside them) are in the message.
  const messageAt = spec.layout.findIndex((step) => 'message' in step);
  if (spec.layout.filter((step) => 'message' in step).length > 1) throw new Unsupported();
  /** Steps are built last to first: whether the rest can fail is known from the steps already built. */
  const build = (steps: readonly LayoutStep[], follow: Follow, restInfallible: boolean, top: boolean, inMessage: (i: number) => boolean): Step[] => {
    const built: Step[] = [];
    let infallible = restInfallible;
    for (let i = steps.length - 1; i >= 0; i--) {
      const step = steps[i] as LayoutStep;
      const after = followOf(steps.slice(i + 1), follow, typesOf);
      let made: Step;
      if ('message' in step) {
        if (!top) throw new Unsupported();
        made = { kind: 'message' };
      } else if ('token' in step) {
        made = {
          kind: 'token',
          types: typesOf(step.token),
          field: step.field,
          trim: step.trim,
          split: step.split === undefined ? undefined : new RegExp(step.split),
          inMessage: inMessage(i),
          narrator: inMessage(i) && step.field === 'narrator',
          follow: after,
          restInfallible: infallible,
        };
      } else {
        const inside = firstOf(step.optional, typesOf);
        if (inside.nullable || [...inside.tokens].some((t) => after.tokens.has(t))) throw new Unsupported();
        const second = after.any ? secondOf(step.optional, after, typesOf) : null;
        const body = build(step.optional, after, infallible, false, () => inMessage(i));
        // Exact: once the lookahead's tokens are read, the rest of the body cannot fail.
        const read = second === null ? 1 : 2;
        const exact = body.length >= read && body.slice(0, read).every((s) => s.kind === 'token') && body.slice(read).every(cannotFail);
        made = { kind: 'optional', first: inside.tokens, second, body, plain: !after.any || (exact && infallible) };
      }
      infallible &&= cannotFail(made);
      built.unshift(made);
    }
    return built;
  };
  const layout = build(spec.layout, { tokens: new Set(), any: true }, true, true, (i) => messageAt >= 0 && i > messageAt);
  return { layout, patterns: spec.tokens.map((t) => t.pattern) };
}

/** A step the layout regex matches whatever the text: the message marker, or a group written `(?:BODY)?`. */
function cannotFail(step: Step): boolean {
  return step.kind === 'message' || (step.kind === 'optional' && step.plain);
}

/**
 * With free message text after a group, chevrotain tells "take the group" from "skip it" by two tokens: the group's
 * first token and what may come second. When the second may be anything, the first token decides alone (null).
 */
function secondOf(body: readonly LayoutStep[], after: Follow, typesOf: (t: string | readonly string[]) => number[]): ReadonlySet<number> | null {
  const [head, ...rest] = body;
  if (head === undefined || !('token' in head)) throw new Unsupported();
  const second = followOf(rest, after, typesOf);
  return second.any ? null : second.tokens;
}

function firstOf(steps: readonly LayoutStep[], typesOf: (t: string | readonly string[]) => number[]): { tokens: Set<number>; nullable: boolean } {
  const tokens = new Set<number>();
  for (const step of steps) {
    if ('message' in step) continue;
    if ('token' in step) {
      for (const t of typesOf(step.token)) tokens.add(t);
      return { tokens, nullable: false };
    }
    for (const t of firstOf(step.optional, typesOf).tokens) tokens.add(t);
  }
  return { tokens, nullable: true };
}

function followOf(rest: readonly LayoutStep[], outer: Follow, typesOf: (t: string | readonly string[]) => number[]): Follow {
  const first = firstOf(rest, typesOf);
  if (!first.nullable) return { tokens: first.tokens, any: false };
  return { tokens: new Set([...first.tokens, ...outer.tokens]), any: outer.any };
}

/** The fields a split's groups give: those that took part in the match. */
export function copyGroups(fields: Record<string, string>, groups: Readonly<Record<string, string | undefined>>): void {
  for (const [name, value] of Object.entries(groups)) if (value !== undefined) fields[name] = value;
}

/** The body starts after the narrator prefix (when the message has one) and the blanks after it. */
export function bodyStartOf(line: string, messageStart: number, narratorEnd: number): number {
  if (narratorEnd < 0) return messageStart;
  let bodyStart = narratorEnd;
  while (bodyStart < line.length && (line.charCodeAt(bodyStart) === 32 || line.charCodeAt(bodyStart) === 9)) bodyStart++;
  return bodyStart;
}
