// Reading JSON that came from a file or the network. Such JSON is `unknown` until a check says
// otherwise: these accessors are the only way into it, so the compiler makes every read of file
// data test what it got (a hostile config can put an array where a layer config belongs, or
// `{"toString": 1}` where a name belongs).

/** A JSON object whose values have not been checked yet. */
export type JsonObject = { readonly [key: string]: unknown };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `o[key]` when it is an object. */
export function objectAt(o: unknown, key: string): JsonObject | undefined {
  const v = isObject(o) ? o[key] : undefined;
  return isObject(v) ? v : undefined;
}

/** `o[key]` when it is a string. */
export function stringAt(o: unknown, key: string): string | undefined {
  const v = isObject(o) ? o[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** `o[key]` when it is a finite number. */
export function numberAt(o: unknown, key: string): number | undefined {
  const v = isObject(o) ? o[key] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** `o[key]` when it is an array (its items still unchecked). */
export function arrayAt(o: unknown, key: string): readonly unknown[] | undefined {
  const v = isObject(o) ? o[key] : undefined;
  return Array.isArray(v) ? (v as readonly unknown[]) : undefined;
}

/** The value at a path of keys and indices, or undefined as soon as a step does not exist. */
export function valueAt(v: unknown, ...path: readonly (string | number)[]): unknown {
  let cur = v;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = (cur as readonly unknown[])[step];
    } else {
      if (!isObject(cur)) return undefined;
      cur = cur[step];
    }
  }
  return cur;
}

/** Every item that is an object; anything else in the array is dropped. */
export function objectsIn(v: unknown): JsonObject[] {
  return Array.isArray(v) ? (v as readonly unknown[]).filter(isObject) : [];
}
