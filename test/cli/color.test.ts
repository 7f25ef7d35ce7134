import { resolveColor } from '../../src/cli/color.js';

describe('resolveColor', () => {
  it.each([
    ['always', {}, false, true],
    ['never', { FORCE_COLOR: '1' }, true, false],
    ['auto', {}, true, true],
    ['auto', {}, false, false],
    ['auto', { NO_COLOR: '1' }, true, false],
    ['auto', { NO_COLOR: '' }, true, true],
    ['auto', { FORCE_COLOR: '1' }, false, true],
    ['auto', { FORCE_COLOR: '0' }, true, false],
    ['auto', { FORCE_COLOR: 'false' }, true, false],
  ] as const)('--color %s with env %j, terminal=%s -> %s', (choice, env, terminal, expected) => {
    expect(resolveColor(choice, env, terminal)).toBe(expected);
  });
});
