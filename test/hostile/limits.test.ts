/**
 * Bounded memory, signals and pipes: a 50 MB single line, SIGINT during a long summary, a consumer that stops reading,
 * and a consumer that goes away (`| head`). Peak memory is the child's own (process.resourceUsage at exit).
 * `--jobs 1` pins the reader under test: worker threads add their own heaps (measured apart, see the report).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from '../cli/run-cli.js';
import { bigTrace, cliMeasured, scratch } from './run.js';

const MIB = 1024 * 1024;

describe('a single line of 50 MB', () => {
  const file = join(scratch, 'one-long-line.trace');
  beforeAll(() => {
    writeFileSync(file, `1 2 03:04:05.600 Mon: ${'x'.repeat(50_000_000)}\n1 2 03:04:05.700 Mon: Svc is down\n`);
  });

  it.each([
    [['show', '--color', 'never'], MIB + 30],
    [['summary', '--output', 'json'], 0],
    [['classify'], MIB + 200],
  ])('%j: cut to 1 MiB, said on stderr, peak memory well under 300 MB', async (args, minimumOutput) => {
    const result = await cliMeasured([...args, '--jobs', '1', file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`diegesis: ${file}: 1 line longer than 1048576 characters was cut\n`);
    expect(result.stdoutBytes).toBeGreaterThan(minimumOutput);
    expect(result.stdoutBytes).toBeLessThan(MIB + 2000 + (args[0] === 'summary' ? 100_000 : 0));
    expect(result.peakRssMiB).toBeLessThan(250);
  });

  it('--max-line-length sets the cap', async () => {
    const result = await cliMeasured(['show', '--jobs', '1', '--max-line-length', '100', file]);
    expect(result.stderr).toBe(`diegesis: ${file}: 1 line longer than 100 characters was cut\n`);
    expect(result.stdoutBytes).toBe(100 + 1 + '1 2 03:04:05.700 Mon: Svc is down\n'.length);
  });
});

describe('signals and pipes', () => {
  let big: string;
  let medium: string;
  beforeAll(() => {
    big = bigTrace(60);
    medium = bigTrace(8);
  });

  it('SIGINT during summary on a large input stops it within 2 s, with no stack trace', async () => {
    const result = await cliMeasured(['summary', big], {
      started: (child) => setTimeout(() => child.kill('SIGINT'), 300),
    });
    expect(result.signal === 'SIGINT' || result.code === 130).toBe(true);
    expect(result.elapsedMs).toBeLessThan(2300);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a consumer that stops reading for a while: back-pressure, not buffering, keeps memory bounded', async () => {
    // classify writes about three times the input; without back-pressure all of it would wait in memory.
    const result = await cliMeasured(['classify', '--jobs', '1', big], { pauseReadingMs: 1500 });
    expect(result.code).toBe(0);
    expect(result.stdoutBytes).toBeGreaterThan(150_000_000);
    expect(result.peakRssMiB).toBeLessThan(250);
  });

  it.each(['show', 'classify', 'summary', 'filter --diegetic'])('%s into a closed pipe (| head -1) ends quietly, exit 0', (command) => {
    const script = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${command} ${JSON.stringify(medium)} | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout).toBe('exit=0\n');
    expect(result.stderr).toBe('');
  });
});
