/**
 * Cheap pre-checks for the lexicon's regexes, built once per lexicon. Most records hold no phrase of most word lists,
 * and a whole-body regex scan costs far more than looking the body's words up in a Map, so each record first learns
 * which word lists it can match at all (a bit mask) and runs only the regexes that can fire.
 *
 * Why this is exact: every phrase regex of the lexicon starts with a letter that no letter may precede (a lookbehind,
 * "^", punctuation or blanks), and the 'i' flag folds ASCII letters only; so a match can only begin where a maximal
 * run of ASCII letters begins, and that run, lower-cased, is the leading letter run of one of the list's phrases.
 * A list with a phrase that does not start with a letter gets no pre-check (its bit is always set).
 */

import type { Lexicon } from './lexicon.js';
import { requiredLiteral } from './required-literal.js';

/** One bit per word list: the record holds the leading word of one of its phrases. */
export const Family = {
  status: 1,
  componentNoun: 2,
  fateVerb: 4,
  reportNoun: 8,
  from: 16,
  failureMarker: 32,
  reachVerb: 64,
  attributiveStatus: 128,
  /** A letter run "is" + a device noun's initial ("isWifiEnabled"): deviceQueryRegex may fire. */
  deviceQuery: 256,
  progressNoun: 512,
  statusFirst: 1024,
  correctionVerb: 2048,
  stateFieldName: 4096,
  stateEntryVerb: 8192,
  peerEvent: 16384,
  linkNoun: 32768,
  peerError: 65536,
  registrationVerb: 131072,
  reachFailureNoun: 262144,
} as const;

export interface ScanIndex {
  /** Lower-cased leading letter run of a phrase -> the families it opens. */
  readonly families: ReadonlyMap<string, number>;
  /** Length of the longest key of `families`: longer letter runs need no look-up. */
  readonly longestLead: number;
  /**
   * A filter before the look-up: bit set at leadSlot(...) of each key. A letter run whose slot is clear is no key, and
   * is neither copied nor lower-cased (most words of a body open no phrase).
   */
  readonly leadSlots: Uint8Array;
  /** Families whose phrases cannot all be pre-checked: always considered present. */
  readonly always: number;
  /** Sticky copies of statusRegex and componentNounRegex, tried only where a triggering word starts. */
  readonly statusAt: RegExp;
  readonly componentNounAt: RegExp;
  /** Private copies of the other global regexes, so exec loops need not clone them per record (matchAll does). */
  /** With the literal each match must contain (required-literal.ts; '' when none is sure): the pattern's pre-check. */
  readonly componentPatterns: readonly { readonly name: string; readonly regex: RegExp; readonly literal: string; readonly weak: boolean }[];
  readonly fate: RegExp;
  readonly reportFrom: RegExp;
  readonly reachFailure: RegExp;
  readonly attributive: RegExp;
  readonly deviceQuery: RegExp;
  readonly stateField: RegExp;
  readonly stateValueAt: RegExp;
  readonly stateEntry: RegExp;
  readonly progress: RegExp;
  readonly statusFirst: RegExp;
  readonly correctedFault: RegExp;
  /** "." + each state field: stateFieldRegex needs one of them verbatim. */
  readonly stateFieldMarks: readonly string[];
  /** First letters of the device nouns (case-sensitive, as deviceQueryRegex is). */
  readonly deviceInitials: string;
}

const LEADING_LETTERS = /^[A-Za-z]+/;

/** The slot of a letter run in ScanIndex.leadSlots: its length and its first two letters, case folded. */
export function leadSlot(text: string, start: number, end: number): number {
  const length = end - start;
  const second = length > 1 ? text.charCodeAt(start + 1) | 32 : 96;
  return (length << 10) | (((text.charCodeAt(start) | 32) - 96) << 5) | (second - 96);
}

const copy = (re: RegExp): RegExp => new RegExp(re.source, re.flags);
const stickyCopy = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('g', '') + 'y');

function build(lexicon: Lexicon): ScanIndex {
  const families = new Map<string, number>();
  let always = 0;
  const add = (family: number, phrases: Iterable<string>): void => {
    for (const phrase of phrases) {
      const lead = LEADING_LETTERS.exec(phrase.trim())?.[0].toLowerCase();
      if (lead === undefined) always |= family;
      else families.set(lead, (families.get(lead) ?? 0) | family);
    }
  };
  const raw = lexicon.raw;
  add(Family.status, lexicon.statusNegative.keys());
  add(Family.componentNoun, raw.componentNouns);
  add(Family.componentNoun, lexicon.componentNounPlurals.keys());
  add(Family.fateVerb, raw.fateVerbs);
  add(Family.reportNoun, raw.reportNouns);
  add(Family.from, ['from']);
  add(Family.failureMarker, raw.failureMarkers);
  add(Family.reachVerb, raw.reachVerbs);
  add(Family.reachVerb, raw.reachGerunds);
  add(Family.reachVerb, raw.reachObjectVerbs);
  add(Family.reachFailureNoun, raw.reachFailureNouns);
  add(Family.attributiveStatus, raw.attributiveStatuses);
  add(Family.progressNoun, raw.progressNouns);
  add(Family.statusFirst, raw.statusFirstPhrases);
  add(Family.correctionVerb, raw.correctionVerbs);
  add(Family.stateFieldName, raw.stateFields);
  add(Family.stateEntryVerb, raw.stateEntryVerbs);
  add(Family.peerEvent, raw.peerEvents);
  add(Family.linkNoun, raw.linkNouns);
  add(Family.peerError, raw.peerErrors);
  add(Family.registrationVerb, raw.registrationVerbs);
  const deviceInitials = raw.deviceNouns.map((d) => d.charAt(0)).join('');
  if (!/^[A-Za-z]*$/.test(deviceInitials) || raw.deviceNouns.some((d) => d === '')) always |= Family.deviceQuery;
  const longestLead = Math.max(0, ...[...families.keys()].map((lead) => lead.length));
  const leadSlots = new Uint8Array((longestLead + 1) << 10);
  for (const lead of families.keys()) leadSlots[leadSlot(lead, 0, lead.length)] = 1;
  return {
    families,
    longestLead,
    leadSlots,
    always,
    statusAt: stickyCopy(lexicon.statusRegex),
    componentNounAt: stickyCopy(lexicon.componentNounRegex),
    componentPatterns: lexicon.componentPatterns.map((p) => ({ name: p.name, regex: copy(p.regex), literal: requiredLiteral(p.regex.source, p.regex.flags), weak: p.weak === true })),
    fate: copy(lexicon.fateRegex),
    reportFrom: copy(lexicon.reportFromRegex),
    reachFailure: copy(lexicon.reachFailureRegex),
    attributive: copy(lexicon.attributiveRegex),
    deviceQuery: copy(lexicon.deviceQueryRegex),
    stateField: copy(lexicon.stateFieldRegex),
    stateValueAt: copy(lexicon.stateValueRegex),
    stateEntry: copy(lexicon.stateEntryRegex),
    progress: copy(lexicon.progressRegex),
    statusFirst: copy(lexicon.statusFirstRegex),
    correctedFault: copy(lexicon.correctedFaultRegex),
    stateFieldMarks: raw.stateFields.map((f) => `.${f}`),
    deviceInitials,
  };
}

const indexes = new WeakMap<Lexicon, ScanIndex>();

/** The scan index of `lexicon`, built on first use. */
export function scanIndexOf(lexicon: Lexicon): ScanIndex {
  let index = indexes.get(lexicon);
  if (index === undefined) {
    index = build(lexicon);
    indexes.set(lexicon, index);
  }
  return index;
}

/**
 * Every match of the global regex `re` in `text`, exactly as `text.matchAll(re)` yields them (empty matches advance
 * by one code point under the 'u' flag), without cloning the regex. The whole list is built before returning, so a
 * caller may run the same regex again while walking it.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  return found;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}
