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

export interface CliOptions {
  readonly input?: string | Buffer;
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs the built CLI from the package root with a fixed TZ and no colour unless the test asks for it. */
export function cli(args: readonly string[], options: CliOptions = {}): CliResult {
  const result = cliBytes(args, options);
  return { ...result, stdout: result.stdout.toString('utf8') };
}

/** The same, keeping stdout as bytes (for the outputs that must be the input's bytes). */
export function cliBytes(args: readonly string[], options: CliOptions = {}): Omit<CliResult, 'stdout'> & { stdout: Buffer } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: packageRoot,
    input: options.input,
    env: { PATH: process.env['PATH'], TZ: 'UTC', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}
