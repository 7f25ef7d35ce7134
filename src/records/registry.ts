import { DataFileError, DiegesisError } from '../errors.js';
import { compileFormat, type Format } from './format.js';
import { builtinGrammarFiles, loadGrammarFile } from './grammar-load.js';
import { loadParserOfRecord } from './line-parser.js';
import { checkSamples } from './samples.js';

let builtins: Format[] | undefined;

/** The built-in formats, compiled once per process, most specific first (so that they win detection ties). */
export function builtinFormats(): Format[] {
  builtins ??= builtinGrammarFiles()
    .map((file) => compileFormat(loadGrammarFile(file, true)))
    .sort((a, b) => (b.spec.specificity ?? 0) - (a.spec.specificity ?? 0));
  return builtins;
}

/**
 * User grammars (from --grammar) come first, so that they win ties in detection; their samples must pass, on the
 * parser of record, which is loaded for them (and for any grammar without a fast path).
 */
export async function loadFormats(userGrammarFiles: readonly string[] = []): Promise<Format[]> {
  if (userGrammarFiles.length > 0 || builtinFormats().some((f) => f.needsParserOfRecord)) await loadParserOfRecord();
  const user = userGrammarFiles.map((file) => {
    const format = compileFormat(loadGrammarFile(file));
    const [problem] = checkSamples(format);
    if (problem !== undefined) throw new DataFileError(file, problem.where, problem.problem);
    return format;
  });
  return [...user, ...builtinFormats().filter((b) => !user.some((u) => u.name === b.name))];
}

/** The format of that name among `formats`; an unknown name throws a DiegesisError listing the known ones. */
export function findFormat(formats: readonly Format[], name: string): Format {
  const found = formats.find((f) => f.name === name);
  if (found === undefined) {
    throw new DiegesisError(`unknown format "${name}"; known formats: ${formats.map((f) => f.name).join(', ')}`);
  }
  return found;
}
