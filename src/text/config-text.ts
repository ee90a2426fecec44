// A value read from a config, shown as text: names and class names in messages come from files,
// and files come from pull requests.

/**
 * A name or class name from a config, as text. `String(v)` throws on `{"toString": 1}`, so anything
 * but a string, number or boolean is shown as (cut) JSON.
 */
export function asText(v: unknown, fallback: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return fallback;
  try {
    return JSON.stringify(v)?.slice(0, 200) ?? fallback;
  } catch {
    return fallback;
  }
}

/**
 * A value from a config, as (cut) JSON for an error message. Never throws: a value nested past what
 * JSON.stringify's recursion survives, or one holding a BigInt, is shown as a placeholder.
 */
export function jsonSnippet(v: unknown, max = 120): string {
  if (v === undefined) return 'undefined';
  try {
    const text = JSON.stringify(v);
    return text.length > max ? `${text.slice(0, max)}…` : text;
  } catch {
    return '(a value that cannot be shown)';
  }
}
