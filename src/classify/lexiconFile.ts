/** Reading and validating one lexicon file (built-in or user-supplied) into a RawLexicon. */

import { readFileSync } from 'node:fs';
import { DataFileError } from '../errors.js';

export interface StatusWord {
  readonly phrase: string;
  readonly negative: boolean;
}

export interface NamedPattern {
  readonly name: string;
  readonly pattern: string;
  /**
   * Component patterns only: the shape alone is weak evidence of a unit ("cache-01" could be a numbered step,
   * "media-store" a hyphenated English word). See findCandidates (candidates.ts) for what such a name needs.
   */
  readonly weak?: boolean;
}

/** The lexicon as written in a file: every list is optional in a user file and merged onto the built-in one. */
export interface RawLexicon {
  statuses: StatusWord[];
  unitStatuses: string[];
  componentNouns: string[];
  namedOnlyNouns: string[];
  checkNouns: string[];
  selfNouns: string[];
  stateFields: string[];
  componentPatterns: NamedPattern[];
  dataPatterns: NamedPattern[];
  dataNameSuffixes: string[];
  linkWords: string[];
  subjectQualifiers: string[];
  selfActionVerbs: string[];
  fateVerbs: string[];
  fateObjects: string[];
  reportNouns: string[];
  reachVerbs: string[];
  failureMarkers: string[];
  reachFailureNouns: string[];
  reachGerunds: string[];
  reachObjectVerbs: string[];
  deviceNouns: string[];
  attributiveStatuses: string[];
  progressNouns: string[];
  outcomeVerbs: string[];
  statusFirstPhrases: string[];
  faultNouns: string[];
  correctionVerbs: string[];
  hardwareParts: string[];
  numberedNonUnits: string[];
  stateEntryVerbs: string[];
  stateNouns: string[];
  commonNounEndings: string[];
  notNames: string[];
  registrationVerbs: string[];
  supervisorNarrators: string[];
  lifecycleOpeners: string[];
  workerRoles: string[];
  workNouns: string[];
  fieldSubjects: string[];
  settingStatuses: string[];
  devicePrefixes: NamedPattern[];
  /** Peer vocabulary (peerRules.ts). */
  addressPatterns: NamedPattern[];
  peerEvents: string[];
  receiptVerbs: string[];
  linkNouns: string[];
  linkEndings: string[];
  peerErrors: string[];
  replyStatuses: string[];
  transferVerbs: string[];
  selfWords: string[];
  componentNames: string[];
  narratorAliases: Record<string, string[]>;
}

export type WordListKey = {
  [K in keyof RawLexicon]: RawLexicon[K] extends string[] ? K : never;
}[keyof RawLexicon];

export const WORD_LISTS: readonly WordListKey[] = [
  'unitStatuses', 'componentNouns', 'namedOnlyNouns', 'selfNouns', 'checkNouns', 'stateFields', 'dataNameSuffixes', 'linkWords', 'subjectQualifiers', 'selfActionVerbs',
  'fateVerbs', 'fateObjects', 'reportNouns', 'reachVerbs', 'failureMarkers', 'reachFailureNouns', 'reachGerunds', 'reachObjectVerbs', 'deviceNouns', 'attributiveStatuses',
  'progressNouns', 'outcomeVerbs', 'statusFirstPhrases', 'faultNouns', 'correctionVerbs', 'hardwareParts', 'numberedNonUnits', 'stateEntryVerbs', 'stateNouns', 'commonNounEndings', 'notNames', 'registrationVerbs', 'supervisorNarrators', 'lifecycleOpeners', 'workerRoles', 'workNouns', 'fieldSubjects', 'settingStatuses', 'selfWords', 'componentNames',
  'peerEvents', 'receiptVerbs', 'linkNouns', 'linkEndings', 'peerErrors', 'replyStatuses', 'transferVerbs',
];

const DOC_KEYS = new Set(['$schema', 'description']);

export function emptyRawLexicon(): RawLexicon {
  const raw: Partial<RawLexicon> = { statuses: [], componentPatterns: [], dataPatterns: [], devicePrefixes: [], addressPatterns: [], narratorAliases: {} };
  for (const key of WORD_LISTS) raw[key] = [];
  return raw as RawLexicon;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** Reports the first problem found, with a JSON-path-like place, as a DataFileError. */
class Checker {
  constructor(readonly file: string) {}

  fail(where: string, problem: string): never {
    throw new DataFileError(this.file, where, problem);
  }

  object(value: unknown, where: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(where, `expected an object, got ${typeName(value)}`);
    }
    return value as Record<string, unknown>;
  }

  array(value: unknown, where: string): unknown[] {
    if (!Array.isArray(value)) this.fail(where, `expected an array, got ${typeName(value)}`);
    return value;
  }

  text(value: unknown, where: string): string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(where, `expected a non-empty string, got ${typeName(value)} ${JSON.stringify(value)}`);
    }
    return value;
  }

  words(value: unknown, where: string): string[] {
    return this.array(value, where).map((item, i) => this.text(item, `${where}[${i}]`));
  }

  /** A pattern must compile and must not repeat a group that itself holds a quantifier (catastrophic backtracking). */
  pattern(value: unknown, where: string): string {
    const source = this.text(value, where);
    try {
      new RegExp(source, 'u');
    } catch (err) {
      this.fail(where, `invalid regular expression ${JSON.stringify(source)}: ${(err as Error).message}`);
    }
    if (/\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/.test(source)) {
      this.fail(where, `nested quantifier in ${JSON.stringify(source)} can backtrack catastrophically; expected a group without + or * inside when the group itself repeats`);
    }
    return source;
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    let where = 'JSON';
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      where = `line ${line} column ${Number(at[1]) - before.lastIndexOf('\n')}`;
    }
    throw new DataFileError(file, where, `invalid JSON: ${message}`);
  }
}

/** Reads one lexicon file; every problem comes back as a DataFileError naming file, place and problem. */
export function readLexiconFile(file: string): RawLexicon {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DataFileError(file, 'file', `cannot read lexicon: ${(err as Error).message}`);
  }
  const check = new Checker(file);
  const top = check.object(parseJson(file, text), '$');
  const raw = emptyRawLexicon();
  for (const [key, value] of Object.entries(top)) {
    const where = `$.${key}`;
    if (DOC_KEYS.has(key)) continue;
    if (key === 'statuses') {
      raw.statuses = check.array(value, where).map((item, i) => {
        const entry = check.object(item, `${where}[${i}]`);
        const phrase = check.text(entry['phrase'], `${where}[${i}].phrase`);
        const negative = entry['negative'];
        if (typeof negative !== 'boolean') return check.fail(`${where}[${i}].negative`, `expected true or false, got ${typeName(negative)}`);
        return { phrase, negative };
      });
    } else if (key === 'componentPatterns' || key === 'dataPatterns' || key === 'devicePrefixes' || key === 'addressPatterns') {
      raw[key] = check.array(value, where).map((item, i) => {
        const entry = check.object(item, `${where}[${i}]`);
        const named = { name: check.text(entry['name'], `${where}[${i}].name`), pattern: check.pattern(entry['pattern'], `${where}[${i}].pattern`) };
        const weak = entry['weak'];
        if (weak === undefined) return named;
        if (key !== 'componentPatterns') return check.fail(`${where}[${i}].weak`, 'only a component pattern can be weak');
        if (typeof weak !== 'boolean') return check.fail(`${where}[${i}].weak`, `expected true or false, got ${typeName(weak)}`);
        return { ...named, weak };
      });
    } else if (key === 'narratorAliases') {
      const aliases = check.object(value, where);
      for (const [narrator, names] of Object.entries(aliases)) raw.narratorAliases[narrator] = check.words(names, `${where}.${narrator}`);
    } else if ((WORD_LISTS as readonly string[]).includes(key)) {
      raw[key as WordListKey] = check.words(value, where);
    } else {
      check.fail(where, `unknown key; expected one of statuses, componentPatterns, dataPatterns, devicePrefixes, addressPatterns, narratorAliases, ${WORD_LISTS.join(', ')}`);
    }
  }
  return raw;
}

/** Merges `extra` onto `base`: lists are appended (duplicates dropped), aliases are added per narrator. */
export function mergeRawLexicons(base: RawLexicon, extra: RawLexicon): RawLexicon {
  const merged = emptyRawLexicon();
  const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
  for (const key of WORD_LISTS) merged[key] = union(base[key], extra[key]);
  const phrases = new Map<string, StatusWord>();
  for (const s of [...base.statuses, ...extra.statuses]) phrases.set(s.phrase.toLowerCase(), s);
  merged.statuses = [...phrases.values()];
  merged.componentPatterns = [...base.componentPatterns, ...extra.componentPatterns];
  merged.dataPatterns = [...base.dataPatterns, ...extra.dataPatterns];
  merged.devicePrefixes = [...base.devicePrefixes, ...extra.devicePrefixes];
  merged.addressPatterns = [...base.addressPatterns, ...extra.addressPatterns];
  for (const source of [base.narratorAliases, extra.narratorAliases]) {
    for (const [narrator, names] of Object.entries(source)) {
      merged.narratorAliases[narrator] = union(merged.narratorAliases[narrator] ?? [], names);
    }
  }
  return merged;
}
