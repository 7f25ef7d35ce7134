/**
 * Candidate subjects: every mention in a message body that could name a component, and the verdict on each
 * (a component other than the narrator, the narrator itself, or data).
 */

import type { Lexicon } from './lexicon.js';
import { narratorParts, type NarratorInventory } from './inventory.js';
import type { Body } from './body.js';
import { Family, matchesOf } from './scan.js';
import { normalizeName, onlyBlanksBetween, tokenBefore, type Word } from './text.js';

export interface Candidate {
  /** The name reported as subject: the proper name when one is given, else the noun phrase. */
  readonly name: string;
  /** Offsets of the whole mention in the body (noun phrase included). */
  readonly start: number;
  readonly end: number;
  /** How it was found: "narrator elsewhere", "component noun", a component pattern name... */
  readonly source: string;
  /** True when it names a component other than the narrator. */
  readonly component: boolean;
  /** Why it is or is not a component. */
  readonly why: string;
  /** True for a component noun with its name after it ("executor 4", "domain controller DC920"). */
  readonly named?: boolean;
  /**
   * True when that name is a word of lower-case letters alone ("service nginx"): the weakest evidence of a name, which
   * an English word the lexicon does not know could give too ("service catalog"). A status of it must be a unit's own.
   */
  readonly plain?: boolean;
  /**
   * True when only the name's shape makes it a unit's: a lower-case host or instance ("cache-01", "db01") or a
   * hyphenated service ("media-store") found by a weak component pattern, which a numbered or hyphenated piece of work
   * or data could be too ("build-1234", "index-rebuild"). Only a status a unit has makes it one (rules.ts).
   */
  readonly weakShape?: boolean;
  /**
   * True for a bare self noun taken for the narrator ("Server started"): where only another party can stand ("cannot
   * connect to server"), it is that party (rules.ts, reachFailure).
   */
  readonly selfNoun?: boolean;
  /** True for a component noun in the plural ("the DNS servers"): several units of a kind, none named. */
  readonly plural?: boolean;
}

export interface CandidateContext {
  readonly lexicon: Lexicon;
  readonly inventory: NarratorInventory;
  readonly narrator: string | null;
  readonly selfNames: ReadonlySet<string>;
}

/** A word that can be a proper name after a component noun: has a capital, digit, or name punctuation. */
const NAME_LIKE = /[A-Z0-9_.:\\/-]/;
/** Lower-case letters alone: a name after a component noun ("service nginx") only when no English word (plainName). */
const LOWER_WORD = /^[a-z]{2,}$/;
/**
 * Adverbs, participles and adjectives: "service successfully started", "container exited", "server listening",
 * "server internal error", "node inactive", "job successful".
 */
const ENGLISH_ENDING = /(?:ly|ed|ing|al|ive|ous|ful|able|ible|less)$/;
/**
 * Closed-class English words, which never name a unit: determiners, pronouns, prepositions, conjunctions, auxiliaries,
 * adverbs ("server never responded", "service must restart"), and the irregular past tenses of common verbs.
 */
const CLOSED_CLASS = new Set(`
  a an the this that these those it its their his her our your my some any each every all both either neither no none
  not nor or and but because if then than so as at by for from in into of on onto off out over under up down to with
  within without via per about above after against along among around before behind below beside between beyond during
  except inside near outside since through till toward towards until upon while when whenever where which who whom
  whose what why how there here now again also already always never ever often once twice soon still yet just only
  even too very quite rather almost thus hence therefore however instead otherwise else more most less much many few
  several other another same such own due is am are was were be been has have had do does did done can could will
  would shall should may might must cannot went gone came took taken gave given got made ran left lost sent told said
  saw seen found kept held began begun became broke fell threw wrote built spent hit quit set shut put let`.trim().split(/\s+/));

/**
 * "service nginx is down", "dependency redis is unhealthy": a word of lower-case letters names the unit after its noun
 * when it is no English word the classifier knows: not closed-class, no adverb, participle or adjective by its ending,
 * no common noun by its ending ("manager", "migration"), no word of the lexicon's lists or its notNames ("account",
 * "pool"), nor the "-s" form of any of those ("needs", "returns", "workers"). Even so it may be a common noun the lexicon does not
 * know ("service catalog"): the candidate is marked plain, and only a unit's own status makes it a unit (rules.ts).
 */
function plainName(ctx: CandidateContext, word: string): boolean {
  if (!LOWER_WORD.test(word) || CLOSED_CLASS.has(word) || ctx.lexicon.commonNounEndingRegex.test(word)) return false;
  return formsOf(word).every((form) => !ENGLISH_ENDING.test(form) && !ctx.lexicon.englishWords.has(form));
}

/** A word and what it may be the "-s" form of: "needs": "need"; "boxes": "boxe", "box"; "replies": "reply". */
function formsOf(word: string): string[] {
  if (!word.endsWith('s')) return [word];
  const forms = [word, word.slice(0, -1)];
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  return forms;
}

const QUOTES = '\'"';
/** "(pid 12)" after a named unit belongs to the mention. */
const PID_PARENTHETICAL = /[ \t]*\((?:pid|id)[ =:]?\d+\)/iy;
/** Words that never modify a component noun ("the service", "to printer"). */
const NOT_MODIFIER = /^(?:the|a|an|to|for|of|with|from|by|in|on|at|into|after|before|during|since|until|via|per|and|or|but|no|new|old|that|each|every|all|any|some|its|their|his|her)$/i;
/** A modifier is one plain word, not a participle ("the running service" is not a kind of service). */
const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9]*$/;
const PARTICIPLE = /(?:ing|ed)$/i;
/** A verb in the past written with a capital, as some programs write their events ("Container Transitioned from ..."). */
const VERB_FORM = /^[A-Z][a-z]+ed$/;

function isSelf(ctx: CandidateContext, ...names: string[]): boolean {
  return names.some((n) => n !== '' && ctx.selfNames.has(normalizeName(n)));
}

function dataPatternOf(ctx: CandidateContext, text: string): string | undefined {
  return ctx.lexicon.dataPatterns.find((p) => p.regex.test(text))?.name;
}

/** Data shapes that still name a unit after its noun ("executor 3", "instance 6f1e...-..."): numbers and GUIDs are ids. */
const ID_SHAPES = new Set(['number', 'GUID']);

/**
 * A path that ends in an address names the unit at that address: F5's pool member "/Common/10.1.20.11:80", node
 * "/Common/10.1.30.14".
 */
const ADDRESS_LEAF = /\/(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[A-Za-z][\w.-]{0,62}:\d{2,5})(?::\d{1,5})?$/;

/** "Web app /mapreduce": a noun named by a path or URL is that data, not a component (unless its leaf is an address). */
function isDataName(ctx: CandidateContext, name: string, noun: string): boolean {
  const shape = dataPatternOf(ctx, name);
  return shape !== undefined && !ID_SHAPES.has(shape) && !(shape === 'path' && (ADDRESS_LEAF.test(name) || MOUNTED.has(noun.toLowerCase())))
    && !(shape === 'version' && placedPart(noun, name)) && !(shape === 'URL' && URL_WITH_HOST.test(name));
}

/**
 * A URL with a host: "LDAP server ldap://ldap-2.example:389", "broker amqp://mq-01:5672" name the unit by its address
 * (the lexicon's URL shape, data after any other word: "bucket s3://logs/2024").
 */
const URL_WITH_HOST = /^[a-z][a-z0-9+.-]*:\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d+)?\/?$/;

/** Units named by the path they are mounted on: "filesystem /data is full", "volume /mnt/archive unmounted". */
const MOUNTED = new Set(['filesystem', 'volume', 'share']);

/** A hardware part and its place: "disk" and "1.10.4". */
function placedPart(noun: string, name: string): boolean {
  return DOTTED_PLACE.test(name) && PLACED_PARTS.has(noun.toLowerCase());
}

/**
 * Hardware that goes by its place, numbers joined by dots: "disk 1.10.4" (shelf 10, bay 4), "port 1.2", "slot 0.3".
 * After these nouns a dotted number is the place, not a version. Closed-class, as the determiners above.
 */
/** Numbers joined by dots, and nothing else: a place in hardware after its noun. */
const DOTTED_PLACE = /^\d+(?:\.\d+)+$/;
const PLACED_PARTS = new Set(['disk', 'drive', 'shelf', 'bay', 'slot', 'port', 'enclosure', 'card', 'blade', 'fan', 'psu']);

/** "Executor: Task 3 started": a narrator whose role is to run work units reports its own unit of work. */
function runsItself(ctx: CandidateContext, noun: string): boolean {
  if (ctx.narrator === null || !ctx.lexicon.workNouns.has(noun.toLowerCase())) return false;
  const narrator = ctx.narrator.toLowerCase();
  return ctx.lexicon.workerRoles.some((role) => narrator.endsWith(role));
}

/**
 * "haproxy: Proxy fe_https started.": a named unit of the kind the narrator's own name ends with (HAProxy's proxies,
 * its frontends and backends) is one of the narrator's own parts, which it configures and runs.
 */
function namesItsKind(ctx: CandidateContext, noun: string): boolean {
  if (ctx.narrator === null) return false;
  const narrator = normalizeName(ctx.narrator);
  const kind = noun.toLowerCase();
  return narrator.length > kind.length && narrator.endsWith(kind);
}

/**
 * "Task [Dyndns update]: finished successfully", "Task [Primary server reconnection]: failed": a piece of work (the
 * lexicon's work nouns) named by words that describe it, not by an id, is the narrator's own work.
 */
function describesWork(ctx: CandidateContext, noun: string, name: string): boolean {
  return ctx.lexicon.workNouns.has(noun.toLowerCase()) && DESCRIPTION.test(name);
}
/** Words in lower case after a first one, with blanks between: a description ("Dyndns update"), not a name. */
const DESCRIPTION = /^[A-Za-z][\w-]*(?:[ \t]+[a-z][\w-]*)+$/;

/**
 * A bare self noun ("Server started", "thread interrupted") is the narrator speaking of itself; but a role noun that
 * the narrator's own name does not carry ("server" said by HttpClient) is its counterpart, another party.
 */
function isOwnBareNoun(ctx: CandidateContext, noun: string): boolean {
  if (!ctx.lexicon.selfNouns.has(noun.toLowerCase())) return false;
  return ctx.narrator === null || !mayBeCounterpart(ctx.narrator, noun) || !CLIENT_SIDE.test(ctx.narrator);
}

/** A role noun that comes in pairs ("server"), which the narrator's own name does not carry: it may be the other side. */
export function mayBeCounterpart(narrator: string, noun: string): boolean {
  const lower = noun.toLowerCase();
  return COUNTERPART_ROLES.has(lower) && !narrator.toLowerCase().includes(lower);
}

/**
 * "RemoteActorRefProvider$RemotingTerminator: Remote daemon shut down": a self noun qualified by a word that opens the
 * narrator's name or one of its parts, up to a CamelCase hump ("Remote" of "RemoteActorRefProvider") or a daemon's "d"
 * ("pacemakerd: Pacemaker daemon successfully started"), is still the narrator's word for itself. Only self nouns:
 * "BatteryService: Battery health changed" reports the battery.
 */
function leadsOwnName(ctx: CandidateContext, word: string): boolean {
  if (ctx.narrator === null) return false;
  const lower = word.toLowerCase();
  return narratorParts(ctx.narrator).some((part) => {
    if (part.length < word.length || part.slice(0, word.length).toLowerCase() !== lower) return false;
    const next = part.charCodeAt(word.length);
    return Number.isNaN(next) || (next >= 65 && next <= 90) || (next === 100 && part.length === word.length + 1);
  });
}

/** Roles that come in pairs: a client's "server" is the other side. */
const COUNTERPART_ROLES = new Set(['server', 'service', 'daemon']);
const CLIENT_SIDE = /client|proxy|gateway|agent|monitor|watchdog|probe|checker|caller|consumer|stub|connection|connector|driver/i;

/** The first part of an underscored name. */
const UNDERSCORED_HEAD = /^([A-Za-z]+)_/;

/**
 * "table_T3", "config_V2": an underscored name headed by a data type word (the lexicon's data name suffixes, any case)
 * names that data, as "InsertEvent" does; "rack_B7" is headed by no such word.
 */
function dataTypeHead(ctx: CandidateContext, name: string): string | undefined {
  const head = UNDERSCORED_HEAD.exec(name)?.[1];
  return head !== undefined && ctx.lexicon.dataNouns.has(head.toLowerCase()) ? head : undefined;
}

/** Verdict on a name found by shape or inventory; `weak` when the shape alone is weak evidence (see weakShapeKind). */
function judgeName(ctx: CandidateContext, name: string, source: string, start: number, weak = false): Candidate {
  const end = start + name.length;
  const known = ctx.inventory.narratorNamed(name);
  if (isSelf(ctx, name)) return { name, start, end, source, component: false, why: 'the narrator itself' };
  if (ctx.lexicon.selfWords.has(name.toLowerCase())) return { name, start, end, source, component: false, why: 'self reference' };
  // "Log loaded for partition p-3": a name that is just a data type word ("Log", "Cache") is that common noun, even
  // where some narrator is called so.
  if (ctx.lexicon.dataNouns.has(name.toLowerCase())) return { name, start, end, source, component: false, why: 'a data type word' };
  if (known !== undefined) return { name, start, end, source, component: true, why: `narrator ${known} elsewhere in the trace` };
  if (ctx.lexicon.componentNames.has(normalizeName(name))) return { name, start, end, source, component: true, why: 'declared component name' };
  const data = dataPatternOf(ctx, name);
  if (data !== undefined) return { name, start, end, source, component: false, why: `data-shaped (${data})` };
  const state = stateNameWord(ctx, name);
  if (state !== undefined) return { name, start, end, source, component: false, why: `a state's name (…${state}…)` };
  const suffix = ctx.lexicon.dataNameSuffixRegex.exec(name);
  if (suffix) return { name, start, end, source, component: false, why: `data type name (…${suffix[0].slice(1)})` };
  const head = dataTypeHead(ctx, name);
  if (head !== undefined) return { name, start, end, source, component: false, why: `data type name (${head}_…)` };
  const outcome = errorCodeOutcome(ctx, name);
  if (outcome !== undefined) return { name, start, end, source, component: false, why: `error code (…${outcome})` };
  if (weak) return { name, start, end, source, component: true, why: `component-shaped (${source}): a unit only with a status a unit has`, weakShape: true };
  return { name, start, end, source, component: true, why: `component-shaped (${source})` };
}

/** Capitals joined by hyphens, no digit: a device's designation ("SS-HR", "SCADA-HMI") or a state's name. */
const CAPITALS_JOINED = /^[A-Z]{2,}(?:-[A-Z]{2,})+$/;
/** A word of a state's name that no status word is: an ongoing activity ("LOAD-BALANCING", "WAITING-FOR-PARTNER"). */
const ACTIVITY = /[a-z]{2,}ing$/;

/**
 * The word that makes capitals joined by hyphens a state's name, not a device's: a status word or an activity
 * ("PARTNER-DOWN", "COMM-LOST", "LOAD-BALANCING", "INIT-REBOOT"); undefined for a designation ("SCADA-HMI").
 */
function stateNameWord(ctx: CandidateContext, name: string): string | undefined {
  if (!CAPITALS_JOINED.test(name)) return undefined;
  return name.toLowerCase().split('-').find((part) => ctx.lexicon.statusNegative.has(part) || ACTIVITY.test(part));
}

/** The words of a name, its runs of two letters or more: "relay-gw04" has "relay" and "gw", "zone-a-01" only "zone". */
const NAME_WORD = /[a-z]{2,}/g;
/**
 * Prefixes English writes with a hyphen ("pre-flight", "non-blocking", "auto-scaling"): the word they open is an English
 * compound, not a service's name. Closed-class, like CLOSED_CLASS.
 */
const PREFIXES = new Set(['pre', 'post', 're', 'non', 'co', 'sub', 'multi', 'auto', 'semi', 'anti', 'un', 'mid', 'bi', 'tri', 'de', 'dis', 'ex', 'inter', 'intra', 'over', 'under', 'out']);
/** Endings of English nouns of an action or a quality ("log-rotation", "geo-replication"): a feature, not a service. */
const ACTION_NOUN_ENDING = /(?:tion|sion|ment|ance|ence|ity|ness|ure)$/;

/**
 * How a name found by a weak component pattern ("cache-01", "media-store") is read:
 * - 'none', no candidate at all, when one of its words numbers or joins what is no unit: a step, try or piece of work,
 *   a version, a standard, a person or a record ("step-2", "retry-1", "part-00000", "utf-8", "user-42": the lexicon's
 *   numberedNonUnits), a closed-class word, a prefix or a self word ("read-only", "pre-flight", "my-app"), or a check
 *   noun ("health-check"); or, unnumbered, when it ends in an English word by its ending ("long-running", "keep-alive")
 *   or in a noun of an action ("log-rotation");
 * - 'strong', a unit as "worker-7" is, when it is numbered and one of its words is a component noun ("host-3",
 *   "kafka-broker-1": a numbered unit of a kind, with more words than the numbered unit pattern knows);
 * - 'weak' otherwise: a unit only with a status a unit has (rules.ts).
 */
function weakShapeKind(ctx: CandidateContext, name: string): 'none' | 'strong' | 'weak' {
  const words = name.toLowerCase().match(NAME_WORD) ?? [];
  const notUnit = words.some((w) => ctx.lexicon.numberedNonUnits.has(w) || CLOSED_CLASS.has(w) || PREFIXES.has(w)
    || ctx.lexicon.selfWords.has(w) || ctx.lexicon.linkWords.has(w) || ctx.lexicon.checkNouns.has(w));
  const numbered = /\d/.test(name);
  const last = words[words.length - 1] ?? '';
  if (notUnit || (!numbered && (ENGLISH_ENDING.test(last) || ACTION_NOUN_ENDING.test(last)))) return 'none';
  return numbered && words.some((w) => ctx.lexicon.componentNounSet.has(w)) ? 'strong' : 'weak';
}

/** The last word of a CamelCase name with two words or more: "AccessDenied" -> "Denied". */
const LAST_CAMEL_WORD = /[a-z0-9]([A-Z][a-z]+)$/;

/**
 * "AccessDenied", "ServiceUnavailable", "NetworkPluginNotReady": a CamelCase name ending in a negative status word is an
 * error code, the outcome of something, not a unit ("Upload failed: AccessDenied").
 */
function errorCodeOutcome(ctx: CandidateContext, name: string): string | undefined {
  const last = LAST_CAMEL_WORD.exec(name)?.[1];
  return last !== undefined && ctx.lexicon.statusNegative.get(last.toLowerCase()) === true ? last : undefined;
}

/**
 * Right before a name: a noun that makes it an operation ("call QueryJobs", "method GetQuota"). Not the verb: "calling
 * QuotaSvc" names the service called.
 */
const CALL_BEFORE = /(?:^|[^\w])(?:call|method|function|procedure)[ \t]+$/i;

/**
 * "call QueryJobs returned 0x0", "OpenService(WinDefend) failed", "RegisterDeviceNotification returned handle 0x1A":
 * a name the narrator calls is its own operation, and what the call returns is its own call's outcome (LABELS.md: "foo
 * called bar. Status OK." is N); unless the name is a narrator or a declared component.
 */
function calledOperation(ctx: CandidateContext, body: string, name: string, start: number): boolean {
  return (CALL_BEFORE.test(body.slice(Math.max(0, start - 12), start)) || withArguments(body, start + name.length) || functionName(ctx, name))
    && ctx.inventory.narratorNamed(name) === undefined && !ctx.lexicon.componentNames.has(normalizeName(name));
}

/** A CamelCase name opening with a verb, as API functions are named: "RegisterDeviceNotification", "GetQueuedStatus". */
const VERB_FIRST = /^(?:Get|Set|Create|Open|Close|Read|Write|Register|Unregister|Query|Init|Initialize|Send|Recv|Receive|Bind|Find|Alloc|Allocate|Free|Delete|Remove|Enum|Enumerate|Wait|Post|Lock|Unlock|Call|Invoke|Acquire|Release|Copy|Flush|Reset|Install|Uninstall)[A-Z]/;
/** The last word of a CamelCase name that makes it a unit's: "LoadBalancer", "QueryService", "ResetAgent". */
const UNIT_LAST_WORD = /(?:Svc|Service|Mgr|Manager|Balancer|Monitor|Watcher|Handler|Listener|Daemon|Provider|Host)$/;

/**
 * A function by its name's shape: a verb, then what it acts on ("RegisterDeviceNotification returned handle 0x1A"),
 * unless a unit's word or a component noun ends it ("ResetAgent", "QueryServer").
 */
function functionName(ctx: CandidateContext, name: string): boolean {
  if (!VERB_FIRST.test(name) || UNIT_LAST_WORD.test(name)) return false;
  const last = LAST_CAMEL_WORD.exec(name)?.[1];
  return last === undefined || !ctx.lexicon.componentNounSet.has(last.toLowerCase());
}

/** Arguments right after a name, as a call writes them: not a process id ("ModuleA(pid 12)", "svchost(880)"). */
const ARGUMENTS = /\((?![ \t]*(?:(?:pid|id)[ \t=:]*)?\d+[ \t]*\))/iy;

/** "OpenService(WinDefend) failed", "CreateFileW(\"C:\\x\") returned 5": a name with its arguments is a call. */
function withArguments(body: string, end: number): boolean {
  ARGUMENTS.lastIndex = end;
  return ARGUMENTS.test(body);
}

/** Whether a strong component pattern matches the whole of `word` ("sdb", "ae0"). */
function shapedWhole(body: Body, word: string): boolean {
  for (const pattern of body.index.componentPatterns) {
    if (pattern.weak || (pattern.literal !== '' && !word.includes(pattern.literal))) continue;
    pattern.regex.lastIndex = 0;
    const m = pattern.regex.exec(word);
    pattern.regex.lastIndex = 0;
    if (m !== null && m.index === 0 && m[0].length === word.length) return true;
  }
  return false;
}


/**
 * Nouns of data that go by a name, written after them: "profile S-QPSK-512K", "calendar HOL-2024", "key K-17", the
 * narrator's own alarms and warnings ("alarm SUB-14-VLV", "warning W-17"). Not the words of a unit's attributes
 * ("status ct:202 started", "state", "mode"), which name the unit after them. Closed-class, as the comparison words of
 * unitRules.ts.
 */
const NAMED_DATA = new Set(['profile', 'calendar', 'certificate', 'policy', 'template', 'key', 'file', 'table', 'record', 'token', 'alarm', 'warning']);

/**
 * A noun of named data right before a name makes it that data's name, not a unit's ("alarm GAS-L7-CH4 returned to
 * normal"); not a level in capitals ("WARNING payments-api returned 503"). The noun, or undefined.
 */
function dataNounBefore(body: string, start: number): string | undefined {
  const word = WORD_BEFORE.exec(body.slice(Math.max(0, start - 24), start))?.[1];
  return word !== undefined && NAMED_DATA.has(word.toLowerCase()) && word !== word.toUpperCase() ? word : undefined;
}

/** Names found by the lexicon's component patterns. */
function shapedNames(ctx: CandidateContext, body: Body): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of body.index.componentPatterns) {
    if (pattern.literal !== '' && !body.text.includes(pattern.literal)) continue;
    for (const m of matchesOf(pattern.regex, body.text)) {
      const kind = pattern.weak ? weakShapeKind(ctx, m[0]) : 'strong';
      if (kind === 'none') continue;
      const judged = judgeName(ctx, m[0], pattern.name, m.index, kind === 'weak');
      const dataNoun = judged.component ? dataNounBefore(body.text, m.index) : undefined;
      if (dataNoun !== undefined) found.push({ ...judged, component: false, why: `the name of a ${dataNoun}` });
      else found.push(judged.component && calledOperation(ctx, body.text, m[0], m.index) ? { ...judged, component: false, why: 'an operation the narrator calls' } : judged);
    }
  }
  return found;
}

/** Words that are narrators elsewhere, declared component names, or operations of another narrator. */
function knownNames(ctx: CandidateContext, words: readonly Word[]): Candidate[] {
  const found: Candidate[] = [];
  // Normalizing every word costs; with no declared component names (a lexicon that empties the list) it cannot match.
  const declared = ctx.lexicon.componentNames.size > 0;
  for (const w of words) {
    const bare = w.text.endsWith('()') ? w.text.slice(0, -2) : w.text;
    const owner = ctx.inventory.ownerOfOperation(bare);
    if (owner !== undefined && owner !== ctx.narrator) {
      found.push({ name: bare, start: w.start, end: w.start + bare.length, source: 'operation', component: true, why: `operation of narrator ${owner}` });
    } else if (ctx.inventory.narratorNamed(w.text) !== undefined || (declared && ctx.lexicon.componentNames.has(normalizeName(w.text)))) {
      found.push(judgeName(ctx, w.text, 'known name', w.start));
    }
  }
  return found;
}

/** A number, or a port's numbers ("1.2", "1/0/24"): what a noun and its colon label ("link: 0", "Link: 1.2"). */
const LABELLED_NUMBER = /^\d+(?:[./]\d+){0,3}$/;
/** A decimal or hex number or a single letter (a drive, a slot), and nothing else: no name on its own. */
const BARE_NUMBER = /^(?:0[xX][0-9A-Fa-f]+|\d+|[A-Za-z])$/;

/** At most this many characters in a quoted name of several words. */
const QUOTED_NAME_LENGTH = 48;

/**
 * "Device 'Keyboard K3' connected", "share 'Team Files' is offline": a quoted name may hold blanks; it runs from
 * its first word to the closing quote (the same mark, on the same line, within QUOTED_NAME_LENGTH), else it is that
 * first word alone.
 */
function quotedName(body: string, first: Word): Word {
  const mark = body.charAt(first.start - 1);
  const close = body.indexOf(mark, first.start);
  if (close <= first.end || close - first.start > QUOTED_NAME_LENGTH) return first;
  const end = body.charAt(close - 1) === '\\' ? close - 1 : close;
  const text = body.slice(first.start, end);
  return text.includes('\n') ? first : { text, start: first.start, end };
}

/** Right after a noun, its name in parentheses: VCS's "Resource(app_svc)" (group 1); not a plural's "(s)". */
const PAREN_NAME = /\((?!e?s\))([^()\s][^()]{0,46})\)/y;

/** After a noun and a blank, its name in brackets: "Dependency [postgres] UP" (group 1); "array[3]" is an index. */
const BRACKET_NAME = /[ \t]\[([^[\]\s][^[\]]{0,46})\]/y;

/**
 * After a noun, "at" and an IPv4 address: "The server at 10.0.0.5 is down" names the server by its address (group 1),
 * as "server 10.0.0.5" does; with a port the address is a unit of its own already.
 */
const AT_ADDRESS = /[ \t]+at[ \t]+((?:\d{1,3}\.){3}\d{1,3})(?![\w.:])/y;

/**
 * The name a noun ending at `at` is given in parentheses or brackets (PAREN_NAME, BRACKET_NAME), marks included, or by
 * the address it is at (AT_ADDRESS).
 */
function markedName(body: string, at: number): Word | undefined {
  PAREN_NAME.lastIndex = at;
  BRACKET_NAME.lastIndex = at;
  AT_ADDRESS.lastIndex = at;
  const m = PAREN_NAME.exec(body) ?? BRACKET_NAME.exec(body) ?? AT_ADDRESS.exec(body);
  // From the opening to the closing mark: the phrase before it is the noun alone, a status after it follows it.
  return m === null ? undefined : { text: m[1] as string, start: at, end: at + m[0].length };
}

/**
 * "server #12 started [poller #1]": a self noun numbered with '#' in a log that names no narrator is the writing
 * program's own process (Zabbix numbers its processes so, and each writes its own start).
 */
const HASH_NUMBER = /^#\d+$/;
/**
 * A name only another process can have: a host's (three labels or more), an address, an Erlang node's
 * ("ns_1@cb-2.example"). "Node 'ns_1@cb-1.example' came up" in the lines of a module named for what it does with nodes
 * (ns_node_disco) is news of that node, not the module's own.
 */
const ELSEWHERE = /^(?:[\w.-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){2,8}|\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?)$/;

/**
 * Bracketed labels glued before a word, as ODBC drivers write their error text ("[ma-3.1.20]MySQL server"; a word's
 * first opening bracket is trimmed with its punctuation).
 */
const BRACKET_LABELS = /^(?:\[?[^\]\s[]*\])+(?=[A-Za-z])/;

/** `word` without the bracketed labels glued before it: "[mysqld-8.0.36]MySQL" is the word "MySQL". */
function unbracketed(word: Word | undefined): Word | undefined {
  if (word === undefined || !word.text.includes(']')) return word;
  const labels = BRACKET_LABELS.exec(word.text);
  return labels === null ? word : { text: word.text.slice(labels[0].length), start: word.start + labels[0].length, end: word.end };
}

/**
 * The word in parentheses right before a component noun, parentheses included: Windows' instance name ("SQL Server
 * (MSSQLSERVER) service"), or undefined.
 */
function instanceBefore(body: string, words: readonly Word[], i: number, nounAt: number): Word | undefined {
  const word = words[i - 1];
  if (word === undefined || body.charCodeAt(word.start - 1) !== 40 || body.charCodeAt(word.end) !== 41) return undefined;
  if (!CAPITALIZED_WORD.test(word.text) || !onlyBlanksBetween(body, word.end + 1, nounAt)) return undefined;
  return { text: word.text, start: word.start - 1, end: word.end + 1 };
}

/**
 * Where the name of the unit whose noun is word `i` begins, given its modifier (the word before the noun, or the
 * instance in parentheses there): a modifier with labels glued before it ("[ma-3.1.20]MySQL") starts the name itself;
 * an instance goes with the capitalized words before it ("SQL Server (MSSQLSERVER) service"); else capitalizedRunStart.
 */
function nameStart(ctx: CandidateContext, body: string, words: readonly Word[], i: number, modifier: Word): number {
  const before = words[i - 1];
  if (before === undefined) return modifier.start;
  if (modifier.start < before.start) {
    const word = words[i - 2];
    const joined = word !== undefined && CAPITALIZED_WORD.test(word.text) && onlyBlanksBetween(body, word.end, modifier.start);
    return joined ? capitalizedRunStart(ctx, body, words, i - 2) : modifier.start;
  }
  return modifier !== before ? modifier.start : capitalizedRunStart(ctx, body, words, i - 1);
}

/** A word in capitals alone: "URL", "HTTP". */
const ACRONYM = /^[A-Z]{2,6}$/;
/** A capitalized word that may stand in a name before a component noun ("Print", "DHCP"). */
const CAPITALIZED_WORD = /^[A-Z][A-Za-z0-9]*$/;

/**
 * Where the name of a unit begins whose modifier is the word at `last`: "The Print Spooler service", "the DHCP Client
 * service" name their service by every capitalized word before the noun (up to three more), as Windows does; a
 * lower-case modifier stands alone ("spooler service").
 */
function capitalizedRunStart(ctx: CandidateContext, body: string, words: readonly Word[], last: number): number {
  let first = last;
  // A verb opening the message ("Marking LDAP server ...", "Lost Print Spooler service") is no part of the name.
  const isCapitalized = (w: Word | undefined): w is Word => w !== undefined && CAPITALIZED_WORD.test(w.text) && !NOT_MODIFIER.test(w.text)
    && !PARTICIPLE.test(w.text) && !ctx.lexicon.statusNegative.has(w.text.toLowerCase());
  if (!isCapitalized(words[last])) return (words[last] as Word).start;
  while (last - first < 3 && isCapitalized(words[first - 1]) && onlyBlanksBetween(body, (words[first - 1] as Word).end, (words[first] as Word).start)) first--;
  return (words[first] as Word).start;
}

/** "[modifier] noun [Name] [(pid N)]": "name server NS2", "spooler service", "Process org.example.app (pid 12)". */
function nounPhrases(ctx: CandidateContext, text: Body): Candidate[] {
  const found: Candidate[] = [];
  const body = text.text;
  const words = text.words;
  for (const m of text.phraseMatches(Family.componentNoun, text.index.componentNounAt, ctx.lexicon.componentNounRegex)) {
    const i = text.wordIndexAt(m.index);
    // A plural ("the DNS servers are not responding") names several units and no one of them: no name follows it.
    const singular = ctx.lexicon.componentNounPlurals.get(m[0].toLowerCase());
    const marked = singular === undefined ? markedName(body, m.index + m[0].length) : undefined;
    if (marked === undefined && words[i]?.text.toLowerCase() !== m[0].toLowerCase()) continue;
    const noun = m[0];
    const prev = unbracketed(words[i - 1]);
    const instanceName = instanceBefore(body, words, i, m.index);
    const modifier = instanceName ?? (prev !== undefined && PLAIN_WORD.test(prev.text) && !NOT_MODIFIER.test(prev.text)
      && !PARTICIPLE.test(prev.text) && !ctx.lexicon.linkWords.has(prev.text.toLowerCase())
      // A party's act is no modifier: "checker reports path is up".
      && !ctx.lexicon.replyStatuses.has(prev.text.toLowerCase())
      && onlyBlanksBetween(body, prev.end, m.index) ? prev : undefined);
    const next = words[i + 1];
    // A quoted name ("service 'media.camera' died") counts: its opening quote, escaped or not, may stand after the blanks.
    const quoted = next === undefined || !QUOTES.includes(body.charAt(next.start - 1)) ? 0 : body.charAt(next.start - 2) === '\\' ? 2 : 1;
    // Quoted, any word is a name ('worker "logical replication launcher"'); bare, only one shaped like a name.
    // A lower-case word names only a bare noun: after a modifier it ends a compound ("high disk watermark exceeded").
    const compound = modifier !== undefined && !CLOSED_CLASS.has(modifier.text.toLowerCase());
    const bare = next !== undefined && quoted === 0 && !NAME_LIKE.test(next.text);
    // A lower-case word a strong pattern reads whole ("disk sdb") is a unit's name, as a capital or digit would make it.
    const shaped = bare && shapedWhole(text, next.text);
    const plain = bare && !shaped && !compound && plainName(ctx, next.text);
    // Corosync's "host: 2 link: 0 is down", F5's "Link: 1.2 is DOWN": a number after the noun and a colon is its number,
    // as after a blank.
    const labelled = next !== undefined && quoted === 0 && body.charCodeAt(m.index + noun.length) === 58 && LABELLED_NUMBER.test(next.text)
      && onlyBlanksBetween(body, m.index + noun.length + 1, next.start);
    // An acronym the lexicon knows as a word names no unit ("the peer URL https://...": the URL follows).
    const acronym = next !== undefined && quoted === 0 && ACRONYM.test(next.text) && ctx.lexicon.englishWords.has(next.text.toLowerCase());
    const first = singular === undefined && next !== undefined && !acronym && (quoted > 0 || NAME_LIKE.test(next.text) || plain || shaped)
      && (labelled || onlyBlanksBetween(body, m.index + noun.length, next.start - quoted))
      && !ctx.lexicon.statusNegative.has(next.text.toLowerCase()) && !VERB_FORM.test(next.text) ? next : undefined;
    const named = marked ?? (first !== undefined && quoted > 0 ? quotedName(body, first) : first);
    // "dependency check failed": a noun that names a unit only with its name says nothing of one bare, unless a party's
    // reply follows it ("Master replied to PING": only a party replies).
    if (named === undefined && ctx.lexicon.namedOnlyNouns.has(singular ?? noun.toLowerCase()) && !replyAfter(ctx, body, m.index + noun.length)) continue;
    let end = named?.end ?? m.index + noun.length;
    PID_PARENTHETICAL.lastIndex = end;
    end += PID_PARENTHETICAL.exec(body)?.[0].length ?? 0;
    const start = modifier === undefined ? m.index : nameStart(ctx, body, words, i, modifier);
    if (singular !== undefined && !unitsInPlural(ctx, body, start, singular, next?.text)) continue;
    const phrase = body.slice(start, named ? named.start : m.index + noun.length).trim();
    // A bare number or letter names nothing on its own ("process 2212", "node 3", "volume E"): the noun with it does.
    // So does a dotted place ("disk 1.10.4").
    const name = named === undefined ? phrase : labelled ? `${noun} ${named.text}`
      : BARE_NUMBER.test(named.text) || placedPart(noun, named.text) ? body.slice(m.index, named.end) : named.text;
    const source = 'component noun';
    // "worker: Worker 2 died": a numbered one of the narrator's own kind is another instance when the narrator is a
    // module, named in lower case (Python's "app.worker"), the narrator itself only when its own name carries the
    // number. A class's instance goes by its number ("GroupCoordinator: [GroupCoordinator 2]: Preparing..." is the
    // narrator's own line).
    const instance = named !== undefined && BARE_NUMBER.test(named.text) && ctx.narrator !== null && ctx.narrator === ctx.narrator.toLowerCase();
    const elsewhere = named !== undefined && ELSEWHERE.test(named.text);
    if (instance || elsewhere ? isSelf(ctx, name) : isSelf(ctx, phrase, name, body.slice(start, end))) {
      found.push({ name, start, end, source, component: false, why: 'the narrator itself' });
    } else if (runsItself(ctx, singular ?? noun) || (named !== undefined && (namesItsKind(ctx, singular ?? noun) || describesWork(ctx, noun, named.text)))) {
      found.push({ name, start, end, source, component: false, why: `the narrator's own ${noun.toLowerCase()}: it runs them` });
    } else if (named !== undefined && isDataName(ctx, named.text, noun)) {
      found.push({ name, start, end, source, component: false, why: `named by data (${dataPatternOf(ctx, named.text) ?? ''})` });
    } else if (modifier === undefined && named !== undefined && ctx.narrator === null && HASH_NUMBER.test(named.text)
      && ctx.lexicon.selfNouns.has(noun.toLowerCase())) {
      found.push({ name, start, end, source, component: false, why: `"${noun} ${named.text}": the writing program's own numbered process` });
    } else if (singular === undefined && modifier === undefined && named === undefined && isOwnBareNoun(ctx, noun)) {
      found.push({ name, start, end, source, component: false, why: `bare "${noun}": the narrator's word for itself`, selfNoun: true });
    } else if (modifier !== undefined && ctx.lexicon.selfWords.has(modifier.text.toLowerCase()) && !otherEnd(modifier.text, noun)) {
      found.push({ name, start, end, source, component: false, why: `self reference "${modifier.text}"` });
    } else if (singular === undefined && modifier !== undefined && named === undefined
      && (isOwnBareNoun(ctx, noun) ? leadsOwnName(ctx, modifier.text) : modifier.text.toLowerCase() === ctx.narrator?.toLowerCase())) {
      // "watchdog node state changed" said by watchdog: any unit of its kind, qualified by the narrator's whole name.
      found.push({ name, start, end, source, component: false, why: `"${phrase}": the narrator's word for itself, qualified by its own name` });
    } else {
      const weak = plain && named !== undefined;
      const kind = named === undefined ? '' : weak ? " with a lower-case name (a unit only with a unit's own status)" : ' with a name';
      found.push({
        name, start, end, source, component: true, why: `component noun "${noun}"${kind}`, named: named !== undefined,
        ...(weak ? { plain: true } : {}), ...(singular !== undefined ? { plural: true } : {}),
      });
    }
  }
  return found;
}

/**
 * "Our peer on the DC (sqlnode1) is dead", "my partner is unreachable": a possessive before a noun of a relation names
 * the relation's other end, not the narrator ("local peer" and "this node" still are the narrator).
 */
const POSSESSIVES = new Set(['our', 'my']);
const RELATION_NOUNS = new Set(['peer', 'partner', 'mate', 'neighbor', 'neighbour', 'upstream', 'leader', 'master', 'primary']);

function otherEnd(modifier: string, noun: string): boolean {
  return POSSESSIVES.has(modifier.toLowerCase()) && RELATION_NOUNS.has(noun.toLowerCase());
}

/** Words that count or set apart the units after them: "no plugins", "some nodes", "7 of 9 ECUs", "maximum connections". */
const COUNTING = new Set(['no', 'some', 'any', 'few', 'many', 'several', 'more', 'most', 'less', 'fewer', 'of', 'other', 'remaining', 'total', 'max', 'maximum', 'min', 'minimum']);
/**
 * A verb in -ing or -ed right before the units, acting on them: opening its clause or after a negation or an auxiliary
 * ("Killing processes", "Not marking nodes down", "were loaded plugins"); after another word it is a modifier ("web
 * filter rating servers").
 */
const VERB_BEFORE = /(?:^|[:;,.!?(][ \t]*|(?:^|[ \t])(?:not|is|are|was|were|be|been|being|to|will|and|then)[ \t]+)[A-Za-z]+(?:ing|ed)[ \t]+$/i;
/** After a plural, a verb of the singular: the "plural" is a name's last word ("Oracle High Availability Services has"). */
const SINGULAR_VERBS = new Set(['is', 'has', 'was', 'does']);
const HAS_DIGIT = /\d/;

/**
 * Whether a component noun in the plural ("servers", "power supplies") names units the message gives news of: the
 * subject of its clause ("The DNS servers are not responding", "all backend servers are down"). Not counted ("4 clients
 * alive", "7 of 9 ECUs answered": the narrator's tally; "no plugins loaded"), not the object of a verb before it
 * ("Killing processes using /data"), not a name's last word (a verb of the singular after it), not the narrator's own
 * pieces of work or links ("3 tasks up for execution", "connections killed").
 */
function unitsInPlural(ctx: CandidateContext, body: string, at: number, singular: string, next: string | undefined): boolean {
  if (ctx.lexicon.workNouns.has(singular) || ctx.lexicon.linkNounSet.has(singular)) return false;
  if (next !== undefined && SINGULAR_VERBS.has(next.toLowerCase())) return false;
  const before = tokenBefore(body, at);
  if (before === undefined) return true;
  return !HAS_DIGIT.test(before) && !COUNTING.has(before.toLowerCase()) && !VERB_BEFORE.test(body.slice(Math.max(0, at - 64), at));
}

/** Up to three words right after a noun. */
const NEXT_WORDS = /[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?(?:[ \t]+([A-Za-z]+))?/y;

/** Whether a party's reply (the lexicon's reply statuses: "replied", "accepted", "did not respond") follows `at`. */
function replyAfter(ctx: CandidateContext, body: string, at: number): boolean {
  NEXT_WORDS.lastIndex = at;
  const m = NEXT_WORDS.exec(body);
  if (m === null) return false;
  let phrase = '';
  for (const word of [m[1], m[2], m[3]]) {
    if (word === undefined) break;
    phrase = phrase === '' ? word.toLowerCase() : `${phrase} ${word.toLowerCase()}`;
    if (ctx.lexicon.replyStatuses.has(phrase)) return true;
  }
  return false;
}

/**
 * A name in quotes: the opening mark after a blank, a bracket or '=' (not an apostrophe inside a word), the closing one
 * before no word character, at most QUOTED_NAME_LENGTH characters between, none of them a quote or a line end.
 */
const QUOTED = /(?<![^\s(\[=])(["'])([^"'\s][^"'\n]{0,47}?)\1(?!\w)/g;
/** The word right before a name (a quoted one, or one of named data), and the blanks after it. */
const WORD_BEFORE = /([A-Za-z][\w-]*)[ \t]+$/;

/**
 * Words after which a quoted text is what was run or matched, not a name: NetScaler's 'Command "save ns config" - Status
 * "Success"', a query's or a statement's text. Closed-class, as the determiners above.
 */
const QUOTED_TEXT = new Set(['command', 'query', 'statement', 'expression']);

/**
 * 'Backup destination "Backup-WD" is no longer available', "Network location 'Floor 3 Share' is offline": a name in
 * quotes after a noun the lexicon does not know as a component's. The quotes make it a name; what it names only a
 * unit's own status or a reply tells (as a weak shape: rules.ts). After a data word ('file "a.cfg"'), a word that
 * numbers no unit ('user "bob"', the lexicon's numberedNonUnits), a closed-class word ('to "db-1"') or nothing, it is
 * no candidate; after a component noun, nounPhrases has it.
 */
function quotedNames(ctx: CandidateContext, body: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of matchesOf(QUOTED, body)) {
    const before = WORD_BEFORE.exec(body.slice(Math.max(0, m.index - 32), m.index))?.[1]?.toLowerCase();
    if (before === undefined || CLOSED_CLASS.has(before) || ctx.lexicon.dataNouns.has(before) || ctx.lexicon.componentNounSet.has(before)
      || ctx.lexicon.numberedNonUnits.has(before) || QUOTED_TEXT.has(before)) continue;
    const name = m[2] as string;
    found.push(judgeName(ctx, name, 'quoted name', m.index + 1, true));
  }
  return found;
}

/** All candidate subjects in `body`, by position; a noun phrase absorbs the names inside it. */
export function findCandidates(ctx: CandidateContext, body: Body): Candidate[] {
  const text = body.text;
  const quoted = text.includes('"') || text.includes("'") ? quotedNames(ctx, text) : [];
  const all = [...nounPhrases(ctx, body), ...knownNames(ctx, body.words), ...shapedNames(ctx, body), ...quoted];
  // Nothing to merge or order (the common case): skip the map and the sort.
  if (all.length <= 1) return all;
  const unique = new Map<string, Candidate>();
  for (const c of all) {
    const key = `${c.start}:${c.end}`;
    const seen = unique.get(key);
    if (seen === undefined || (!seen.component && c.component && seen.why.startsWith('data'))) unique.set(key, c);
  }
  // Longest first at each offset, then drop what lies inside an earlier mention ("HPUniv" in "driver HPUniv.dll").
  const sorted = [...unique.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let outerEnd = -1;
  for (const c of sorted) {
    if (c.end <= outerEnd) continue;
    kept.push(c);
    outerEnd = c.end;
  }
  return kept;
}
