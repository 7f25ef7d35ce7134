import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFileError } from '../../src/errors.js';
import { grammarsDir } from '../../src/paths.js';
import { builtinGrammarFiles, loadGrammarFile } from '../../src/records/grammar-load.js';
import { loadFormats } from '../../src/records/registry.js';

const dir = mkdtempSync(join(tmpdir(), 'diegesis-grammar-'));
const valid = JSON.parse(readFileSync(join(grammarsDir, 'native.json'), 'utf8')) as Record<string, unknown>;
const clone = (): Record<string, any> => JSON.parse(JSON.stringify(valid)) as Record<string, any>;

function writeGrammar(name: string, content: string): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, content);
  return file;
}

/** The DataFileError loading the grammar throws. */
async function loadError(file: string): Promise<DataFileError> {
  try {
    await loadFormats([file]);
  } catch (err) {
    if (err instanceof DataFileError) return err;
    throw err;
  }
  throw new Error(`${file} loaded without error`);
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

// The built-in grammars are read without the schema at run time: this is where they meet it.
it.each(builtinGrammarFiles())('the built-in grammar %s passes the schema', (file) => {
  expect(loadGrammarFile(file).spec.name).toMatch(/^[a-z][a-z0-9-]*$/);
});
