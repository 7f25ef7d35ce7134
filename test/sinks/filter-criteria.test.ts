import { recordMatches, textMatches } from '../../src/sinks/filter-criteria.js';
import { diegeticDown, nonDiegetic, record } from './factory.js';

const down = record('Mon: Svc is down', {}, ['   at Stack.Frame()']);

describe('filter criteria', () => {
  it.each([
    [{}, true],
    [{ kind: 'diegetic' as const }, true],
    [{ kind: 'non-diegetic' as const }, false],
    [{ narrator: 'mon' }, true],
    [{ narrator: 'Svc' }, false],
    [{ subject: 'SVC' }, true],
    [{ subject: 'Mon' }, false],
    [{ pid: 4410, tid: 4414 }, true],
    [{ pid: 4410, tid: 1 }, false],
    [{ match: /Stack\.Frame/ }, true],
    [{ match: /nowhere/ }, false],
    [{ kind: 'diegetic' as const, subject: 'Svc', match: /nowhere/ }, false],
  ])('%j -> %s', (criteria, expected) => {
    expect(recordMatches(criteria, down, diegeticDown)).toBe(expected);
  });

  it('lets --match alone select unparsed lines, and nothing else does', () => {
    expect(textMatches({ match: /junk/ }, 'some junk')).toBe(true);
    expect(textMatches({}, 'some junk')).toBe(true);
    expect(textMatches({ match: /junk/, kind: 'diegetic' }, 'some junk')).toBe(false);
  });
});
