/**
 * Which component a name names. A trace names one component several ways: the program `nginx` writes messages, and
 * systemd reports on `nginx.service`, or on `sshd.service - OpenBSD Secure Shell server` (the unit with its
 * description); a Windows monitor reports on `The PrintSpooler service` or on `spoolsv.exe`. A name's *key* is the
 * component it names, written one way: silent components (silent.ts), the report graph (graph.ts) and `story NAME`
 * (../story.ts) compare names by their keys. Names keep their spelling everywhere they are shown.
 *
 * A key is the name trimmed and lower-cased, with what only says what kind of thing the component is taken away:
 * - a leading "the " ("The PrintSpooler service");
 * - a systemd description after a one-word name: "sshd.service - OpenBSD Secure Shell server" is sshd.service;
 * - a kind word: "PrintSpooler service", "sshd daemon", "nginx process", "license server", and in front, "service
 *   nginx", "unit nginx.service", "daemon sshd" (but "redis client" is not redis: a client is another component);
 * - a unit or file suffix: ".service", ".socket", ".timer" (systemd), ".exe", ".dll" (Windows).
 * "process 901", "PID 901" and "pid=901" name the process with that id: their key is "pid 901" (see pidOf).
 *
 * Some names name a part of a component: one of its processes (`sshd[2211]`, `chrome.exe (1234)`, `chrome.exe
 * (pid 1234)`), one of its endpoints (`db01:5432`, `mx.example.org[192.0.2.8]`), one instance of a systemd template
 * unit (`openvpn@client.service`). They keep their own key, so that `sshd[2211]` and `sshd[2212]` stay apart, and
 * also answer to the key of the whole (`componentKeys`): a component that wrote messages is not silent because others
 * report on one of its parts, and `story db01` tells what was reported on `db01:5432` too (not the other way round).
 * An endpoint is its host's part on purpose: traces name a server by its host and by its address interchangeably
 * ("db01: checkpoint complete", "connection to db01:5432 refused"), so for silence they are one component.
 *
 * Nothing else is cut: `db01` and `db02`, `api` and `api-gateway`, `Indexer` and `IndexerSvc` stay apart.
 */

/** A systemd description after a one-word unit name. */
const DESCRIPTION = /^(\S+) - .+$/;
/** A word that says what kind of component a name is, behind it or in front of it. */
const KIND_AFTER = /^(.+?) (?:service|daemon|process|server)$/;
const KIND_BEFORE = /^(?:service|unit|daemon) (\S+)$/;
/** Unit and file suffixes; systemd's first (an instance `name@instance` is a part of `name`). */
const SYSTEMD_UNIT = /^(.+)\.(?:service|socket|timer)$/;
const WINDOWS_FILE = /^(.+)\.(?:exe|dll)$/;
/** A process by its id: "process 901", "PID 901", "pid=901", "pid:901". */
const PROCESS_ID = /^(?:process|pid)(?: |=|: ?)(\d+)$/;
/**
 * A part named after its whole: a process id or an address in brackets, a port (after a host without colons, or
 * a bracketed IPv6 address: the last group of a bare IPv6 address is no port).
 */
const BRACKETED = /^(.+?) ?(?:\[[^\][\s]+\]|\((?:pid )?\d+\))$/;
const PORT = /^([^:]+|\[[^\]]+\]):\d{1,5}$/;

/** The key of a name: the component it names, written one way (see above). */
export function componentKey(name: string): string {
  return parse(name).key;
}

/** The keys a name answers to: its own key first, then those of the components it is a part of. */
export function componentKeys(name: string): string[] {
  const keys: string[] = [];
  for (let current: string | null = name; current !== null && keys.length < 4; ) {
    const { key, whole } = parse(current);
    if (!keys.includes(key)) keys.push(key);
    current = whole;
  }
  return keys;
}

/** Whether `name` names the component whose key is `key`, or a part of it (`story NAME`). */
export function answersTo(name: string, key: string): boolean {
  return componentKeys(name).includes(key);
}

/** The process id a key names ("pid 901" -> 901), or null. */
export function pidOf(key: string): number | null {
  return key.startsWith('pid ') ? Number(key.slice(4)) : null;
}

/** The last segment of a dotted or slashed name ("org.example.Quorum" -> "Quorum"), or the name itself. */
export function lastSegment(name: string): string {
  const parts = name.split(/[.:/\\$]/).filter((part) => part.length > 0);
  return parts.length === 0 ? name : parts[parts.length - 1];
}

/**
 * The keys under which narrators are known: the key of their name and of its last segment (`org.example.Indexer`
 * is known as `Indexer` too).
 */
export function narratorKeys(names: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    const key = componentKey(name);
    keys.add(key);
    keys.add(lastSegment(key));
  }
  return keys;
}

/** A name's key, and the name of the whole it is a part of (null when it names a whole). */
function parse(name: string): { key: string; whole: string | null } {
  let key = name.trim().toLowerCase();
  if (key.startsWith('the ')) key = key.slice(4).trimStart();
  key = DESCRIPTION.exec(key)?.[1] ?? key;
  key = KIND_AFTER.exec(key)?.[1] ?? KIND_BEFORE.exec(key)?.[1] ?? key;
  const pid = PROCESS_ID.exec(key);
  if (pid !== null) return { key: `pid ${Number(pid[1])}`, whole: null };
  const unit = SYSTEMD_UNIT.exec(key);
  if (unit !== null) {
    key = unit[1];
    const at = key.indexOf('@');
    return { key, whole: at > 0 ? key.slice(0, at) : null };
  }
  key = WINDOWS_FILE.exec(key)?.[1] ?? key;
  return { key, whole: BRACKETED.exec(key)?.[1] ?? PORT.exec(key)?.[1] ?? null };
}
