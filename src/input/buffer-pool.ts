/**
 * Buffers given back once their bytes are used, to be filled again: the output's batches (sinks/output.ts) and the
 * segments a worker reads (pipeline/worker.ts). A new buffer each time is freed only when the garbage collector gets
 * to its wrapper, which outlives the young generation when the buffer is in use for a while: tens of MB of used
 * buffers then wait for a full collection.
 */
export class BufferPool {
  private readonly free: Buffer[] = [];

  /**
   * `limit`: buffers kept, at most. `step`: sizes are allocated rounded up to it, so that requests of about one size
   * share buffers; a buffer given back smaller than a step (or larger than `largest`) is not kept.
   */
  constructor(
    private readonly limit: number,
    private readonly step: number,
    private readonly largest = Infinity,
  ) {}

  /** A buffer of `size` bytes or more (a whole one: the caller uses what it needs). */
  take(size: number): Buffer {
    for (let i = this.free.length - 1; i >= 0; i--) {
      const buffer = this.free[i] as Buffer;
      if (buffer.length >= size) return this.free.splice(i, 1)[0] as Buffer;
    }
    return Buffer.allocUnsafeSlow(Math.ceil(size / this.step) * this.step);
  }

  /**
   * Takes back the memory of a buffer whose bytes are used (its whole ArrayBuffer). One handed over to another thread
   * meanwhile has no bytes left, and is not kept.
   */
  give(buffer: ArrayBuffer): void {
    const size = buffer.byteLength;
    if (size >= this.step && size <= this.largest && this.free.length < this.limit) this.free.push(Buffer.from(buffer));
  }
}
