// Which of weightgate's TF.js registrations a normalised config needs at load time: the classes TF.js
// lacks, and GRU/GRUCell only where reset_after=True (TF.js' own GRU handles the rest).
import { isObject } from '../sources/json-value.js';
import { WEIGHTGATE_CLASSES } from '../engine/tfjs-config/tfjs-support-tables.js';

export function requiredLayers(config: unknown): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) {
      const cls = v.class_name;
      if (typeof cls === 'string' && isObject(v.config) && WEIGHTGATE_CLASSES.has(cls)) {
        const recurrent = cls === 'GRU' || cls === 'GRUCell';
        if (!recurrent || v.config.reset_after === true) found.add(cls);
      }
      Object.values(v).forEach(walk);
    }
  };
  walk(config);
  return [...found].sort();
}
