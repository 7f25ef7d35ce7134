/**
 * The values some options accept, which yargs checks while parsing: here rather than in their command's module, so that
 * main.ts can declare every command without loading any of them (it loads the one that runs).
 */

export const SUMMARY_OUTPUTS = ['text', 'markdown', 'json', 'html'] as const;
export type SummaryOutput = (typeof SUMMARY_OUTPUTS)[number];
export const GRAPH_LANGUAGES = ['dot', 'mermaid'] as const;
export type GraphLanguage = (typeof GRAPH_LANGUAGES)[number];
