import { DiegesisError, EXIT_MATCHED, EXIT_NO_MATCH } from '../../errors.js';
import { MS_PER_DAY } from '../../records/day-clock.js';
import { parseId } from '../../records/record-builder.js';
import { parseInstant, zoneShiftMs } from '../../records/timestamps.js';
import { createFilterSink } from '../../sinks/filter.js';
import { compileMatch, type FilterCriteria, type Instant, type TextMatcher } from '../../sinks/filter-criteria.js';
import { exitCode, runPipeline, type CommandContext } from '../context.js';

export interface FilterArgs {
  readonly diegetic?: boolean;
  readonly nonDiegetic?: boolean;
  readonly narrator?: string;
  readonly subject?: string;
  readonly pid?: string;
  readonly tid?: string;
  readonly thread?: string;
  readonly since?: string;
  readonly until?: string;
  readonly match?: string;
}

/** `diegesis filter`: matching records' lines, byte for byte. Exit 0 matched, 1 nothing matched, 2 error. */
export async function filterCommand(ctx: CommandContext, args: FilterArgs): Promise<number> {
  const sink = createFilterSink(ctx.output, criteriaFrom(args));
  await runPipeline(ctx, sink);
  return exitCode(ctx, sink.matched > 0 ? EXIT_MATCHED : EXIT_NO_MATCH);
}

/** Checks and converts the options once, before any input is read; a bad value is a DiegesisError quoting it. */
export function criteriaFrom(args: FilterArgs): FilterCriteria {
  if (args.diegetic && args.nonDiegetic) throw new DiegesisError('--diegetic and --non-diegetic cannot be used together');
  const since = instant('--since', args.since);
  const until = instant('--until', args.until);
  if (since && until && laterThan(since, until)) {
    throw new DiegesisError(`--since "${args.since}" is later than --until "${args.until}": nothing could match`);
  }
  return {
    kind: args.diegetic ? 'diegetic' : args.nonDiegetic ? 'non-diegetic' : undefined,
    narrator: args.narrator,
    subject: args.subject,
    pid: id('--pid', args.pid),
    tid: id('--tid', args.tid),
    thread: threadName(args.thread),
    since,
    until,
    match: regex(args.match),
  };
}

function id(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = parseId(String(value));
  if (parsed === null) throw new DiegesisError(`${flag} "${value}" is not a process or thread id (expected a decimal number or 0x-hex)`);
  return parsed;
}

function threadName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const name = String(value);
  if (name.trim() === '') throw new DiegesisError('--thread "" names no thread (expected a thread name, e.g. main, or a TID)');
  return name;
}

function instant(flag: string, value: string | undefined): Instant | undefined {
  if (value === undefined) return undefined;
  const parsed = parseInstant(String(value));
  if (parsed === null) {
    throw new DiegesisError(
      `${flag} "${value}" is not a time (expected HH:MM[:SS[.fff]], optionally after a date YYYY-MM-DD and before a zone: Z, +02:00, UTC)`,
    );
  }
  return parsed;
}

/**
 * Whether `a` is later than `b`, both with a date (a time alone after another may be past midnight: see
 * time-window.ts): by their instants when both have a zone, as written otherwise.
 */
function laterThan(a: Instant, b: Instant): boolean {
  if (a.day === null || b.day === null) return false;
  return (a.day - b.day) * MS_PER_DAY + (a.timeMs - b.timeMs) + zoneShiftMs(b.offsetMin, a.offsetMin) > 0;
}

function regex(source: string | undefined): TextMatcher | undefined {
  if (source === undefined) return undefined;
  const compiled = compileMatch(String(source));
  if ('refused' in compiled) throw new DiegesisError(`--match "${source}" ${compiled.refused}`);
  return compiled;
}
