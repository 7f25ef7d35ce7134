/**
 * Which thread wrote a record, as the summary counts threads. Native traces, logcat, Apache and nginx give a numeric
 * TID; Java logs (log4j, Spring Boot, ZooKeeper) name the thread instead (`[main]`, `[http-nio-8080-exec-1]`), and
 * their grammars capture the name as `fields.thread`. Both are threads of activity: a name is a thread as much as a
 * number is, with its own rhythm, its own silences and its own narrators. (HDFS's thread column holds digits, but its
 * grammar captures it as `fields.thread` too, and the summary takes it as written: a thread named "143".)
 *
 * A thread is keyed, under its process, by one value: the TID when the record has one (a number), else the name (a
 * string). Maps tell the two apart (SameValueZero: 143 is not "143"), so the tables key rows by it with no string
 * built per record, and a TID always wins: a record with both behaves exactly as one with a TID alone.
 */
import type { ThreadRow } from './types.js';

/** A thread under its process: its numeric TID, or its name when the trace names threads instead. */
export type ThreadKey = number | string;

/** How a thread stands in the summary's rows and gaps: its TID or its name (see ThreadRow). */
export type ThreadFields = Pick<ThreadRow, 'tid' | 'thread'>;

/** The record's thread, as records/types.ts threadOf tells it: the summary's key for it. */
export { threadOf } from '../../records/types.js';

/** The key of a row or gap that stands for a thread (one of `tid` and `thread` is set; the TID first). */
export function threadKeyOf(fields: ThreadFields): ThreadKey {
  return fields.tid ?? fields.thread ?? '';
}

/** The fields of a row for a thread, the TID or the name. */
export function threadFields(key: ThreadKey): ThreadFields {
  return typeof key === 'number' ? { tid: key, thread: null } : { tid: null, thread: key };
}
