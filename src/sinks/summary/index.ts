/** The summary sink: aggregate records, merge aggregates, render them. */
export { createSummaryAggregator, type SummaryAggregator, type SummaryOptions } from './aggregate.js';
export { mergeSummaries } from './merge.js';
export { renderSummaryText, type SummaryTextOptions } from './text.js';
export { renderSummaryMarkdown, type SummaryMarkdownOptions } from './markdown.js';
export { renderSummaryJson } from './json.js';
export * from './types.js';
export { buildGraph, renderDot, renderMermaid, type Graph } from './graph.js';
export { templateOf } from './template.js';
