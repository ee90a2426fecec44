// Keras' Subtract merge layer (tfjs-layers 4.22 has Add, Multiply, Average, Maximum, Minimum but not
// Subtract): exactly two inputs, `inputs[0] − inputs[1]`, with the shape checks, broadcasting and
// mask merging of tfjs' own Merge base class, which Add extends.
import type { Add as TfAdd, Merge as TfMerge } from '@tensorflow/tfjs-layers/dist/layers/merge.js';
import { inputAt, registeredClass, shapeList, type Shape, type Tensor, type TfApi } from './tfjs-api.js';

export function subtractClass(tf: TfApi) {
  const Merge = Object.getPrototypeOf(registeredClass<typeof TfAdd>(tf, 'Add')) as typeof TfMerge;

  class Subtract extends Merge {
    static className = 'Subtract';

    override build(inputShape: Shape | Shape[]): void {
      const shapes = shapeList(inputShape);
      if (shapes.length !== 2) throw new Error(`Subtract '${this.name}' takes exactly 2 inputs (got ${shapes.length})`);
      super.build(inputShape);
    }

    protected override mergeFunction(inputs: Tensor[]): Tensor {
      return tf.tidy(() => tf.sub(inputAt(inputs, 0, `Subtract '${this.name}'`), inputAt(inputs, 1, `Subtract '${this.name}'`)));
    }
  }
  return Subtract;
}
