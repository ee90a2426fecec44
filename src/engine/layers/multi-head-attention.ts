// Keras MultiHeadAttention (tfjs-layers has one in its source tree, but its npm bundle never
// registers it). Called on [query, value] or [query, value, key]; key defaults to value.
//
// Keras 3 `MultiHeadAttention`, with its EinsumDense sub-layers:
//   q, k, v = einsum('btd,dnh->btnh', x, W) + b     (kernels (dim, heads, size), biases (heads, size))
//   q /= sqrt(key_dim);  a = softmax(einsum('bsnh,btnh->bnts', k, q)) over the keys
//   o = einsum('bnts,bsnh->btnh', a, v);  y = einsum('btnh,nhd->btd', o, W_o) + b_o
// Variables in Keras' order: query kernel/bias, key kernel/bias, value kernel/bias,
// attention_output kernel/bias, named `<layer>/query/kernel` … as Keras scopes them.
// Inputs of higher rank attend over all their inner axes at once (Keras' default attention_axes),
// which is attention over the flattened positions. Dropout acts only in training.
import type { Initializer } from '@tensorflow/tfjs-layers/dist/initializers.js';
import type { LayerVariable } from '@tensorflow/tfjs-layers/dist/variables.js';
import { initializerOf, inputAt, serializeInitializer, shapeList, type ConfigDict, type Kwargs, type Shape, type Tensor, type TfApi } from './tfjs-api.js';

export interface MultiHeadAttentionArgs {
  numHeads: number;
  keyDim: number;
  valueDim?: number | null;
  dropout?: number;
  useBias?: boolean;
  outputShape?: number | number[] | null;
  attentionAxes?: number | number[] | null;
  /** Carried into the config from Keras' call argument, since TF.js does not pass node arguments at predict time. */
  useCausalMask?: boolean;
  kernelInitializer?: unknown;
  biasInitializer?: unknown;
  name?: string;
  trainable?: boolean;
  [key: string]: unknown;
}

interface Projection {
  kernel: LayerVariable;
  bias?: LayerVariable;
}

/** The attention axes of a rank-`rank` input: all but batch and features, unless the config says otherwise. */
function checkAttentionAxes(axes: number | number[] | null | undefined, rank: number, layer: string): void {
  if (axes === null || axes === undefined) return;
  const list = (typeof axes === 'number' ? [axes] : axes).map((a) => (a < 0 ? a + rank : a));
  const all = Array.from({ length: rank - 2 }, (_, i) => i + 1);
  if (list.length !== all.length || !list.every((a, i) => a === all[i])) {
    throw new Error(`MultiHeadAttention '${layer}': attention_axes ${JSON.stringify(axes)} on rank-${rank} inputs (attention over some inner axes only) is not supported`);
  }
}

export function multiHeadAttentionClass(tf: TfApi) {
  class MultiHeadAttention extends tf.layers.Layer {
    static className = 'MultiHeadAttention';
    readonly numHeads: number;
    readonly keyDim: number;
    readonly valueDim: number;
    readonly dropout: number;
    readonly useBias: boolean;
    readonly outputDim: number | null;
    readonly attentionAxes: number | number[] | null;
    readonly useCausalMask: boolean;
    readonly kernelInitializer: Initializer;
    readonly biasInitializer: Initializer;
    private projections: Record<'query' | 'key' | 'value' | 'attention_output', Projection> | undefined;

    constructor(args: MultiHeadAttentionArgs) {
      super(args);
      this.numHeads = args.numHeads;
      this.keyDim = args.keyDim;
      this.valueDim = args.valueDim ?? args.keyDim;
      this.dropout = args.dropout ?? 0;
      this.useBias = args.useBias ?? true;
      const out = args.outputShape;
      if (Array.isArray(out) && out.length !== 1) throw new Error(`MultiHeadAttention '${this.name}': a multi-dimensional output_shape ${JSON.stringify(out)} is not supported`);
      this.outputDim = out === null || out === undefined ? null : Array.isArray(out) ? out[0] ?? null : out;
      this.attentionAxes = args.attentionAxes ?? null;
      this.useCausalMask = args.useCausalMask === true;
      this.kernelInitializer = initializerOf(tf, args.kernelInitializer, 'glorotUniform');
      this.biasInitializer = initializerOf(tf, args.biasInitializer, 'zeros');
      for (const [k, v] of [['num_heads', this.numHeads], ['key_dim', this.keyDim], ['value_dim', this.valueDim]] as const) {
        if (!Number.isInteger(v) || v <= 0) throw new Error(`MultiHeadAttention '${this.name}': ${k} must be a positive integer (got ${v})`);
      }
    }

    override build(inputShape: Shape | Shape[]): void {
      const shapes = shapeList(inputShape);
      const [query, value] = shapes;
      if (!query || !value) throw new Error(`MultiHeadAttention '${this.name}' needs query and value inputs`);
      const key = shapes[2] ?? value;
      checkAttentionAxes(this.attentionAxes, query.length, this.name);
      const last = (s: Shape) => Number(s[s.length - 1]);
      const project = (scope: string, kernel: number[], bias: number[]): Projection => ({
        kernel: this.addWeight(`${scope}/kernel`, kernel, 'float32', this.kernelInitializer, undefined, true),
        ...(this.useBias ? { bias: this.addWeight(`${scope}/bias`, bias, 'float32', this.biasInitializer, undefined, true) } : {}),
      });
      const out = this.outputDim ?? last(query);
      this.projections = {
        query: project('query', [last(query), this.numHeads, this.keyDim], [this.numHeads, this.keyDim]),
        key: project('key', [last(key), this.numHeads, this.keyDim], [this.numHeads, this.keyDim]),
        value: project('value', [last(value), this.numHeads, this.valueDim], [this.numHeads, this.valueDim]),
        attention_output: project('attention_output', [this.numHeads, this.valueDim, out], [out]),
      };
      this.built = true;
    }

    override computeOutputShape(inputShape: Shape | Shape[]): Shape {
      const query = inputAt(shapeList(inputShape), 0, `MultiHeadAttention '${this.name}'`);
      return [...query.slice(0, -1), this.outputDim ?? query.at(-1) ?? null];
    }

    /** (batch, …positions, dim) → (batch, heads, positions, size). */
    private heads(x: Tensor, p: Projection, size: number): Tensor {
      const what = `MultiHeadAttention '${this.name}' input`;
      const batch = inputAt(x.shape, 0, what);
      const dim = inputAt(x.shape, -1, what);
      const positions = x.shape.slice(1, -1).reduce((a, b) => a * b, 1);
      let y = tf.matMul(tf.reshape(x, [batch * positions, dim]), tf.reshape(p.kernel.read(), [dim, this.numHeads * size]));
      if (p.bias) y = tf.add(y, tf.reshape(p.bias.read(), [this.numHeads * size]));
      return tf.transpose(tf.reshape(y, [batch, positions, this.numHeads, size]), [0, 2, 1, 3]);
    }

    override call(inputs: Tensor | Tensor[], kwargs: Kwargs): Tensor {
      return tf.tidy(() => {
        const list = Array.isArray(inputs) ? inputs : [inputs];
        const [query, value] = list;
        const key = list[2] ?? value;
        if (!query || !value || !key) throw new Error(`MultiHeadAttention '${this.name}' needs query and value inputs`);
        // Keras derives an attention mask from Keras masks on the inputs; TF.js hands a layer only
        // its first input's mask, so a masked input cannot be honoured the way Keras does it.
        if (kwargs?.mask !== undefined && kwargs.mask !== null && (!Array.isArray(kwargs.mask) || kwargs.mask.some((m: unknown) => m != null))) {
          throw new Error(`MultiHeadAttention '${this.name}' received a Keras mask on its inputs, which weightgate's layer does not apply`);
        }
        const p = this.projections;
        if (!p) throw new Error(`MultiHeadAttention '${this.name}' was called before it was built`);
        const q = tf.mul(this.heads(query, p.query, this.keyDim), 1 / Math.sqrt(this.keyDim));
        const k = this.heads(key, p.key, this.keyDim);
        const v = this.heads(value, p.value, this.valueDim);
        let scores = tf.matMul(q, k, false, true); // (batch, heads, T, S)
        if (this.useCausalMask) {
          const t = inputAt(scores.shape, 2, 'attention scores');
          const s = inputAt(scores.shape, 3, 'attention scores');
          // Keras' causal mask: query i sees keys j <= i (a lower-triangular band), softmax adds −1e9 elsewhere.
          const allowed = tf.linalg.bandPart(tf.ones([t, s]), -1, 0);
          scores = tf.add(scores, tf.mul(tf.sub(1, allowed), -1e9));
        }
        let attention = tf.softmax(scores, -1);
        if (kwargs?.training === true && this.dropout > 0) attention = tf.dropout(attention, this.dropout);
        const o = tf.transpose(tf.matMul(attention, v), [0, 2, 1, 3]); // (batch, T, heads, size)
        const batch = inputAt(o.shape, 0, 'attention output');
        const positions = inputAt(o.shape, 1, 'attention output');
        const out = this.outputDim ?? inputAt(query.shape, -1, `MultiHeadAttention '${this.name}' query`);
        let y = tf.matMul(tf.reshape(o, [batch * positions, this.numHeads * this.valueDim]), tf.reshape(p.attention_output.kernel.read(), [this.numHeads * this.valueDim, out]));
        if (p.attention_output.bias) y = tf.add(y, p.attention_output.bias.read());
        return tf.reshape(y, [...query.shape.slice(0, -1), out]);
      });
    }

    override getConfig(): ConfigDict {
      return {
        ...super.getConfig(),
        numHeads: this.numHeads,
        keyDim: this.keyDim,
        valueDim: this.valueDim,
        dropout: this.dropout,
        useBias: this.useBias,
        outputShape: this.outputDim,
        attentionAxes: this.attentionAxes,
        ...(this.useCausalMask ? { useCausalMask: true } : {}),
        kernelInitializer: serializeInitializer(this.kernelInitializer),
        biasInitializer: serializeInitializer(this.biasInitializer),
      };
    }
  }
  return MultiHeadAttention;
}
