/** The classifier: narrator inventory + candidate subjects + status cues -> decision rules -> Decision. */

import { bodyOf, NO_FIELDS, type TraceRecord } from '../records/types.js';
import type { Decision, Span } from './types.js';
import { checkLexicon, type Lexicon } from './lexicon.js';
import { NarratorInventory } from './inventory.js';
import { findCandidates, type Candidate, type CandidateContext } from './candidates.js';
import { findCues, statusText, type Cues, type StatusCue } from './cues.js';
import { decide } from './decide.js';
import { Body } from './body.js';
import { scanIndexOf } from './scan.js';
import type { RuleInput, Verdict } from './rules.js';
import { subjectName } from './subject-name.js';
import { errorFieldOf, errorTextOf, unitFieldsOf, type ErrorField, type UnitField } from './recordFields.js';
import { normalizeName, withoutOutgoingText } from './text.js';
import { contextRole } from './contextSelf.js';
import type { Explanation } from './explain.js';

export type { Explanation } from './explain.js';

/**
 * Decides, record by record, whether a message is diegetic. It keeps a narrator inventory learned from the records it
 * has seen, which its decisions depend on: give it a trace's records in input order.
 */
export interface Classifier {
  /** Classifies one record; also adds record.narrator to the narrator inventory. */
  classify(record: TraceRecord): Decision;
  /** The decision trace: narrator, candidate subjects and why, cues, deciding rule, final Decision. */
  explain(record: TraceRecord): Explanation;
}

/** What the rules look at for one record. Candidates are found on first use: most records are decided without. */
class RecordFacts implements RuleInput {
  private found: Candidate[] | undefined;
  private units: UnitField[] | undefined;
  /** The record's own error field's text, read once (null: none). */
  private error: string | null | undefined;

  constructor(
    readonly text: Body,
    readonly lexicon: Lexicon,
    readonly cues: Cues,
    private readonly context: CandidateContext,
    private readonly fields: Readonly<Record<string, string>>,
  ) {}

  get narrator(): string | null {
    return this.context.narrator;
  }

  get selfNames(): ReadonlySet<string> {
    return this.context.selfNames;
  }

  get body(): string {
    return this.text.text;
  }

  get candidates(): readonly Candidate[] {
    return (this.found ??= findCandidates(this.context, this.text));
  }

  get unitFields(): readonly UnitField[] {
    return (this.units ??= unitFieldsOf(this.fields, this.lexicon).filter((f) => !this.context.selfNames.has(normalizeName(f.value))));
  }

  get errorField(): ErrorField {
    return errorFieldOf(this.errorText);
  }

  get errorText(): string | undefined {
    if (this.error === undefined) this.error = errorTextOf(this.fields) ?? null;
    return this.error ?? undefined;
  }
}

/** The narrator's name in the message prefix, when it is there. */
function narratorSpan(record: TraceRecord): Span[] {
  if (record.narrator === null || record.narrator === '') return [];
  const at = record.message.slice(0, record.bodyStart).indexOf(record.narrator);
  return at < 0 ? [] : [{ start: at, end: at + record.narrator.length, role: 'narrator' }];
}

function toDecision(record: TraceRecord, verdict: Verdict, lexicon: Lexicon): Decision {
  const shift = record.bodyStart;
  const spans: Span[] = [
    ...narratorSpan(record),
    // A unit named only in a record field has no place in the message.
    ...verdict.subjects.filter((s) => s.start >= 0).map((s): Span => ({ start: s.start + shift, end: s.end + shift, role: 'subject' })),
    ...verdict.statuses.map((s): Span => ({ start: s.start + shift, end: s.end + shift, role: 'status' })),
  ];
  spans.sort((a, b) => a.start - b.start);
  return {
    kind: verdict.kind,
    subjects: subjectNames(record, verdict, lexicon),
    reason: verdict.reason,
    status: statusText(verdict.statuses),
    negative: verdict.statuses.some((s) => s.negative),
    spans,
  };
}

function subjectNames(record: TraceRecord, verdict: Verdict, lexicon: Lexicon): string[] {
  if (verdict.subjects.length === 0) return [];
  const body = record.message.slice(record.bodyStart);
  return [...new Set(verdict.subjects.map((s) => subjectName(s, body, lexicon.componentNounSet)))];
}

const shifted = <T extends { start: number; end: number }>(item: T, by: number): T => ({ ...item, start: item.start + by, end: item.end + by });

/** A classifier of `lexicon` with an empty narrator inventory; a DiegesisError when `lexicon` is no Lexicon. */
export function createClassifier(lexicon: Lexicon): Classifier {
  // The library hands on what its user gave: not always a Lexicon, whatever the type says.
  checkLexicon(lexicon);
  const inventory = new NarratorInventory(lexicon.narratorAliases);
  const index = scanIndexOf(lexicon);

  /** The rules' view of a record and the verdict; classify stops here, explain also reports the facts. */
  function judge(record: TraceRecord): { facts: RecordFacts; selfNames: ReadonlySet<string>; verdict: Verdict } {
    const body = new Body(withoutOutgoingText(bodyOf(record)), index);
    inventory.add(record.narrator, body.text);
    const ownNames = inventory.selfNamesOf(record.narrator);
    // "[ReplicaManager broker=2] Broker 2 stopped fetcher": the leading context names the narrator's own role.
    const role = body.text.charCodeAt(0) === 91 ? contextRole(body.text, lexicon.componentNounSet) : undefined;
    const selfNames = role === undefined ? ownNames : new Set([...ownNames, role]);
    const context = { lexicon, inventory, narrator: record.narrator, selfNames };
    // A layout's fields are its header's columns (the host that wrote the line), never what the message is about.
    const facts = new RecordFacts(body, lexicon, findCues(lexicon, body), context, record.structured === true ? record.fields : NO_FIELDS);
    return { facts, selfNames, verdict: decide(facts) };
  }

  function explain(record: TraceRecord): Explanation {
    const { facts, selfNames, verdict } = judge(record);
    const shift = record.bodyStart;
    const cues = facts.cues;
    return {
      narrator: record.narrator,
      selfNames: [...selfNames],
      candidates: facts.candidates.map((c): Candidate => shifted(c, shift)),
      statusCues: cues.statuses.map((c): StatusCue => shifted(c, shift)),
      selfAction: cues.selfAction === null ? null : shifted(cues.selfAction, shift),
      rule: verdict.rule,
      decision: toDecision(record, verdict, lexicon),
    };
  }

  return {
    classify: (record) => toDecision(record, judge(record).verdict, lexicon),
    explain,
  };
}
