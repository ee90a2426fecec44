// Grouping into a Map of lists in place: copying the list per item ([...old, v]) makes grouping n items
// quadratic, which a hostile file with thousands of same-named layers turns into minutes.

export function pushTo<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) for (const v of values) list.push(v);
  else map.set(key, values);
}
