// GRU and GRUCell with Keras' default reset_after=True, which tfjs-layers' GRUCell refuses. They
// replace the build's own GRU/GRUCell registrations (Bidirectional, RNN(cell=…) and StackedRNNCells
// find cells and layers by class name) and defer to the original code when reset_after is false.
//
// reset_after=True (Keras `GRUCell.call`): bias (2, 3·units), row 0 for the input, row 1 for the
// recurrent projection, gate blocks z|r|h; the reset gate multiplies the recurrent projection
// *after* the matrix product:
//   x_zrh = x·W + b0;  h_zrh = h·U + b1;  z = σ(x_z + h_z);  r = σ(x_r + h_r)
//   ĥ = tanh(x_h + r ⊙ h_h);  h' = z ⊙ h + (1 − z) ⊙ ĥ
// Masking and go_backwards are the RNN wrapper's (a masked step keeps the previous state).
import type { GRU as TfGRU, GRUCell as TfGRUCell } from '@tensorflow/tfjs-layers/dist/layers/recurrent.js';
import { inputAt, oneShape, registeredClass, type ConfigDict, type Kwargs, type Shape, type Tensor, type TfApi } from './tfjs-api.js';

type GruCellArgs = ConstructorParameters<typeof TfGRUCell>[0] & { resetAfter?: boolean };

export function gruClasses(tf: TfApi) {
  const BaseCell = registeredClass<typeof TfGRUCell>(tf, 'GRUCell');
  const BaseGru = registeredClass<typeof TfGRU>(tf, 'GRU');

  class GRUCell extends BaseCell {
    static override className = 'GRUCell';
    readonly resetAfter: boolean;

    constructor(args: GruCellArgs) {
      super({ ...args, resetAfter: false });
      this.resetAfter = args.resetAfter === true;
    }

    override build(inputShape: Shape | Shape[]): void {
      if (!this.resetAfter) {
        super.build(inputShape);
        return;
      }
      const shape = oneShape(inputShape);
      const inputDim = Number(shape[shape.length - 1]);
      const u = this.units;
      this.kernel = this.addWeight('kernel', [inputDim, 3 * u], undefined, this.kernelInitializer, this.kernelRegularizer, true, this.kernelConstraint);
      this.recurrentKernel = this.addWeight('recurrent_kernel', [u, 3 * u], undefined, this.recurrentInitializer, this.recurrentRegularizer, true, this.recurrentConstraint);
      this.bias = (this.useBias
        ? this.addWeight('bias', [2, 3 * u], undefined, this.biasInitializer, this.biasRegularizer, true, this.biasConstraint)
        : null) as never;
      this.built = true;
    }

    override call(inputs: Tensor | Tensor[], kwargs: Kwargs): Tensor | Tensor[] {
      if (!this.resetAfter) return super.call(inputs, kwargs);
      return tf.tidy(() => {
        const list = Array.isArray(inputs) ? inputs : [inputs];
        const x0 = inputAt(list, 0, `GRUCell '${this.name}'`);
        const h = inputAt(list, 1, `GRUCell '${this.name}'`);
        // Keras draws dropout masks only in training; at inference the inputs pass unchanged.
        const training = kwargs?.training === true;
        const x = training && this.dropout > 0 ? tf.dropout(x0, this.dropout) : x0;
        const hIn = training && this.recurrentDropout > 0 ? tf.dropout(h, this.recurrentDropout) : h;
        let xs: Tensor = tf.matMul(x, this.kernel.read());
        let hs: Tensor = tf.matMul(hIn, this.recurrentKernel.read());
        if (this.useBias && this.bias) {
          const biases = tf.unstack(this.bias.read());
          xs = tf.add(xs, inputAt(biases, 0, `GRUCell '${this.name}' bias`));
          hs = tf.add(hs, inputAt(biases, 1, `GRUCell '${this.name}' bias`));
        }
        const gate = (parts: Tensor[], i: number) => inputAt(parts, i, `GRUCell '${this.name}' gates`);
        const xParts = tf.split(xs, 3, -1);
        const hParts = tf.split(hs, 3, -1);
        const [xz, xr, xh] = [gate(xParts, 0), gate(xParts, 1), gate(xParts, 2)];
        const [hz, hr, hh] = [gate(hParts, 0), gate(hParts, 1), gate(hParts, 2)];
        const z = this.recurrentActivation.apply(tf.add(xz, hz));
        const r = this.recurrentActivation.apply(tf.add(xr, hr));
        const candidate = this.activation.apply(tf.add(xh, tf.mul(r, hh)));
        const next = tf.add(tf.mul(z, h), tf.mul(tf.sub(1, z), candidate));
        return [next, next];
      });
    }

    override getConfig(): ConfigDict {
      return { ...super.getConfig(), resetAfter: this.resetAfter };
    }
  }

  class GRU extends BaseGru {
    static override className = 'GRU';

    constructor(args: GruCellArgs) {
      // The original constructor builds its own cell, which must not see reset_after; ours replaces it.
      super({ ...args, resetAfter: false } as never);
      (this as unknown as { cell: unknown }).cell = new GRUCell(args);
    }
  }

  return { GRUCell, GRU };
}
