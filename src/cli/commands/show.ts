import { EXIT_MATCHED } from '../../errors.js';
import { createPrettySink } from '../../sinks/pretty.js';
import { exitCode, runPipeline, type CommandContext } from '../context.js';

/** `diegesis show`: every line, diegetic records highlighted. */
export async function showCommand(ctx: CommandContext): Promise<number> {
  await runPipeline(ctx, createPrettySink(ctx.output, { palette: ctx.palette, escape: ctx.escape }));
  return exitCode(ctx, EXIT_MATCHED);
}
