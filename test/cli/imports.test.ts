/**
 * No import circle anywhere under src/: the CLI's commands take their IO type and
 * defaults from modules that import no command (`src/cli/io.ts`, `src/settings.ts`), and
 * this keeps it so for every module. Type-only and dynamic imports count: a circle of
 * types is still a circle for a reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/** Each module's relative imports, as paths below src/. */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  );
  const known = new Set(files.map((f) => path.normalize(f)));
  const graph = new Map<string, string[]>();
  for (const file of known) {
    const text = readFileSync(path.join(SRC, file), 'utf8');
    const specifiers = [
      ...text.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g),
      ...text.matchAll(/\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g),
    ].map((m) => m[1] ?? '');
    const targets = specifiers
      .map((s) => path.normalize(path.join(path.dirname(file), s.replace(/\.js$/, '.ts'))))
      .filter((t) => known.has(t));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every circle found by a depth-first walk, each as `a → b → a`. */
function circles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        found.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('imports under src/', () => {
  it('form no circle', () => {
    const graph = importGraph();
    // The walk sees the CLI's modules, so an empty result is not an empty graph.
    expect(graph.get(path.normalize('commands/sync.ts'))).toContain(path.normalize('cli/io.ts'));
    expect(circles(graph)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['cli.ts', ['commands/a.ts']],
      ['commands/a.ts', ['cli.ts']],
    ]);
    expect(circles(graph)).toEqual(['cli.ts → commands/a.ts → cli.ts']);
  });
});
