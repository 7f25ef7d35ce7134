/** Control characters that could move the cursor, change colours or retitle a terminal (TAB is kept). */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Shows terminal control characters as visible `\xHH` text so they never reach a terminal raw. */
export function escapeControls(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) : text;
}
