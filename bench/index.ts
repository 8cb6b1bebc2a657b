// The benchmarks: `npm run bench`. Each prints its own figures; none asserts a time.
import { benchValidate } from './validate.js';

await benchValidate();
