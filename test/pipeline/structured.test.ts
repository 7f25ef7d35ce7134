/**
 * Structured logs end to end, through the built CLI: `classify` gives the message value, `show` highlights the
 * message's words where they stand in the raw line (or the whole line when the message is not there as it is), and
 * `show` without colour and `filter` print the raw lines byte for byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../cli/run-cli.js';

const root = join(import.meta.dirname, '..', '..');
const ESC = '\u001b';
const SUBJECT = `${ESC}[1m${ESC}[35m`;
const plain = (text: string): string => text.replace(/\u001b\[\d+m/g, '');

interface Classified {
  readonly line: number;
  readonly message: string;
  readonly narrator: string | null;
  readonly kind: string;
  readonly subjects: string[];
}

describe.each([
  ['samples/gateway-json.log', (line: string) => (JSON.parse(line) as { msg: string }).msg],
  ['samples/scheduler-logfmt.log', (line: string) => ((/ msg="((?:[^"\\]|\\.)*)"/.exec(line) as RegExpExecArray)[1] as string).replace(/\\"/g, '"')],
])('%s', (file, messageOf) => {
  const text = readFileSync(join(root, file), 'utf8');
  const lines = text.split('\n').slice(0, -1);
  const records = cli(['classify', file]).stdout.trim().split('\n').map((l) => JSON.parse(l) as Classified);
  const diegetic = records.filter((r) => r.kind === 'diegetic');

  it('classifies each line as a record whose message is its message value, several of them diegetic', () => {
    expect(records.map((r) => [r.line, r.message])).toEqual(lines.map((line, i) => [i + 1, messageOf(line)]));
    expect(records.every((r) => r.narrator !== null)).toBe(true);
    expect(diegetic.length).toBeGreaterThanOrEqual(8);
  });

  it('shows the input as it is without colour, and filters the raw lines of the records it keeps', () => {
    expect(cli(['show', '--color', 'never', file]).stdout).toBe(text);
    expect(cli(['filter', '--diegetic', file]).stdout).toBe(diegetic.map((r) => `${lines[r.line - 1]}\n`).join(''));
  });

  it('highlights the subjects of diegetic records in the raw line, where the message stands', () => {
    const shown = cli(['show', '--color', 'always', file]).stdout.split('\n');
    expect(shown.map(plain)).toEqual([...lines, '']);
    for (const record of diegetic) {
      const line = shown[record.line - 1] as string;
      const subject = line.split(SUBJECT)[1]?.split(ESC)[0] ?? '';
      expect(record.subjects.filter((name) => subject.includes(name))).not.toEqual([]);
      const at = (lines[record.line - 1] as string).indexOf(record.message);
      expect(plain(line.slice(0, line.indexOf(SUBJECT))).length).toBeGreaterThanOrEqual(at);
    }
  });
});

it('highlights a diegetic record whose message is written with escapes as a whole, its line as it is', () => {
  const line = '{"@t":"2024-05-01T10:00:06Z","@m":"Health check of \\"search-api\\" failed","@l":"Error","SourceContext":"Acme.Health.HealthMonitor"}';
  const [record] = cli(['classify', '--format', 'json-lines', '-'], { input: `${line}\n` }).stdout.trim().split('\n').map((l) => JSON.parse(l) as Classified);
  expect(record).toMatchObject({ kind: 'diegetic', narrator: 'HealthMonitor', message: 'Health check of "search-api" failed', subjects: ['search-api'] });
  expect(cli(['show', '--color', 'always', '-'], { input: `${line}\n` }).stdout).toBe(`${ESC}[1m${ESC}[34m${line}${ESC}[39m${ESC}[22m\n`);
});
