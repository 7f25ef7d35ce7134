/**
 * A message's template: the variable parts masked, so that "job 88 failed" and "job 91 failed" count as one message.
 * Masks, in this order (an earlier mask hides what a later one would see): quoted strings, GUIDs, paths, hex numbers,
 * decimal numbers. Runs of white space become one space. Pure and allocation-light: it runs once per record, so a
 * mask runs only when the text holds a character it needs (most messages have no quote, GUID or path).
 */

/** "..." and '...' on one line; an apostrophe inside a word (don't) is not a quote. */
const QUOTED = /"[^"]*"|(?<![\p{L}\p{N}])'[^']*'(?![\p{L}\p{N}])/gu;
const GUID = /\{?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b\}?/gi;
/** Windows (C:\x, \\server\share) and POSIX (/usr/x, ./x) paths with at least one separator after the root. */
const PATH = /(?:\b[A-Za-z]:\\|\\\\)[^\s"'<>|,;]+|(?<![\w.:/])\.{0,2}\/[\w.-]+(?:\/[\w.@-]*)+/g;
const HEX = /\b0x[0-9a-f]+\b|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi;
const NUMBER = /(?<![\p{L}\p{N}_])[-+]?\d+(?:[.,]\d+)*/gu;
/** A single space is its own mask: only longer runs and other white space are replaced. */
const SPACES = /\s\s+|[^\S ]/g;
const DIGIT = /\d/;

/** Longer templates are cut here (with "..."), so one huge message cannot take much memory. */
export const MAX_TEMPLATE_LENGTH = 160;

export function templateOf(message: string): string {
  let text = message;
  if (text.includes('"') || text.includes("'")) text = text.replace(QUOTED, '<str>');
  if (text.includes('-')) text = text.replace(GUID, '<guid>');
  if (text.includes('/') || text.includes('\\')) text = text.replace(PATH, '<path>');
  // Both need a digit: 0x..., a hex run (its lookahead), a number; the masks before add none.
  if (DIGIT.test(text)) text = text.replace(HEX, '<hex>').replace(NUMBER, '<n>');
  text = text.replace(SPACES, ' ').trim();
  return text.length > MAX_TEMPLATE_LENGTH ? `${text.slice(0, MAX_TEMPLATE_LENGTH - 3)}...` : text;
}
