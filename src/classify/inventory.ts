/**
 * What the classifier has learned from the trace so far: which names are narrators (so they are components when
 * another narrator mentions them) and which operations belong to which narrator (an operation a narrator opens its
 * own messages with, "syncAll() count=4", is that narrator's doing; its result reported by someone else is news about
 * that narrator).
 */

import { normalizeName } from './text.js';

/** An operation a narrator starts its messages with: `name()` or `name():` (sticky: read where the body starts). */
const LEADING_OPERATION = /\s*([a-z][A-Za-z0-9]{3,60})\(\)/y;

/** A digit the decision cache's templates blur (see src/pipeline/cached-classifier.ts). */
const NUMBERED = /[1-9]/;
/** Shapes of numbered names kept at most (see NarratorInventory.numberedShapes); past it, every message may name one. */
const MAX_SHAPES = 256;

/** A numbered name's shape: the name with each digit standing for any ("Worker3" -> Worker[0-9]), as a regex source. */
function shapeOf(name: string): string {
  return name.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&').replace(/[0-9]/g, '[0-9]');
}

/** The parts of a narrator name: "ReplicaLink$Sender" -> ReplicaLink, Sender. */
export function narratorParts(narrator: string): string[] {
  return narrator.split(/[$._/:\\-]+/).filter((part) => part.length >= 3);
}

/** The last part of a narrator name, the class or tag proper ("Sender", "StepCounterBinder"). */
export function narratorProper(narrator: string): string {
  const parts = narratorParts(narrator);
  return parts[parts.length - 1] ?? narrator;
}

export class NarratorInventory {
  /** Names as written (case-sensitive): full narrator names and their proper parts. */
  private readonly names = new Map<string, string>();
  /** Operation name -> the narrator that performs it. */
  private readonly operations = new Map<string, string>();
  /** selfNamesOf per narrator: the same few narrators write most records. */
  private readonly selfNames = new Map<string | null, ReadonlySet<string>>();
  /**
   * True once a name or operation with a digit other than 0 is known ("Worker3", "load2()"): from then on, telling
   * such a name apart from its siblings ("Worker4") takes the digits, which the decision cache's templates blur.
   */
  hasNumberedNames = false;
  /** The shapes of the numbered names (see shapeOf), and the regex matching any of them (built when asked for). */
  private readonly shapes = new Set<string>();
  private shapesRegex: RegExp | null = null;

  constructor(private readonly aliases: ReadonlyMap<string, readonly string[]> = new Map()) {}

  /**
   * Records a narrator and, when its body (`text` from `bodyStart`) opens with one, an operation it performs. Returns
   * true when the inventory learned something (so decisions made before may differ from those made after).
   */
  add(narrator: string | null, text: string, bodyStart = 0): boolean {
    if (narrator === null || narrator === '') return false;
    let learned = false;
    // A narrator seen before already maps to itself and its proper part is taken: only a new operation can be news.
    if (this.names.get(narrator) !== narrator) {
      this.names.set(narrator, narrator);
      const proper = narratorProper(narrator);
      if (!this.names.has(proper)) this.names.set(proper, narrator);
      this.noteNumbered(narrator);
      this.noteNumbered(proper);
      learned = true;
    }
    LEADING_OPERATION.lastIndex = bodyStart;
    const op = LEADING_OPERATION.exec(text);
    if (op?.[1] !== undefined && !this.operations.has(op[1])) {
      this.operations.set(op[1], narrator);
      this.noteNumbered(op[1]);
      learned = true;
    }
    return learned;
  }

  /**
   * Whether `text` may hold a known numbered name, or one that differs from it only in digits ("Worker4" when
   * "Worker3" is known): where it cannot, no message that differs from it only in digits holds one either, so the
   * decision cache may blur its digits (see src/pipeline/cached-classifier.ts). In doubt (too many shapes), true.
   */
  mayNameNumbered(text: string): boolean {
    if (!this.hasNumberedNames) return false;
    if (this.shapes.size > MAX_SHAPES) return true;
    this.shapesRegex ??= new RegExp([...this.shapes].join('|'));
    return this.shapesRegex.test(text);
  }

  /** Notes a name with a digit the cache blurs (the narrator's own parts are in it: numbered too when they are). */
  private noteNumbered(name: string): void {
    if (!NUMBERED.test(name)) return;
    this.hasNumberedNames = true;
    if (this.shapes.size > MAX_SHAPES) return;
    const shape = shapeOf(name);
    if (this.shapes.has(shape)) return;
    this.shapes.add(shape);
    this.shapesRegex = null;
  }

  /** The narrator known by `name`, or undefined. */
  narratorNamed(name: string): string | undefined {
    return this.names.get(name);
  }

  /** The narrator whose operation `name` is, or undefined. */
  ownerOfOperation(name: string): string | undefined {
    return this.operations.get(name);
  }

  /** Normalized names the narrator goes by (see selfNamesOf), computed once per narrator. */
  selfNamesOf(narrator: string | null): ReadonlySet<string> {
    let names = this.selfNames.get(narrator);
    if (names === undefined) {
      names = selfNamesOf(narrator, this.aliases);
      this.selfNames.set(narrator, names);
    }
    return names;
  }

  get size(): number {
    return this.names.size;
  }
}

/** Capitalized humps of a CamelCase name: "YarnClientSchedulerBackend" -> Yarn, Client, Scheduler, Backend. */
const HUMP = /[A-Z][a-z0-9]+/g;

/**
 * The tails of a CamelCase name of two humps or more: "YarnClientSchedulerBackend" -> ClientSchedulerBackend,
 * SchedulerBackend. A class calls itself by its kind ("SchedulerBackend is ready"); one hump ("Backend") is too generic.
 */
function camelTails(part: string): string[] {
  const humps = [...part.matchAll(HUMP)];
  const tails: string[] = [];
  for (let k = 1; k + 2 <= humps.length; k++) tails.push(part.slice(humps[k]?.index ?? part.length));
  return tails;
}

/** Normalized names by which the narrator refers to itself: its name, its parts and their CamelCase tails, its aliases. */
export function selfNamesOf(narrator: string | null, aliases: ReadonlyMap<string, readonly string[]>): Set<string> {
  const self = new Set<string>();
  if (narrator === null) return self;
  const parts = narratorParts(narrator);
  for (const name of [narrator, ...parts, ...parts.flatMap(camelTails)]) self.add(normalizeName(name));
  for (const alias of aliases.get(narrator) ?? []) self.add(alias);
  self.delete('');
  return self;
}
