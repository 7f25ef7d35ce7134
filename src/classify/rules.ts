/**
 * The decision rules, tried in order. Each asks one question about phrase structure: is a status, outcome or
 * lifecycle event predicated of a component other than the narrator? decide.ts tries them in order.
 */

import type { Kind } from './types.js';
import type { Lexicon } from './lexicon.js';
import type { Candidate } from './candidates.js';
import { stateAsVerb, type Cues, type StatusCue } from './cues.js';
import type { Body } from './body.js';
import { clauseStatuses, predicateAfter } from './subjectPredicate.js';
import { namedByField } from './fieldNames.js';
import type { ErrorField, UnitField } from './recordFields.js';
import { Family, matchesOf } from './scan.js';
import { firstWordFrom, normalizeName, onlyBlanksBetween, skipAside, tokenBefore, type Word } from './text.js';

export interface RuleInput {
  /** The record's narrator, or null. */
  readonly narrator: string | null;
  /** Normalized names the narrator goes by (NarratorInventory.selfNamesOf): its name, its parts, its aliases. */
  readonly selfNames: ReadonlySet<string>;
  readonly body: string;
  /** The body with its per-record facts (words, which word lists can match). */
  readonly text: Body;
  readonly lexicon: Lexicon;
  /** May be computed on first use: rules whose pre-check fails never pay for it. */
  readonly candidates: readonly Candidate[];
  readonly cues: Cues;
  /** The units the record names in fields of its own, beside its message (recordFields.ts); computed on first use. */
  readonly unitFields: readonly UnitField[];
  /** Whether the record's own error field (`err=`) shows another side failing (recordFields.ts errorFieldOf). */
  readonly errorField: ErrorField;
  /** The text of that field, or undefined without one. */
  readonly errorText: string | undefined;
}

/** A mention the verdict is about, offsets in the body (both -1 for a unit named only in a record field). */
export interface SubjectMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export interface Verdict {
  /** Rule id, e.g. "subject-predicate". */
  readonly rule: string;
  readonly kind: Kind;
  readonly subjects: readonly SubjectMention[];
  /** Status words the verdict rests on (offsets in the body). */
  readonly statuses: readonly StatusCue[];
  readonly reason: string;
}

export type Rule = (input: RuleInput) => Verdict | null;

export const quoted = (cues: readonly { text: string }[]): string => cues.map((c) => `"${c.text}"`).join(' + ');

export function diegetic(rule: string, subject: SubjectMention, statuses: readonly StatusCue[], detail: string): Verdict {
  return { rule, kind: 'diegetic', subjects: [subject], statuses, reason: `subject "${subject.name}" + status ${quoted(statuses)}${detail}` };
}

/** A cue made from a regex match group: the words that fired when they are not in the status vocabulary. */
export function cueOf(text: string, start: number, negative: boolean): StatusCue {
  return { text, start, end: start + text.length, negative };
}

/** Words that open a noun phrase and name nothing themselves: "loss of the input file" names no unit "the". */
const DETERMINER_WORD = /^(?:the|a|an|this|that|these|those|its|their|our|his|her|my|your|some|any|each|every|all|no)$/i;

/**
 * The component mention starting at `offset`, or, when `fallbackWord`, the bare word there (a peer id), unless it is the
 * narrator's own word, a determiner, or a word for data or work.
 */
export function mentionAt(input: RuleInput, offset: number, fallbackWord: boolean): SubjectMention | undefined {
  const candidate = input.candidates.find((c) => c.start === offset);
  if (candidate !== undefined) return candidate.component ? candidate : undefined;
  if (!fallbackWord) return undefined;
  const word = firstWordFrom(input.body, offset);
  if (word === undefined || DETERMINER_WORD.test(word.text)) return undefined;
  const lower = word.text.toLowerCase();
  // "failure of line 3": a piece of data or work (the lexicon's numberedNonUnits) is no peer.
  if (input.lexicon.selfWords.has(lower) || input.lexicon.numberedNonUnits.has(lower)) return undefined;
  return { name: word.text, start: word.start, end: word.end };
}

/** The address or host name at `offset`, by the lexicon's address patterns (anchored there). */
export function addressAt(input: RuleInput, offset: number): SubjectMention | undefined {
  for (const pattern of input.lexicon.addressPatterns) {
    pattern.regex.lastIndex = offset;
    const m = pattern.regex.exec(input.body);
    if (m !== null && m[0] !== '') return { name: m[0], start: offset, end: offset + m[0].length };
  }
  return undefined;
}

/**
 * The party named at `offset`: the longer of the component mention and the address there ("relay.example.net[192.0.2.8]"
 * is one party, its address bracket included, though the host name alone is a component mention too).
 */
export function namingAt(input: RuleInput, offset: number): SubjectMention | undefined {
  const known = mentionAt(input, offset, false);
  const address = addressAt(input, offset);
  if (known === undefined) return address;
  return address !== undefined && address.end > known.end ? address : known;
}

/**
 * Before a unit's name: its type as a label ("taskAttempt:attempt_17_0020_m_000003_0", "service: ServiceRecord{...}";
 * letters only, so "2345:org.example.app" keeps its pid), or the opening quote of a quoted name ("'com.example.news'").
 */
const NAME_LEAD = /(?:[A-Za-z]+:[ \t]*(?=\S))?['"]?/y;

/** The component mention at `offset` (as mentionAt), else the one named past a type label or an opening quote there. */
export function labelledMentionAt(input: RuleInput, offset: number, fallbackWord: boolean): SubjectMention | undefined {
  const direct = mentionAt(input, offset, fallbackWord);
  if (direct !== undefined) return direct;
  NAME_LEAD.lastIndex = offset;
  const lead = NAME_LEAD.exec(input.body)?.[0].length ?? 0;
  return lead === 0 ? undefined : mentionAt(input, offset + lead, false);
}

/** A kernel uptime stamp before a driver's message: "[12345.678901] ". */
export const UPTIME = /^\[[ \d.]+\] /;

/**
 * The device a driver's message opens with, after any uptime stamp, by the lexicon's device prefixes: "eth0" of
 * "eth0: link down", "usb 2-1" of "usb 2-1: ...". The first prefix that matches.
 */
export function devicePrefixOf(input: RuleInput): SubjectMention | undefined {
  const at = UPTIME.exec(input.body)?.[0].length ?? 0;
  const rest = at === 0 ? input.body : input.body.slice(at);
  for (const pattern of input.lexicon.devicePrefixes) {
    const m = pattern.regex.exec(rest);
    if (m !== null) return { name: m[0], start: at + m.index, end: at + m.index + m[0].length };
  }
  return undefined;
}

/**
 * "NonStart: Success, ...", "Exec: ...": a name opening the body with a colon labels the narrator's own step. A noun
 * with its unit's name ("volume F: dismounted") is no such label: the colon belongs to the drive letter.
 */
function isTopicLabel(body: string, subject: SubjectMention): boolean {
  return subject.start === 0 && body.charCodeAt(subject.end) === 58 && /^[A-Za-z]+$/.test(body.slice(subject.start, subject.end));
}

/** "by server configuration", "by the routing table": the agent of a passive, up to two words. */
const BY_AGENT = /[ \t]+by[ \t]+(?:the[ \t]+)?(?:[A-Za-z]+[ \t]+)?([A-Za-z]+)/y;

/**
 * "client denied by server configuration": the status is the narrator's own decision when its agent is data the
 * narrator holds (a configuration, a table, a list: the lexicon's data type words), not another party.
 */
function decidedByOwnData(input: RuleInput, statusEnd: number): boolean {
  BY_AGENT.lastIndex = statusEnd;
  const agent = BY_AGENT.exec(input.body)?.[1]?.toLowerCase();
  return agent !== undefined && input.lexicon.dataNouns.has(agent);
}

/** A label's colon right after a fault noun: "db-7 error: connection refused". */
const LABEL_COLON = /[ \t]*:/y;

/**
 * "host:80 error : A connection request was canceled": a fault noun with a colon labels the detail after it, and the
 * detail tells whose fault it was. Only bad news there (a negative status, or a failure to do something: "could not
 * connect") makes it the party's; "a request was canceled" is the narrator's own exchange ending.
 */
export function labelsDetail(input: RuleInput, cue: StatusCue): boolean {
  LABEL_COLON.lastIndex = cue.end;
  const colon = LABEL_COLON.exec(input.body);
  if (colon === null || !input.lexicon.faultNouns.has(cue.text.toLowerCase())) return false;
  const detailAt = cue.end + colon[0].length;
  const detail = input.body.slice(detailAt);
  const bad = input.cues.statuses.some((c) => c.negative && c.start >= detailAt) || input.lexicon.failureMarkerRegex.test(detail);
  return !bad;
}

/**
 * `from=10.0.5.21:51802 error="ACL not found"`: a field's value, then the next field's key. Two fields, not a subject
 * and its predicate: what the key names is not said of the value before it.
 */
function nextField(body: string, subject: SubjectMention, cue: StatusCue): boolean {
  return body.charCodeAt(subject.start - 1) === 61 && body.charCodeAt(cue.end) === 61;
}

/** A preposition right before a mention: "sync with ", "request to ". */
export const PREPOSITION_BEFORE = /(?:^|[\s(])(?:with|to|from|for|of|on|at|into|via)[ \t]+$/i;

/**
 * "sync with device failure: ...": a bare component noun (no name, no modifier) after a preposition is the object of the
 * phrase before it, so the status that follows is that phrase's ("sync ... failure"), not the noun's. A named unit
 * ("with device sdb1") or a component heading the phrase ("connection to host lost") is found as its own candidate.
 */
function bareObject(input: RuleInput, subject: Candidate): boolean {
  // A capitalized noun is a name ("request to Spooler failed"): Spooler is a component, not the common noun.
  const text = input.body.slice(subject.start, subject.end);
  if (text !== text.toLowerCase() || !input.lexicon.componentNounSet.has(text)) return false;
  return PREPOSITION_BEFORE.test(input.body.slice(Math.max(0, subject.start - 12), subject.start));
}

/**
 * "trace collection on TRK-07 started", "malware scanning on SRV-02 completed": a unit after "on" and a noun of an activity
 * (a word in -tion, -sion, -ment or -ing that names no state, link or fault) is where the activity runs; news that is
 * not bad after it is the activity's, the narrator's own work ("acknowledgement on channel 1 timed out" stays the
 * channel's).
 */
const ACTIVITY_ON = /(?:^|[ \t])([a-z]{3,20}(?:tion|sion|ment|ing))[ \t]+on[ \t]+['"]?$/;

function activityOn(input: RuleInput, subject: Candidate): boolean {
  const m = ACTIVITY_ON.exec(input.body.slice(Math.max(0, subject.start - 40), subject.start));
  const word = m?.[1];
  return word !== undefined && !input.lexicon.statusNegative.has(word) && !input.lexicon.linkNounSet.has(word)
    && !input.lexicon.stateFieldKeys.has(word) && !input.lexicon.faultNouns.has(word);
}

/** "not " before a status that predicateAfter turned around. */
const NOT_LEAD = /^not\s+/i;
/** "failed to" after a status: the unit failed to do something ("failed to start"). */
const TO_AFTER = /[ \t]+to[ \t]+[a-z]/y;

/**
 * "service nginx is down", "plugin geoip failed to load": a status only a unit has (the lexicon's unitStatuses), or a
 * failure to do something. A lower-case name may be a common noun ("service catalog loaded", "process fork failed",
 * "host lookup timed out"): data and operations load, fail and time out too, but do not go down or die.
 */
export function unitStatus(input: RuleInput, status: StatusCue): boolean {
  const phrase = status.text.replace(NOT_LEAD, '').toLowerCase().replace(/\s+/g, ' ');
  if (input.lexicon.unitStatuses.has(phrase)) return true;
  TO_AFTER.lastIndex = status.end;
  return input.lexicon.failureMarkerRegex.test(`${phrase} to`) && TO_AFTER.test(input.body);
}

/**
 * "cache-01 is unreachable", "db01 returned HTTP 503": a name only its shape makes a unit's (Candidate.weakShape) takes a
 * unit's own status or a reply, the statuses a party has. A numbered or hyphenated piece of work or data fails,
 * completes and times out too ("build-1234 failed", "index-rebuild finished"), but neither goes down nor replies.
 */
function partyStatus(input: RuleInput, status: StatusCue): boolean {
  const phrase = status.text.replace(NOT_LEAD, '').toLowerCase().replace(/\s+/g, ' ');
  return input.lexicon.replyStatuses.has(phrase) || unitStatus(input, status);
}

/** Right before a unit: the "to" of a request or a connection sent to it, maybe a quote ("request to 'rad-b'"). */
const SENT_TO = /(?:^|[ \t-])([A-Za-z]*)[ \t]+to[ \t]+['"]?$/;

/** The word before the "to" right before `subject` (the noun of what was sent to it), or undefined without one. */
function sentToWord(input: RuleInput, subject: Candidate): string | undefined {
  return SENT_TO.exec(input.body.slice(Math.max(0, subject.start - 40), subject.start))?.[1];
}

/**
 * "Heartbeat Request to upf-1 timed out": what was sent to a unit named by its shape alone was not answered, the unit's
 * failure to answer ("upload-3 timed out" is a piece of work's own).
 */
export const NO_ANSWER: ReadonlySet<string> = new Set(['timed out', 'timeout', 'unanswered']);

function destinationFailed(input: RuleInput, subject: Candidate, status: StatusCue): boolean {
  // Only a lack of answer: "Switch of group dbsg to sfha02 aborted" is the switch's failure, not sfha02's.
  if (!NO_ANSWER.has(status.text.toLowerCase())) return false;
  const before = sentToWord(input, subject);
  // "Connection to qemu-agent lost": a link's end is the link rules' (partyOfBareLink, linkEnded).
  return before !== undefined && !input.lexicon.linkNounSet.has(before.toLowerCase());
}

/** A piece of work's good end: after a destination, it is the work's, not the unit's. */
const WORK_DONE = new Set(['completed', 'finished', 'succeeded', 'done']);

/**
 * Before a unit, a transfer the narrator makes with it, the unit its source or destination: "transfer of 'corp.example/IN'
 * from ", "upload of 4 files to ". The nouns of moving data, a closed class kept here like the other shapes of this module.
 */
const TRANSFER_WITH = /(?:^|[^\w-])(?:transfer|upload|download|copy|sync|replication|backup|export|import|fetch)[ \t]+of[ \t][^:;,]{1,80}?[ \t](?:to|from)[ \t]+$/i;

/**
 * "upload of 4 PM files to collector 10.9.0.7:22 completed", "transfer of 'corp.example/IN' from 10.20.0.52#53:
 * connected using ...", "...: Transfer status: success": what was sent to a unit, or fetched from it, went well; the
 * narrator's own work did, the unit did nothing to tell. Its failure may be the unit's ("...: failed while receiving
 * responses: connection reset").
 */
function sentWorkDone(input: RuleInput, subject: Candidate, status: StatusCue): boolean {
  if (WORK_DONE.has(status.text.toLowerCase()) && sentToWord(input, subject) !== undefined) return true;
  return !status.negative && TRANSFER_WITH.test(input.body.slice(Math.max(0, subject.start - 120), subject.start));
}

/** A program's start-up: what it says of itself once it can work ("telecommand service started", "X Plugin ready"). */
const START_UP = new Set(['started', 'ready', 'initialized', 'initialised', 'completed']);
/** Before a program's description of itself: an arrow or a determiner, and at most three words qualifying it. */
const SELF_DESCRIPTION_OPENING = /^(?:==>[ \t]*)?(?:the[ \t]+)?(?:[A-Za-z][\w./-]*[ \t]+){0,3}$/i;
/** After a start-up, a colon: the details of a child launched ("plugin started: path=... pid=3120"). */
const CHILD_DETAILS = /^[ \t]*:/;

/**
 * "telecommand service started, CLTU BCH encoding, ...", "==> Vault server started!", "The OLR service started on node
 * n1", "X Plugin ready for connections": a kind of program, described in two words or more and named by no name,
 * opening the message with its start-up, is the narrator describing itself (a single noun, "plugin started: pid=3120",
 * may be a child it launched; a restart is news of another). So is the start-up or stop of units in the plural ("all
 * interfaces started in 8596 ms", "All workers stopped."): the narrator's own parts, started and stopped with it.
 */
function ownStartUp(input: RuleInput, subject: Candidate, status: StatusCue): boolean {
  const lower = status.text.toLowerCase();
  if (subject.plural === true && (START_UP.has(lower) || lower === 'stopped')) return true;
  if (!START_UP.has(lower)) return false;
  if (subject.source !== 'component noun' || subject.named === true) return false;
  if (!subject.name.includes(' ') && CHILD_DETAILS.test(input.body.slice(status.end, status.end + 8))) return false;
  return SELF_DESCRIPTION_OPENING.test(input.body.slice(0, subject.start));
}

/** "has loaded", "has successfully loaded": the unit loaded itself (not "has been loaded"). */
const LOADED_ITSELF = /\bha(?:s|ve)[ \t]+(?:[a-z]+ly[ \t]+)?$/i;
/** "loaded 18.4 t", "loaded to 80%": a weight or a share after "loaded" is a load the unit carries. */
const LOAD_CARRIED = /^[ \t]+(?:to[ \t]+)?\d+(?:[.,]\d+)?[ \t]*(?:t|kg|tonnes?|tons?|lbs?|%)(?![\w])/;

/**
 * "service IDC30 -> IdcSp.dll loaded", "profile S-BPSK-2M loaded", "night plan NP-20240618 loaded": a name only its
 * shape makes a unit's, loaded, is what the narrator loaded (a module, a profile, a plan), its own work. Named with its
 * component noun ("driver HPUniv.dll version 6.1 loaded", "Plugin inventory.dll loaded"), loaded by itself ("Filter
 * 'WdFilter' has successfully loaded"), or carrying a load ("SKIP-A loaded 18.4 t"), it is that unit's news.
 */
function ownLoad(input: RuleInput, subject: Candidate, status: StatusCue): boolean {
  return subject.source !== 'component noun' && status.text.toLowerCase() === 'loaded'
    && !LOADED_ITSELF.test(input.body.slice(Math.max(subject.end, status.start - 24), status.start))
    && !LOAD_CARRIED.test(input.body.slice(status.end, status.end + 24));
}

/** A work noun and no name but its number: "Task", "Backup job", "Job 0" (group 1: the noun). */
const WORK_NAMED_BY_NUMBER = /(?:^|[ \t])([A-Za-z]+)(?:[ \t]+#?\d+)?$/;
/** A plain word ("Last", "snapshot"), or the end of a bracketed prefix or a label ("user=x]", "INFO:"): no owner. */
const NO_OWNER = /^[A-Za-z][a-z]*$|[\]):]$/;

/**
 * "Task Completed", "Backup job finished successfully", "Job 0 finished": a piece of work (the lexicon's work nouns) with
 * no name but its number, ended well, is the narrator's own work done, unless another unit is named with it, up to its
 * status ("MFP-3rdFloor job 2207 completed", "backup job on NAS01 finished": that unit's work), or it has a name ("Job
 * cleanup_carts finished": one that another runs).
 */
function ownWorkDone(input: RuleInput, subject: Candidate, status: StatusCue): boolean {
  if (subject.source !== 'component noun' || !WORK_DONE.has(status.text.toLowerCase())) return false;
  const noun = WORK_NAMED_BY_NUMBER.exec(subject.name)?.[1];
  if (noun === undefined || !input.lexicon.workNouns.has(noun.toLowerCase())) return false;
  if (input.candidates.some((c) => c !== subject && c.component && c.end <= status.start)) return false;
  // A name-like word right before it (digits, inner capitals, punctuation) owns it, named or not.
  const before = tokenBefore(input.body, subject.start);
  return before === undefined || NO_OWNER.test(before);
}

/**
 * Words right before a unit that make what follows it no status of its own: "via" ("Next hop 10.0.1.2 via Ethernet50/1
 * removed from 34 ECMP routes": the way to something, what follows is said of that something), and the verbs of a
 * narrator's marking ("Marking task as FAILED", "Marking Volume "WK0117" in Error in Catalog": its own verdict;
 * peerRules.ts's markedAs tells when the thing marked is a unit). Lower case.
 */
const NOT_ITS_STATUS_BEFORE = new Set(['via', 'mark', 'marks', 'marking', 'marked']);

/** Whether the word right before `subject` is one of NOT_ITS_STATUS_BEFORE. */
const routeOrMarked = (input: RuleInput, subject: Candidate): boolean => {
  const before = tokenBefore(input.body, subject.start);
  return before !== undefined && NOT_ITS_STATUS_BEFORE.has(before.toLowerCase());
};

/** A verb of taking a unit out of service, opening a clause (group 1). */
const REMOVAL = /(?:^|[.;:,][ \t]*)(Removing|Removed|Dropping|Dropped|Excluding|Excluded|Disabling|Disabled|Isolating|Isolated)[ \t]+(?=\S)/gi;
/** After the unit taken out: what it is taken out of ("from pool", "from the cluster"). */
const OUT_OF = /[ \t]*(?:from|of)[ \t]+(?:the[ \t]+)?[^\s:,;]+/y;
/** After the unit taken out: the reason given for it. */
const REASON_LEAD = /[ \t]*,?[ \t]*(?:with|because(?:[ \t]+of)?|after|due[ \t]+to|since|as|:)[ \t]/y;
/** The end of a sentence between two words. */
const SENTENCE_END = /[.;!?](?:\s|$)/;
/** Where the clause of the reason ends: where its sentence does. */
const REASON_END = new RegExp(SENTENCE_END.source, 'g');

/**
 * "Removing executor 2 with no recent heartbeats", "Removing backend web-2 from pool: health check failed", "Disabled
 * node db-3 because it is unresponsive": the narrator takes a unit out of service for that unit's bad news, given as the
 * reason right after it, in the same clause. The reason is the news; without one ("Removed node wk-11 clusterResource:
 * ...", "Removing executor 5 because it has been idle"), taking it out is the narrator's own act.
 */
const removedForFailure: Rule = (input) => {
  if (!input.cues.statuses.some((c) => c.negative)) return null;
  for (const m of matchesOf(REMOVAL, input.body)) {
    const unit = labelledMentionAt(input, m.index + m[0].length, false);
    if (unit === undefined) continue;
    let at = skipAside(input.body, unit.end);
    OUT_OF.lastIndex = at;
    if (OUT_OF.test(input.body)) at = OUT_OF.lastIndex;
    REASON_LEAD.lastIndex = at;
    if (!REASON_LEAD.test(input.body)) continue;
    REASON_END.lastIndex = REASON_LEAD.lastIndex;
    const end = REASON_END.exec(input.body)?.index ?? input.body.length;
    const bad = input.cues.statuses.filter((c) => c.negative && c.start >= REASON_LEAD.lastIndex && c.end <= end);
    if (bad.length > 0) return diegetic('removed-for-failure', unit, bad, ' (taken out for its failure)');
  }
  return null;
};

/**
 * A name in brackets after a unit's noun: "Event processor <ssh-brute-force/63a0> is running behind", "backend [pg-2]
 * down"; not an address after its transport ("proxy <udp:10.8.1.31:22222>": the address is the subject).
 */
const BRACKETED_NAME = / (?:<(?![a-z]{2,5}:)[^<>\s]{1,80}>|\[[^[\]\s]{1,80}\])/y;
/** An address in angle brackets, its transport before it: "<udp:10.40.1.31:22222" up to the address. */
const ANGLE_OPEN = /<(?:[a-z]{2,5}:)?$/;

/**
 * Where a subject's predicate may start: after the subject, after the ">" of an address in angle brackets ("proxy
 * <udp:10.40.1.31:22222> does not respond"), or after the ")" of a name given in parentheses after its noun ("unit 3
 * (EM-CH-PLANT) replied", "Our peer on the DC (hacl-b) is dead"). Not a call's argument ("OpenService(WinDefend)
 * failed": no blank before the "("), a label of what follows ("port 1 (ens1f0): FAULTY"), nor an aside on the narrator
 * itself ("Crawler (pid 808) is responsive").
 */
function subjectEnd(input: RuleInput, subject: Candidate): number {
  const { body } = input;
  const { start, end } = subject;
  if (subject.source === 'component noun' && subject.named !== true && body.charCodeAt(end) === 32) {
    BRACKETED_NAME.lastIndex = end;
    if (BRACKETED_NAME.test(body)) return BRACKETED_NAME.lastIndex;
  }
  const close = body.charCodeAt(end);
  // A label of what follows, in brackets or parentheses: ": FAULTY" is no predicate of the name.
  if ((close !== 41 && close !== 62) || body.charCodeAt(end + 1) === 58) return end;
  if (close === 62) return ANGLE_OPEN.test(body.slice(Math.max(0, start - 6), start)) ? end + 1 : end;
  if (body.charCodeAt(start - 1) !== 40 || body.charCodeAt(start - 2) !== 32) return end;
  return input.candidates.some((c) => c.end === start - 2 && !c.component) ? end : end + 1;
}

/** "X is not responding", "TokenSvc returned success", "status: X=OK": a status predicate right after a component. */
const subjectPredicate: Rule = (input) => {
  // The predicate must open with a status cue: without any, no subject can have one.
  if (input.cues.statuses.length === 0) return null;
  for (const subject of input.candidates) {
    if (!subject.component || isTopicLabel(input.body, subject) || bareObject(input, subject) || routeOrMarked(input, subject)) continue;
    const first = predicateAfter(input.lexicon, input.body, subjectEnd(input, subject), input.cues.statuses);
    if (first !== undefined && subject.plain === true && !unitStatus(input, first)) continue;
    if (first !== undefined && !first.negative && activityOn(input, subject)) continue;
    if (first !== undefined && subject.weakShape === true && !partyStatus(input, first) && !destinationFailed(input, subject, first)) continue;
    if (first !== undefined && (sentWorkDone(input, subject, first) || ownStartUp(input, subject, first) || ownWorkDone(input, subject, first) || ownLoad(input, subject, first))) continue;
    if (first !== undefined && !decidedByOwnData(input, first.end) && !labelsDetail(input, first) && !nextField(input.body, subject, first)) {
      const linked = partyOfBareLink(input, subject, first);
      const statuses = clauseStatuses(input.body, first, input.cues.statuses);
      if (linked === undefined && (ownLink(input, subject, statuses) || uptimeFigure(input, subject, first))) continue;
      // "Could not connect to Redis at 127.0.0.1:6379: Connection refused": a bare link's bad news after a failed reach
      // is the party's the reach names, where no mention stands right before the link.
      const reached = linked === undefined && isLinkNoun(input, subject) ? reachFailure(input) : null;
      if (reached !== null) return reached;
      return diegetic('subject-predicate', namedByField(input, linked ?? ownerOfPart(input, subject)), statuses, '');
    }
  }
  return null;
};

/** A name its shape alone makes a unit's, strongly: an address, a device, a host; not a CamelCase word (a reason, a timer). */
const strongShape = (c: Candidate): boolean => c.source !== 'component noun' && c.weakShape !== true && !c.source.startsWith('CamelCase');

/** A candidate named by a work noun and its number ("Job 3332", "task 12"). */
const isWork = (input: RuleInput, c: Candidate): boolean => input.lexicon.workNouns.has(c.name.slice(0, c.name.search(/[ \t]|$/)).toLowerCase());

/**
 * "multipathd: sdc: path down", "timeout on device /dev/sdb, path failing": a part named by its noun alone, after a
 * named unit (the same noun named before, else the last one in its sentence) or the device the message opens with, is
 * that unit's; the unit names it.
 */
function ownerOfPart(input: RuleInput, subject: Candidate): SubjectMention {
  const noun = subject.name.toLowerCase();
  if (subject.named === true || !input.lexicon.componentNounSet.has(noun) || input.lexicon.linkNounSet.has(noun)) return subject;
  // A piece of work ("[Job 3332] Printer is out of paper") owns no unit.
  const before = input.candidates.filter((c) => c.end <= subject.start && c.component && !isWork(input, c));
  // The same noun named before ("OSPF neighbor 10.255.0.2 ... (neighbor was inactive)") is the same unit.
  const same = before.find((c) => c.named === true && input.body.slice(c.start, c.end).toLowerCase().includes(`${noun} `));
  if (same !== undefined) return same;
  const named = before.filter((c) => c.named === true || strongShape(c)).pop();
  if (named !== undefined && !SENTENCE_END.test(input.body.slice(named.end, subject.start))) return named;
  const owner = devicePrefixOf(input);
  return owner !== undefined && owner.end <= subject.start ? owner : subject;
}

/** What lies between a party and its error chain's link: labels of the failed steps ("10.0.3.10:6443: connect: "). */
const ERROR_CHAIN = /^(?::[ \t]*[a-z]+)*:[ \t]*$/;
/** Between a party and the link noun it qualifies: blanks alone ("redis-cache connection lost"). */
const ONLY_BLANKS = /^[ \t]+$/;
/** Before a party, the step or the link toward it: "Error 111 connecting to ", "on CioStream socket to ". */
const STEP_TOWARD = /(?:[a-z]+ing|socket|connection|channel|session|stream)[ \t]+(?:to|from|with)[ \t]+$/i;
/** Between that party and the link noun: the end of its sentence or clause. */
const CLAUSE_BREAK = /^[.:;,)]?[ \t]*$/;
/** After a link's status, the step it failed in and the party of that step: ") while connecting to upstream". */
const WHILE_WITH = /[^;]{0,40}?[ \t]while[ \t]+[a-z]+ing\b[^,;]{0,60}?[ \t](?:to|from|with)[ \t]+(?=\S)/y;

/** Whether a mention is a bare link noun ("Connection", "channel"). */
const isLinkNoun = (input: RuleInput, subject: Candidate): boolean => input.lexicon.linkNounSet.has(input.body.slice(subject.start, subject.end).toLowerCase());

/**
 * A bare link noun ("connection", no name) is the link with another party, who is the subject:
 * - the component opening an error chain that ends with it, with its address: "dial tcp 10.0.3.10:6443: connect:
 *   connection refused", "connect to mx.example.org[192.0.2.8]:25: Connection timed out";
 * - the party of the step just before it: "Error 111 connecting to cache01:6379. Connection refused.";
 * - the component right before it, whose link it is: "redis-cache connection lost";
 * - the device a driver's message opens with: "eth0: link down";
 * - the party named as its agent: "Connection closed by 203.0.113.9 port 51234";
 * - the party of the step it failed in: "(111: Connection refused) while connecting to upstream".
 */
function partyOfBareLink(input: RuleInput, subject: Candidate, status: StatusCue): SubjectMention | undefined {
  if (!isLinkNoun(input, subject)) return undefined;
  const before = input.candidates.filter((c) => c.component && c.end <= subject.start).pop();
  if (before !== undefined) {
    // The party with its address, which a component shape stops short of ("mx.example.org" of "mx.example.org[192.0.2.8]:25").
    const named = namingAt(input, before.start);
    const party = named !== undefined && named.end <= subject.start ? named : before;
    const between = input.body.slice(party.end, subject.start);
    if (ERROR_CHAIN.test(between) || ONLY_BLANKS.test(between)) return party;
    if (CLAUSE_BREAK.test(between) && STEP_TOWARD.test(input.body.slice(Math.max(0, before.start - 40), before.start))) return party;
  } else {
    const device = devicePrefixOf(input);
    if (device !== undefined && ERROR_CHAIN.test(input.body.slice(device.end, subject.start))) return device;
  }
  const agent = agentOf(input, status);
  if (agent !== undefined) return agent;
  WHILE_WITH.lastIndex = status.end;
  const step = WHILE_WITH.exec(input.body);
  const at = step === null ? -1 : status.end + step[0].length;
  return input.candidates.find((c) => c.component && c.start === at);
}

/**
 * "Connection accepted", "Channel opened": a bare link noun opening the message, with no party named and only good
 * news of it, is the narrator's own doing (it accepted, it opened); bad news ("Connection lost") befalls the link from
 * the other side, and a link after a unit is that unit's ("eth0: link becomes ready", "port 14 link up"). A pool's
 * connections are its own.
 */
function ownLink(input: RuleInput, subject: Candidate, statuses: readonly StatusCue[]): boolean {
  if (!isLinkNoun(input, subject)) return false;
  // A pool's connections are its own, whatever their news: "HikariPool-1 - Connection is not available".
  if (input.narrator !== null && POOL.test(input.narrator)) return true;
  // So is a link it opens, when no party is named: "Opening connection failed (3)".
  if (OWN_OPENING.test(input.body.slice(Math.max(0, subject.start - 30), subject.start))) return true;
  return subject.start === 0 && statuses.every((c) => !c.negative);
}

const POOL = /pool$/i;
/** Right before a link noun: the narrator opening or taking one ("Opening additional connection"). */
const OWN_OPENING = /(?:^|[^A-Za-z])(?:opening|creating|acquiring|getting|allocating)[ \t]+(?:(?:a|an|new|additional)[ \t]+)?$/i;
/** After "running": how long for. */
const RUNNING_FOR = /[ \t]+for[ \t]+\d/y;

/**
 * "Started OrdersApplication in 4.2 seconds (process running for 4.9)": how long a bare, unnamed unit has been running
 * is a figure of the narrator's own uptime, not news of another unit.
 */
function uptimeFigure(input: RuleInput, subject: Candidate, status: StatusCue): boolean {
  if (subject.named === true || !BARE_WORD.test(subject.name) || status.text.toLowerCase() !== 'running') return false;
  RUNNING_FOR.lastIndex = status.end;
  return RUNNING_FOR.test(input.body);
}

const BARE_WORD = /^[A-Za-z]+$/;

/** Between a status and its agent: "by", unless the status phrase ends with it ("closed by"). */
const BY = /[ \t]+by[ \t]+/y;
const BLANKS = /[ \t]+/y;

/** The party that did what the status says, named after "by": "Connection closed by 203.0.113.9 port 51234". */
function agentOf(input: RuleInput, status: StatusCue): SubjectMention | undefined {
  const intro = /\bby$/i.test(status.text) ? BLANKS : BY;
  intro.lastIndex = status.end;
  const m = intro.exec(input.body);
  if (m === null) return undefined;
  const at = status.end + m[0].length;
  USER_AT.lastIndex = at;
  return namingAt(input, at + (USER_AT.exec(input.body)?.[0].length ?? 0));
}

/**
 * sshd's "Connection closed by invalid user admin 203.0.113.54 port 49880": the user the peer claimed to be, before
 * its address, is a person; the peer is the host at the address.
 */
const USER_AT = /(?:(?:invalid|authenticating|illegal)[ \t]+)?user[ \t]+\S+[ \t]+(?=\d|\[)/y;

/** Right after a check noun: its change, maybe after a second one ("health status changed"). */
const CHECK_CHANGED = /(?:[ \t]+(?:status|state))?[ \t]+(changed)(?![A-Za-z])/y;

/** "Battery health changed: 2 -> 3", "Cluster health status changed from GREEN to YELLOW": the unit's state changed. */
function changedAfter(body: string, checkEnd: number): StatusCue | undefined {
  CHECK_CHANGED.lastIndex = checkEnd;
  const m = CHECK_CHANGED.exec(body);
  return m === null ? undefined : cueOf('changed', m.index + m[0].length - 'changed'.length, false);
}

/**
 * How far after a check its result may stand: "integrity check. Status OK." is a few words on; a status a sentence
 * or a path later ("health state for container X: open /var/lib/...: no space left on device") is another story's.
 */
const CHECK_REACH = 48;

/**
 * "ModuleA integrity check. Status OK.", "X health OK", "X status DEGRADED", "status of X: failed", "ping to X timed out". A
 * name only its shape
 * makes a unit's (Candidate.weakShape) needs what a unit has, its state, status, health or heartbeat: "cache-01 health
 * OK", but a check or a test may be the narrator's own step ("nightly-export check failed").
 */
const checkReport: Rule = (input) => {
  if (input.cues.statuses.length === 0 && !input.body.includes(' changed')) return null;
  const words = input.text.words;
  for (const subject of input.candidates) {
    if (!subject.component) continue;
    // An aside may stand between the unit and its check: "LabMwSvc (PID 4480) heartbeat OK"; so may a qualifier and its
    // value: "Node /Common/10.1.30.14 address 10.1.30.14 monitor status down".
    const afterAside = skipAside(input.body, subject.end);
    const first = words.findIndex((w) => w.start >= afterAside);
    const i = first >= 0 && input.lexicon.subjectQualifiers.has(words[first]?.text.toLowerCase() ?? '') ? first + 2 : first;
    const after = [words[i], words[i + 1]].find((w) => w !== undefined && input.lexicon.checkNouns.has(w.text.toLowerCase()));
    const k = words.findIndex((w) => w.start >= subject.start);
    const before = words[k - 2];
    const ofCheck = before !== undefined && input.lexicon.checkNouns.has(before.text.toLowerCase()) && /^(?:of|for|to)$/i.test(words[k - 1]?.text ?? '');
    const check = after ?? (ofCheck ? before : undefined);
    if (check === undefined || (subject.weakShape === true && !unitReport(input, check))) continue;
    const from = Math.max(check.end, subject.end);
    const found = enteredState(input, input.cues.statuses.find((c) => c.start >= from));
    // A change is told of the unit right before its check noun: "Battery health changed", not "dhcp4 (eno2): state changed".
    const adjacent = check.start >= subject.end && onlyBlanksBetween(input.body, subject.end, check.start);
    const status = found !== undefined && found.start - from <= CHECK_REACH ? found : adjacent ? changedAfter(input.body, check.end) : undefined;
    if (status !== undefined && !sentWorkDone(input, subject, status)) return diegetic('check-report', subject, [status], ` (${check.text})`);
  }
  return null;
};

/** Between a unit's failure and its check: "api-2 failed its health check". */
const DETERMINER = /^(?:its|the|a|an)$/i;
/** Between a check's status and its unit: "Health check failed for api-2". */
const CHECK_OF = /^(?:for|of|on)$/i;

/**
 * "api-2 failed health check", "Health check timed out for api-2": the status of a unit's check told around the check
 * noun, between the unit and its check or between the check and its unit. Only checks a unit has (unitCheck): "export
 * failed the schema check" is the narrator's own step.
 */
const statusOfCheck: Rule = (input) => {
  if (input.cues.statuses.length === 0 || !input.lexicon.checkNounRegex.test(input.body)) return null;
  const words = input.text.words;
  for (const status of input.cues.statuses) {
    const at = words.findIndex((w) => w.start === status.start);
    if (at < 0) continue;
    const next = words.findIndex((w) => w.start >= status.end);
    // The unit, the status, maybe a determiner, the check.
    const unit = input.candidates.find((c) => c.component && c.end <= status.start && onlyBlanksBetween(input.body, c.end, status.start));
    const check = DETERMINER.test(words[next]?.text ?? '') ? words[next + 1] : words[next];
    if (unit !== undefined && check !== undefined && unitCheck(input, check)) return diegetic('check-report', unit, [status], ` (${check.text})`);
    // The check, the status, "for", the unit.
    const before = words[at - 1];
    const named = CHECK_OF.test(words[next]?.text ?? '') && words[next + 1] !== undefined ? mentionAt(input, (words[next + 1] as Word).start, false) : undefined;
    if (before !== undefined && named !== undefined && onlyBlanksBetween(input.body, before.end, status.start) && unitCheck(input, before)) {
      return diegetic('check-report', named, [status], ` (${before.text})`);
    }
  }
  return null;
};

/** A check of a unit, not any report ("sync with device failure: Error ..." is no check of the device). */
const unitCheck = (input: RuleInput, word: Word): boolean => input.lexicon.checkNouns.has(word.text.toLowerCase()) && unitReport(input, word);

/** Checks that only a unit answers: "ping to web-2 failed", "Probe failed on db-3: timeout". */
const UNIT_PROBES = new Set(['ping', 'probe']);

/** A check noun that only a unit has (its state, status, health, heartbeat), or a health check ("Health check for api-2 failed"). */
function unitReport(input: RuleInput, check: Word): boolean {
  const noun = check.text.toLowerCase();
  if (input.lexicon.unitReportNouns.has(noun) || UNIT_PROBES.has(noun)) return true;
  if (noun !== 'check') return false;
  const words = input.text.words;
  const previous = words[words.indexOf(check) - 1];
  return previous !== undefined && previous.text.toLowerCase() === 'health' && onlyBlanksBetween(input.body, previous.end, check.start);
}

/** "from" before a state, "to" (or an arrow) between the state left and the one entered. */
const FROM_BEFORE = /from[ \t]+$/;
const TO_BETWEEN = /^[ \t]*(?:to|-?->)[ \t]*$/;

/** The state entered when `cue` is the state left ("state changed from Up to Unreachable"), else `cue`. */
function enteredState(input: RuleInput, cue: StatusCue | undefined): StatusCue | undefined {
  if (cue === undefined || !FROM_BEFORE.test(input.body.slice(Math.max(0, cue.start - 8), cue.start))) return cue;
  const next = input.cues.statuses.find((c) => c.start > cue.end);
  return next !== undefined && TO_BETWEEN.test(input.body.slice(cue.end, next.start)) ? next : cue;
}

/** A colon after a status, then the name. */
const COLON_AFTER = /[ \t]*:[ \t]+/y;
/** Right after the name: the clause ends. */
const CLAUSE_ENDS = /[ \t]*(?:[.;!?](?:\s|$)|$)/y;

/**
 * "Application is not responding: Window{c0ffee1 u0 com.example.chat/.ChatActivity}.", "Service died: org.example.sync":
 * the narrator's bare word for a kind of unit, bad news, then after a colon the name of the unit it befell, alone in its
 * clause. The name tells which unit the bare noun meant: another one. "Server failed: 10.0.0.1:80 already in use" goes
 * on after the name, which is then a detail of the narrator's own failure.
 */
const namedAfterStatus: Rule = (input) => {
  if (!input.body.includes(': ') || !input.cues.statuses.some((c) => c.negative)) return null;
  for (const noun of input.candidates) {
    if (noun.component || !noun.why.startsWith('bare')) continue;
    const status = predicateAfter(input.lexicon, input.body, noun.end, input.cues.statuses);
    if (status === undefined || !status.negative) continue;
    COLON_AFTER.lastIndex = status.end;
    const colon = COLON_AFTER.exec(input.body);
    const subject = colon === null ? undefined : mentionAt(input, status.end + colon[0].length, false);
    if (subject === undefined) continue;
    CLAUSE_ENDS.lastIndex = subject.end;
    if (CLAUSE_ENDS.test(input.body)) return diegetic('named-after-status', subject, [status], ' (named after its bad news)');
  }
  return null;
};

/**
 * After the object of the narrator's next step, what still names it or says for whom, then the end (blanks and closing
 * punctuation, a closing quote too): its pid ("AppFlow (pid 3400)"), its id after a colon ("EC2 instance: i-09b1d3f5"),
 * "for agent build-pod-z9c1v", the signal it sends ("process 2210 (python3) with signal SIGABRT").
 */
const OWN_STEP_TAIL = /^(?:[ \t]*\((?:pid|id)[ =:]?\d+\)|:[ \t]*[\w.:-]+|[ \t]+for[ \t][^:;,]*|(?:[ \t]*\([\w.-]{1,40}\))?[ \t]+with[ \t]+(?:signal[ \t]+)?SIG[A-Z0-9]{2,8})?[\s.!;,)\]'"]*$/i;

/**
 * "terminating pid 3104", "Killing worker-3.", "Terminating EC2 instance: i-09b1d3f5", "Terminating Kubernetes instance
 * for agent build-pod-z9c1v": a gerund whose object ends the message (OWN_STEP_TAIL) announces the narrator's own next
 * step; nothing is said of the unit. The fate the unit met is told with a reason or a state after it ("Killing
 * 2345:app (adj 906): empty", "Expiring session 0x1f, timeout exceeded") or in the past ("Killed process 2281").
 */
function announcesOwnStep(input: RuleInput, verb: string, objectEnd: number): boolean {
  return verb.toLowerCase().endsWith('ing') && OWN_STEP_TAIL.test(input.body.slice(objectEnd));
}

/**
 * "Killing 2345:org.example.app", "Evicting session 0x1f", "Killing 'com.example.news' (6012), adj 906", "Killing
 * taskAttempt:attempt_... because ...": the narrator ends another unit's life because of that unit's state.
 */
const fate: Rule = (input) => {
  if (!input.text.has(Family.fateVerb)) return null;
  for (const m of matchesOf(input.text.index.fate, input.body)) {
    const verb = m[1] ?? '';
    const objectAt = m.index + m[0].length;
    let subject = labelledMentionAt(input, objectAt, false);
    const noun = subject === undefined ? firstWordFrom(input.body, objectAt) : undefined;
    if (noun !== undefined && input.lexicon.fateObjects.has(noun.text.toLowerCase())) {
      const end = firstWordFrom(input.body, noun.end)?.end ?? noun.end;
      subject = { name: input.body.slice(noun.start, end), start: noun.start, end };
    }
    if (subject !== undefined && !announcesOwnStep(input, verb, subject.end)) {
      const verbCue = cueOf(verb, m.index + m[0].indexOf(verb), true);
      const later = input.cues.statuses.filter((c) => c.start >= subject.end && c.negative);
      return diegetic('lifecycle', subject, [verbCue, ...later], ' (lifecycle event)');
    }
  }
  return null;
};

/**
 * Between "from" and the party: a determiner ("the server", "any [host_B4] source"), "remote" ("SMTP error from remote
 * mail server") and an opening bracket or quote ("from 'replica-4'"), each optional. Closed-class words, like the link
 * words of subjectPredicate.ts.
 */
const BEFORE_PARTY = /(?:(?:the|a|an|any|some|each|every)[ \t]+)?(?:remote[ \t]+)?(?:\\?['"]|[[(<])?/iy;
/** "no response", "no answer": the report is that none came, which turns its news over ("no error" is good news). */
const NO_BEFORE = /(?<![A-Za-z])no[ \t]+$/i;

/** A bare IPv4 address: after "from" it names the peer that sent the report ("disconnect from 10.0.3.15"). */
const PEER_ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * After a bare noun, what shows it heads its phrase: punctuation, the end, or a preposition or conjunction ("from
 * master when reading"), where "from disk cache" goes on to the noun it qualifies.
 */
const HEAD_NOUN_END = /^(?:[ \t]*(?:[,.;:!?)\]]|$)|[ \t]+(?:when|while|within|for|to|after|in|on|at|with|since|during|before|because|and|or|but)(?![A-Za-z]))/;
/** Before a bare noun: a quantifier, which names no one party ("no answer from any source"). */
const QUANTIFIER = /^(?:any|some|each|every|all|no)$/i;
/** A system's short name in capitals, maybe with digits: "LIS", "NCC", "HIS2". */
const PEER_ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

/**
 * The party a report came from: a component mention, a bare IPv4 address, a system's acronym that is no English word
 * the lexicon knows ("no ACK from LIS", not "error from SQL"), or a kind of unit named by no name ("no response from
 * server", "error 1236 from master": the report came to the narrator, so its sender is another). Narrower than
 * namingAt: a host with its bracketed address ("disconnect from unknown[192.0.2.4]") ends a session, whose side is not
 * told.
 */
function senderAt(input: RuleInput, at: number): SubjectMention | undefined {
  const mention = mentionAt(input, at, false);
  if (mention !== undefined) return mention;
  const word = firstWordFrom(input.body, at);
  if (word === undefined || word.start !== at) return undefined;
  const lower = word.text.toLowerCase();
  const named = PEER_ADDRESS.test(word.text) || (PEER_ACRONYM.test(word.text) && !input.lexicon.englishWords.has(lower))
    || ((input.lexicon.componentNounSet.has(lower) || input.lexicon.selfNouns.has(lower)) && HEAD_NOUN_END.test(input.body.slice(word.end, word.end + 12))
      && !QUANTIFIER.test(tokenBefore(input.body, word.start) ?? ''));
  return named ? { name: word.text, start: word.start, end: word.end } : undefined;
}

/** "response from X", "error from X", "no answer from any [X] source": what another party answered, or did not. */
const reportFrom: Rule = (input) => {
  if (!input.text.has(Family.reportNoun | Family.from)) return null;
  for (const m of matchesOf(input.text.index.reportFrom, input.body)) {
    const after = m.index + m[0].length;
    BEFORE_PARTY.lastIndex = after;
    const subject = senderAt(input, after + (BEFORE_PARTY.exec(input.body)?.[0].length ?? 0));
    const noun = m[1] ?? '';
    if (subject !== undefined) {
      const no = NO_BEFORE.exec(input.body.slice(Math.max(0, m.index - 8), m.index))?.[0] ?? '';
      const negative = (no !== '') !== (input.lexicon.statusNegative.get(noun.toLowerCase()) ?? false);
      const cue = cueOf(input.body.slice(m.index - no.length, m.index + noun.length), m.index - no.length, negative);
      return diegetic('report-from', subject, [cue], ' (report from another party)');
    }
  }
  return null;
};

/**
 * An article before the name of a party ("unable to connect to the database"), or the bracket a name stands in ("failed
 * to ping [node-3]").
 */
const ARTICLE = /(?:the|a|an)[ \t]+|\[(?=[^\]\s]{1,80}\])/iy;
/** A reach failure's match that ends after "to" or "with" (lexicon.ts, reachFailureRegex). */
const AFTER_TO = /\s(?:to|with)\s+$/i;
/** A reach failure that is a send's ("failure sending message to kc-3-8812"). */
const SENDING = /(?<![A-Za-z])sending(?![A-Za-z])/i;
/**
 * A multicast group's address (IPv4 224.0.0.0/4, IPv6 ff00::/8): a send to a group has no other end, so its failure
 * ("failed to send packet ... to 224.0.0.251:5353 (No route to host)") is the narrator's own.
 */
export const MULTICAST = /(?<![\w.:])(?:2(?:2[4-9]|3\d)\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.])|[Ff][Ff][0-9A-Fa-f]{2}:[0-9A-Fa-f:]*)/;

/** A verb's object: the component mention that holds `offset` ("reach host db-2", a modifier maybe first), or an address. */
function objectAt(input: RuleInput, offset: number): SubjectMention | undefined {
  const mention = input.candidates.find((c) => c.start <= offset && offset < c.end);
  return mention === undefined ? addressAt(input, offset) : mention.component ? mention : undefined;
}

/** The bare self noun starting at `offset` ("server"), which candidates took for the narrator. */
function selfNounAt(input: RuleInput, offset: number): SubjectMention | undefined {
  return input.candidates.find((c) => c.start === offset && c.selfNoun === true);
}

/**
 * "cannot open channel to 3", "unable to connect to db01:5432", "error connecting to master db-1:3306", "unable to contact
 * kdc-2", "error in contacting RM": the other side is unreachable.
 */
const reachFailure: Rule = (input) => {
  if (!input.text.has(Family.reachVerb) || !(input.text.has(Family.failureMarker) || input.text.has(Family.reachFailureNoun))) return null;
  for (const m of matchesOf(input.text.index.reachFailure, input.body)) {
    ARTICLE.lastIndex = m.index + m[0].length;
    const at = ARTICLE.lastIndex + (ARTICLE.exec(input.body)?.[0].length ?? 0);
    // After "to" or "with" any word is the party ("connect to 3"), a bare self noun too ("Can't connect to server on
    // 'db1'": none connects to itself); a verb's object must be named as one ("the end" is not), and so must what a
    // send goes to ("error sending report to the finance team": people are sent things too).
    const sending = SENDING.test(m[0]);
    if (sending && MULTICAST.test(input.body)) continue;
    const subject = !AFTER_TO.test(m[0]) ? objectAt(input, at)
      : sending ? mentionAt(input, at, false) : mentionAt(input, at, true) ?? selfNounAt(input, at);
    if (subject !== undefined) return diegetic('unreachable', subject, [cueOf(m[1] ?? m[2] ?? '', m.index, true)], ' (cannot reach it)');
  }
  return null;
};

/**
 * "crashed service", "1 offline printer", "Lost executor 3": a status used as an adjective of a component noun. A bare
 * link noun's status is that of the party it links to, when one is named: "Lost connection to broker kafka-2:9092".
 */
const attributive: Rule = (input) => {
  if (!input.text.has(Family.attributiveStatus | Family.componentNoun)) return null;
  for (const m of matchesOf(input.text.index.attributive, input.body)) {
    const adjective = m[1] ?? '';
    const noun = m[2] ?? '';
    const nounAt = m.index + m[0].length - noun.length;
    const subject = input.candidates.find((c) => c.start <= nounAt && nounAt < c.end && c.component);
    const negative = input.lexicon.statusNegative.get(adjective.toLowerCase()) ?? true;
    if (subject === undefined || stateAsVerb(input.body, adjective.toLowerCase(), m.index, m.index + adjective.length)) continue;
    const party = input.lexicon.linkNounSet.has(noun.toLowerCase()) ? partyAfterLink(input, m.index + m[0].length) : undefined;
    return diegetic('attributive', party ?? subject, [cueOf(adjective, m.index, negative)], '');
  }
  return null;
};

/** Between a link noun and its party. */
const LINK_TO = /[ \t]+(?:to|with|from)[ \t]+/y;

/** The party named right after a link noun: "connection to broker kafka-2:9092", "channel with 10.0.0.9". */
function partyAfterLink(input: RuleInput, nounEnd: number): SubjectMention | undefined {
  LINK_TO.lastIndex = nounEnd;
  const m = LINK_TO.exec(input.body);
  return m === null ? undefined : namingAt(input, nounEnd + m[0].length);
}

/** "isWifiEnabled true", "isCameraBusy: false": the narrator reports a device's state it queried. */
const deviceQuery: Rule = (input) => {
  if (!input.text.has(Family.deviceQuery)) return null;
  const re = input.text.index.deviceQuery;
  re.lastIndex = 0;
  const m = re.exec(input.body);
  re.lastIndex = 0;
  if (m === null) return null;
  const device = m[1] ?? '';
  const subject = { name: device, start: m.index + 2, end: m.index + 2 + device.length };
  return diegetic('device-state', subject, [cueOf(m[0], m.index, false)], ' (device state query)');
};

/** "LOOKING (n.state)", "peer.status=DOWN": a state field qualified by another party (not "my" or "local"). */
const stateField: Rule = (input) => {
  // Both forms hold "owner.field" verbatim; most bodies hold none of the few ".field" marks.
  if (!input.text.index.stateFieldMarks.some((mark) => input.body.includes(mark))) return null;
  for (const m of matchesOf(input.text.index.stateField, input.body)) {
    const owner = m[1] ?? m[4] ?? '';
    const value = m[2] ?? m[3] ?? '';
    if (owner === '' || input.lexicon.selfWords.has(owner.toLowerCase())) continue;
    const ownerAt = m.index + m[0].indexOf(owner + '.');
    const valueAt = m.index + m[0].indexOf(value);
    return diegetic('state-field', { name: owner, start: ownerAt, end: ownerAt + owner.length }, [cueOf(value, valueAt, input.lexicon.statusNegative.get(value.toLowerCase()) ?? false)], ' (state field)');
  }
  return null;
};

/** "rejected by server db-2", "refused by the turbine controller": the refusal, and a determiner before the party. */
const REFUSED_BY = /\b(rejected|denied|refused)[ \t]+by[ \t]+(?:(?:the|a|an|remote)[ \t]+)?/gi;

/**
 * "request rejected by server db-2", "start refused by turbine controller: rotor imbalance alarm latched": a request
 * another party refused is that party's answer (LABELS.md, rule 3), when a unit is named after "by"; not a refusal by
 * the narrator's own rules ("denied by ACL", "refused by allowlist policy", "rejected by the firewall table").
 */
const refusedBy: Rule = (input) => {
  if (!input.body.includes(' by ')) return null;
  for (const m of matchesOf(REFUSED_BY, input.body)) {
    const party = mentionAt(input, m.index + m[0].length, false);
    if (party === undefined || input.selfNames.has(normalizeName(party.name))) continue;
    // "rejected by the firewall table": a unit's data, the narrator's own rules.
    const next = firstWordFrom(input.body, party.end);
    if (next !== undefined && onlyBlanksBetween(input.body, party.end, next.start) && input.lexicon.dataNouns.has(next.text.toLowerCase())) continue;
    return diegetic('refused-by', party, [cueOf(m[1] as string, m.index, true)], ' (it refused)');
  }
  return null;
};

/** "lock is held by cp-02_8b1e...", "lease is still held by node-b": group 1 the holder. */
const HELD_BY = /\b(?:lock|lease)[ \t]+is[ \t]+(?:still[ \t]+)?held[ \t]+by[ \t]+([\w.:@-]+)/i;
/** Holders that are no instance: a process by its pid, the narrator in the first person. */
const NO_HOLDER = /^(?:pid|process|me|us|this)$/i;

/**
 * "lock is held by cp-02_8b1e4f0a-... and has not yet expired" (client-go's leader election): a lock or lease another
 * instance holds is news of that instance, its leadership; not a lock held by a process ("port still held by PID 3112"),
 * nor by the narrator itself.
 */
const heldBy: Rule = (input) => {
  if (!input.body.includes('held')) return null;
  const m = HELD_BY.exec(input.body);
  const holder = m?.[1];
  if (m === null || holder === undefined || NO_HOLDER.test(holder) || input.selfNames.has(normalizeName(holder))) return null;
  const start = m.index + m[0].length - holder.length;
  return diegetic('lock-holder', { name: holder, start, end: start + holder.length }, [cueOf('held by', m[0].indexOf('held') + m.index, false)], ' (the lock holder)');
};

/** An election named before the role's holder. */
const ELECTION = /\belection\b/i;
/** A member named by its number alone ("standby node is 2": "node 2"). */
const BARE_ID = /^\d+$/;

/**
 * "leader is 1/1288", "Current leader is LeaderBroker{...}", "find_primary_node: standby node is 2": a role of a
 * cluster (leader, primary, standby, master, coordinator) and the member that holds it, named by an id with a digit or
 * a name with a dot, a dash or a brace. Group 1 the role, 2 the member's noun, 3 its name.
 */
const ROLE_HOLDER = /\b(leader|primary|standby|master|coordinator)(?:[ \t]+(node|server|broker|member|instance|replica))?[ \t]+is[ \t]+(?:now[ \t]+)?((?=[\w.:/{}=-]*[\d.{-])[A-Za-z0-9][\w.:/{}=-]*)/i;

/**
 * The member a cluster's role falls to is that member's news, its role as its state; not the narrator itself ("leader
 * is me", its own names), nor the outcome of an election the message says the narrator ran ("completed preferred
 * replica leader election. New leader is 1": its own decision).
 */
const roleHolder: Rule = (input) => {
  if (!input.body.includes(' is ')) return null;
  const m = ROLE_HOLDER.exec(input.body);
  const name = m?.[3];
  if (m === null || name === undefined || input.selfNames.has(normalizeName(name)) || ELECTION.test(input.body.slice(0, m.index))) return null;
  const nameStart = m.index + m[0].length - name.length;
  const noun = m[2];
  const bare = BARE_ID.test(name) && noun !== undefined;
  const start = bare ? m.index + m[0].indexOf(noun, (m[1] as string).length) : nameStart;
  const subject = bare ? `${noun} ${name}` : name;
  return diegetic('role-holder', { name: subject, start, end: nameStart + name.length }, [cueOf(m[1] as string, m.index, false)], ' (the role it holds)');
};

/** "Status update", "state update", "state change": a message that carries a unit's new state. */
const STATE_UPDATE = /\b(?:status|state)[ \t]+(?:update|change)\b/i;
/** Between the state and its unit's name: "for", maybe the unit's noun ("for task"), what closes the clause stops it. */
const FOR_THE_UNIT = /^[^.;!?]*?[ \t]for[ \t]+(?:[A-Za-z]+[ \t]+)?$/;

/**
 * "Status update TASK_RUNNING (Status UUID: ...) for task checkout-api.instance-6e0b of framework ...", "state change
 * FAILED for job etl-17": a cluster manager's or a scheduler's update of a unit's state names the state first and the
 * unit after "for": the news is that unit's. The first state after the words, the first unit after it. Not when the
 * narrator opens with its own act on the update ("Forwarding status update ... for task ...").
 */
const stateUpdateFor: Rule = (input) => {
  const words = STATE_UPDATE.exec(input.body);
  // "Forwarding status update ...", "Sending state change ...": the narrator's own act on the update.
  if (words === null || input.cues.selfAction !== null) return null;
  const from = words.index + words[0].length;
  const state = input.cues.statuses.find((c) => c.start >= from);
  if (state === undefined) return null;
  const subject = input.candidates.find((c) => c.start >= state.end);
  if (subject === undefined || !subject.component || !FOR_THE_UNIT.test(input.body.slice(state.end, subject.start))) return null;
  return diegetic('state-update', subject, [state], ' (a state update for it)');
};

/** The phrase-structure rules in the order decide.ts tries them (unitRules.ts adds the rest). */
export const PHRASE_RULES: readonly Rule[] = [fate, removedForFailure, subjectPredicate, checkReport, statusOfCheck, namedAfterStatus, reportFrom, reachFailure, attributive, deviceQuery, stateField, heldBy, roleHolder, refusedBy, stateUpdateFor];

