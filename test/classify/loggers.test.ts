/**
 * A logger's name as its grammar reads it into the narrator, classified: a Python client module is named after the
 * service it calls (`app.clients.inventory`), so its news of that service is another component's, while a module
 * named after itself (`app.inventory`) tells its own story.
 */

import { loadLexicon } from '../../src/classify/lexicon.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { parseTrace } from '../../src/index.js';

const classifier = createClassifier(loadLexicon());

function pythonRecord(logger: string, message: string) {
  const [record] = parseTrace(`2024-03-12 09:15:03,400 - ${logger} - ERROR - ${message}`, { format: 'python' }).records;
  if (record === undefined) throw new Error('no record');
  return record;
}

describe('python loggers: a client module and the service it calls', () => {
  it.each([
    ['app.clients.inventory', 'Inventory service returned 503 for GET /api/v1/stock/42', 'clients.inventory', 'Inventory service'],
    ['shop.client.inventory', 'Inventory service unavailable, retrying in 5s', 'client.inventory', 'Inventory service'],
  ])('%s: %s -> D', (logger, message, narrator, subject) => {
    const record = pythonRecord(logger, message);
    expect(record.narrator).toBe(narrator);
    const decision = classifier.classify(record);
    expect(decision.kind).toBe('diegetic');
    expect(decision.subjects).toEqual([subject]);
  });

  it.each([
    // A module named after itself: the service is the narrator.
    ['app.inventory', 'Inventory service unavailable, retrying in 5s', 'inventory'],
    ['app.services.inventory', 'Inventory service is back up (latency 45ms)', 'inventory'],
    // The client's own work.
    ['app.clients.inventory', 'connection pool of 10 opened', 'clients.inventory'],
  ])('%s: %s -> N', (logger, message, narrator) => {
    const record = pythonRecord(logger, message);
    expect(record.narrator).toBe(narrator);
    expect(classifier.classify(record).kind).toBe('non-diegetic');
  });
});
