// The words for each weight-file format id (src/model/types.ts ArtifactFormat): the one place a user
// reads about a format by kind rather than by the producer's label. The ids stay in JSON (machine
// readers match on them); text, Markdown and messages say these words. diff/messages.ts checks at
// compile time that every ArtifactFormat has its words here (this layer imports nothing).

export const FORMAT_NAMES = {
  'keras-h5-full': 'Keras legacy full model (.h5)',
  'keras-h5-weights': 'Keras legacy weights (.h5)',
  'keras3-weights-h5': 'Keras 3 weights (.weights.h5)',
  'keras3-weights-sharded': 'Keras 3 sharded weights (.weights.json)',
  'keras3-archive': 'Keras 3 archive (.keras)',
  'tfjs-layers': 'TF.js layers model (model.json)',
} as const;

