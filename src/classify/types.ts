/** What the classify stage produces for each record. */

/** Whether a message reports the status of another component (diegetic) or not. */
export type Kind = 'diegetic' | 'non-diegetic';

/** A span of the record's `message` that the decision rests on (offsets are UTF-16 indices into message). */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly role: 'narrator' | 'subject' | 'status';
}

/** What the classifier decided about one record, and why. */
export interface Decision {
  readonly kind: Kind;
  /** The other component(s) whose status the message reports; empty for non-diegetic records. */
  readonly subjects: readonly string[];
  /** Short human-readable explanation naming the rule and the words that fired. */
  readonly reason: string;
  /** The status or outcome words reported about the subjects (e.g. "not responding"), or null. */
  readonly status: string | null;
  /** True when the status is negative (failed, error, offline, died, timeout...). */
  readonly negative: boolean;
  /** Where narrator, subjects and status words sit in the message, for highlighting; in order of start. */
  readonly spans: readonly Span[];
}
