// Tests src/cli/commands/formats.ts; kept here with the grammars it lists (test/cli belongs to the CLI's owner).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectCommand, formatsCommand } from '../../src/cli/commands/formats.js';
import { packageRoot } from '../../src/paths.js';
import { builtinFormats } from '../../src/records/registry.js';

function capture(): { write(s: string): void; text: () => string } {
  let text = '';
  return { write: (s: string) => void (text += s), text: () => text };
}

describe('formats command', () => {
  it('lists every grammar with its title and a sample line, tabs shown', () => {
    const out = capture();
    expect(formatsCommand(out, builtinFormats())).toBe(0);
    const lines = out.text().split('\n').filter(Boolean);
    expect(lines).toHaveLength(builtinFormats().length * 2);
    for (const format of builtinFormats()) expect(out.text()).toMatch(new RegExp(`^${format.name} +${format.spec.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    expect(out.text()).toContain('e.g. 00000001\\t0.00000000\\t[4052] SpoolerMon:');
  });
});

describe('detect command', () => {
  it('prints every grammar score for a file, best first, marking the chosen one', async () => {
    const out = capture();
    expect(await detectCommand(out, builtinFormats(), join(packageRoot, 'test/corpus/dev/zookeeper-quorum.log'))).toBe(0);
    const lines = out.text().trimEnd().split('\n');
    expect(lines).toHaveLength(builtinFormats().length);
    expect(lines[0]).toMatch(/^zookeeper +100\.0% +64\/64 lines start a record  <- chosen$/);
    expect(lines.slice(1).every((l) => !l.includes('chosen'))).toBe(true);
  });

  it('marks the format detection chooses, not the first listed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diegesis-detect-'));
    const chosen = async (text: string): Promise<string[]> => {
      const file = join(dir, 'input.log');
      writeFileSync(file, text);
      const out = capture();
      await detectCommand(out, builtinFormats(), file);
      return out.text().split('\n').filter((l) => l.endsWith('<- chosen')).map((l) => l.split(' ')[0] as string);
    };
    // The fallback grammar reads every line and ranks first, but syslog reads half of them: syslog is taken.
    expect(await chosen('Mar  1 06:34:50 web01 systemd[1]: Started x.\n<34>Mar  1 06:34:57 web01 su: failed\n')).toEqual(['syslog']);
    // Nothing to read: taken as native, whatever ranks first.
    expect(await chosen('')).toEqual(['native']);
  });

  it('names a missing file', async () => {
    await expect(detectCommand(capture(), builtinFormats(), '/nonexistent/x.log')).rejects.toThrow('/nonexistent/x.log: no such file');
  });
});
