/** The summary as pretty JSON (schema: docs/summary-schema.md). Times stay as written; durations are in ms. */
import type { Summary } from './types.js';

export function renderSummaryJson(summary: Summary): string {
  return JSON.stringify(summary, null, 2) + '\n';
}
