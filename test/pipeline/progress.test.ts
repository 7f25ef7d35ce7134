import { statSync } from 'node:fs';
import { createProgress, progressLine } from '../../src/pipeline/progress.js';

const sample = 'samples/monitor-failure.trace';
const stderr = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, stream: Object.assign({ write: (s: string) => written.push(s) > 0 }, { isTTY }) as unknown as NodeJS.WritableStream & { isTTY?: boolean } };
};

describe('progress bar', () => {
  it('draws bytes, rate and time left', () => {
    expect(progressLine(150e6, 500e6, 3)).toBe(`[#########.....................] 150/500 MB  50.0 MB/s  ETA 7s`);
    expect(progressLine(0, 500e6, 0)).toBe(`[..............................]   0/500 MB  0.0 MB/s  ETA ?`);
  });

  it('is drawn on a terminal for large inputs, and cleared at the end', () => {
    const err = stderr(true);
    let t = 0;
    const progress = createProgress(err.stream, [sample], () => (t += 1000), 1);
    expect(progress).not.toBeNull();
    progress?.advance(statSync(sample).size);
    progress?.done();
    expect(err.written[0]).toMatch(/^\r\[#{30}\]/);
    expect(err.written.at(-1)).toBe('\r\u001b[K');
  });

  it('is never drawn when stderr is not a terminal, nor for small inputs, nor for stdin', () => {
    expect(createProgress(stderr(false).stream, [sample], Date.now, 1)).toBeNull();
    expect(createProgress(stderr(true).stream, [sample])).toBeNull();
    expect(createProgress(stderr(true).stream, ['-'], Date.now, 1)).toBeNull();
  });
});
