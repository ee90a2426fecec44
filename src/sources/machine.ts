// What this machine has free for more workers, one rule for both pools (the HDF5 readers in
// formats/hdf5-host.ts and the smoke engines in engine/smoke-host.ts).
import os from 'node:os';

/** Memory a new worker may count on: Linux' MemAvailable, and under a cgroup limit what is left of it. */
export function freeMemoryBytes(): number {
  return Math.min(os.freemem(), process.availableMemory());
}
