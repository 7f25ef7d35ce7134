import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import { DataFileError } from '../errors.js';
import { grammarsDir } from '../paths.js';
import { backtrackingProblem } from './backtracking.js';
import { isStructured, type GrammarSpec, type KeyRule, type LayoutGrammarSpec, type LayoutStep, type LoadedGrammar } from './grammar-types.js';

let validator: ValidateFunction<GrammarSpec> | undefined;

/**
 * The schema validator, compiled on first use: loading and compiling it is a good part of a start-up, and only user
 * grammars need it (the built-in ones are checked against the schema by test/records/grammar-errors.test.ts).
 */
function schemaValidator(): ValidateFunction<GrammarSpec> {
  if (validator === undefined) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
    const schema = JSON.parse(readFileSync(join(grammarsDir, 'grammar.schema.json'), 'utf8')) as object;
    validator = new Ajv({ allErrors: false, strict: false }).compile<GrammarSpec>(schema);
  }
  return validator;
}

/** Files in grammars/ that are data for other stages, not trace formats. */
const NOT_FORMATS = /(?:\.schema\.json|^lexicon.*\.json)$/;

export function builtinGrammarFiles(): string[] {
  return readdirSync(grammarsDir)
    .filter((name) => name.endsWith('.json') && !NOT_FORMATS.test(name))
    .sort()
    .map((name) => join(grammarsDir, name));
}

/**
 * Reads, schema-checks and cross-checks one grammar file, and refuses a pattern that can backtrack catastrophically; a
 * broken one throws DataFileError. `schemaChecked` skips the schema and the backtracking check (the costly ones, tens
 * of milliseconds at start-up) for files known to pass them: the built-in grammars (test/records/grammar-errors.test.ts
 * and backtracking.test.ts prove they do), and a user grammar the main thread has loaded once already.
 */
export function loadGrammarFile(file: string, schemaChecked = false): LoadedGrammar {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new DataFileError(file, 'file', (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : String(err));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new DataFileError(file, 'JSON', (err as Error).message);
  }
  if (!schemaChecked) {
    const validate = schemaValidator();
    if (!validate(data)) throw new DataFileError(file, ...describeSchemaError(validate.errors?.[0]));
  }
  const spec = data as GrammarSpec;
  checkReferences(file, spec);
  if (!schemaChecked) checkBacktracking(file, spec);
  return { spec, file };
}

function describeSchemaError(error: ErrorObject | undefined): [string, string] {
  if (!error) return ['grammar', 'does not match grammars/grammar.schema.json'];
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'grammar';
  const extra = error.keyword === 'additionalProperties' ? ` "${String(error.params['additionalProperty'])}"` : '';
  // The schema's `false` for tokens and layout beside a syntax (or keys beside a layout).
  if (error.keyword === 'false schema') return [where, 'is not allowed here: a grammar has a layout (tokens, layout) or a syntax (syntax, keys), not both'];
  return [where, `${error.message ?? 'is invalid'}${extra}`];
}

/**
 * What the schema cannot say: patterns compile; a layout names declared tokens and has exactly one message step; key
 * rules give each field once and take each key once; a sample is read below a stamp line only in a grammar of entries.
 */
function checkReferences(file: string, spec: GrammarSpec): void {
  if (spec.header) compiles(file, 'header.pattern', spec.header.pattern, spec.header.flags ?? '');
  if (spec.continuation !== undefined) compiles(file, 'continuation', spec.continuation, '');
  if (spec.messageLine !== undefined) checkMessageLine(file, spec.messageLine);
  if (spec.trailer !== undefined) checkTrailer(file, spec.trailer);
  if (spec.entryLine !== undefined) checkEntryLine(file, spec.entryLine);
  spec.samples.forEach((sample, i) => {
    if (sample.below !== undefined && spec.entryLine === undefined) throw new DataFileError(file, `samples.${i}.below`, 'is for a grammar with entry lines (entryLine)');
  });
  if (isStructured(spec)) checkKeyRules(file, spec.keys);
  else checkLayout(file, spec);
}

/** The fields a record has a place for: a messageLine group may not give them (the record is built by then). */
const RECORD_FIELDS = new Set(['pid', 'tid', 'date', 'time', 'narrator', 'zone', 'message']);

function checkMessageLine(file: string, source: string): void {
  compiles(file, 'messageLine', source, '');
  for (const name of splitFieldNames(source)) {
    if (RECORD_FIELDS.has(name)) throw new DataFileError(file, 'messageLine', `group "${name}" names a field the first line gives; a message line's groups give other fields`);
  }
}

/** A field name as a pattern's group gives it: lowerCamelCase. */
const FIELD_NAME = /^[a-z][A-Za-z0-9]*$/;

/** The group names of the pattern at `where`, each checked to be a field name (FIELD_NAME). */
function groupFieldNames(file: string, where: string, source: string): string[] {
  const names = splitFieldNames(source);
  for (const name of names) {
    if (!FIELD_NAME.test(name)) throw new DataFileError(file, where, `group name "${name}" is not a field name (lowerCamelCase)`);
  }
  return names;
}

/** A trailer's groups are fields of the record (its narrator too), found at the message's end. */
function checkTrailer(file: string, source: string): void {
  compiles(file, 'trailer', source, '');
  if (!source.endsWith('$')) throw new DataFileError(file, 'trailer', "must end with '$': it is matched at the message's end");
  for (const name of groupFieldNames(file, 'trailer', source)) {
    if (name !== 'narrator' && RECORD_FIELDS.has(name)) throw new DataFileError(file, 'trailer', `group "${name}" names a field the first line gives; a trailer gives the narrator and other fields`);
  }
}

/** An entry line's groups are fields of the record it starts, its message what follows the match. */
function checkEntryLine(file: string, source: string): void {
  compiles(file, 'entryLine', source, 'y');
  if (groupFieldNames(file, 'entryLine', source).includes('message')) {
    throw new DataFileError(file, 'entryLine', 'group "message": the message is the text after the match');
  }
}

function checkKeyRules(file: string, rules: readonly KeyRule[]): void {
  const fields = new Map<string, number>();
  const keys = new Map<string, number>();
  rules.forEach((rule, r) => {
    const where = `keys.${r}`;
    if (fields.has(rule.field)) throw new DataFileError(file, `${where}.field`, `field "${rule.field}" is given by keys.${fields.get(rule.field)} already`);
    fields.set(rule.field, r);
    rule.keys.forEach((key, k) => {
      if (keys.has(key)) throw new DataFileError(file, `${where}.keys.${k}`, `key "${key}" is taken by keys.${keys.get(key)} already`);
      keys.set(key, r);
    });
    if (rule.split !== undefined) checkSplit(file, `${where}.split`, rule.split);
    (rule.templates ?? []).forEach((key, t) => {
      if (rule.field !== 'message') throw new DataFileError(file, `${where}.templates`, 'only the message has templates');
      if (!rule.keys.includes(key)) throw new DataFileError(file, `${where}.templates.${t}`, `"${key}" is not one of this rule's keys`);
    });
  });
}

function checkLayout(file: string, spec: LayoutGrammarSpec): void {
  const names = new Set<string>();
  spec.tokens.forEach((token, i) => {
    if (names.has(token.name)) throw new DataFileError(file, `tokens.${i}.name`, `duplicate token "${token.name}"`);
    names.add(token.name);
    compiles(file, `tokens.${i}.pattern`, token.pattern, '');
  });
  let messages = 0;
  const walk = (steps: readonly LayoutStep[], path: string, nested: boolean): void =>
    steps.forEach((step, i) => {
      const where = `${path}.${i}`;
      if ('message' in step) {
        if (nested) throw new DataFileError(file, where, 'the message step cannot be optional');
        messages++;
      } else if ('optional' in step) {
        walk(step.optional, `${where}.optional`, true);
      } else {
        for (const name of typeof step.token === 'string' ? [step.token] : step.token) {
          if (!names.has(name)) throw new DataFileError(file, `${where}.token`, `unknown token "${name}"`);
        }
        if (step.split !== undefined) checkSplit(file, `${where}.split`, step.split);
      }
    });
  walk(spec.layout, 'layout', false);
  if (messages !== 1) throw new DataFileError(file, 'layout', `needs exactly one {"message": true} step, found ${messages}`);
}

/** A split pattern must compile and name at least one group, each a valid field name. */
function checkSplit(file: string, where: string, source: string): void {
  compiles(file, where, source, '');
  const groups = splitFieldNames(source);
  if (groups.length === 0) throw new DataFileError(file, where, 'needs at least one named group, as in (?<narrator>...)');
  const bad = groups.find((name) => !/^[a-z][A-Za-z0-9]*$/.test(name));
  if (bad !== undefined) throw new DataFileError(file, where, `group name "${bad}" is not a field name (lowerCamelCase)`);
}

/** The field names a split pattern's named groups give. */
export function splitFieldNames(source: string): string[] {
  return [...source.matchAll(/\(\?<([^>=!]+)>/g)].map((m) => m[1] as string);
}

/** A regular expression a grammar declares: where in the file, its source, its flags, and its token's name. */
export interface GrammarPattern {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
  readonly token?: string;
}

/** Every regular expression of a grammar: tokens, header, continuation, message and entry lines, trailer, and splits (of layout steps or key rules). */
export function grammarPatterns(spec: GrammarSpec): GrammarPattern[] {
  const found: GrammarPattern[] = [];
  if (spec.header) found.push({ where: 'header.pattern', source: spec.header.pattern, flags: spec.header.flags ?? '' });
  if (spec.continuation !== undefined) found.push({ where: 'continuation', source: spec.continuation, flags: '' });
  if (spec.messageLine !== undefined) found.push({ where: 'messageLine', source: spec.messageLine, flags: '' });
  if (spec.entryLine !== undefined) found.push({ where: 'entryLine', source: spec.entryLine, flags: '' });
  if (spec.trailer !== undefined) found.push({ where: 'trailer', source: spec.trailer, flags: '' });
  if (isStructured(spec)) {
    spec.keys.forEach((rule, r) => {
      if (rule.split !== undefined) found.push({ where: `keys.${r}.split`, source: rule.split, flags: '' });
    });
    return found;
  }
  spec.tokens.forEach((token, i) => found.push({ where: `tokens.${i}.pattern`, source: token.pattern, flags: '', token: token.name }));
  const walk = (steps: readonly LayoutStep[], path: string): void =>
    steps.forEach((step, i) => {
      if ('optional' in step) walk(step.optional, `${path}.${i}.optional`);
      else if ('token' in step && step.split !== undefined) found.push({ where: `${path}.${i}.split`, source: step.split, flags: '' });
    });
  walk(spec.layout, 'layout');
  return found;
}

/** Refuses the first pattern that can backtrack catastrophically (see backtracking.ts), naming it and what to do. */
function checkBacktracking(file: string, spec: GrammarSpec): void {
  for (const { where, source, flags, token } of grammarPatterns(spec)) {
    const problem = backtrackingProblem(source, flags);
    if (problem !== null) throw new DataFileError(file, where, token === undefined ? problem : `token "${token}": ${problem}`);
  }
}

function compiles(file: string, where: string, source: string, flags: string): void {
  try {
    new RegExp(source, flags);
  } catch (err) {
    throw new DataFileError(file, where, (err as Error).message);
  }
}

export function grammarLabel(grammar: LoadedGrammar): string {
  return `${grammar.spec.name} (${basename(grammar.file)})`;
}
