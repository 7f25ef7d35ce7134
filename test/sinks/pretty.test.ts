import { Chalk } from 'chalk';
import { createPalette } from '../../src/sinks/palette.js';
import { createPrettySink } from '../../src/sinks/pretty.js';
import { diegeticDown, nonDiegetic, record } from './factory.js';

function show(color: boolean, escape: boolean, feed: (sink: ReturnType<typeof createPrettySink>) => void): string {
  let out = '';
  const sink = createPrettySink({ write: (t) => (out += t) }, { palette: createPalette(color), escape });
  feed(sink);
  return out;
}

const ESC = '\u001b';

describe('pretty sink (show)', () => {
  it('with colour off, prints every line as it came', () => {
    const out = show(false, false, (sink) => {
      sink.record(record('Mon: Svc is down', {}, ['   at x()']), diegeticDown);
      sink.record(record('Mon: polling'), nonDiegetic);
      sink.unparsed({ file: 't', header: false, line: { number: 9, text: 'junk', eol: '\r\n' } });
    });
    expect(out).toBe('4410  4414  06:35:05.001 Mon: Svc is down\n   at x()\n4410  4414  06:35:05.001 Mon: polling\njunk\r\n');
  });

  it('with colour on, styles the diegetic record, its spans and its continuation lines', () => {
    const out = show(true, true, (sink) => sink.record(record('Mon: Svc is down', {}, ['   at x()']), diegeticDown));
    const [first, second] = out.split('\n');
    expect(first).toBe(
      `${ESC}[1m${ESC}[34m4410  4414  06:35:05.001 ${ESC}[39m${ESC}[22m` +
        `${ESC}[1m${ESC}[36mMon${ESC}[39m${ESC}[22m` +
        `${ESC}[1m${ESC}[34m: ${ESC}[39m${ESC}[22m` +
        `${ESC}[1m${ESC}[35mSvc${ESC}[39m${ESC}[22m` +
        `${ESC}[1m${ESC}[34m is ${ESC}[39m${ESC}[22m` +
        `${ESC}[1m${ESC}[31mdown${ESC}[39m${ESC}[22m`,
    );
    expect(second).toBe(`${ESC}[1m${ESC}[34m   at x()${ESC}[39m${ESC}[22m`);
  });

  it('with colour on, styles the spans where the message stands in the line, though text follows it (a structured line)', () => {
    const text = '{"logger":"Mon","msg":"Svc is down","n":1}';
    const line = { number: 1, text, eol: '\n' };
    const out = show(true, false, (sink) => sink.record(record('Svc is down', { narrator: 'Mon', bodyStart: 0, messageAt: 23, lines: [line] }), { ...diegeticDown, spans: diegeticDown.spans.filter((s) => s.role !== 'narrator').map((s) => ({ ...s, start: s.start - 5, end: s.end - 5 })) }));
    expect(out).toBe(
      `${ESC}[1m${ESC}[34m{"logger":"Mon","msg":"${ESC}[39m${ESC}[22m` +
        `${ESC}[1m${ESC}[35mSvc${ESC}[39m${ESC}[22m` +
        `${ESC}[1m${ESC}[34m is ${ESC}[39m${ESC}[22m` +
        `${ESC}[1m${ESC}[31mdown${ESC}[39m${ESC}[22m` +
        `${ESC}[1m${ESC}[34m","n":1}${ESC}[39m${ESC}[22m\n`,
    );
  });

  it('with colour on, styles the whole line of a diegetic record whose message stands nowhere in it as it is', () => {
    const text = '{"msg":"\\"Svc\\" is down"}';
    const out = show(true, false, (sink) => sink.record(record('"Svc" is down', { narrator: null, bodyStart: 0, messageAt: null, lines: [{ number: 1, text, eol: '\n' }] }), diegeticDown));
    expect(out).toBe(`${ESC}[1m${ESC}[34m${text}${ESC}[39m${ESC}[22m\n`);
  });

  it('with colour on, leaves non-diegetic records plain and dims unparsed lines', () => {
    const out = show(true, true, (sink) => {
      sink.record(record('Mon: polling'), nonDiegetic);
      sink.unparsed({ file: 't', header: true, line: { number: 1, text: 'PID TID TIME MESSAGE', eol: '\n' } });
    });
    expect(out).toBe(`4410  4414  06:35:05.001 Mon: polling\n${ESC}[2mPID TID TIME MESSAGE${ESC}[22m\n`);
  });

  it('escapes control characters when asked, in every kind of line', () => {
    const out = show(false, true, (sink) => {
      sink.record(record(`Mon: title${ESC}]0;pwned\u0007`), nonDiegetic);
      sink.unparsed({ file: 't', header: false, line: { number: 2, text: `${ESC}[2J`, eol: '\n' } });
    });
    expect(out).toBe('4410  4414  06:35:05.001 Mon: title\\x1B]0;pwned\\x07\n\\x1B[2J\n');
  });
});

describe('palette', () => {
  // Chalk itself, with the same styles: the palette's shortcut must print exactly what chalk prints.
  const chalk = new Chalk({ level: 1 });
  const styles = [
    ['diegetic', chalk.bold.blue],
    ['narrator', chalk.bold.cyan],
    ['subject', chalk.bold.magenta],
    ['status', chalk.bold.green],
    ['negative', chalk.bold.red],
    ['dim', chalk.dim],
    ['heading', chalk.bold.underline],
  ] as const;
  const texts = ['plain text', '', ' ', 'two\nlines', 'crlf\r\nend', `${ESC}[1mbold${ESC}[22m inside`, `${ESC}[39m`, '\n'];

  it.each(styles)('%s prints what chalk prints, escape codes and line breaks included', (name, style) => {
    const palette = createPalette(true);
    for (const text of texts) expect(palette[name](text)).toBe(style(text));
  });

  it('prints text as it is with colour off', () => {
    const palette = createPalette(false);
    for (const [name] of styles) for (const text of texts) expect(palette[name](text)).toBe(text);
  });
});
