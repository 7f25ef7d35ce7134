/** The decision trace of one record, and its text rendering for `--explain`. */

import type { Decision } from './types.js';
import type { Candidate } from './candidates.js';
import type { StatusCue, SelfActionCue } from './cues.js';

/** Why a record was classified as it was (what `diegesis explain` prints). */
export interface Explanation {
  /** The narrator of the record (null when the trace names none). */
  readonly narrator: string | null;
  /** Normalized names the narrator goes by, used to recognise it in its own messages. */
  readonly selfNames: readonly string[];
  /** Candidate subjects with the verdict on each; offsets are into record.message. */
  readonly candidates: readonly Candidate[];
  /** Status words found, offsets into record.message. */
  readonly statusCues: readonly StatusCue[];
  /** The self-action verb opening the body, offsets into record.message. */
  readonly selfAction: SelfActionCue | null;
  /** Id of the rule that decided ("subject-predicate", "self-action"...). */
  readonly rule: string;
  readonly decision: Decision;
}

/** Explanation as indented text lines, one fact a line. */
export function formatExplanation(e: Explanation): string {
  const lines = [`narrator: ${e.narrator ?? '(none)'}${e.selfNames.length > 0 ? ` (self: ${e.selfNames.join(', ')})` : ''}`];
  lines.push(`candidates:${e.candidates.length === 0 ? ' (none)' : ''}`);
  for (const c of e.candidates) {
    lines.push(`  "${c.name}" [${c.start}-${c.end}] ${c.component ? 'component' : 'not a component'}: ${c.why} (found as ${c.source})`);
  }
  const cues = e.statusCues.map((c) => `"${c.text}"${c.negative ? ' (negative)' : ''}`);
  if (e.selfAction !== null) cues.unshift(`self-action "${e.selfAction.text}"`);
  lines.push(`cues: ${cues.length === 0 ? '(none)' : cues.join(', ')}`);
  lines.push(`rule: ${e.rule}`);
  const d = e.decision;
  const subjects = d.subjects.length > 0 ? ` subjects: ${d.subjects.join(', ')}` : '';
  lines.push(`decision: ${d.kind}${subjects}; ${d.reason}`);
  return lines.join('\n');
}
