/**
 * Rules for how supervisors and monitors name the unit a message is about: a unit label opening the message (launchd's
 * "(com.example.agent[412]): Service exited ..."), or a unit's state given as a value after a state word ("ScanEngine
 * state STOP_PENDING", "application_17_0052 (state: ACCEPTED)") or after the change that led to it ("mongo-2 is now
 * SECONDARY"). Each asks the question of rules.ts: is a status predicated of a unit other than the narrator?
 */

import { cueOf, diegetic, mentionAt, type Rule, type RuleInput, type SubjectMention } from './rules.js';
import type { StatusCue } from './cues.js';
import { Family, matchesOf } from './scan.js';
import { ARROW_LEAD, predicateAfter } from './subjectPredicate.js';
import { firstWordFrom, normalizeName, skipAside, skipBlanks } from './text.js';

/**
 * "HealthMon: ScanEngine state STOP_PENDING", "Client: Application report for application_17_0052 (state: ACCEPTED)":
 * a component, then its state word and the state's value as a constant. The state belongs to the component named
 * right before it; "session 7 state changed to IDLE" names no component and says how its own data changed.
 */
const stateValue: Rule = (input) => {
  // The state word is a whole word of the body ("(state: ACCEPTED)"): most bodies hold none, and need no candidates.
  if (!input.text.has(Family.stateFieldName)) return null;
  const re = input.text.index.stateValueAt;
  for (const subject of input.candidates) {
    if (!subject.component) continue;
    re.lastIndex = skipBlanks(input.body, subject.end);
    const m = re.exec(input.body);
    // The constant is case-sensitive: the 'i' flag is for the state word, so check the value was written in capitals.
    const value = m?.[1];
    if (m === null || value === undefined || value !== value.toUpperCase()) continue;
    return diegetic('state-value', subject, [constantCue(input, value, m.index + m[0].length - value.length)], ' (state value)');
  }
  return null;
};

/**
 * Right after a unit and its blanks: the unit's new state as a constant, "is now [in state] SECONDARY", "transitioned
 * [from RUNNING] to LOST", "changed state to FAILED", "has changed to state DOWN" (group 1).
 */
const NEW_STATE = /(?:(?:is|was)[ \t]+now[ \t]+(?:in[ \t]+)?|(?:state[ \t]+)?jump(?:ed|s)?[ \t]+to[ \t]+|(?:(?:has|have|had)[ \t]+)?(?:transitioned|changed|moved|switched)[ \t]+(?:state[ \t]+)?(?:from[ \t]+[A-Z][A-Z0-9_]+[ \t]+)?(?:to|into)[ \t]+)(?:the[ \t]+)?(?:(?:state|role)[ \t]+(?:of[ \t]+)?)?([A-Z][A-Z0-9_]{2,})(?![\w-])/y;
/**
 * Between a unit and its new state, the kind of machine it is: "wk-03:45454 Node Transitioned from RUNNING to LOST" is
 * a host's state, which only the host changes, where a state machine's own work units ("TaskAttempt", "Job") are its
 * own data.
 */
const MACHINE_KIND = /(?:Node|Host|Server|Peer|Member|Broker)[ \t]+/y;
/** After the machine's kind, YARN's way: "Transitioned from RUNNING to LOST" (group 1 the new state). */
const MACHINE_TRANSITION = /[Tt]ransitioned[ \t]+(?:from[ \t]+[A-Z][A-Z0-9_]+[ \t]+)?to[ \t]+([A-Z][A-Z0-9_]{2,})(?![\w-])/y;
/**
 * A state machine's change written in mixed case, with the word "state" to say it is one: "changed state from
 * OpenConfirm to Established" (BGP), "has changed state from Up to Down" (group 1 the new state).
 */
const NAMED_STATE_CHANGE = /(?:(?:(?:has|have|had)[ \t]+)?changed[ \t]+state|state[ \t]+(?:has[ \t]+)?changed)[ \t]+from[ \t]+[A-Z][A-Za-z]+[ \t]+to[ \t]+([A-Z][A-Za-z]{1,})(?![\w-])/y;
/**
 * A state machine's change written as its old state, what moved it, and its new state: "old state Established event
 * HoldTimerExpired new state Idle" (BGP in Junos and EOS); group 1 the new state.
 */
const OLD_NEW_STATE = /old[ \t]+state[ \t]+[A-Z][A-Za-z]+(?:[ \t]+[\w-]+){0,3}?[ \t]+new[ \t]+state[ \t]+([A-Z][A-Za-z]{1,})(?![\w-])/y;
/**
 * A change between quoted states, maybe after a colon: Proxmox's "node 'pve3': state changed from 'online' =>
 * 'unknown'" (group 1 the new state).
 */
const QUOTED_STATE_CHANGE = /:?[ \t]*state[ \t]+changed[ \t]+from[ \t]+'[\w:-]{1,30}'[ \t]+(?:=>|->|to)[ \t]+'([\w:-]{1,30})'/y;
/** The closing mark of a quoted unit ("Peer 'branch-ro' is now Lagged"). */
const QUOTE_MARKS = '\'"';
/** A state word said to be now a value, in any case: Pacemaker's "Node hacl-b state is now member" (group 1). */
const STATE_NOW = /(?:state|status)[ \t]+(?:is|was)[ \t]+now:?[ \t]+([A-Za-z][\w-]{2,30})(?![\w-])/y;
/**
 * A state written as a capitalized word after "is now": Asterisk's "Peer 'branch-ro' is now Lagged"; or a role, in any
 * case, maybe with a word before it: "db-2 is now the primary", PostgreSQL's "is now a synchronous standby" (group 1).
 */
const NOW_WORD = /(?:is|was)[ \t]+now[ \t]+(?:(?:the|an?)[ \t]+(?:[a-z]{3,20}[ \t]+(?=(?:primary|leader|master|secondary|standby|replica|follower)(?![\w-])))?)?([A-Z][a-z]{2,20}|primary|leader|master|secondary|standby|replica|follower)(?![\w-])/y;
/** The words NEW_STATE needs, one of them at least, as a quick test of a whole body. */
const NEW_STATE_WORD = /\b(?:now|[Tt]ransitioned|changed|moved|switched|jump|jumped|jumps|new state)\b/;

/**
 * "REPL: Member mongo-2:27017 is now in state SECONDARY", "Raft: peer n3 transitioned from FOLLOWER to LEADER",
 * Cassandra's "Node /10.0.0.3:7000 state jump to NORMAL", Junos's "peer 10.0.0.2 (External AS 65002) old state
 * OpenConfirm event RecvKeepAlive new state Established": a
 * component, then the state it moved to, written as a constant. A state machine's own log of the units it keeps
 * ("attempt_17_0020_m_000000_0 TaskAttempt Transitioned from NEW to UNASSIGNED") names the kind of unit between the two:
 * it tells its own data's state, unless that kind is a machine (MACHINE_KIND). As for stateValue, the state is the
 * component's named right before it: "session 7 changed to IDLE" names no component, and "is now ready" is a status of
 * its own (subjectPredicate).
 */
const newState: Rule = (input) => {
  if (!NEW_STATE_WORD.test(input.body)) return null;
  for (const subject of input.candidates) {
    if (!subject.component) continue;
    MACHINE_KIND.lastIndex = skipBlanks(input.body, subject.end);
    const machine = MACHINE_KIND.test(input.body);
    const re = machine ? MACHINE_TRANSITION : NEW_STATE;
    const at = machine ? MACHINE_KIND.lastIndex : skipAside(input.body, subject.end + (QUOTE_MARKS.includes(input.body.charAt(subject.end)) ? 1 : 0));
    re.lastIndex = at;
    let m = re.exec(input.body);
    for (const other of machine ? [] : [NAMED_STATE_CHANGE, OLD_NEW_STATE, QUOTED_STATE_CHANGE, STATE_NOW, NOW_WORD]) {
      if (m !== null) break;
      // Quoted lower-case states are any data's: a unit only its shape names ("session 'a1'") has none of them.
      if (other === QUOTED_STATE_CHANGE && subject.weakShape === true) continue;
      other.lastIndex = at;
      m = other.exec(input.body);
    }
    const value = m?.[1];
    if (m === null || value === undefined) continue;
    return diegetic('state-value', subject, [constantCue(input, value, m.index + m[0].length - value.length)], ' (new state)');
  }
  return null;
};

/**
 * Right after a unit (and an aside): maybe what of it changed, then its old and new state around an arrow, each
 * written with a capital ("line-protocol Up -> Down", "state Standby -> Active"); group 1 the new state.
 */
const ARROW_CHANGE = new RegExp(String.raw`${ARROW_LEAD}[A-Z][A-Za-z_]{0,30}[ \t]*--?>[ \t]*([A-Z][A-Za-z_]{0,30})(?![\w-])`, 'y');

/**
 * "BFD Session 10.255.0.2 (IFL 338) state Up -> Down", "interface Te1/0/1 line-protocol Up -> Down": a unit, then the
 * change of its state written as an arrow. The state is the unit's named right before it; "session 12 state Idle ->
 * Active" names none, and "ATM mode: IN SERVICE -> OUT OF SERVICE" is the narrator's own.
 */
const arrowState: Rule = (input) => {
  if (!input.body.includes('->')) return null;
  for (const subject of input.candidates) {
    if (!subject.component) continue;
    ARROW_CHANGE.lastIndex = skipAside(input.body, subject.end);
    const m = ARROW_CHANGE.exec(input.body);
    const value = m?.[1];
    if (m === null || value === undefined) continue;
    return diegetic('state-value', subject, [constantCue(input, value, m.index + m[0].length - value.length)], ' (state change)');
  }
  return null;
};

/**
 * DRBD's state changes after the peer's name and a colon, each written `key( Old -> New )` (group 1 the key, group 2 the
 * new state): `peer(` is the peer's role and `pdsk(` its disk (PEER_KEYS); `conn(` and `repl(` are the narrator's own
 * connection and replication to it, `disk(` and `role(` its own device and role.
 */
const KEYED_ARROW = /[ \t]*([a-z]{2,8})\([ \t]*[A-Za-z]\w{0,30}[ \t]*->[ \t]*([A-Za-z]\w{0,30})[ \t]*\)/y;
const PEER_KEYS: ReadonlySet<string> = new Set(['peer', 'pdsk']);
/** The peer's role or disk no longer known or no longer good. */
const BAD_PEER_STATES: ReadonlySet<string> = new Set(['Unknown', 'DUnknown', 'Outdated', 'Inconsistent', 'Failed', 'Diskless']);
/** The colon after the peer's name. */
const NAME_COLON = /:/y;

/**
 * "drbd r0 stor-b: conn( Connecting -> Connected ) peer( Unknown -> Secondary )", "drbd r0/0 drbd1 stor-b: pdsk(
 * UpToDate -> DUnknown ) repl( Established -> Off )": the peer's own state among DRBD's keyed changes.
 */
const keyedPeerState: Rule = (input) => {
  if (!input.body.includes('->')) return null;
  for (const subject of input.candidates) {
    NAME_COLON.lastIndex = subject.end;
    if (!subject.component || !NAME_COLON.test(input.body)) continue;
    KEYED_ARROW.lastIndex = NAME_COLON.lastIndex;
    for (let m = KEYED_ARROW.exec(input.body); m !== null; m = KEYED_ARROW.exec(input.body)) {
      const value = m[2] as string;
      if (!PEER_KEYS.has(m[1] as string)) continue;
      // The new state is the last of the two in the match.
      const at = m.index + m[0].lastIndexOf(value);
      return diegetic('state-value', subject, [cueOf(value, at, BAD_PEER_STATES.has(value))], ' (the peer\'s state)');
    }
  }
  return null;
};

/** An operation on a unit, then "of" (group 1 the operation). */
const OPERATION_OF = /(?<![A-Za-z])(start|stop|restart|startup|shutdown|failover|relocation|cleanup|check|monitor|probe)[ \t]+of[ \t]+(?=\S)/gi;
/** One lower-case word before a quoted name: the kind of unit it names. */
const KIND_BEFORE_QUOTE = /[a-z]{2,20}[ \t]+(?=['"])/y;
/** A quoted name: its opening mark, the name (group 1), the closing mark. */
const QUOTED_UNIT = /(['"])([^'"\s][^'"\n]{0,79}?)\1/y;
/** Where the unit ran: "on" and a node, maybe quoted ("on 'orarac1'", "on node-2"). */
const ON_NODE = /[ \t]+on[ \t]+(?:(['"])[^'"\n]{1,80}\1|[\w.-]{1,80})/y;

/**
 * "Start of 'ora.mdnsd' on 'orarac1' succeeded" (Oracle Clusterware), "monitor of db on node-2 failed" (Pacemaker): a
 * cluster manager's operation on a resource, then its outcome, is news of that resource. The outcome is one of the
 * lexicon's outcome verbs ("succeeded", "failed", "completed") right after the unit and the node it ran on.
 */
const operationOutcome: Rule = (input) => {
  if (input.cues.statuses.length === 0) return null;
  for (const m of matchesOf(OPERATION_OF, input.body)) {
    // A kind of unit may stand before a quoted name: "Check of resource \"ora.LISTENER.lsnr\" failed".
    KIND_BEFORE_QUOTE.lastIndex = m.index + m[0].length;
    const at = m.index + m[0].length + (KIND_BEFORE_QUOTE.exec(input.body)?.[0].length ?? 0);
    QUOTED_UNIT.lastIndex = at;
    const quote = QUOTED_UNIT.exec(input.body);
    const name = quote?.[2];
    const unit = quote !== null && name !== undefined ? { name, start: at + 1, end: at + 1 + name.length } : mentionAt(input, at, false);
    if (unit === undefined || input.selfNames.has(normalizeName(unit.name))) continue;
    let end = quote !== null ? QUOTED_UNIT.lastIndex : unit.end;
    ON_NODE.lastIndex = end;
    if (ON_NODE.exec(input.body) !== null) end = ON_NODE.lastIndex;
    const status = predicateAfter(input.lexicon, input.body, end, input.cues.statuses);
    if (status === undefined || !input.lexicon.outcomeVerbs.has(status.text.toLowerCase())) continue;
    return diegetic('operation-outcome', unit, [status], ` (${(m[1] ?? '').toLowerCase()} of it)`);
  }
  return null;
};

/** Quorum lost, gained or met: the verb before (group 1) or after (group 2) the word. */
const QUORUM = /(?<![A-Za-z])(?:(lost|regained|gained|losing)[ \t]+(?:the[ \t]+)?quorum|quorum[ \t]+(?:is[ \t]+|was[ \t]+|has[ \t]+been[ \t]+)?(lost|not[ \t]+met|regained|restored|met|gained|acquired))(?![A-Za-z])/i;
/** What the quorum was for: "for volume vol1" (group 1 the unit). */
const QUORUM_FOR = /[ \t]+for[ \t]+(?:volume|cluster|partition|group|VS)[ \t]+([\w:\[\]-]+(?:\.[\w:\[\]-]+)*)/y;

/**
 * "Server quorum lost for volume vol1", "Client-quorum is not met", "Lost quorum 1-0=1 > 0 for VS ...": a quorum is the
 * members' state, not the narrator's: whether enough of the others answer. The unit is what the quorum is for when it
 * is named, else the quorum itself.
 */
const quorumChange: Rule = (input) => {
  if (!input.body.includes('uorum')) return null;
  const m = QUORUM.exec(input.body);
  if (m === null) return null;
  const verb = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const cue = cueOf(verb, m.index + m[0].toLowerCase().indexOf(verb.split(' ')[0] as string), verb === 'lost' || verb === 'losing' || verb === 'not met');
  QUORUM_FOR.lastIndex = m.index + m[0].length;
  const unit = QUORUM_FOR.exec(input.body);
  const name = unit?.[1];
  const word = m.index + m[0].toLowerCase().indexOf('quorum');
  const subject = unit !== null && name !== undefined
    ? { name, start: QUORUM_FOR.lastIndex - name.length, end: QUORUM_FOR.lastIndex }
    : { name: 'quorum', start: word, end: word + 'quorum'.length };
  return diegetic('quorum', subject, [cue], ' (the members\' state)');
};

/** A state word, "of", maybe "the": what follows is the unit whose state it is. */
const STATE_OF = /(?<![A-Za-z])(health|state|status)[ \t]+of[ \t]+(?:the[ \t]+)?(?=\S)/gi;
/** After the unit: "is", "was", ":" or "=" before its state. */
const STATE_VERB = /[ \t]*(?:(?:is|was)[ \t]+|[:=][ \t]*)/y;
/** A state written as a constant. */
const CONSTANT = /[A-Z][A-Z0-9_]+(?![\w-])/y;

/**
 * "Actuator: Health of redis is DOWN", "Checker: status of payment-service: failed": a state word of a unit, then its
 * state. Only a unit has health, so any word after "health of" is one; after "state of" and "status of", only a
 * component is ("status of config: loaded" is the narrator's own data).
 */
const stateOf: Rule = (input) => {
  if (!input.text.has(Family.stateFieldName)) return null;
  for (const m of matchesOf(STATE_OF, input.body)) {
    const subject = mentionAt(input, m.index + m[0].length, (m[1] ?? '').toLowerCase() === 'health');
    if (subject === undefined) continue;
    STATE_VERB.lastIndex = subject.end;
    if (STATE_VERB.exec(input.body) === null) continue;
    const at = STATE_VERB.lastIndex;
    const status = input.cues.statuses.find((c) => c.start === at);
    if (status !== undefined) return diegetic('state-value', subject, [status], ' (state of a unit)');
    CONSTANT.lastIndex = at;
    const value = CONSTANT.exec(input.body)?.[0];
    if (value !== undefined) return diegetic('state-value', subject, [constantCue(input, value, at)], ' (state of a unit)');
  }
  return null;
};

/** A state constant as a status cue: bad news when the lexicon says its word is ("FAILED", "DOWN"). */
function constantCue(input: RuleInput, value: string, at: number): StatusCue {
  return cueOf(value, at, input.lexicon.statusNegative.get(value.toLowerCase()) ?? false);
}

/**
 * A unit label opening the message: launchd's "(com.example.agent[412]): " (its pid maybe), systemd's "nginx.service: "
 * (a unit name with its type).
 */
const UNIT_LABEL = /^(?:\(([A-Za-z][\w.-]*)(?:\[\d+\])?\)|([A-Za-z][\w.@\\-]*\.(?:service|socket|mount|automount|timer|scope|slice|path|target|swap))):[ \t]+/;

/**
 * "(com.example.agent[412]): Service exited with abnormal code: 1", "(org.example.sync): Job only ran for 1 seconds",
 * "nginx.service: Main process exited, code=killed", "redis.service: A process of this unit has been killed by the OOM
 * killer.": a supervisor labels the unit a message is about, then says
 * "Service", "Job", "Main process" for it. A status predicated of that bare noun (or opening the rest) is the labelled
 * unit's; "(org.example.sync): Unknown key for integer" is the supervisor's own reading of the unit's configuration and
 * names no status of it.
 */
const labelledUnit: Rule = (input) => {
  if (input.cues.statuses.length === 0 && !input.body.includes('Consumed')) return null;
  const m = UNIT_LABEL.exec(input.body);
  const name = m?.[1] ?? m?.[2];
  if (m === null || name === undefined || input.selfNames.has(normalizeName(name))) return null;
  const rest = m[0].length;
  const start = m[1] === undefined ? 0 : 1;
  const subject: SubjectMention = { name, start, end: start + name.length };
  UNIT_ACCOUNT.lastIndex = rest;
  if (UNIT_ACCOUNT.test(input.body)) return diegetic('labelled-unit', subject, [cueOf('Consumed', rest, false)], ' (what the unit used, by its supervisor)');
  const noun = firstWordFrom(input.body, rest);
  const lexicon = input.lexicon;
  // "Main process": a qualifier, then the unit's own noun.
  const qualified = noun !== undefined && noun.start === rest && QUALIFIERS.test(noun.text);
  const unitNoun = qualified ? firstWordFrom(input.body, noun.end) : noun;
  const isUnitNoun = unitNoun !== undefined && (qualified ? onlyBlanks(input.body, noun.end, unitNoun.start) : unitNoun.start === rest)
    && (lexicon.componentNounSet.has(unitNoun.text.toLowerCase()) || lexicon.selfNouns.has(unitNoun.text.toLowerCase()));
  const status = input.cues.statuses.find((c) => c.start === rest)
    ?? (isUnitNoun ? predicateAfter(lexicon, input.body, ofThisUnit(input.body, unitNoun.end), input.cues.statuses) : undefined)
    ?? (m[2] !== undefined ? firstClauseStatus(input, rest) : undefined);
  if (status === undefined) return null;
  const later = input.cues.statuses.filter((c) => c.start > status.start && c.negative);
  return diegetic('labelled-unit', subject, [status, ...later], ' (unit labelled by its supervisor)');
};

/** systemd's account of what a unit used once it stopped: "Consumed 6min 51.402s CPU time." */
const UNIT_ACCOUNT = /Consumed[ \t]+\d/y;
/** Where the first clause after a unit label ends. */
const FIRST_CLAUSE_END = /[.;!?](?:\s|$)/g;

/**
 * "nginx.service: Watchdog timeout (limit 30s)!", "mnt-archive.mount: Mounting timed out.": a status anywhere in the
 * first clause after systemd's unit label is the unit's, unless the clause opens with the supervisor's own act
 * ("Killing process 2210 (python3) with signal SIGABRT", which names no status). launchd's labelled lines also hold its
 * own verdicts on a unit's request ("(com.example.x): Path not allowed in target domain: ... error = 1").
 */
function firstClauseStatus(input: RuleInput, rest: number): StatusCue | undefined {
  if (input.cues.selfAction !== null && input.cues.selfAction.start === rest) return undefined;
  FIRST_CLAUSE_END.lastIndex = rest;
  const end = FIRST_CLAUSE_END.exec(input.body)?.index ?? input.body.length;
  return input.cues.statuses.find((c) => c.start >= rest && c.end <= end);
}

/** Words that say which of a unit's own parts a message is about: "Main process", "Control process", "A process". */
const QUALIFIERS = /^(?:main|control|child|a|the)$/i;
/** "A process of this unit has been killed": the unit the part belongs to, said again. */
const OF_THIS_UNIT = /[ \t]+of[ \t]+this[ \t]+unit\b/y;

/** Past "of this unit" at `at`, if it stands there. */
function ofThisUnit(text: string, at: number): number {
  OF_THIS_UNIT.lastIndex = at;
  return OF_THIS_UNIT.test(text) ? OF_THIS_UNIT.lastIndex : at;
}

/** Whether only blanks stand in text[from, to). */
function onlyBlanks(text: string, from: number, to: number): boolean {
  return skipBlanks(text, from) >= to;
}

/**
 * Tried before the phrase and unit rules: a label names the unit exactly, where they would take the bare noun after it
 * ("Main process") for the subject.
 */
export const LABEL_RULES: readonly Rule[] = [labelledUnit];

/** Tried after the unit rules (unitRules.ts), in this order. */
export const SUPERVISED_RULES: readonly Rule[] = [stateValue, newState, arrowState, keyedPeerState, stateOf, operationOutcome, quorumChange];
