import { subjectName } from '../../src/classify/subject-name.js';

const nouns = new Set(['connection', 'channel', 'peer', 'service']);
const at = (body: string, name: string) => {
  const start = body.indexOf(name);
  return { name, start, end: start + name.length };
};

describe('subjectName', () => {
  it.each([
    ['cannot open channel to 4 at election address /10.0.0.4:3888', '4', 'channel 4'],
    ['lost heartbeat from peer 12', '12', 'peer 12'],
    ['for 7 seconds nothing', '7', '7'],
    ['Connection broken for id 9912, my id = 1', 'Connection', 'Connection for id 9912'],
    ['connection to db01:5432 reset by peer', 'connection', 'connection to db01:5432'],
    ['Connection broken, retrying for 30 s', 'Connection', 'Connection'],
    ['service is down', 'service', 'service'],
    ['PrintSpooler is not responding', 'PrintSpooler', 'PrintSpooler'],
  ])('%s: %s -> %s', (body, name, expected) => {
    expect(subjectName(at(body, name), body, nouns)).toBe(expected);
  });
});
