// The benchmarks: `npm run bench`, or some of them by name: `npm run bench -- coldstart`.
// Each prints its own figures; none asserts a time.
// The cold start measures the built bundle: run `npm run build` first if src/ changed.
import { benchColdStart } from './coldstart.js';
import { benchSync } from './sync.js';
import { benchValidate } from './validate.js';
import { benchVerifyBeforeWrite } from './verify.js';

const benches: Record<string, () => void | Promise<void>> = {
  validate: benchValidate,
  sync: benchSync,
  coldstart: benchColdStart,
  verify: benchVerifyBeforeWrite,
};
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`bench: unknown ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
const names = asked.length > 0 ? asked : Object.keys(benches);
for (const [i, name] of names.entries()) {
  if (i > 0) console.log();
  await benches[name]?.();
}
