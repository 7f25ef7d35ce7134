/**
 * Rules for structured messages: a short text, then key=value fields naming what it is about, as klog, logfmt, slog
 * and zap write them (`"Probe failed" probeType="Readiness" pod="shop/api-7c9f"`, `msg="probe failed" pod=shop/api`).
 * The text says what happened, a field says to which unit: when the text holds bad news and a field names a unit
 * (the lexicon's fieldSubjects: pod, node, upstream...), the news is that unit's. Only bad news counts: "Successfully
 * registered node" node="worker-2" is the narrator's own doing, good news of a unit it handles.
 */

import { diegetic, type Rule } from './rules.js';
import { matchesOf } from './scan.js';
import { normalizeName } from './text.js';

/** A field: key, then a quoted value (escapes kept) or a bare one. */
const FIELD = /(?<![\w.-])([A-Za-z][\w.-]*)=("(?:[^"\\]|\\.)*"|[^\s"]*)/g;
/** Keys whose value is the message's text (logfmt, slog). */
const TEXT_KEYS = new Set(['msg', 'message']);
/** A key's parts that only say which property of the unit it holds: "podName", "pod_name" are the pod. */
const NAME_SUFFIX = /[-_]?name$/i;

/** The key as fieldSubjects lists it: lower case, without a trailing "Name". */
function fieldSubjectKey(key: string): string {
  return key.replace(NAME_SUFFIX, '').toLowerCase();
}

/**
 * `"Probe failed" pod="shop/api-7c9f"`, `msg="lost lease" node=worker-3`, `"Error syncing pod, skipping" err="..."
 * pod="shop/api"`: bad news in the text, and a field naming the unit it is about.
 */
const fieldSubject: Rule = (input) => {
  const body = input.body;
  const negatives = input.cues.statuses.filter((c) => c.negative);
  if (negatives.length === 0 || !body.includes('=')) return null;
  const fields = matchesOf(FIELD, body);
  const first = fields[0];
  if (first === undefined) return null;
  // The text: the msg field's value, else what stands before the first field.
  const text = fields.find((f) => TEXT_KEYS.has((f[1] as string).toLowerCase()));
  const textStart = text === undefined ? 0 : text.index + (text[1] as string).length + 1;
  const textEnd = text === undefined ? first.index : text.index + text[0].length;
  const status = negatives.find((c) => c.start >= textStart && c.end <= textEnd);
  if (status === undefined) return null;
  for (const f of fields) {
    if (!input.lexicon.fieldSubjects.has(fieldSubjectKey(f[1] as string))) continue;
    const raw = f[2] as string;
    const quoted = raw.startsWith('"') ? 1 : 0;
    const name = raw.slice(quoted, raw.length - quoted);
    if (name === '' || input.selfNames.has(normalizeName(name))) continue;
    const start = f.index + (f[1] as string).length + 1 + quoted;
    return diegetic('field-subject', { name, start, end: start + name.length }, [status], ' (the unit its field names)');
  }
  return null;
};

/** Tried after the peer rules, in this order. */
export const FIELD_RULES: readonly Rule[] = [fieldSubject];
