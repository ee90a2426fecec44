// Keras' Normalization preprocessing layer (no tfjs-layers class). Keras 3 / tf.keras:
//   y = (x − mean) / max(sqrt(variance), 1e-7)        invert=True: y = mean + x · max(sqrt(variance), 1e-7)
// mean and variance are kept over `axis` (default −1; null keeps no axis: one scalar each) and
// broadcast over the rest. When the config gives no mean/variance they are the variables `adapt()`
// filled, in Keras' order mean, variance, count (all non-trainable; count is the adapt sample count,
// unused here but part of the saved state); otherwise they are constants and there are no variables.
import type { LayerVariable } from '@tensorflow/tfjs-layers/dist/variables.js';
import { initializerOf, inputAt, oneShape, type ConfigDict, type Kwargs, type Shape, type Tensor, type TfApi } from './tfjs-api.js';

/** Keras `backend.epsilon()`. */
const EPSILON = 1e-7;

export interface NormalizationArgs {
  axis?: number | number[] | null;
  mean?: number | number[] | null;
  variance?: number | number[] | null;
  invert?: boolean;
  name?: string;
  [key: string]: unknown;
}

function axisList(axis: NormalizationArgs['axis']): number[] {
  if (axis === null) return [];
  if (axis === undefined) return [-1];
  return typeof axis === 'number' ? [axis] : [...axis];
}

export function normalizationClass(tf: TfApi) {
  class Normalization extends tf.layers.Layer {
    static className = 'Normalization';
    readonly axis: number[];
    readonly axisWasNull: boolean;
    readonly invert: boolean;
    readonly inputMean: number | number[] | null;
    readonly inputVariance: number | number[] | null;
    private broadcastShape: number[] = [];
    private meanVar?: LayerVariable;
    private varianceVar?: LayerVariable;

    constructor(args: NormalizationArgs) {
      super(args);
      this.axisWasNull = args.axis === null;
      this.axis = axisList(args.axis);
      this.invert = args.invert === true;
      this.inputMean = args.mean ?? null;
      this.inputVariance = args.variance ?? null;
      if ((this.inputMean === null) !== (this.inputVariance === null)) {
        throw new Error(`Normalization '${this.name}': mean and variance must be given together (Keras refuses one without the other)`);
      }
      this.supportsMasking = true;
    }

    override build(inputShape: Shape | Shape[]): void {
      const shape = oneShape(inputShape);
      const ndim = shape.length;
      const keep = this.axis.map((a) => (a < 0 ? a + ndim : a)).sort((a, b) => a - b);
      if (keep.some((a) => a < 0 || a >= ndim)) throw new Error(`Normalization '${this.name}': axis ${JSON.stringify(this.axis)} is out of range for rank-${ndim} inputs`);
      if (keep.some((a) => shape[a] === null)) throw new Error(`Normalization '${this.name}': the kept axes ${JSON.stringify(keep)} of input shape ${JSON.stringify(shape)} must be known`);
      this.broadcastShape = shape.map((d, i) => (keep.includes(i) ? Number(d) : 1));
      if (this.inputMean === null) {
        const stats = keep.map((a) => Number(shape[a]));
        const zeros = initializerOf(tf, 'zeros', 'zeros');
        this.meanVar = this.addWeight('mean', stats, 'float32', zeros, undefined, false);
        this.varianceVar = this.addWeight('variance', stats, 'float32', initializerOf(tf, 'ones', 'ones'), undefined, false);
        this.addWeight('count', [], 'int32', zeros, undefined, false);
      }
      this.built = true;
    }

    override call(inputs: Tensor | Tensor[], _kwargs: Kwargs): Tensor {
      return tf.tidy(() => {
        let x = Array.isArray(inputs) ? inputAt(inputs, 0, `Normalization '${this.name}'`) : inputs;
        if (x.dtype !== 'float32') x = tf.cast(x, 'float32');
        const [mean, variance] = this.statistics();
        const std = tf.maximum(tf.sqrt(variance), EPSILON);
        return this.invert ? tf.add(mean, tf.mul(x, std)) : tf.div(tf.sub(x, mean), std);
      });
    }

    /** The mean and variance: the adapted variables, or the constants the config gives (one or the other, see build). */
    private statistics(): [Tensor, Tensor] {
      if (this.meanVar && this.varianceVar) {
        return [tf.reshape(this.meanVar.read(), this.broadcastShape), tf.reshape(this.varianceVar.read(), this.broadcastShape)];
      }
      if (this.inputMean === null || this.inputVariance === null) throw new Error(`Normalization '${this.name}' was called before it was built`);
      return [this.constant(this.inputMean), this.constant(this.inputVariance)];
    }

    private constant(v: number | number[]): Tensor {
      const t = tf.tensor(v, undefined, 'float32');
      const size = this.broadcastShape.reduce((a, b) => a * b, 1);
      // One value per kept position lands on the kept axes; a single value broadcasts everywhere.
      return t.size === size ? tf.reshape(t, this.broadcastShape) : tf.broadcastTo(tf.reshape(t, []), this.broadcastShape);
    }

    override getConfig(): ConfigDict {
      return {
        ...super.getConfig(),
        axis: this.axisWasNull ? null : this.axis,
        mean: this.inputMean,
        variance: this.inputVariance,
        invert: this.invert,
      };
    }
  }
  return Normalization;
}
