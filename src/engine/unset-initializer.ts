// The initializer of variables about to be overwritten from the weights file. Zeros would fill (and
// page in) every byte of a model's variables only for setWeights to replace them a moment later: a
// second copy of the weights' size and, on the WASM backend, about 0.4 s per GB. This one asks the
// WASM backend for heap storage without writing it, as `tf.tensor` does minus the copy. Only layers
// whose every variable is assigned get it (prepareInitializers), so no unset value survives loading.
import type { Tf } from './engine-types.js';

export const UNSET_INITIALIZER = 'WeightgateUnset';

const MARK = Symbol.for('weightgate.unset-initializer.registered');

type Tensor = ReturnType<Tf['tensor']>;
type Backend = { write(values: null, shape: number[], dtype: string): object };
type Engine = { backend: Backend; makeTensorFromDataId(dataId: object, shape: number[], dtype: string, backend: Backend): Tensor };

type InitializerClass = new () => { apply(shape: number[], dtype?: string): Tensor; getConfig(): object };

/** Registers the class with this TF.js build, once. */
export function registerUnsetInitializer(tf: Tf): void {
  const map = tf.serialization.SerializationMap.getMap().classNameMap as unknown as Record<string, [InitializerClass, unknown]> & Record<symbol, boolean>;
  if (map[MARK]) return;
  // tfjs-layers does not export its Initializer base; Zeros extends it directly.
  const zeros = map.Zeros;
  if (!zeros) throw new Error('this TF.js build registers no Zeros initializer');
  const Base = Object.getPrototypeOf(zeros[0]) as InitializerClass;
  class WeightgateUnset extends Base {
    static className = UNSET_INITIALIZER;

    override apply(shape: number[], dtype = 'float32'): Tensor {
      // Some initializers compute on what this returns (LSTM's unit_forget_bias concatenates), so
      // the storage must be readable. The WASM backend's is (heap memory, overwritten later); the
      // CPU backend would hold null, and its zeros are a lazily paged typed array anyway; tfjs-node
      // creates its tensors lazily from JS values, so it gets zeros too.
      if (tf.getBackend() !== 'wasm') return tf.zeros(shape, dtype as 'float32');
      const engine = tf.engine() as unknown as Engine;
      const backend = engine.backend;
      return engine.makeTensorFromDataId(backend.write(null, shape, dtype), shape, dtype, backend);
    }

    override getConfig(): object {
      return {};
    }
  }
  tf.serialization.registerClass(WeightgateUnset as never);
  map[MARK] = true;
}
