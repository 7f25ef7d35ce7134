import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yargs, { type Argv } from 'yargs';
import { packageRoot } from '../paths.js';
import { loadFormats } from '../records/registry.js';
import { BufferedOutput } from '../sinks/output.js';
import { DiegesisError, EXIT_ERROR, EXIT_MATCHED } from '../errors.js';
import { markArgs, settleArgs, unmarkText } from './argv.js';
import { GRAPH_LANGUAGES, SUMMARY_OUTPUTS } from './commands/choices.js';
import type { FilterArgs } from './commands/filter.js';
import type { StoryArgs } from './commands/story.js';
import type { SummaryArgs } from './commands/summary.js';
import { createContext, reportError, type CommandContext, type CommonArgs, type Streams } from './context.js';

// Each command's module is loaded when it runs: a start-up loads only what its command needs (the summary's renderers
// and HTML page are a fifth of the modules).
const commands = {
  show: () => import('./commands/show.js'),
  filter: () => import('./commands/filter.js'),
  classify: () => import('./commands/classify.js'),
  summary: () => import('./commands/summary.js'),
  story: () => import('./commands/story.js'),
  explain: () => import('./commands/explain.js'),
  formats: () => import('./commands/formats.js'),
};

const EPILOGUE = `Inputs: files, or standard input when none or "-" is given (explain -:LINE: a line of it); after "--", every word is a file (or explain's location, story's name), even one that starts with "-".
Exit codes: 0 success (filter: something matched), 1 filter matched nothing, 2 error.
Docs: README.md (CLI contract, NDJSON fields).`;

/** The option a completion script passes the words typed with, to have yargs print their completions. */
const COMPLETIONS_KEY = '--get-yargs-completions';

/** The options every command that reads traces shares. */
function commonOptions<T>(y: Argv<T>) {
  return y
    .option('color', { choices: ['auto', 'always', 'never'] as const, default: 'auto' as const, describe: 'colour output (auto: when stdout is a terminal; NO_COLOR and FORCE_COLOR honoured)' })
    .option('format', { type: 'string', describe: 'force a trace format instead of detecting it' })
    // One value per occurrence (nargs 1), so that a file after the option is not taken for a second value.
    .option('grammar', { type: 'string', array: true, nargs: 1, describe: 'load a trace-format grammar file (repeatable)' })
    .option('lexicon', { type: 'string', array: true, nargs: 1, describe: 'add a vocabulary file for the classifier (repeatable)' })
    .option('max-line-length', { type: 'number', default: 1 << 20, describe: 'cut longer lines to this many characters' })
    .option('jobs', { type: 'number', describe: 'worker threads for large regular files (default: one per core, at most 2, for files of 64 MiB or more, except for classify; else 1)' })
    // Not the option's `alias`: with a `type`, yargs would take "j" for an option of its own, which completion offers
    // as "--j".
    .alias('jobs', 'j');
}

/** commonOptions, and the trace files a command reads. */
function fileOptions<T>(y: Argv<T>) {
  return commonOptions(y).positional('files', { type: 'string', array: true, describe: 'trace files ("-" or none: stdin)' });
}

/** The version of this package (yargs would read the package.json nearest the working directory). */
function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

const COMPLETION_HELP = 'print a completion script for the shell $SHELL names: bash, or zsh when it ends in zsh (add its output to ~/.bashrc or ~/.zshrc)';

/**
 * Before it runs a command's handler, yargs renders that command's whole help text and keeps it, to print should the
 * handler fail: about a tenth of a start-up, for a text diegesis never prints (a failure goes through .fail(), which
 * reports it its own way). Help asked for is rendered when asked, as it is when nothing is kept. This reaches into yargs
 * (getInternalMethods is not in its typings); where a version of yargs lacks it, nothing changes.
 */
function skipHelpCache(cli: Argv): void {
  type Internals = { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } };
  const usage = (cli as unknown as Internals).getInternalMethods?.().getUsageInstance?.();
  if (usage?.cacheHelpMessage !== undefined) usage.cacheHelpMessage = () => undefined;
}

/** Parses the command line, runs one command, returns the exit code. Only bin.ts exits. */
export async function main(argv: readonly string[], streams: Streams): Promise<number> {
  let code = EXIT_MATCHED;
  // yargs has already checked the options against their declarations; here they take their named types.
  const runWith = (action: (ctx: CommandContext) => Promise<number>) => async (args: unknown) => {
    code = await action(await createContext(args as CommonArgs, streams));
  };
  // A shell asking for completions gives the words typed so far, the one being completed last ("-", "--j"): as they are.
  const words = argv[0] === COMPLETIONS_KEY ? [...argv] : markArgs(argv);
  const cli = yargs(words)
    .middleware(settleArgs, true)
    .scriptName('diegesis')
    .usage('$0 <command> [files..]\n\nRead software traces: find the diegetic messages, where one component reports the status of another.')
    .command(['show [files..]', '$0'], 'print the trace with diegetic messages highlighted (default command)', (y) =>
      fileOptions(y)
        .option('merge', { type: 'boolean', describe: 'interleave the records of several files by time' })
        .example('$0 show samples/monitor-failure.trace', 'highlight the story told by monitors')
        .example('cat app.trace | $0 --color always | less -R', 'page through a trace in colour')
        .example('$0 show --merge host1.trace host2.trace', 'two traces as one, in time order'),
      (args) => runWith(async (ctx) => (await commands.show()).showCommand(ctx, { merge: args.merge === true }))(args))
    .command('filter [files..]', 'print the matching records, their lines byte for byte', (y) =>
      fileOptions(y)
        .option('diegetic', { type: 'boolean', describe: 'only diegetic records' })
        .option('non-diegetic', { type: 'boolean', describe: 'only non-diegetic records' })
        .option('narrator', { type: 'string', describe: 'records written by this component' })
        .option('subject', { type: 'string', describe: 'records reporting on this component' })
        .option('pid', { type: 'string', describe: 'process id (decimal or 0x-hex)' })
        .option('tid', { type: 'string', describe: 'thread id (decimal or 0x-hex)' })
        .option('thread', { type: 'string', nargs: 1, describe: 'thread by name, as Java logs name threads (main, http-nio-8080-exec-1), or TID in decimal' })
        // nargs 1: the next word is the value, even one that starts with a minus and a digit ("-5m"), which yargs would
        // otherwise read as flags ("Unknown arguments: 5, m"): the value is then refused for what it is.
        .option('since', { type: 'string', nargs: 1, describe: 'records at or after this time (HH:MM:SS[.fff] or DATE HH:MM:SS, optionally with a zone: Z, +02:00)' })
        .option('until', { type: 'string', nargs: 1, describe: 'records at or before this time' })
        .option('match', { type: 'string', describe: 'records with a line matching this regular expression' })
        .example('$0 filter --diegetic app.trace', 'only the messages that report on other components')
        .example('$0 filter --subject PrintSpooler --since 06:30 app.trace', 'what others said about PrintSpooler after 06:30')
        .example('$0 filter --thread http-nio-8080-exec-3 app.log', 'what one thread of a Java service wrote')
        .example('$0 filter --diegetic app.trace > story.trace; echo $?', 'save them; exit 1 if there were none'),
      (args) => runWith(async (ctx) => (await commands.filter()).filterCommand(ctx, args as unknown as FilterArgs))(args))
    .command('classify [files..]', 'print one JSON object per record (JSON Lines)', (y) =>
      fileOptions(y)
        .example('$0 classify app.trace | jq -c \'select(.kind=="diegetic") | [.narrator, .subjects]\'', 'who reports on whom')
        .example('$0 classify --format native - < app.trace', 'read stdin as a native trace'),
      runWith(async (ctx) => (await commands.classify()).classifyCommand(ctx)))
    .command('summary [files..]', 'summarize a trace for a support case (several files merged by time)', (y) =>
      fileOptions(y)
        .option('output', { alias: 'o', choices: SUMMARY_OUTPUTS, default: 'text' as const, describe: 'report format' })
        .option('graph', { choices: GRAPH_LANGUAGES, describe: 'print only the narrator -> subject graph in this language' })
        // nargs 1, as --since: "--gap -5s" is a gap that is not positive.
        .option('gap', { type: 'string', nargs: 1, describe: 'a gap is this long without a record (e.g. 2s, 500ms; default: derived from the trace)' })
        .example('$0 summary samples/monitor-failure.trace', 'the story on one screen')
        .example('$0 summary -o markdown app.trace > case-1234.md', 'a report to paste into a ticket')
        .example('$0 summary -o html app.trace > case-1234.html', 'one self-contained page: timeline, graph, tables')
        .example('$0 summary --graph dot app.trace | dot -Tsvg > who.svg', 'who reports on whom, drawn by Graphviz')
        .example('$0 summary --gap 2s host1.trace host2.trace', 'two traces merged by time; holes of 2s or more'),
      (args) => runWith(async (ctx) => (await commands.summary()).summaryCommand(ctx, args as unknown as SummaryArgs))(args))
    .command('story <name> [files..]', 'tell one component\'s story: what others reported about it, in time order', (y) =>
      fileOptions(y)
        .positional('name', { type: 'string', demandOption: true, describe: 'the component, under any of its names (nginx is nginx.service too)' })
        .option('with-own', { type: 'boolean', describe: 'interleave the component\'s own messages' })
        .example('$0 story PrintSpooler samples/monitor-failure.trace', 'every report on PrintSpooler, negative ones flagged')
        .example('$0 story --with-own IndexerSvc app.trace', 'what others said about IndexerSvc, and what it said itself')
        .example('$0 story PrintSpooler host1.trace host2.trace', 'several traces merged by time'),
      (args) => runWith(async (ctx) => (await commands.story()).storyCommand(ctx, args as unknown as StoryArgs))(args))
    .command('explain <location>', 'show why one line was classified as it was: narrator, candidate subjects, cues, rule', (y) =>
      commonOptions(y)
        .positional('location', { type: 'string', demandOption: true, describe: 'FILE:LINE (1-based line number; -:LINE reads stdin)' })
        .example('$0 explain samples/monitor-failure.trace:9', 'the decision trace of line 9')
        .example('kubectl logs web-1 | $0 explain -:9', 'line 9 of standard input'),
      (args) => runWith(async (ctx) => (await commands.explain()).explainCommand(ctx, String(args.location)))(args))
    .command('formats', 'list the trace formats (grammars) with a sample line each; --detect FILE scores them on a file', (y) =>
      y
        .option('grammar', { type: 'string', array: true, describe: 'load a trace-format grammar file too (repeatable)' })
        .option('detect', { type: 'string', requiresArg: true, describe: 'print how well each format reads the first lines of FILE, best first' })
        .example('$0 formats', 'what diegesis can read')
        .example('$0 formats --detect app.log', 'which grammar fits app.log, with scores')
        .example('$0 formats --grammar my-format.json', 'check a grammar of your own (its samples must parse)'),
      async (args) => {
        const formats = await loadFormats(args.grammar ?? []);
        const out = new BufferedOutput(streams.stdout);
        const { detectCommand, formatsCommand } = await commands.formats();
        code = args.detect === undefined ? formatsCommand(out, formats) : await detectCommand(out, formats, args.detect);
        await out.end();
      })
    // A command of ours rather than yargs' .completion(), which prints the script and then runs the default command on
    // the word "completion"; yargs answers the script's requests for completions (COMPLETIONS_KEY) either way.
    .command('completion', COMPLETION_HELP, (y) => y.example('$0 completion >> ~/.bashrc', 'complete commands and options in bash'),
      () => void cli.showCompletionScript())
    .epilogue(EPILOGUE)
    .strict()
    .help()
    .alias('h', 'help')
    .version(packageVersion())
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .exitProcess(false)
    .fail((message, error) => {
      // yargs may spread a message over lines ("Invalid values:\n  Argument: ..."): an error is one line.
      // A YError is yargs' own word on the command line ("Not enough arguments following: detect").
      if (error !== undefined && error !== null && error.name !== 'YError') throw error;
      throw new DiegesisError(`${unmarkText(message ?? error?.message ?? '').replace(/:?\s*\n\s*/g, ': ')} (see diegesis --help)`);
    });
  skipHelpCache(cli);
  try {
    mistypedCommand(argv[0]);
    // What yargs prints itself (help, the version, the completion script, completions) comes to this callback, to be
    // written as the commands write: an error writing it is reported, not lost in console.log.
    let printed = '';
    await cli.parseAsync(words, {}, (_error, _argv, output) => {
      printed = output;
    });
    if (printed !== '') {
      const out = new BufferedOutput(streams.stdout);
      out.write(`${printed}\n`);
      await out.end();
    }
    return code;
  } catch (err) {
    if (err instanceof DiegesisError) {
      reportError(streams.stderr, err);
      return err.exitCode;
    }
    streams.stderr.write(`diegesis: internal error: ${(err as Error).message ?? String(err)}\n`);
    if (streams.env['DIEGESIS_DEBUG']) streams.stderr.write(`${(err as Error).stack ?? ''}\n`);
    return EXIT_ERROR;
  }
}

/**
 * The first word, when it is no file and one or two letters away from a command's name ("sumary"): a mistyped
 * command, which the default command would report as a missing file.
 */
function mistypedCommand(first: string | undefined): void {
  const names = [...Object.keys(commands), 'completion'];
  if (first === undefined || first.startsWith('-') || names.includes(first) || existsSync(first)) return;
  const near = names.find((name) => editDistance(first, name) <= 2);
  if (near !== undefined) throw new DiegesisError(`unknown command "${first}" (did you mean ${near}?), and no file of that name`);
}

/** Levenshtein distance between two short words. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] as number;
}
