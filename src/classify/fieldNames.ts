/**
 * Names of units given in a message's fields (key: value, key=value): a bare unit noun a rule found as subject
 * ("upstream timed out") is named by the field of that key when the message has one.
 */

import type { RuleInput, SubjectMention } from './rules.js';

/** A URL's scheme, host and port: which upstream, whatever path the request had. */
const ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/[^/\s"]+/i;

/** A field of each key, sticky, made once per key. */
const fieldRegexes = new Map<string, RegExp>();

function fieldOf(key: string): RegExp {
  let re = fieldRegexes.get(key);
  if (re === undefined) {
    re = new RegExp(`(?<![\\w.-])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[-_]?name)?(?::[ \\t]*|=)("(?:[^"\\\\]|\\\\.)*"|[^\\s",]+)`, 'iy');
    fieldRegexes.set(key, re);
  }
  return re;
}

/**
 * The mention named by its field when it is a bare unit noun (the lexicon's fieldSubjects) and a later field of that
 * key gives its name: nginx's "... while connecting to upstream, ..., upstream: \"http://10.0.2.15:8080/api\"" is about
 * upstream http://10.0.2.15:8080 (a URL counts by its origin), "node lost ... node=worker-3" about worker-3 (a key may
 * end in "name": "backend_name=pay-2").
 */
export function namedByField(input: RuleInput, mention: SubjectMention): SubjectMention {
  const key = mention.name.toLowerCase();
  if (!input.lexicon.fieldSubjects.has(key)) return namedByRecordField(input, mention);
  const field = fieldOf(key);
  const lower = input.body.toLowerCase();
  for (let at = lower.indexOf(key, mention.end); at !== -1; at = lower.indexOf(key, at + 1)) {
    field.lastIndex = at;
    const m = field.exec(input.body);
    if (m === null) continue;
    const raw = m[1] as string;
    const value = raw.startsWith('"') ? raw.slice(1, -1) : raw;
    const name = ORIGIN.exec(value)?.[0] ?? value;
    return name === '' ? mention : { ...mention, name };
  }
  return namedByRecordField(input, mention);
}

/** A common noun phrase: lower-case words ("peer", "remote peer"), no proper name. */
const COMMON_NOUNS = /^[a-z]+(?:[ \t]+[a-z]+)*$/;

/**
 * A structured record names the unit in a field of its own: "peer became active" with `"peer-id":"91bc3c"`, "lost
 * connection with remote peer" with `"remote-peer-id":...` are about that peer. Only a bare noun phrase is named so.
 */
function namedByRecordField(input: RuleInput, mention: SubjectMention): SubjectMention {
  if (!COMMON_NOUNS.test(mention.name)) return mention;
  const noun = mention.name.slice(mention.name.search(/[a-z]+$/));
  const unit = input.unitFields.find((f) => f.unit === noun);
  return unit === undefined ? mention : { ...mention, name: unit.value };
}
