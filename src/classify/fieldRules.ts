/**
 * Rules for structured messages: a short text, then key=value fields naming what it is about, as klog, logfmt, slog
 * and zap write them (`"Probe failed" probeType="Readiness" pod="shop/api-7c9f"`, `msg="probe failed" pod=shop/api`).
 * The text says what happened, a field says to which unit: when the text holds bad news and a field names a unit
 * (the lexicon's fieldSubjects: pod, node, upstream...), the news is that unit's. Only bad news counts, a check's
 * result ("Probe succeeded", "Health check up") and a state entered ("health status: Progressing -> Healthy"):
 * "Successfully registered node" node="worker-2" is the narrator's own doing, good news of a unit it handles. A field
 * that holds the unit's state is another matter: `"Pod status updated" pod="kube-system/proxy-x" status=Running`
 * reports the pod's state, good or bad, as "Status OK" does in prose.
 */

import { cueOf, diegetic, type Rule, type RuleInput, type SubjectMention, type Verdict } from './rules.js';
import type { StatusCue } from './cues.js';
import { matchesOf } from './scan.js';
import { isErrorKey, showsRemoteFailure } from './recordFields.js';
import { normalizeName, tokenBefore } from './text.js';

/**
 * A field: key, "=" and a quoted value (escapes kept) or a bare one; or key, ": " and a value in single quotes, as
 * MySQL writes them ("Aborted connection 402 to db: 'orders' user: 'app_rw' host: '10.20.1.44'"), or a capitalized key,
 * ": " and a value in double quotes, as Traefik does ("Health check failed, removing from server list. Backend:
 * "erp@file" URL: ..."); nginx's lower-case `host: "shop.example"` is the request's Host header, the narrator's own
 * virtual server. Group 2 the separator, group 3 the value.
 */
const FIELD = /(?<![\w.-])([A-Za-z][\w.-]*)(=|: (?=')|(?<=(?<![\w.-])[A-Z][\w.-]*): (?="))("(?:[^"\\]|\\.)*"|'[^'\n]*'|[^\s"]*)/g;

/** Whether a body may hold fields at all (a quick test before FIELD). */
const mayHoldFields = (body: string): boolean => body.includes('=') || body.includes(": '") || body.includes(': "');
/** Keys whose value is the message's text (logfmt, slog). */
const TEXT_KEYS = new Set(['msg', 'message']);
/** A key's parts that only say which property of the unit it holds: "podName", "pod_name", "server-id" are the unit. */
const NAME_SUFFIX = /[-_]?(?:name|id)$/i;

/** The key as fieldSubjects lists it: lower case, without a trailing "Name" or "Id". */
function fieldSubjectKey(key: string): string {
  return key.replace(NAME_SUFFIX, '').toLowerCase();
}

/**
 * `"Probe failed" pod="shop/api-7c9f"`, `msg="lost lease" node=worker-3`, `"Error syncing pod, skipping" err="..."
 * pod="shop/api"`: bad news in the text, and a field naming the unit it is about.
 */
const fieldSubject: Rule = (input) => {
  const body = input.body;
  const negatives = input.cues.statuses.filter((c) => c.negative || checkResult(input, c) || stateEntered(input, c));
  if (negatives.length === 0) return null;
  const fields = mayHoldFields(body) ? matchesOf(FIELD, body) : [];
  const first = fields[0];
  // No field in the body: the whole body is the text, and the record's own fields may name the unit.
  if (first === undefined) return recordUnitSubject(input, negatives[0] as StatusCue);
  // The text: the msg field's value, else what stands before the first field.
  const text = fields.find((f) => TEXT_KEYS.has((f[1] as string).toLowerCase()));
  const textStart = text === undefined ? 0 : text.index + (text[1] as string).length + (text[2] as string).length;
  const textEnd = text === undefined ? first.index : text.index + text[0].length;
  const status = negatives.find((c) => c.start >= textStart && c.end <= textEnd);
  if (status === undefined) return null;
  const unit = unitField(input, fields);
  if (unit !== null) return diegetic('field-subject', unit, [status], ' (the unit its field names)');
  return recordUnitSubject(input, status) ?? errorInBody(input, fields, status);
};

/**
 * `"Failed to update lease" err="etcdserver: request timed out"`: bad news in the text and an error field of the body
 * (klog, logfmt in a message) showing the other side failing, where no field names the unit: the party the error
 * dials or requests, else the other end, as remoteErrorField reads a record's own error field.
 */
function errorInBody(input: RuleInput, fields: readonly RegExpExecArray[], status: StatusCue): Verdict | null {
  const error = fields.find((f) => isErrorKey(f[1] as string));
  if (error === undefined || ownDataAfter(input, status)) return null;
  const text = valueOf(error).name;
  return showsRemoteFailure(text) ? errorVerdict(input, text, status) : null;
}

/**
 * "Health check up: returning to server list. Backend: ...": a check's result right after the check's noun, good news
 * too, is the state of the unit checked, as "ModuleA integrity check. Status OK." is (rules.ts, checkReport).
 */
function checkResult(input: RuleInput, status: StatusCue): boolean {
  const before = tokenBefore(input.body, status.start);
  return before !== undefined && input.lexicon.checkNouns.has(before.replace(LEADING_MARKS, '').toLowerCase());
}

/** Quotes and brackets before a word (`"Probe succeeded"`). */
const LEADING_MARKS = /^[^A-Za-z]+/;

/**
 * Before a state entered: a state word, maybe its change and a colon, the state left and an arrow ("health status:
 * Progressing -> ", "health status changed: Unknown -> ").
 */
const STATE_ARROW_BEFORE = /(?:health|status|state)(?:[ \t]+(?:changed|updated))?[ \t]*:?[ \t]+[A-Za-z][\w-]{0,30}[ \t]*-{1,2}>[ \t]*$/i;

/**
 * "Updated health status: Progressing -> Healthy": a state entered, after the state word and the state left, is the
 * state of the unit a field names, good news too, as a state field's value is (fieldState).
 */
function stateEntered(input: RuleInput, status: StatusCue): boolean {
  return STATE_ARROW_BEFORE.test(input.body.slice(Math.max(0, status.start - 64), status.start));
}

/**
 * `{"msg":"prober detected unhealthy status","remote-peer-id":"91bc3c"}`: bad news in the message, and a field of the
 * record naming a unit other than the narrator's own (recordFields.ts). When the record carries the error itself
 * (`err=`), the error must show the unit's side failing: `msg="Scrape failed" target=... err="... connection refused"`
 * is the target's, `msg="Append failed" target=... err="... no space left on device"` the narrator's own.
 */
function recordUnitSubject(input: RuleInput, status: StatusCue): Verdict | null {
  const unit = input.unitFields[0];
  if (unit === undefined || ownDataAfter(input, status) || input.errorField === 'local') return null;
  return diegetic('field-subject', { name: unit.value, start: -1, end: -1 }, [status], ` (the ${unit.unit} its record field names)`);
}

/**
 * A key holding the state of a kind of unit (group 1 the kind): "vdev_state=FAULTED" beside "vdev=...", as ZFS's zed
 * writes its events, "link-state=down", "peerState=Idle".
 */
const STATE_OF_KIND = /^([a-z][a-z0-9]{1,15})[-_]?(?:state|status|health)$/;

/**
 * `pod="kube-system/proxy-x" status=Running`, `member=pay-2 state=unhealthy`: a field holding a state (the lexicon's
 * stateFields) whose value is a status word, and a field naming the unit it is the state of.
 */
const fieldState: Rule = (input) => {
  const body = input.body;
  if (input.cues.statuses.length === 0 || !mayHoldFields(body)) return null;
  const fields = matchesOf(FIELD, body);
  for (const f of fields) {
    const key = (f[1] as string).toLowerCase();
    const kind = input.lexicon.stateFieldKeys.has(key) ? undefined : STATE_OF_KIND.exec(key)?.[1];
    // A piece of work's state ("job-status=running") is the state of the narrator's own work.
    if (kind === undefined ? !input.lexicon.stateFieldKeys.has(key) : input.lexicon.workNouns.has(kind)) continue;
    const { start, end } = valueOf(f);
    const status = input.cues.statuses.find((c) => c.start === start && c.end === end);
    if (status === undefined) continue;
    const unit = (kind === undefined ? null : fieldOfKey(input, fields, kind)) ?? unitField(input, fields);
    return unit === null ? null : diegetic('field-state', unit, [status], ' (the state of the unit its field names)');
  }
  return null;
};

/** The value of the field of key `kind` ("vdev=ata-WDC...-part1" for "vdev_state"), when it names something. */
function fieldOfKey(input: RuleInput, fields: readonly RegExpExecArray[], kind: string): SubjectMention | null {
  const f = fields.find((x) => (x[1] as string).toLowerCase() === kind);
  if (f === undefined) return null;
  const value = valueOf(f);
  return value.name === '' || input.selfNames.has(normalizeName(value.name)) ? null : value;
}

/** The rest of a clause after a status, up to six words: "failed| to write container config: ...". */
const CLAUSE_AFTER = /(?:[ \t]+[A-Za-z][\w-]*){1,6}/y;

/**
 * "failed to write container config", "unable to parse node list": what failed is the narrator's work on its own data
 * (the lexicon's data type words), though a field names the unit the data is of. A state word ("unhealthy status")
 * names the unit's state, not data.
 */
function ownDataAfter(input: RuleInput, status: StatusCue): boolean {
  CLAUSE_AFTER.lastIndex = status.end;
  const words = CLAUSE_AFTER.exec(input.body)?.[0].trim().split(/[ \t]+/) ?? [];
  return words.some((w) => input.lexicon.dataNouns.has(w.toLowerCase()) && !input.lexicon.stateFieldKeys.has(w.toLowerCase()));
}

/** Where a field's value stands in the body, its quotes left out. */
function valueOf(f: RegExpExecArray): SubjectMention {
  const raw = f[3] as string;
  const quoted = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
  const start = f.index + (f[1] as string).length + (f[2] as string).length + quoted;
  return { name: raw.slice(quoted, raw.length - quoted), start, end: start + raw.length - 2 * quoted };
}

/** The first field naming a unit (the lexicon's fieldSubjects) other than the narrator, as a mention of its value. */
function unitField(input: RuleInput, fields: readonly RegExpExecArray[]): SubjectMention | null {
  for (const f of fields) {
    if (!input.lexicon.fieldSubjects.has(fieldSubjectKey(f[1] as string))) continue;
    const value = valueOf(f);
    if (value.name !== '' && !input.selfNames.has(normalizeName(value.name))) return value;
  }
  return null;
}

/**
 * A watch's event about a unit, as Kubernetes informers and their clients log them: "Add event for unscheduled pod",
 * "Update event for node", "Handling event delete for pod cart-5d9f in namespace shop", and a bare "event for pod" that
 * is a structured message's whole text ("SyncLoop (PLEG): event for pod" pod=...; not "Handled event for server in
 * area: ...", the narrator's own handling). Group 1 the event's words, group 2 the unit's noun.
 */
const WATCH_EVENT = /\b((?:add|update|delete|added|updated|deleted|modified)[ \t]+event|event[ \t]+(?:add|update|delete|added|updated|deleted|modified)|event(?=[ \t]+for[ \t]+[a-z]+"))[ \t]+for[ \t]+(?:(?:un)?scheduled[ \t]+|assigned[ \t]+)?([a-z]+)\b/i;
/** The name right after the unit's noun: "pod cart-5d9f" (a word with a digit, a dash, a dot or a slash in it). */
const NAME_AFTER = /^[ \t]+([\w.:/-]*[\d./:-][\w.:/-]*)/;

/**
 * `"Add event for unscheduled pod" pod="batch/report-7f"`, `Handling event add for pod cart-5d9f in namespace shop`:
 * an event a watch delivered about a unit of a kind the lexicon's fieldSubjects name (pod, node, service...) is news of
 * that unit, a change the API reports of it: the unit named by its field, else the name after its noun.
 */
const watchEvent: Rule = (input) => {
  const body = input.body;
  if (!body.includes('vent')) return null;
  const m = WATCH_EVENT.exec(body);
  const noun = m?.[2]?.toLowerCase();
  if (m === null || noun === undefined || !input.lexicon.fieldSubjects.has(noun)) return null;
  const event = cueOf(m[1] as string, m.index, false);
  const fields = mayHoldFields(body) ? matchesOf(FIELD, body) : [];
  const field = fieldOfKey(input, fields, noun);
  if (field !== null) return diegetic('watch-event', field, [event], ` (an event of the ${noun} its field names)`);
  const after = m.index + m[0].length;
  const name = NAME_AFTER.exec(body.slice(after, after + 256))?.[1];
  if (name === undefined || input.selfNames.has(normalizeName(name))) return null;
  const start = body.indexOf(name, after);
  return diegetic('watch-event', { name, start, end: start + name.length }, [event], ` (an event of that ${noun})`);
};

/**
 * The party an error names: the address dialed or connected to ("dial tcp 10.8.2.20:5432: connect: ...", "connect to
 * ldap1.example:636"), or the host of a request ('Post "https://stats.example.org/report": ...').
 */
const ERROR_PARTY = /(?:dial (?:tcp|udp)[46]? |connect(?:ing)? to |\b(?:GET|POST|PUT|DELETE|Get|Post|Put|Delete) "?(?:https?:\/\/)?)([\w.-]+(?::\d{1,5})?)/;

/**
 * `msg="Failed to fetch alert rules" error="dial tcp 10.8.2.20:5432: connect: connection refused"`: bad news in a
 * structured record's message, and its own error field showing the other side failing (recordFields.ts errorFieldOf),
 * where no field names the unit: the failure is the party's the error names, else the other end's.
 */
const remoteErrorField: Rule = (input) => {
  if (input.errorField !== 'remote' || input.unitFields.length > 0) return null;
  const status = input.cues.statuses.find((c) => c.negative);
  if (status === undefined || ownDataAfter(input, status)) return null;
  return errorVerdict(input, input.errorText ?? '', status);
};

/** The verdict of an error showing the other side failing: the party it names (ERROR_PARTY), else the other end. */
function errorVerdict(input: RuleInput, error: string, status: StatusCue): Verdict {
  const party = ERROR_PARTY.exec(error)?.[1];
  const name = party === undefined || input.selfNames.has(normalizeName(party)) ? 'the other end' : party;
  return diegetic('error-field', { name, start: -1, end: -1 }, [status], ' (its error shows the other side failing)');
}

/** Tried after the peer rules. */
export const FIELD_RULES: readonly Rule[] = [fieldSubject, watchEvent, remoteErrorField];

/**
 * Tried before the phrase and unit rules: a unit field beside a state field names the unit exactly, where they would
 * take a word of the text ("SyncLoop (probe)") for the subject.
 */
export const STATE_FIELD_RULES: readonly Rule[] = [fieldState];
