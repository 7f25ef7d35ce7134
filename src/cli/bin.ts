#!/usr/bin/env -S node --max-semi-space-size=8 --heap-growing-percent=30
// A young generation of 8 MB (V8's default is 16): peak memory stays near 130 MB rather than 150 MB, for about 5% of
// speed. An old generation let grow by 30% past what it kept at its last full collection: V8's own factor, up to 4x
// for a program that allocates as fast as this one, left 500 MB of `classify` at 118 to 142 MB where this keeps it
// at 101, and `summary --jobs 2` at 283 where this keeps it at 219, in the same time (README, Performance). The old
// generation holds little that lives (14 MB of a classify run), so full collections are short. `node bin.js` without
// the flags works the same.
import { main } from './main.js';

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
