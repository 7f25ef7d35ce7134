import type { Writable } from 'node:stream';
import type { TextOutput } from './sink.js';

const BATCH = 64 * 1024;
/** Characters joined as a string before they are encoded into the batch: one encoding call per few lines. */
const PENDING = 4 * 1024;

/**
 * Collects small writes and hands them to the stream in ~64 KiB batches (one write per line is several times slower).
 * Writes are joined into a short string (V8 keeps it as a rope), encoded into the batch's bytes every few KiB: a batch
 * kept as one string lived long enough to be promoted out of the young generation, and `classify`, which writes about
 * four times its input, then held ~20 MB more; encoding each line alone costs a call per line. A fresh buffer per
 * batch: the stream may still hold the last one.
 * When the stream is full, `drained()` lets the pipeline wait before it reads more input (back-pressure).
 * A closed pipe (EPIPE) marks the output closed; the CLI then ends quietly.
 */
export class BufferedOutput implements TextOutput {
  private batch = Buffer.allocUnsafeSlow(BATCH);
  private used = 0;
  private pending = '';
  private full = false;
  /** Who waits in drained(). The 'drain' listener stays on, so a drain that comes before anyone waits is not lost. */
  private waiting: (() => void)[] = [];
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw err;
    });
    const wake = (): void => {
      this.full = false;
      this.waiting.splice(0).forEach((resolve) => resolve());
    };
    stream.on('drain', wake);
    stream.on('close', wake);
  }

  write(text: string): void {
    if (this.closed) return;
    this.pending += text;
    if (this.pending.length >= PENDING) this.encodePending();
  }

  /** Moves the pending text into the batch (at most 3 bytes per UTF-16 unit), flushing first when it may not fit. */
  private encodePending(): void {
    const text = this.pending;
    this.pending = '';
    if (this.used + text.length * 3 > BATCH) {
      this.flushBatch();
      if (text.length * 3 > BATCH) {
        if (!this.stream.write(text)) this.full = true;
        return;
      }
    }
    this.used += this.batch.write(text, this.used, 'utf8');
  }

  private flushBatch(): void {
    if (this.used === 0) return;
    const batch = this.batch.subarray(0, this.used);
    this.batch = Buffer.allocUnsafeSlow(BATCH);
    this.used = 0;
    if (!this.stream.write(batch)) this.full = true;
  }

  /** Writes bytes already encoded (a worker's output) after what is batched. */
  writeBytes(bytes: Uint8Array): void {
    if (this.closed) return;
    this.flush();
    if (!this.stream.write(bytes)) this.full = true;
  }

  flush(): void {
    if (this.closed) return;
    if (this.pending.length > 0) this.encodePending();
    this.flushBatch();
  }

  /** Resolves once the stream can take more (at once when it can). */
  async drained(): Promise<void> {
    if (!this.full || this.closed) return;
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Flushes what is left and waits until the stream has taken it. */
  async end(): Promise<void> {
    this.flush();
    await this.drained();
  }
}
