/** The decision: the first diegetic rule that fires, else the reason the record is the narrator's own story. */

import { PHRASE_RULES, quoted, type Rule, type RuleInput, type Verdict } from './rules.js';
import { UNIT_RULES } from './unitRules.js';
import { LABEL_RULES, SUPERVISED_RULES } from './supervisedRules.js';
import { EXACT_RULES, PEER_RULES } from './peerRules.js';
import { FIELD_RULES, STATE_FIELD_RULES } from './fieldRules.js';
import { predicateAfter } from './subjectPredicate.js';
import type { StatusCue } from './cues.js';

/** A verdict that the record is the narrator's own story. */
const n = (rule: string, reason: string, statuses: readonly StatusCue[] = []): Verdict => ({ rule, kind: 'non-diegetic', subjects: [], statuses, reason });

/** Why a record that no rule claimed is the narrator's own story. */
function selfStory(input: RuleInput): Verdict {
  const statuses = input.cues.statuses;
  // A self-report needs a status cue: without one, the candidates (the costly part) are not looked for.
  const self = statuses.length === 0 ? undefined : input.candidates.find((c) => !c.component && c.why.includes('narrator itself'));
  const own = self === undefined ? undefined : predicateAfter(input.lexicon, input.body, self.end, statuses);
  if (self !== undefined && own !== undefined) return n('self-report', `self-report: narrator's own state "${self.name}" ${quoted([own])}`, [own]);
  const action = input.cues.selfAction;
  if (action !== null) return n('self-action', `self-action: narrator's own call "${action.text}"`);
  if (statuses.length > 0) return n('own-status', `own status: ${quoted(statuses)} has no other component as subject`, statuses);
  return n('no-status', 'no status of another component');
}

/** The rules that name their subject exactly come first (the order of rules decides the subject, never the kind). */
const DIEGETIC_RULES: readonly Rule[] = [...EXACT_RULES, ...LABEL_RULES, ...STATE_FIELD_RULES, ...PHRASE_RULES, ...UNIT_RULES, ...SUPERVISED_RULES, ...PEER_RULES, ...FIELD_RULES];

/**
 * "raised A-2207 BWP-1 TRIPPED, priority 3", "alarm A-1204 raised: WTG12 communication lost", "cleared alarm SGW-A-118
 * ...": a message that opens with the narrator raising or clearing an alarm of its own, by the alarm's id, is its own
 * act, whatever condition the alarm names ("Acu2 status FAULT, alarm ANT2-SERVO raised" opens with the unit's news).
 */
const OWN_ALARM = /^(?:(?:raised|cleared|raising|clearing)[ \t]+(?:(?:the[ \t]+)?alarm[ \t]+)?[A-Z][\w.-]*\d[\w.-]*[ \t:,]|alarm[ \t]+[A-Z][\w.-]*\d[\w.-]*[ \t]+(?:raised|cleared)(?![A-Za-z]))/i;

/**
 * "health: SPLC-A RUN, OBC-T1 ok, vq-srv connected", "health: 5/6 tools communicating, MES OK": a message that opens
 * with the word health and a colon is the narrator's periodic health line, its own tally of what it supervises; the
 * news of each unit came in the messages before it.
 */
const OWN_HEALTH = /^health:[ \t]/i;

/**
 * "operator jreyes on HMI-1: reset HLP-1 trip", "operator dpatel on UTC-WS2: diversion plan DIV-5 activated": a message
 * that opens with a person at a console is the narrator's record of a command given through it, whatever the command
 * names.
 */
const OPERATOR_COMMAND = /^(?:operator|user|engineer|technician|signaller|dispatcher)[ \t]+[\w.@-]+[ \t]+(?:on|at|from)[ \t]+[\w.-]+:[ \t]/i;

export function decide(input: RuleInput): Verdict {
  if (OWN_ALARM.test(input.body)) return n('own-alarm', 'own alarm: the narrator raises or clears it', input.cues.statuses);
  if (OPERATOR_COMMAND.test(input.body)) return n('operator-command', "operator command: the narrator's record of a command given through it", input.cues.statuses);
  if (OWN_HEALTH.test(input.body)) return n('own-health', "own health line: the narrator's tally of what it supervises", input.cues.statuses);
  for (const rule of DIEGETIC_RULES) {
    const verdict = rule(input);
    if (verdict !== null) return verdict;
  }
  return selfStory(input);
}
