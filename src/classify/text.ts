/** Small text helpers shared by the classifier stages: name normalization and word scanning with offsets. */

/**
 * A stated time, as the source of a regex: "5000 ms", "10 s", "1.5 seconds", "2 min" (the number, maybe a blank, the
 * unit). Shared by the rules that read a wait, a slow reply, a missed deadline and how long a failure took.
 */
export const DURATION = String.raw`\d+(?:\.\d+)?[ \t]*(?:ms|s|secs?|seconds?|milliseconds?|min|minutes?)(?![A-Za-z])`;

/** The comparable form of a name: lower case, letters and digits only ("Send worker" ~ "SendWorker"). */
export function normalizeName(name: string): string {
  const lower = name.toLowerCase();
  // Most names are already bare letters and digits; skip the replace (and its new string) for them.
  return ALNUM.test(lower) ? lower : lower.replace(NOT_ALNUM, '');
}

const ALNUM = /^[a-z0-9]*$/;
const NOT_ALNUM = /[^a-z0-9]/g;

export interface Word {
  /** The word as written, trailing punctuation removed. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Shared by wordsOf and firstWordFrom; both run to completion before anyone else can move lastIndex. */
const WORD = /[^\s,;]+/g;

/** Punctuation trimmed off a word: opening marks at its start, closing marks at its end. */
const OPENING = new Set('("\'[{<');
const CLOSING = new Set(')"\']}>.:!?');

/**
 * A backslash before a quote: logs stored as CSV or JSON strings keep their quotes escaped (Component \\"alt0\\"), and
 * the backslash is then part of the quote mark, not of the name.
 */
function isEscapedQuote(raw: string, at: number): boolean {
  const next = raw[at + 1];
  return raw[at] === '\\' && (next === '"' || next === "'");
}

/**
 * An errno glued before a word, as Apache and APR print it: "(111)Connection refused". The number is no part of the
 * word, and left there it hides the word from every list and shape.
 */
const ERRNO_PREFIX = /^\(\d{1,6}\)(?=[A-Za-z])/;

/**
 * The key of a quoted logfmt value, as Go daemons write their messages: msg="Container 3f2a exited". The key is no part
 * of the value's first word, and left there it hides the word from every list and shape.
 */
const LOGFMT_KEY = /^[a-z][\w.]*=(?=")/;

/**
 * The word in the raw token `raw` found at `at`, or undefined when only punctuation is left. Same result as
 * `raw.replace(/^(?:[("'[{<]|\\["'])+|(?:[)"'\]}>.:!?]|\\["'])+$/g, '')` located with indexOf, without building the
 * intermediate strings; an errno prefix ("(111)") and a logfmt key ('msg="') are trimmed too.
 */
function trimmedWord(raw: string, at: number): Word | undefined {
  let from = raw.charCodeAt(0) === 40 ? ERRNO_PREFIX.exec(raw)?.[0].length ?? 0 : 0;
  if (from === 0 && raw.includes('="')) from = LOGFMT_KEY.exec(raw)?.[0].length ?? 0;
  while (from < raw.length && (OPENING.has(raw[from] as string) || isEscapedQuote(raw, from))) from++;
  let to = raw.length;
  while (to > from && (CLOSING.has(raw[to - 1] as string) || isEscapedQuote(raw, to - 1))) to--;
  if (from === to) return undefined;
  const text = from === 0 && to === raw.length ? raw : raw.slice(from, to);
  return { text, start: at + from, end: at + to };
}

/** Whitespace/comma separated words of `text` with their offsets, surrounding punctuation trimmed. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = trimmedWord(m[0], m.index);
    if (word !== undefined) words.push(word);
  }
  return words;
}

/** The first word of `text.slice(from)` (as wordsOf would find it), with offsets into `text`. */
export function firstWordFrom(text: string, from: number): Word | undefined {
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = trimmedWord(m[0], m.index);
    if (word !== undefined) {
      WORD.lastIndex = 0;
      return word;
    }
  }
  return undefined;
}

/** The last run of non-blanks before `at` and its blanks, within 64 characters (group 1). */
const TOKEN_BEFORE = /(\S+)[ \t]+$/;

/**
 * The token right before `at` in `text`, with what clings to it ("[2]", "INFO:", "user=x]"), if only blanks separate
 * it from `at`.
 */
export function tokenBefore(text: string, at: number): string | undefined {
  return TOKEN_BEFORE.exec(text.slice(Math.max(0, at - 64), at))?.[1];
}

/** True when only blanks (no line break) separate `from` and `to` in `text`. */
export function onlyBlanksBetween(text: string, from: number, to: number): boolean {
  if (from > to) return false;
  for (let i = from, end = Math.min(to, text.length); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** A short parenthetical after a unit, and its blanks: "BGP peer 10.1.1.2 (External AS 65010) changed state ...". */
const ASIDE = /\([^()]{0,60}\)[ \t]*/y;

/** The offset past the blanks at `at`, and past a short parenthetical and its blanks if one stands there. */
export function skipAside(text: string, at: number): number {
  const end = skipBlanks(text, at);
  if (text.charCodeAt(end) !== 40) return end;
  ASIDE.lastIndex = end;
  return ASIDE.exec(text) === null ? end : ASIDE.lastIndex;
}

/** The offset past the blanks at `at` (a regex would scan them again from every start). */
export function skipBlanks(text: string, at: number): number {
  let end = at;
  for (let c = text.charCodeAt(end); c === 32 || c === 9; c = text.charCodeAt(++end));
  return end;
}

/**
 * `mail sent to ops@example.org: "UPS ups-a@localhost on battery"`, `prompt 'Card terminal not responding' shown`: the
 * text the narrator sends to a recipient, in double quotes after the recipient (SENT_TEXT), or shows a user, in quotes
 * before "shown" or "displayed" (SHOWN_TEXT), is data it handles, whatever it says. The body with that text blanked out
 * (offsets kept), or the body itself. ("FastCGI sent in stderr: "..."" is what the other side sent, and stays.)
 */
const SENT_TEXT = /(?<![A-Za-z])(?:sent|sending|mailed|posted|forwarded|notification|notified)[ \t]+to[ \t]+[^\s"]+[ \t]*:?[ \t]*"/gi;
const SHOWN_TEXT = /(['"])([^'"\n]{1,200})\1[ \t]+(?:shown|displayed)(?![A-Za-z])/g;

export function withoutOutgoingText(body: string): string {
  if (!body.includes('"') && !body.includes("'")) return body;
  SENT_TEXT.lastIndex = 0;
  const sent = body.includes('"') ? SENT_TEXT.exec(body) : null;
  if (sent !== null) {
    const open = sent.index + sent[0].length;
    const close = body.indexOf('"', open);
    return blanked(body, open, close < 0 ? body.length : close);
  }
  SHOWN_TEXT.lastIndex = 0;
  const shown = body.includes(' shown') || body.includes(' displayed') ? SHOWN_TEXT.exec(body) : null;
  return shown === null ? body : blanked(body, shown.index + 1, shown.index + 1 + (shown[2] as string).length);
}

/** `text` with its characters from `start` to `end` replaced by blanks. */
function blanked(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}
