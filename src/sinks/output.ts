import { DiegesisError } from '../errors.js';
import { BufferPool } from '../input/buffer-pool.js';
import { encodeUtf8, writeUtf8 } from '../input/utf8.js';
import type { TextOutput } from './sink.js';

const BATCH = 64 * 1024;
/** Characters joined as a string before they are encoded into the batch: one encoding call per few lines. */
const PENDING = 4 * 1024;
const NO_BATCH: Buffer = Buffer.alloc(0);

/** Batch buffers written and free for reuse, at most 64 (4 MiB, about what a worker writes for one segment of `classify`). */
export const spareBatches = (): BufferPool => new BufferPool(64, BATCH, BATCH);

/** Where BufferedOutput writes: a Writable (stdout), or a worker's channel to the main thread. */
export interface ByteStream {
  /** False when the stream is full; `done` is called once the bytes are written, with the error when they are not. */
  write(bytes: Uint8Array, done: (error?: Error | null) => void): boolean;
  on(event: 'error' | 'drain' | 'close', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * Collects small writes and hands them to the stream in ~64 KiB batches (one write per line is several times slower).
 * Writes are joined into a short string (V8 keeps it as a rope), encoded into the batch's bytes every few KiB: a batch
 * kept as one string lived long enough to be promoted out of the young generation, and `classify`, which writes about
 * four times its input, then held ~20 MB more; encoding each line alone costs a call per line. A batch's buffer is
 * used again once the stream has written it (a BufferPool; the stream may still hold the last one). A worker's batches
 * are handed over to the main thread, which gives their memory back once it has written them.
 * Text is written as UTF-8, a lone surrogate as U+FFFD; text written verbatim (input lines) has its escaped bytes,
 * the input's bytes that were not UTF-8, written back as those bytes (input/utf8.ts).
 * When the stream is full, `drained()` lets the pipeline wait before it reads more input (back-pressure).
 * A closed pipe (EPIPE) marks the output closed; the CLI then ends quietly. Any other write error closes it too, and
 * `end()` throws it as a DiegesisError (one line on stderr, exit code 2).
 */
export class BufferedOutput implements TextOutput {
  /** The batch being filled: NO_BATCH until there is text for one. */
  private batch: Buffer = NO_BATCH;
  private used = 0;
  private pending = '';
  /** Whether the pending text is written verbatim: writes of the other kind encode it first. */
  private verbatim = false;
  private full = false;
  /** Who waits in drained(). The 'drain' listener stays on, so a drain that comes before anyone waits is not lost. */
  private waiting: (() => void)[] = [];
  /** Writes handed to the stream and not yet done; who waits for them to be done. */
  private unwritten = 0;
  private settled: (() => void)[] = [];
  /** The first write error other than a closed pipe. */
  private failure: NodeJS.ErrnoException | null = null;
  closed = false;

  /** `spares`: where batches come from and go back to once written; a worker's outputs, one per segment, share one. */
  constructor(private readonly stream: ByteStream, private readonly spares = spareBatches()) {
    stream.on('error', (err) => this.fail(err));
    stream.on('drain', this.wake);
    stream.on('close', this.wake);
  }

  write(text: string): void {
    this.add(text, false);
  }

  /** Writes input text as it was read: its escaped bytes go out as those bytes (`filter`, `show` without escaping). */
  writeVerbatim(text: string): void {
    this.add(text, true);
  }

  private add(text: string, verbatim: boolean): void {
    if (this.closed) return;
    if (verbatim !== this.verbatim) {
      if (this.pending.length > 0) this.encodePending();
      this.verbatim = verbatim;
    }
    this.pending += text;
    if (this.pending.length >= PENDING) this.encodePending();
  }

  /**
   * Moves the pending text into the batch (at most 3 bytes per UTF-16 unit), flushing first when it may not fit. A
   * batch is taken when there is text for it, so an output that ends holds none.
   */
  private encodePending(): void {
    const text = this.pending;
    this.pending = '';
    if (this.used + text.length * 3 > this.batch.length) {
      this.flushBatch();
      if (text.length * 3 > BATCH) {
        this.send(this.verbatim ? encodeUtf8(text) : Buffer.from(text, 'utf8'));
        return;
      }
      this.batch = this.spares.take(BATCH);
    }
    this.used += this.verbatim ? writeUtf8(text, this.batch, this.used) : this.batch.write(text, this.used, 'utf8');
  }

  private flushBatch(): void {
    if (this.used === 0) return;
    const batch = this.batch.subarray(0, this.used);
    this.batch = NO_BATCH;
    this.used = 0;
    this.send(batch, () => this.spares.give(batch.buffer as ArrayBuffer));
  }

  /** Hands `bytes` to the stream; `then`, once it has written them. */
  private send(bytes: Uint8Array, then?: () => void): void {
    this.unwritten++;
    const done = then === undefined ? this.written : (error?: Error | null): void => {
      this.written(error);
      then();
    };
    if (!this.stream.write(bytes, done)) this.full = true;
  }

  /** A write is done; an error reaches here before the stream's 'error' event, which end() may not wait for. */
  private readonly written = (error?: Error | null): void => {
    if (error) this.fail(error);
    if (--this.unwritten === 0) this.settled.splice(0).forEach((resolve) => resolve());
  };

  private fail(error: NodeJS.ErrnoException): void {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') this.failure ??= error;
    this.closed = true;
    this.wake();
    this.settled.splice(0).forEach((resolve) => resolve());
  }

  private readonly wake = (): void => {
    this.full = false;
    this.waiting.splice(0).forEach((resolve) => resolve());
  };

  /** Writes bytes already encoded (a worker's output) after what is batched; `then`, once they are written. */
  writeBytes(bytes: Uint8Array, then?: () => void): void {
    if (this.closed) return;
    this.flush();
    this.send(bytes, then);
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

  /**
   * Flushes what is left and waits until the stream has written it; throws the write error, if there was one (a
   * closed pipe is none).
   */
  async end(): Promise<void> {
    this.flush();
    await this.drained();
    if (!this.closed && this.unwritten > 0) await new Promise<void>((resolve) => this.settled.push(resolve));
    if (this.failure !== null) throw new DiegesisError(`standard output: ${reasonOf(this.failure)}`);
  }
}

/** "ENOSPC: no space left on device, write" says "no space left on device". */
function reasonOf(error: NodeJS.ErrnoException): string {
  const { code, syscall, message } = error;
  let reason = code !== undefined && message.startsWith(`${code}: `) ? message.slice(code.length + 2) : message;
  if (syscall !== undefined && reason.endsWith(`, ${syscall}`)) reason = reason.slice(0, -(syscall.length + 2));
  return reason;
}
