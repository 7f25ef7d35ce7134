/**
 * An exact decision cache around a Classifier. A decision depends on the record's narrator, its message and where the
 * body starts in it, and on the narrator inventory (src/classify/inventory.ts) after that record has been added to it.
 * While the inventory does not change, the same (narrator, bodyStart, message) gets the same decision; so the cache
 * is emptied whenever the inventory may have changed, which InventoryNews tells from outside (a new narrator, a new
 * leading operation): seeing more changes than the inventory does only costs hits, never exactness. Once a trace's
 * narrators and operations are known (early on), the cache serves every repeated message without classifying it again.
 * Where messages rarely repeat, it steps aside for a while (classifying straight through is then cheaper).
 * test/pipeline/cached-classifier.test.ts compares cached and uncached decisions over the corpus and a bench trace.
 */
import type { Classifier } from '../classify/classifier.js';
import type { Decision } from '../classify/types.js';
import { bodyOf, type TraceRecord } from '../records/types.js';
import { InventoryNews } from './inventory-news.js';

/**
 * Entries kept before the cache starts afresh: bounded memory whatever the input. Small on purpose: the messages that
 * repeat often come back at once, and a large cache of messages seen once costs the garbage collector more than it saves.
 */
const DEFAULT_LIMIT = 8192;
/** Lookups per judgement of the hit rate. */
const WINDOW = 4096;
/** Below this share of hits the cache costs more (lookups, garbage kept alive) than it saves... */
const MIN_HIT_RATE = 0.3;
/** ...so it steps aside for this many records, then tries again from empty. */
const PAUSE = 65_536;

interface Entry {
  readonly bodyStart: number;
  readonly decision: Decision;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Times the cache was emptied because the inventory may have changed. */
  invalidations: number;
  /** Records classified while the cache stood aside (too few hits). */
  bypassed: number;
}

export interface CachedClassifier extends Classifier {
  readonly stats: CacheStats;
}

export function createCachedClassifier(inner: Classifier, limit = DEFAULT_LIMIT): CachedClassifier {
  const news = new InventoryNews();
  // Narrator -> message -> decision (and the body offset it was made for): no key string built per record.
  const cache = new Map<string | null, Map<string, Entry>>();
  let size = 0;
  const stats: CacheStats = { hits: 0, misses: 0, invalidations: 0, bypassed: 0 };
  let windowHits = 0;
  let windowLookups = 0;
  let paused = 0;

  /** Empties the cache when the inventory may learn something from the record. */
  const observe = (record: TraceRecord): void => {
    if (news.note(record.narrator, bodyOf(record)) && size > 0) {
      clear();
      stats.invalidations++;
    }
  };
  const clear = (): void => {
    cache.clear();
    size = 0;
  };

  return {
    stats,
    classify(record) {
      if (paused > 0) {
        // Not watching the inventory meanwhile: the cache starts empty when it comes back.
        paused--;
        stats.bypassed++;
        return inner.classify(record);
      }
      if (++windowLookups === WINDOW) {
        if (windowHits < WINDOW * MIN_HIT_RATE) {
          paused = PAUSE;
          clear();
        }
        windowHits = 0;
        windowLookups = 0;
      }
      observe(record);
      let messages = cache.get(record.narrator);
      const cached = messages?.get(record.message);
      if (cached !== undefined && cached.bodyStart === record.bodyStart) {
        stats.hits++;
        windowHits++;
        return cached.decision;
      }
      stats.misses++;
      const decision = inner.classify(record);
      if (size >= limit) {
        clear();
        messages = undefined;
      }
      if (messages === undefined) cache.set(record.narrator, (messages = new Map()));
      if (cached === undefined) size++;
      messages.set(record.message, { bodyStart: record.bodyStart, decision });
      return decision;
    },
    explain(record) {
      observe(record);
      return inner.explain(record);
    },
  };
}
