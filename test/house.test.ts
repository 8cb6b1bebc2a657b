/**
 * No module under src/ grows past 500 lines: past that a file holds several jobs, and the
 * next change has to read them all. A file that outgrows it is split along its seams.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const MAX_LINES = 500;

/** Lines as `wc -l` counts them: a final newline ends the last line, it starts none. */
function lineCount(text: string): number {
  if (text === '') return 0;
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** `path (n lines)` for each file over `max`, longest first. */
function offenders(files: ReadonlyMap<string, string>, max: number): string[] {
  return [...files]
    .map(([file, text]) => ({ file, lines: lineCount(text) }))
    .filter((f) => f.lines > max)
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file))
    .map((f) => `${f.file} (${f.lines} lines)`);
}

/** Every .ts file under src/, by its path below src/ with forward slashes. */
function sources(): Map<string, string> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  );
  return new Map(
    files.map((f) => [f.split(path.sep).join('/'), readFileSync(path.join(SRC, f), 'utf8')]),
  );
}

describe('modules under src/', () => {
  it(`have at most ${MAX_LINES} lines each`, () => {
    const files = sources();
    // The walk reaches nested modules, so an empty result is not an empty walk.
    expect(files.has('neuroflash/http.ts')).toBe(true);
    expect(files.has('report/markdown.ts')).toBe(true);
    expect(offenders(files, MAX_LINES)).toEqual([]);
  });

  it('names each file over the limit, with its length', () => {
    const files = new Map([
      ['a.ts', 'x\n'.repeat(500)],
      ['b/c.ts', 'x\n'.repeat(501)],
      ['d.ts', `${'x\n'.repeat(600)}x`],
    ]);
    expect(offenders(files, MAX_LINES)).toEqual(['d.ts (601 lines)', 'b/c.ts (501 lines)']);
  });
});
