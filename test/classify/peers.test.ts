/** The peer rules (src/classify/peerRules.ts) on invented messages: the remote side's act is D, the narrator's own is N. */

import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { recordOf } from './records.js';

const lexicon = loadLexicon();

const diegetic: { message: string; subject: string; rule: string }[] = [
  // peer-event: the party after from/by caused the event.
  { message: 'tunneld: Received disconnect from 192.0.2.77: 14: No supported authentication methods', subject: '192.0.2.77', rule: 'report-from' },
  { message: 'tunneld: Connection reset by 198.51.100.23 port 40112', subject: '198.51.100.23', rule: 'peer-event' },
  { message: 'relayd: connection dropped after RCPT from edge.mail.example.net[203.0.113.61]', subject: 'edge.mail.example.net[203.0.113.61]', rule: 'peer-event' },
  { message: 'relayd: timeout after END-OF-MESSAGE (12 bytes) from unknown[198.51.100.9]', subject: 'unknown[198.51.100.9]', rule: 'peer-event' },
  { message: 'jobd: im_eof, premature end of message from addr 10.9.8.7:15001', subject: '10.9.8.7:15001', rule: 'peer-event' },
  // no-receipt: the party sent nothing.
  { message: 'tunneld: Did not receive identification string from 203.0.113.140 port 5120', subject: '203.0.113.140', rule: 'no-receipt' },
  { message: 'SessionClient: have not heard from server in 9034ms for sessionid 0x51', subject: 'server', rule: 'no-receipt' },
  { message: 'Uplink: try 3 timed out, no SYN-ACK from hub-2.ops.example.org', subject: 'hub-2.ops.example.org', rule: 'report-from' },
  // link-ended: the link with the party ended.
  { message: 'Uplink: control channel to hub-2.ops.example.org dropped, peer went silent', subject: 'hub-2.ops.example.org', rule: 'link-ended' },
  { message: 'pushd: Connection to courier edge-7.push.example.com (192.0.2.44:5223) lost, reason: idle', subject: 'edge-7.push.example.com', rule: 'subject-predicate' },
  { message: 'relayd: conversation with edge.mail.example.net[203.0.113.61] timed out while sending DATA', subject: 'edge.mail.example.net[203.0.113.61]', rule: 'link-ended' },
  { message: 'ImageStore: Connection to hypervisor lost: 2', subject: 'hypervisor', rule: 'link-ended' },
  { message: 'RpcHandler: 2 calls pending when connection from worker-9/10.1.2.3:4100 is closed', subject: 'worker-9/10.1.2.3:4100', rule: 'link-ended' },
  // peer-cause: the narrator acts because of the party's failure.
  { message: 'FetchClient: Disconnecting from node 4 due to request timeout', subject: 'node 4', rule: 'peer-cause' },
  // A unit, "being" and its state: the unit's state, read before the cause it gives.
  { message: 'FetchClient: Cancelled pending call due to node 2 being disconnected', subject: 'node 2', rule: 'subject-predicate' },
  // request-failed: a request failed at a named node.
  { message: 'FetchClient: timeout writing request (epoch=3) to broker 5: closed', subject: 'broker 5', rule: 'request-failed' },
  // The failure markers too ("unable to", "could not", "cannot").
  { message: 'child: unable to read data from DB node 2', subject: 'node 2', rule: 'request-failed' },
  { message: 'ReplicaFetcher: could not receive data from broker 4 within 30000 ms', subject: 'broker 4', rule: 'request-failed' },
  // peer-error: only the other end causes it.
  { message: 'tunneld: fatal: Write failed: Broken pipe', subject: 'the other end', rule: 'peer-error' },
  { message: 'imapd: user(ann): Disconnected: Connection closed (IDLE for 300 secs)', subject: 'the other end', rule: 'peer-error' },
  // Windows' and Samba's NT status codes of a peer that did not answer or dropped the link.
  { message: 'trustdom_list_done: Could not receive trusts for domain EMEA: NT_STATUS_IO_TIMEOUT', subject: 'the other end', rule: 'peer-error' },
  { message: 'Uplink: upload aborted, WSAECONNRESET', subject: 'the other end', rule: 'peer-error' },
  // dial-failed: Go's network errors name the address dialed, or the URL requested.
  { message: 'lease: failed to ensure lease exists, error: Get "https://10.0.0.10:6443/apis/leases/w2?timeout=10s": dial tcp 10.0.0.10:6443: connect: no route to host', subject: '10.0.0.10:6443', rule: 'dial-failed' },
  { message: 'kubelet_node_status: "Error updating node status" err="Get \\"https://10.0.0.10:6443/api/v1/nodes/w2\\": dial tcp 10.0.0.10:6443: i/o timeout"', subject: '10.0.0.10:6443', rule: 'dial-failed' },
  { message: 'etcdclient: dial tcp [fd00::12]:2379: connect: connection refused', subject: '[fd00::12]:2379', rule: 'dial-failed' },
  { message: 'kubelet_node_status: "Error updating node status" err="Get \\"https://api.k8s.local:6443/api/v1/nodes/w2?timeout=10s\\": context deadline exceeded"', subject: 'api.k8s.local:6443', rule: 'dial-failed' },
  { message: 'billing: charge 77 failed: Post "http://payments:8080/charge": EOF', subject: 'payments:8080', rule: 'dial-failed' },
  // connect-failed: a connect attempt toward the party failed.
  { message: 'tunneld: error: connect_to 10.5.6.7 port 3306: failed.', subject: '10.5.6.7', rule: 'connect-failed' },
  // host-acts: a host opening the message acts or has a status.
  { message: 'Balancer: 198.51.100.7 did not answer the health probe', subject: '198.51.100.7', rule: 'host-acts' },
  { message: 'Updater: cdn.files.example.com did not send the index within 800 ms', subject: 'cdn.files.example.com', rule: 'subject-predicate' },
  { message: 'Uplink: hub-1.ops.example.org accepted the tunnel, lease 600 s', subject: 'hub-1.ops.example.org', rule: 'subject-predicate' },
  { message: 'Shipper: logs.ops.example.org rejected chunk 12 with HTTP 413', subject: 'logs.ops.example.org', rule: 'subject-predicate' },
  { message: 'relayd: 7A1B2C: to=<ann@example.org>, status=bounced (host mx2.example.org[192.0.2.5] said: 550 5.1.1 no such user)', subject: 'mx2.example.org[192.0.2.5]', rule: 'host-acts' },
  // A client that cannot reconnect: its server is unreachable.
  { message: 'SessionClient: Unable to reconnect to coordination service, session 0x51 has expired', subject: 'coordination service', rule: 'unreachable' },
  // counterpart-reply: a bare "server" or "service" that replies, or does not, is the other side, whatever the narrator's name.
  { message: 'Uploader: Server returned 503', subject: 'Server', rule: 'counterpart-reply' },
  { message: 'Fetcher: service did not respond within 30 s', subject: 'service', rule: 'counterpart-reply' },
  { message: 'Sync: Server is not responding', subject: 'Server', rule: 'counterpart-reply' },
  { message: 'Sync: server unreachable, retrying in 5 s', subject: 'server', rule: 'counterpart-reply' },
  { message: 'Mailer: server replied 550 mailbox unavailable', subject: 'server', rule: 'counterpart-reply' },
  // A connection the other side closed.
  { message: 'db: (psycopg2.OperationalError) server closed the connection unexpectedly', subject: 'server', rule: 'counterpart-reply' },
  // An HTTP error status and the party that answered it.
  { message: 'TripsApi: GET /v3/trips failed: HTTP 503 Service Unavailable from api.example.net (1412 ms)', subject: 'api.example.net', rule: 'http-error-from' },
  { message: 'Relay: got HTTP/1.1 502 Bad Gateway from 10.0.0.7:8080', subject: '10.0.0.7:8080', rule: 'http-error-from' },
  { message: 'dirfetch: Received http status code 404 ("Not found") from server 198.51.100.30:80 while fetching "/keys/fp"', subject: '198.51.100.30:80', rule: 'http-error-from' },
  // A request that failed at a named mirror (a downstream replica).
  { message: 'DataXceiver: writeBlock blk_-88130552 Exception writing block to mirror 10.251.199.140:50010', subject: '10.251.199.140:50010', rule: 'request-failed' },
  // A named party that did not answer in time; a slow response, by the pid and name of the process that gave it.
  { message: 'api: Timed out waiting for nova-conductor. Is it running?', subject: 'nova-conductor', rule: 'no-answer' },
  { message: 'kernel: PM response took 1999 ms (54, powerd)', subject: 'powerd', rule: 'slow-response' },
  // An acknowledgement of a protocol that names its kind (MQTT's PUBACK), a party quoted by its SIP URI; the
  // communication with a node missing.
  { message: 'bridge: Received PUBACK from hist-writer (Mid: 902, RC:0)', subject: 'hist-writer', rule: 'reply-from' },
  { message: "res_pjsip: No response received from 'sip:sip.carrier.example' on registration attempt", subject: 'sip:sip.carrier.example', rule: 'reply-from' },
  { message: 'cssd: Network communication with node rac2 (2) has been missing for 50% of the timeout interval', subject: 'rac2', rule: 'link-ended' },
  // A ping a named node sent.
  { message: 'gossip: received ping from node-3 (seq 88)', subject: 'node-3', rule: 'reply-from' },
  // A job's return a named host sent; a failure on a named unit; an HTTP error with the host in its URL (Python requests).
  { message: 'salt.master: Got return from web-02.corp.example for job 20240521030100004411', subject: 'web-02.corp.example', rule: 'reply-from' },
  { message: 'glusterd: Commit failed on node-3, please check the log', subject: 'node-3', rule: 'failed-on' },
  { message: 'Controller: I/O error in channel agent-07', subject: 'agent-07', rule: 'failed-on' },
  { message: "RHS: Call ISALIVE timed out for resource 'SQL Server (MSSQLSERVER)'.", subject: 'SQL Server (MSSQLSERVER)', rule: 'failed-on' },
  { message: 'secrets: Failed to read secret! HTTPError: 503 Server Error: Service Unavailable for url: https://vault.example.net:8200/v1/secret/app', subject: 'vault.example.net:8200', rule: 'http-error-from' },
  // Go's HTTP client, answered in plain HTTP where it spoke TLS.
  { message: 'Puller: Get "https://registry.example.net:5000/v2/": http: server gave HTTP response to HTTPS client', subject: 'registry.example.net:5000', rule: 'dial-failed' },
];

const nonDiegetic: string[] = [
  // A failure in the narrator's own thread, on a bare noun, or a verification of data that failed on a unit.
  'main: Exception in thread "main" java.lang.IllegalStateException: no config',
  'Writer: flush failed on disk, retrying',
  'haproxy: Connect() failed for backend be_api: no free ports.',
  'BlockScanner: checksum verification failed on 10.0.0.5:50010 for blk_7741',
  // A party that connected from an address: the narrator accepted it.
  "broker: New client connected from 10.50.1.21:49822 as plc-1 (p2, c1, k60, u'plc').",
  'AstmLink: CHEM-01 connected from 10.80.2.21:49152',
  // Waiting for the narrator's own data or step; its own response time.
  'api: Timed out waiting for a reply to message ID 7f3c',
  'Locker: timeout waiting for the lock on table orders',
  'kernel: PM response took 1999 ms',
  // The narrator's own HTTP answer, to a party or from its own data.
  'Web: sent HTTP 503 to 10.0.0.4',
  'Gateway: answering HTTP 404 Not Found from the route table',
  // The daemon's own authentication decisions and session bookkeeping about a client address.
  'tunneld: Accepted password for carol from 192.0.2.77 port 50211 ssh2',
  'tunneld: Failed password for invalid user carol from 192.0.2.77 port 50211 ssh2',
  'tunneld: Connection from 192.0.2.77 port 50211 on 10.0.0.2 port 22',
  'tunneld: Bad protocol version identification \'HEAD / HTTP/1.0\' from 192.0.2.77 port 50300',
  'tunneld: Received signal 15; terminating.',
  // A stream end the narrator caught, with no party.
  'Acceptor: caught end of stream exception',
  // The narrator's own send failing with no named party, and its own connect attempts.
  'Resolver: failed to send packet on interface 4 to 224.0.0.251:5353 (No route to host)',
  'Uplink: reconnect attempt 2 to hub-2.ops.example.org:443',
  'Uplink: opening control channel to hub-2.ops.example.org:443',
  // A Go dial without an address (a name that did not resolve), a request that ended well.
  'puller: failed to pull: Head "https://registry.example.com/v2/x/manifests/1": dial tcp: lookup registry.example.com: no such host',
  'poller: Get "http://10.0.0.9:8080/health": 200 OK in 3 ms',
  // Positive ends and the narrator's own closing.
  'Acceptor: Closed socket connection for client /10.2.3.4:5100 which had sessionid 0x77',
  'Uplink: connection to hub-2.ops.example.org established',
  // A host the narrator acts on: the verb is passive or has no determined object.
  'Firewall: 198.51.100.23 added to the deny list',
  'Firewall: 198.51.100.23 rejected by the deny list',
  'Store: 10.1.2.3:50010 Served block blk_771 to /10.1.2.9',
  'Shipper: 4 records queued for logs.ops.example.org',
  // "said" of no host; a host the narrator names without its act.
  'Uploader: as said before, retrying the upload',
  'relayd: 7A1B2C: to=<ann@example.org>, relay=mx2.example.org[192.0.2.5]:25, delay=0.4, status=deferred',
  // A timeout the narrator negotiated with a client.
  'Tracker: Established session 0x51 with negotiated timeout 30000 for client /10.2.3.4:5100',
  // A server's own reply, a bare "server" with news that is no reply, a return to a state.
  'JettyServer: server responded 200 to GET /health',
  'HttpServer: Server returned 404 for /favicon.ico',
  'Uploader: Server started',
  'Uploader: server shutdown complete',
  'Worker: service returned to idle',
];

describe('peer rules: the remote side\'s act', () => {
  it.each(diegetic)('$message', ({ message, subject, rule }) => {
    const explanation = createClassifier(lexicon).explain(recordOf(message));
    expect(explanation.rule).toBe(rule);
    expect(explanation.decision.kind).toBe('diegetic');
    expect(explanation.decision.subjects).toEqual([subject]);
  });
});

describe('peer rules: a log with no narrator', () => {
  it('reads a bare server that closed the connection as the other side', () => {
    const explanation = createClassifier(lexicon).explain(recordOf('could not receive data from WAL stream: server closed the connection unexpectedly', null));
    expect(explanation.rule).toBe('counterpart-reply');
    expect(explanation.decision.subjects).toEqual(['server']);
  });

  it('leaves a bare server\'s own news its own', () => {
    expect(createClassifier(lexicon).classify(recordOf('server started, listening on port 5432', null)).kind).toBe('non-diegetic');
  });
});

describe('peer rules: the narrator\'s own story', () => {
  it.each(nonDiegetic)('%s', (message) => {
    const decision = createClassifier(lexicon).classify(recordOf(message));
    expect(decision.kind).toBe('non-diegetic');
  });
});

describe('a leading context naming the narrator\'s own role', () => {
  const classify = (narrator: string, body: string): string => createClassifier(lexicon).classify(recordOf(body, narrator)).kind;

  it('reads that role as the narrator itself', () => {
    expect(classify('SendThread', '[SendThread controllerId=4] Controller 4 connected to node-7')).toBe('non-diegetic');
    expect(classify('PartitionMgr', '[PartitionMgr broker=3] Broker 3 stopped fetcher for orders-2')).toBe('non-diegetic');
    expect(classify('Coordinator', '[Coordinator id=2] Coordinator resigned leadership')).toBe('non-diegetic');
  });

  it('leaves other roles, and messages without such a context, as they were', () => {
    expect(classify('Coordinator', '[Coordinator id=1] Broker 5 failed')).toBe('diegetic');
    expect(classify('FetchThread', '[FetchThread replicaId=1, leaderId=2] Node 2 disconnected.')).toBe('diegetic');
    expect(classify('PartitionMgr', 'Broker 3 stopped fetcher for orders-2')).toBe('diegetic');
  });
});
