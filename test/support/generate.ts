/**
 * Generated audience files, for the benchmark and for the tests that need more YAML than
 * fixtures hold (the parallel loader only starts above a megabyte). Deterministic: the
 * same arguments always give the same text.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const CITIES = ['Berlin', 'Hamburg', 'Munich', 'Vienna', 'Zurich', 'London', 'Amsterdam'];
const INTERESTS = ['AI', 'content marketing', 'SEO', 'e-commerce', 'HR tech', 'sustainability'];

/** A small deterministic generator, so every run sees the same documents. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The name of generated audience `i`. */
export function generatedName(i: number): string {
  return `Generated audience ${String(i).padStart(5, '0')}`;
}

function document(i: number, next: () => number): string {
  // Whole percentages keep the sum within the loader's 1e-9 tolerance of 1.
  const nonBinary = 1 + Math.floor(next() * 5);
  const preferNotToSay = 1 + Math.floor(next() * 3);
  const female = 30 + Math.floor(next() * 40);
  const male = 100 - female - nonBinary - preferNotToSay;
  const minAge = 18 + Math.floor(next() * 20);
  const pick = (list: string[]) => list[Math.floor(next() * list.length)] ?? list[0];
  return [
    `name: ${generatedName(i)}`,
    `residence: ${pick(CITIES)}`,
    'country: DE',
    'nativeLanguage: de',
    `minAge: ${minAge}`,
    `maxAge: ${minAge + 10 + Math.floor(next() * 30)}`,
    `genderDistribution: { female: ${female / 100}, male: ${male / 100}, nonBinary: ${nonBinary / 100}, preferNotToSay: ${preferNotToSay / 100} }`,
    'interests:',
    `  - ${pick(INTERESTS)}`,
    `  - ${pick(INTERESTS)} trends`,
    `needs: [more reach, less manual work]`,
    `painPoints: [tight budgets]`,
    'shared: true',
    '',
  ].join('\n');
}

/** The file name of generated file `f`. */
export function generatedFile(f: number): string {
  return `audience-${String(f).padStart(5, '0')}.yml`;
}

/**
 * `files` files of `perFile` valid audiences each, as name → text, in file order. Each
 * file starts with the editor's schema comment, as `export` writes it.
 */
export function generateAudienceFiles(files: number, perFile: number): Map<string, string> {
  const next = random(42);
  const header = '# yaml-language-server: $schema=../src/schema/audience.schema.json\n';
  const out = new Map<string, string>();
  for (let f = 0; f < files; f++) {
    const docs: string[] = [];
    for (let d = 0; d < perFile; d++) docs.push(document(f * perFile + d, next));
    out.set(generatedFile(f), header + docs.join('---\n'));
  }
  return out;
}

/** Writes `generateAudienceFiles(files, perFile)` into `dir`. */
export async function writeAudienceFiles(
  dir: string,
  files: number,
  perFile: number,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of generateAudienceFiles(files, perFile)) {
    await writeFile(path.join(dir, name), text);
  }
}

/** Generated files with two defects in the last one, and where they are. */
export interface DefectiveSet {
  files: Map<string, string>;
  lastFile: string;
  /** The line of the repeated name (column 7). */
  duplicateLine: number;
  /** The line of the misspelt key `intrests` (column 1). */
  typoLine: number;
}

/**
 * `generateAudienceFiles`, with two more audiences at the end of the last file: the
 * first file's first audience again (a name used twice, across the whole set), and a
 * copy of it with `interests` misspelt.
 */
export function generateWithDefects(files: number, perFile: number): DefectiveSet {
  const set = generateAudienceFiles(files, perFile);
  const lastFile = generatedFile(files - 1);
  const first = (set.get(generatedFile(0)) ?? '').replace(/^# .*\n/, '').split('---\n')[0] ?? '';
  const misspelt = first
    .replace(`name: ${generatedName(0)}`, 'name: Spelling test')
    .replace('interests:', 'intrests:');
  const last = `${set.get(lastFile) ?? ''}---\n${first}---\n${misspelt}`;
  set.set(lastFile, last);
  const lines = last.split('\n');
  return {
    files: set,
    lastFile,
    duplicateLine: lines.lastIndexOf(`name: ${generatedName(0)}`) + 1,
    typoLine: lines.indexOf('intrests:') + 1,
  };
}
