/**
 * The command line as diegesis reads it, where yargs alone reads it otherwise:
 * - "-" names standard input wherever it stands among the files ("diegesis filter - app.trace"), and "-:LINE" a line
 *   of it for `explain`; yargs drops a lone "-" and reads "-:9" as flags, so both are marked before parsing and given
 *   back after;
 * - after "--", every word is an argument (a file, explain's location, story's name), even one that starts with "-":
 *   marked the same way, so that each takes its place among the positionals;
 * - a single-valued option given twice takes its last value (an alias or a script's defaults can be overridden), where
 *   yargs would hand on both as a list; the repeatable ones (--grammar, --lexicon) add up.
 */

/** What leads a word yargs is not to read as an option while it parses: no file or option starts with it. */
const MARK = '\u0000';

/** Options whose value is a list: the files, and the repeatable options. */
const LISTS = new Set(['_', 'files', 'grammar', 'lexicon']);

/** The arguments for yargs: "-", "-:LINE" and every word after "--" marked, the "--" itself dropped. */
export function markArgs(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return argv.flatMap((arg, i) => {
    if (i === end) return [];
    const argument = (end !== -1 && i > end) || arg === '-' || arg.startsWith('-:');
    return [argument ? MARK + arg : arg];
  });
}

/** A text yargs made with marked words in it (an error message naming one), as they were given. */
export function unmarkText(text: string): string {
  return text.replaceAll(MARK, '');
}

/** yargs middleware, run before validation: marked words given back, one value per option. */
export function settleArgs(args: Record<string, unknown>): void {
  const unmark = (value: unknown): unknown => (typeof value === 'string' && value.startsWith(MARK) ? value.slice(MARK.length) : value);
  for (const [key, value] of Object.entries(args)) {
    if (!Array.isArray(value)) args[key] = unmark(value);
    else if (LISTS.has(key)) args[key] = value.map(unmark);
    else args[key] = unmark(value[value.length - 1]);
  }
}
