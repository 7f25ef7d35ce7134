/**
 * A structured line's fields, from its key-value pairs as either of its parsers reads them (structured-text.ts), by
 * the grammar's key rules (KeyRule in grammar-types.ts):
 * - each rule takes the first of its keys that the line has (a key written twice: its last value, as JSON.parse
 *   keeps it) and gives its field: `message` the record's message, `time` its date and time (and its zone, apart
 *   from the fields: structured-time.ts), any other its own field, and a rule's split the fields of its groups (none
 *   when it does not match the value);
 * - every key no rule takes is a field of its own name (as its text: a string unquoted, a number, literal, object or
 *   array as written), so nothing of the line is lost; a rule's field is set over one of the same name. A JSON null
 *   is no value: the key is as if the line did not have it;
 * - the message is the message key's text, without the line end at its end (Docker's "log" value keeps the newline
 *   the program wrote); a template (Serilog's "@mt") has its holes filled. A line with no message key has the whole
 *   line as its message, as the fallback grammar would read it, and the classifier reads its words.
 * The message stands verbatim in the line where its text does (no escape, no template): `show` highlights there, and
 * highlights the record as a whole where it does not (messageStart -1).
 */
import type { StructuredGrammarSpec } from './grammar-types.js';
import { copyGroups } from './layout-steps.js';
import type { LineParser, ParsedLine } from './line-parser.js';
import { fillTemplate } from './message-template.js';
import { stampText } from './structured-time.js';
import { textOf, textStart, type PairReader, type RawPair } from './structured-text.js';

interface Rule {
  readonly field: string;
  readonly keys: readonly string[];
  /** The fields the split gives a value; consecutive records mostly share theirs (a logger's name). */
  readonly split: ((value: string) => Readonly<Record<string, string | undefined>> | undefined) | undefined;
  readonly templates: ReadonlySet<string>;
  /** The layout-alternative name of each key ("keys.0.keys: msg"), which the samples must all take. */
  readonly alternatives: readonly string[];
}

/** Reads pairs into a ParsedLine; `taken`, when given, receives the alternative name of each key a rule took. */
type StructuredReader = (text: string, pairs: readonly RawPair[], taken?: string[]) => ParsedLine;

interface StructuredFields {
  readonly read: StructuredReader;
  /** Every key of every rule, as an alternative ("keys.0.keys: msg"). */
  readonly alternatives: readonly string[];
}

function structuredFields(spec: StructuredGrammarSpec): StructuredFields {
  const { syntax } = spec;
  /** The raw value that is no value. */
  const absent = syntax === 'json' ? 'null' : undefined;
  const rules: Rule[] = spec.keys.map((rule, r) => ({
    field: rule.field,
    keys: rule.keys,
    split: rule.split === undefined ? undefined : lastSplit(new RegExp(rule.split)),
    templates: new Set(rule.templates ?? []),
    alternatives: rule.keys.map((key) => `keys.${r}.keys: ${key}`),
  }));

  const read: StructuredReader = (text, pairs, taken) => {
    const keys = pairs.map((pair) => (pair.value === absent ? null : textOf(syntax, pair.key)));
    const last = new Map<string, number>();
    keys.forEach((key, i) => key !== null && last.set(key, i));
    const valueOf = (name: string): string | undefined => {
      const i = last.get(name);
      return i === undefined ? undefined : textOf(syntax, (pairs[i] as RawPair).value);
    };
    const picks: { rule: Rule; key: string; pair: RawPair }[] = [];
    for (const rule of rules) {
      const k = rule.keys.findIndex((key) => last.has(key));
      if (k < 0) continue;
      const key = rule.keys[k] as string;
      picks.push({ rule, key, pair: pairs[last.get(key) as number] as RawPair });
      taken?.push(rule.alternatives[k] as string);
    }
    const fields: Record<string, string> = {};
    keys.forEach((key, i) => {
      if (key !== null && !picks.some((pick) => pick.key === key)) fields[key] = textOf(syntax, (pairs[i] as RawPair).value);
    });
    let message = text;
    let messageStart = 0;
    let zone: string | undefined;
    for (const { rule, key, pair } of picks) {
      const value = textOf(syntax, pair.value);
      if (rule.field === 'message') {
        message = withoutLineEnd(rule.templates.has(key) ? fillTemplate(value, valueOf) : value);
        const at = textStart(pair.value, pair.at);
        messageStart = text.startsWith(message, at) ? at : -1;
      } else if (rule.field === 'time') {
        if (value === '') continue;
        const stamp = stampText(value);
        fields['time'] = stamp.time;
        if (stamp.date !== undefined) fields['date'] = stamp.date;
        zone = stamp.zone;
      } else {
        fields[rule.field] = value;
        const groups = rule.split?.(value);
        if (groups !== undefined) copyGroups(fields, groups);
      }
    }
    return { fields, messageStart, bodyStart: messageStart, message, zone };
  };
  return { read, alternatives: rules.flatMap((rule) => rule.alternatives) };
}

/** A split's groups of a value, the last value's kept. */
function lastSplit(split: RegExp): (value: string) => Readonly<Record<string, string | undefined>> | undefined {
  let last: string | undefined;
  let groups: Readonly<Record<string, string | undefined>> | undefined;
  return (value) => {
    if (value !== last) {
      groups = split.exec(value)?.groups;
      last = value;
    }
    return groups;
  };
}

/** The text without the line end(s) at its end. */
function withoutLineEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** A structured grammar's line parser, reading pairs with `readPairs` (the fast scanner, or the parser of record). */
export function structuredLineParser(spec: StructuredGrammarSpec, readPairs: PairReader): LineParser {
  const { read, alternatives } = structuredFields(spec);
  return {
    parse(text) {
      const pairs = readPairs(text);
      return pairs === null ? null : read(text, pairs);
    },
    parseTraced(text) {
      const pairs = readPairs(text);
      if (pairs === null) return null;
      const taken: string[] = [];
      return { line: read(text, pairs, taken), alternatives: taken };
    },
    alternatives,
  };
}
