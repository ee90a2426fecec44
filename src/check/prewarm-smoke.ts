// Starting the smoke worker's engine early (TF.js and its WASM backend take ~0.3 s to load), so that
// it loads while the files are read and diffed. Used by the CLI entry (`diff --smoke`) and by check.
import module from 'node:module';

/**
 * Start the smoke worker with `engine` (a preference, or the raw `--engine` text) loading, when the
 * smoke run would go to the worker: with an explicit wasm or cpu engine, or with auto when tfjs-node is not installed (tfjs-node runs in the
 * calling thread instead, see src/engine/smoke-host.ts, and a worker would be wasted).
 */
export function prewarmSmokeEngine(engine: string | undefined): void {
  if (engine !== 'auto' && engine !== 'wasm' && engine !== 'cpu') return;
  if (engine === 'auto') {
    try {
      module.createRequire(import.meta.url).resolve('@tensorflow/tfjs-node');
      return;
    } catch {
      // not installed: the smoke run goes to the worker
    }
  }
  import('../engine/smoke-host.js').then((m) => m.prewarmSmokeWorker(engine), () => undefined);
}
