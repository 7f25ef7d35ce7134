#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=30
// A young generation of 4 MB (V8's default is 16): with two workers, the main thread's young generation is what grows
// while they run, and at 8 MB `show --color always` of 2 GB peaked at 144 to 146 MiB, at 4 MB at 136 to 138 in the
// same time (27.0 and 28.4 s against 26.6 and 28.5, alternated); `classify` of 200 MB on one thread took 6.3 s either
// way, at 100 to 102 MiB against 109 to 111 (README, Performance). An old generation let grow by 30% past what it kept
// at its last full collection: V8's own factor, up to 4x for a program that allocates as fast as this one, left 500 MB
// of `classify` at 118 to 142 MB where this keeps it at 101, and `summary --jobs 2` at 283 where this keeps it at 219,
// in the same time. The old generation holds little that lives (14 MB of a classify run), so full collections are
// short. `node bin.js` without the flags works the same.
import { main } from './main.js';

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
