import type { Format } from './format.js';
import { buildRecord } from './record-builder.js';
import type { TraceRecord } from './types.js';

/** The value of a sample's expected field in a record built from the sample line. */
function fieldOf(record: TraceRecord, field: string): string | number | null {
  switch (field) {
    case 'pid':
    case 'tid':
    case 'date':
    case 'time':
    case 'narrator':
    case 'message':
      return record[field];
    default:
      return record.fields[field] ?? null;
  }
}

/** Checks each sample line of a grammar parses to its expected fields; returns one problem per mismatch. */
export function checkSamples(format: Format): string[] {
  const problems: string[] = [];
  format.spec.samples.forEach((sample, i) => {
    const parsed = format.parser.parse(sample.line);
    if (parsed === null) {
      problems.push(`samples.${i}: line does not parse: ${JSON.stringify(sample.line)}`);
      return;
    }
    const record = buildRecord('sample', format.name, [{ number: 1, text: sample.line, eol: '' }], parsed);
    for (const [field, expected] of Object.entries(sample.expect)) {
      const actual = fieldOf(record, field);
      if (actual !== expected) {
        problems.push(`samples.${i}.expect.${field}: expected ${JSON.stringify(expected)}, parsed ${JSON.stringify(actual)}`);
      }
    }
  });
  return problems;
}
