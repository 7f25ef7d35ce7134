/**
 * The command line as diegesis reads it, where yargs alone reads it otherwise:
 * - "-" names standard input wherever it stands among the files ("diegesis filter - app.trace"); yargs drops a lone
 *   "-", so it is marked before parsing and given back after;
 * - after "--", every word is a file, even one that starts with "-";
 * - a single-valued option given twice takes its last value (an alias or a script's defaults can be overridden), where
 *   yargs would hand on both as a list; the repeatable ones (--grammar, --lexicon) add up.
 */

/** What a lone "-" stands as while yargs parses: no file or option is named so. */
const STDIN_MARK = '\u0000-';

/** Options whose value is a list: the files, and the repeatable options. */
const LISTS = new Set(['_', '--', 'files', 'grammar', 'lexicon']);

/** The arguments with each lone "-" before "--" marked, for yargs. */
export function markStdin(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, i) => (arg === '-' && (end === -1 || i < end) ? STDIN_MARK : arg));
}

/** yargs middleware, run before validation: "-" given back, the files after "--" appended, one value per option. */
export function settleArgs(args: Record<string, unknown>): void {
  const unmark = (value: unknown): unknown => (value === STDIN_MARK ? '-' : value);
  for (const [key, value] of Object.entries(args)) {
    if (!Array.isArray(value)) args[key] = unmark(value);
    else if (LISTS.has(key)) args[key] = value.map(unmark);
    else args[key] = unmark(value[value.length - 1]);
  }
  const afterDashes = args['--'];
  if (Array.isArray(afterDashes) && afterDashes.length > 0) {
    args['files'] = [...((args['files'] as unknown[] | undefined) ?? []), ...afterDashes.map(String)];
  }
  delete args['--'];
}
