import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour is data: the CLI decides once whether colour is on and hands a Palette down.
 * Sinks never ask whether stdout is a terminal.
 */
export interface Palette {
  readonly enabled: boolean;
  /** A whole diegetic record: bold blue, as in the pattern's original illustration. */
  diegetic(text: string): string;
  narrator(text: string): string;
  subject(text: string): string;
  status(text: string): string;
  negative(text: string): string;
  /** Unparsed lines and secondary text. */
  dim(text: string): string;
  heading(text: string): string;
}

export function createPalette(enabled: boolean): Palette {
  const c: ChalkInstance = new Chalk({ level: enabled ? 1 : 0 });
  return {
    enabled,
    diegetic: (t) => c.bold.blue(t),
    narrator: (t) => c.bold.cyan(t),
    subject: (t) => c.bold.magenta(t),
    status: (t) => c.bold.green(t),
    negative: (t) => c.bold.red(t),
    dim: (t) => c.dim(t),
    heading: (t) => c.bold.underline(t),
  };
}
