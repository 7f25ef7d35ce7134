import { compileFormat } from '../../src/records/format.js';
import type { LayoutGrammarSpec } from '../../src/records/grammar-types.js';
import { assembleRecords } from './assemble.js';

/** A log one program writes, naming a helper now and then ('10:00:00 [warn] {helper} text') but never itself. */
const spec: LayoutGrammarSpec = {
  name: 'daemonlog',
  title: 'daemonlog',
  narrator: 'daemond',
  tokens: [
    { name: 'Time', pattern: '\\d{2}:\\d{2}:\\d{2}(?= )' },
    { name: 'Level', pattern: '\\[[a-z]+\\]' },
    { name: 'Helper', pattern: '\\{[a-z-]+\\}' },
    { name: 'Blank', pattern: '[ \\t]+' },
  ],
  layout: [
    { token: 'Time', field: 'time' }, { token: 'Blank' }, { token: 'Level', field: 'level', trim: '[]' }, { token: 'Blank' },
    { optional: [{ token: 'Helper', field: 'narrator', trim: '{}' }, { token: 'Blank' }] },
    { message: true },
  ],
  samples: [
    { line: '10:00:00 [notice] started', expect: { narrator: 'daemond', message: 'started' } },
    { line: '10:00:01 [warn] {resolver} upstream 10.0.0.53 is down', expect: { narrator: 'resolver', message: 'upstream 10.0.0.53 is down' } },
  ],
};

const assemble = assembleRecords;

describe("a grammar's narrator (GrammarSpec.narrator) narrates the records whose line names none", () => {
  it('gives its narrator to lines without one, and leaves a narrator the line names', () => {
    const records = assemble(compileFormat({ spec, file: 'daemonlog.json' }), ['10:00:00 [notice] started', '10:00:01 [warn] {resolver} upstream 10.0.0.53 is down']);
    expect(records.map((r) => [r.narrator, r.message, r.bodyStart])).toEqual([
      ['daemond', 'started', 0],
      ['resolver', 'upstream 10.0.0.53 is down', 0],
    ]);
  });

  it('leaves records without a narrator when the grammar declares none', () => {
    const { narrator: _, ...without } = spec;
    const records = assemble(compileFormat({ spec: { ...without, samples: [] }, file: 'daemonlog.json' }), ['10:00:00 [notice] started']);
    expect(records[0]?.narrator).toBeNull();
  });
});
