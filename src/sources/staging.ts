// Where weight bytes land when they cross from the HDF5 worker to the engine. A fresh buffer per
// dataset costs an allocation and a page-in of every byte (about three times the copy itself); the
// engine copies each value into its own memory at once, so the same few buffers can carry all of
// them. They are SharedArrayBuffers: the worker writes straight into them, and nothing is
// transferred or cloned on the way. A reader that writes the bytes in their final form also advances
// a progress counter slice by slice, so the engine side can copy each slice on while the next one is
// read (src/engine/load-weights.ts).

/** Lends reusable buffers for values on their way to the engine (readers take one in `ReadOptions`). */
export interface WeightStaging {
  acquire(bytes: number): SharedArrayBuffer;
  release(data: ArrayBufferView | SharedArrayBuffer): void;
  /**
   * The progress counter of a buffer `acquire` lent, if the borrower follows the read: the reader
   * stores into element 0 how many bytes from the buffer's start hold their final values, after
   * each slice (Atomics.store, then Atomics.notify). A reader that changes bytes after writing them
   * (a byte swap, a decoding) passes it on to nobody.
   */
  progress?(buffer: SharedArrayBuffer): BigInt64Array | undefined;
}

/** A reusable set of shared buffers, one lent per value in flight. */
export class Staging implements WeightStaging {
  private readonly free: SharedArrayBuffer[] = [];
  private readonly lent = new Set<SharedArrayBuffer>();
  private lentBytes = 0;
  /** The most bytes lent at once (tests and the bench watch it stay within one layer's worth). */
  peakLent = 0;

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
    this.lentBytes += buffer.byteLength;
    this.peakLent = Math.max(this.peakLent, this.lentBytes);
    return buffer;
  }

  /**
   * Give back the buffer under `data` once its bytes are copied elsewhere. Anything not lent from
   * here (a decoded copy, a TF.js shard's bytes) is ignored, so callers need not tell them apart.
   */
  release(data: ArrayBufferView | SharedArrayBuffer): void {
    const buffer = data instanceof SharedArrayBuffer ? data : data.buffer;
    if (!(buffer instanceof SharedArrayBuffer) || !this.lent.delete(buffer)) return;
    this.lentBytes -= buffer.byteLength;
    this.free.push(buffer);
  }

  /** Bytes lent now. */
  get inFlight(): number {
    return this.lentBytes;
  }

  /** Bytes held, lent or free. */
  get bytes(): number {
    let n = 0;
    for (const b of [...this.free, ...this.lent]) n += b.byteLength;
    return n;
  }
}

/**
 * One read's share of a Staging: the buffer it was lent, and a progress counter for it, so that the
 * borrower can copy the bytes on as they land (`copied`, `settle`).
 */
export class StagedRead implements WeightStaging {
  buffer?: SharedArrayBuffer;
  readonly counter = new BigInt64Array(new SharedArrayBuffer(8));

  constructor(private readonly pool: Staging, private readonly follow: boolean) {}

  acquire(bytes: number): SharedArrayBuffer {
    this.buffer = this.pool.acquire(bytes);
    Atomics.store(this.counter, 0, 0n);
    return this.buffer;
  }

  release(data: ArrayBufferView | SharedArrayBuffer): void {
    this.pool.release(data);
  }

  progress(buffer: SharedArrayBuffer): BigInt64Array | undefined {
    return this.follow && buffer === this.buffer ? this.counter : undefined;
  }

  /** Bytes from the buffer's start that hold their final values now. */
  written(): number {
    return Number(Atomics.load(this.counter, 0));
  }

  /** Resolves once the counter moves past `seen` (or at once if it has); `wake` ends every wait. */
  whenPast(seen: number): Promise<unknown> {
    const waitAsync = (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync;
    if (!waitAsync) return new Promise((resolve) => setTimeout(resolve, 1));
    const w = waitAsync(this.counter, 0, BigInt(seen));
    return w.async ? w.value : Promise.resolve();
  }

  /** Wakes whoever waits on the counter (the read has ended either way). */
  wake(): void {
    Atomics.notify(this.counter, 0);
  }
}

type WaitAsync = (a: BigInt64Array, index: number, value: bigint) => { async: false; value: string } | { async: true; value: Promise<string> };

/**
 * Buffers lent and never taken back: for an engine that keeps the very array it is given (the CPU
 * backend), so that the reader's bytes become the tensor's without a copy on the way.
 */
export class KeptStaging implements WeightStaging {
  acquire(bytes: number): SharedArrayBuffer {
    return new SharedArrayBuffer(Math.max(bytes, 1));
  }

  release(): void {
    // The engine holds the values; nothing to reuse.
  }
}
