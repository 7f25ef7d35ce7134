import type { Format } from './format.js';
import { splitFieldNames } from './grammar-load.js';
import type { LayoutStep } from './grammar-types.js';
import { RecordBuilder, buildRecord, capturedFields } from './record-builder.js';
import type { TraceRecord } from './types.js';

/** A grammar sample that fails, or a layout alternative no sample exercises: where in the file, and what is wrong. */
export interface SampleProblem {
  readonly where: string;
  readonly problem: string;
}

/** The value of a sample's expected field in a record built from the sample line. */
function fieldOf(record: TraceRecord, field: string): string | number | null {
  switch (field) {
    case 'pid':
    case 'tid':
    case 'date':
    case 'time':
    case 'timeMs':
    case 'offsetMin':
    case 'narrator':
    case 'message':
      return record[field];
    default:
      return record.fields[field] ?? null;
  }
}

/**
 * Every field name a layout (and an entry line's groups) can fill, plus what every record has; null when any name can be
 * a field (structured lines).
 */
function knownFields(layout: readonly LayoutStep[] | undefined, entryLine: string | undefined, trailer: string | undefined): Set<string> | null {
  if (layout === undefined) return null;
  const known = capturedFields(layout, new Set(['pid', 'tid', 'date', 'time', 'timeMs', 'offsetMin', 'narrator', 'message']));
  if (entryLine !== undefined) splitFieldNames(entryLine).forEach((name) => known.add(name));
  if (trailer !== undefined) splitFieldNames(trailer).forEach((name) => known.add(name));
  return known;
}

/**
 * Checks a grammar's samples both ways: each sample line parses to its expected fields, and each alternative of the
 * layout (each optional group, each token of a step that offers several) is taken by at least one sample. In a grammar
 * with entry lines (GrammarSpec.entryLine), a sample `below` a stamp line is an entry read below it.
 */
export function checkSamples(format: Format): SampleProblem[] {
  const problems: SampleProblem[] = [];
  const fields = knownFields(format.spec.layout, format.spec.entryLine, format.spec.trailer);
  const untaken = new Set(format.parser.alternatives);
  format.spec.samples.forEach((sample, i) => {
    const first = sample.below ?? sample.line;
    const traced = format.parser.parseTraced(first);
    if (traced === null) {
      problems.push({ where: `samples.${i}.${sample.below === undefined ? 'line' : 'below'}`, problem: `does not parse: ${JSON.stringify(first)}` });
      return;
    }
    traced.alternatives.forEach((alternative) => untaken.delete(alternative));
    const lines = [{ number: 1, text: sample.line, eol: '' }];
    let record: TraceRecord;
    if (sample.below !== undefined && format.entryLine !== null) {
      format.entryLine.lastIndex = 0;
      const match = format.entryLine.exec(sample.line);
      if (match === null) {
        problems.push({ where: `samples.${i}.line`, problem: `is no entry line: ${JSON.stringify(sample.line)}` });
        return;
      }
      record = new RecordBuilder(format).buildEntry('sample', lines, traced.line, match);
    } else record = buildRecord('sample', format, lines, traced.line);
    for (const [field, expected] of Object.entries(sample.expect)) {
      const where = `samples.${i}.expect.${field}`;
      if (fields !== null && !fields.has(field)) problems.push({ where, problem: `the layout has no field "${field}"` });
      else if (fieldOf(record, field) !== expected) {
        problems.push({ where, problem: `expected ${JSON.stringify(expected)}, parsed ${JSON.stringify(fieldOf(record, field))}` });
      }
    }
  });
  for (const alternative of untaken) {
    const [where, token] = alternative.split(': ') as [string, string | undefined];
    problems.push({
      where,
      problem: token === undefined ? 'no sample takes this optional group' : `no sample takes the alternative "${token}"`,
    });
  }
  return problems;
}
