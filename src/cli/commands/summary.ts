import { DiegesisError, EXIT_MATCHED } from '../../errors.js';
import { renderSummaryHtml } from '../../sinks/html/page.js';
import { createSummaryAggregator } from '../../sinks/summary/aggregate.js';
import { buildGraph, renderDot, renderMermaid } from '../../sinks/summary/graph.js';
import { renderSummaryJson } from '../../sinks/summary/json.js';
import { renderSummaryMarkdown } from '../../sinks/summary/markdown.js';
import { renderSummaryText } from '../../sinks/summary/text.js';
import type { Summary } from '../../sinks/summary/types.js';
import type { Palette } from '../../sinks/palette.js';
import { exitCode, runPipeline, type CommandContext } from '../context.js';
import type { GraphLanguage, SummaryOutput } from './choices.js';


export interface SummaryArgs {
  readonly output: SummaryOutput;
  /** Print only the narrator -> subject graph in this language. */
  readonly graph?: GraphLanguage;
  /** The gap threshold as given ("2s", "500ms"), or undefined to derive it from the trace. */
  readonly gap?: string;
}

/** `diegesis summary`: aggregates the whole run (several inputs merged by time), then renders it once. */
export async function summaryCommand(ctx: CommandContext, args: SummaryArgs): Promise<number> {
  const gapMs = args.gap === undefined ? null : parseDuration('--gap', args.gap);
  const aggregator = createSummaryAggregator({ gapMs });
  // The aggregator is the sink: with --jobs, workers aggregate parts of a file and it absorbs their summaries.
  await runPipeline(ctx, aggregator, { merge: true, progress: true });
  const summary = aggregator.result();
  ctx.output.write(args.graph === undefined ? render(summary, args.output, ctx.palette) : graph(summary, args.graph));
  await ctx.output.end();
  return exitCode(ctx, EXIT_MATCHED);
}

function render(summary: Summary, output: SummaryOutput, palette: Palette): string {
  switch (output) {
    case 'json':
      return renderSummaryJson(summary);
    case 'markdown':
      return renderSummaryMarkdown(summary);
    case 'html':
      return renderSummaryHtml(summary);
    case 'text':
      return renderSummaryText(summary, palette);
  }
}

function graph(summary: Summary, language: GraphLanguage): string {
  const model = buildGraph(summary);
  return language === 'dot' ? renderDot(model) : renderMermaid(model);
}

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** "2s", "500ms", "1.5m", "1h" -> milliseconds; a duration that is not positive ("0s", "-5s") is refused. */
export function parseDuration(option: string, text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|m|h|d)\s*$/.exec(text);
  if (match === null || Number(match[1]) <= 0) {
    throw new DiegesisError(`${option} "${text}" is not a positive duration (expected a number and a unit, e.g. 2s, 500ms, 5m, 1h)`);
  }
  return Math.round(Number(match[1]) * UNITS[match[2]]);
}
