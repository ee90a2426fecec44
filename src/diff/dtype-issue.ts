// One weight's dtype against the file's, for every loader rule that pairs weights one by one.
import type { ExpectedVariable, SavedVariable } from '../model/types.js';
import type { Issue } from './findings.js';
import { isLossyCast } from './shapes.js';

/**
 * A cast Keras makes silently (a warning), or a type no variable can be loaded from (HDF5 compound,
 * vlen, reference, enum, float128, …; the HDF5 readers mark it in the locator as `unsupportedType`),
 * which raises whatever the variable's dtype.
 */
export function dtypeIssue(layer: string, v: ExpectedVariable, savedLayer: string, s: SavedVariable): Issue | undefined {
  if (s.locator.untaggedBfloat16 === true) {
    // No cast exists from opaque bytes: numpy hands Keras a void array, which no variable takes.
    if (v.dtype !== 'bfloat16') {
      return { code: 'dtype-mismatch', severity: 'error', raises: true, layer, weight: v.path, savedLayer, expectedDtype: v.dtype, savedDtype: 'bfloat16', lossy: false, unsupported: 'opaque (2 bytes, bfloat16 without a dtype attribute)' };
    }
    return { code: 'dtype-inferred', severity: 'info', raises: false, layer, weight: v.path, savedLayer, dtype: 'bfloat16', from: s.dtypeInferred ?? 'the definition' };
  }
  const unsupported = s.locator.unsupportedType;
  if (typeof unsupported === 'string') {
    return { code: 'dtype-mismatch', severity: 'error', raises: true, layer, weight: v.path, savedLayer, expectedDtype: v.dtype, savedDtype: s.dtype, lossy: false, unsupported };
  }
  if (v.dtype !== s.dtype && v.dtype !== 'unknown' && s.dtype !== 'unknown') {
    return { code: 'dtype-mismatch', severity: 'warning', raises: false, layer, weight: v.path, savedLayer, expectedDtype: v.dtype, savedDtype: s.dtype, lossy: isLossyCast(s.dtype, v.dtype) };
  }
  return undefined;
}
