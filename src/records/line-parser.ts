/**
 * A grammar's line parser. The parser of record is chevrotain's, built from the grammar (chevrotain-parser.ts); the
 * precompiled fast path (fast-path.ts; a hand scanner for structured lines) answers the same for every built-in grammar, so a plain run never needs the
 * chevrotain library, whose loading is most of a start-up. It is loaded on demand (loadParserOfRecord): for user
 * grammars (their samples are checked on it), and for any grammar without a fast path.
 */
import type { GrammarSpec } from './grammar-types.js';

/** The fields of one parsed first line, straight from the grammar's layout. */
export interface ParsedLine {
  /** Field name -> text, for every field the layout captured. */
  readonly fields: Record<string, string>;
  /** Offset in the line where the MESSAGE column starts; -1 when `message` stands nowhere in the line as it is. */
  readonly messageStart: number;
  /** Offset in the line where the message body starts (after a narrator prefix, when there is one). */
  readonly bodyStart: number;
  /**
   * The message, when it is not the line from messageStart on: a structured line's message value, unquoted (it stands
   * at messageStart when it is there as it is).
   */
  readonly message?: string;
  /**
   * The zone of the line's time, where the parse has it apart from `fields`: a structured line's, the one its time
   * stamp ends with ("+02:00", "Z"), or "Z" for an epoch number, which counts from 1970 in UTC (a structured line's
   * fields are its keys, and a key "zone" may be anything); the layout regex's `zone` field (LayoutMatch). Other
   * parses of a layout have the zone in `fields` only.
   */
  readonly zone?: string;
}

export interface LineParser {
  /** Parses a record's first line, or returns null when the line does not fit the grammar. */
  parse(text: string): ParsedLine | null;
  /** Like parse, and also names the layout alternatives the line took; for sample checks. */
  parseTraced(text: string): { line: ParsedLine; alternatives: string[] } | null;
  /**
   * Every alternative of the layout, keyed by where it is: each optional group ("layout.4.optional") and each token of
   * a step that offers several ("layout.4.optional.1.token: Dash"). The samples must take them all.
   */
  readonly alternatives: readonly string[];
}


type ParserOfRecord = typeof import('./chevrotain-parser.js');
let parserOfRecord: ParserOfRecord | undefined;

/** Loads the chevrotain parser; createLineParser's parsers can then parse. */
export async function loadParserOfRecord(): Promise<void> {
  parserOfRecord ??= await import('./chevrotain-parser.js');
}

/** Whether loadParserOfRecord has run. */
export const parserOfRecordLoaded = (): boolean => parserOfRecord !== undefined;

/**
 * The grammar's chevrotain parser, built on first use (loadParserOfRecord must have run by then): a format with a fast
 * path may never use it.
 */
export function createLineParser(spec: GrammarSpec): LineParser {
  let built: LineParser | undefined;
  const parser = (): LineParser => {
    if (parserOfRecord === undefined) throw new Error(`grammar "${spec.name}": the chevrotain parser is needed but was not loaded (loadParserOfRecord)`);
    return (built ??= parserOfRecord.createChevrotainParser(spec));
  };
  return {
    parse: (text) => parser().parse(text),
    parseTraced: (text) => parser().parseTraced(text),
    get alternatives() {
      return parser().alternatives;
    },
  };
}

/** Strips `chars` from both ends of a token's text ("[Name]" -> "Name" with "[]"). */
export function trimChars(image: string, chars: string | undefined): string {
  if (!chars) return image;
  let start = 0;
  let end = image.length;
  while (start < end && chars.includes(image[start] as string)) start++;
  while (end > start && chars.includes(image[end - 1] as string)) end--;
  return image.slice(start, end);
}
