import type { Writable } from 'node:stream';
import type { TextOutput } from './sink.js';

const BATCH = 64 * 1024;

/**
 * Collects small writes and hands them to the stream in ~64 KiB batches (one write per line is several times slower).
 * When the stream is full, `drained()` lets the pipeline wait before it reads more input (back-pressure).
 * A closed pipe (EPIPE) marks the output closed; the CLI then ends quietly.
 */
export class BufferedOutput implements TextOutput {
  private parts: string[] = [];
  private size = 0;
  private full = false;
  closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw err;
    });
  }

  write(text: string): void {
    if (this.closed) return;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= BATCH) this.flush();
  }

  flush(): void {
    if (this.size === 0 || this.closed) return;
    const batch = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(batch)) this.full = true;
  }

  /** Resolves once the stream can take more (at once when it can). */
  async drained(): Promise<void> {
    if (!this.full || this.closed) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
    });
    this.full = false;
  }

  /** Flushes what is left and waits until the stream has taken it. */
  async end(): Promise<void> {
    this.flush();
    await this.drained();
  }
}
