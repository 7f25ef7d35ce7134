/**
 * The longest run of literal text every match of a regex must contain, read from its source: a cheap pre-check
 * (`text.includes(literal)`) that spares running a pattern on the many messages that cannot match it, the way scan.ts
 * spares the phrase regexes. "(?<![\w.-])[A-Za-z][\w.-]*(?= \(pid \d+\))" needs " (pid ", "[A-Z]+_\d+" needs "_".
 *
 * Only what is sure is read: the pattern's top-level sequence, each atom with its quantifier. A literal character
 * that must occur extends the current run; anything else (a class, an escape class, an optional or repeated atom, a
 * group) ends it. A positive lookahead's own required literal counts, since the text it looks at is in the message too.
 * A top-level alternation, or a flag that changes what a character matches ('i'), gives '' (no pre-check).
 */

/** After a backslash: an escape letter that takes an argument, with the argument. */
const ESCAPE_ARGUMENT = /^(?:x[0-9A-Fa-f]{2}|u(?:\{[0-9A-Fa-f]+\}|[0-9A-Fa-f]{4})|k<[^>]*>|[pP]\{[^}]*\}|c[A-Za-z])/;

/** Where the group opening at `open` closes (the index of its ')'), skipping escapes and classes. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

/** Where the class opening at `open` closes (the index of its ']'). */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** The quantifier at `at`: its length and whether it lets the atom be absent (0 when there is none). */
function quantifierAt(source: string, at: number): { length: number; optional: boolean } {
  const c = source[at];
  let length = 0;
  let optional = false;
  if (c === '*' || c === '?') [length, optional] = [1, true];
  else if (c === '+') length = 1;
  else if (c === '{') {
    const m = /^\{(\d*)(?:,\d*)?\}/.exec(source.slice(at));
    if (m !== null) [length, optional] = [m[0].length, (m[1] ?? '') === '' || Number(m[1]) === 0];
  }
  if (length > 0 && source[at + length] === '?') length++; // lazy
  return { length, optional };
}

/** Whether the group body at top level holds an alternation. */
function hasTopLevelBar(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') i = groupEnd(source, i);
    else if (c === '|') return true;
  }
  return false;
}

export function requiredLiteral(source: string, flags = ''): string {
  if (flags.includes('i') || hasTopLevelBar(source)) return '';
  let best = '';
  let run = '';
  const end = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i] as string;
    let literal: string | null = null;
    let next = i + 1;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      // Letters and digits escape classes, boundaries, back-references and code points: none is read as a literal,
      // and the argument of one ("\x41", "\u{1F600}", "\k<name>", "\p{L}", "\cJ") is skipped with it.
      literal = /[A-Za-z0-9]/.test(e) ? null : e;
      const argument = ESCAPE_ARGUMENT.exec(source.slice(i + 1));
      next = i + 1 + (argument === null ? 1 : argument[0].length);
    } else if (c === '[') {
      next = classEnd(source, i) + 1;
    } else if (c === '(') {
      const close = groupEnd(source, i);
      const inner = source.slice(i + 1, close);
      next = close + 1;
      if (inner.startsWith('?=')) {
        end();
        const ahead = requiredLiteral(inner.slice(2));
        if (ahead.length > best.length) best = ahead;
        i = next;
        continue;
      }
    } else if (c !== '.' && c !== '^' && c !== '$' && c !== '|' && c !== ')') {
      literal = c;
    }
    const q = quantifierAt(source, next);
    i = next + q.length;
    if (literal === null || q.optional) {
      end();
    } else {
      run += literal;
      if (q.length > 0) end(); // "a+": one "a" is sure, what follows it is not next to it
    }
  }
  end();
  return best;
}
