import { formatExplanation } from '../../classify/explain.js';
import { DiegesisError, EXIT_MATCHED } from '../../errors.js';
import { readInput } from '../../pipeline/read-input.js';
import type { TraceRecord, UnparsedLine } from '../../records/types.js';
import { escapeControls } from '../../sinks/escape.js';
import { timestampOf } from '../../sinks/ndjson.js';
import type { CommandContext } from '../context.js';

/** "trace.log:42" -> file and line; the file part may itself contain colons (C:\x.log:42). */
export function parseLocation(location: string): { file: string; line: number } {
  const m = /^(.+):(\d+)$/.exec(location);
  if (m === null || Number(m[2]) < 1) {
    throw new DiegesisError(`"${location}" is not a location (expected FILE:LINE, e.g. samples/monitor-failure.trace:9)`);
  }
  return { file: m[1] as string, line: Number(m[2]) };
}

/**
 * `diegesis explain FILE:LINE`: the decision trace of the record that holds that line. Every record before it is
 * classified too, so the narrator inventory is the one the line would meet in a full run.
 */
export async function explainCommand(ctx: CommandContext, location: string): Promise<number> {
  const { file, line } = parseLocation(location);
  let found = '';
  const holds = (first: number, count: number): boolean => line >= first && line < first + count;
  const record = (r: TraceRecord): void => {
    if (found !== '') return;
    if (!holds(r.line, r.lines.length)) {
      ctx.classifier.classify(r);
      return;
    }
    const where = r.line === line ? '' : ` (line ${line} continues the record)`;
    const head = `${file}:${r.line}${where}\n  ${r.lines[0]?.text ?? ''}\n`;
    const fields = `format: ${r.format}; pid: ${r.pid ?? '-'}; tid: ${r.tid ?? '-'}; time: ${timestampOf(r) ?? '-'}\n`;
    found = head + fields + formatExplanation(ctx.classifier.explain(r)) + '\n';
  };
  // In a grammar with entry lines (Oracle's alert log), a header line is a stamp line that heads the entries below it.
  let stamps = false;
  const beginInput = (_file: string, format: string | null): void => {
    stamps = ctx.formats.find((f) => f.name === format)?.entryLine != null;
  };
  const unparsed = (u: UnparsedLine): void => {
    if (found !== '' || u.line.number !== line) return;
    const header = stamps ? 'a stamp line, whose time the entries below it take' : 'the column header line';
    const what = u.header ? header : 'not part of any record (unparsed: it neither parses nor continues a record)';
    found = `${file}:${line} is ${what}\n  ${u.line.text}\n`;
  };
  const stats = await readInput(file, { formats: ctx.formats, format: ctx.format, maxLineLength: ctx.maxLineLength, stopped: () => found !== '' }, { beginInput, record, unparsed });
  if (found === '') throw new DiegesisError(`${file}: has ${stats.lines} lines, no line ${line}`);
  // The line and the names in it are trace text: control characters must not reach a terminal raw.
  ctx.output.write(ctx.escape ? escapeControls(found) : found);
  await ctx.output.end();
  return EXIT_MATCHED;
}
