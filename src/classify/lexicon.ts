/** The classifier's vocabulary: loaded from grammars/lexicon.json plus user files, compiled once into regexes. */

import { join } from 'node:path';
import { DiegesisError } from '../errors.js';
import { grammarsDir } from '../paths.js';
import { mergeRawLexicons, readLexiconFile, WORD_LISTS, type RawLexicon, type WordListKey } from './lexiconFile.js';
import { normalizeName } from './text.js';
import { digitBlindness, type DigitBlindness } from './digit-blind.js';

export type { StatusWord, NamedPattern, RawLexicon } from './lexiconFile.js';

export interface CompiledPattern {
  readonly name: string;
  /** Global regex; use with matchAll (which works on a copy, so sharing it is safe). */
  readonly regex: RegExp;
  /** A component pattern whose shape alone is weak evidence of a unit (NamedPattern.weak). */
  readonly weak?: boolean;
}

/** The classifier's vocabulary, compiled (see loadLexicon). */
export interface Lexicon {
  /** The files merged into this lexicon, built-in first. */
  readonly sources: readonly string[];
  /** The vocabulary as merged, with the contracted forms of its status phrases, for documentation and explanations. */
  readonly raw: Readonly<RawLexicon>;
  /** Status/outcome phrase (lower case, single-spaced) -> negative? */
  readonly statusNegative: ReadonlyMap<string, boolean>;
  /** Statuses only a running unit has ("down", "died", "unreachable"), lower-case and single-spaced: see unitStatus in rules.ts. */
  readonly unitStatuses: ReadonlySet<string>;
  /** Finds status phrases; letters may not touch either end (so "ACCESS_DENIED" holds "denied", "onSuccess" holds nothing). */
  readonly statusRegex: RegExp;
  /** Finds component nouns ("service", "printer"...) and their plurals ("servers", "power supplies") as whole words. */
  readonly componentNounRegex: RegExp;
  /** The component nouns' plurals, lower case -> the singular ("supplies" -> "supply"): see pluralOf. */
  readonly componentNounPlurals: ReadonlyMap<string, string>;
  readonly componentPatterns: readonly CompiledPattern[];
  /** Anchored patterns of identifiers that are data, not components (numbers, GUIDs, paths...). */
  readonly dataPatterns: readonly CompiledPattern[];
  /** CamelCase names ending so ("InsertEvent", "ActivityRecord") name data types, not components. */
  readonly dataNameSuffixRegex: RegExp;
  /** The data name suffixes as words, lower case ("table", "config"): what a name headed or ended by one holds is data. */
  readonly dataNouns: ReadonlySet<string>;
  /** Clause-initial verbs of ending another unit's life ("Killing", "Expiring") followed by their object. */
  readonly fateRegex: RegExp;
  /** "response from", "error from"... followed by the reporting party. */
  readonly reportFromRegex: RegExp;
  /** "cannot open ... to", "unable to connect to"... followed by the unreachable party. */
  readonly reachFailureRegex: RegExp;
  /** A getter naming a device state with its value: "isWifiEnabled true", "isCameraBusy: false". */
  readonly deviceQueryRegex: RegExp;
  /** A negative status used as an adjective of a component noun: "crashed service", "offline printer". */
  readonly attributiveRegex: RegExp;
  /** "owner.state=VALUE" or "VALUE (owner.state)": groups owner/value, or value/owner in the second form. */
  readonly stateFieldRegex: RegExp;
  /**
   * Sticky, tried right after a unit and its blanks: a state word, maybe in an opening parenthesis and with ":" or "=",
   * then the state as a constant (group 1; the rule checks it is upper case) ("state STOP_PENDING", "(state: ACCEPTED)").
   */
  readonly stateValueRegex: RegExp;
  /** "Progress of X is : 0.4": a progress noun, "of"/"for", an optional type word, the unit, then a number. */
  readonly progressRegex: RegExp;
  /** Body-initial outcome participles ("Finished task 3.0 ... on host7"), lower case. */
  readonly outcomeVerbs: ReadonlySet<string>;
  /** "ANR in X", "crash of X": a negative status that precedes its subject. */
  readonly statusFirstRegex: RegExp;
  /** "parity error corrected", "ddr error(s) detected and corrected": a fault noun, then its correction (group 1). */
  readonly correctedFaultRegex: RegExp;
  /** Words naming a hardware part or its storage ("cache", "dram", "parity"), lower case. */
  readonly hardwareParts: ReadonlySet<string>;
  /** deviceNouns, lower case. */
  readonly deviceNounSet: ReadonlySet<string>;
  /** Words that number or name what is no unit ("step", "retry", "utf", "user"), lower case: see candidates.ts. */
  readonly numberedNonUnits: ReadonlySet<string>;
  /**
   * What a unit has or sends, lower case: its state, status or health (the state fields) or a report of it (the report
   * nouns: "heartbeat", "reply"). A name whose shape alone makes it a unit's needs one of these for a check report.
   */
  readonly unitReportNouns: ReadonlySet<string>;
  /** "entered disabled state", "went into promiscuous mode", "entered its idle period": an entry verb (group 1), maybe "the" or "its", the state (group 2): its name (group 3) and a state noun. */
  readonly stateEntryRegex: RegExp;
  /** A lower-case word ending so is an English noun ("timer", "session"), not a program's name. */
  readonly commonNounEndingRegex: RegExp;
  /**
   * Lower-case words the lexicon knows as English (every word of its lists and status phrases, the notNames, and the
   * stems of its "-ed" and "-ing" forms): such a word after a component noun does not name it.
   */
  readonly englishWords: ReadonlySet<string>;
  /** Body-initial participles of a unit joining or leaving a registry ("registered"), lower case. */
  readonly registrationVerbs: ReadonlySet<string>;
  /** The fault nouns as a set, lower case: "X error: detail" uses one as a label of the detail. */
  readonly faultNouns: ReadonlySet<string>;
  /** "could not", "unable to"...: a failure to do something, anywhere in a text. */
  readonly failureMarkerRegex: RegExp;
  /** Service managers (narrator names as written, lower case) whose lifecycle lines ("Started Foo Service.") report their units. */
  readonly supervisorNarrators: ReadonlySet<string>;
  /** Body-initial lifecycle words of a service manager's line, with the unit after them. */
  readonly lifecycleOpenerRegex: RegExp;
  /** Anchored patterns of a device designation opening a driver's message ("usb 2-1: ..."). */
  readonly devicePrefixes: readonly CompiledPattern[];
  /** Narrator name endings of a role that runs work units ("Executor", "SyncWorker"), lower case. */
  readonly workerRoles: readonly string[];
  /** Work units such a narrator runs itself: its "task 3" is its own work, not another component. */
  readonly workNouns: ReadonlySet<string>;
  /** Keys of structured fields naming the unit a message is about, lower-cased (see fieldSubjectKey). */
  readonly fieldSubjects: ReadonlySet<string>;
  /** Keys of structured fields holding a unit's state ("status=Running"), lower case: the lexicon's stateFields. */
  readonly stateFieldKeys: ReadonlySet<string>;
  /** Status words that name a setting when "to"/"by" and a quantity follow ("timeout to 5000 ms"), lower case. */
  readonly settingStatuses: ReadonlySet<string>;
  /** Component nouns a program uses for itself when bare ("Server started"): self unless modified or named. */
  readonly selfNouns: ReadonlySet<string>;
  /** Component nouns that make a mention only with a name after them ("dependency redis"), lower case. */
  readonly namedOnlyNouns: ReadonlySet<string>;
  /** The component nouns as a set, lower case (componentNounRegex finds them in text). */
  readonly componentNounSet: ReadonlySet<string>;
  readonly checkNouns: ReadonlySet<string>;
  /** Whether a text holds a check noun anywhere (not global: a quick test before looking for one word by word). */
  readonly checkNounRegex: RegExp;
  readonly linkWords: ReadonlySet<string>;
  /** Nouns of a connection with a party ("connection", "channel"), lower-cased. */
  readonly linkNounSet: ReadonlySet<string>;
  readonly subjectQualifiers: ReadonlySet<string>;
  readonly selfActionVerbs: ReadonlySet<string>;
  readonly fateObjects: ReadonlySet<string>;
  readonly selfWords: ReadonlySet<string>;
  /** Names declared to be components, normalized (see normalizeName). */
  readonly componentNames: ReadonlySet<string>;
  /** Narrator -> other names it goes by, normalized. */
  readonly narratorAliases: ReadonlyMap<string, readonly string[]>;
  /** Address shapes of a remote party, sticky: tried at one offset (peerRules.ts). */
  readonly addressPatterns: readonly CompiledPattern[];
  /** "<peer event> [after WORD] from|by ": group 1 the event; the party follows. */
  readonly peerEventRegex: RegExp;
  /** "did not receive ... from ", "have not heard from ", "no SYN-ACK from ": the party follows. */
  readonly noReceiptRegex: RegExp;
  /** Statuses that are a party's reply or its silence ("returned", "did not respond"), lower-cased and single-spaced. */
  readonly replyStatuses: ReadonlySet<string>;
  /** "<link noun> to|with|from ": group 1 the noun; the party follows. */
  readonly linkToRegex: RegExp;
  /** A link ending, sticky: tried right after the party. */
  readonly linkEndingAt: RegExp;
  /** A peer error phrase in an error slot: group 1 the phrase. */
  readonly peerErrorRegex: RegExp;
  /** "error sending ... to ", "failed to fetch ... from ": group 1 the failure word; the party follows. */
  readonly transferFailureRegex: RegExp;
  /** The digits 1-9 that no word or pattern tells apart, and those only its landmarks do (see digit-blind.ts). */
  readonly digitBlindness: DigitBlindness;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of phrases, longest first so "not responding" wins over "responding"; spaces match any run of blanks. */
function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return sorted.map((p) => escapeRegex(p.trim()).replace(/\s+/g, '\\s+')).join('|');
}

function wordsRegex(phrases: readonly string[], flags: string): RegExp {
  return new RegExp(`(?<![A-Za-z])(?:${alternation(phrases)})(?![A-Za-z])`, flags);
}

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

/**
 * The regular English plural of a noun of the lexicon, lower case: "servers", "switches", "proxies", "children". A
 * compound's last word takes it ("power supplies"). Irregular nouns other than "child" are not in the component nouns.
 */
export function pluralOf(noun: string): string {
  const lowerNoun = noun.toLowerCase();
  if (lowerNoun.endsWith('child')) return `${lowerNoun}ren`;
  if (/(?:s|x|z|ch|sh)$/.test(lowerNoun)) return `${lowerNoun}es`;
  if (/[^aeiou]y$/.test(lowerNoun)) return `${lowerNoun.slice(0, -1)}ies`;
  return `${lowerNoun}s`;
}
/** Phrases as status cues are compared: lower case, single-spaced. */
const phraseSet = (phrases: readonly string[]): Set<string> => new Set(phrases.map((p) => p.toLowerCase().replace(/\s+/g, ' ')));

/**
 * Lists that hold names or word endings rather than English words, and the numberedNonUnits, which hold abbreviations
 * ("utf", "rc") and, for a shape's words only, words that may well name a unit after a component noun ("node alpha").
 */
const NOT_ENGLISH: ReadonlySet<WordListKey> = new Set<WordListKey>(['componentNames', 'supervisorNarrators', 'commonNounEndings', 'workerRoles', 'numberedNonUnits']);
const PARTICIPLE_ENDING = /(?:ed|ing)$/;
const DOUBLED_END = /([b-df-hj-np-tv-z])\1$/;

/** The words of every English list and status phrase, and the stems of their participles ("returned": "return"). */
function englishWordsOf(raw: RawLexicon): Set<string> {
  const words = new Set<string>();
  const phrases = [...raw.statuses.map((s) => s.phrase), ...WORD_LISTS.filter((key) => !NOT_ENGLISH.has(key)).flatMap((key) => raw[key])];
  for (const phrase of phrases) {
    for (const word of phrase.toLowerCase().split(/[^a-z]+/)) {
      if (word === '') continue;
      words.add(word);
      const stem = word.replace(PARTICIPLE_ENDING, '');
      if (stem === word || stem.length < 2) continue;
      // "closed": "close"; "stopped": "stop".
      words.add(stem).add(`${stem}e`).add(stem.replace(DOUBLED_END, '$1'));
    }
  }
  return words;
}

/** The lexicons compileLexicon made: the values checkLexicon takes for Lexicons. */
const compiled = new WeakSet<object>();

/**
 * `value` as a Lexicon, else a DiegesisError saying what is expected: a library user may pass anything, a lexicon
 * file's path or its parsed content among them. A Lexicon is one loadLexicon made (its fields are compiled from one
 * another, so an object of the same shape is none).
 */
export function checkLexicon(value: unknown): Lexicon {
  if (typeof value === 'object' && value !== null && compiled.has(value)) return value as Lexicon;
  let got: string;
  if (typeof value === 'string') got = `the string "${value}" (a lexicon file's path goes to loadLexicon([path]))`;
  else if (value === null || Array.isArray(value)) got = value === null ? 'null' : 'an array';
  else if (typeof value === 'object') got = 'an object loadLexicon did not make (a lexicon file\'s content goes in a file for loadLexicon)';
  else got = `a ${typeof value}`;
  throw new DiegesisError(`lexicon: expected a Lexicon made by loadLexicon(files), got ${got}`);
}

/** An auxiliary and its "not", which English also writes contracted: "did not respond", "didn't respond". */
const CONTRACTIBLE = /(?<![A-Za-z])(do|does|did|is|was|are|were|has|have|had|could|would|should) not(?![A-Za-z])/i;

/** A phrase's contracted form ("did not answer": "didn't answer"), or undefined when it has none. */
function contractedOf(phrase: string): string | undefined {
  const contracted = phrase.replace(CONTRACTIBLE, "$1n't");
  return contracted === phrase ? undefined : contracted;
}

/** `phrases`, then the contracted form of each that has one. */
function withContracted(phrases: readonly string[]): string[] {
  return [...phrases, ...phrases.flatMap((p) => contractedOf(p) ?? [])];
}

/**
 * The raw lexicon with the contracted forms of its status phrases added ("didn't respond", "doesn't respond"), so a
 * lexicon file lists each phrase once, in full.
 */
function withContractions(raw: RawLexicon): RawLexicon {
  const statuses = raw.statuses.flatMap((s) => {
    const contracted = contractedOf(s.phrase);
    return contracted === undefined ? [] : [{ ...s, phrase: contracted }];
  });
  return { ...raw, statuses: [...raw.statuses, ...statuses], unitStatuses: withContracted(raw.unitStatuses), replyStatuses: withContracted(raw.replyStatuses) };
}

/** Compiles a merged raw lexicon; every regex of the classifier is built here, once. */
export function compileLexicon(file: RawLexicon, sources: readonly string[]): Lexicon {
  const raw = withContractions(file);
  const statusNegative = new Map<string, boolean>();
  for (const s of raw.statuses) statusNegative.set(s.phrase.toLowerCase().replace(/\s+/g, ' '), s.negative);
  const nouns = alternation(raw.componentNouns);
  const singulars = lower(raw.componentNouns);
  const componentNounPlurals = new Map(raw.componentNouns.map((n) => [pluralOf(n), n.toLowerCase()] as const).filter(([p]) => !singulars.has(p)));
  // After a failure to reach: the party as the verb's object ("Timeout connecting server X"), or after its "to" or
  // "with" ("connecting to X": a verb's object is no "to").
  const reachObject = `(?:${alternation(raw.reachObjectVerbs)})\\s+(?!(?:to|with)\\s)(?=\\S)`;
  const reachTo = `(?![A-Za-z])[^.;]{0,60}?\\s(?:to|with)\\s+(?=\\S)`;
  const lexicon: Lexicon = {
    sources,
    raw,
    statusNegative,
    statusRegex: wordsRegex([...statusNegative.keys()], 'gi'),
    unitStatuses: phraseSet(raw.unitStatuses),
    componentNounRegex: new RegExp(`(?<![\\w-])(?:${alternation([...raw.componentNouns, ...componentNounPlurals.keys()])})(?![\\w-])`, 'gi'),
    componentNounPlurals,
    componentPatterns: raw.componentPatterns.map((p) => ({ name: p.name, regex: new RegExp(p.pattern, 'gu'), ...(p.weak === true ? { weak: true } : {}) })),
    dataPatterns: raw.dataPatterns.map((p) => ({ name: p.name, regex: new RegExp(p.pattern, 'u') })),
    dataNameSuffixRegex: new RegExp(`[A-Za-z0-9](?:${alternation(raw.dataNameSuffixes)})$`),
    dataNouns: lower(raw.dataNameSuffixes),
    fateRegex: new RegExp(`(?:^|[.;:,]\\s*)(${alternation(raw.fateVerbs)})\\s+(?=\\S)`, 'gi'),
    // The report noun, maybe its code ("error 1236"), then "from".
    reportFromRegex: new RegExp(`(?<![A-Za-z])(${alternation(raw.reportNouns)})(?:\\s+\\d{1,6})?\\s+from\\s+(?=\\S)`, 'gi'),
    reachFailureRegex: new RegExp(
      `(?<![A-Za-z])(?:(${alternation(raw.failureMarkers)})\\s+(?:${reachObject}|(?:${alternation(raw.reachVerbs)})${reachTo})` +
        `|(${alternation(raw.reachFailureNouns)})\\s+(?:while\\s+|in\\s+|on\\s+)?(?:${reachObject}|(?:${alternation(raw.reachGerunds)})${reachTo}))`,
      'gi',
    ),
    deviceQueryRegex: new RegExp(
      `(?<![A-Za-z])is(${alternation(raw.deviceNouns)})[A-Za-z]{0,30}\\s*(?:[:=]\\s*)?(?:true|false|on|off|yes|no|low|high|-?\\d+)(?![\\w.])`,
      'g',
    ),
    attributiveRegex: new RegExp(
      // One lower-case word may qualify a link noun: "a failed network connection".
      `(?<![A-Za-z])(${alternation(raw.attributiveStatuses)})\\s+(?:[a-z]{2,12}\\s+(?=(?:${alternation(raw.linkNouns)})(?![\\w-])))?(${nouns})(?![\\w-])`,
      'gi',
    ),
    stateFieldRegex: new RegExp(
      `(?<![\\w.])([A-Za-z]\\w{0,30})\\.(?:${alternation(raw.stateFields)})[ \\t]*[=:][ \\t]*([A-Za-z_]{2,30})(?![\\w.])` +
        `|(?<![\\w.])([A-Z][A-Z_]{2,30})[ \\t]+\\(([A-Za-z]\\w{0,30})\\.(?:${alternation(raw.stateFields)})\\)`,
      'g',
    ),
    stateValueRegex: new RegExp(`(?:\\([ \\t]*)?(?:${alternation(raw.stateFields)})(?![A-Za-z])[ \\t]*(?:[:=][ \\t]*|(?:is|was)[ \\t]+)?([A-Z][A-Z0-9_]+(?:-[A-Z0-9_]+)*)(?![\\w-])`, 'iy'),
    progressRegex: new RegExp(
      `(?<![A-Za-z])(${alternation(raw.progressNouns)})\\s+(?:of|for)\\s+([A-Z][A-Za-z]{1,40}\\s+)?(?=\\S)`,
      'gi',
    ),
    outcomeVerbs: lower(raw.outcomeVerbs),
    statusFirstRegex: new RegExp(`(?<![A-Za-z])(${alternation(raw.statusFirstPhrases)})\\s+(?=\\S)`, 'gi'),
    correctedFaultRegex: new RegExp(
      `(?<![A-Za-z])(?:${alternation(raw.faultNouns)})(?:\\s*\\([^()]{0,40}\\)){0,2}\\s+(?:(?:was|were|has\\s+been|have\\s+been)\\s+)?` +
        `(?:(?:detected|found)\\s+and\\s+)?(${alternation(raw.correctionVerbs)})(?![A-Za-z])`,
      'gi',
    ),
    hardwareParts: lower(raw.hardwareParts),
    deviceNounSet: lower(raw.deviceNouns),
    numberedNonUnits: lower(raw.numberedNonUnits),
    unitReportNouns: lower([...raw.stateFields, ...raw.reportNouns]),
    registrationVerbs: lower(raw.registrationVerbs),
    englishWords: englishWordsOf(raw),
    commonNounEndingRegex: new RegExp(`[a-z](?:${alternation(raw.commonNounEndings)})$`),
    stateEntryRegex: new RegExp(
      `(?<![A-Za-z])(${alternation(raw.stateEntryVerbs)})\\s+(?:(?:the|its)\\s+)?(([A-Za-z][\\w-]{1,30})\\s+(?:${alternation(raw.stateNouns)}))(?![A-Za-z])`,
      'gi',
    ),
    faultNouns: lower(raw.faultNouns),
    failureMarkerRegex: wordsRegex(raw.failureMarkers, 'i'),
    supervisorNarrators: lower(raw.supervisorNarrators),
    lifecycleOpenerRegex: new RegExp(`^(${alternation(raw.lifecycleOpeners)})\\s+(?=\\S)`, 'i'),
    devicePrefixes: raw.devicePrefixes.map((p) => ({ name: p.name, regex: new RegExp(p.pattern, 'u') })),
    workerRoles: raw.workerRoles.map((r) => r.toLowerCase()),
    workNouns: lower(raw.workNouns),
    fieldSubjects: lower(raw.fieldSubjects),
    stateFieldKeys: lower(raw.stateFields),
    settingStatuses: lower(raw.settingStatuses),
    selfNouns: lower(raw.selfNouns),
    componentNounSet: lower(raw.componentNouns),
    namedOnlyNouns: lower(raw.namedOnlyNouns),
    checkNouns: lower(raw.checkNouns),
    checkNounRegex: wordsRegex(raw.checkNouns, 'i'),
    linkWords: lower(raw.linkWords),
    subjectQualifiers: lower(raw.subjectQualifiers),
    selfActionVerbs: lower(raw.selfActionVerbs),
    fateObjects: lower(raw.fateObjects),
    selfWords: lower(raw.selfWords),
    componentNames: new Set(raw.componentNames.map(normalizeName)),
    narratorAliases: new Map(Object.entries(raw.narratorAliases).map(([n, names]) => [n, names.map(normalizeName)])),
    addressPatterns: raw.addressPatterns.map((p) => ({ name: p.name, regex: new RegExp(p.pattern, 'uy') })),
    peerEventRegex: new RegExp(
      `(?<![A-Za-z])(${alternation(raw.peerEvents)})(?:\\s+after\\s+[A-Za-z][\\w-]*(?:\\s+\\([^()]{0,40}\\))?)?\\s+(?:from|by)\\s+(?=\\S)`,
      'gi',
    ),
    noReceiptRegex: new RegExp(
      `(?<![A-Za-z])(?:(?:(?:did|does|do|has|have|had)\\s+not|didn't|doesn't|hasn't|haven't|never)\\s+(?:${alternation(raw.receiptVerbs)})(?![A-Za-z])[^.;]{0,50}?` +
        `|no\\s+(?:[A-Za-z]+-)?(?:${alternation(raw.reportNouns)}))\\s+from\\s+(?=\\S)`,
      'gi',
    ),
    linkNounSet: lower(raw.linkNouns),
    replyStatuses: phraseSet(raw.replyStatuses),
    linkToRegex: new RegExp(`(?<![A-Za-z])(${alternation(raw.linkNouns)})\\s+(?:to|with|from)\\s+(?=\\S)`, 'gi'),
    linkEndingAt: new RegExp(`(?:${alternation(raw.linkEndings)})(?![A-Za-z])`, 'iy'),
    peerErrorRegex: new RegExp(`(?:^|[:,([\\]]|\\s-)\\s*(${alternation(raw.peerErrors)})(?![A-Za-z])`, 'gi'),
    transferFailureRegex: new RegExp(
      `(?<![A-Za-z])(error|failure|exception|timeout|timed\\s+out|${alternation(raw.failureMarkers)})\\s+(?:while\\s+|when\\s+|in\\s+)?(?:${alternation(raw.transferVerbs)})(?![A-Za-z])[^.;]{0,80}?\\s(?:to|from)\\s+(?=\\S)`,
      'gi',
    ),
    digitBlindness: digitBlindness(raw),
  };
  compiled.add(lexicon);
  return lexicon;
}

/** The built-in lexicon file. */
export const builtinLexiconPath = join(grammarsDir, 'lexicon.json');

/**
 * Loads grammars/lexicon.json and merges the user files on top, in order.
 * A broken file throws DataFileError naming the file, the place in it and the problem.
 */
export function loadLexicon(extraPaths: readonly string[] = []): Lexicon {
  const sources = [builtinLexiconPath, ...extraPaths];
  const raw = sources.map(readLexiconFile).reduce(mergeRawLexicons);
  return compileLexicon(raw, sources);
}
