/** The classifier: narrator inventory + candidate subjects + status cues -> decision rules -> Decision. */

import { bodyOf, type TraceRecord } from '../records/types.js';
import type { Decision, Span } from './types.js';
import type { Lexicon } from './lexicon.js';
import { NarratorInventory, selfNamesOf } from './inventory.js';
import { findCandidates, type Candidate } from './candidates.js';
import { findCues, statusText, type StatusCue } from './cues.js';
import { decide } from './decide.js';
import type { Verdict } from './rules.js';
import type { Explanation } from './explain.js';

export type { Explanation } from './explain.js';

export interface Classifier {
  /** Classifies one record; also adds record.narrator to the narrator inventory. */
  classify(record: TraceRecord): Decision;
  /** The decision trace: narrator, candidate subjects and why, cues, deciding rule, final Decision. */
  explain(record: TraceRecord): Explanation;
}

/** The narrator's name in the message prefix, when it is there. */
function narratorSpan(record: TraceRecord): Span[] {
  if (record.narrator === null || record.narrator === '') return [];
  const at = record.message.slice(0, record.bodyStart).indexOf(record.narrator);
  return at < 0 ? [] : [{ start: at, end: at + record.narrator.length, role: 'narrator' }];
}

function toDecision(record: TraceRecord, verdict: Verdict): Decision {
  const shift = record.bodyStart;
  const spans: Span[] = [
    ...narratorSpan(record),
    ...verdict.subjects.map((s): Span => ({ start: s.start + shift, end: s.end + shift, role: 'subject' })),
    ...verdict.statuses.map((s): Span => ({ start: s.start + shift, end: s.end + shift, role: 'status' })),
  ];
  spans.sort((a, b) => a.start - b.start);
  return {
    kind: verdict.kind,
    subjects: [...new Set(verdict.subjects.map((s) => s.name))],
    reason: verdict.reason,
    status: statusText(verdict.statuses),
    negative: verdict.statuses.some((s) => s.negative),
    spans,
  };
}

const shifted = <T extends { start: number; end: number }>(item: T, by: number): T => ({ ...item, start: item.start + by, end: item.end + by });

export function createClassifier(lexicon: Lexicon): Classifier {
  const inventory = new NarratorInventory();

  function explain(record: TraceRecord): Explanation {
    const body = bodyOf(record);
    inventory.add(record.narrator, body);
    const selfNames = selfNamesOf(record.narrator, lexicon.narratorAliases);
    const candidates = findCandidates({ lexicon, inventory, narrator: record.narrator, selfNames }, body);
    const cues = findCues(lexicon, body);
    const verdict = decide({ body, lexicon, candidates, cues });
    const shift = record.bodyStart;
    return {
      narrator: record.narrator,
      selfNames: [...selfNames],
      candidates: candidates.map((c): Candidate => shifted(c, shift)),
      statusCues: cues.statuses.map((c): StatusCue => shifted(c, shift)),
      selfAction: cues.selfAction === null ? null : shifted(cues.selfAction, shift),
      rule: verdict.rule,
      decision: toDecision(record, verdict),
    };
  }

  return {
    classify: (record) => explain(record).decision,
    explain,
  };
}
