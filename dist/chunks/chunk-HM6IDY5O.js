import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);

// src/engine/layers/tfjs-api.ts
function registry(tf) {
  return tf.serialization.SerializationMap.getMap().classNameMap;
}
function registeredClass(tf, className) {
  const entry = registry(tf)[className];
  if (!entry) throw new Error(`this TF.js build registers no '${className}' class`);
  return entry[0];
}
var INITIALIZER_NAMES = {
  zeros: "Zeros",
  zero: "Zeros",
  ones: "Ones",
  one: "Ones",
  glorotUniform: "GlorotUniform",
  glorotNormal: "GlorotNormal",
  heUniform: "HeUniform",
  heNormal: "HeNormal",
  leCunUniform: "LeCunUniform",
  leCunNormal: "LeCunNormal",
  lecunUniform: "LeCunUniform",
  lecunNormal: "LeCunNormal",
  orthogonal: "Orthogonal",
  randomUniform: "RandomUniform",
  randomNormal: "RandomNormal",
  truncatedNormal: "TruncatedNormal",
  varianceScaling: "VarianceScaling",
  identity: "Identity"
};
function isInitializer(v) {
  return typeof v === "object" && v !== null && "apply" in v && typeof v.apply === "function" && "getClassName" in v && typeof v.getClassName === "function";
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function field(v, key) {
  return isPlainObject(v) && Object.hasOwn(v, key) ? Reflect.get(v, key) : void 0;
}
function initializerOf(tf, spec, fallback) {
  const given = spec ?? fallback;
  if (isInitializer(given)) return given;
  const className = typeof given === "string" ? (Object.hasOwn(INITIALIZER_NAMES, given) ? INITIALIZER_NAMES[given] : void 0) ?? given.charAt(0).toUpperCase() + given.slice(1) : field(given, "className");
  const classes = registry(tf);
  const entry = typeof className === "string" && Object.hasOwn(classes, className) ? classes[className] : void 0;
  if (!entry || typeof className !== "string") throw new Error(`unknown initializer: ${JSON.stringify(given)}`);
  const [cls, fromConfig] = entry;
  const config = field(given, "config");
  const made = fromConfig(cls, { ...isPlainObject(config) ? config : {} });
  if (!isInitializer(made)) throw new Error(`'${className}' is not an initializer class`);
  return made;
}
function serializeInitializer(init) {
  return { className: init.getClassName(), config: init.getConfig() };
}
function oneShape(shape) {
  const [first] = shapeList(shape);
  if (!first) throw new Error("a layer was built for no input");
  return first;
}
function inputAt(list, at, layer) {
  const v = list.at(at);
  if (v === void 0) throw new Error(`${layer}: no item ${at} among ${list.length}`);
  return v;
}
function shapeList(shape) {
  return Array.isArray(shape[0]) ? shape : [shape];
}

// src/engine/layers/gru.ts
function gruClasses(tf) {
  const BaseCell = registeredClass(tf, "GRUCell");
  const BaseGru = registeredClass(tf, "GRU");
  class GRUCell extends BaseCell {
    static className = "GRUCell";
    resetAfter;
    constructor(args) {
      super({ ...args, resetAfter: false });
      this.resetAfter = args.resetAfter === true;
    }
    build(inputShape) {
      if (!this.resetAfter) {
        super.build(inputShape);
        return;
      }
      const shape = oneShape(inputShape);
      const inputDim = Number(shape[shape.length - 1]);
      const u = this.units;
      this.kernel = this.addWeight("kernel", [inputDim, 3 * u], void 0, this.kernelInitializer, this.kernelRegularizer, true, this.kernelConstraint);
      this.recurrentKernel = this.addWeight("recurrent_kernel", [u, 3 * u], void 0, this.recurrentInitializer, this.recurrentRegularizer, true, this.recurrentConstraint);
      this.bias = this.useBias ? this.addWeight("bias", [2, 3 * u], void 0, this.biasInitializer, this.biasRegularizer, true, this.biasConstraint) : null;
      this.built = true;
    }
    call(inputs, kwargs) {
      if (!this.resetAfter) return super.call(inputs, kwargs);
      return tf.tidy(() => {
        const list = Array.isArray(inputs) ? inputs : [inputs];
        const x0 = inputAt(list, 0, `GRUCell '${this.name}'`);
        const h = inputAt(list, 1, `GRUCell '${this.name}'`);
        const training = kwargs?.training === true;
        const x = training && this.dropout > 0 ? tf.dropout(x0, this.dropout) : x0;
        const hIn = training && this.recurrentDropout > 0 ? tf.dropout(h, this.recurrentDropout) : h;
        let xs = tf.matMul(x, this.kernel.read());
        let hs = tf.matMul(hIn, this.recurrentKernel.read());
        if (this.useBias && this.bias) {
          const biases = tf.unstack(this.bias.read());
          xs = tf.add(xs, inputAt(biases, 0, `GRUCell '${this.name}' bias`));
          hs = tf.add(hs, inputAt(biases, 1, `GRUCell '${this.name}' bias`));
        }
        const gate = (parts, i) => inputAt(parts, i, `GRUCell '${this.name}' gates`);
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
    getConfig() {
      return { ...super.getConfig(), resetAfter: this.resetAfter };
    }
  }
  class GRU extends BaseGru {
    static className = "GRU";
    constructor(args) {
      super({ ...args, resetAfter: false });
      this.cell = new GRUCell(args);
    }
  }
  return { GRUCell, GRU };
}

// src/engine/layers/multi-head-attention.ts
function checkAttentionAxes(axes, rank, layer) {
  if (axes === null || axes === void 0) return;
  const list = (typeof axes === "number" ? [axes] : axes).map((a) => a < 0 ? a + rank : a);
  const all = Array.from({ length: rank - 2 }, (_, i) => i + 1);
  if (list.length !== all.length || !list.every((a, i) => a === all[i])) {
    throw new Error(`MultiHeadAttention '${layer}': attention_axes ${JSON.stringify(axes)} on rank-${rank} inputs (attention over some inner axes only) is not supported`);
  }
}
function multiHeadAttentionClass(tf) {
  class MultiHeadAttention extends tf.layers.Layer {
    static className = "MultiHeadAttention";
    numHeads;
    keyDim;
    valueDim;
    dropout;
    useBias;
    outputDim;
    attentionAxes;
    useCausalMask;
    kernelInitializer;
    biasInitializer;
    projections;
    constructor(args) {
      super(args);
      this.numHeads = args.numHeads;
      this.keyDim = args.keyDim;
      this.valueDim = args.valueDim ?? args.keyDim;
      this.dropout = args.dropout ?? 0;
      this.useBias = args.useBias ?? true;
      const out = args.outputShape;
      if (Array.isArray(out) && out.length !== 1) throw new Error(`MultiHeadAttention '${this.name}': a multi-dimensional output_shape ${JSON.stringify(out)} is not supported`);
      this.outputDim = out === null || out === void 0 ? null : Array.isArray(out) ? out[0] ?? null : out;
      this.attentionAxes = args.attentionAxes ?? null;
      this.useCausalMask = args.useCausalMask === true;
      this.kernelInitializer = initializerOf(tf, args.kernelInitializer, "glorotUniform");
      this.biasInitializer = initializerOf(tf, args.biasInitializer, "zeros");
      for (const [k, v] of [["num_heads", this.numHeads], ["key_dim", this.keyDim], ["value_dim", this.valueDim]]) {
        if (!Number.isInteger(v) || v <= 0) throw new Error(`MultiHeadAttention '${this.name}': ${k} must be a positive integer (got ${v})`);
      }
    }
    build(inputShape) {
      const shapes = shapeList(inputShape);
      const [query, value] = shapes;
      if (!query || !value) throw new Error(`MultiHeadAttention '${this.name}' needs query and value inputs`);
      const key = shapes[2] ?? value;
      checkAttentionAxes(this.attentionAxes, query.length, this.name);
      const last = (s) => Number(s[s.length - 1]);
      const project = (scope, kernel, bias) => ({
        kernel: this.addWeight(`${scope}/kernel`, kernel, "float32", this.kernelInitializer, void 0, true),
        ...this.useBias ? { bias: this.addWeight(`${scope}/bias`, bias, "float32", this.biasInitializer, void 0, true) } : {}
      });
      const out = this.outputDim ?? last(query);
      this.projections = {
        query: project("query", [last(query), this.numHeads, this.keyDim], [this.numHeads, this.keyDim]),
        key: project("key", [last(key), this.numHeads, this.keyDim], [this.numHeads, this.keyDim]),
        value: project("value", [last(value), this.numHeads, this.valueDim], [this.numHeads, this.valueDim]),
        attention_output: project("attention_output", [this.numHeads, this.valueDim, out], [out])
      };
      this.built = true;
    }
    computeOutputShape(inputShape) {
      const query = inputAt(shapeList(inputShape), 0, `MultiHeadAttention '${this.name}'`);
      return [...query.slice(0, -1), this.outputDim ?? query.at(-1) ?? null];
    }
    /** (batch, …positions, dim) → (batch, heads, positions, size). */
    heads(x, p, size) {
      const what = `MultiHeadAttention '${this.name}' input`;
      const batch = inputAt(x.shape, 0, what);
      const dim = inputAt(x.shape, -1, what);
      const positions = x.shape.slice(1, -1).reduce((a, b) => a * b, 1);
      let y = tf.matMul(tf.reshape(x, [batch * positions, dim]), tf.reshape(p.kernel.read(), [dim, this.numHeads * size]));
      if (p.bias) y = tf.add(y, tf.reshape(p.bias.read(), [this.numHeads * size]));
      return tf.transpose(tf.reshape(y, [batch, positions, this.numHeads, size]), [0, 2, 1, 3]);
    }
    call(inputs, kwargs) {
      return tf.tidy(() => {
        const list = Array.isArray(inputs) ? inputs : [inputs];
        const [query, value] = list;
        const key = list[2] ?? value;
        if (!query || !value || !key) throw new Error(`MultiHeadAttention '${this.name}' needs query and value inputs`);
        if (kwargs?.mask !== void 0 && kwargs.mask !== null && (!Array.isArray(kwargs.mask) || kwargs.mask.some((m) => m != null))) {
          throw new Error(`MultiHeadAttention '${this.name}' received a Keras mask on its inputs, which weightgate's layer does not apply`);
        }
        const p = this.projections;
        if (!p) throw new Error(`MultiHeadAttention '${this.name}' was called before it was built`);
        const q = tf.mul(this.heads(query, p.query, this.keyDim), 1 / Math.sqrt(this.keyDim));
        const k = this.heads(key, p.key, this.keyDim);
        const v = this.heads(value, p.value, this.valueDim);
        let scores = tf.matMul(q, k, false, true);
        if (this.useCausalMask) {
          const t = inputAt(scores.shape, 2, "attention scores");
          const s = inputAt(scores.shape, 3, "attention scores");
          const allowed = tf.linalg.bandPart(tf.ones([t, s]), -1, 0);
          scores = tf.add(scores, tf.mul(tf.sub(1, allowed), -1e9));
        }
        let attention = tf.softmax(scores, -1);
        if (kwargs?.training === true && this.dropout > 0) attention = tf.dropout(attention, this.dropout);
        const o = tf.transpose(tf.matMul(attention, v), [0, 2, 1, 3]);
        const batch = inputAt(o.shape, 0, "attention output");
        const positions = inputAt(o.shape, 1, "attention output");
        const out = this.outputDim ?? inputAt(query.shape, -1, `MultiHeadAttention '${this.name}' query`);
        let y = tf.matMul(tf.reshape(o, [batch * positions, this.numHeads * this.valueDim]), tf.reshape(p.attention_output.kernel.read(), [this.numHeads * this.valueDim, out]));
        if (p.attention_output.bias) y = tf.add(y, p.attention_output.bias.read());
        return tf.reshape(y, [...query.shape.slice(0, -1), out]);
      });
    }
    getConfig() {
      return {
        ...super.getConfig(),
        numHeads: this.numHeads,
        keyDim: this.keyDim,
        valueDim: this.valueDim,
        dropout: this.dropout,
        useBias: this.useBias,
        outputShape: this.outputDim,
        attentionAxes: this.attentionAxes,
        ...this.useCausalMask ? { useCausalMask: true } : {},
        kernelInitializer: serializeInitializer(this.kernelInitializer),
        biasInitializer: serializeInitializer(this.biasInitializer)
      };
    }
  }
  return MultiHeadAttention;
}

// src/engine/layers/tfjs-normalization.ts
var EPSILON = 1e-7;
function axisList(axis) {
  if (axis === null) return [];
  if (axis === void 0) return [-1];
  return typeof axis === "number" ? [axis] : [...axis];
}
function normalizationClass(tf) {
  class Normalization extends tf.layers.Layer {
    static className = "Normalization";
    axis;
    axisWasNull;
    invert;
    inputMean;
    inputVariance;
    broadcastShape = [];
    meanVar;
    varianceVar;
    constructor(args) {
      super(args);
      this.axisWasNull = args.axis === null;
      this.axis = axisList(args.axis);
      this.invert = args.invert === true;
      this.inputMean = args.mean ?? null;
      this.inputVariance = args.variance ?? null;
      if (this.inputMean === null !== (this.inputVariance === null)) {
        throw new Error(`Normalization '${this.name}': mean and variance must be given together (Keras refuses one without the other)`);
      }
      this.supportsMasking = true;
    }
    build(inputShape) {
      const shape = oneShape(inputShape);
      const ndim = shape.length;
      const keep = this.axis.map((a) => a < 0 ? a + ndim : a).sort((a, b) => a - b);
      if (keep.some((a) => a < 0 || a >= ndim)) throw new Error(`Normalization '${this.name}': axis ${JSON.stringify(this.axis)} is out of range for rank-${ndim} inputs`);
      if (keep.some((a) => shape[a] === null)) throw new Error(`Normalization '${this.name}': the kept axes ${JSON.stringify(keep)} of input shape ${JSON.stringify(shape)} must be known`);
      this.broadcastShape = shape.map((d, i) => keep.includes(i) ? Number(d) : 1);
      if (this.inputMean === null) {
        const stats = keep.map((a) => Number(shape[a]));
        const zeros = initializerOf(tf, "zeros", "zeros");
        this.meanVar = this.addWeight("mean", stats, "float32", zeros, void 0, false);
        this.varianceVar = this.addWeight("variance", stats, "float32", initializerOf(tf, "ones", "ones"), void 0, false);
        this.addWeight("count", [], "int32", zeros, void 0, false);
      }
      this.built = true;
    }
    call(inputs, _kwargs) {
      return tf.tidy(() => {
        let x = Array.isArray(inputs) ? inputAt(inputs, 0, `Normalization '${this.name}'`) : inputs;
        if (x.dtype !== "float32") x = tf.cast(x, "float32");
        const [mean, variance] = this.statistics();
        const std = tf.maximum(tf.sqrt(variance), EPSILON);
        return this.invert ? tf.add(mean, tf.mul(x, std)) : tf.div(tf.sub(x, mean), std);
      });
    }
    /** The mean and variance: the adapted variables, or the constants the config gives (one or the other, see build). */
    statistics() {
      if (this.meanVar && this.varianceVar) {
        return [tf.reshape(this.meanVar.read(), this.broadcastShape), tf.reshape(this.varianceVar.read(), this.broadcastShape)];
      }
      if (this.inputMean === null || this.inputVariance === null) throw new Error(`Normalization '${this.name}' was called before it was built`);
      return [this.constant(this.inputMean), this.constant(this.inputVariance)];
    }
    constant(v) {
      const t = tf.tensor(v, void 0, "float32");
      const size = this.broadcastShape.reduce((a, b) => a * b, 1);
      return t.size === size ? tf.reshape(t, this.broadcastShape) : tf.broadcastTo(tf.reshape(t, []), this.broadcastShape);
    }
    getConfig() {
      return {
        ...super.getConfig(),
        axis: this.axisWasNull ? null : this.axis,
        mean: this.inputMean,
        variance: this.inputVariance,
        invert: this.invert
      };
    }
  }
  return Normalization;
}

// src/engine/layers/subtract.ts
function subtractClass(tf) {
  const Merge = Object.getPrototypeOf(registeredClass(tf, "Add"));
  class Subtract extends Merge {
    static className = "Subtract";
    build(inputShape) {
      const shapes = shapeList(inputShape);
      if (shapes.length !== 2) throw new Error(`Subtract '${this.name}' takes exactly 2 inputs (got ${shapes.length})`);
      super.build(inputShape);
    }
    mergeFunction(inputs) {
      return tf.tidy(() => tf.sub(inputAt(inputs, 0, `Subtract '${this.name}'`), inputAt(inputs, 1, `Subtract '${this.name}'`)));
    }
  }
  return Subtract;
}

// src/engine/layers/index.ts
var WEIGHTGATE_LAYER_CLASSES = ["GRU", "GRUCell", "MultiHeadAttention", "Normalization", "Subtract"];
var MARK = /* @__PURE__ */ Symbol.for("weightgate.tfjs-layers.registered");
function registerWeightgateLayers(tf) {
  const map = registry(tf);
  if (map[MARK]) return false;
  const { GRU, GRUCell } = gruClasses(tf);
  for (const cls of [GRUCell, GRU, multiHeadAttentionClass(tf), normalizationClass(tf), subtractClass(tf)]) {
    tf.serialization.registerClass(cls);
  }
  map[MARK] = true;
  return true;
}

export {
  WEIGHTGATE_LAYER_CLASSES,
  registerWeightgateLayers
};
