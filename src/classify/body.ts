/**
 * One record's body and the facts about it that several stages ask for (its words, which word lists it can match),
 * each computed at most once per record instead of once per asking rule.
 */

import { Family, leadSlot, matchesOf, type ScanIndex } from './scan.js';
import { wordsOf, type Word } from './text.js';

const A = 65, Z = 90, a = 97, z = 122, i = 105, s = 115;
const isUpper = (c: number): boolean => c >= A && c <= Z;
const isLetter = (c: number): boolean => (c >= a && c <= z) || isUpper(c);

export class Body {
  /** Families (scan.ts) that may match somewhere in the body. */
  readonly families: number;
  /** Start offset and families of each letter run that opens a phrase of some family, in order. */
  private readonly runStarts: number[] = [];
  private readonly runFamilies: number[] = [];
  private wordList: Word[] | undefined;
  private wordStarts: Map<number, number> | undefined;

  constructor(readonly text: string, readonly index: ScanIndex) {
    let families = index.always;
    const length = text.length;
    for (let at = 0; at < length; ) {
      if (!isLetter(text.charCodeAt(at))) {
        at++;
        continue;
      }
      let end = at + 1;
      let upper = isUpper(text.charCodeAt(at));
      for (let c = text.charCodeAt(end); end < length && isLetter(c); c = text.charCodeAt(++end)) upper ||= isUpper(c);
      // Only runs as long as some leading word are looked up, and only mixed-case ones pay for a lower-case copy.
      let found = this.deviceQueryAt(at, end);
      if (end - at <= index.longestLead && index.leadSlots[leadSlot(text, at, end)] === 1) {
        const run = text.slice(at, end);
        found |= index.families.get(upper ? run.toLowerCase() : run) ?? 0;
      }
      if (found !== 0) {
        this.runStarts.push(at);
        this.runFamilies.push(found);
        families |= found;
      }
      at = end;
    }
    this.families = families;
  }

  /** deviceQueryRegex needs a run "is" + a device noun ("isWifiEnabled"); the noun's initial is a cheap stand-in. */
  private deviceQueryAt(start: number, end: number): number {
    const text = this.text;
    return end - start > 2 && text.charCodeAt(start) === i && text.charCodeAt(start + 1) === s
      && this.index.deviceInitials.includes(text.charAt(start + 2)) ? Family.deviceQuery : 0;
  }

  /** True when the body may hold a phrase of every family in `mask`. */
  has(mask: number): boolean {
    return (this.families & mask) === mask;
  }

  /**
   * Every match of a phrase regex of `family`, as matchAll of its global form `global` would yield them: `sticky`
   * (its sticky copy) is tried only where a letter run that opens one of the family's phrases starts.
   */
  phraseMatches(family: number, sticky: RegExp, global: RegExp): RegExpExecArray[] {
    if ((this.families & family) === 0) return [];
    if ((this.index.always & family) !== 0) return matchesOf(global, this.text);
    const found: RegExpExecArray[] = [];
    let from = 0;
    for (let k = 0; k < this.runStarts.length; k++) {
      const start = this.runStarts[k] as number;
      if (start < from || ((this.runFamilies[k] as number) & family) === 0) continue;
      sticky.lastIndex = start;
      const m = sticky.exec(this.text);
      if (m !== null) {
        found.push(m);
        from = start + m[0].length;
      }
    }
    return found;
  }

  get words(): readonly Word[] {
    return (this.wordList ??= wordsOf(this.text));
  }

  /** Index in `words` of the word starting at `offset`, or -1. */
  wordIndexAt(offset: number): number {
    this.wordStarts ??= new Map(this.words.map((w, k) => [w.start, k]));
    return this.wordStarts.get(offset) ?? -1;
  }
}
