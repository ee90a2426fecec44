// How Python prints a value, where weightgate quotes Keras (which prints numpy shapes as tuples).

/** `(3, 3, 1, 32)`, `(32,)`, `()`, with `None` for open dims. */
export function pyShape(shape: readonly (number | null)[]): string {
  const dims = shape.map((d) => (d === null ? 'None' : String(d)));
  if (dims.length === 1) return `(${dims[0]},)`;
  return `(${dims.join(', ')})`;
}
