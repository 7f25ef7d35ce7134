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
    diegetic: style(c.bold.blue),
    narrator: style(c.bold.cyan),
    subject: style(c.bold.magenta),
    status: style(c.bold.green),
    negative: style(c.bold.red),
    dim: style(c.dim),
    heading: style(c.bold.underline),
  };
}

/**
 * A chalk style as a function of one string, for `show`'s per-span calls. Chalk wraps text in its codes, after
 * re-opening codes the text already closes and closing them around line breaks; text with neither an escape character
 * nor a line break (nearly every span) is wrapped here directly, with the codes chalk itself puts around a marker.
 */
function style(builder: ChalkInstance): (text: string) => string {
  const [open, close] = builder('\u0000').split('\u0000');
  return (text) => (text.length === 0 || text.includes('\u001b') || text.includes('\n') ? builder(text) : open + text + close);
}
