/**
 * The built pipeline, as the CLI runs it: a run with workers starts them from dist/, so the tests that run workers in
 * their own process take the pipeline's modules from there too.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../src/paths.js';

async function built<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(packageRoot, 'dist', 'src', path)).href)) as T;
}

/** What a test needs to run the built pipeline into a summary. */
export async function builtPipeline() {
  const [{ run }, { loadFormats }, { createClassifier }, { loadLexicon }, { createSummaryAggregator }, { renderSummaryJson }] = await Promise.all([
    built<typeof import('../../src/pipeline/run.js')>('pipeline/run.js'),
    built<typeof import('../../src/records/registry.js')>('records/registry.js'),
    built<typeof import('../../src/classify/classifier.js')>('classify/classifier.js'),
    built<typeof import('../../src/classify/lexicon.js')>('classify/lexicon.js'),
    built<typeof import('../../src/sinks/summary/aggregate.js')>('sinks/summary/aggregate.js'),
    built<typeof import('../../src/sinks/summary/json.js')>('sinks/summary/json.js'),
  ]);
  return { run, loadFormats, createClassifier, loadLexicon, createSummaryAggregator, renderSummaryJson };
}
