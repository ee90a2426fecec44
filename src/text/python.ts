// How Python prints a value, where weightgate quotes Keras (which prints numpy shapes as tuples).

/** `(3, 3, 1, 32)`, `(32,)`, `()`, with `None` for open dims. */
export function pyShape(shape: readonly (number | null)[]): string {
  const dims = shape.map((d) => (d === null ? 'None' : String(d)));
  if (dims.length === 1) return `(${dims[0]},)`;
  return `(${dims.join(', ')})`;
}

/**
 * A config value as Python's `repr` prints it (`1e-05`, `0.001`, `True`, `None`, `'relu'`,
 * `(2, 2)` for a list), so a quoted value reads as the user's model code wrote it.
 */
export function pyValue(v: unknown, depth = 0): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return pyNumber(v);
  if (typeof v === 'string') return `'${v.length > 80 ? `${v.slice(0, 77)}...` : v}'`;
  if (depth > 3) return '...';
  if (Array.isArray(v)) {
    const items = (v as readonly unknown[]).slice(0, 8).map((x) => pyValue(x, depth + 1));
    if (v.length > 8) items.push('...');
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (typeof v === 'object') {
    const entries = Object.entries(v).slice(0, 6).map(([k, x]) => `'${k}': ${pyValue(x, depth + 1)}`);
    return `{${entries.join(', ')}${Object.keys(v).length > 6 ? ', ...' : ''}}`;
  }
  return 'None';
}

function pyNumber(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return String(x);
  const abs = Math.abs(x);
  if (abs < 1e-4 || abs >= 1e16) {
    // Python pads the exponent to two digits: 1e-05, 1.5e+16.
    return x.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  }
  return String(x);
}
