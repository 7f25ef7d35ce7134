/** Phrase structure: does a status predicate follow a mention, with only link words between ("X is not responding")? */

import type { Lexicon } from './lexicon.js';
import type { StatusCue } from './cues.js';

/**
 * A closing quote (escaped or not), blanks, a ":" or "=" (as in "X=OK"), or a short parenthetical ("(pid 12)") between
 * subject and predicate.
 */
const GAP = /(?:\\?['"])?[ \t]*[:=]?[ \t]*(?:\([^()]{0,60}\)[ \t]*)?/y;
/** An adverb between copula and predicate ("is unrecoverably broken", "was permanently lost"). */
const ADVERB = /^[a-z]{3,}ly$/;
const WORD = /([A-Za-z]+)[ \t]+/y;
/** A link word with its "not" contracted: "isn't", "wasn't", "hasn't" (group 1 the link word: "is", "was", "has"). */
const CONTRACTED_NOT = /([A-Za-z]+)n['\u2019]t[ \t]+/y;
const VALUE = /\S+[ \t]+/y;
/** "went from UP to DOWN", "going from CONNECTED to SUSPENDED": the state left, before the one entered. */
const FROM_STATE = /from[ \t]+\S+[ \t]+to[ \t]+/y;
/**
 * "state Up -> Down", "line-protocol Up -> Down", "status changed idle -> stopped", "change state NodeActive -->
 * NodeFailed": what changed maybe (ARROW_LEAD, which supervisedRules.ts's arrow rule shares), then the state left,
 * before the one entered.
 */
export const ARROW_LEAD = String.raw`(?:(?:state|status|line-protocol|protocol|link|reachability|health|role)[ \t]*:?[ \t]+)?(?:changed?[ \t]+(?:(?:state|status)[ \t]+)?)?`;
const ARROW_FROM = new RegExp(String.raw`${ARROW_LEAD}[A-Za-z]\w{0,30}[ \t]*--?>[ \t]*`, 'y');
/**
 * "is suspected to have failed", "seems to be down", "was reported to have crashed": a hedge (one of HEDGE_WORDS, then
 * "to") before the status, whose "to" no link word takes ("have" and "be" after it are link words).
 */
const HEDGE = /[A-Za-z]+[ \t]+to[ \t]+/y;
const HEDGE_WORDS = new Set(['suspected', 'believed', 'presumed', 'assumed', 'considered', 'deemed', 'reported', 'known', 'thought', 'found', 'seen', 'seem', 'seems', 'appear', 'appears']);
/**
 * "Task 0 in stage 1.1 failed", "Disk 3 in enclosure E2 failed": where the unit is, a preposition (PLACE_WORDS), a noun
 * and a value that holds a digit, between the unit and its status.
 */
const PLACE = /[A-Za-z]+[ \t]+[A-Za-z][\w-]{0,30}[ \t]+[^\s,;:\d]*\d[^\s,;:]*[ \t]+/y;
const PLACE_WORDS = new Set(['in', 'at', 'of']);
/** "Node node-4, joined": a comma, then a unit's own status (only those: "host-1, retrying failed" is two clauses). */
const COMMA = /,[ \t]*/y;

function skip(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * The status cue that opens the predicate of a subject ending at `subjectEnd`, or undefined.
 * Link words ("is", "has", "still") and qualifiers with their value ("version 6.1") may stand between, the state left
 * after a link word ("went from UP to DOWN") or before an arrow ("state Up -> Down"), a comma before a unit's own status ("Node node-4, joined"), and a "not",
 * which turns the status around: "is not loaded" is bad news, "is not down" good ("not running", a status phrase of its
 * own, is found as one).
 */
export function predicateAfter(
  lexicon: Lexicon,
  body: string,
  subjectEnd: number,
  statuses: readonly StatusCue[],
): StatusCue | undefined {
  if (statuses.length === 0) return undefined;
  let at = subjectEnd;
  /** Where a "not" before the status stands (-1: none): it turns the status around ("is not loaded"). */
  let not = -1;
  for (let step = 0; step < 6; step++) {
    at += skip(GAP, body, at)?.[0].length ?? 0;
    const cue = statuses.find((c) => c.start === at);
    if (cue !== undefined) return not < 0 ? cue : { text: body.slice(not, cue.end), start: not, end: cue.end, negative: !cue.negative };
    if (step === 0 && body.charCodeAt(at) === 44) {
      const after = at + (skip(COMMA, body, at)?.[0].length ?? 0);
      return statuses.find((c) => c.start === after && lexicon.unitStatuses.has(c.text.toLowerCase()));
    }
    const state = step > 0 ? skip(FROM_STATE, body, at) : skip(ARROW_FROM, body, at);
    if (state !== null) {
      at += state[0].length;
      continue;
    }
    const contracted = not < 0 ? skip(CONTRACTED_NOT, body, at) : null;
    if (contracted !== null && lexicon.linkWords.has((contracted[1] as string).toLowerCase())) {
      not = at;
      at += contracted[0].length;
      continue;
    }
    const word = skip(WORD, body, at);
    const text = word?.[1]?.toLowerCase();
    if (word === null || text === undefined) return undefined;
    // A hedge or a place, tried only where its first word stands (most words open neither).
    const aside = HEDGE_WORDS.has(text) ? skip(HEDGE, body, at) : PLACE_WORDS.has(text) ? skip(PLACE, body, at) : null;
    if (aside !== null) {
      at += aside[0].length;
    } else if (text === 'not' && not < 0) {
      not = at;
      at += word[0].length;
    } else if (lexicon.linkWords.has(text) || ADVERB.test(text)) {
      at += word[0].length;
    } else if (lexicon.subjectQualifiers.has(text)) {
      at += word[0].length;
      at += skip(VALUE, body, at)?.[0].length ?? 0;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** The cue and every further status cue in the same clause (up to ".", ";" or the end): "did not respond, unreachable". */
const CLAUSE_END = /[.;!?](?:\s|$)/g;

export function clauseStatuses(body: string, first: StatusCue, statuses: readonly StatusCue[]): StatusCue[] {
  CLAUSE_END.lastIndex = first.end;
  const end = CLAUSE_END.exec(body)?.index ?? body.length;
  CLAUSE_END.lastIndex = 0;
  // `first` may be a status turned around by "not" (predicateAfter): the cue it was made from is not repeated.
  return [first, ...statuses.filter((c) => c.start >= first.end && c.end <= end)];
}
