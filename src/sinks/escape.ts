/** Control characters that could move the cursor, change colours or retitle a terminal (TAB is kept). */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** The same, to test a line (a global RegExp's test would also move its lastIndex). */
const HAS_UNSAFE = new RegExp(UNSAFE.source);

/** Shows terminal control characters as visible `\xHH` text so they never reach a terminal raw. */
export function escapeControls(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) : text;
}
