// Whether a config's model reference is a download (kept apart from expand.ts so that `check`'s
// runner needs neither the YAML parser nor the glob library to ask).
const REMOTE = /^(https?|gh|gh-release):\/\//i;

export function isRemote(ref: string): boolean {
  return REMOTE.test(ref);
}
