// The README's picture of the layers is what the imports say: this test reads the order from the
// README itself, so the picture and the code cannot drift apart.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');

/** `a → b → c, d`: a list of ranks; folders sharing a rank (`c, d`) may not import each other. */
function readmeOrder(): Map<string, number> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const line = /^Data flows one way: `([^`]+)`/m.exec(readme);
  assert.ok(line?.[1], 'README.md has a line "Data flows one way: `a → b → …`"');
  const rank = new Map<string, number>();
  line[1].split('→').forEach((step, i) => {
    for (const folder of step.split(',')) rank.set(folder.trim(), i);
  });
  return rank;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The top folder under src/ a file belongs to (`index.ts` at the top is the package entry). */
function folderOf(file: string): string {
  const rel = path.relative(src, file).split(path.sep);
  return rel.length === 1 ? '(entry)' : (rel[0] ?? '');
}

test('every import goes from a layer to one on its left in the README\'s picture', () => {
  const rank = readmeOrder();
  const files = sourceFiles(src);
  const folders = new Set(files.map(folderOf));
  folders.delete('(entry)');
  assert.deepEqual([...folders].filter((f) => !rank.has(f)), [], 'every folder of src/ is in the README\'s picture');
  const wrong: string[] = [];
  for (const file of files) {
    const from = folderOf(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const resolved = path.resolve(path.dirname(file), m[1] ?? '');
      // Data files outside src/ (the config's JSON Schema) are not a layer.
      if (path.relative(src, resolved).startsWith('..')) continue;
      const target = folderOf(resolved);
      if (from === '(entry)' || target === from) continue;
      const a = rank.get(from);
      const b = rank.get(target);
      if (a === undefined || b === undefined || b >= a) wrong.push(`${path.relative(root, file)} imports ${m[1]} (${from} → ${target})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('file names are distinct across src/ (index.ts barrels aside)', () => {
  const byName = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const name = path.basename(file);
    if (name === 'index.ts') continue;
    byName.set(name, [...(byName.get(name) ?? []), path.relative(root, file)]);
  }
  assert.deepEqual([...byName.values()].filter((paths) => paths.length > 1), []);
});

test('the layering rule would catch an import to the right', () => {
  // The check above is only worth something if it can fail: an import from sources into model
  // (right of it) is ranked as wrong by the same order.
  const rank = readmeOrder();
  assert.ok((rank.get('sources') ?? 0) < (rank.get('model') ?? 0));
  assert.ok((rank.get('report') ?? 0) > (rank.get('diff') ?? 0));
});
