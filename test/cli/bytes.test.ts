/**
 * A write error is one line on stderr and exit code 2.
 */
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { BIN, sample } from './run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'diegesis-bytes-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};
const monitor = readFileSync(join(packageRoot, sample('monitor-failure.trace')));

// /dev/full takes no byte: every write fails with ENOSPC.
(existsSync('/dev/full') ? describe : describe.skip)('an error writing the output', () => {
  const intoFull = (args: readonly string[], env: NodeJS.ProcessEnv = {}): { code: number | null; stderr: string } => {
    const fd = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd: packageRoot, stdio: ['ignore', fd, 'pipe'], env: { PATH: process.env['PATH'], ...env } });
      return { code: result.status, stderr: result.stderr.toString('utf8') };
    } finally {
      closeSync(fd);
    }
  };

  it.each([
    [['show', sample('monitor-failure.trace')]],
    [['classify', sample('monitor-failure.trace')]],
    [['summary', sample('monitor-failure.trace')]],
    [['filter', '--diegetic', sample('monitor-failure.trace')]],
    [['formats']],
  ])('%j: one line on stderr, exit 2', (args) => {
    expect(intoFull(args)).toEqual({ code: 2, stderr: 'diegesis: standard output: no space left on device\n' });
  });

  it('from the worker threads too, on a large input', () => {
    const many = file('many.trace', Buffer.concat(Array.from({ length: 40 }, () => monitor)));
    expect(intoFull(['show', '--jobs', '2', many], { DIEGESIS_SEGMENT_BYTES: '4096' })).toEqual({ code: 2, stderr: 'diegesis: standard output: no space left on device\n' });
  });
});
