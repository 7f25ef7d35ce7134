import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';

export const BIN = join(packageRoot, 'dist', 'src', 'cli', 'bin.js');
export const sample = (name: string): string => join('samples', name);

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI from the package root with a fixed TZ and no colour unless the test asks for it. */
export function cli(args: readonly string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: packageRoot,
    input: options.input,
    env: { PATH: process.env['PATH'], TZ: 'UTC', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
