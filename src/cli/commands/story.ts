import { DiegesisError, EXIT_MATCHED, EXIT_NO_MATCH } from '../../errors.js';
import { createStorySink } from '../../sinks/story.js';
import { exitCode, runPipeline, type CommandContext } from '../context.js';

export interface StoryArgs {
  readonly name: string;
  readonly withOwn?: boolean;
}

/** `diegesis story NAME`: what others said about NAME, in time order (several inputs merged by time). */
export async function storyCommand(ctx: CommandContext, args: StoryArgs): Promise<number> {
  // No message reports on a blank name: it is a slip on the command line (an unset shell variable), not a story.
  if (args.name.trim() === '') throw new DiegesisError(`story wants a component name, got "${args.name}" (see diegesis --help)`);
  const sink = createStorySink(ctx.output, { name: args.name, withOwn: args.withOwn === true, palette: ctx.palette });
  await runPipeline(ctx, sink, { merge: true });
  return exitCode(ctx, sink.reports > 0 ? EXIT_MATCHED : EXIT_NO_MATCH);
}
