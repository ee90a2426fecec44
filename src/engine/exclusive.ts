// tfjs' active backend is process-wide state: engine selection and smoke runs take turns, so a run on
// one engine never has the backend switched under it by another.
let tail: Promise<unknown> = Promise.resolve();

export function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  const run = tail.then(fn, fn);
  tail = run.catch(() => undefined);
  return run;
}
