/**
 * Strings kept past a record (summary rows, decision cache entries) must not keep their source alive. V8 makes a slice
 * of 13 characters or more (a narrator, a template left unmasked, a subject) point into the string it was cut from,
 * here the whole chunk of input read; a row or entry holding such a slice would pin that chunk for the rest of the run,
 * and with thousands of them, memory would grow with the input. A detached copy holds only its own characters (V8
 * flattens the joined string into a fresh copy before slicing it). Shorter slices are copies already.
 */
const SLICED_MIN_LENGTH = 13;

export function detach(text: string): string {
  return text.length < SLICED_MIN_LENGTH ? text : (' ' + text).slice(1);
}

export function detachOrNull(text: string | null): string | null {
  return text === null ? null : detach(text);
}
