import fc from 'fast-check';
import { parseId } from '../../src/records/record-builder.js';

describe('parseId', () => {
  it.each([
    ['2968', 2968],
    ['0x0B98', 2968],
    ['0X0b98', 2968],
    ['007', 7],
    ['', null],
    ['12a', null],
    ['-1', null],
    ['1.0', null],
    ['1e3', null],
    ['0x', null],
    // parseId reads decimal first and turns to hex at a '0' followed by a non-digit, and only when that is an x.
    ['0', 0],
    ['0a5', null],
    ['00x1', null],
    ['x12', null],
    ['0x1G', 1], // as ever: parseInt reads the hex digits it can
    ['9007199254740991', 9007199254740991],
    ['9007199254740992', null],
  ])('%j -> %s', (text, value) => {
    expect(parseId(text)).toBe(value);
  });

  it('reads ids as the regexes did', () => {
    const byRegex = (text: string): number | null => {
      const value = /^0[xX]/.test(text) ? Number.parseInt(text.slice(2), 16) : /^\d+$/.test(text) ? Number(text) : NaN;
      return Number.isSafeInteger(value) ? value : null;
    };
    const id = fc.oneof(fc.stringMatching(/^\d{1,20}$/), fc.stringMatching(/^0[xX][0-9a-fA-Fg]{0,15}$/), fc.string({ unit: fc.constantFrom(...'0123456789xX .e-+'), maxLength: 8 }));
    fc.assert(fc.property(id, (text) => expect(parseId(text)).toBe(byRegex(text))), { numRuns: 5000 });
  });
});
