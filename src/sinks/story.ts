/**
 * `diegesis story NAME`: the time-ordered narration about one component. Every diegetic record whose subject is NAME
 * is printed as it is read, grep-like (`file:line: time narrator: message  [status]`), negative statuses flagged
 * with "!"; on request the component's own messages are interleaved, tagged "(own)". A closing line counts it all.
 */
import type { Decision } from '../classify/types.js';
import { bodyOf, type TraceRecord } from '../records/types.js';
import { escapeControls } from './escape.js';
import type { Palette } from './palette.js';
import type { Sink, TextOutput } from './sink.js';
import { answersTo, componentKey } from './summary/component-names.js';

export interface StoryOptions {
  /**
   * The component whose story is told: matched by its key (summary/component-names.ts), so `PrintSpooler` is also
   * `The PrintSpooler service` and `spoolsv` is `spoolsv.exe`; reports on a part of it (`db01:5432`, `sshd[2211]`)
   * are part of its story.
   */
  readonly name: string;
  /** Also print the component's own messages (narrator == name). */
  readonly withOwn: boolean;
  readonly palette: Palette;
}

export interface StorySink extends Sink {
  /** Reports on the component printed so far (its own messages, with --with-own, are not counted). */
  readonly reports: number;
}

export function createStorySink(out: TextOutput, options: StoryOptions): StorySink {
  const { palette, withOwn } = options;
  const key = componentKey(options.name);
  const narrators = new Set<string>();
  let reports = 0;
  let negative = 0;
  let own = 0;
  return {
    get reports() {
      return reports;
    },
    record(record, decision) {
      const about = decision.kind === 'diegetic' && decision.subjects.some((s) => answersTo(s, key));
      const isOwn = !about && withOwn && record.narrator !== null && componentKey(record.narrator) === key;
      if (!about && !isOwn) return;
      if (about) {
        reports += 1;
        if (decision.negative) negative += 1;
        narrators.add(record.narrator ?? '(no narrator)');
      } else {
        own += 1;
      }
      out.write(storyLine(record, decision, isOwn, palette));
    },
    unparsed() {},
    finish() {
      const by = narrators.size === 0 ? '' : ` by ${[...narrators].sort().join(', ')}`;
      const ownText = withOwn ? `; ${own} own message${own === 1 ? '' : 's'}` : '';
      const text = reports === 0 && own === 0
        ? `-- no message reports on ${options.name}`
        : `-- ${reports} report${reports === 1 ? '' : 's'} on ${options.name} (${negative} negative)${by}${ownText}`;
      out.write(palette.dim(escapeControls(text)) + '\n');
    },
  };
}

/** One record of the story, continuation lines indented under it. */
export function storyLine(record: TraceRecord, decision: Decision, own: boolean, palette: Palette): string {
  const time = record.time === null ? '-' : record.date === null ? record.time : `${record.date} ${record.time}`;
  const where = palette.dim(escapeControls(`${record.file}:${record.line}:`));
  const narrator = record.narrator === null ? '' : palette[own ? 'subject' : 'narrator'](escapeControls(record.narrator)) + ': ';
  let tag = '';
  if (own) tag = palette.dim('  (own)');
  else if (decision.status !== null) {
    const status = escapeControls(decision.status);
    tag = decision.negative ? '  ' + palette.negative(`[! ${status}]`) : '  ' + palette.status(`[${status}]`);
  } else if (decision.negative) tag = '  ' + palette.negative('[!]');
  const first = `${where} ${escapeControls(time)} ${narrator}${escapeControls(bodyOf(record))}${tag}\n`;
  const rest = dedented(record.lines.slice(1).map((line) => line.text.trimEnd())).map((text) => `    ${palette.dim(escapeControls(text))}\n`);
  return first + rest.join('');
}

/**
 * Continuation lines without the indentation they share, so that they line up under their record and keep their
 * structure (a Python traceback's code lines stay indented under their "File" lines).
 */
function dedented(texts: readonly string[]): string[] {
  let shared = Infinity;
  for (const text of texts) if (text !== '') shared = Math.min(shared, text.length - text.trimStart().length);
  return shared === Infinity || shared === 0 ? [...texts] : texts.map((text) => text.slice(shared));
}
