import { recordMatches, textMatches } from '../../src/sinks/filter-criteria.js';
import { diegeticDown, nonDiegetic, record } from './factory.js';

const down = record('Mon: Svc is down', {}, ['   at Stack.Frame()']);
const at = (h: number, m: number, s = 0) => ({ day: null, timeMs: ((h * 60 + m) * 60 + s) * 1000 });

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
    [{ since: at(6, 35, 5) }, true],
    [{ since: at(6, 35, 6) }, false],
    [{ until: at(6, 35) }, false],
    [{ since: at(6, 30), until: at(6, 40) }, true],
    [{ match: /Stack\.Frame/ }, true],
    [{ match: /nowhere/ }, false],
    [{ kind: 'diegetic' as const, subject: 'Svc', match: /nowhere/ }, false],
  ])('%j -> %s', (criteria, expected) => {
    expect(recordMatches(criteria, down, diegeticDown)).toBe(expected);
  });

  it('compares dates when both sides have one', () => {
    const dated = record('Mon: x', { date: '2024-03-02', day: 19784 });
    expect(recordMatches({ since: { day: 19783, timeMs: 23 * 3600_000 } }, dated, nonDiegetic)).toBe(true);
    expect(recordMatches({ until: { day: 19783, timeMs: 23 * 3600_000 } }, dated, nonDiegetic)).toBe(false);
  });

  it('never selects a record without time by time', () => {
    expect(recordMatches({ since: at(0, 0) }, record('Mon: x', { time: null, timeMs: null }), nonDiegetic)).toBe(false);
  });

  it('lets --match alone select unparsed lines, and nothing else does', () => {
    expect(textMatches({ match: /junk/ }, 'some junk')).toBe(true);
    expect(textMatches({}, 'some junk')).toBe(true);
    expect(textMatches({ match: /junk/, kind: 'diegetic' }, 'some junk')).toBe(false);
  });
});
