/**
 * Builds TraceRecords from parsed first lines. A record is a plain object with every field computed up front (it may be
 * spread, serialised or compared like any object); what makes that cheap for hundreds of thousands of records is done
 * once per format: whether the grammar can capture fields of its own at all, or a zone, and the last date and zone
 * read (consecutive records mostly share them).
 */
import type { Format } from './format.js';
import { splitFieldNames } from './grammar-load.js';
import type { LayoutStep } from './grammar-types.js';
import { LayoutMatch } from './layout-regex.js';
import { copyGroups } from './layout-steps.js';
import type { ParsedLine } from './line-parser.js';
import { dateToDay, epochDay, referenceNow, timeToMs, yearBefore, zoneOffset, type YearOf } from './timestamps.js';
import { NO_FIELDS, type SourceLine, type TraceRecord } from './types.js';

/** Fields with a place of their own in TraceRecord; any other captured field goes to `fields`. */
const CORE_FIELDS = new Set(['pid', 'tid', 'date', 'time', 'narrator']);


/** Integers of up to 15 digits are exact in a double, so they need no other check. */
const EXACT_DIGITS = 15;

/**
 * "2968" or "0x0B98" -> number; anything else (or an unsafe integer) -> null. Read as decimal first, in one pass over
 * the text: a hex id shows itself by its second character, after a '0'.
 */
export function parseId(text: string | undefined): number | null {
  if (text === undefined || text.length === 0) return null;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return i === 1 && value === 0 ? hexId(text) : null;
    value = value * 10 + digit;
  }
  if (text.length <= EXACT_DIGITS) return value;
  const exact = Number(text);
  return Number.isSafeInteger(exact) ? exact : null;
}

/** "0x0B98" -> number; `text` is a '0' and a character that is not a digit, then anything. */
function hexId(text: string): number | null {
  const c1 = text.charCodeAt(1);
  if (c1 !== 120 && c1 !== 88) return null;
  const value = Number.parseInt(text.slice(2), 16);
  return Number.isSafeInteger(value) ? value : null;
}

/** Builds the records of one format. */
export class RecordBuilder {
  /** True when the layout can capture a field that is not a core field. */
  private readonly ownFields: boolean;
  /** True for a grammar of structured lines (no layout): TraceRecord.structured. */
  private readonly structured: boolean;
  private lastDate: string | null = null;
  private lastYear: string | undefined = undefined;
  private lastDay: number | null = null;
  /** True when the time is in epoch seconds, which tell the day where the layout has no date. */
  private readonly epoch: boolean;
  /** True when the layout captures a `year` apart from the date (Apache: "[Wed Oct 11 14:32:52 2023]"). */
  private readonly yearField: boolean;
  /**
   * True when the layout captures a `zone` (spring-boot, postgresql, syslog and generic stamps): the record's offset
   * is read from it. A structured line's parse gives its stamp's zone apart (ParsedLine.zone), and a layout without a
   * zone never pays for one.
   */
  private readonly zoneField: boolean;
  private lastZone: string | undefined = undefined;
  private lastOffset: number | null = null;
  /** The year of a date written without one and without a `year` field (timestamps.ts yearBefore). */
  private readonly guessYear: YearOf = yearBefore(referenceNow());
  /** What the layout writes after the message (GrammarSpec.trailer), or null. */
  private readonly trailer: RegExp | null;
  /** The narrator of a record whose line names none (GrammarSpec.narrator), or null. */
  private readonly defaultNarrator: string | null;
  /** True when the last record built found its trailer on its first line (the assembler looks no further then). */
  trailerFound = false;

  constructor(private readonly format: Format) {
    this.epoch = format.spec.timeLayout === 'epoch';
    const layout = format.spec.layout;
    const captured = layout === undefined ? new Set<string>() : capturedFields(layout);
    // An entry line's groups are fields of its record too, and a trailer's.
    if (format.spec.entryLine !== undefined) splitFieldNames(format.spec.entryLine).forEach((name) => captured.add(name));
    if (format.spec.trailer !== undefined) splitFieldNames(format.spec.trailer).forEach((name) => captured.add(name));
    this.trailer = format.trailer;
    this.defaultNarrator = format.spec.narrator ?? null;
    // A structured line's keys are fields of their own.
    this.ownFields = layout === undefined || [...captured].some((name) => !CORE_FIELDS.has(name));
    this.structured = layout === undefined;
    this.yearField = captured.has('year');
    this.zoneField = layout !== undefined && captured.has('zone');
  }

  /** A record from its parsed first line; `lines` starts as [line] and the assembler appends continuation lines to it. */
  build(file: string, lines: SourceLine[], parsed: ParsedLine): TraceRecord {
    const line = lines[0] as SourceLine;
    const core = parsed instanceof LayoutMatch ? parsed : coreOf(parsed.fields);
    const time = core.time ?? null;
    const date = core.date ?? null;
    const day = date !== null ? this.dayOf(date, this.yearField ? parsed.fields['year'] : undefined) : time !== null && this.epoch ? epochDay(time) : null;
    const zone = this.zoneField ? core.zone : parsed.zone;
    const record: TraceRecord = {
      file,
      line: line.number,
      format: this.format.name,
      pid: parseId(core.pid),
      tid: parseId(core.tid),
      date,
      time,
      timeMs: time === null ? null : timeToMs(time, this.format.spec.timeLayout),
      day,
      // An epoch time is UTC: its day and time of day are the instant's.
      offsetMin: zone !== undefined ? this.offsetOf(zone) : this.epoch && date === null && day !== null ? 0 : null,
      narrator: core.narrator || this.defaultNarrator,
      message: parsed.message ?? line.text.slice(parsed.messageStart),
      messageAt: parsed.messageStart < 0 ? null : parsed.messageStart,
      bodyStart: parsed.bodyStart - parsed.messageStart,
      fields: this.ownFields ? ownFieldsOf(parsed.fields) : NO_FIELDS,
      structured: this.structured,
      lines,
    };
    return this.trailer === null ? record : this.withFirstTrailer(record, this.trailer);
  }

  /** The record with what its first line writes after the message (GrammarSpec.trailer) read, and cut from the message. */
  private withFirstTrailer(record: TraceRecord, trailer: RegExp): TraceRecord {
    const match = trailer.exec(record.message);
    this.trailerFound = match !== null;
    return match === null ? record : withTrailer(record, match.groups, record.message.slice(0, match.index));
  }

  /**
   * The record of an entry line (GrammarSpec.entryLine): the fields of the stamp line above it (none above the first
   * one), then the groups of `match` that took part in it; the message is the line's text after the match.
   */
  buildEntry(file: string, lines: SourceLine[], stamp: ParsedLine | null, match: RegExpExecArray): TraceRecord {
    const fields: Record<string, string> = stamp === null ? {} : { ...stamp.fields };
    if (match.groups !== undefined) for (const [name, value] of Object.entries(match.groups)) if (value !== undefined) fields[name] = value;
    const start = match.index + match[0].length;
    return this.build(file, lines, stamp?.zone === undefined ? { fields, messageStart: start, bodyStart: start } : { fields, messageStart: start, bodyStart: start, zone: stamp.zone });
  }

  /** The offset of a zone (timestamps.ts zoneOffset). */
  private offsetOf(zone: string): number | null {
    if (zone !== this.lastZone) {
      this.lastOffset = zoneOffset(zone);
      this.lastZone = zone;
    }
    return this.lastOffset;
  }

  /** The day of a date, in `year` when the date has none written (else in the guessed year). */
  private dayOf(date: string, year: string | undefined): number | null {
    if (date !== this.lastDate || year !== this.lastYear) {
      this.lastDay = dateToDay(date, year === undefined ? this.guessYear : Number(year));
      this.lastDate = date;
      this.lastYear = year;
    }
    return this.lastDay;
  }
}

/**
 * The record with the message its line at `index` gives (GrammarSpec.messageLine): `message`, which stands in no place
 * of the first line (messageAt null) and has no narrator prefix, and the fields of the line's pattern's groups that
 * took part in the match.
 */
export function withMessageLine(
  record: TraceRecord,
  message: string,
  index: number,
  groups: Readonly<Record<string, string | undefined>> | undefined,
): TraceRecord {
  let fields = record.fields;
  if (groups !== undefined) {
    const extra: Record<string, string> = { ...fields };
    for (const [name, value] of Object.entries(groups)) if (value !== undefined) extra[name] = value;
    fields = extra;
  }
  return { ...record, message, messageAt: null, messageLine: index, bodyStart: 0, fields };
}

/**
 * The record with the fields of its trailer (GrammarSpec.trailer): the groups that took part in the match, the narrator
 * among them; `message` is what the message is without the trailer (a trailer read from a later line leaves it).
 */
export function withTrailer(record: TraceRecord, groups: Readonly<Record<string, string | undefined>> | undefined, message: string): TraceRecord {
  if (groups === undefined) return message === record.message ? record : { ...record, message };
  const { narrator, ...others } = groups;
  const fields: Record<string, string> = { ...record.fields };
  copyGroups(fields, others);
  return { ...record, message, narrator: narrator ?? record.narrator, fields };
}

/** A record from its parsed first line (see RecordBuilder.build; a builder kept for a whole input is faster). */
export function buildRecord(file: string, format: Format, lines: SourceLine[], parsed: ParsedLine): TraceRecord {
  return new RecordBuilder(format).build(file, lines, parsed);
}

type CoreFields = Readonly<Record<'pid' | 'tid' | 'date' | 'time' | 'narrator' | 'zone', string | undefined>>;

/** The core fields (and zone) of a parse that has them only in `fields` (LayoutMatch has them as properties). */
function coreOf(f: Readonly<Record<string, string>>): CoreFields {
  return { pid: f['pid'], tid: f['tid'], date: f['date'], time: f['time'], narrator: f['narrator'], zone: f['zone'] };
}

function ownFieldsOf(f: Readonly<Record<string, string>>): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const key of Object.keys(f)) if (!CORE_FIELDS.has(key)) extra[key] = f[key] as string;
  return extra;
}

/** Every field name a layout can capture: token fields and the groups of splits. */
export function capturedFields(layout: readonly LayoutStep[], into = new Set<string>()): Set<string> {
  for (const step of layout) {
    if ('optional' in step) capturedFields(step.optional, into);
    else if ('token' in step) {
      if (step.field !== undefined) into.add(step.field);
      if (step.split !== undefined) splitFieldNames(step.split).forEach((name) => into.add(name));
    }
  }
  return into;
}
