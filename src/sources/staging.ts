// Where weight bytes land when they cross from the HDF5 worker to the engine. A fresh buffer per
// dataset costs an allocation and a page-in of every byte (about three times the copy itself); the
// engine copies each value into its own memory at once, so the same few buffers can carry all of
// them. They are SharedArrayBuffers: the worker writes straight into them, and nothing is
// transferred or cloned on the way.

/** Lends reusable buffers for values on their way to the engine (readers take one in `ReadOptions`). */
export interface WeightStaging {
  acquire(bytes: number): SharedArrayBuffer;
  release(data: ArrayBufferView | SharedArrayBuffer): void;
}

/** A reusable set of shared buffers, one lent per value in flight. */
export class Staging implements WeightStaging {
  private readonly free: SharedArrayBuffer[] = [];
  private readonly lent = new Set<SharedArrayBuffer>();

  /** A buffer of at least `bytes` bytes, not lent to anyone else until released. */
  acquire(bytes: number): SharedArrayBuffer {
    // The smallest free buffer that fits, else a new one.
    let fits: SharedArrayBuffer | undefined;
    for (const b of this.free) {
      if (b.byteLength >= bytes && (!fits || b.byteLength < fits.byteLength)) fits = b;
    }
    let buffer: SharedArrayBuffer;
    if (fits) {
      this.free.splice(this.free.indexOf(fits), 1);
      buffer = fits;
    } else {
      // None fits: the largest free one is replaced by the new, larger one rather than kept beside
      // it, so the pool holds as many buffers as values were ever in flight at once, no more.
      const largest = this.free.reduce<SharedArrayBuffer | undefined>((m, b) => (!m || b.byteLength > m.byteLength ? b : m), undefined);
      if (largest) this.free.splice(this.free.indexOf(largest), 1);
      buffer = new SharedArrayBuffer(Math.max(bytes, 1));
    }
    this.lent.add(buffer);
    return buffer;
  }

  /**
   * Give back the buffer under `data` once its bytes are copied elsewhere. Anything not lent from
   * here (a decoded copy, a TF.js shard's bytes) is ignored, so callers need not tell them apart.
   */
  release(data: ArrayBufferView | SharedArrayBuffer): void {
    const buffer = data instanceof SharedArrayBuffer ? data : data.buffer;
    if (!(buffer instanceof SharedArrayBuffer) || !this.lent.delete(buffer)) return;
    this.free.push(buffer);
  }

  /** Bytes held, lent or free (the bench and tests watch it stay near one layer's worth). */
  get bytes(): number {
    let n = 0;
    for (const b of [...this.free, ...this.lent]) n += b.byteLength;
    return n;
  }
}
