// A model's state at the base commit against the pull request's: the reviewer's three questions
// (did this change break it, was it already broken, is it new) as one word.

export type Trend = 'introduced' | 'fixed' | 'pre-existing' | 'unchanged' | 'new-model' | 'removed-model';

/**
 * `failing` is whether a side fails under the gate's own rule; undefined means the model does not
 * exist on that side (not in that commit's config).
 */
export function trendOf(base: boolean | undefined, head: boolean | undefined): Trend {
  if (base === undefined) return 'new-model';
  if (head === undefined) return 'removed-model';
  if (head) return base ? 'pre-existing' : 'introduced';
  return base ? 'fixed' : 'unchanged';
}

/** What `--fail-on new-errors` fails on: what this change introduced, including new models that fail. */
export function failsAsNew(trend: Trend, headFailing: boolean): boolean {
  return trend === 'introduced' || (trend === 'new-model' && headFailing);
}
