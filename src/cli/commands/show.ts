import { EXIT_MATCHED } from '../../errors.js';
import { createPrettySink } from '../../sinks/pretty.js';
import { exitCode, runPipeline, type CommandContext } from '../context.js';

/** `diegesis show`: every line, diegetic records highlighted; with `merge`, several files interleaved by time. */
export async function showCommand(ctx: CommandContext, options: { merge?: boolean } = {}): Promise<number> {
  await runPipeline(ctx, createPrettySink(ctx.output, { palette: ctx.palette, escape: ctx.escape }), options);
  return exitCode(ctx, EXIT_MATCHED);
}
