export type ColorChoice = 'auto' | 'always' | 'never';

/**
 * Decides once whether output is coloured. `always`/`never` win; under `auto`, NO_COLOR (any non-empty value)
 * turns colour off, FORCE_COLOR turns it on (unless "0" or "false"), and otherwise colour follows the terminal.
 */
export function resolveColor(choice: ColorChoice, env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  if (choice === 'always') return true;
  if (choice === 'never') return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return isTerminal;
}
