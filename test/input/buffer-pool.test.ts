/** BufferPool: buffers given back are taken again for requests they can hold; sizes round up to a step. */
import { BufferPool } from '../../src/input/buffer-pool.js';

describe('BufferPool', () => {
  it('rounds sizes up to its step, and serves a request from a buffer given back that can hold it', () => {
    const pool = new BufferPool(4, 1024);
    const first = pool.take(1500);
    expect(first.length).toBe(2048);
    pool.give(first.buffer as ArrayBuffer);
    // Too small for 3000 bytes: a new one; then 1800 bytes fit in the first.
    const larger = pool.take(3000);
    expect(larger.length).toBe(3072);
    expect(pool.take(1800).buffer).toBe(first.buffer);
  });

  it('keeps at most its limit, nothing under a step or over its largest', () => {
    const pool = new BufferPool(1, 1024, 4096);
    const kept = pool.take(1024);
    const extra = pool.take(1024);
    pool.give(kept.buffer as ArrayBuffer);
    pool.give(extra.buffer as ArrayBuffer);
    pool.give(new ArrayBuffer(100));
    pool.give(new ArrayBuffer(8192));
    expect(pool.take(1024).buffer).toBe(kept.buffer);
    expect(pool.take(1024).buffer).not.toBe(extra.buffer);
  });
});
