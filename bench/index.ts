// The benchmarks: `npm run bench`. Each prints its own figures; none asserts a time.
// The cold start measures the committed bundle: run `npm run build` first if src/ changed.
import { benchColdStart } from './coldstart.js';
import { benchSync } from './sync.js';
import { benchValidate } from './validate.js';
import { benchVerifyBeforeWrite } from './verify.js';

await benchValidate();
console.log();
await benchSync();
console.log();
benchColdStart();
console.log();
await benchVerifyBeforeWrite();
