/**
 * A message's template: the variable parts masked, so that "job 88 failed" and "job 91 failed" count as one message.
 * Masks, in this order (an earlier mask hides what a later one would see): quoted strings, GUIDs, paths, hex numbers,
 * decimal numbers. Runs of white space become one space. Pure and allocation-light: it runs once per record.
 */

const MASKS: readonly (readonly [RegExp, string])[] = [
  // "..." and '...' on one line; an apostrophe inside a word (don't) is not a quote.
  [/"[^"]*"|(?<![\p{L}\p{N}])'[^']*'(?![\p{L}\p{N}])/gu, '<str>'],
  [/\{?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b\}?/gi, '<guid>'],
  // Windows (C:\x, \\server\share) and POSIX (/usr/x, ./x) paths with at least one separator after the root.
  [/(?:\b[A-Za-z]:\\|\\\\)[^\s"'<>|,;]+|(?<![\w.:/])\.{0,2}\/[\w.-]+(?:\/[\w.@-]*)+/g, '<path>'],
  [/\b0x[0-9a-f]+\b|\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/gi, '<hex>'],
  [/(?<![\p{L}\p{N}_])[-+]?\d+(?:[.,]\d+)*/gu, '<n>'],
  [/\s+/g, ' '],
];

/** Longer templates are cut here (with "..."), so one huge message cannot take much memory. */
export const MAX_TEMPLATE_LENGTH = 160;

export function templateOf(message: string): string {
  let text = message;
  for (const [pattern, mask] of MASKS) text = text.replace(pattern, mask);
  text = text.trim();
  return text.length > MAX_TEMPLATE_LENGTH ? `${text.slice(0, MAX_TEMPLATE_LENGTH - 3)}...` : text;
}
