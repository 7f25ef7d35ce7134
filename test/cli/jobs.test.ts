/**
 * --jobs: without it, large regular files are read by one worker thread per core, at most two; standard input, small
 * files and runs without a large file are read on the main thread.
 */
import { mkdtempSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultJobs } from '../../src/cli/context.js';
import { cli } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'diegesis-jobs-'));
// Sparse: 64 MiB that take no room on the disk.
const large = join(scratch, 'large.trace');
writeFileSync(large, '');
truncateSync(large, 64 * 1024 * 1024);
const justUnder = join(scratch, 'just-under.trace');
writeFileSync(justUnder, '');
truncateSync(justUnder, 64 * 1024 * 1024 - 1);
const small = join(scratch, 'small.trace');
writeFileSync(small, 'a line\n');
const folder = join(scratch, 'folder');
mkdirSync(folder);

it('runs one worker per core, at most two, when an input is a regular file of 64 MiB or more', () => {
  expect(defaultJobs([large], 1)).toBe(1);
  expect(defaultJobs([large], 2)).toBe(2);
  expect(defaultJobs([large], 8)).toBe(2);
  expect(defaultJobs([small, large], 8)).toBe(2);
  expect(defaultJobs([large])).toBe(Math.min(availableParallelism(), 2));
});

it('reads on the main thread for classify, whose output in flight would pass the memory bound with two workers', () => {
  expect(defaultJobs([large], 8, 'classify')).toBe(1);
  expect(defaultJobs([large], 8, 'filter')).toBe(2);
  expect(defaultJobs([large], 8, 'show')).toBe(2);
  expect(defaultJobs([large], 8, 'summary')).toBe(2);
});

it('reads everything on the main thread without a large regular file', () => {
  for (const files of [[], ['-'], [small], [justUnder], [small, justUnder], [folder], [join(scratch, 'missing.trace')]]) {
    expect(defaultJobs(files, 8)).toBe(1);
  }
});

it('says the default in the help', () => {
  expect(cli(['classify', '--help']).stdout.replace(/\s+/g, ' ')).toContain('default: one per core, at most 2, for files of 64 MiB or more, except for classify; else 1');
});

it('refuses a segment size (DIEGESIS_SEGMENT_BYTES) that is not a whole number of bytes >= 1', () => {
  for (const value of ['', '0', '-4096', '1.5', 'big']) {
    const result = cli(['show', small, '--jobs', '2'], { env: { DIEGESIS_SEGMENT_BYTES: value } });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: `diegesis: DIEGESIS_SEGMENT_BYTES "${value}" is not a whole number of bytes >= 1\n` });
  }
  expect(cli(['show', small, '--jobs', '2'], { env: { DIEGESIS_SEGMENT_BYTES: '4096' } }).code).toBe(0);
});
