/**
 * A decision cache around a Classifier, keyed by message template, exact in its answers.
 *
 * A decision depends on the record's narrator, its message and where the body starts in it, and on the narrator
 * inventory (src/classify/inventory.ts) after that record has been added to it. Traces repeat a few hundred templates
 * whose variable parts are mostly numbers ("shard 4385 rebalanced", "shard 96 rebalanced"), so two messages are of one
 * template when they differ only in which of the lexicon's blurred digits stands where (src/classify/templates.ts,
 * after Lexicon.digitBlindness: the digits 1-9 no word or pattern of the lexicon tells apart, all of them for the
 * built-in one except in messages where one of its landmarks, "127.0.0.1" or "::1", may stand; same length, so every
 * offset stays put). A decision made for one message of a template holds for the others because the classifier sees
 * those digits only as a class (`\d`, `[0-9]`, counts of them), never their values:
 * - the lexicon's words and patterns do not tell them apart (that is how digitBlindness is chosen);
 * - names it compares against (the narrator's own names, the inventory's narrators and operations) are compared
 *   exactly, so a narrator with a digit in its name gets exact keys, and once the inventory knows such a name
 *   ("Worker3"), so does every message that holds a name of its shape ("Worker3", "Worker4": see
 *   NarratorInventory.mayNameNumbered): a message that holds none differs only in digits from others that hold none;
 * - a decision is served for another message of its template only when none of its words (subjects, status, reason)
 *   has a blurred digit: then every word it names lies where the two messages agree, and the decision is the same.
 *   The others ("cannot connect to db3:5432") are classified again.
 * The cache is emptied whenever the inventory may change, which InventoryNews tells from outside (a new narrator, a new
 * leading operation): seeing more changes than the inventory does only costs hits, never exactness. Where templates
 * rarely repeat, the cache steps aside for a while (classifying straight through is then cheaper).
 * test/pipeline/cached-classifier.test.ts compares cached and uncached decisions over the corpus, a bench trace and
 * the same traces with their digits changed at random.
 */
import { createClassifier, type Classifier } from '../classify/classifier.js';
import type { DigitBlindness } from '../classify/digit-blind.js';
import type { Lexicon } from '../classify/lexicon.js';
import type { Decision } from '../classify/types.js';
import { KeptNames, detach, detachOrNull } from '../input/detach.js';
import { SeenKeys } from '../input/seen-keys.js';
import type { TraceRecord } from '../records/types.js';
import { InventoryNews } from './inventory-news.js';
import { Templates } from '../classify/templates.js';
import { hasUnitField } from '../classify/recordFields.js';

/** Entries kept (bounded memory); a full cache starts afresh, and the busy templates come back at once. */
const DEFAULT_LIMIT = 16_384;
/**
 * Characters of the messages entries keep, at most (8 MB): a trace of long messages would otherwise hold up to `limit`
 * of them, whatever their length. Traces of the bench's kind keep under a megabyte.
 */
const CHAR_BUDGET = 4 * 1024 * 1024;
/** Lookups per judgement of the hit rate; the first window after a (re)start only fills the cache. */
const WINDOW = 4096;
/**
 * Below this share of hits the cache costs more than it saves: a key is a pass over the message, a lookup in a big
 * table a few cache misses of the processor, and entries kept for a while cost the garbage collector. Measured on the
 * bench traces: at 23% hits the cache made classification 30% slower, at 73% it made it 1.8x faster...
 */
const MIN_HIT_RATE = 0.4;
/** ...so it steps aside for this many records, then tries again from empty. */
const PAUSE = 65_536;

/** Keys remembered as seen once (see seenBefore), as bits; an eighth of them set, they are all forgotten. */
const SEEN_BITS = 1 << 20;
/** Entries kept under one key, at most. */
const CHAIN = 4;
/** Bytes the buffer of kept messages starts with (it grows to CHAR_BUDGET). */
const HELD_START = 64 * 1024;


/** One decision kept, and the next one in its slot (another key, another template, or another message of its template). */
class Entry {
  constructor(
    readonly key: number,
    readonly narrator: string | null,
    readonly bodyStart: number,
    /** The message the decision was made for. */
    readonly message: string,
    /** Where its bytes are held (see `held` in createCachedClassifier), or -1 when they are not. */
    public at: number,
    /** The digits that may differ from `message`'s in a message it serves (Templates.sameAsRead): 0 unless `template`. */
    readonly mask: number,
    /** Whether the message is of a wide template (no landmark), which blurs more digits (Templates.isWide). */
    readonly wide: boolean,
    readonly decision: Decision,
    /**
     * Whether the decision serves other messages than `message`: it holds for every message of the template (none of
     * its words has a blurred digit), digits blur (see `blur` in classify), and `message` has a blurred digit (else its
     * template is itself, and plain string equality, much faster, tells it).
     */
    readonly template: boolean,
    public next: Entry | undefined,
  ) {}
}

/** What a cached classifier has done so far. */
export interface CacheStats {
  /** Records served from the cache. */
  hits: number;
  /** Records classified (not in the cache, or their template's decision names a number). */
  misses: number;
  /** Times the cache was emptied because the inventory may have changed. */
  invalidations: number;
  /** Records classified while the cache stood aside (too few hits). */
  bypassed: number;
  /** Records the narrator inventory learned from (InventoryNews). */
  news: number;
}

/** A classifier behind the decision cache, with its counts. */
export interface CachedClassifier extends Classifier {
  readonly stats: CacheStats;
}

/** Whether a decision names no blurred digit, so it holds for every message of its (`wide` or narrow) template. */
function holdsForAll(templates: Templates, decision: Decision, wide: boolean): boolean {
  if (templates.blurs(decision.reason, wide) || (decision.status !== null && templates.blurs(decision.status, wide))) return false;
  for (const subject of decision.subjects) if (templates.blurs(subject, wide)) return false;
  return true;
}

/** The decision with its texts detached from the input (see input/detach.ts). */
function detachedDecision(decision: Decision): Decision {
  return {
    ...decision,
    subjects: decision.subjects.map(detach),
    reason: detach(decision.reason),
    status: detachOrNull(decision.status),
  };
}

export interface CacheOptions {
  /** What tells messages of one template apart: Lexicon.digitBlindness of its lexicon. */
  readonly blindness: DigitBlindness;
  /** Entries kept; when full, the cache starts afresh. */
  readonly limit?: number;
  /** Share of hits below which the cache steps aside for a while (0: never). */
  readonly minHitRate?: number;
  /**
   * Whether a structured record's own fields name a unit (recordFields.ts hasUnitField): its decision then depends on
   * more than its message, which is all the cache keys, so it is classified afresh. Default: never.
   */
  readonly namesUnits?: (fields: Readonly<Record<string, string>>) => boolean;
}

export function createCachedClassifier(inner: Classifier, options: CacheOptions): CachedClassifier {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const minHits = WINDOW * (options.minHitRate ?? MIN_HIT_RATE);
  const namesUnits = options.namesUnits ?? ((): boolean => false);
  const templates = new Templates(options.blindness);
  const news = new InventoryNews();
  /**
   * Slot (the key's low bits) -> the entries in it, newest first: an array, at most half full, costs one load where a
   * Map costs a hash and a probe.
   */
  const slotCount = 2 ** Math.ceil(Math.log2(2 * Math.max(limit, 1)));
  const slots: (Entry | undefined)[] = new Array<Entry | undefined>(slotCount).fill(undefined);
  let size = 0;
  /** Characters of the messages kept. */
  let chars = 0;
  /**
   * The bytes of the messages kept that were read (Templates.read), one after the other (each from a multiple of four,
   * for `heldWords`, the same bytes as words), so that a record read the same way is compared with them as bytes,
   * mostly four at a time, where comparing strings cost a call into V8's runtime (an exact entry) or a loop over
   * characters (a template's): one buffer, grown up to CHAR_BUDGET (an array per entry would cost the garbage
   * collector more). Space left by an entry dropped from its slot is reused only once the cache is emptied.
   */
  let held = new Uint8Array(HELD_START);
  let heldWords = new Int32Array(held.buffer);
  let heldEnd = 0;
  const stats: CacheStats = { hits: 0, misses: 0, invalidations: 0, bypassed: 0, news: 0 };
  let windowHits = 0;
  let windowLookups = 0;
  /** Whether the current window is the first since the cache (re)started empty. */
  let warmingUp = true;
  let paused = 0;

  /** Empties the cache when the inventory may learn something from the record. Sees every record not served. */
  const observe = (record: TraceRecord): void => {
    if (!news.note(record.narrator, record.message, record.bodyStart)) return;
    stats.news++;
    if (size > 0) {
      clear();
      stats.invalidations++;
    }
  };
  /**
   * The decisions and narrator names kept, one copy each: most entries of a trace hold one of a few decisions ("no
   * status of another component", with the same narrator span), so entries share them and the cache stays small.
   */
  let kept = new Map<string, Decision>();
  let names = new KeptNames(limit);
  const keep = (decision: Decision): Decision => {
    const spans = decision.spans.map((span) => `${span.start},${span.end},${span.role}`).join(';');
    const id = [decision.kind, decision.reason, decision.status, decision.negative, decision.subjects.join('\u0001'), spans].join('\u0000');
    let held = kept.get(id);
    if (held === undefined) kept.set(id, (held = detachedDecision(decision)));
    return held;
  };
  const clear = (): void => {
    kept = new Map();
    names = new KeptNames(limit);
    if (size > 0) slots.fill(undefined);
    size = 0;
    chars = 0;
    heldEnd = 0;
  };
  /** Holds the `length` bytes of the message last read; where they start, or -1 when the buffer is full. */
  const hold = (length: number): number => {
    const at = heldEnd;
    const end = (at + length + 3) & ~3;
    if (end > held.length) {
      if (end > CHAR_BUDGET) return -1;
      const grown = new Uint8Array(Math.min(CHAR_BUDGET, Math.max(2 * held.length, end)));
      grown.set(held.subarray(0, at));
      held = grown;
      heldWords = new Int32Array(held.buffer);
    }
    held.set(templates.bytes.subarray(0, length), at);
    heldEnd = end;
    return at;
  };
  /**
   * The entry under `key` that answers for `record`. An entry of the record's narrator blurred digits exactly when
   * the record's would (whether they blur depends on the narrator and on names known, and news empties the cache).
   */
  const lookup = (key: number, record: TraceRecord, length: number): Entry | undefined => {
    for (let entry = slots[key & (slotCount - 1)]; entry !== undefined; entry = entry.next) {
      if (entry.key !== key || entry.bodyStart !== record.bodyStart || entry.narrator !== record.narrator) continue;
      if (length >= 0 && entry.at >= 0 ? templates.sameAsRead(held, heldWords, entry.at, entry.message.length, length, entry.mask)
        : entry.template ? templates.same(entry.message, record.message, entry.wide) : entry.message === record.message) return entry;
    }
    return undefined;
  };
  /** Keys seen once: a decision is kept only when its key comes back (see SeenKeys). */
  const seen = new SeenKeys(SEEN_BITS);
  const seenBefore = (key: number): boolean => seen.seenBefore(key);
  /**
   * Puts `entry` first in its slot, keeping at most CHAIN entries there, and its message's bytes in `held` when it is
   * the message last read: `length` is then its length (as Templates.read returned it), else -1.
   */
  const store = (entry: Entry, length: number): void => {
    if (size >= limit || chars + entry.message.length > CHAR_BUDGET) clear();
    if (length >= 0) entry.at = hold(length);
    const slot = entry.key & (slotCount - 1);
    entry.next = slots[slot];
    slots[slot] = entry;
    size++;
    chars += entry.message.length;
    let last = entry;
    for (let kept = 1; kept < CHAIN && last.next !== undefined; kept++) last = last.next;
    if (last.next !== undefined) {
      chars -= last.next.message.length;
      last.next = undefined;
      size--;
    }
  };

  return {
    stats,
    classify(record) {
      if (record.structured === true && namesUnits(record.fields)) {
        observe(record);
        stats.bypassed++;
        return inner.classify(record);
      }
      if (paused > 0) {
        observe(record);
        if (--paused === 0) warmingUp = true;
        stats.bypassed++;
        return inner.classify(record);
      }
      if (++windowLookups === WINDOW) {
        if (!warmingUp && windowHits < minHits) {
          paused = PAUSE;
          clear();
        }
        warmingUp = false;
        windowHits = 0;
        windowLookups = 0;
      }
      const { narrator, message } = record;
      // Every key blurs: an entry that may not serve other messages of its template checks the message whole.
      const length = templates.read(message);
      const key = length >= 0 ? templates.keyOfRead(length) : templates.keyOf(message, true);
      const entry = lookup(key, record, length);
      if (entry !== undefined) {
        // No news to observe: the entry's narrator was known when it was kept, and so was its leading operation,
        // which has no blurred digit (a known name with one makes every entry exact), so the record's is the same.
        stats.hits++;
        windowHits++;
        return entry.decision;
      }
      observe(record);
      stats.misses++;
      const decision = inner.classify(record);
      if (!seenBefore(key)) return decision;
      // Digits tell names apart where the narrator's name or a known name the message may hold has one: then only the
      // same message is served.
      const blur = (narrator === null || !templates.blurs(narrator, true)) && !news.mayNameNumbered(message);
      const wide = blur && templates.isWide(message);
      const shared = holdsForAll(templates, decision, wide);
      // A decision that serves only its own message is kept once that message comes back: most never do ("DC920 down").
      if (!(shared && blur) && !seenBefore(templates.keyOf(message, false))) return decision;
      const template = shared && blur && templates.blurs(message, wide);
      const mask = template ? templates.maskOf(wide) : 0;
      store(new Entry(key, names.keepOrNull(narrator), record.bodyStart, detach(message), -1, mask, wide, keep(decision), template, undefined), length);
      return decision;
    },
    explain(record) {
      observe(record);
      return inner.explain(record);
    },
  };
}

/** The classifier of `lexicon` behind a decision cache: what the CLI and the workers classify with. */
export function createCachedClassifierFor(lexicon: Lexicon): CachedClassifier {
  return createCachedClassifier(createClassifier(lexicon), { blindness: lexicon.digitBlindness, namesUnits: (fields) => hasUnitField(fields, lexicon) });
}
