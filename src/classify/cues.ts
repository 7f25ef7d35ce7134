/** Cues: the status/outcome words and the self-action verb a message body holds, with offsets. */

import type { Lexicon } from './lexicon.js';
import type { Body } from './body.js';
import { Family } from './scan.js';
import { DURATION, firstWordFrom } from './text.js';

export interface StatusCue {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly negative: boolean;
}

export interface SelfActionCue {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Cues {
  readonly statuses: readonly StatusCue[];
  /** The narrator's own action verb opening the body ("calling", "Connecting"), if any. */
  readonly selfAction: SelfActionCue | null;
}

const BLANKS = /\s+/g;
/**
 * "went down to 3", "up by 12%", "snapshot up to: index=1856310": a direction word, then "to" or "by" and a quantity
 * (maybe labelled), moves that quantity; it is no state. Only direction words do: "failed to 10.0.4.17:80" is a
 * failure, and an address is no quantity. So do the lexicon's setting statuses: "raising the probe timeout to 5000 ms"
 * sets a parameter; no timeout happened.
 */
const DIRECTIONS = new Set(['up', 'down']);
const TO_A_QUANTITY = /\s+(?:to|by)(?:\s*:\s*[a-z]+=|\s+[a-z]+=)?\s*[-+]?\d+(?:[.,]\d+)?%?(?![\w.:])/y;
/**
 * "Bringing device ens192 up", "taking node-3 down for maintenance", "setting eth0 up": a direction word after a verb
 * and its object is the verb's particle, the narrator's own act on the object; it is no state. Right after the verb
 * ("powered down", "shut down") it is the state the verb names.
 */
const PHRASAL_VERB_BEFORE = /(?:^|[^A-Za-z])(?:bring|brings|bringing|brought|set|sets|setting|take|takes|taking|took|turn|turns|turning|turned|shut|shuts|shutting|spin|spins|spinning|spun|power|powers|powering|powered|scale|scales|scaling|scaled)[ \t]+(?:[^ \t]+[ \t]+){1,3}$/i;
/**
 * "see the SQL Server error log", "the error rate of the pool", "failure count 3", "gateway fault memory": a status
 * word before a noun of data or a measure is that noun's modifier; nothing failed.
 */
const MODIFIERS = new Set(['error', 'errors', 'failure', 'failures', 'fault']);
const MODIFIED_NOUN = /[ \t]+(?:log|logs|file|files|page|pages|handler|handlers|count|counts|counter|counters|rate|rates|budget|threshold|memory|record|records|distance)(?![\w-])/y;

function modifiesNoun(text: string, at: number): boolean {
  MODIFIED_NOUN.lastIndex = at;
  return MODIFIED_NOUN.test(text);
}
/** After a key's "=": a flag that is off or a figure ("false", "nil", "0", "30s", "1.5"), a setting's value, no state. */
const SETTING_VALUE = /=(?:false|nil|null|none|\d+(?:\.\d+)?(?:ms|s|m|h)?)(?![\w.])/iy;

function keyOfSetting(text: string, at: number): boolean {
  SETTING_VALUE.lastIndex = at;
  return SETTING_VALUE.test(text);
}
/**
 * "New client connected from 10.50.1.21:49822 as plc-1", "CHEM-01 connected from 10.80.2.21": a party that connected
 * from an address came in to the narrator, which accepted it; that is the narrator's own connection, no news of the party
 * ("connected to" and a bare "connected" still are).
 */
const FROM_AN_ADDRESS = /[ \t]+from[ \t]/y;
/**
 * "tcp:10.70.0.5:6642: connected", "br-ex<->tcp:10.70.0.5:6653: connected": the address the narrator connects to,
 * written as its message's label (Open vSwitch's reconnect and rconn), then its own connection's state.
 */
const ADDRESS_LABEL = /^(?:[\w.-]+<->)?(?:[a-z]+:)?[\w.-]+:\d{1,5}:[ \t]*$/;

/**
 * "NFRegister from udm-1 (UDM, 10.20.0.15) accepted", "SCTP association from 10.30.1.19:38412 refused": a request from
 * a party, then a verdict: the narrator's own, on what the party asked ("Connection refused by X", "reply from X:
 * rejected" are the party's). Group 1: the word before "from".
 */
const VERDICTS = new Set(['accepted', 'rejected', 'refused', 'denied']);
const FROM_A_PARTY_BEFORE = /(?:^|[ \t])([A-Za-z][\w-]*)[ \t]+from[ \t]+[^ \t]+(?:[ \t]+\([^()]{0,60}\))?,?[ \t]*$/;

function verdictOnRequest(lexicon: Lexicon, text: string, at: number): boolean {
  const m = FROM_A_PARTY_BEFORE.exec(text.slice(Math.max(0, at - 120), at));
  return m !== null && !lexicon.unitReportNouns.has((m[1] as string).toLowerCase());
}

/** States that cluster managers use as verbs ("to offline a resource"), and what they take. */
const STATE_VERBS = new Set(['online', 'offline']);
/** An infinitive's "to" ("unable to offline"), not a preposition ("I/O to offline device"). */
const TO_BEFORE = /(?:^|[^A-Za-z])(?:unable|failed|fails?|failing|trying|tried|attempting|attempts?|going|about|needs?|wants?|able|will|would)[ \t]+to[ \t]+$/i;
/** A word after the state, not a state noun ("changed to offline state" is a state). */
const STATE_NOUNS = new Set(['state', 'mode', 'status']);
const WORD_AFTER = /[ \t]+([A-Za-z][\w-]*)/y;

/** Whether the state `key` at `start`..`end` of `text` is used as a verb: "to", the state, its object. */
export function stateAsVerb(text: string, key: string, start: number, end: number): boolean {
  if (!STATE_VERBS.has(key) || !TO_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
  WORD_AFTER.lastIndex = end;
  const m = WORD_AFTER.exec(text);
  return m !== null && !STATE_NOUNS.has((m[1] as string).toLowerCase());
}

/**
 * "stopped unexpectedly", "exited abnormally", "terminated prematurely": an outcome that is no failure by itself (a
 * service stops when told to) is one when it came unlooked for.
 */
const UNLOOKED_FOR = /\s+(?:unexpectedly|abnormally|prematurely)(?![A-Za-z])/iy;

/**
 * Before a status, in its clause: a question about it ("Now checking whether IPv4 ORPort 198.51.100.77:9001 is
 * reachable", "checking if the peer is down"), which reports no state.
 */
const ASKED = /(?<![A-Za-z])(?:whether|(?:checking|check|to see|testing|test) if)[ \t](?:(?![.;!?](?:\s|$)).){0,60}$/i;
/** Whether a body may ask anything at all (a quick test, once a body, before ASKED at each cue). */
const MAY_ASK = /whether|[ \t]if[ \t]/i;

/** After "waiting": a time to wait ("2 seconds", "500 ms"). */
const A_DELAY = new RegExp(`[ \\t]+${DURATION}`, 'y');

/** Right before a status: it was set by configuration ("administratively down"). */
const ADMINISTRATIVELY = /(?<![A-Za-z])administratively[ \t]+$/i;

/**
 * "Health contributor redis (redis) took 10012ms to respond", "LDAP server dc02 took 4212 ms to respond": a party that
 * answered only after a time given in the message was slow, which is news of it (bad news, as a time-out is).
 */
const SLOW_REPLY = new RegExp(`(?<![A-Za-z])took[ \\t]+${DURATION}[ \\t]+to[ \\t]+(?:respond|reply|answer)(?![A-Za-z])`, 'gi');

/**
 * "A1 did not acknowledge cue within 400 ms", "RTR-1 no tally for dest NOVA1-AUX2 within 500 ms": a party that did not
 * act, or sent nothing, within a time given in the message missed its deadline (bad news, as a time-out is). Nothing
 * bad coming within a time ("no errors within 5 s") is no such news.
 */
const MISSED_DEADLINE = new RegExp(`(?<![A-Za-z])(?:(?:did|does|has|have|had)[ \\t]+not|didn't|doesn't|hasn't|no(?![ \\t]+(?:errors?|faults?|failures?|problems?|issues?|alarms?|warnings?|changes?|loss|drops?)(?![A-Za-z])))[ \\t]+[^.;,\\n]{1,50}?[ \\t]within[ \\t]+${DURATION}`, 'gi');

/**
 * "EDS-2 removed from level 1 allocation", "AGV-11 returned to dispatch", "Server 'orarac2' has been removed from pool
 * 'Generic'", "member 1.2 added to aggregation", "HP-2 returned to sequence as lag unit": a unit moved in or out of what
 * the narrator shares its work among is the narrator's own act (the news that made it, if told, is a cue of its own).
 */
const POOL_MOVES = new Set(['removed', 'returned', 'added', 'back', 'restored']);
const OWN_POOL = /[ \t]+(?:from|to|in|into)[ \t]+(?:(?:the|its)[ \t]+)?(?:[\w'.-]+[ \t]+){0,3}?(?:pool|dispatch|allocation|rotation|aggregation|sequence)(?![\w-])/iy;

function statusCues(lexicon: Lexicon, body: Body): StatusCue[] {
  const cues: StatusCue[] = [];
  const mayAsk = MAY_ASK.test(body.text);
  for (const m of body.phraseMatches(Family.status, body.index.statusAt, lexicon.statusRegex)) {
    const key = m[0].toLowerCase().replace(BLANKS, ' ');
    TO_A_QUANTITY.lastIndex = m.index + m[0].length;
    if ((DIRECTIONS.has(key) || lexicon.settingStatuses.has(key)) && TO_A_QUANTITY.test(body.text)) continue;
    if (DIRECTIONS.has(key) && PHRASAL_VERB_BEFORE.test(body.text.slice(Math.max(0, m.index - 80), m.index))) continue;
    const end = m.index + m[0].length;
    if (MODIFIERS.has(key) && modifiesNoun(body.text, end)) continue;
    // "failed=false", "timeout=30s": a status word as the key of a flag or a setting is no state ("error=0x40" is one).
    if (body.text.charCodeAt(end) === 61 && keyOfSetting(body.text, end)) continue;
    // "(disk is busy?)", "is the server down?": a question or a guess about a state reports none.
    if (body.text.charCodeAt(end) === 63) continue;
    if (mayAsk && ASKED.test(body.text.slice(Math.max(0, m.index - 80), m.index))) continue;
    // "changed state to administratively down": a state an operator set, the narrator's own configuration (HAProxy's
    // "Server be_api/api-06 administratively READY thanks to valid DNS answer", in capitals, is the server's news).
    if (m[0] === key && ADMINISTRATIVELY.test(body.text.slice(Math.max(0, m.index - 18), m.index))) continue;
    // "waiting 2 seconds before reconnect": a wait of a given time is the narrator's own delay before it tries again.
    if (key === 'waiting') {
      A_DELAY.lastIndex = end;
      if (A_DELAY.test(body.text)) continue;
    }
    if (key === 'connected') {
      FROM_AN_ADDRESS.lastIndex = end;
      if (FROM_AN_ADDRESS.test(body.text) || ADDRESS_LABEL.test(body.text.slice(0, m.index))) continue;
    }
    if (VERDICTS.has(key) && verdictOnRequest(lexicon, body.text, m.index)) continue;
    if (POOL_MOVES.has(key)) {
      OWN_POOL.lastIndex = end;
      if (OWN_POOL.test(body.text)) continue;
    }
    // "unable to offline resource(db_ora)", "failed to online group appsg": a state used as a verb, what is tried.
    if (stateAsVerb(body.text, key, m.index, end)) continue;
    let negative = lexicon.statusNegative.get(key) ?? false;
    if (!negative) {
      UNLOOKED_FOR.lastIndex = end;
      negative = UNLOOKED_FOR.test(body.text);
    }
    cues.push({ text: m[0], start: m.index, end, negative });
  }
  const modes = MODE_GATE.test(body.text) ? modeCues(lexicon, body.text, cues) : cues;
  const slow = body.text.includes('took') ? timedCues(SLOW_REPLY, body.text, modes) : modes;
  return body.text.includes('within') ? timedCues(MISSED_DEADLINE, body.text, slow) : slow;
}

/**
 * "SPLC-A RUN", "GEN-1 AUTO", "HLP-3 STANDBY", "BR-2 TRIP": the operating mode of a machine, as controllers write it, in
 * capitals alone (in lower case, "run" and "auto" are words of any sentence). Stopping, halting and tripping are bad news.
 */
const MODES = /(?<![\w-])(?:RUN|AUTO|MANUAL|STANDBY|IDLE|(STOP|HALT|TRIP))(?![\w-])/g;
/**
 * "CB-F2 OPEN", "BV-N5 CLOSED (limit switch)", "BLR-1 FIRING 40%", "AX-6 OCCUPIED", "upper shutter CLOSED", "BLR-1
 * LOCKOUT": the position or state of a piece of plant, in capitals right after its tag or the noun of a part that opens
 * and closes. Elsewhere these capitals are what is asked or sent ("sending OPEN to SHUT-PLC", "ride state OPEN sent"),
 * a protocol's own state ("Shifting CLOSED -> OPEN") or a socket's. A lockout is bad news.
 */
const PLANT_STATES = /(?<=(?:^|[\s,;(])(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]{1,6}\d{1,4}[A-Z0-9]{0,4}|breakers?|shutters?|doors?|gates?|valves?|dampers?|circuits?|contactors?|isolators?|disconnectors?|hatch(?:es)?) )(?:OPEN|CLOSED|FIRING|OCCUPIED|ENERGI[SZ]ED|(LOCKOUT|LOCKED OUT|DE-ENERGI[SZ]ED))(?![\w-])/g;
/**
 * "Domain 8c2f... became VALID", "Input [Beats/62c0...] is now STARTING", "pool P2 turned DEGRADED": a state in capitals
 * that a unit became, whatever the word (programs print their own enums). Bad news when it negates ("INVALID",
 * "UNAVAILABLE") or is bad news in lower case.
 */
const BECAME_STATE = /(?<=(?<![\w-])(?:became|becomes|is now|turned)[ \t]+)[A-Z][A-Z_]{2,30}(?![\w-])/g;
/** A state that negates one ("INVALID", "UNAVAILABLE", "NOT_READY"); not any word that opens as one ("INITIALIZING"). */
const NEGATING = /^(?:INVALID|INACTIVE|INCONSISTENT|INOPERABLE|INACCESSIBLE|UN[A-Z_]{4,}|NOT_[A-Z_]+|NON_[A-Z_]+|DISABLED|DISCONNECTED)$/;
/** Quick tests before the patterns that look behind: the words they need. */
const PLANT_GATE = /OPEN|CLOSED|FIRING|OCCUPIED|ENERGI|LOCK/;
const BECAME_GATE = /became|becomes|is now|turned/;
const MODE_GATE = /[A-Z]{3}/;

/** `cues` with the modes and the states become in `text` that no cue holds, in the order of the text. */
function modeCues(lexicon: Lexicon, text: string, cues: StatusCue[]): StatusCue[] {
  let all = cues;
  const add = (start: number, word: string, negative: boolean): void => {
    const end = start + word.length;
    if (!all.some((c) => c.start < end && start < c.end)) all = inTextOrder([...all, { text: word, start, end, negative }]);
  };
  for (const m of text.matchAll(MODES)) add(m.index, m[0], m[1] !== undefined);
  // The patterns with a look behind are tried at every offset: only where their words stand.
  if (PLANT_GATE.test(text)) for (const m of text.matchAll(PLANT_STATES)) add(m.index, m[0], m[1] !== undefined);
  if (BECAME_GATE.test(text)) {
    for (const m of text.matchAll(BECAME_STATE)) {
      add(m.index, m[0], NEGATING.test(m[0]) || (lexicon.statusNegative.get(m[0].toLowerCase().replace(/_/g, ' ')) ?? false));
    }
  }
  return all;
}

/** Cues sorted by where they stand in the text. */
function inTextOrder(cues: StatusCue[]): StatusCue[] {
  return cues.sort((a, b) => a.start - b.start);
}

/**
 * `cues` with the matches of `pattern` (a reply or act judged by its time) as bad news, in the order of the text. A
 * match holding bad news of its own ("did not respond within 5000 ms") is left to it; other status words inside one
 * ("did not reach RUNNING within 10 s": the state not reached) are part of it.
 */
function timedCues(pattern: RegExp, text: string, cues: StatusCue[]): StatusCue[] {
  let all = cues;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const inside = (c: StatusCue): boolean => c.start >= start && c.end <= end;
    if (all.some((c) => c.negative && inside(c))) continue;
    all = inTextOrder([...all.filter((c) => !inside(c)), { text: m[0], start, end, negative: true }]);
  }
  return all;
}

/** The opening verb when it is a self-action verb or any other gerund ("Animating", "Releasing"). */
const GERUND = /^[a-z]{3,}ing$/;
/** Words in -ing that are no verb: a level written again at the start of the message ("warning: sqlnode1 is unclean"). */
const NOT_GERUNDS = new Set(['warning', 'string', 'spring', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'ceiling']);

function selfActionCue(lexicon: Lexicon, body: Body): SelfActionCue | null {
  const first = firstWordFrom(body.text, 0);
  if (first === undefined) return null;
  const word = first.text.toLowerCase();
  if (lexicon.selfActionVerbs.has(word) || (GERUND.test(word) && !NOT_GERUNDS.has(word))) {
    return { text: first.text, start: first.start, end: first.end };
  }
  return null;
}

export function findCues(lexicon: Lexicon, body: Body): Cues {
  return { statuses: statusCues(lexicon, body), selfAction: selfActionCue(lexicon, body) };
}

/** Status words joined for Decision.status ("did not respond, unreachable"), or null when there are none. */
export function statusText(cues: readonly StatusCue[]): string | null {
  return cues.length === 0 ? null : cues.map((c) => c.text).join(', ');
}
