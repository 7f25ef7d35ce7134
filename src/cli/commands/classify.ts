import { EXIT_MATCHED } from '../../errors.js';
import { createNdjsonSink } from '../../sinks/ndjson.js';
import { exitCode, runPipeline, type CommandContext } from '../context.js';

/** `diegesis classify`: one JSON object per record (JSON Lines). */
export async function classifyCommand(ctx: CommandContext): Promise<number> {
  await runPipeline(ctx, createNdjsonSink(ctx.output));
  return exitCode(ctx, EXIT_MATCHED);
}
