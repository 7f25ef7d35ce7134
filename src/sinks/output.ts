import type { Writable } from 'node:stream';
import type { TextOutput } from './sink.js';

const BATCH = 64 * 1024;

/**
 * Collects small writes and hands them to the stream in ~64 KiB batches (one write per line is several times slower).
 * A batch grows by string concatenation, which V8 keeps as a rope until the stream encodes it: cheaper than an array
 * of parts joined.
 * When the stream is full, `drained()` lets the pipeline wait before it reads more input (back-pressure).
 * A closed pipe (EPIPE) marks the output closed; the CLI then ends quietly.
 */
export class BufferedOutput implements TextOutput {
  private batch = '';
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
    this.batch += text;
    if (this.batch.length >= BATCH) this.flush();
  }

  /** Writes bytes already encoded (a worker's output) after what is batched. */
  writeBytes(bytes: Uint8Array): void {
    if (this.closed) return;
    this.flush();
    if (!this.stream.write(bytes)) this.full = true;
  }

  flush(): void {
    if (this.batch.length === 0 || this.closed) return;
    const batch = this.batch;
    this.batch = '';
    if (!this.stream.write(batch)) this.full = true;
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
