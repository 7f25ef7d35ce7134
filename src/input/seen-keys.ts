/**
 * Keys seen once, one bit each: what the memos kept past a record (the decision cache, the summary's templates) use to
 * keep only what comes back. Most messages seen once are never seen again (ids, paths), and keeping them would cost
 * more than working them out again: the entries would outlive the young generation of the garbage collector and be
 * copied out of it, only to die soon after. Bounded: once an eighth of the bits are set, every key is forgotten, so
 * that a long input's one-off keys do not end up making every key look seen.
 */
export class SeenKeys {
  private readonly bits: Uint8Array;
  private readonly mask: number;
  private count = 0;

  /** `size`: the number of bits, a power of two. */
  constructor(size: number) {
    this.bits = new Uint8Array(size >> 3);
    this.mask = size - 1;
  }

  /** Whether `key` (its low bits) was seen before; notes it either way. */
  seenBefore(key: number): boolean {
    const bit = key & this.mask;
    const byte = bit >> 3;
    const flag = 1 << (bit & 7);
    if (((this.bits[byte] as number) & flag) !== 0) return true;
    if (++this.count > this.bits.length) {
      this.bits.fill(0);
      this.count = 1;
    }
    this.bits[byte] = (this.bits[byte] as number) | flag;
    return false;
  }
}
