import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFileError } from '../../src/errors.js';
import { grammarsDir } from '../../src/paths.js';
import { builtinGrammarFiles, loadGrammarFile } from '../../src/records/grammar-load.js';
import { loadFormats } from '../../src/records/registry.js';
import { loadError } from './grammar-load-error.js';

const dir = mkdtempSync(join(tmpdir(), 'diegesis-grammar-'));
const valid = JSON.parse(readFileSync(join(grammarsDir, 'native.json'), 'utf8')) as Record<string, unknown>;
const clone = (): Record<string, any> => JSON.parse(JSON.stringify(valid)) as Record<string, any>;

function writeGrammar(name: string, content: string): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, content);
  return file;
}


describe('a broken grammar file names the file, the field and the problem', () => {
  it.each<[string, (g: Record<string, any>) => string | Record<string, any>, string, RegExp]>([
    ['bad JSON', () => '{ "name": "broken", ', 'JSON', /JSON/],
    ['a missing key', (g) => ({ ...g, samples: undefined }), 'grammar', /must have required property 'samples'/],
    ['an unknown key', (g) => ({ ...g, colour: 'red' }), 'grammar', /additional properties "colour"/],
    ['an unknown token', (g) => ((g.layout[0].token = 'Pid'), g), 'layout.0.token', /unknown token "Pid"/],
    ['a bad token regex', (g) => ((g.tokens[0].pattern = '(\\d+'), g), 'tokens.0.pattern', /Invalid regular expression/],
    ['a bad split regex', (g) => ((g.layout[0].split = '(?<pid>\\d+'), g), 'layout.0.split', /Invalid regular expression/],
    ['a split without a named group', (g) => ((g.layout[0].split = '^(\\d+)$'), g), 'layout.0.split', /needs at least one named group/],
    ['a sample that does not parse', (g) => ((g.samples[0].line = 'not a trace line'), g), 'samples.0.line', /does not parse: "not a trace line"/],
    ['a sample field parsed otherwise', (g) => ((g.samples[0].expect.tid = 1), g), 'samples.0.expect.tid', /expected 1, parsed 11912/],
    ['a sample field the layout lacks', (g) => ((g.samples[0].expect.levle = 'INFO'), g), 'samples.0.expect.levle', /the layout has no field "levle"/],
    ['an optional group no sample takes', (g) => ((g.samples = g.samples.filter((s: { expect: object }) => !('date' in s.expect))), g), 'layout.4.optional', /no sample takes this optional group/],
    ['a trailer not anchored at the end', (g) => ({ ...g, trailer: ' \\((?<logger>[\\w.]+)\\)' }), 'trailer', /must end with '\$'/],
    ['a trailer giving the time', (g) => ({ ...g, trailer: ' \\((?<time>[\\d:]+)\\)$' }), 'trailer', /group "time" names a field the first line gives/],
    ['a token alternative no sample takes', (g) => ((g.samples = g.samples.filter((s: { line: string }) => !s.line.startsWith('4 8'))), g), 'layout.4.optional.1.token', /no sample takes the alternative "Dash"/],
  ])('%s', async (name, edit, where, problem) => {
    const edited = edit(clone());
    const file = writeGrammar(name.replace(/\W+/g, '-'), typeof edited === 'string' ? edited : JSON.stringify(edited));
    const error = await loadError(file);
    expect(error.file).toBe(file);
    expect(error.where).toBe(where);
    expect(error.problem).toMatch(problem);
    expect(error.message).toBe(`${file}: ${where}: ${error.problem}`);
  });

  it('a grammar without faults loads, ahead of the built-ins', async () => {
    const file = writeGrammar('mine', JSON.stringify({ ...clone(), name: 'mine' }));
    expect((await loadFormats([file]))[0]?.name).toBe('mine');
  });
});

describe('a broken structured grammar file names the file, the field and the problem', () => {
  const logfmt = readFileSync(join(grammarsDir, 'logfmt.json'), 'utf8');
  const structured = (): Record<string, any> => JSON.parse(logfmt) as Record<string, any>;

  it.each<[string, (g: Record<string, any>) => Record<string, any>, string, RegExp]>([
    ['no key rules', (g) => ({ ...g, keys: undefined }), 'grammar', /must have required property 'keys'/],
    ['a layout besides its syntax', (g) => ({ ...g, layout: clone().layout }), 'layout', /is not allowed here: a grammar has a layout \(tokens, layout\) or a syntax/],
    ['no syntax and no layout', (g) => ({ ...g, syntax: undefined }), 'grammar', /must have required property 'tokens'/],
    ['an unknown syntax', (g) => ({ ...g, syntax: 'yaml' }), 'syntax', /must be equal to one of the allowed values/],
    ['a field given twice', (g) => ((g.keys[1].field = 'message'), g), 'keys.1.field', /field "message" is given by keys.0 already/],
    ['a key taken twice', (g) => ((g.keys[2].keys = ['level', 'msg']), g), 'keys.2.keys.1', /key "msg" is taken by keys.0 already/],
    ['a template that is not a key', (g) => ((g.keys[0].templates = ['mt']), g), 'keys.0.templates.0', /"mt" is not one of this rule's keys/],
    ['a template of another field', (g) => ((g.keys[1].templates = ['ts']), g), 'keys.1.templates', /only the message has templates/],
    ['a bad split regex', (g) => ((g.keys[3].split = '(?<narrator>'), g), 'keys.3.split', /Invalid regular expression/],
    ['a sample that does not parse', (g) => ((g.samples[0].line = 'not logfmt'), g), 'samples.0.line', /does not parse: "not logfmt"/],
    ['a sample field parsed otherwise', (g) => ((g.samples[0].expect.narrator = 'Gateway'), g), 'samples.0.expect.narrator', /expected "Gateway", parsed "gateway"/],
    ['a key no sample takes', (g) => ((g.keys[0].keys = [...g.keys[0].keys, 'text']), g), 'keys.0.keys', /no sample takes the alternative "text"/],
  ])('%s', async (name, edit, where, problem) => {
    const file = writeGrammar(`structured-${name.replace(/\W+/g, '-')}`, JSON.stringify(edit(structured())));
    const error = await loadError(file);
    expect([error.where, error.problem]).toEqual([where, expect.stringMatching(problem)]);
  });

  it('a structured grammar without faults loads, and reads its own keys', async () => {
    const mine = { ...structured(), name: 'mine', keys: [{ field: 'message', keys: ['text'] }, { field: 'narrator', keys: ['who'] }], samples: [{ line: 'who=db text="is down"', expect: { narrator: 'db', message: 'is down' } }] };
    const [format] = await loadFormats([writeGrammar('mine-structured', JSON.stringify(mine))]);
    expect(format?.parser.parse('who=db text=up')).toMatchObject({ fields: { narrator: 'db' }, message: 'up' });
  });
});

// The built-in grammars are read without the schema at run time: this is where they meet it.
it.each(builtinGrammarFiles())('the built-in grammar %s passes the schema', (file) => {
  expect(loadGrammarFile(file).spec.name).toMatch(/^[a-z][a-z0-9-]*$/);
});
