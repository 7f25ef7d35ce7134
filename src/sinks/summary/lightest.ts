/**
 * The lightest of a set of items whose weights only grow: a binary min-heap that is not told when a weight grows.
 * Each item sits in the heap under the weight it had when it was last placed; a weight that grew since leaves the item
 * too high in the heap, never too low, so the top's placed weight is at most every item's weight. `lightest` re-places
 * the top under its weight until the top's placed weight is its weight: then no item weighs less.
 *
 * Built for a table updated in place once per record (HeaviestTable, capped-table.ts): a record adds to its row's
 * weight and pays nothing here. Each re-placement costs O(log n) and follows at least one growth of that item since it
 * was last placed, so over a run the heap costs O(log n) per growth at most, and much less when growth goes to the
 * heavy items that sit deep in the heap.
 */
export class Lightest<Item> {
  private readonly items: Item[];
  /** The weight of each item when it was placed. */
  private readonly placed: number[];

  /** A heap of `items` (not empty), weighed by `weight`. */
  constructor(
    items: readonly Item[],
    private readonly weight: (item: Item) => number,
  ) {
    if (items.length === 0) throw new RangeError('Lightest needs at least one item');
    this.items = [...items];
    this.placed = this.items.map(weight);
    for (let at = (this.items.length >> 1) - 1; at >= 0; at--) this.sink(at);
  }

  /** The item that weighs least now (of those that weigh least, whichever the heap holds on top). */
  lightest(): Item {
    for (;;) {
      const top = this.items[0];
      const weight = this.weight(top);
      if (weight === this.placed[0]) return top;
      this.placed[0] = weight;
      this.sink(0);
    }
  }

  /** Puts `item` in the place of the lightest one (call `lightest` first), which leaves the heap. */
  replaceLightest(item: Item): void {
    this.items[0] = item;
    this.placed[0] = this.weight(item);
    this.sink(0);
  }

  /** Moves the item at `at` down until neither child was placed lighter. */
  private sink(at: number): void {
    const { items, placed } = this;
    const count = items.length;
    const item = items[at];
    const weight = placed[at];
    for (;;) {
      let child = 2 * at + 1;
      if (child >= count) break;
      if (child + 1 < count && placed[child + 1] < placed[child]) child += 1;
      if (placed[child] >= weight) break;
      items[at] = items[child];
      placed[at] = placed[child];
      at = child;
    }
    items[at] = item;
    placed[at] = weight;
  }
}
