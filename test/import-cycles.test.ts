/**
 * No two modules of src/ import each other, directly or through others (type imports included):
 * the code reads one way, as the layering rule in eslint.config.js does between folders. The
 * cycle, when there is one, is printed module by module.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** Each module's relative imports and re-exports (`from './x.ts'`), as absolute paths. */
function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)[^'"]*?from '(\.{1,2}\/[^']+)'/gm)]
      .map((m) => resolve(dirname(file), m[1]!))
      .filter((t) => known.has(t));
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, as module paths relative to src/. */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const stack: string[] = [];
  const onStack = new Set<string>();
  const done = new Set<string>();
  const visit = (file: string): void => {
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (onStack.has(next))
        found.push(
          [...stack.slice(stack.indexOf(next)), next].map((f) => relative(SRC, f)).join(' → '),
        );
      else if (!done.has(next)) visit(next);
    }
    stack.pop();
    onStack.delete(file);
    done.add(file);
  };
  for (const file of graph.keys()) if (!done.has(file)) visit(file);
  return found;
}

describe('imports', () => {
  const graph = importGraph(sourceFiles(SRC));

  it('reads the imports of the source files', () => {
    // A sanity check that the graph is not empty: the app imports the store.
    expect(graph.get(join(SRC, 'components/App.tsx'))).toContain(join(SRC, 'store/store.ts'));
  });

  it('has no cycle between modules', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const [a, b, c] = ['/x/a.ts', '/x/b.ts', '/x/c.ts'];
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, [a]],
        ]),
      ),
    ).toHaveLength(1);
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, []],
        ]),
      ),
    ).toEqual([]);
  });
});
