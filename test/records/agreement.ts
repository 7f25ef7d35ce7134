/** Compares a parser with the parser of record line by line, counting the lines the parser of record reads. */
export function agreement<T>(ofRecord: (line: string) => T | null, other: (line: string) => unknown): { same(line: string): void; share(): number; tried(): number } {
  let parsed = 0;
  let tried = 0;
  return {
    same(line: string): void {
      const expected = ofRecord(line);
      tried++;
      if (expected !== null) parsed++;
      expect(other(line)).toEqual(expected);
    },
    /** The share of the lines tried that the parser of record read. */
    share: () => parsed / tried,
    tried: () => tried,
  };
}
