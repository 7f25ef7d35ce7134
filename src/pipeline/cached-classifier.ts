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
import { readsOwnFields } from '../classify/recordFields.js';

/**
 * Entries kept in each of the cache's two generations (bounded memory). When the young one is full it becomes the old
 * one, whose entries go, but for those a record looked up since, which came back to the young one. A single table of
 * this size that started afresh when full missed 84,209 records of 1,466,745 (100 MB of the bench trace), where the
 * busy templates are some 12,000: each start cost a miss for each; two generations miss 64,333, `filter --diegetic`
 * then takes 10% fewer instructions, and as much memory (an entry holds no copy of a message it holds the bytes of).
 */
const DEFAULT_LIMIT = 16_384;
/**
 * Characters of the messages entries keep, at most, half in each generation (8 MB; as bytes, 4 MB): a trace of long
 * messages would otherwise hold up to `limit` of them, whatever their length. Traces of the bench's kind keep under a
 * megabyte.
 */
const CHAR_BUDGET = 4 * 1024 * 1024;
const GENERATION_BUDGET = CHAR_BUDGET / 2;
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
/** Bytes the buffer of kept messages starts with (it grows to GENERATION_BUDGET). */
const HELD_START = 64 * 1024;


/** One decision kept, and the next one in its slot (another key, another template, or another message of its template). */
class Entry {
  /** Where the message's bytes are held in its generation (Generation.held) when `message` is null. */
  at = -1;

  constructor(
    readonly key: number,
    readonly narrator: string | null,
    readonly bodyStart: number,
    /**
     * The message the decision was made for; null when it was read (Templates.read): its bytes are then held instead,
     * and only a record read too can be of its template, or equal to it (the message is ASCII, and not too long to read).
     */
    readonly message: string | null,
    /** Its length. */
    readonly length: number,
    /** The digits that may differ from the message's in a message it serves (Templates.sameAsRead): 0 unless `template`. */
    readonly mask: number,
    /** Whether the message is of a wide template (no landmark), which blurs more digits (Templates.isWide). */
    readonly wide: boolean,
    readonly decision: Decision,
    /**
     * Whether the decision serves other messages than its own: it holds for every message of the template (none of its
     * words has a blurred digit), digits blur (see `blur` in classify), and the message has a blurred digit (else its
     * template is itself, and plain equality, much faster, tells it).
     */
    readonly template: boolean,
    public next: Entry | undefined,
  ) {}
}

/**
 * The entries of one generation of the cache: slot (the key's low bits) -> the entries in it, newest first (an array,
 * at most half full, costs one load where a Map costs a hash and a probe), and the bytes of their messages that were
 * read (Templates.read), one after the other (each from a multiple of four, for `heldWords`, the same bytes as
 * words). A record read the same way is compared with them as bytes, mostly four at a time, where comparing strings
 * cost a call into V8's runtime (an exact entry) or a loop over characters (a template's); and an entry holds no copy
 * of its message, half its size. One buffer, grown up to GENERATION_BUDGET: an array per entry would cost the garbage
 * collector more. Space left by an entry dropped from its slot is reused only once the generation is emptied.
 */
class Generation {
  readonly slots: (Entry | undefined)[];
  /** Entries, and characters of their messages. */
  size = 0;
  chars = 0;
  held = new Uint8Array(HELD_START);
  heldWords = new Int32Array(this.held.buffer);
  private heldEnd = 0;

  constructor(readonly slotCount: number) {
    this.slots = new Array<Entry | undefined>(slotCount).fill(undefined);
  }

  clear(): void {
    if (this.size > 0) this.slots.fill(undefined);
    this.size = 0;
    this.chars = 0;
    this.heldEnd = 0;
  }

  /** Whether `entry` fits in the GENERATION_BUDGET characters of messages, and bytes held. */
  fits(entry: Entry): boolean {
    return this.chars + entry.length <= GENERATION_BUDGET && (entry.message !== null || this.heldEnd + entry.length + 3 <= GENERATION_BUDGET);
  }

  /**
   * Puts `entry` first in its slot, keeping at most CHAIN entries there; an entry without its message (it fits) takes
   * its bytes from `bytes`, from `from` on.
   */
  add(entry: Entry, bytes: Uint8Array, from: number): void {
    if (entry.message === null) entry.at = this.hold(bytes, from, entry.length);
    const slot = entry.key & (this.slotCount - 1);
    entry.next = this.slots[slot];
    this.slots[slot] = entry;
    this.size++;
    this.chars += entry.length;
    let last = entry;
    for (let kept = 1; kept < CHAIN && last.next !== undefined; kept++) last = last.next;
    if (last.next !== undefined) {
      this.chars -= last.next.length;
      last.next = undefined;
      this.size--;
    }
  }

  /** Holds `length` bytes of `bytes` from `from`; where they start. */
  private hold(bytes: Uint8Array, from: number, length: number): number {
    const at = this.heldEnd;
    const end = (at + length + 3) & ~3;
    if (end > this.held.length) {
      const grown = new Uint8Array(Math.min(GENERATION_BUDGET, Math.max(2 * this.held.length, end)));
      grown.set(this.held.subarray(0, at));
      this.held = grown;
      this.heldWords = new Int32Array(grown.buffer);
    }
    this.held.set(bytes.subarray(from, from + length), at);
    this.heldEnd = end;
    return at;
  }
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
  /** Entries kept in each of the two generations (see DEFAULT_LIMIT). */
  readonly limit?: number;
  /** Share of hits below which the cache steps aside for a while (0: never). */
  readonly minHitRate?: number;
  /**
   * Whether a structured record's own fields name a unit or carry its error (recordFields.ts readsOwnFields): its
   * decision then depends on more than its message, which is all the cache keys, so it is classified afresh. Default:
   * never.
   */
  readonly readsOwnFields?: (fields: Readonly<Record<string, string>>) => boolean;
}

export function createCachedClassifier(inner: Classifier, options: CacheOptions): CachedClassifier {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const minHits = WINDOW * (options.minHitRate ?? MIN_HIT_RATE);
  const readsFields = options.readsOwnFields ?? ((): boolean => false);
  const templates = new Templates(options.blindness);
  const news = new InventoryNews();
  const slotCount = 2 ** Math.ceil(Math.log2(2 * Math.max(limit, 1)));
  /**
   * Entries kept since the last rotation, and those of the generation before, which a lookup finds too (and then
   * copies to `young`): when `young` is full it becomes `old`, and the entries not looked up since go.
   */
  let young = new Generation(slotCount);
  let old = new Generation(slotCount);
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
    if (young.size + old.size > 0) {
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
    young.clear();
    old.clear();
  };
  /** The entry of `generation` under `key` that answers for `record` (see lookup). */
  const find = (generation: Generation, key: number, record: TraceRecord, length: number): Entry | undefined => {
    const { held, heldWords } = generation;
    for (let entry = generation.slots[key & (slotCount - 1)]; entry !== undefined; entry = entry.next) {
      if (entry.key !== key || entry.bodyStart !== record.bodyStart || entry.narrator !== record.narrator) continue;
      const message = entry.message;
      if (message === null ? length >= 0 && templates.sameAsRead(held, heldWords, entry.at, entry.length, length, entry.mask)
        : entry.template ? templates.same(message, record.message, entry.wide) : message === record.message) return entry;
    }
    return undefined;
  };
  /**
   * The entry under `key` that answers for `record` (`length`: its message's, as Templates.read returned it). An entry
   * of the record's narrator blurred digits exactly when the record's would (whether they blur depends on the narrator
   * and on names known, and news empties the cache).
   */
  const lookup = (key: number, record: TraceRecord, length: number): Entry | undefined => {
    const entry = find(young, key, record, length);
    if (entry !== undefined || old.size === 0) return entry;
    const former = find(old, key, record, length);
    if (former === undefined) return undefined;
    // A copy comes back to the young generation, with its bytes (should `store` rotate the generations, the old buffer
    // is the young one's, and TypedArray.set copies within a buffer as from a copy).
    const { narrator, bodyStart, message, length: formerLength, mask, wide, decision, template } = former;
    store(new Entry(key, narrator, bodyStart, message, formerLength, mask, wide, decision, template, undefined), old.held, former.at);
    return former;
  };
  /** Keys seen once: a decision is kept only when its key comes back (see SeenKeys). */
  const seen = new SeenKeys(SEEN_BITS);
  const seenBefore = (key: number): boolean => seen.seenBefore(key);
  /**
   * Puts `entry` in the young generation (its bytes from `from` in `bytes`, when it is held without its message); a
   * full generation becomes the old one, and the old one goes.
   */
  const store = (entry: Entry, bytes: Uint8Array, from: number): void => {
    if (young.size >= limit || !young.fits(entry)) {
      const emptied = old;
      emptied.clear();
      old = young;
      young = emptied;
      kept = new Map();
      names = new KeptNames(limit);
    }
    young.add(entry, bytes, from);
  };

  return {
    stats,
    classify(record) {
      if (record.structured === true && readsFields(record.fields)) {
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
      const kept = length >= 0 ? null : detach(message);
      store(new Entry(key, names.keepOrNull(narrator), record.bodyStart, kept, message.length, mask, wide, keep(decision), template, undefined), templates.bytes, 0);
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
  return createCachedClassifier(createClassifier(lexicon), { blindness: lexicon.digitBlindness, readsOwnFields: (fields) => readsOwnFields(fields, lexicon) });
}
