/**
 * How a subject is named in decisions: as the text names it, made readable where the text alone would not be.
 * A bare id ("channel to 2") takes the noun it qualifies ("channel 2"); a bare component noun ("Connection broken for
 * id 42") takes the id that tells which one it is ("Connection for id 42"). Reports on the same unit then group under
 * one name in summaries and stories, and different units do not merge into "Connection" or "2".
 */
import type { SubjectMention } from './rules.js';

const BARE_ID = /^(?:0x[0-9a-f]+|\d+)$/i;
/** The noun before a bare id, possibly across one preposition: "channel to ", "id ", "peer ". */
const NOUN_BEFORE = /([A-Za-z][A-Za-z_-]{1,30})[ \t]+(?:(?:to|for|of|with|on|at)[ \t]+)?$/;
const PREPOSITIONS = new Set(['to', 'for', 'of', 'with', 'on', 'at', 'from', 'by', 'in', 'the', 'a', 'an']);
/** Within the same clause after the noun: "for id 42", "to peer 3", "with db01:5432". */
const QUALIFIER_AFTER = /^[^,;.()]{0,60}?\b((?:for|to|with|from)[ \t]+(?:(?:id|peer|node|sid|host|server)[ \t]+)?)((?:0x)?[0-9a-f]*\d[\w.:-]*)/i;

export function subjectName(subject: SubjectMention, body: string, componentNouns: ReadonlySet<string>): string {
  const name = subject.name;
  // A unit named in a record field has its name whole, and no place in the body.
  if (subject.start < 0) return name;
  if (BARE_ID.test(name)) {
    const noun = NOUN_BEFORE.exec(body.slice(Math.max(0, subject.start - 48), subject.start))?.[1];
    return noun !== undefined && !PREPOSITIONS.has(noun.toLowerCase()) ? `${noun} ${name}` : name;
  }
  if (componentNouns.has(name.toLowerCase())) {
    const m = QUALIFIER_AFTER.exec(body.slice(subject.end));
    if (m !== null) return `${name} ${(m[1] ?? '').replace(/[ \t]+/g, ' ')}${m[2] ?? ''}`;
  }
  return name;
}
