/** Loading the lexicon: the built-in file, user files merged on top, and broken files reported precisely. */

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFileError } from '../../src/errors.js';
import { builtinLexiconPath, loadLexicon } from '../../src/classify/lexicon.js';
import { grammarsDir } from '../../src/paths.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { recordOf } from './records.js';

const dir = mkdtempSync(join(tmpdir(), 'diegesis-lexicon-'));

function userFile(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

function loadError(file: string): DataFileError {
  try {
    loadLexicon([file]);
  } catch (err) {
    if (err instanceof DataFileError) return err;
    throw err;
  }
  throw new Error(`loading ${file} did not fail`);
}

describe('loadLexicon', () => {
  it('loads the built-in lexicon with statuses, nouns and compiled patterns', () => {
    const lexicon = loadLexicon();
    expect(lexicon.statusNegative.get('not responding')).toBe(true);
    expect(lexicon.statusNegative.get('ok')).toBe(false);
    expect(lexicon.componentPatterns.length).toBeGreaterThan(3);
    expect(lexicon.sources).toHaveLength(1);
  });

  it('has every key of the built-in lexicon documented in lexicon.schema.json, and no other', () => {
    const builtin = Object.keys(JSON.parse(readFileSync(builtinLexiconPath, 'utf8')) as object);
    const schema = JSON.parse(readFileSync(`${grammarsDir}/lexicon.schema.json`, 'utf8')) as { properties: object };
    expect(builtin.sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it('lists each word or phrase of the built-in lexicon once', () => {
    const builtin = JSON.parse(readFileSync(builtinLexiconPath, 'utf8')) as Record<string, unknown>;
    const repeated = Object.entries(builtin).flatMap(([key, value]) => {
      if (!Array.isArray(value)) return [];
      const words = value.map((item: unknown) => (typeof item === 'string' ? item : (item as { phrase?: unknown }).phrase))
        .filter((word): word is string => typeof word === 'string');
      return words.filter((word, i) => words.indexOf(word) !== i).map((word) => `${key}: ${word}`);
    });
    expect(repeated).toEqual([]);
  });

  it.each([
    ['broken JSON', '{"statuses": [', '$', /invalid JSON/],
    ['a negative flag that is not a boolean', '{"statuses": [{"phrase": "wedged", "negative": "yes"}]}', '$.statuses[0].negative', /expected true or false, got string/],
    ['a word list that is not a list', '{"componentNouns": "pump"}', '$.componentNouns', /expected an array, got string/],
    ['an empty word', '{"selfActionVerbs": ["priming", ""]}', '$.selfActionVerbs[1]', /expected a non-empty string/],
    ['an unknown key', '{"componentNoun": ["pump"]}', '$.componentNoun', /unknown key/],
    ['a regex that does not compile', '{"componentPatterns": [{"name": "bad", "pattern": "pump-("}]}', '$.componentPatterns[0].pattern', /invalid regular expression/],
    ['a regex that can backtrack catastrophically', '{"componentPatterns": [{"name": "slow", "pattern": "(a+)+b"}]}', '$.componentPatterns[0].pattern', /nested quantifier/],
    ['a weak flag that is not a boolean', '{"componentPatterns": [{"name": "pumps", "pattern": "pump\\\\d+", "weak": 1}]}', '$.componentPatterns[0].weak', /expected true or false, got number/],
    ['a weak flag on a data pattern', '{"dataPatterns": [{"name": "lot", "pattern": "^lot\\\\d+$", "weak": true}]}', '$.dataPatterns[0].weak', /only a component pattern can be weak/],
  ])('reports %s with file, place and problem', (_what, content, where, problem) => {
    const file = userFile(`bad-${where.replace(/\W/g, '')}.json`, content);
    const error = loadError(file);
    expect(error.file).toBe(file);
    if (where !== '$') expect(error.where).toBe(where);
    expect(error.problem).toMatch(problem);
    expect(error.message).toContain(file);
  });

  it('reports the line of a JSON syntax error', () => {
    const error = loadError(userFile('syntax.json', '{\n  "statuses": [\n    {"phrase": "wedged",}\n  ]\n}'));
    expect(error.where).toMatch(/^line 3 column \d+$/);
  });

  it('reports a missing file', () => {
    const error = loadError(join(dir, 'absent.json'));
    expect(error.problem).toMatch(/cannot read lexicon/);
  });
});

describe('a user lexicon changes decisions', () => {
  it('adds a status word', () => {
    const record = recordOf('Watchdog: IndexerService wedged');
    expect(createClassifier(loadLexicon()).classify(record).kind).toBe('non-diegetic');
    const file = userFile('status.json', '{"statuses": [{"phrase": "wedged", "negative": true}]}');
    const decision = createClassifier(loadLexicon([file])).classify(record);
    expect(decision.kind).toBe('diegetic');
    expect(decision.status).toBe('wedged');
    expect(decision.negative).toBe(true);
  });

  it('adds a component name', () => {
    const record = recordOf('Monitor: Inkpot is offline');
    expect(createClassifier(loadLexicon()).classify(record).kind).toBe('non-diegetic');
    const file = userFile('names.json', '{"componentNames": ["Inkpot"]}');
    const decision = createClassifier(loadLexicon([file])).classify(record);
    expect(decision.kind).toBe('diegetic');
    expect(decision.subjects).toEqual(['Inkpot']);
  });

  it('adds a weak component pattern, whose names take only a status a unit has', () => {
    const down = recordOf('Monitor: gizmo~a7 is down');
    const failed = recordOf('Monitor: gizmo~a7 failed');
    expect(createClassifier(loadLexicon()).classify(down).kind).toBe('non-diegetic');
    const file = userFile('weak.json', '{"componentPatterns": [{"name": "gizmo", "pattern": "\\\\bgizmo~[a-z]\\\\d\\\\b", "weak": true}]}');
    const lexicon = loadLexicon([file]);
    expect(createClassifier(lexicon).classify(down).subjects).toEqual(['gizmo~a7']);
    expect(createClassifier(lexicon).classify(failed).kind).toBe('non-diegetic');
  });

  it('adds a narrator alias, making the narrator\'s other name itself', () => {
    const record = recordOf('PrintSpoolerService: SpoolAgent is offline');
    expect(createClassifier(loadLexicon()).classify(record).kind).toBe('diegetic');
    const file = userFile('aliases.json', '{"narratorAliases": {"PrintSpoolerService": ["SpoolAgent"]}}');
    expect(createClassifier(loadLexicon([file])).classify(record).kind).toBe('non-diegetic');
  });
});
