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
    // A thread by its TID written in decimal, when the record has one.
    [{ thread: '4414' }, true],
    [{ thread: '0x113e' }, false],
    [{ match: /Stack\.Frame/ }, true],
    [{ match: /nowhere/ }, false],
    [{ kind: 'diegetic' as const, subject: 'Svc', match: /nowhere/ }, false],
  ])('%j -> %s', (criteria, expected) => {
    expect(recordMatches(criteria, down, diegeticDown)).toBe(expected);
  });

  it('finds a named thread (a Java log\'s) by its exact name, and a TID before any name', () => {
    const named = { ...down, tid: null, fields: { thread: 'http-nio-8080-exec-1' } };
    expect(recordMatches({ thread: 'http-nio-8080-exec-1' }, named, diegeticDown)).toBe(true);
    expect(recordMatches({ thread: 'HTTP-nio-8080-exec-1' }, named, diegeticDown)).toBe(false);
    expect(recordMatches({ thread: 'http-nio-8080-exec-1' }, { ...named, tid: 4414 }, diegeticDown)).toBe(false);
    expect(recordMatches({ thread: 'main' }, { ...down, tid: null }, diegeticDown)).toBe(false);
    expect(textMatches({ thread: 'main' }, 'some junk')).toBe(false);
  });

  it('lets --match alone select unparsed lines, and nothing else does', () => {
    expect(textMatches({ match: /junk/ }, 'some junk')).toBe(true);
    expect(textMatches({}, 'some junk')).toBe(true);
    expect(textMatches({ match: /junk/, kind: 'diegetic' }, 'some junk')).toBe(false);
  });
});
