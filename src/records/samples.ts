import type { Format } from './format.js';
import { splitFieldNames } from './grammar-load.js';
import type { LayoutStep } from './grammar-types.js';
import { buildRecord, capturedFields } from './record-builder.js';
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

/** Every field name a layout can fill, plus what every record has; null when any name can be a field (structured lines). */
const knownFields = (layout: readonly LayoutStep[] | undefined): Set<string> | null =>
  layout === undefined ? null : capturedFields(layout, new Set(['pid', 'tid', 'date', 'time', 'timeMs', 'offsetMin', 'narrator', 'message']));

/**
 * Checks a grammar's samples both ways: each sample line parses to its expected fields, and each alternative of the
 * layout (each optional group, each token of a step that offers several) is taken by at least one sample.
 */
export function checkSamples(format: Format): SampleProblem[] {
  const problems: SampleProblem[] = [];
  const fields = knownFields(format.spec.layout);
  const untaken = new Set(format.parser.alternatives);
  format.spec.samples.forEach((sample, i) => {
    const traced = format.parser.parseTraced(sample.line);
    if (traced === null) {
      problems.push({ where: `samples.${i}.line`, problem: `does not parse: ${JSON.stringify(sample.line)}` });
      return;
    }
    traced.alternatives.forEach((alternative) => untaken.delete(alternative));
    const record = buildRecord('sample', format, [{ number: 1, text: sample.line, eol: '' }], traced.line);
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
