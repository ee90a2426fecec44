// How the bench writes its synthetic weight files: in the layout h5py gives Keras' own files (HDF5's
// earliest format versions wherever a feature allows: superblock 0, version-1 object headers,
// groups as symbol tables), not in h5wasm's default (the latest versions), so that reading them costs
// what reading a user's Keras file costs. Files written before carry no stamp and are written again.
export const KERAS_LAYOUT = { libver: ['earliest', 'latest'] as ['earliest', 'latest'] };
export const KERAS_LAYOUT_STAMP = 'keras-layout';
