/**
 * Which records the summary counts as errors by their level: structured loggers' words and numbers, each line in its
 * logger's real shape (values invented), read by the grammar that reads it. The messages carry no negative status, so
 * the level alone decides.
 */
import { parseTrace } from '../../../src/index.js';
import { isErrorRecord } from '../../../src/sinks/summary/errors.js';
import { cli } from '../../cli/run-cli.js';
import { nonDiegetic } from '../factory.js';

/** Whether the one record of `line`, read as `format`, counts as an error by its level. */
function levelError(line: string, format: string): boolean {
  const { records } = parseTrace(`${line}\n`, { format });
  expect(records).toHaveLength(1);
  return isErrorRecord(records[0]!, nonDiegetic);
}

const pino = (level: number): string => `{"level":${level},"time":1714557605250,"pid":4411,"hostname":"web-1","msg":"cart-svc answered in 12 ms"}`;
const bunyan = (level: number): string =>
  `{"name":"orders","hostname":"web-1","pid":4410,"level":${level},"msg":"stock lookup took 41 ms","time":"2024-05-01T10:00:03.161Z","v":0}`;
const journald = (priority: string): string =>
  `{"__REALTIME_TIMESTAMP":"1714557609000123","_PID":"812","SYSLOG_IDENTIFIER":"nginx","PRIORITY":"${priority}","MESSAGE":"worker 2212 started","_HOSTNAME":"web-1"}`;
const gelf = (level: number): string =>
  `{"version":"1.1","host":"web-1","short_message":"worker 2212 started","timestamp":1714557609.5,"level":${level},"_facility":"nginx"}`;
const dotnet = (level: string): string =>
  `{"Timestamp":"2024-05-01T10:00:06.123Z","EventId":0,"LogLevel":${level},"Category":"Acme.Orders.CheckoutController","Message":"Checkout 4411 done","State":{"Message":"Checkout 4411 done","{OriginalFormat}":"Checkout {Id} done"}}`;

describe('error levels of structured logs', () => {
  it.each<[string, string, boolean]>([
    // pino and bunyan: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal.
    ['pino 10 (trace)', pino(10), false],
    ['pino 30 (info)', pino(30), false],
    ['pino 40 (warn)', pino(40), false],
    ['pino 50 (error)', pino(50), true],
    ['pino 60 (fatal)', pino(60), true],
    ['bunyan 20 (debug)', bunyan(20), false],
    ['bunyan 50 (error)', bunyan(50), true],
    ['bunyan 60 (fatal)', bunyan(60), true],
    // journald (journalctl -o json): PRIORITY is syslog's severity, as a string.
    ['journald PRIORITY 0 (emerg)', journald('0'), true],
    ['journald PRIORITY 2 (crit)', journald('2'), true],
    ['journald PRIORITY 3 (err)', journald('3'), true],
    ['journald PRIORITY 4 (warning)', journald('4'), false],
    ['journald PRIORITY 6 (info)', journald('6'), false],
    // GELF: level is syslog's severity, as a number.
    ['GELF level 3 (err)', gelf(3), true],
    ['GELF level 5 (notice)', gelf(5), false],
    // Serilog: compact JSON (@l, left out for Information) and the classic JsonFormatter (Level).
    ['Serilog compact @l Error', '{"@t":"2024-05-01T10:00:06.1234567Z","@mt":"Health check of {Name} done","Name":"search-api","@l":"Error","SourceContext":"Acme.Health.HealthMonitor"}', true],
    ['Serilog compact @l Fatal', '{"@t":"2024-05-01T10:00:06.1234567Z","@mt":"Host shut down","@l":"Fatal"}', true],
    ['Serilog compact @l Warning', '{"@t":"2024-05-01T10:00:06.1234567Z","@mt":"Host shut down","@l":"Warning"}', false],
    ['Serilog compact, no @l (Information)', '{"@t":"2024-05-01T10:00:06.1234567Z","@mt":"Host started"}', false],
    ['Serilog JsonFormatter Level Error', '{"Timestamp":"2024-05-01T10:00:06.1234567+00:00","Level":"Error","MessageTemplate":"Sync of {Shop} done","RenderedMessage":"Sync of \\"eu\\" done","Properties":{"Shop":"eu"}}', true],
    ['Serilog JsonFormatter Level Information', '{"Timestamp":"2024-05-01T10:00:06.1234567+00:00","Level":"Information","MessageTemplate":"Sync done","Properties":{}}', false],
    // .NET Microsoft.Extensions.Logging JSON: LogLevel by name, or its enum (3 Warning, 4 Error, 5 Critical).
    ['.NET LogLevel "Error"', dotnet('"Error"'), true],
    ['.NET LogLevel "Critical"', dotnet('"Critical"'), true],
    ['.NET LogLevel "Warning"', dotnet('"Warning"'), false],
    ['.NET LogLevel 4 (Error)', dotnet('4'), true],
    ['.NET LogLevel 5 (Critical)', dotnet('5'), true],
    ['.NET LogLevel 3 (Warning, syslog\'s err)', dotnet('3'), false],
    ['.NET LogLevel 2 (Information)', dotnet('2'), false],
    // Windows events exported as JSON: Level on a scale of its own (2 Error, 3 Warning), not read.
    ['Windows event Level 3 (Warning)', '{"Id":7031,"Level":3,"LevelDisplayName":"Warning","ProviderName":"Service Control Manager","Message":"The Spooler service stopped"}', false],
    // Monolog: a numeric level of its own (400 ERROR) beside level_name.
    ['Monolog level_name ERROR', '{"message":"Order 88 shipped","context":{},"level":400,"level_name":"ERROR","channel":"app","datetime":"2024-05-01T10:00:03.120000+00:00","extra":{}}', true],
    ['Monolog level_name WARNING', '{"message":"Order 88 shipped","context":{},"level":300,"level_name":"WARNING","channel":"app","datetime":"2024-05-01T10:00:03.120000+00:00","extra":{}}', false],
    // A number on no scale known here: Google Cloud's numeric severity (400 WARNING), no error.
    ['Google Cloud numeric severity 400', '{"severity":400,"message":"quota-svc is slow","time":"2024-05-01T10:00:12.250Z"}', false],
    ['Google Cloud severity ERROR', '{"severity":"ERROR","message":"quota-svc is slow","time":"2024-05-01T10:00:12.250Z"}', true],
    // Words: zap, logrus, slog, python-json-logger, ECS.
    ['zap dpanic', '{"level":"dpanic","ts":1714557601.4567,"logger":"gateway","caller":"proxy/upstream.go:112","msg":"route table rebuilt"}', true],
    ['zap panic', '{"level":"panic","ts":1714557601.4567,"logger":"gateway","msg":"route table rebuilt"}', true],
    ['logrus JSON panic', '{"level":"panic","msg":"route table rebuilt","time":"2024-05-01T10:00:01Z"}', true],
    ['slog ERROR+4', '{"time":"2024-05-01T10:00:01.123Z","level":"ERROR+4","msg":"route table rebuilt"}', true],
    ['slog WARN+2', '{"time":"2024-05-01T10:00:01.123Z","level":"WARN+2","msg":"route table rebuilt"}', false],
    ['python-json-logger CRITICAL', '{"asctime":"2024-05-01 10:00:11,017","levelname":"CRITICAL","name":"app.db.pool","message":"pool resized"}', true],
    ['ECS log.level warn', '{"@timestamp":"2024-05-01T10:00:04.001Z","log.level":"warn","log.logger":"com.acme.Billing","message":"ledger synced"}', false],
  ])('json-lines: %s', (_what, line, error) => {
    expect(levelError(line, 'json-lines')).toBe(error);
  });

  it.each<[string, string, boolean]>([
    ['log15 eror', 't=2024-05-01T10:00:04+0000 lvl=eror msg="replica db-2 synced" logger=db.replicator', true],
    ['log15 crit', 't=2024-05-01T10:00:04+0000 lvl=crit msg="replica db-2 synced"', true],
    ['log15 warn', 't=2024-05-01T10:00:04+0000 lvl=warn msg="replica db-2 synced"', false],
    ['logrus text panic', 'time="2024-05-01T10:00:01Z" level=panic msg="route table rebuilt" component=gateway', true],
    ['Go kit level=error', 'level=error ts=2024-05-01T10:00:02.513Z caller=watch.go:88 msg="watch restarted"', true],
    ['Heroku at=info', 'at=info method=GET path=/api/orders host=shop.example.com status=200 bytes=512', false],
    ['a bunyan-like level=50', 'level=50 time=1714557605300 msg="cart rebuilt"', true],
    ['a syslog-like severity=4', 'severity=4 time=1714557605300 msg="cart rebuilt"', false],
  ])('logfmt: %s', (_what, line, error) => {
    expect(levelError(line, 'logfmt')).toBe(error);
  });

  it('a number on no known scale, or not a whole number, is no error level', () => {
    for (const level of ['8', '9', '49', '61', '100', '1000', '-3', '3.0', '5e1', '']) {
      expect(levelError(`{"level":"${level}","msg":"cart rebuilt"}`, 'json-lines')).toBe(false);
    }
  });
});

describe('summary counts error levels', () => {
  it('counts each error record of a mixed structured log once, by its level', () => {
    const lines = [pino(30), pino(50), pino(60), bunyan(40), journald('3'), journald('6'), dotnet('4'), dotnet('3'), gelf(2)];
    const result = cli(['summary', '--output', 'json', '--format', 'json-lines', '-'], { input: `${lines.join('\n')}\n` });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const summary = JSON.parse(result.stdout) as { errors: { selfReported: number; narrated: number } };
    // pino 50 and 60, PRIORITY 3, LogLevel 4, GELF 2 (self-reported or narrated as the classifier reads their words).
    expect(summary.errors.selfReported + summary.errors.narrated).toBe(5);
  });
});
