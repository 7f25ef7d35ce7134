/**
 * Control characters that could move the cursor, change colours or retitle a terminal (TAB is kept), and lone
 * surrogates: an input's bytes that were not UTF-8 (input/utf8.ts), which a terminal cannot show.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udfff]/gu;
/** The control characters, to test a line (a global RegExp's test would also move its lastIndex). */
const HAS_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * Shows terminal control characters as visible `\xHH` text so they never reach a terminal raw, and an input byte that
 * was not UTF-8 as `\xHH` too (another lone surrogate, which no input decodes to, as U+FFFD).
 */
export function escapeControls(text: string): string {
  return HAS_CONTROL.test(text) || !text.isWellFormed() ? text.replace(UNSAFE, escapeOne) : text;
}

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && (code < 0xdc80 || code > 0xdcff)) return '\ufffd';
  return `\\x${(code & 0xff).toString(16).toUpperCase().padStart(2, '0')}`;
}
