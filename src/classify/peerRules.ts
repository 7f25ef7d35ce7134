/**
 * Rules for how a program reports the other end of a connection: a remote peer, host, server or node named by an
 * address or host name (after "from", "by", "to", or opening the message), or left implicit in an error only the other
 * end causes ("Broken pipe"). Each still asks the question of rules.ts: is a status, outcome or act predicated of a
 * party other than the narrator? The narrator's own connecting, sending and authenticating stay its own story: these
 * rules need the other side's act (it disconnected, reset, said, did not send) or the link's end. The parties a cluster
 * watches are here too: a member's news by its membership protocol, a Sentinel's instances, an alarm on a named unit,
 * a cluster manager's result of an operation on a resource.
 */

import { addressAt, cueOf, diegetic, labelsDetail, mentionAt, MULTICAST, namingAt, NO_ANSWER, unitStatus, type Rule, type RuleInput, type SubjectMention } from './rules.js';
import type { StatusCue } from './cues.js';
import { Family, matchesOf } from './scan.js';
import { DURATION, firstWordFrom, normalizeName } from './text.js';
import { clauseStatuses, predicateAfter } from './subjectPredicate.js';
import { mayBeCounterpart } from './candidates.js';

/**
 * Closed-class words that may stand before the party ("from the remote host 10.0.0.4", "from addr 10.0.0.4"), and an
 * opening quote ("from 'sip:carrier.example'").
 */
const PARTY_LEAD = /(?:(?:the|a|an|remote|peer|addr|address|host|client|server)[ \t]+){0,2}['"]?/iy;


/**
 * The remote party named at `offset`: a component mention (a named node, a client's "server"), else an address or
 * host name, possibly after a closed-class lead ("the remote host", "addr").
 */
function partyAt(input: RuleInput, offset: number): SubjectMention | undefined {
  const direct = namingAt(input, offset);
  if (direct !== undefined) return direct;
  PARTY_LEAD.lastIndex = offset;
  const lead = PARTY_LEAD.exec(input.body)?.[0].length ?? 0;
  return lead === 0 ? undefined : namingAt(input, offset + lead);
}

/**
 * "Received disconnect from 203.0.113.9: 11: Bye", "Connection reset by 198.51.100.4 port 4411", "lost connection
 * after DATA from relay.example.net[192.0.2.8]": an event on the connection that the party after "from"/"by" caused.
 */
const peerEventFrom: Rule = (input) => {
  if (!input.text.has(Family.peerEvent)) return null;
  for (const m of matchesOf(input.lexicon.peerEventRegex, input.body)) {
    const party = partyAt(input, m.index + m[0].length);
    if (party !== undefined) return diegetic('peer-event', party, [cueOf(m[1] ?? '', m.index, true)], ' (the remote side\'s act)');
  }
  return null;
};

/** Before a "from": a reply word (group 1), then the rest of its clause (at most 60 characters) up to that "from". */
const REPLY_BEFORE = /(?<![A-Za-z])((?:CONN|PUB|SUB|UNSUB|SYN-?)?ACK|NAK|NACK|Access-(?:Accept|Reject|Challenge)|returns?|acks?|acknowledge?ments?|heartbeats?|pings?|PINGREQ|PINGRESP|keepalives?|keep-alives?|hellos?|replies|reply|responses?|answers?|pongs?|beacons?|advertisements?|traps?|notifications?|status[ \t]+(?:updates?|reports?)|I-Am|Msg(?:[A-Z][a-z]+)*Resp|MsgHeartbeat)(?![A-Za-z])[^.;!?]{0,60}?[ \t]$/i;
/** "from" and the blanks before the party. */
const FROM_PARTY = /from[ \t]+(?=\S)/y;
const BAD_REPLY = /^(?:NAK|NACK|Access-Reject)$/i;

/**
 * "Received heartbeat from node-3", "ORU-OUT ACK AA for MDG0044 from EMR-IFACE", "got response from api-2 in 30 ms",
 * "Received hello from host-1021", "COV notification from device 4102", "received MsgVoteResp from 91bc3c" (raft), "SNMP
 * trap from 10.0.0.5", "received RADIUS Access-Reject from server 'rad-b'": a reply, an acknowledgement, a sign of life or a report of its state that a named party sent,
 * then, within the clause, "from" and the party. What the party sent tells its state, as its silence would
 * (no-receipt). Looked for before each "from" only: most bodies hold none, and the words before one are few.
 */
const replyFrom: Rule = (input) => {
  const body = input.body;
  for (let at = body.indexOf('from'); at > 0; at = body.indexOf('from', at + 4)) {
    FROM_PARTY.lastIndex = at;
    const from = FROM_PARTY.exec(body);
    if (from === null) continue;
    const windowStart = Math.max(0, at - 80);
    const m = REPLY_BEFORE.exec(body.slice(windowStart, at));
    if (m === null) continue;
    const party = partyAt(input, at + from[0].length);
    if (party === undefined || input.selfNames.has(normalizeName(party.name))) continue;
    const word = m[1] ?? '';
    return diegetic('reply-from', party, [cueOf(word, windowStart + m.index, BAD_REPLY.test(word))], ' (what it sent)');
  }
  return null;
};

/**
 * "Did not receive identification string from 198.51.100.4", "have not heard from server in 12011ms", "no SYN-ACK
 * from gw.example.net": the party sent nothing it should have, its failure.
 */
const noReceipt: Rule = (input) => {
  for (const m of matchesOf(input.lexicon.noReceiptRegex, input.body)) {
    const party = partyAt(input, m.index + m[0].length);
    const said = m[0].replace(/\s+from\s+$/i, '');
    if (party !== undefined) return diegetic('no-receipt', party, [cueOf(said, m.index, true)], ' (the party sent nothing)');
  }
  return null;
};

/** After the party: a short parenthetical ("(203.0.113.9:5223)"), a port, punctuation, a copula. */
const PARTY_TAIL = /(?:[ \t]*\([^()]{0,60}\))?(?:[ \t]+port[ \t]+\d+)?[ \t,:]*(?:(?:is|was|has[ \t]+been|had[ \t]+been|got|now)[ \t]+)?/iy;

/** What the link was for, between the party and the ending: "for traffic-group /Common/tg-1", "for pool main". */
const FOR_WHAT = /[ \t]+for[ \t]+[^ \t]+/y;
const ONE_MORE_WORD = /[ \t]+[^ \t]+/y;

/**
 * The link ending right after a party ending at `end`, with the tail skipped, or after what the link was for (one or
 * two words after "for").
 */
function endingAfter(input: RuleInput, end: number): StatusCue | undefined {
  const ending = endingAt(input, end);
  if (ending !== undefined) return ending;
  FOR_WHAT.lastIndex = end;
  if (FOR_WHAT.exec(input.body) === null) return undefined;
  const afterOne = FOR_WHAT.lastIndex;
  ONE_MORE_WORD.lastIndex = afterOne;
  return endingAt(input, afterOne) ?? (ONE_MORE_WORD.exec(input.body) === null ? undefined : endingAt(input, ONE_MORE_WORD.lastIndex));
}

function endingAt(input: RuleInput, end: number): StatusCue | undefined {
  PARTY_TAIL.lastIndex = end;
  const at = end + (PARTY_TAIL.exec(input.body)?.[0].length ?? 0);
  const re = input.lexicon.linkEndingAt;
  re.lastIndex = at;
  const m = re.exec(input.body);
  return m === null ? undefined : cueOf(m[0], at, true);
}

/** At most this many words name a party the patterns do not know ("with the standby store"). */
const NAME_WORDS = 3;
/** A determiner before such a name. */
const DETERMINER = /(?:the|a|an)[ \t]+/iy;
/** Words that end a name: a verb form or a preposition starts what is said of it ("to db-3 established after"). */
const NOT_NAME = /(?:ed|ing)$|^(?:after|before|for|in|on|at|by|of|from|while|during|since|until|because|due|and|or|but)$/i;

/** The names of one to NAME_WORDS words at `at`, shortest first, after a determiner: where the party may end. */
function namesAt(input: RuleInput, at: number): SubjectMention[] {
  DETERMINER.lastIndex = at;
  const start = at + (DETERMINER.exec(input.body)?.[0].length ?? 0);
  const names: SubjectMention[] = [];
  for (let end = start; names.length < NAME_WORDS; ) {
    const word = firstWordFrom(input.body, end);
    if (word === undefined || !/^[ \t]*$/.test(input.body.slice(end, word.start)) || NOT_NAME.test(word.text)) break;
    if (input.lexicon.selfWords.has(word.text.toLowerCase())) break;
    end = word.end;
    names.push({ name: input.body.slice(start, end), start, end });
  }
  return names;
}

/**
 * "management channel to gw.example.net dropped", "Connection to libvirt lost: 1", "connection from
 * worker-04/10.0.0.5:4102 is closed", "conversation with mx.example.org[192.0.2.8] timed out": the link with a party
 * ended. The party may be up to three plain words ("courier relay-4.example.com", "the standby store"): the ending right after it is the news.
 */
const FROM_END = /from\s+$/i;
/**
 * Endings of a link the party opened that are the narrator's own verdict on it: "association from 10.30.1.19:38412
 * refused", "Client connection from 10.50.3.9 failed: ... wrong version number".
 */
const VERDICTS_ON_INCOMING = new Set(['refused', 'rejected', 'denied', 'failed']);

const linkEnded: Rule = (input) => {
  if (!input.text.has(Family.linkNoun)) return null;
  for (const m of matchesOf(input.lexicon.linkToRegex, input.body)) {
    const at = m.index + m[0].length;
    const known = partyAt(input, at);
    const tries: SubjectMention[] = known !== undefined ? [known] : [];
    tries.push(...namesAt(input, at));
    const incoming = FROM_END.test(m[0]);
    for (const party of tries) {
      const ending = endingAfter(input, party.end);
      if (ending !== undefined && !(incoming && VERDICTS_ON_INCOMING.has(ending.text.toLowerCase()))) {
        return diegetic('link-ended', party, [ending], ` (${m[1] ?? 'link'} with it ended)`);
      }
    }
  }
  return null;
};

/** "... due to node 3 being disconnected": the cause clause predicates a status of the party. */
const CAUSE = /(?<![A-Za-z])(?:due[ \t]+to|because[ \t]+of)[ \t]+(?=\S)/gi;
const BEING = /[ \t]+(?:being|is|was|has[ \t]+been|having[ \t]+been)[ \t]+/y;
/** "from node 1 due to request timeout": the party, then a cause within three words. */
const FROM_CAUSE = /(?<![A-Za-z])(?:from|to|with)[ \t]+(?=\S)/gi;
const CAUSE_AFTER = /[ \t]+(?:due[ \t]+to|because[ \t]+of)[ \t]+(?:[A-Za-z-]+[ \t]+){0,3}/iy;

/**
 * "Cancelled in-flight request due to node 3 being disconnected", "Disconnecting from node 1 due to request timeout":
 * the narrator's act toward a party, caused by the party's failure. The failure is the party's news.
 */
const peerCause: Rule = (input) => {
  const negatives = input.cues.statuses.filter((c) => c.negative);
  if (negatives.length === 0) return null;
  const found = partyWithStatus(input, CAUSE, BEING, negatives) ?? partyWithStatus(input, FROM_CAUSE, CAUSE_AFTER, negatives);
  return found === undefined ? null : diegetic('peer-cause', found.party, [found.status], ' (the cause of the narrator\'s act)');
};

/**
 * The first party named after a match of `intro` whose bad news stands right after it: `tail` (sticky) is matched at
 * the party's end, and a negative status must start where it ends.
 */
function partyWithStatus(input: RuleInput, intro: RegExp, tail: RegExp, negatives: readonly StatusCue[]): { party: SubjectMention; status: StatusCue } | undefined {
  for (const m of matchesOf(intro, input.body)) {
    const party = partyAt(input, m.index + m[0].length);
    if (party === undefined) continue;
    tail.lastIndex = party.end;
    const between = tail.exec(input.body);
    const status = between === null ? undefined : negatives.find((c) => c.start === party.end + between[0].length);
    if (status !== undefined) return { party, status };
  }
  return undefined;
}

/**
 * "Error sending fetch request to node 3", "timeout reading response from broker kafka-2": a request failed at a
 * NAMED node, broker or server (a component noun with its name). A bare address is not enough: a program also fails
 * to send on its own ("failed to send packet ... to ff02::fb", no route of its own).
 */
const transferFailure: Rule = (input) => {
  for (const m of matchesOf(input.lexicon.transferFailureRegex, input.body)) {
    const at = m.index + m[0].length;
    const party = input.candidates.find((c) => c.start === at && c.component && c.named === true);
    if (party !== undefined) {
      return diegetic('request-failed', party, [cueOf(m[1] ?? '', m.index, true)], ' (a request failed at it)');
    }
  }
  return null;
};

/** The subject of news that only the other end of a connection gives, where the message does not name it. */
const THE_OTHER_END = 'the other end';

/**
 * "Write failed: Broken pipe", "channel to X dropped, WSAECONNRESET", "Disconnected: Connection closed": an error that
 * only the other end of a connection causes (it closed, reset or refused), given as the error of a failed step. The
 * other end is the subject even where it is not named.
 */
const peerError: Rule = (input) => {
  if (!input.text.has(Family.peerError)) return null;
  const m = matchesOf(input.lexicon.peerErrorRegex, input.body)[0];
  if (m === undefined || MULTICAST.test(input.body)) return null;
  const phrase = m[1] ?? '';
  const start = m.index + m[0].length - phrase.length;
  return diegetic('peer-error', { name: THE_OTHER_END, start, end: start + phrase.length }, [cueOf(phrase, start, true)], ' (caused by the other end)');
};

/**
 * Go's network errors, as Go programs (kubelet, etcd, Docker, Prometheus) report a failed request: "dial tcp
 * 10.0.0.10:6443: connect: connection refused", "dial tcp 10.0.0.10:6443: i/o timeout", "dial tcp [::1]:2379: connect:
 * no route to host". A dial names the address it could not reach; the errors are the ones only a party it dials gives
 * (refused, reset, no answer) or the way to it (no route). A dial without an address ("dial tcp: lookup x: no such
 * host", a name that did not resolve) is not taken.
 */
const GO_DIAL = /(?<![\w-])dial[ \t]+(?:tcp|udp)[46]?[ \t]+(\[[^\]\s]+\]:\d+|[^\s:]+:\d+):[ \t]+(?:connect:[ \t]+)?(connection refused|connection reset by peer|connection timed out|i\/o timeout|no route to host|host is unreachable|network is unreachable)(?![A-Za-z])/gi;

/**
 * The same for a request, as Go's HTTP client reports it: `Get "https://10.0.0.10:6443/api/v1/nodes": context deadline
 * exceeded`, `Post "http://billing:8080/charge": EOF`: the server at the URL's host did not answer in time, hung up, or
 * answered in plain HTTP.
 * It is named by host and port as a dial names it, so that both errors count for one party.
 */
const GO_REQUEST = /(?<![\w-])(?:Get|Post|Put|Patch|Delete|Head)[ \t]+\\?"[a-z][a-z0-9+.-]*:\/\/([^/\s"\\]+)[^\s"]*?\\?":[ \t]+(context deadline exceeded|unexpected EOF|EOF|net\/http: TLS handshake timeout|net\/http: request canceled|read: connection reset by peer|write: broken pipe|http: server gave HTTP response to HTTPS client)(?![A-Za-z])/g;

const goDial: Rule = (input) => {
  const body = input.body;
  // Both need their separator: a pass of indexOf spares the regexes most messages.
  const dial = body.includes('dial ');
  if (!dial && !body.includes('": ')) return null;
  const m = (dial ? matchesOf(GO_DIAL, body)[0] : undefined) ?? matchesOf(GO_REQUEST, body)[0];
  if (m === undefined) return null;
  const party = m[1] as string;
  const error = m[2] as string;
  const start = m.index + m[0].indexOf(party);
  const errorAt = m.index + m[0].length - error.length;
  return diegetic('dial-failed', { name: party, start, end: start + party.length }, [cueOf(error, errorAt, true)], ' (a request to it failed)');
};

/**
 * An HTTP error status, 4xx or 5xx, and the party that answered it, named after "from": "GET /v3/trips failed: HTTP 503
 * Service Unavailable from api.example.com", "got HTTP/1.1 502 Bad Gateway from 10.0.0.7:8080", "Received http status
 * code 404 ("Not found") from server 203.0.113.34:80" (Tor); or in a URL after the status, as Python's requests writes
 * it (HTTP_ERROR_FOR_URL).
 */
const HTTP_ERROR_FROM = /(?<![\w/])(?:HTTP|http)(?:\/\d(?:\.\d)?)?[ \t]+(?:status[ \t]+(?:code[ \t]+)?)?[45]\d\d(?:[ \t]+\("[^"\n]{0,80}"\)|(?:[ \t]+[A-Z][A-Za-z-]*){0,4})[ \t]+from[ \t]+(?=\S)/g;
/** Whether a body may hold an HTTP status at all (a quick test before HTTP_ERROR_FROM). */
const mayHoldHttp = (body: string): boolean => body.includes('HTTP') || body.includes('http ');

/**
 * Python requests' raise_for_status(): "503 Server Error: Service Unavailable for url: https://vault.example:8200/v1/x",
 * the status (group 1) and the host that answered it (group 2).
 */
const HTTP_ERROR_FOR_URL = /(?<![\w/.])([45]\d\d[ \t]+(?:Client|Server)[ \t]+Error)(?=:)[^\n]{0,80}?[ \t]for[ \t]+url:[ \t]+[a-z][a-z0-9+.-]*:\/\/([^/\s"'\\?#]+)/g;

/**
 * Right after a party and maybe a comma: the HTTP status it answered, written as a field (group 1 the status,
 * group 2 its code): Fluent Bit's "loki-gateway:3100, HTTP status=502".
 */
const HTTP_STATUS_FIELD = /,?[ \t]*(HTTP[ \t]+[Ss]tatus[ \t]*[=:][ \t]*([1-5]\d\d))(?!\d)/y;

/**
 * The status of an HTTP answer the narrator got, written "HTTP status" and its code (group 1 the code): "HTTP
 * Status=200 URI=/_bulk", "The request failed with HTTP status 503". A server's own answers are logged as a request
 * line and a bare code, or "status=200".
 */
const HTTP_STATUS = /(?<![\w/])HTTP[ \t]+[Ss]tatus(?:[ \t]+[Cc]ode)?[ \t]*[=:]?[ \t]*([1-5]\d\d)(?!\d)/g;

/**
 * "loki-gateway.monitoring.svc:3100, HTTP status=502": a party, then the status of its answer; "HTTP status=429
 * URI=/_bulk": the status of the answer of a server the message does not name, the other end.
 */
const httpStatusAfter: Rule = (input) => {
  if (!input.body.includes('HTTP')) return null;
  for (const party of input.candidates) {
    HTTP_STATUS_FIELD.lastIndex = party.end;
    const m = party.component ? HTTP_STATUS_FIELD.exec(input.body) : null;
    if (m === null) continue;
    const status = m[1] as string;
    const code = m[2] as string;
    return diegetic('http-answer', party, [cueOf(status, m.index + m[0].length - status.length, code >= '400')], ' (its answer)');
  }
  HTTP_STATUS.lastIndex = 0;
  const m = HTTP_STATUS.exec(input.body);
  if (m === null) return null;
  const end = m.index + m[0].length;
  return diegetic('http-answer', { name: THE_OTHER_END, start: m.index, end }, [cueOf(m[0], m.index, (m[1] as string) >= '400')], ' (its answer)');
};

const httpErrorFrom: Rule = (input) => {
  if (mayHoldHttp(input.body)) {
    for (const m of matchesOf(HTTP_ERROR_FROM, input.body)) {
      const party = namingAt(input, m.index + m[0].length);
      if (party === undefined || input.selfNames.has(normalizeName(party.name))) continue;
      const status = m[0].replace(/[ \t]+from[ \t]+$/, '');
      return diegetic('http-error-from', party, [cueOf(status, m.index, true)], ' (its answer)');
    }
  }
  if (!input.body.includes(' for url: ')) return null;
  for (const m of matchesOf(HTTP_ERROR_FOR_URL, input.body)) {
    const host = m[2] as string;
    const start = m.index + m[0].length - host.length;
    if (input.selfNames.has(normalizeName(host))) continue;
    return diegetic('http-error-from', { name: host, start, end: start + host.length }, [cueOf(m[1] as string, m.index, true)], ' (its answer)');
  }
  return null;
};

/**
 * After a failure word, maybe after how long ("Error after 1ms on server ..."), where it happened: "on", "in" or "at",
 * maybe a label and its colon ("on minions: "); or for which unit, named in quotes after its kind ("for resource 'SQL
 * Server'": "failed for backend be_api: no free ports" is the narrator's own lack).
 */
const FAILED_AT = new RegExp(`(?:[ \\t]+after[ \\t]+${DURATION})?[ \\t]+(?:(?:on|in|at)[ \\t]+(?:[A-Za-z]+:[ \\t]*)?(?=\\S)|for[ \\t]+(?=[a-z]+[ \\t]+['"]))`, 'y');
/** The words of a failure, as the status vocabulary writes them. */
const FAILURE_WORDS = new Set(['failed', 'failure', 'error', 'errors', 'timed out', 'timeout']);
/** "checksum verification failed on 10.0.0.5:50010": a verification of data that failed there found bad data, no bad unit. */
const DATA_CHECK_BEFORE = /(?:verification|validation|checksum|scan)[ \t]+$/i;
/** Java's "Exception in thread "main"": the narrator's own thread. */
const OWN_THREAD = /thread\b/iy;

/**
 * "Staging failed on gfs-c", "I/O error in channel agent-07", "Call ISALIVE timed out for resource 'SQL Server'": a failure and the
 * named unit or address it happened on. A bare noun ("failed on disk") names none, a thread is the narrator's own, and a
 * verification of data that failed on a unit found bad data there (DATA_CHECK_BEFORE).
 */
const failedOn: Rule = (input) => {
  for (const status of input.cues.statuses) {
    if (!status.negative || !FAILURE_WORDS.has(status.text.toLowerCase())) continue;
    if (DATA_CHECK_BEFORE.test(input.body.slice(Math.max(0, status.start - 16), status.start))) continue;
    FAILED_AT.lastIndex = status.end;
    if (FAILED_AT.exec(input.body) === null) continue;
    const at = FAILED_AT.lastIndex;
    OWN_THREAD.lastIndex = at;
    if (OWN_THREAD.test(input.body)) continue;
    const candidate = input.candidates.find((c) => c.start === at);
    const party = candidate === undefined ? addressAt(input, at)
      : candidate.component && (candidate.named === true || candidate.source !== 'component noun') && candidate.weakShape !== true ? candidate : undefined;
    if (party === undefined || input.selfNames.has(normalizeName(party.name))) continue;
    return diegetic('failed-on', party, [status], ' (where it failed)');
  }
  return null;
};

/**
 * "new leader elected: leader-id=vault-3", "JetStream cluster new metadata leader: nats-1", "detected a new leader
 * {..., 'rabbit@mq-1'}": the member that leads now, named a little after the news, in the same clause. Closed-class, as
 * the membership shapes below.
 */
const NEW_LEADER = /(?<![A-Za-z])new[ \t]+(?:[a-z]+[ \t]+)?leader(?![A-Za-z])/gi;
/** "node-2 is the new leader": the member named right before the news. */
const IS_NEW_LEADER = /^[ \t]+is[ \t]+(?:now[ \t]+)?(?:the[ \t]+)?new[ \t]+leader(?![A-Za-z])/i;
/** "I am the new leader", "I may be the new leader", "we are now the": the narrator leads, no other member. */
const SELF_LEADS = /(?:^|[^A-Za-z])(?:I|we)[ \t]+(?:am|are|may[ \t]+be|might[ \t]+be|will[ \t]+be|became|become)[ \t]+(?:now[ \t]+)?(?:the[ \t]+)?$/i;
/** How far after the news the leader's name may start: "elected: ", a key ("leader-address="), a bracket. */
const LEADER_REACH = 48;
/** The '=' after a key of key=value pairs. */
const EQUALS = 61;
/** A clause's end between the news and a name: the name is another story's. */
const CLAUSE_END = /[.;,](?:\s|$)/;

const newLeader: Rule = (input) => {
  if (!input.body.includes('eader')) return null;
  for (const m of matchesOf(NEW_LEADER, input.body)) {
    if (SELF_LEADS.test(input.body.slice(Math.max(0, m.index - 24), m.index))) continue;
    const from = m.index + m[0].length;
    // Not a key of key=value pairs ("leader-address=vault-3..."): its value is. The leader's name may come with its noun
    // ("new leader nats-1": the mention starts at "leader").
    const party = input.candidates.find((c) => c.component && input.body.charCodeAt(c.end) !== EQUALS
      && (c.start >= from ? c.start - from <= LEADER_REACH && !CLAUSE_END.test(input.body.slice(from, c.start)) : c.named === true && c.start > m.index && c.end > from));
    if (party !== undefined) return diegetic('new-leader', party, [cueOf(m[0], m.index, false)], ' (leads now)');
    const before = input.candidates.find((c) => c.component && IS_NEW_LEADER.test(input.body.slice(c.end, m.index + m[0].length)));
    if (before !== undefined) return diegetic('new-leader', before, [cueOf(m[0], m.index, false)], ' (leads now)');
  }
  return null;
};

/**
 * A cluster's news of another member, by its membership protocol: serf's "EventMemberJoin: web-01 10.0.4.11" (Join,
 * Leave, Failed, Update, Reap), a gossip failure detector's "Suspect web-03 has failed" and "Marking web-03 as failed",
 * Elasticsearch's "node-left[{es-data-3}{Kp2rT8...}...]" and "removed {{es-data-3}{Kp2rT8...}...}" (a node descriptor:
 * its name in braces first), Corosync's "A new membership (1.8a) was formed. Members left: 3" (the node ids). Group 1 to 5:
 * the event of each shape.
 */
const MEMBER_EVENT = /(?<![A-Za-z])(?:EventMember(Join|Leave|Failed|Update|Reap)\b:?[ \t]+|(?:Suspect|Marking)[ \t]+(?=[\w.-]+[ \t]+(has[ \t]+failed|as[ \t]+(?:failed|dead|down|unreachable)))|(?:node|member)-(join|left|leave|failed)\[\{|(added|removed)[ \t]+\{\{|Members[ \t]+(joined|left):[ \t]+(?=\d))/g;
/** Corosync's members, by their node ids: "Members joined: 1 3". */
const MEMBER_IDS = /\d+(?:[ \t]+\d+)*/y;
/** The member's name: a host-like word, or a node descriptor's name up to its closing brace. */
const MEMBER_NAME = /[A-Za-z0-9][\w.-]*(?=[ \t},]|$)/y;
const GOOD_MEMBER_EVENTS = new Set(['join', 'update', 'added', 'joined']);

const memberEvent: Rule = (input) => {
  const body = input.body;
  if (!body.includes('EventMember') && !body.includes('Suspect') && !body.includes('Marking') && !body.includes('[{') && !body.includes('{{')
    && !body.includes('Members')) return null;
  for (const m of matchesOf(MEMBER_EVENT, body)) {
    const ids = m[5] !== undefined;
    const names = ids ? MEMBER_IDS : MEMBER_NAME;
    names.lastIndex = m.index + m[0].length;
    const name = names.exec(body)?.[0];
    if (name === undefined || input.selfNames.has(normalizeName(name))) continue;
    const start = m.index + m[0].length;
    const event = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const at = m[2] === undefined ? m.index + m[0].indexOf(event) : start + body.slice(start).indexOf(event);
    const negative = !GOOD_MEMBER_EVENTS.has(event.toLowerCase());
    // Node ids alone say nothing; with the noun they name members ("member 3", "members 1 3").
    const subject = ids ? `${/\s/.test(name) ? 'members' : 'member'} ${name}` : name;
    return diegetic('member-event', { name: subject, start, end: start + name.length }, [cueOf(event, at, negative)], ' (a member of its cluster)');
  }
  return null;
};

/** The narrator's marking of something: "Marking port 389 of server 'dc01' as 'not working'" (group 1: "marking"). */
const MARKING = /(?<![A-Za-z])(marking|marked)[ \t]+(?=\S)/gi;
/** The state it marks it with, after "as", maybe in quotes, in the same clause as the marking. */
const AS_STATE = /[ \t]+as[ \t]+['"]?/gy;

/**
 * "Marking port 389 of server 'dc01.corp.example' as 'not working'", "AAA Marking RADIUS server 10.1.5.20 in aaa-server
 * group ISE-RADIUS as FAILED", "Marking home server flr-1 (192.0.2.51 port 1812) alive": the narrator marks a unit, the
 * first named after the marking, with a state (a status word of the lexicon after "as", or right after the unit): its
 * verdict on the unit's state, which is the news. A piece of work or data marked ("Marking task as FAILED", "Marking
 * ResultStage 1 as failed", "Marking Volume "Vol-0139" as Used") is not a unit.
 */
/** The words of a name, split at blanks, punctuation and CamelCase humps, in lower case: "ResultStage 1" -> result, stage. */
const NAME_PARTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;

/** Whether a name is a piece of work or data's (the lexicon's work nouns and numbered non-units): "SchedulerJob", "ResultStage". */
function namesWork(input: RuleInput, name: string): boolean {
  return (name.match(NAME_PARTS) ?? []).some((part) => {
    const word = part.toLowerCase();
    return input.lexicon.workNouns.has(word) || input.lexicon.numberedNonUnits.has(word);
  });
}

/** After the unit marked, without "as": its parenthetical maybe, then the state ("Marking home server flr-1 (...) alive"). */
const UNIT_TAIL = /(?:[ \t]*\([^()]{0,60}\))?[ \t]+/y;
/** Before a marking: a negation ("Not marking nodes down": nothing is marked). */
const NOT_BEFORE = /(?:^|[^A-Za-z])not[ \t]+$/i;

const markedAs: Rule = (input) => {
  if (input.cues.statuses.length === 0 || (!input.body.includes('arking') && !input.body.includes('arked'))) return null;
  for (const m of matchesOf(MARKING, input.body)) {
    const from = m.index + m[0].length;
    const asAt = input.body.indexOf(' as ', from);
    const as = asAt >= 0 && !CLAUSE_END.test(input.body.slice(from, asAt));
    // The first thing named after the marking is what it marks ("Marking ResultStage 1 (count at DailyRollup.scala:88)").
    const unit = input.candidates.find((c) => c.start >= from && (!as || c.end <= asAt));
    if (unit === undefined || NOT_BEFORE.test(input.body.slice(Math.max(0, m.index - 8), m.index))) continue;
    const state = as ? stateAfterAs(input, asAt) : stateRightAfter(input, unit.end);
    if (state === undefined || !unit.component || unit.plain === true || namesWork(input, unit.name)) continue;
    // A name only its shape makes a unit's ("marking db-3 as dead") is one when marked with a unit's own state.
    if (unit.weakShape === true && !unitStatus(input, state)) continue;
    return diegetic('marked-as', unit, [state], ' (the state the narrator marks it with)');
  }
  return null;
};

/** The status cue after "as" at `asAt` (maybe in quotes). */
function stateAfterAs(input: RuleInput, asAt: number): StatusCue | undefined {
  AS_STATE.lastIndex = asAt;
  if (AS_STATE.exec(input.body) === null) return undefined;
  return input.cues.statuses.find((c) => c.start === AS_STATE.lastIndex);
}

/** The status cue right after a unit ending at `end`, past its parenthetical: "Marking home server flr-1 (...) alive". */
function stateRightAfter(input: RuleInput, end: number): StatusCue | undefined {
  UNIT_TAIL.lastIndex = end;
  if (UNIT_TAIL.exec(input.body) === null) return undefined;
  return input.cues.statuses.find((c) => c.start === UNIT_TAIL.lastIndex);
}

/**
 * A Redis Sentinel's events about the instances it monitors, as it logs them: "+sdown master mymaster 10.0.0.5 6379",
 * "-odown master mymaster ...", "+slave slave 10.0.0.7:6379 10.0.0.7 6379 @ mymaster ...", "+switch-master mymaster
 * 10.0.0.5 6379 10.0.0.6 6379" (group 1 the event, 2 the instance named after its type, 3 the master named alone).
 * Its own steps ("+try-failover", "+elected-leader", "+failover-state-...", "+vote-for-leader") are its own story.
 */
const SENTINEL_EVENT = /^([+-](?:sdown|odown|reboot|slave|sentinel|convert-to-slave|promoted-slave|slave-reconf-done|role-change))[ \t]+(?:master|slave|replica|sentinel)[ \t]+(\S+)|^(\+switch-master)[ \t]+(\S+)/;
const BAD_SENTINEL_EVENTS = new Set(['+sdown', '+odown', '+reboot']);

const sentinelEvent: Rule = (input) => {
  const c = input.body.charCodeAt(0);
  if (c !== 43 && c !== 45) return null;
  const m = SENTINEL_EVENT.exec(input.body);
  if (m === null) return null;
  const event = m[1] ?? m[3] ?? '';
  const name = m[2] ?? m[4] ?? '';
  const start = m[0].length - name.length;
  return diegetic('sentinel-event', { name, start, end: m[0].length }, [cueOf(event, 0, BAD_SENTINEL_EVENTS.has(event))], ' (an instance it monitors)');
};

/**
 * "Lost access to volume ds-03", "lost contact with node-4", "Lost connectivity to storage device naa.6e8...", "lost
 * TCP streaming connection with peer 91bc" (two words may say which link), and back:
 * "Successfully restored access to volume ds-03", "regained contact with node-4": the narrator's touch with a named
 * unit went or came back. Group 1 the verb, group 2 the noun of the touch.
 */
const TOUCH = /(?<![A-Za-z])(lost|losing|restored|regained|re-established|reestablished)[ \t]+(?:(?:all|the|its|our)[ \t]+)?(?:[A-Za-z][\w-]*[ \t]+){0,2}?(access|connectivity|contact|communication|communications|connection|connections)[ \t]+(?:to|with)[ \t]+(?:the[ \t]+)?(?=\S)/gi;

/** What a body holds before TOUCH can match, found in one pass (most bodies hold none). */
const TOUCH_HINT = /[Ll]os[ti]|[Rr]estored|[Rr]egained|[Ee]stablished/;

const touchWith: Rule = (input) => {
  const body = input.body;
  if (!TOUCH_HINT.test(body)) return null;
  for (const m of matchesOf(TOUCH, body)) {
    const party = mentionAt(input, m.index + m[0].length, false);
    if (party === undefined || input.selfNames.has(normalizeName(party.name))) continue;
    const noun = m[2] ?? '';
    // The words from the verb to the noun, as written.
    const phrase = m[0].slice(0, m[0].lastIndexOf(noun) + noun.length);
    return diegetic('touch', party, [cueOf(phrase, m.index, /^los/i.test(m[1] ?? ''))], ' (its link with it)');
  }
  return null;
};

/**
 * "memory resource limit alarm set on node 'rabbit@mq-1'", "disk alarm cleared on node-2", "alert raised for
 * db-3": an alarm about a named unit, raised or cleared. Group 1 the noun, group 2 the verb.
 */
const ALARM_ON = /(?<![A-Za-z])(alarm|alert)[ \t]+(set|raised|triggered|fired|cleared|resolved)[ \t]+(?:on|for)[ \t]+(?=\S)/gi;
const ALARM_CLEARED = /^(?:cleared|resolved)$/i;

const ALARM_HINT = /[Aa]l(?:arm|ert)[ \t]/;

const alarmOn: Rule = (input) => {
  if (!ALARM_HINT.test(input.body)) return null;
  for (const m of matchesOf(ALARM_ON, input.body)) {
    const unit = mentionAt(input, m.index + m[0].length, false);
    if (unit === undefined || input.selfNames.has(normalizeName(unit.name))) continue;
    const verb = m[2] ?? '';
    return diegetic('alarm-on', unit, [cueOf(`${m[1] ?? ''} ${verb}`, m.index, !ALARM_CLEARED.test(verb))], ' (an alarm about it)');
  }
  return null;
};

/**
 * Pacemaker's "notice: Result of monitor operation for ag_cluster on sqlnode1: not running", "Result of start operation for
 * virtualip on node-2: ok": the outcome of a resource agent's operation on a resource it manages (group 1), on a node.
 */
const OPERATION_RESULT = /^(?:(?:notice|info|warning|error):[ \t]+)?Result of [\w-]+ operation for ([\w.:@-]+) on [\w.-]+: (.+?)\.?$/;

const operationResult: Rule = (input) => {
  if (!input.body.includes('Result of ')) return null;
  const m = OPERATION_RESULT.exec(input.body);
  const name = m?.[1];
  if (m === null || name === undefined || input.selfNames.has(normalizeName(name))) return null;
  const outcome = m[2] ?? '';
  const at = m[0].length - outcome.length - (m[0].endsWith('.') ? 1 : 0);
  const start = m[0].indexOf(` for ${name}`) + 5;
  return diegetic('operation-result', { name, start, end: start + name.length }, [cueOf(outcome, at, !/^(?:ok|success|succeeded|done|complete)$/i.test(outcome))], ' (an operation on a resource it manages)');
};

/**
 * Ansible's result of a task on each host it runs on: `ok: [web-01]`, `changed: [web-02]`, `fatal: [web-03]: UNREACHABLE!
 * => {...}`, `failed: [db-01] (item=...)`, a task delegated to another host `changed: [web-01 -> lb-01(10.60.0.10)]`
 * (the module ran on lb-01); and an ad-hoc command's, `web-01 | CHANGED | rc=0 >>`, `web-04 | UNREACHABLE! => {`. The
 * module's result on that host is news of the host; a task delegated to the control node (`-> localhost`), a host
 * skipped and Ansible's own retries (`FAILED - RETRYING: [db-02]: ...`) are its own. Where a grammar took `fatal:` for a
 * level (generic, on ansible-playbook's own output), the host and its verdict open the message: `[web-03]: UNREACHABLE!
 * => {...}`. Group 1 and 2: the result and the host of a playbook's line; 3 and 4 those of an ad-hoc command's; 5 and 6
 * the host and the verdict of a fatal line without its word.
 */
const HOST_RESULT = /^(?:(ok|changed|fatal|failed|unreachable): \[([^\]\s]+(?: -> [^\]\s]+)?)\]|([\w.-]+) \| (SUCCESS|CHANGED|FAILED|UNREACHABLE!)(?: \| rc=\d+)? (?:>>|=>)|\[([^\]\s]+(?: -> [^\]\s]+)?)\]: (FAILED!|UNREACHABLE!) =>)/;
/** A delegated task's host: where the module ran, after the arrow, its address in parentheses left out. */
const DELEGATED_TO = /^[^\s]+ -> ([^\s(]+)/;
const BAD_RESULT = /^(?:fatal|failed|unreachable|FAILED|UNREACHABLE!)$/;

const hostResult: Rule = (input) => {
  const body = input.body;
  // o, c, f or u, a bracket, or a name before " | ": the only openings of such a line.
  const c = body.charCodeAt(0);
  if (c !== 111 && c !== 99 && c !== 102 && c !== 117 && c !== 91 && !body.includes(' | ')) return null;
  const m = HOST_RESULT.exec(body);
  if (m === null) return null;
  const result = (m[1] ?? m[4] ?? m[6]) as string;
  const written = (m[2] ?? m[3] ?? m[5]) as string;
  const host = DELEGATED_TO.exec(written)?.[1] ?? written;
  // The control node (`localhost`) is no other host.
  if (dataShaped(input, host) || input.selfNames.has(normalizeName(host))) return null;
  // The host stands in brackets but in an ad-hoc command's line, which it opens.
  const start = m[3] === undefined ? m[0].indexOf('[') + 1 + written.indexOf(host) : 0;
  const at = m[1] !== undefined ? 0 : m[0].indexOf(result, m[3] === undefined ? start + host.length : host.length);
  return diegetic('host-result', { name: host, start, end: start + host.length }, [cueOf(result, at, BAD_RESULT.test(result))], " (a task's result on it)");
};

/**
 * A monitoring core's record of a check's state, as Nagios Core, Icinga 1 and Naemon write them, the kind in capitals
 * and the fields after it separated by semicolons: `SERVICE ALERT: web-03;HTTP;CRITICAL;HARD;3;output`, `HOST ALERT:
 * db-02;DOWN;SOFT;1;...`, `CURRENT SERVICE STATE: ...`, `SERVICE FLAPPING ALERT: app-07;Disk /var;STARTED; ...`,
 * `PASSIVE SERVICE CHECK: host;service;2;output` (a plugin's return code) and the notifications sent of them, whose
 * first field is the contact: `HOST NOTIFICATION: oncall;db-02;DOWN;notify-host-by-sms;...`. Group 1 the kind of unit,
 * group 2 the kind of record. Downtimes, event handlers, acknowledgements and external commands are the operators' and
 * the core's own doing.
 */
const MONITOR_RECORD = /^(?:(?:CURRENT|INITIAL|PASSIVE)[ ])?(HOST|SERVICE)(?:[ ]FLAPPING)?[ ](ALERT|STATE|NOTIFICATION|CHECK):[ ]/;
/** A check's states that are bad news, and a plugin's return codes other than 0 (OK). */
const BAD_MONITOR_STATE = /^(?:DOWN|UNREACHABLE|CRITICAL|WARNING|UNKNOWN|STARTED|FLAPPINGSTART.*|[123])$/;
/** Notifications of the operators' own doing: an acknowledgement, a custom message, a downtime. */
const OPERATOR_NOTIFICATION = /^(?:ACKNOWLEDGEMENT|CUSTOM|DOWNTIME)/;

const monitorRecord: Rule = (input) => {
  const body = input.body;
  const c = body.charCodeAt(0);
  // C, I, P, H or S: the only letters such a record opens with.
  if (c !== 67 && c !== 73 && c !== 80 && c !== 72 && c !== 83) return null;
  const m = MONITOR_RECORD.exec(body);
  if (m === null) return null;
  const fields = body.slice(m[0].length).split(';');
  // A notification names its contact first; a service record names the service after the host.
  const host = m[2] === 'NOTIFICATION' ? 1 : 0;
  const state = host + (m[1] === 'SERVICE' ? 2 : 1);
  const name = fields[host]?.trim() ?? '';
  const value = fields[state]?.trim() ?? '';
  if (name === '' || value === '' || OPERATOR_NOTIFICATION.test(value) || input.selfNames.has(normalizeName(name))) return null;
  const start = m[0].length + fields.slice(0, host).reduce((n, f) => n + f.length + 1, 0);
  const at = m[0].length + fields.slice(0, state).reduce((n, f) => n + f.length + 1, 0);
  return diegetic('monitor-record', { name, start, end: start + name.length }, [cueOf(value, at, BAD_MONITOR_STATE.test(value))], ' (a check of it)');
};

/**
 * "Timed out waiting for nova-conductor.", "timeout waiting for etcd-2 to respond": the party the narrator waited
 * for, named, did not answer in time. What it waited for may be its own data or step ("timed out waiting for a reply
 * to message 7f3c", "for the lock"): only a component counts.
 */
const WAITED_FOR = /(?<![A-Za-z])(timed[ \t]+out|timeout)[ \t]+waiting[ \t]+for[ \t]+(?=\S)/gi;

const waitedFor: Rule = (input) => {
  if (!input.cues.statuses.some((c) => c.negative)) return null;
  for (const m of matchesOf(WAITED_FOR, input.body)) {
    const party = mentionAt(input, m.index + m[0].length, false);
    if (party !== undefined) return diegetic('no-answer', party, [cueOf(m[1] ?? '', m.index, true)], ' (it did not answer in time)');
  }
  return null;
};

/**
 * "PM response took 1999 ms (54, powerd)": a response that took long, and the process that gave it, by its pid and
 * name, as macOS's kernel reports power-management acknowledgements.
 */
const SLOW_RESPONSE = /(?<![A-Za-z])response[ \t]+took[ \t]+\d+[ \t]*(?:ms|us|s)[ \t]*\([ \t]*\d+,[ \t]*([A-Za-z][\w .-]{0,40}?)[ \t]*\)/;

const slowResponse: Rule = (input) => {
  if (!input.body.includes(' took ')) return null;
  const m = SLOW_RESPONSE.exec(input.body);
  const name = m?.[1];
  if (m === null || name === undefined || input.selfNames.has(normalizeName(name))) return null;
  const start = m.index + m[0].lastIndexOf(name);
  return diegetic('slow-response', { name, start, end: start + name.length }, [cueOf('response took', m.index, true)], ' (its response)');
};

/** "connect_to 10.0.0.9 port 5432: failed.", "connect to db.example.org[192.0.2.4]:5432: Connection timed out". */
const CONNECT_TO = /(?<![A-Za-z])connect(?:_to|[ \t]+to)[ \t]+(?=\S)/gi;
const CONNECT_TAIL = /(?:[ \t]+port[ \t]+\d+)?(?:[ \t]*\([^()]{0,40}\))?[ \t]*:?[ \t]*(?:connection[ \t]+)?/iy;

/** A connect attempt toward a party, then its failure: the party could not be reached. */
const connectFailed: Rule = (input) => {
  const negatives = input.cues.statuses.filter((c) => c.negative);
  if (negatives.length === 0) return null;
  const found = partyWithStatus(input, CONNECT_TO, CONNECT_TAIL, negatives);
  return found === undefined ? null : diegetic('connect-failed', found.party, [found.status], ' (cannot reach it)');
};

/**
 * "refresh: failure trying primary 10.20.0.52#53 (source 0.0.0.0#0): timed out", "error trying upstream db-2": the
 * narrator's attempt on a party, its role word before it, failed. Closed-class role words.
 */
const FAILED_TRYING = /(?<![A-Za-z])(failure|failed|error)[ \t]+trying[ \t]+(?=\S)/gi;
const ROLE_WORD = /(?:primary|master|secondary|upstream|server|peer|host|the)[ \t]+/iy;

const failedTrying: Rule = (input) => {
  if (!input.body.includes(' trying ')) return null;
  for (const m of matchesOf(FAILED_TRYING, input.body)) {
    const at = m.index + m[0].length;
    ROLE_WORD.lastIndex = at;
    // The role word and the name may be one mention ("upstream db-2"), or the name alone a party ("primary 10.0.0.5").
    const party = partyAt(input, at) ?? (ROLE_WORD.test(input.body) ? partyAt(input, ROLE_WORD.lastIndex) : undefined);
    if (party !== undefined && !input.selfNames.has(normalizeName(party.name))) {
      return diegetic('failed-trying', party, [cueOf(m[1] ?? '', m.index, true)], ' (the party it tried)');
    }
  }
  return null;
};

/** Data shaped like an address or a host ("settings.local.json", the own "127.0.0.1"): no party. */
function dataShaped(input: RuleInput, name: string): boolean {
  return input.lexicon.dataPatterns.some((p) => p.regex.test(name));
}

/** Nothing but blanks and a full stop up to the end. */
const MESSAGE_END = /^[ \t.]*$/;
/** A step toward a party, as a gerund: what the narrator was doing when it failed ("timed out resolving ..."). */
const STEP_GERUND = /(?<![A-Za-z])(?:resolving|querying|contacting|connecting|fetching|sending|polling|calling)(?![A-Za-z])/i;
/** A colon and blanks: a label's end (a port's colon has none after it). */
const LABEL_COLON = /:[ \t]+/y;

/** The last label colon of `body`, blanks after it included. */
function lastLabelColon(body: string): { start: number; end: number } | undefined {
  for (let i = body.lastIndexOf(':'); i >= 0; i = i === 0 ? -1 : body.lastIndexOf(':', i - 1)) {
    LABEL_COLON.lastIndex = i;
    if (LABEL_COLON.test(body)) return { start: i, end: LABEL_COLON.lastIndex };
  }
  return undefined;
}

/**
 * "timed out resolving 'status.vendor.example/A/IN': 203.0.113.45#53", "error querying 'x': 10.0.0.5:53": a failure, the
 * step it befell, and the party that step went to, by its address alone at the end of the message after a colon.
 */
const partyClosingFailure: Rule = (input) => {
  const negative = input.cues.statuses.find((c) => c.negative);
  if (negative === undefined) return null;
  const colon = lastLabelColon(input.body);
  if (colon === undefined || colon.start < negative.end || !STEP_GERUND.test(input.body.slice(negative.end, colon.start))) return null;
  const at = colon.end;
  const party = addressAt(input, at);
  if (party === undefined || !MESSAGE_END.test(input.body.slice(party.end))) return null;
  if (dataShaped(input, party.name)) return null;
  return diegetic('party-closing-failure', party, [negative], ' (the party the failed step went to)');
};

/**
 * A host opening the message as the actor of a status predicate or of a verb with an object: "relay.example.net
 * accepted the channel",
 * "dl.example.org did not send the manifest", "10.0.0.9 missed the heartbeat reply". Only an address shape (a host's
 * own name is not the narrator's), and only an active verb: "did not"/"never" + verb, or a past verb whose object
 * opens with a determiner ("10.0.0.9 added to the list" and "... Served block blk_1" are the narrator's acts on it).
 */
const HOST_VERB = /[ \t]+(?:((?:did[ \t]+not|didn't|has[ \t]+not|hasn't|never)[ \t]+[a-z]+)|([a-z]{2,}ed)[ \t]+(?:the|a|an|our|my|its|their|this|that|no|all|any))(?![A-Za-z])/y;

const hostActs: Rule = (input) => {
  const host = addressAt(input, 0);
  // Data shaped like a host ("settings.local.json", the own "127.0.0.1") is no party.
  if (host === undefined || dataShaped(input, host.name)) return null;
  // A status predicate after it ("ingest.example.net rejected batch 77", "10.0.0.9 is unreachable"), as for any subject.
  const status = predicateAfter(input.lexicon, input.body, host.end, input.cues.statuses);
  if (status !== undefined && !passive(input, status) && !labelsDetail(input, status)) return diegetic('host-acts', host, [status], ' (the host\'s state or act)');
  HOST_VERB.lastIndex = host.end;
  const m = HOST_VERB.exec(input.body);
  if (m === null) return null;
  const verb = m[1] ?? m[2] ?? '';
  return diegetic('host-acts', host, [cueOf(verb, host.end + m[0].indexOf(verb), m[1] !== undefined)], ' (the host\'s act)');
};

/** "rejected by the firewall table": a passive with its agent is something done to the host, not its act. */
const BY_AGENT = /[ \t]+by[ \t]/y;

function passive(input: RuleInput, status: StatusCue): boolean {
  BY_AGENT.lastIndex = status.end;
  return BY_AGENT.test(input.body);
}

/**
 * A role noun naming the host after it: "host mx.example.org[192.0.2.5]", "server 10.0.0.9", and a routing protocol's
 * session or neighbor with the peer's address ("LDP session 10.255.255.2 is down", "neighbor 10.0.0.2 Up").
 */
const HOST_NOUN = /(?<![A-Za-z])(?:host|server|peer|relay|session|neighbou?r|gateway|router)[ \t]+(?=\S)/gi;

/**
 * "(host mx.example.org[192.0.2.5] said: 550 5.1.1 ...)", "peer 10.0.0.9 is unreachable": a host named by its role noun
 * and address, then a status predicate ("said", "replied", "refused"), anywhere in the message. The address keeps its
 * brackets whole, which the word scan of candidates does not.
 */
const namedHost: Rule = (input) => {
  if (input.cues.statuses.length === 0) return null;
  for (const m of matchesOf(HOST_NOUN, input.body)) {
    const host = addressAt(input, m.index + m[0].length);
    const status = host === undefined ? undefined : predicateAfter(input.lexicon, input.body, host.end, input.cues.statuses);
    if (host !== undefined && status !== undefined && !passive(input, status) && !labelsDetail(input, status)) return diegetic('host-acts', host, [status], ' (the host\'s state or act)');
  }
  return null;
};

/** A check noun's link to the host it checks: "ping to", "probe of", "health check for". */
const CHECK_LINK = /[ \t]+(?:to|of|for)[ \t]+(?=\S)/y;

/**
 * What is sent to a host for an answer, and the answer not coming: "echo request to 10.30.1.12 unanswered", "query to
 * 10.0.5.20 timed out" (rules.ts's NO_ANSWER, and a reply or response that did not come). Any other outcome of a
 * request may be the narrator's own ("request to 10.0.0.5 rejected").
 */
const REQUEST_NOUNS = new Set(['request', 'requests', 'query', 'queries', 'echo', 'poll', 'rpc', 'call']);
const UNANSWERED = new Set([...NO_ANSWER, 'no reply', 'no response', 'no answer']);

/** Between the link and the address, the kind of unit there: "echo request to gNB 10.30.1.12". */
const UNIT_KIND = /[A-Za-z][\w-]{1,15}[ \t]+(?=\d)/y;

/** The host's address right at `at`, or after a word naming its kind ("gNB 10.30.1.12"). */
function hostAddressAt(input: RuleInput, at: number): SubjectMention | undefined {
  const host = addressAt(input, at);
  if (host !== undefined) return host;
  UNIT_KIND.lastIndex = at;
  const kind = UNIT_KIND.exec(input.body);
  return kind === null ? undefined : addressAt(input, at + kind[0].length);
}

/**
 * "Ping to 10.0.0.254 timed out", "probe of db01.example.org:5432 failed", "heartbeat to 10.1.2.3 OK": a check (the
 * lexicon's checkNouns) of a host given by its address, then the outcome: the host's reachability or health; a request
 * to it left unanswered (REQUEST_NOUNS, UNANSWERED). The outcome must follow the host at once (predicateAfter), so
 * "ping to 10.0.0.9 scheduled, previous one timed out" is no report on it.
 */
const hostCheck: Rule = (input) => {
  if (input.cues.statuses.length === 0) return null;
  for (const word of input.text.words) {
    const noun = word.text.toLowerCase();
    const check = input.lexicon.checkNouns.has(noun);
    if (!check && !REQUEST_NOUNS.has(noun)) continue;
    CHECK_LINK.lastIndex = word.end;
    const link = CHECK_LINK.exec(input.body);
    if (link === null) continue;
    const host = hostAddressAt(input, word.end + link[0].length);
    const status = host === undefined ? undefined : predicateAfter(input.lexicon, input.body, host.end, input.cues.statuses);
    if (host === undefined || status === undefined || labelsDetail(input, status)) continue;
    if (check || UNANSWERED.has(status.text.toLowerCase())) return diegetic('host-check', host, [status], ` (${word.text})`);
  }
  return null;
};

/** "returned to idle": a return to a state is no reply. */
const RETURN_TO = /[ \t]+to[ \t]/y;

/**
 * "Uploader: Server returned 503", "Fetcher: service did not respond": a bare role noun that comes in pairs ("server",
 * "service"), which a narrator otherwise uses for itself, with a reply or the lack of one after it. A program replies to
 * its caller, so the caller tells of the other side; so does a connection it closed ("server closed the connection
 * unexpectedly", as PostgreSQL's client library says, in a log with no narrator too: no program says that of itself).
 * A narrator whose own name carries the noun ("JettyServer: server responded 200") tells its own reply, and a bare
 * noun's other news ("Server started") stays the narrator's own.
 */
const counterpartReply: Rule = (input) => {
  if (input.cues.statuses.length === 0) return null;
  for (const noun of input.candidates) {
    if (noun.component || !noun.why.startsWith('bare') || !mayBeCounterpart(input.narrator ?? '', noun.name)) continue;
    const status = predicateAfter(input.lexicon, input.body, noun.end, input.cues.statuses);
    RETURN_TO.lastIndex = status?.end ?? 0;
    if (status !== undefined && input.lexicon.replyStatuses.has(status.text.toLowerCase()) && !RETURN_TO.test(input.body)) {
      return diegetic('counterpart-reply', noun, clauseStatuses(input.body, status, input.cues.statuses), ' (the other side\'s reply)');
    }
  }
  return null;
};

/**
 * Tried before every other rule: a failed dial or request names its party exactly, where the other rules would take a
 * word of the error ("connection refused") for the subject; so does an operation's result name its resource, where
 * they would take the node it ran on.
 */
export const EXACT_RULES: readonly Rule[] = [goDial, operationResult, monitorRecord, hostResult, markedAs];

/** Tried after the unit rules, in this order. */
export const PEER_RULES: readonly Rule[] = [memberEvent, newLeader, sentinelEvent, touchWith, alarmOn, httpStatusAfter, httpErrorFrom, failedOn, waitedFor, slowResponse, peerEventFrom, noReceipt, replyFrom, linkEnded, peerCause, transferFailure, peerError, connectFailed, failedTrying, partyClosingFailure, hostActs, namedHost, hostCheck, counterpartReply];
