import { SeenKeys } from '../../src/input/seen-keys.js';

describe('SeenKeys', () => {
  it('tells a key seen before, by its low bits', () => {
    const seen = new SeenKeys(64);
    expect(seen.seenBefore(5)).toBe(false);
    expect(seen.seenBefore(5)).toBe(true);
    expect(seen.seenBefore(6)).toBe(false);
    // 69 and 5 share their six low bits.
    expect(seen.seenBefore(69)).toBe(true);
  });

  it('forgets every key once an eighth of its bits are set, so that one-off keys cannot make every key look seen', () => {
    const seen = new SeenKeys(64);
    for (let key = 0; key < 8; key++) expect(seen.seenBefore(key)).toBe(false);
    expect(seen.seenBefore(0)).toBe(true);
    // The ninth new key: everything before is forgotten, and it alone is noted.
    expect(seen.seenBefore(8)).toBe(false);
    expect(seen.seenBefore(0)).toBe(false);
    expect(seen.seenBefore(8)).toBe(true);
  });
});
