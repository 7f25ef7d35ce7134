import { EXIT_MATCHED } from '../../errors.js';
import { createSummaryAggregator } from '../../sinks/summary/aggregate.js';
import { renderSummaryJson } from '../../sinks/summary/json.js';
import { renderSummaryMarkdown } from '../../sinks/summary/markdown.js';
import { renderSummaryText } from '../../sinks/summary/text.js';
import type { Summary } from '../../sinks/summary/types.js';
import type { Palette } from '../../sinks/palette.js';
import { exitCode, runPipeline, type CommandContext } from '../context.js';

export const SUMMARY_OUTPUTS = ['text', 'markdown', 'json'] as const;
export type SummaryOutput = (typeof SUMMARY_OUTPUTS)[number];

/** `diegesis summary`: aggregates the whole run, then renders it once. */
export async function summaryCommand(ctx: CommandContext, output: SummaryOutput): Promise<number> {
  const aggregator = createSummaryAggregator();
  await runPipeline(ctx, {
    beginInput: (file, format) => aggregator.beginInput(file, format),
    record: (record, decision) => aggregator.record(record, decision),
    unparsed: (line) => aggregator.unparsed(line),
  });
  ctx.output.write(render(aggregator.result(), output, ctx.palette));
  await ctx.output.end();
  return exitCode(ctx, EXIT_MATCHED);
}

function render(summary: Summary, output: SummaryOutput, palette: Palette): string {
  switch (output) {
    case 'json':
      return renderSummaryJson(summary);
    case 'markdown':
      return renderSummaryMarkdown(summary);
    case 'text':
      return renderSummaryText(summary, palette);
  }
}
