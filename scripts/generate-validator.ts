/**
 * Generates `src/schema/audience.validate.js`: the audience schema compiled ahead of time
 * by ajv's standalone mode, so the Action does not load and run the ajv compiler at
 * every start (about 60 ms of a cold start). The schema file stays the one source of
 * truth: `npm run generate` rewrites the output, and a test fails when it is stale.
 *
 *   npx tsx scripts/generate-validator.ts          writes the file
 *   npx tsx scripts/generate-validator.ts --check  exits 1 if the file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import schema from '../src/schema/audience.schema.json' with { type: 'json' };

export const VALIDATOR_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../src/schema/audience.validate.js',
);

/** ajv's standalone output would `require` this helper, which an ES module cannot. */
const UCS2_LENGTH = 'require("ajv/dist/runtime/ucs2length").default';
/** The same count (code points, surrogate pairs as one), without the runtime import. */
const UCS2_LENGTH_INLINE = '((s) => { let n = 0; for (const _ of s) n++; return n; })';

/** The generated module's text. Deterministic for a given schema and ajv version. */
export function generateValidatorSource(): string {
  // The same options the validator always used: every error, with the offending value
  // and sub-schema on it, which the message builder reads.
  const ajv = new Ajv({ allErrors: true, verbose: true, code: { source: true, esm: true } });
  const validate = ajv.compile(schema);
  // ajv is CommonJS: under Node's ESM interop its default export arrives one level down.
  type Standalone = typeof standaloneModule.default;
  const interop = standaloneModule as unknown as { default: Standalone | { default: Standalone } };
  const standalone = 'default' in interop.default ? interop.default.default : interop.default;
  const code = standalone(ajv, validate);
  if (/require\(/.test(code.replaceAll(UCS2_LENGTH, ''))) {
    throw new Error(
      'generate-validator: the standalone code requires a runtime helper it cannot inline',
    );
  }
  return `// Generated from audience.schema.json by scripts/generate-validator.ts: do not edit.\n// Run \`npm run generate\` after changing the schema.\n${code.replaceAll(UCS2_LENGTH, UCS2_LENGTH_INLINE)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const source = generateValidatorSource();
  if (process.argv.includes('--check')) {
    const current = readFileSync(VALIDATOR_PATH, 'utf8');
    if (current !== source) {
      process.stderr.write('src/schema/audience.validate.js is stale: run `npm run generate`\n');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(VALIDATOR_PATH, source);
    process.stdout.write(`wrote ${path.relative(process.cwd(), VALIDATOR_PATH)}\n`);
  }
}
