/**
 * An outcome that is no failure by itself (a service stops, a process exits when told to) is one when it came unlooked
 * for: "stopped unexpectedly", "exited abnormally", "terminated prematurely" are negative statuses.
 */
import { createClassifier } from '../../src/classify/classifier.js';
import { loadLexicon } from '../../src/classify/lexicon.js';
import { recordOf } from './records.js';

const lexicon = loadLexicon();
const decide = (message: string) => createClassifier(lexicon).classify(recordOf(message));

describe('outcomes that came unlooked for', () => {
  it.each([
    'Monitor: PrintSpooler has stopped unexpectedly',
    'Monitor: PrintSpooler stopped Unexpectedly',
    'Supervisor: IndexerSvc exited abnormally (code 3)',
    'Launcher: UpdateAgent exited prematurely',
  ])('%s is a negative report', (message) => {
    expect(decide(message)).toMatchObject({ kind: 'diegetic', negative: true });
  });

  it.each([
    'Monitor: PrintSpooler has stopped',
    'Supervisor: IndexerSvc exited (code 0)',
    'Monitor: PrintSpooler stopped, as expected',
  ])('%s is a report, not a failure', (message) => {
    expect(decide(message)).toMatchObject({ kind: 'diegetic', negative: false });
  });
});
