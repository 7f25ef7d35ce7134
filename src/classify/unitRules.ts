/**
 * Rules for how schedulers, service managers and drivers report the units they run or watch: the progress or outcome
 * of a task that ran elsewhere, a managed unit's lifecycle, a device's error, a status named before its subject.
 * Each still asks the phrase-structure question of rules.ts: is a status predicated of a unit other than the narrator?
 */

import { PREPOSITION_BEFORE, UPTIME, cueOf, diegetic, labelledMentionAt, mentionAt, type Rule, type RuleInput, type SubjectMention } from './rules.js';
import { Family, matchesOf } from './scan.js';
import { firstWordFrom, normalizeName, onlyBlanksBetween, type Word } from './text.js';
import type { StatusCue } from './cues.js';

/** After the unit: "is : 0.13", "= 45%", ": 0.5". */
const PROGRESS_VALUE = /[ \t]*(?:is[ \t]*)?[:=]?[ \t]*\d+(?:\.\d+)?%?(?![\w.])/y;

/** "Progress of TaskAttempt attempt_1_0001_m_000002_0 is : 0.53": how far another unit has got. */
const progress: Rule = (input) => {
  if (!input.text.has(Family.progressNoun)) return null;
  for (const m of matchesOf(input.text.index.progress, input.body)) {
    // The optional type word may itself open the mention ("progress for job job_1_0002").
    const end = m.index + m[0].length;
    const subject = mentionAt(input, end, false) ?? (m[2] === undefined ? undefined : mentionAt(input, end - m[2].length, false));
    if (subject === undefined) continue;
    PROGRESS_VALUE.lastIndex = subject.end;
    if (PROGRESS_VALUE.test(input.body)) return diegetic('progress', subject, [cueOf(m[1] ?? '', m.index, false)], ' (progress of another unit)');
  }
  return null;
};

/** The clause of `body` that starts at `from`: up to ". ", ";" or the end. */
function clauseEnd(body: string, from: number): number {
  const stop = /\.\s|;/g;
  stop.lastIndex = from;
  return stop.exec(body)?.index ?? body.length;
}

/** " on mesos-slave-13", " on host 10.0.0.7", " on node-3": where the unit ran, a host-like word or a component. */
const ON_PLACE = /\son\s+(?:host:?\s+)?([A-Za-z0-9][\w.:-]*[\d.-][\w.:-]*)/g;

/**
 * "Finished task 3.0 in stage 1.0 (TID 7) in 812 ms on host7 (executor 2)": an outcome opening the body, a unit right
 * after it, and the place it ran on. The place tells the unit ran elsewhere: the unit's own worker says "Finished task
 * 3.0 ..." without one.
 */
const remoteOutcome: Rule = (input) => {
  const verb = firstWordFrom(input.body, 0);
  if (verb === undefined || verb.start !== 0 || !input.lexicon.outcomeVerbs.has(verb.text.toLowerCase())) return null;
  const subject = mentionAt(input, firstWordFrom(input.body, verb.end)?.start ?? -1, false);
  if (subject === undefined) return null;
  const end = clauseEnd(input.body, subject.end);
  ON_PLACE.lastIndex = subject.end;
  const place = ON_PLACE.exec(input.body);
  ON_PLACE.lastIndex = 0;
  if (place === null || place.index >= end) return null;
  const negative = input.lexicon.statusNegative.get(verb.text.toLowerCase()) ?? false;
  return diegetic('remote-outcome', subject, [cueOf(verb.text, 0, negative)], ` (ran on ${place[1] ?? ''})`);
};

/**
 * A unit file's name before its description, as systemd writes both ("nginx.service - A high performance web server"):
 * the name is the unit's, the description says what it is.
 */
const UNIT_FILE_NAME = /^[\w@:.\\-]+\.(?:service|socket|device|mount|automount|swap|target|path|timer|slice|scope)(?= - \S)/;

/**
 * "Started Daily apt download activities.", "Failed to start Foo Service.", "Started nginx.service - A high performance
 * web server.", "Dependency failed for PostgreSQL RDBMS.": a service manager reports a unit it runs, named by its
 * description, its unit file, or both.
 */
const supervisedUnit: Rule = (input) => {
  const narrator = input.narrator;
  // Looked up as written: normalizing every record's narrator would cost more than the whole rule.
  if (narrator === null || !input.lexicon.supervisorNarrators.has(narrator)) return null;
  const m = input.lexicon.lifecycleOpenerRegex.exec(input.body);
  if (m === null) return null;
  const opener = m[1] ?? '';
  const start = m[0].length;
  const end = clauseEnd(input.body, start);
  const named = input.body.slice(start, end).replace(/[.\s]+$/, '');
  const name = UNIT_FILE_NAME.exec(named)?.[0] ?? named;
  if (name === '') return null;
  const subject: SubjectMention = { name, start, end: start + name.length };
  const negative = opener.toLowerCase().split(/\s+/).some((word) => input.lexicon.statusNegative.get(word) === true);
  return diegetic('supervised-unit', subject, [cueOf(opener, 0, negative)], ' (lifecycle of a managed unit)');
};

/**
 * An init script's report of the daemon it starts or stops, as SysV rc scripts write it: "cupsd startup succeeded",
 * "syslogd shutdown failed" (groups 1, 2), "Starting pcmcia:  succeeded", "Stopping httpd: [FAILED]" (groups 3, 4).
 */
const INIT_OUTCOME = /^(?:([A-Za-z][\w.@-]*)[ \t]+(?:startup|shutdown|restart|reload)[ \t]+(succeeded|failed)|(?:Starting|Stopping|Restarting|Reloading|Shutting down)[ \t]+([A-Za-z][\w.@ -]{0,40}?):[ \t]+(succeeded|failed|OK|FAILED|\[[ \t]*(?:OK|FAILED)[ \t]*\]))[ \t.]*$/;

/**
 * "cups: cupsd startup succeeded", "rc: Stopping smartd:  failed": the script reports the outcome for the daemon it
 * runs, another process. Only a whole line of this shape counts: "Starting pcmcia" (no outcome yet) and "Applying
 * settings: succeeded" (no daemon started or stopped) are the script's own steps.
 */
const initOutcome: Rule = (input) => {
  const m = INIT_OUTCOME.exec(input.body);
  const name = m?.[1] ?? m?.[3];
  const outcome = m?.[2] ?? m?.[4];
  if (m === null || name === undefined || outcome === undefined || input.selfNames.has(normalizeName(name))) return null;
  const start = m[1] === undefined ? input.body.indexOf(name) : 0;
  const at = m[0].lastIndexOf(outcome);
  return diegetic('init-outcome', { name, start, end: start + name.length }, [cueOf(outcome, at, /fail/i.test(outcome))], ' (a daemon its init script ran)');
};

/**
 * A device's news, as the program that listens for it logs the notification: Windows' "DBT_DEVICEARRIVAL
 * USB\VID_0A7C&PID_21F4\CX4Z019385" and "DBT_DEVICEREMOVECOMPLETE ..." (group 1; the device is the instance path
 * after it), UnifiedPOS's "StatusUpdateEvent PTR_SUE_REC_EMPTY" (group 2: the status the device control's device
 * reported, of a device the message does not name otherwise).
 */
const DEVICE_EVENT = /(?<![A-Za-z_])(?:DBT_DEVICE(ARRIVAL|REMOVECOMPLETE|REMOVEPENDING|QUERYREMOVEFAILED)|StatusUpdateEvent[ \t:=(]+([A-Z][A-Z0-9_]{2,}))(?![A-Za-z0-9_])[ \t:,]*/g;
const STATUS_EVENT = 'StatusUpdateEvent';
/** A device instance path or name after the notification. */
const DEVICE_PATH = /[^\s,;]+/y;
/** Codes of bad news: a device emptied, off, open, jammed, failed... */
const BAD_DEVICE_CODE = /REMOVE|EMPTY|OFF|OPEN|JAM|ERR|FAIL|UNSTABLE|OVER|UNDER|LOW/;

const deviceEvent: Rule = (input) => {
  const body = input.body;
  if (!body.includes('DBT_DEVICE') && !body.includes(STATUS_EVENT)) return null;
  for (const m of matchesOf(DEVICE_EVENT, body)) {
    const code = m[1] ?? m[2] ?? '';
    const at = m.index + m[0].indexOf(code);
    // The notification's name (DBT_DEVICEARRIVAL), or UnifiedPOS's status code.
    const cue = m[1] === undefined ? cueOf(code, at, BAD_DEVICE_CODE.test(code)) : cueOf(`DBT_DEVICE${code}`, m.index, BAD_DEVICE_CODE.test(code));
    DEVICE_PATH.lastIndex = m.index + m[0].length;
    const path = m[1] === undefined ? null : DEVICE_PATH.exec(body);
    // UnifiedPOS names no device: the event's own name stands for it in the message.
    const subject = path === null ? { name: 'the device', start: m.index, end: m.index + STATUS_EVENT.length } : { name: path[0], start: path.index, end: path.index + path[0].length };
    return diegetic('device-event', subject, [cue], ' (a device\'s news)');
  }
  return null;
};

/** The first failure to do something ("unable to", "cannot") in body[from, to), as a cue. */
function failureIn(input: RuleInput, from: number, to: number): StatusCue | undefined {
  const m = input.lexicon.failureMarkerRegex.exec(input.body.slice(from, to));
  return m === null ? undefined : cueOf(m[0], from + m.index, true);
}

/**
 * Right after a device prefix: one of the device's attributes and its change ("BSSID changed to 4c:7a:...", "channel
 * changed to 44"): group 1 the attribute, group 2 the verb.
 */
const ATTRIBUTE_CHANGED = /:[ \t]+([A-Za-z][\w-]{0,20})[ \t]+(changed)[ \t]+(?:to|from)[ \t]/y;

/** Right after a device prefix, the kernel's news of a USB device plugged in or out (group 1). */
const USB_EVENT = /:[ \t]+(new[ \t]+(?:low|full|high|super|wireless)[- ]speed(?:[ \t]+\w+)?[ \t]+USB[ \t]+device|USB[ \t]+disconnect)(?![A-Za-z])/y;

/**
 * Later in the device's clause, an attribute that changed from one value to another: smartd's "Device: /dev/sda [SAT],
 * SMART Usage Attribute: 194 Temperature_Celsius changed from 64 to 66" (groups as ATTRIBUTE_CHANGED's).
 */
const CHANGED_FROM = /(?<![\w-])([A-Za-z][\w-]{0,40})[ \t]+(changed)[ \t]+from[ \t]/g;

function attributeChangedFrom(body: string, from: number, to: number): RegExpExecArray | null {
  if (!body.includes(' changed from ')) return null;
  CHANGED_FROM.lastIndex = from;
  const m = CHANGED_FROM.exec(body);
  CHANGED_FROM.lastIndex = 0;
  return m !== null && m.index + m[0].length <= to ? m : null;
}

/** A link's good news, which only the other end of its cable brings: "ens3: Gained carrier". */
const CARRIER_BACK = /^gained carrier$/i;

/**
 * "usb 2-1: device not accepting address 4, error -71", "usb usb2-port1: unable to enumerate USB device", "usb 1-2: USB
 * disconnect, address 3", "usb 2-1: new high-speed USB device number 4 using xhci_hcd", "Device:
 * /dev/sda [SAT], 8 Currently unreadable (pending) sectors": a driver's or monitor's bad news (a negative status, a
 * failure to do something) about the device it names first; or a change of one of the device's attributes ("en0:
 * BSSID changed to 4c:7a:12:9e:03:b1"). Not other news: a daemon also opens its own progress with its interface
 * ("wlan0: Trying to associate"), a monitor its own steps ("Device: /dev/sdb [SAT], opened"), and a data word ("wlan0:
 * config changed to ...") is the narrator's own setting. The one good news it takes is a carrier regained (CARRIER_BACK):
 * a connection made ("wlan0: CTRL-EVENT-CONNECTED") is the daemon's own doing.
 */
const devicePrefix: Rule = (input) => {
  const failure = input.text.has(Family.failureMarker);
  const news = (c: StatusCue): boolean => c.negative || CARRIER_BACK.test(c.text);
  if (!failure && !input.cues.statuses.some(news) && !input.body.includes(' changed ') && !input.body.includes('USB ')) return null;
  const at = UPTIME.exec(input.body)?.[0].length ?? 0;
  const rest = at === 0 ? input.body : input.body.slice(at);
  for (const pattern of input.lexicon.devicePrefixes) {
    const m = pattern.regex.exec(rest);
    if (m === null) continue;
    const subject: SubjectMention = { name: m[0], start: at + m.index, end: at + m.index + m[0].length };
    const end = clauseEnd(input.body, subject.end + 1);
    const statuses = input.cues.statuses.filter((c) => news(c) && c.start > subject.end && c.end <= end);
    const failed = statuses.length === 0 && failure ? failureIn(input, subject.end, end) : undefined;
    if (failed !== undefined) statuses.push(failed);
    if (statuses.length > 0) return diegetic('device-prefix', subject, statuses, ` (${pattern.name})`);
    USB_EVENT.lastIndex = subject.end;
    const usb = USB_EVENT.exec(input.body);
    if (usb !== null) {
      const event = usb[1] ?? '';
      return diegetic('device-prefix', subject, [cueOf(event, subject.end + usb[0].length - event.length, /disconnect/i.test(event))], ` (${pattern.name}, attached or detached)`);
    }
    ATTRIBUTE_CHANGED.lastIndex = subject.end;
    const change = ATTRIBUTE_CHANGED.exec(input.body) ?? attributeChangedFrom(input.body, subject.end, end);
    const attribute = change?.[1]?.toLowerCase();
    if (change === null || attribute === undefined || input.lexicon.dataNouns.has(attribute) || input.lexicon.selfWords.has(attribute)) continue;
    const verbAt = change.index + change[0].indexOf(' changed') + 1;
    return diegetic('device-prefix', subject, [cueOf(change[2] ?? '', verbAt, false)], ` (${pattern.name}, ${change[1] ?? ''} changed)`);
  }
  return null;
};

/** A word, then three key=value readings or more, and nothing else: "battery l=87 v=4177 t=29.0 h=2 st=3". */
const READINGS = /^([A-Za-z]+)((?:[ \t]+[a-z][a-z_]{0,11}=[^\s=]*){3,})[ \t]*$/;

/**
 * "healthd: battery l=87 v=4177 t=29.0 h=2 st=3 c=-312": a monitor's readings of a device (the lexicon's device nouns),
 * the device's state. The narrator's own figures open with no device ("stats hits=3 misses=1 evictions=0").
 */
const deviceReadings: Rule = (input) => {
  const m = READINGS.exec(input.body);
  const device = m?.[1];
  if (m === null || device === undefined || !input.lexicon.deviceNounSet.has(device.toLowerCase())) return null;
  const readings = (m[2] ?? '').trim();
  return diegetic('device-readings', { name: device, start: 0, end: device.length }, [cueOf(readings, m[0].indexOf(readings), false)], ' (its readings)');
};

/**
 * An error, then the device it befell: "I/O error, dev sdc, sector 4096", "Buffer I/O error on dev sda1", "timeout on
 * device /dev/sdb" (group 2).
 */
const ERROR_ON_DEVICE = /\b(errors?|failures?|timeout)(?:,[ \t]*|[ \t]+on[ \t]+)dev(?:ice)?[ \t]+((?:\/dev\/)?[A-Za-z][\w.:/-]*[\w/])/i;

/**
 * "blk_update_request: I/O error, dev sdc, sector 490621456", "Buffer I/O error on dev dm-0, logical block 12": the
 * kernel's error of a block device, which it names after the error.
 */
const errorOnDevice: Rule = (input) => {
  if (!input.cues.statuses.some((c) => c.negative)) return null;
  const m = ERROR_ON_DEVICE.exec(input.body);
  const name = m?.[2];
  if (m === null || name === undefined || input.selfNames.has(normalizeName(name))) return null;
  const start = m.index + m[0].length - name.length;
  return diegetic('error-on-device', { name, start, end: start + name.length }, [cueOf(m[1] ?? '', m.index, true)], ' (the device it befell)');
};

/** A phrase of the statusFirst family that ends in "detected on". */
const DETECTED_ON = /detected[ \t]+on$/i;

/**
 * "ANR in com.example.chat", "crash of worker-3", "Timeout executing service: ServiceRecord{5c2f1e0 u0 com.example.sync/.SyncService}":
 * a negative status that names its subject after it, maybe after a type label.
 */
const statusFirst: Rule = (input) => {
  if (!input.text.has(Family.statusFirst)) return null;
  for (const m of matchesOf(input.text.index.statusFirst, input.body)) {
    // After "detected on" only a unit's mention will do: a bare word is where ("parse error detected on input").
    const subject = labelledMentionAt(input, m.index + m[0].length, !DETECTED_ON.test(m[1] ?? ''));
    if (subject !== undefined) return diegetic('status-first', subject, [cueOf(m[1] ?? '', m.index, true)], '');
  }
  return null;
};

/** A label's colon after a status: "Power deactivated: ". */
const STATUS_COLON = /[ \t]*:[ \t]*/y;
/** Nothing but blanks and closing punctuation up to the end: the unit ends the message. */
const MESSAGE_TAIL = /^[\s.!)\]]*$/;

/**
 * "Power deactivated: R05-M0-N4", "Link failure: eth2": a negative status as a label, and the unit it befell after the
 * colon, alone up to the end of the message. "Upload failed: timeout" names no unit, "Update failed: config.json"
 * names data, "Write failed: Broken pipe" a kind of thing (a noun phrase with no name), and "Error: node-3 has 2
 * replicas" goes on to say more than which unit.
 */
const statusLabel: Rule = (input) => {
  if (!input.body.includes(':')) return null;
  for (const cue of input.cues.statuses) {
    STATUS_COLON.lastIndex = cue.end;
    const colon = cue.negative ? STATUS_COLON.exec(input.body) : null;
    if (colon === null) continue;
    const at = cue.end + colon[0].length;
    const subject = input.candidates.find((c) => c.start === at && c.component && (c.source !== 'component noun' || c.named === true));
    if (subject !== undefined && MESSAGE_TAIL.test(input.body.slice(subject.end))) return diegetic('status-label', subject, [cue], ' (status, then the unit it befell)');
  }
  return null;
};

/**
 * A program named as it is run (lower case, as argv[0]: "idoproxydb", "mmcs_server", "ypbind") opening the message,
 * then an event only a running program undergoes: exiting, dying, crashing, being (re)started or killed, failing one of
 * its assertions ("hit ASSERT condition"). A lower-case
 * first word is no English sentence start, so it is the program's name; and these verbs, unlike "started" or "failed"
 * alone ("scan started", "upload failed"), are not said of the narrator's own activities. The verbs are closed-class
 * grammar, kept here like the other shapes of this module.
 */
const PROGRAM_EVENT = /^([a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*)[ \t]+(?:has[ \t]+)?((?:exited|died|crashed|respawned)|(?:has[ \t]+been|was)[ \t]+(?:started|restarted|killed|terminated)|hit[ \t]+(?:an[ \t]+)?(ASSERT|[Aa]ssert(?:ion)?))(?![\w-])/;

/** "idoproxydb exited abnormally due to signal: Aborted", "ciodb has been restarted.": a supervisor reports a program. */
const programEvent: Rule = (input) => {
  const m = PROGRAM_EVENT.exec(input.body);
  if (m === null) return null;
  const name = m[1] ?? '';
  const phrase = m[2] ?? '';
  const lower = name.toLowerCase();
  // A name the narrator goes by, "server exited" or "this exited" are the narrator speaking of itself.
  if (input.lexicon.selfNouns.has(lower) || input.lexicon.selfWords.has(lower) || input.selfNames.has(normalizeName(name))) return null;
  // "scan was started", "request was killed": a check the narrator runs, or data it handles, is no program.
  if (input.lexicon.checkNouns.has(lower) || input.lexicon.dataNouns.has(lower)) return null;
  const verb = phrase.split(/[ \t]+/).pop() ?? '';
  // "timer was started", "session has been killed", "parser hit ASSERT": done to (or in) an English noun, the event
  // tells of an object the narrator handles; only a program's own name ("ciodb has been restarted") makes it a program's.
  if (verb !== phrase && input.lexicon.commonNounEndingRegex.test(lower)) return null;
  const verbAt = m[0].length - verb.length;
  const end = clauseEnd(input.body, m[0].length);
  const later = input.cues.statuses.filter((c) => c.negative && c.start >= m[0].length && c.end <= end);
  const negative = input.lexicon.statusNegative.get(verb) ?? m[3] !== undefined;
  return diegetic('program-event', { name, start: 0, end: name.length }, [cueOf(verb, verbAt, negative), ...later], ' (lifecycle of a program)');
};

/** At most this many words name the part before its fault ("instruction cache parity error"). */
const PART_WORDS = 3;
/** A word of a part's name: letters first, then letters and digits ("ddr", "L3", "EDRAM"), no bare count. */
const PART_WORD = /^[A-Za-z][A-Za-z0-9-]*$/;
/** Words before a fault noun that name no part: counts and determiners ("total of 7 ddr error(s)"). */
const NOT_PART = /^(?:of|total|the|a|an|some|many|several|multiple|more|new|no|one|single)$/i;

/**
 * "instruction cache parity error corrected", "1 ddr error(s) detected and corrected on rank 0": error-correcting
 * logic (ECC, parity) reports the faults it corrected in a hardware part, named by the words before the fault noun.
 * One of them must name hardware (the lexicon's hardware parts): "schema error corrected" is the narrator's own fix,
 * and a data or check noun next to the fault ("config error", "cache check error") names no part either.
 */
const correctedFault: Rule = (input) => {
  if (!input.text.has(Family.correctionVerb)) return null;
  const words = input.text.words;
  for (const m of matchesOf(input.text.index.correctedFault, input.body)) {
    let k = words.findIndex((w) => w.start >= m.index);
    const end = words[k - 1]?.end;
    let start = -1;
    let hardware = false;
    for (let n = 0; n < PART_WORDS && k > 0; n++) {
      const word = words[k - 1] as Word;
      const lower = word.text.toLowerCase();
      const next = words[k]?.start ?? m.index;
      if (!PART_WORD.test(word.text) || NOT_PART.test(word.text) || !onlyBlanksBetween(input.body, word.end, next)) break;
      // The word next to the fault noun tells what faulted: data, a check or the narrator is no hardware part.
      if (n === 0 && (input.lexicon.dataNouns.has(lower) || input.lexicon.checkNouns.has(lower) || input.lexicon.selfWords.has(lower))) break;
      hardware ||= input.lexicon.hardwareParts.has(lower);
      start = word.start;
      k--;
    }
    if (!hardware || end === undefined) continue;
    const verb = m[1] ?? '';
    const subject: SubjectMention = { name: input.body.slice(start, end), start, end };
    return diegetic('corrected-fault', subject, [cueOf(m[0].slice(0, m[0].search(/[\s(]/)), m.index, true), cueOf(verb, m.index + m[0].length - verb.length, false)], ' (fault of a part, corrected)');
  }
  return null;
};

/** Between a unit and its entry verb: its parenthetical ("port 1(veth0)", "eth0 (pid 3)") and link words. */
const BEFORE_ENTRY = /^(?:[ \t]*\([^()]{0,60}\))?[ \t]+(?:(?:has|have|had|just|now|again)[ \t]+)*$/;
/** A designated part after a device prefix: short, with a number ("port 1(veth1a2b)", "queue 3"). */
const DESIGNATED_PART = /^[^:;,]{1,40}$/;

/**
 * "device eth0 entered promiscuous mode", "docker0: port 1(veth1a2b) entered disabled state": a unit moves into a
 * named state. The unit is a component right before the verb, or the part a driver names after its device prefix.
 * A state entered with no unit named ("Entered safe mode") is the narrator's own.
 */
const stateEntry: Rule = (input) => {
  if (!input.text.has(Family.stateEntryVerb)) return null;
  for (const m of matchesOf(input.text.index.stateEntry, input.body)) {
    const state = m[2] ?? '';
    const cue = cueOf(state, m.index + m[0].length - state.length, input.lexicon.statusNegative.get((m[3] ?? '').toLowerCase()) ?? false);
    const before = input.candidates.filter((c) => c.end <= m.index && BEFORE_ENTRY.test(input.body.slice(c.end, m.index))).pop();
    if (before !== undefined) {
      if (before.component) return diegetic('state-entry', before, [cue], ' (entered a state)');
      continue;
    }
    const part = partAfterDevicePrefix(input, m.index);
    if (part !== undefined) return diegetic('state-entry', part, [cue], ' (a device\'s part entered a state)');
  }
  return null;
};

/** The designated part between a driver's device prefix and `end`: "port 1(veth1a2b)" in "docker0: port 1(veth1a2b) ...". */
function partAfterDevicePrefix(input: RuleInput, end: number): SubjectMention | undefined {
  const at = UPTIME.exec(input.body)?.[0].length ?? 0;
  const rest = input.body.slice(at, end);
  for (const pattern of input.lexicon.devicePrefixes) {
    const m = pattern.regex.exec(rest);
    if (m === null) continue;
    const text = rest.slice(m.index + m[0].length + 1);
    const name = text.trim();
    if (!DESIGNATED_PART.test(name) || !/\d/.test(name)) return undefined;
    const start = at + m.index + m[0].length + 1 + (text.length - text.trimStart().length);
    return { name, start, end: start + name.length };
  }
  return undefined;
}

/**
 * "Registered executor NettyRpcEndpointRef(null) (10.0.0.4:48037) with ID 1": a registry reports a unit of a kind, named,
 * that joined or left it. The unit's joining is its own lifecycle event; a type or object the narrator registers for
 * itself ("Registered BlockManager", "Registered signal handlers") is no named unit of a component noun.
 */
const registeredUnit: Rule = (input) => {
  if (!input.text.has(Family.registrationVerb)) return null;
  const verb = firstWordFrom(input.body, 0);
  if (verb === undefined || verb.start !== 0 || !input.lexicon.registrationVerbs.has(verb.text.toLowerCase())) return null;
  const at = firstWordFrom(input.body, verb.end)?.start ?? -1;
  const subject = input.candidates.find((c) => c.start === at);
  if (subject === undefined || !subject.component || subject.named !== true) return null;
  const negative = input.lexicon.statusNegative.get(verb.text.toLowerCase()) ?? false;
  return diegetic('registered-unit', subject, [cueOf(verb.text, 0, negative)], ' (joined or left a registry)');
};

/**
 * A threshold crossed: "below the 5% free-space threshold", "above threshold". The words before "threshold" (at most
 * two) name what is measured. Closed-class comparison words, kept here like the other shapes of this module.
 */
const THRESHOLD = /(?<![A-Za-z])(?:below|above|under|over|exceeds|exceeded|exceeding|crossed|(?:less|greater|lower|higher)[ \t]+than)[ \t]+(?:(?:the|its|a)[ \t]+)?(?:[\w%.-]+[ \t]+){0,2}threshold(?![A-Za-z])/gi;
/** A number with its decimals or percent sign: a measured value ("3120", "4.1%"). */
const MEASURE = /^[-+]?\d+(?:[.,]\d+)?%?$/;
/** Clause punctuation: the subject and the comparison must stand in one clause. */
const CLAUSE_MARK = /[.;,!?](?:\s|$)/;

/** The name of what a unit's sensor reads, written without its value: "Fan 4 RPM is less than...". */
const QUANTITY = /^(?:rpm|speed|temperature|temp|voltage|current|power|pressure|humidity|frequency|load|level|reading|value)$/i;

/**
 * Between a unit and its comparison: a colon, link words ("is", "now") and one measurement, a value with the name of the
 * quantity before it or its unit after it ("speed 3120 rpm"), or the quantity's name alone ("RPM"). Anything else
 * ("queue for", "the cache of") makes the thing compared another one than the unit.
 */
function onlyMeasureBetween(input: RuleInput, from: number, to: number): boolean {
  const text = input.body.slice(from, to);
  if (CLAUSE_MARK.test(text)) return false;
  const words = text.replace(/^[ \t]*:/, '').split(/[ \t]+/).filter((w) => w !== '');
  if (words.length > 5) return false;
  return words.every((w, i) => input.lexicon.linkWords.has(w.toLowerCase()) || MEASURE.test(w) || MEASURE.test(words[i - 1] ?? '') || MEASURE.test(words[i + 1] ?? '')
    || (i === 0 && QUANTITY.test(w)));
}

/**
 * "volume D: is below the 5% free-space threshold", "fan speed 3120 rpm below threshold": a monitor reports that a
 * unit's measured value crossed a threshold, the unit named right before the comparison. "hit ratio below threshold"
 * names no unit: the narrator's own figure; nor does "queue for node-3 above threshold", whose unit is the object of
 * a preposition (what is measured is the narrator's queue).
 */
const thresholdCrossed: Rule = (input) => {
  if (!input.body.includes('hreshold')) return null;
  for (const m of matchesOf(THRESHOLD, input.body)) {
    const subject = input.candidates.filter((c) => c.end <= m.index).pop();
    if (subject === undefined || !subject.component || !onlyMeasureBetween(input, subject.end, m.index)) continue;
    if (PREPOSITION_BEFORE.test(input.body.slice(Math.max(0, subject.start - 12), subject.start))) continue;
    return diegetic('threshold', subject, [cueOf(m[0], m.index, true)], ' (a measured value crossed a threshold)');
  }
  return null;
};

/** The quantities a sensor reads, as they open a reading. */
const SENSED = String.raw`[Tt]emperature|[Tt]emp|[Vv]oltage|[Cc]urrent|[Pp]ressure|[Hh]umidity|[Ff]requency|[Ss]peed|[Bb]attery|[Vv]ibration|[Tt]urbidity|[Ll]evel|[Ff]low|[Ss]upply|[Rr]eturn|[Ff]lue|[Dd]ischarge`;
/** One of them anywhere, as a quick test of a whole body. */
const QUANTITY_WORD = new RegExp(SENSED);
/**
 * A quantity a sensor reads, maybe a word of comparison and a colon, then its value with a physical unit:
 * "temperature 71.2 C", "supply air temperature high: 19.8 degC", "voltage 33.4 kV", "current 182 mA", "flow 2.41
 * m3/h"; not a value asked for ("flow demand 198 m3/h", "level target 80%").
 */
const READING = new RegExp(String.raw`(?<![A-Za-z])(?:${SENSED})s?(?:[ \t]+(?!(?:demand|target|limit|set)(?![a-z]))[a-z]{2,6})?[ \t]*:?[ \t]+[-+]?\d+(?:\.\d+)?[ \t]*(?:°C|°F|degC|degF|C|F|K|V|kV|mV|A|mA|Hz|bar|mbar|kPa|psi|rpm|%|mm\/s|m\/s|NTU|ppm|m3\/h|l\/s|kW|MW)(?![\w°/])`, 'g');
/** Words that put a reading out of its bounds. */
const OUT_OF_BOUNDS = /(?<![A-Za-z])(?:high|low|above|below|exceeds?|exceeded|violated|out[ \t]+of[ \t]+range)(?![A-Za-z])/i;
/** "lowering CAGE-1 to inspection speed 0.5 m/s", "ramping P-2 to speed 1200 rpm": a value the unit is driven to, a target. */
const TARGET = /(?:^|[ \t])to[ \t]/i;
/** An aside in parentheses after a unit: "Ethernet49/1 (spine1 Et3/1) temperature ...". */
const ASIDE = /\([^()]{0,60}\)/g;

/**
 * "Ethernet49/1 (spine1 Et3/1) temperature 71.2 C is above the high warning threshold", "TRK-08 HP3 hotplate temperature
 * 110.9 C", "AHU-01 supply air temperature high: 19.8 degC": a monitor's reading of a sensor of a unit named a few
 * words before the quantity, in the same clause; bad news when the clause puts it out of its bounds. A reading with no
 * unit before it ("voltage control at 33.0 kV") is the narrator's own figure.
 */
const sensorReading: Rule = (input) => {
  if (!QUANTITY_WORD.test(input.body)) return null;
  for (const m of matchesOf(READING, input.body)) {
    // A lower-case name ("supply air") names no unit here: it is what the sensor measures.
    const subject = input.candidates.filter((c) => c.end <= m.index && c.plain !== true).pop();
    if (subject === undefined || !subject.component) continue;
    const between = input.body.slice(subject.end, m.index).replace(ASIDE, ' ');
    if (CLAUSE_MARK.test(between) || between.split(/[ \t]+/).filter((w) => w !== '').length > 4 || TARGET.test(between)) continue;
    if (PREPOSITION_BEFORE.test(input.body.slice(Math.max(0, subject.start - 12), subject.start))) continue;
    const clauseEnd = input.body.slice(m.index).search(CLAUSE_MARK);
    const clause = input.body.slice(m.index, clauseEnd < 0 ? undefined : m.index + clauseEnd);
    return diegetic('sensor-reading', subject, [cueOf(m[0], m.index, OUT_OF_BOUNDS.test(clause))], ' (a reading of its sensor)');
  }
  return null;
};

/** Tried after the phrase rules of rules.ts, in this order. */
export const UNIT_RULES: readonly Rule[] = [deviceEvent, progress, remoteOutcome, supervisedUnit, initOutcome, devicePrefix, deviceReadings, errorOnDevice, statusFirst, statusLabel, programEvent, correctedFault, stateEntry, registeredUnit, thresholdCrossed, sensorReading];
