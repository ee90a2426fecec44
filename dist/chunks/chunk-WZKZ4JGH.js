import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import {
  DEFAULT_LIMITS,
  DTYPE_BYTES,
  InputError,
  LFS_HINT,
  LayerConfigError,
  MODEL_CLASSES,
  ReadBudget,
  UnresolvedShape,
  addDims,
  asInputError,
  asShape,
  asText,
  bool,
  broadcastShapes,
  builtInputShapes,
  checkEntries,
  commonBatch,
  convLstm,
  convOutputLength,
  cudnn,
  declaredInputShape,
  decodeWeight,
  deconvOutputLength,
  defaultWasmDirs,
  detectGeneration,
  dtypeFacts,
  engineFailureReason,
  exprShape,
  extractEntry,
  formatLimit,
  innerCall,
  inputShape,
  isChannelsFirst,
  isObject,
  limitError,
  listZip,
  mulDim,
  nest,
  nestedLayer,
  normalizeAxis,
  noteCollector,
  noteOf,
  num,
  objectPathName,
  paddingMode,
  parseInboundNodes,
  parseLayerRefs,
  parseLimitOption,
  pick,
  preprocessForLoading,
  product,
  quoteName,
  raiseHint,
  readEntryText,
  readSaved,
  recurrent,
  recurrentOutputs,
  requireDim,
  requireDims,
  requireRank,
  resetAfterAssumption,
  resolveLimits,
  rnn,
  runSmoke,
  storedBytesPerElement,
  toTuple,
  tryTfjsNode,
  unwrapModelConfig,
  variable,
  writtenByTfjs
} from "./chunk-V6RFWFDA.js";
import {
  HostFailure,
  hdf5Call
} from "./chunk-KEH2MBU3.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-7UZKIK2J.js";

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code2) {
        super();
        this._items = typeof code2 === "string" ? [code2] : code2;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code2 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code2, args[i]);
        code2.push(strs[++i]);
      }
      return new _Code(code2);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code2, arg) {
      if (arg instanceof _Code)
        code2.push(...arg._items);
      else if (arg instanceof Name)
        code2.push(arg);
      else
        code2.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code2 = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code2 = (0, code_1._)`${code2}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code2 = (0, code_1._)`${code2}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code2;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code2) {
        super();
        this.code = code2;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code2, n) => code2 + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code2 = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code2 += "else " + this.else.render(opts);
        return code2;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code2 = "try" + super.render(opts);
        if (this.catch)
          code2 += this.catch.render(opts);
        if (this.finally)
          code2 += this.finally.render(opts);
        return code2;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code2 = ["{"];
        for (const [key, value] of keyValues) {
          if (code2.length > 1)
            code2.push(",");
          code2.push(key);
          if (key !== value || this.opts.es5) {
            code2.push(":");
            (0, code_1.addCodeArg)(code2, value);
          }
        }
        code2.push("}");
        return new code_1._Code(code2);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message: message2 }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message2 == "function" ? message2(cxt) : message2]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count2 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count2++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count2 += countKeys(sch));
        }
        if (count2 === Infinity)
          return Infinity;
      }
      return count2;
    }
    function getFullPath(resolver, id = "", normalize2) {
      if (normalize2 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches2 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches2)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches2[1];
        jsonPointer = matches2[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve3.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve3(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code2 = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (code2 === 48) {
          continue;
        }
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head2 = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head2 + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path17) {
      let input = path17;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path17) {
      if (path17 === "" || path17[0] === "/") {
        return removeDotSegments(path17);
      }
      const segments = path17.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded2 = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded2)) {
              output += decoded2;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded2 = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded2 !== "." && isUnreserved(decoded2)) {
              output += decoded2;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded2 = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded2)) {
              output += decoded2;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path17 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path17 && path17 !== "/" ? path17 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches2 = urnComponent.path.match(URN_REG);
      if (matches2 && matches2[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches2[1].toLowerCase();
        urnComponent.nss = matches2[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http2 = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https2 = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http2.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http: http2,
        https: https2,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize2(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve3(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative2, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative2 = parse(serialize(relative2, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative2.scheme) {
        target.scheme = relative2.scheme;
        target.userinfo = relative2.userinfo;
        target.host = relative2.host;
        target.port = relative2.port;
        target.path = removeDotSegments(relative2.path || "");
        target.query = relative2.query;
      } else {
        if (relative2.userinfo !== void 0 || relative2.host !== void 0 || relative2.port !== void 0) {
          target.userinfo = relative2.userinfo;
          target.host = relative2.host;
          target.port = relative2.port;
          target.path = removeDotSegments(relative2.path || "");
          target.query = relative2.query;
        } else {
          if (!relative2.path) {
            target.path = base.path;
            if (relative2.query !== void 0) {
              target.query = relative2.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative2.path[0] === "/") {
              target.path = removeDotSegments(relative2.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative2.path;
              } else if (!base.path) {
                target.path = relative2.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative2.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative2.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative2.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches2) {
      if (matches2[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches2) {
      const host = matches2[4];
      return hasMalformedPercentEncoding(matches2[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches2[6]) || hasMalformedPercentEncoding(matches2[7]) || hasMalformedPercentEncoding(matches2[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches2 = uri.match(URI_PARSE);
      if (matches2) {
        parsed.scheme = matches2[1];
        parsed.userinfo = matches2[3];
        parsed.host = matches2[4];
        parsed.port = parseInt(matches2[5], 10);
        parsed.path = matches2[6] || "";
        parsed.query = matches2[7];
        parsed.fragment = matches2[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches2);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches2[5];
        }
        const parseError = getParseError(parsed, matches2);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize2,
      resolve: resolve3,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message2 = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message2);
          else
            throw new Error(message2);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log2 = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log2](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count2 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count2)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count2) {
          gen.code((0, codegen_1._)`${count2}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count2} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code2 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code: code2 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag: tag2, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag2}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag2 = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag2} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag: tag2, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag2} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag: tag2, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score2 = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score2 += ph >>> m - 1 & 1;
        score2 -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score2;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest2 = function(str2, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str2, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest2;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path17) {
      const ctrl = callVisitor(key, node, visitor, path17);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path17, ctrl);
        return visit_(key, ctrl, visitor, path17);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path17 = Object.freeze(path17.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path17);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path17 = Object.freeze(path17.concat(node));
          const ck = visit_("key", node.key, visitor, path17);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path17);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path17) {
      const ctrl = await callVisitor(key, node, visitor, path17);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path17, ctrl);
        return visitAsync_(key, ctrl, visitor, path17);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path17 = Object.freeze(path17.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path17);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path17 = Object.freeze(path17.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path17);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path17);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path17) {
      if (typeof visitor === "function")
        return visitor(key, node, path17);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path17);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path17);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path17);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path17);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path17);
      return void 0;
    }
    function replaceNode(key, path17, node) {
      const parent = path17[path17.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag2) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag2.startsWith(prefix))
            return handle + escapeTagName(tag2.substring(prefix.length));
        }
        return tag2[0] === "!" ? tag2 : `!<${tag2}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path17, value) {
      let v = value;
      for (let i = path17.length - 1; i >= 0; --i) {
        const k = path17[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path17) => path17 == null || typeof path17 === "object" && !!path17[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path17, value) {
        if (isEmptyPath(path17))
          this.add(value);
        else {
          const [key, ...rest] = path17;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path17) {
        const [key, ...rest] = path17;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path17, keepScalar) {
        const [key, ...rest] = path17;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path17) {
        const [key, ...rest] = path17;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path17, value) {
        const [key, ...rest] = path17;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag2) => tag2.default && tag2.tag !== "tag:yaml.org,2002:str" && tag2.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag2 = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag2)
        props.push(doc.directives.tagString(tag2));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge3 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge3.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge3.identify(key.value)) && ctx?.doc.schema.tags.some((tag2) => tag2.tag === merge3.tag && tag2.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge3;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge3 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge3.isMergeKey(ctx, key))
        merge3.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag: tag2, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag2 || tag2 === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot2 = str2.indexOf(".");
        if (dot2 !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot2 - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot2 = str2.indexOf(".");
        if (dot2 !== -1) {
          const f = str2.substring(dot2 + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge3 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge3.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge3 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge3.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge3.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge3.merge) ? schemaTags.concat(merge3.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag2 of customTags)
          tags = tags.concat(tag2);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge3.merge);
      return tags.reduce((tags2, tag2) => {
        const tagObj = typeof tag2 === "string" ? tagsByName[tag2] : tag2;
        if (!tagObj) {
          const tagName = JSON.stringify(tag2);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge3, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge3);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path17, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path17, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag: tag2 } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag2, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path17) {
        if (Collection.isEmptyPath(path17)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path17) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path17, keepScalar) {
        if (Collection.isEmptyPath(path17))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path17, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path17) {
        if (Collection.isEmptyPath(path17))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path17) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path17, value) {
        if (Collection.isEmptyPath(path17)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path17), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path17, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message2) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message2;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message2) {
        super("YAMLParseError", pos, code2, message2);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message2) {
        super("YAMLWarning", pos, code2, message2);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag2 = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag2)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag2)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag2 = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag2)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag: tag2,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag2) {
      const NodeClass = tag2?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag2) {
      const NodeClass = tag2?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag2) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag2?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag2) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag2) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag2) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag2);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message2 = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message2);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag2 = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag2) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag2 = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag2);
      const res = tag2.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag2?.format)
        node.format = tag2.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message2);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message2 = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message2);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message2 = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message2 = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message2);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message2 = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message2);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel2, code2, msg) => onError(offset + rel2, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag2;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag2 = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag2 = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag2 = findScalarTagByTest(ctx, value, token, onError);
      else
        tag2 = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag2.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag2.format)
        scalar.format = tag2.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag2 of schema.tags) {
        if (!tag2.collection && tag2.tag === tagName) {
          if (tag2.default && tag2.test)
            matchWithTest.push(tag2);
          else
            return tag2;
        }
      }
      for (const tag2 of matchWithTest)
        if (tag2.test?.test(value))
          return tag2;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag2 = schema.tags.find((tag3) => (tag3.default === true || atKey && tag3.default === "key") && tag3.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag3) => tag3.default && tag3.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag2.tag !== compat.tag) {
          const ts = directives.tagString(tag2.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag2;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag: tag2 } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag2)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag2, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message2 = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message2);
          }
          break;
        default: {
          const message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message2);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag2 ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag: tag2, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag2, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message2, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message2));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message2));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message2, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message2, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message2) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message2);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message2);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head2 = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head2 }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head2 = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head2;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head2 }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path17) => {
      let item = cst;
      for (const [field, index] of path17) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path17) => {
      const parent = visit2.itemAtPath(cst, path17.slice(0, -1));
      const field = path17[path17.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path17, item, visitor) {
      let ctrl = visitor(item, path17);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path17.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path17);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path17) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message2 = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message: message2, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message2 = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message: message2 };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors2();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path17, { windows } = {}) => {
      const segs = path17.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob2 = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open5 = tokens[token.tokensIndex];
          open5.type = "text";
          open5.value = literal;
          open5.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open5.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open5 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open5);
          push(open5);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup2 = prev && prev.value === "(";
          if (!isGroup2 && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils2();
    var constants2 = require_constants();
    var isObject3 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject3(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils2();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/formats/open.ts
import { readdir } from "node:fs/promises";
import path8 from "node:path";

// src/model/untagged-bfloat16.ts
function inferUntaggedBfloat16(artifact, definition, from) {
  if (!definition) return;
  const layers = new Map(definition.layers.map((l) => [l.name, l]));
  let inferred = 0;
  for (const saved of artifact.layers) {
    const layer = layers.get(saved.name);
    saved.weights.forEach((w, i) => {
      if (w.locator.untaggedBfloat16 !== true || w.dtype !== "unknown") return;
      if (layer?.weights[i]?.dtype !== "bfloat16") return;
      w.dtype = "bfloat16";
      w.dtypeInferred = from;
      inferred++;
    });
  }
  if (inferred) {
    artifact.notes.push(`${inferred} variable(s) are stored as 2-byte opaque data with no dtype attribute (how h5py stores bfloat16); ${from} says bfloat16, so they are read as bfloat16 (inferred)`);
  }
}

// src/model/layers/activations.ts
var passThrough = {
  variables: () => [],
  outputShapes(call3) {
    if (call3.inputShapes.length === 0) {
      throw new UnresolvedShape(`${call3.className} '${call3.name}' has no known input shape`);
    }
    return call3.inputShapes.map((s) => [...s]);
  }
};
function sharedAxes(raw) {
  if (raw === null || raw === void 0) return [];
  if (typeof raw === "number") return [raw];
  if (Array.isArray(raw) && raw.every((a) => typeof a === "number")) return raw;
  throw new LayerConfigError(`shared_axes must be an int or a list of ints, got ${JSON.stringify(raw)}`);
}
var prelu = {
  variables(call3) {
    const input = inputShape(call3);
    const shape2 = input.slice(1);
    for (const a of sharedAxes(call3.config.shared_axes)) {
      if (a < 1 || a > shape2.length) throw new LayerConfigError(`PReLU shared axis ${a} out of range`);
      shape2[a - 1] = 1;
    }
    return [variable(call3.generation === 1 ? "alphas" : "alpha", requireDims(shape2, "PReLU alpha"))];
  },
  outputShapes: passThrough.outputShapes
};

// src/model/layers/einsum.ts
function analyzeEinsum(equation, biasAxes, input, partialOutput) {
  const dotted = equation.replace(/\.\.\./g, "0");
  let m = /^([a-zA-Z]+),([a-zA-Z]+)->([a-zA-Z]+)$/.exec(dotted);
  if (m) return analyzeSplit(m[1], m[2], m[3], biasAxes, input, partialOutput, false);
  m = /^0([a-zA-Z]+),([a-zA-Z]+)->0([a-zA-Z]+)$/.exec(dotted);
  if (m) return analyzeSplit(m[1], m[2], m[3], biasAxes, input, partialOutput, true);
  m = /^([a-zA-Z]{2,})0,([a-zA-Z]+)->([a-zA-Z]+)0$/.exec(dotted);
  if (m) return analyzeSplit(m[1], m[2], m[3], biasAxes, input, partialOutput, false);
  throw new LayerConfigError(`invalid einsum equation '${equation}'`);
}
function analyzeSplit(inputSpec, weightSpec, outputSpec, biasAxes, input, partialOutput, leftElided) {
  const elided = input.length - inputSpec.length;
  const output = typeof partialOutput === "number" ? [partialOutput] : [...partialOutput];
  output.unshift(input[0]);
  if (elided > 0 && leftElided) {
    for (let i = 1; i < elided; i++) output.splice(i, 0, input[i]);
  } else if (elided > 0) {
    for (let i = input.length - elided; i < input.length; i++) output.push(input[i]);
  }
  const inputIndex = /* @__PURE__ */ new Map();
  const outputIndex = /* @__PURE__ */ new Map();
  [...inputSpec].forEach((c, i) => inputIndex.set(c, leftElided ? i + elided : i));
  [...outputSpec].forEach((c, i) => outputIndex.set(c, leftElided ? i + elided : i));
  if (output.length < outputSpec.length + (leftElided ? elided : 0)) {
    throw new LayerConfigError(`output_shape ${JSON.stringify(partialOutput)} does not fit '${outputSpec}'`);
  }
  for (const [c, ii] of inputIndex) {
    const oi = outputIndex.get(c);
    if (oi === void 0) continue;
    const inDim = input[ii];
    if (output[oi] === null || output[oi] === void 0) output[oi] = inDim;
    else if (inDim !== null && output[oi] !== inDim) {
      throw new LayerConfigError(
        `einsum dim '${c}' is ${inDim} in the input but ${output[oi]} in output_shape`
      );
    }
  }
  for (const c of outputSpec) {
    if (!inputIndex.has(c) && !weightSpec.includes(c)) {
      throw new LayerConfigError(`einsum output dim '${c}' appears in neither input nor weight`);
    }
  }
  const kernel = [...weightSpec].map((c) => {
    const ii = inputIndex.get(c);
    if (ii !== void 0) return input[ii] ?? null;
    const oi = outputIndex.get(c);
    if (oi !== void 0) return output[oi] ?? null;
    throw new LayerConfigError(`einsum weight dim '${c}' appears in neither input nor output`);
  });
  let bias = null;
  if (biasAxes) {
    for (const c of biasAxes) {
      if (!outputSpec.includes(c)) throw new LayerConfigError(`bias axis '${c}' is not an output dim`);
    }
    const first = Math.min(...[...biasAxes].map((c) => outputSpec.indexOf(c)));
    bias = [...outputSpec.slice(first)].map((c) => biasAxes.includes(c) ? output[outputIndex.get(c)] ?? null : 1);
    if (!leftElided) for (let i = 0; i < elided; i++) bias.push(1);
  }
  return { kernel, bias, output };
}
var LETTERS = "abcdefghijklmnopqrstuvwxyz";
function buildProjEquation(freeDims, boundDims, outputDims) {
  let inp = "";
  let ker = "";
  let out = "";
  let bias = "";
  let k = 0;
  for (let i = 0; i < freeDims; i++, k++) {
    inp += LETTERS[k];
    out += LETTERS[k];
  }
  for (let i = 0; i < boundDims; i++, k++) {
    inp += LETTERS[k];
    ker += LETTERS[k];
  }
  for (let i = 0; i < outputDims; i++, k++) {
    ker += LETTERS[k];
    out += LETTERS[k];
    bias += LETTERS[k];
  }
  return { equation: `${inp},${ker}->${out}`, biasAxes: bias, outputRank: out.length };
}
function projOutputShape(outputRank, known) {
  return [...Array(outputRank - known.length).fill(null), ...known];
}

// src/model/layers/attention.ts
function qkv(call3) {
  const query = inputShape(call3, 0);
  const value = call3.inputShapes[1] ?? call3.kwargShapes.value;
  if (!value) throw new UnresolvedShape(`${call3.className} '${call3.name}' has no known value input`);
  const key = call3.inputShapes[2] ?? call3.kwargShapes.key ?? value;
  return { query, value, key };
}
function subDense(owner, scope, equation, biasAxes, input, partial) {
  const s = analyzeEinsum(equation, biasAxes, input, partial);
  return { owner, scope, ...s };
}
function subDenseVars(d) {
  const vars = [variable("kernel", requireDims(d.kernel, `${d.scope} kernel`))];
  if (d.bias) vars.push(variable("bias", requireDims(d.bias, `${d.scope} bias`)));
  return nest(vars, d.owner, d.scope);
}
function headProjection(owner, scope, input, heads, size, useBias) {
  const p = buildProjEquation(input.length - 1, 1, 2);
  return subDense(owner, scope, p.equation, useBias ? p.biasAxes : null, input, projOutputShape(p.outputRank - 1, [heads, size]));
}
function mhaParts(call3) {
  const c = call3.config;
  const { query, value, key } = qkv(call3);
  const heads = num(c, "num_heads");
  const keyDim = num(c, "key_dim");
  const valueDim = typeof c.value_dim === "number" ? c.value_dim : keyDim;
  const useBias = bool(c, "use_bias", true);
  const parts = [
    headProjection("query_dense", "query", query, heads, keyDim, useBias),
    headProjection("key_dense", "key", key, heads, keyDim, useBias)
  ];
  if (bool(c, "use_gate", false)) parts.push(headProjection("gate_dense", "gate", query, heads, valueDim, useBias));
  parts.push(headProjection("value_dense", "value", value, heads, valueDim, useBias));
  const rawOut = c.output_shape;
  const outDims = rawOut === null || rawOut === void 0 ? [query[query.length - 1]] : typeof rawOut === "number" ? [rawOut] : rawOut;
  const p = buildProjEquation(query.length - 1, 2, outDims.length);
  const combined = [...query.slice(0, -1), heads, valueDim];
  parts.push(subDense(
    "output_dense",
    "attention_output",
    p.equation,
    useBias ? p.biasAxes : null,
    combined,
    projOutputShape(p.outputRank - 1, outDims)
  ));
  return parts;
}
var multiHeadAttention = {
  variables(call3) {
    return mhaParts(call3).flatMap(subDenseVars);
  },
  outputShapes(call3) {
    const parts = mhaParts(call3);
    return [parts[parts.length - 1].output];
  }
};
function gqaParts(call3) {
  const c = call3.config;
  const { query, value, key } = qkv(call3);
  const headDim = num(c, "head_dim");
  const qHeads = num(c, "num_query_heads");
  const kvHeads = num(c, "num_key_value_heads");
  const useBias = bool(c, "use_bias", true);
  const feature = query[query.length - 1];
  const parts = [
    subDense("_query_dense", "query", "bqm,muh->bquh", useBias ? "uh" : null, query, [null, qHeads, headDim]),
    subDense("_key_dense", "key", "bkm,mvh->bkvh", useBias ? "vh" : null, key, [null, kvHeads, headDim])
  ];
  if (bool(c, "use_gate", false)) {
    parts.push(subDense("_gate_dense", "gate", "bqm,muh->bquh", useBias ? "uh" : null, query, [null, qHeads, headDim]));
  }
  parts.push(subDense("_value_dense", "value", "bkm,mvh->bkvh", useBias ? "vh" : null, value, [null, kvHeads, headDim]));
  parts.push(subDense(
    "_output_dense",
    "attention_output",
    "bquh,uhm->bqm",
    useBias ? "m" : null,
    [query[0], query[1], qHeads, headDim],
    [null, feature]
  ));
  return parts;
}
var groupedQueryAttention = {
  variables: (call3) => gqaParts(call3).flatMap(subDenseVars),
  outputShapes(call3) {
    return [[...inputShape(call3, 0)]];
  }
};
function attentionOutput(call3) {
  const { query, value } = qkv(call3);
  return [[...query.slice(0, -1), value[value.length - 1]]];
}
var attention = {
  variables(call3) {
    const vars = [];
    if (bool(call3.config, "use_scale", false)) vars.push(variable("scale", []));
    if (call3.config.score_mode === "concat") vars.push(variable("concat_score_weight", []));
    return vars;
  },
  outputShapes: attentionOutput
};
var additiveAttention = {
  variables(call3) {
    if (!bool(call3.config, "use_scale", true)) return [];
    const { query, value } = qkv(call3);
    const source = call3.generation === 3 ? query : value;
    return [variable("scale", [requireDim(source[source.length - 1], "AdditiveAttention feature dim")])];
  },
  outputShapes: attentionOutput
};

// src/model/layers/code-layers.ts
function isDimList(v) {
  return Array.isArray(v) && v.every((d) => d === null || typeof d === "number");
}
function lambdaOutputShapes(call3) {
  const c = call3.config;
  const declared = c.output_shape;
  const type = c.output_shape_type;
  if (type !== void 0 && type !== "raw") {
    throw new UnresolvedShape(`Lambda '${call3.name}' computes its output shape with code`);
  }
  const batch = call3.inputShapes[0]?.[0] ?? null;
  if (isDimList(declared)) return [[batch, ...declared]];
  if (Array.isArray(declared) && declared.length > 0 && declared.every(isDimList)) {
    return declared.map((s) => [batch, ...s]);
  }
  throw new UnresolvedShape(`Lambda '${call3.name}' declares no output shape; its code is not run`);
}
var lambdaLayer = {
  carriesCode: true,
  variables: () => [],
  outputShapes: lambdaOutputShapes
};
var tfOpLayer = {
  carriesCode: true,
  variables: () => [],
  outputShapes(call3) {
    throw new UnresolvedShape(`${call3.className} '${call3.name}' runs a TensorFlow op whose output shape is not modelled`);
  }
};

// src/model/layers/conv.ts
function splitChannels(input, channelsFirst) {
  return channelsFirst ? { batch: input[0], channels: input[1], spatial: input.slice(2) } : { batch: input[0], channels: input[input.length - 1], spatial: input.slice(1, -1) };
}
function joinChannels(l, channelsFirst) {
  return channelsFirst ? [l.batch, l.channels, ...l.spatial] : [l.batch, ...l.spatial, l.channels];
}
function geometry(call3, rank) {
  const c = call3.config;
  return {
    kernel: toTuple(c.kernel_size, rank, "kernel_size"),
    strides: toTuple(c.strides ?? 1, rank, "strides"),
    dilation: toTuple(c.dilation_rate ?? 1, rank, "dilation_rate"),
    padding: paddingMode(c),
    channelsFirst: isChannelsFirst(c)
  };
}
function layout(call3, rank, g) {
  const input = inputShape(call3);
  requireRank(input, rank + 2, call3);
  return splitChannels(input, g.channelsFirst);
}
function convSpatial(spatial, g) {
  return spatial.map((d, i) => convOutputLength(d, g.kernel[i], g.padding, g.strides[i], g.dilation[i]));
}
function biasIf(call3, size) {
  return bool(call3.config, "use_bias", true) ? [variable("bias", [size])] : [];
}
function conv(rank) {
  return {
    variables(call3) {
      const g = geometry(call3, rank);
      const inCh = requireDim(layout(call3, rank, g).channels, "conv input channels");
      const groups = num(call3.config, "groups", 1);
      if (inCh % groups !== 0) {
        throw new LayerConfigError(`input channels ${inCh} not divisible by groups ${groups}`);
      }
      const filters = num(call3.config, "filters");
      return [variable("kernel", [...g.kernel, inCh / groups, filters]), ...biasIf(call3, filters)];
    },
    outputShapes(call3) {
      const g = geometry(call3, rank);
      const l = layout(call3, rank, g);
      return [joinChannels({ batch: l.batch, spatial: convSpatial(l.spatial, g), channels: num(call3.config, "filters") }, g.channelsFirst)];
    }
  };
}
function convTranspose(rank) {
  return {
    variables(call3) {
      const g = geometry(call3, rank);
      const inCh = requireDim(layout(call3, rank, g).channels, "conv-transpose input channels");
      const filters = num(call3.config, "filters");
      return [variable("kernel", [...g.kernel, filters, inCh]), ...biasIf(call3, filters)];
    },
    outputShapes(call3) {
      const g = geometry(call3, rank);
      const l = layout(call3, rank, g);
      const op = call3.config.output_padding;
      const outPad = op === null || op === void 0 ? null : toTuple(op, rank, "output_padding");
      const spatial = l.spatial.map((d, i) => deconvOutputLength(d, g.kernel[i], g.padding, outPad ? outPad[i] : null, g.strides[i], g.dilation[i]));
      return [joinChannels({ batch: l.batch, spatial, channels: num(call3.config, "filters") }, g.channelsFirst)];
    }
  };
}
function separableConv(rank) {
  return {
    variables(call3) {
      const g = geometry(call3, rank);
      const inCh = requireDim(layout(call3, rank, g).channels, "separable conv input channels");
      const dm = num(call3.config, "depth_multiplier", 1);
      const filters = num(call3.config, "filters");
      return [
        variable("depthwise_kernel", [...g.kernel, inCh, dm]),
        variable("pointwise_kernel", [...Array(rank).fill(1), inCh * dm, filters]),
        ...biasIf(call3, filters)
      ];
    },
    outputShapes(call3) {
      const g = geometry(call3, rank);
      const l = layout(call3, rank, g);
      return [joinChannels({ batch: l.batch, spatial: convSpatial(l.spatial, g), channels: num(call3.config, "filters") }, g.channelsFirst)];
    }
  };
}
function depthwiseConv(rank) {
  return {
    variables(call3) {
      const g = geometry(call3, rank);
      const inCh = requireDim(layout(call3, rank, g).channels, "depthwise conv input channels");
      const dm = num(call3.config, "depth_multiplier", 1);
      const name = call3.generation === 3 ? "kernel" : "depthwise_kernel";
      return [variable(name, [...g.kernel, inCh, dm]), ...biasIf(call3, inCh * dm)];
    },
    outputShapes(call3) {
      const g = geometry(call3, rank);
      const l = layout(call3, rank, g);
      const dm = num(call3.config, "depth_multiplier", 1);
      const channels = l.channels === null ? null : l.channels * dm;
      return [joinChannels({ batch: l.batch, spatial: convSpatial(l.spatial, g), channels }, g.channelsFirst)];
    }
  };
}

// src/model/layers/core.ts
var dense = {
  variables(call3) {
    const input = inputShape(call3);
    const inDim = requireDim(input[input.length - 1], "Dense input last dim");
    const units2 = num(call3.config, "units");
    const vars = [variable("kernel", [inDim, units2])];
    if (bool(call3.config, "use_bias", true)) vars.push(variable("bias", [units2]));
    return vars;
  },
  outputShapes(call3) {
    const input = inputShape(call3);
    return [[...input.slice(0, -1), num(call3.config, "units")]];
  }
};
function einsumShapes(call3) {
  const equation = call3.config.equation;
  if (typeof equation !== "string") throw new LayerConfigError("EinsumDense has no equation");
  const out = call3.config.output_shape;
  const biasAxes = typeof call3.config.bias_axes === "string" && call3.config.bias_axes !== "" ? call3.config.bias_axes : null;
  return analyzeEinsum(equation, biasAxes, inputShape(call3), out);
}
var einsumDense = {
  variables(call3) {
    const s = einsumShapes(call3);
    const vars = [variable("kernel", requireDims(s.kernel, "EinsumDense kernel"))];
    if (s.bias) vars.push(variable("bias", requireDims(s.bias, "EinsumDense bias")));
    return vars;
  },
  outputShapes(call3) {
    return [einsumShapes(call3).output];
  }
};
function embeddingOutput(call3) {
  const outDim = num(call3.config, "output_dim");
  const input = call3.inputShapes[0];
  if (input) return [[...input, outDim]];
  const len = call3.config.input_length;
  return [[null, typeof len === "number" ? len : null, outDim]];
}
var embedding = {
  variables(call3) {
    return [variable("embeddings", [num(call3.config, "input_dim"), num(call3.config, "output_dim")])];
  },
  outputShapes: embeddingOutput
};
var reversibleEmbedding = {
  variables(call3) {
    const inputDim = num(call3.config, "input_dim");
    const outputDim = num(call3.config, "output_dim");
    const vars = [variable("embeddings", [inputDim, outputDim])];
    if (!bool(call3.config, "tie_weights", true)) vars.push(variable("reverse_embeddings", [outputDim, inputDim]));
    return vars;
  },
  outputShapes: embeddingOutput
};
var inputLayer = {
  variables: () => [],
  outputShapes(call3) {
    const c = call3.config;
    const batchShape = pick(c, "batch_shape", "batch_input_shape");
    if (Array.isArray(batchShape)) return [batchShape];
    const shape2 = pick(c, "shape", "input_shape");
    if (Array.isArray(shape2)) return [[typeof c.batch_size === "number" ? c.batch_size : null, ...shape2]];
    if (call3.inputShapes[0]) return [call3.inputShapes[0]];
    throw new LayerConfigError(`InputLayer '${call3.name}' declares no shape`);
  }
};

// src/model/layers/merging.ts
function allInputs(call3, min) {
  if (call3.inputShapes.length < min) {
    throw new UnresolvedShape(`${call3.className} '${call3.name}' needs ${min} input shapes, has ${call3.inputShapes.length}`);
  }
  return call3.inputShapes;
}
var elementwise = {
  variables: () => [],
  outputShapes(call3) {
    const shapes = allInputs(call3, 1);
    let out = shapes[0].slice(1);
    for (const s of shapes.slice(1)) out = broadcastShapes(out, s.slice(1));
    return [[commonBatch(shapes), ...out]];
  }
};
function concatShapes(shapes, axisRaw) {
  const rank = shapes[0].length;
  const axis = normalizeAxis(axisRaw, rank);
  const out = [];
  for (let i = 0; i < rank; i++) {
    if (i === axis) {
      out.push(shapes.map((s) => s[i] ?? null).reduce((a, b) => addDims(a, b)));
    } else {
      out.push(shapes.map((s) => s[i]).find((d) => d !== null && d !== void 0) ?? null);
    }
  }
  return out;
}
var concatenate = {
  variables: () => [],
  outputShapes(call3) {
    const shapes = allInputs(call3, 1);
    const axis = typeof call3.config.axis === "number" ? call3.config.axis : -1;
    return [concatShapes(shapes, axis)];
  }
};
function dotShapes(a, b, axesRaw) {
  let axes;
  if (typeof axesRaw === "number") {
    axes = axesRaw < 0 ? [normalizeAxis(axesRaw, a.length), normalizeAxis(axesRaw, b.length)] : [axesRaw, axesRaw];
  } else if (Array.isArray(axesRaw) && axesRaw.length === 2) {
    axes = [normalizeAxis(axesRaw[0], a.length), normalizeAxis(axesRaw[1], b.length)];
  } else {
    throw new LayerConfigError(`Dot axes must be an int or a pair, got ${JSON.stringify(axesRaw)}`);
  }
  const s1 = a.filter((_, i) => i !== axes[0]);
  const s2 = b.filter((_, i) => i !== axes[1]).slice(1);
  const out = [...s1, ...s2];
  return out.length === 1 ? [...out, 1] : out;
}
var dot = {
  variables: () => [],
  outputShapes(call3) {
    allInputs(call3, 2);
    return [dotShapes(inputShape(call3, 0), inputShape(call3, 1), call3.config.axes ?? -1)];
  }
};

// src/model/layers/keras1.ts
function lastDim(call3, what) {
  const input = call3.inputShapes[0];
  const d = input ? input[input.length - 1] : null;
  if (d === null && typeof call3.config.input_dim === "number") return call3.config.input_dim;
  return requireDim(d, what);
}
function withBias(call3, vars, size) {
  if (bool(call3.config, "bias", true)) vars.push(variable("b", Array.isArray(size) ? size : [size]));
  return vars;
}
var dense2 = {
  variables(call3) {
    const out = num(call3.config, "output_dim");
    return withBias(call3, [variable("W", [lastDim(call3, "Dense input dim"), out])], out);
  },
  outputShapes(call3) {
    return [[...inputShape(call3).slice(0, -1), num(call3.config, "output_dim")]];
  }
};
var maxoutDense = {
  variables(call3) {
    const k = num(call3.config, "nb_feature", 4);
    const out = num(call3.config, "output_dim");
    return withBias(call3, [variable("W", [k, lastDim(call3, "MaxoutDense input dim"), out])], [k, out]);
  },
  outputShapes: dense2.outputShapes
};
var highway = {
  variables(call3) {
    const d = lastDim(call3, "Highway input dim");
    const vars = [variable("W", [d, d]), variable("W_carry", [d, d])];
    if (bool(call3.config, "bias", true)) vars.push(variable("b", [d]), variable("b_carry", [d]));
    return vars;
  },
  outputShapes: passThrough.outputShapes
};
var embedding2 = {
  variables(call3) {
    return [variable("W", [num(call3.config, "input_dim"), num(call3.config, "output_dim")])];
  },
  outputShapes(call3) {
    const input = call3.inputShapes[0];
    const len = typeof call3.config.input_length === "number" ? call3.config.input_length : input?.[1] ?? null;
    return [[input?.[0] ?? null, len, num(call3.config, "output_dim")]];
  }
};
var conv1d = {
  variables(call3) {
    const f = num(call3.config, "nb_filter");
    const k = num(call3.config, "filter_length");
    return withBias(call3, [variable("W", [k, 1, lastDim(call3, "Convolution1D input dim"), f])], f);
  },
  outputShapes(call3) {
    const input = inputShape(call3);
    requireRank(input, 3, call3);
    const c = call3.config;
    const len = convOutputLength(
      input[1],
      num(c, "filter_length"),
      paddingMode(c),
      num(c, "subsample_length", 1),
      num(c, "atrous_rate", 1)
    );
    return [[input[0], len, num(c, "nb_filter")]];
  }
};
function kernel2d(c) {
  return [num(c, "nb_row"), num(c, "nb_col")];
}
function kernel3d(c) {
  return [num(c, "kernel_dim1"), num(c, "kernel_dim2"), num(c, "kernel_dim3")];
}
function stackSize(call3, rank) {
  const input = inputShape(call3);
  requireRank(input, rank + 2, call3);
  return requireDim(splitChannels(input, isChannelsFirst(call3.config)).channels, `${call3.className} input channels`);
}
function convNd(rank, kernelOf) {
  return {
    variables(call3) {
      const k = kernelOf(call3.config);
      const f = num(call3.config, "nb_filter");
      const stack = stackSize(call3, rank);
      const shape2 = isChannelsFirst(call3.config) ? [f, stack, ...k] : [...k, stack, f];
      return withBias(call3, [variable("W", shape2)], f);
    },
    outputShapes(call3) {
      const c = call3.config;
      const input = inputShape(call3);
      requireRank(input, rank + 2, call3);
      const cf = isChannelsFirst(c);
      const l = splitChannels(input, cf);
      const filters = num(c, "nb_filter");
      if (call3.className === "Deconvolution2D") {
        const out = c.output_shape;
        const spatial2 = cf ? out.slice(2, 4) : out.slice(1, 3);
        return [joinChannels({ batch: l.batch, spatial: spatial2, channels: filters }, cf)];
      }
      const k = kernelOf(c);
      const strides = toTuple(c.subsample ?? 1, rank, "subsample");
      const dilation = toTuple(c.atrous_rate ?? 1, rank, "atrous_rate");
      const padding = paddingMode(c);
      const spatial = l.spatial.map((d, i) => convOutputLength(d, k[i], padding, strides[i], dilation[i]));
      return [joinChannels({ batch: l.batch, spatial, channels: filters }, cf)];
    }
  };
}
var separableConv2d = {
  variables(call3) {
    const c = call3.config;
    const [r, k] = kernel2d(c);
    const f = num(c, "nb_filter");
    const dm = num(c, "depth_multiplier", 1);
    const stack = stackSize(call3, 2);
    const th = isChannelsFirst(c);
    return withBias(call3, [
      variable("depthwise_kernel", th ? [dm, stack, r, k] : [r, k, stack, dm]),
      variable("pointwise_kernel", th ? [f, dm * stack, 1, 1] : [1, 1, dm * stack, f])
    ], f);
  },
  outputShapes: convNd(2, kernel2d).outputShapes
};
var batchNormalization = {
  variables(call3) {
    const input = inputShape(call3);
    const axis = typeof call3.config.axis === "number" ? call3.config.axis : -1;
    const a = axis < 0 ? axis + input.length : axis;
    const shape2 = [requireDim(input[a], "BatchNormalization axis dim")];
    return [
      variable("gamma", shape2),
      variable("beta", shape2),
      variable("running_mean", shape2, false),
      variable("running_std", shape2, false)
    ];
  },
  outputShapes: passThrough.outputShapes
};
function perElement(...names) {
  return {
    variables(call3) {
      const shape2 = requireDims(inputShape(call3).slice(1), `${call3.className} parameter`);
      return names.map((n) => variable(n, shape2));
    },
    outputShapes: passThrough.outputShapes
  };
}
function recurrent1(gates) {
  return {
    variables(call3) {
      const out = num(call3.config, "output_dim");
      const inDim = lastDim(call3, `${call3.className} input dim`);
      if (gates === null || pick(call3.config, "consume_less") === "gpu") {
        const n = gates === null ? 1 : gates.length;
        return [variable("W", [inDim, n * out]), variable("U", [out, n * out]), variable("b", [n * out])];
      }
      return gates.flatMap((g) => [
        variable(`W_${g}`, [inDim, out]),
        variable(`U_${g}`, [out, out]),
        variable(`b_${g}`, [out])
      ]);
    },
    outputShapes(call3) {
      const input = inputShape(call3);
      const out = num(call3.config, "output_dim");
      return recurrentOutputs({ return_sequences: call3.config.return_sequences }, input, [out], []);
    }
  };
}
var merge = {
  variables: () => [],
  outputShapes(call3) {
    const c = call3.config;
    const shapes = call3.inputShapes;
    if (shapes.length < 2) throw new UnresolvedShape(`Merge '${call3.name}' needs at least 2 input shapes`);
    const mode = c.mode ?? "sum";
    switch (mode) {
      case "sum":
      case "mul":
      case "ave":
      case "max": {
        let out = shapes[0].slice(1);
        for (const s of shapes.slice(1)) out = broadcastShapes(out, s.slice(1));
        return [[commonBatch(shapes), ...out]];
      }
      case "concat":
        return [concatShapes(shapes, typeof c.concat_axis === "number" ? c.concat_axis : -1)];
      case "dot":
      case "cos":
        return [dotShapes(shapes[0], shapes[1], c.dot_axes ?? -1)];
      default: {
        const declared = c.output_shape;
        if (c.output_shape_type === "raw" && Array.isArray(declared)) return [declared];
        throw new UnresolvedShape(`Merge '${call3.name}' uses a custom merge function`);
      }
    }
  }
};
var timeDistributedDense = {
  variables: dense2.variables,
  outputShapes(call3) {
    const input = inputShape(call3);
    return [[input[0], input[1], num(call3.config, "output_dim")]];
  }
};
var KERAS1_SPECS = {
  Dense: dense2,
  TimeDistributedDense: timeDistributedDense,
  MaxoutDense: maxoutDense,
  Highway: highway,
  Embedding: embedding2,
  Convolution1D: conv1d,
  AtrousConvolution1D: conv1d,
  Convolution2D: convNd(2, kernel2d),
  AtrousConvolution2D: convNd(2, kernel2d),
  Deconvolution2D: convNd(2, kernel2d),
  SeparableConvolution2D: separableConv2d,
  Convolution3D: convNd(3, kernel3d),
  BatchNormalization: batchNormalization,
  ParametricSoftplus: perElement("alphas", "betas"),
  SReLU: perElement("t_left", "a_left", "t_right", "a_right"),
  LSTM: recurrent1(["i", "c", "f", "o"]),
  GRU: recurrent1(["z", "r", "h"]),
  SimpleRNN: recurrent1(null),
  Merge: merge
};
var KERAS1_ONLY = /* @__PURE__ */ new Set([
  "TimeDistributedDense",
  "MaxoutDense",
  "Highway",
  "Convolution1D",
  "AtrousConvolution1D",
  "Convolution2D",
  "AtrousConvolution2D",
  "Deconvolution2D",
  "SeparableConvolution2D",
  "Convolution3D",
  "ParametricSoftplus",
  "SReLU",
  "Merge"
]);

// src/model/layers/normalization.ts
function axesOf(raw, rank, dflt) {
  const list = raw === null || raw === void 0 ? [dflt] : Array.isArray(raw) ? raw : [raw];
  if (!list.every((a) => typeof a === "number")) {
    throw new LayerConfigError(`axis must be an int or a list of ints, got ${JSON.stringify(raw)}`);
  }
  return list.map((a) => normalizeAxis(a, rank));
}
function batchNormParamShape(input, axisRaw, virtualBatch) {
  const axes = axesOf(axisRaw, input.length, -1);
  for (const a of axes) requireDim(input[a], `BatchNormalization axis ${a} dim`);
  if (axes.length === 1 && !virtualBatch) return [input[axes[0]]];
  const shape2 = input.map((d, i) => axes.includes(i) ? d : 1);
  if (virtualBatch) shape2.splice(1, 0, 1);
  return shape2;
}
var batchNormalization2 = {
  variables(call3) {
    const c = call3.config;
    const virtualBatch = typeof c.virtual_batch_size === "number";
    const shape2 = batchNormParamShape(inputShape(call3), c.axis, virtualBatch);
    const vars = [];
    if (bool(c, "scale", true)) vars.push(variable("gamma", shape2));
    if (bool(c, "center", true)) vars.push(variable("beta", shape2));
    vars.push(variable("moving_mean", shape2, false), variable("moving_variance", shape2, false));
    if (bool(c, "renorm", false)) {
      vars.push(
        variable("moving_stddev", shape2, false),
        variable("renorm_mean", shape2, false),
        variable("renorm_stddev", shape2, false)
      );
    }
    return vars;
  },
  outputShapes: passThrough.outputShapes
};
function dimsAt(input, axes, what) {
  return requireDims(axes.map((a) => input[a]), what);
}
var layerNormalization = {
  variables(call3) {
    const c = call3.config;
    const input = inputShape(call3);
    const shape2 = dimsAt(input, axesOf(c.axis, input.length, -1), "LayerNormalization axis dim");
    const rms = bool(c, "rms_scaling", false);
    const vars = [];
    if (bool(c, "scale", true) || rms) vars.push(variable("gamma", shape2));
    if (bool(c, "center", true) && !rms) vars.push(variable("beta", shape2));
    return vars;
  },
  outputShapes: passThrough.outputShapes
};
var groupNormalization = {
  variables(call3) {
    const c = call3.config;
    const input = inputShape(call3);
    const axis = normalizeAxis(typeof c.axis === "number" ? c.axis : -1, input.length);
    const dim = requireDim(input[axis], "GroupNormalization axis dim");
    const groups = typeof c.groups === "number" ? c.groups : 32;
    const effective = groups === -1 ? dim : groups;
    if (dim % effective !== 0) throw new LayerConfigError(`${dim} channels not divisible into ${effective} groups`);
    const vars = [];
    if (bool(c, "scale", true)) vars.push(variable("gamma", [dim]));
    if (bool(c, "center", true)) vars.push(variable("beta", [dim]));
    return vars;
  },
  outputShapes: passThrough.outputShapes
};
var rmsNormalization = {
  variables(call3) {
    const input = inputShape(call3);
    const raw = call3.config.axis;
    const axes = Array.isArray(raw) ? [...raw].sort((a, b) => a - b) : raw;
    return [variable("scale", dimsAt(input, axesOf(axes, input.length, -1), "RMSNormalization axis dim"))];
  },
  outputShapes: passThrough.outputShapes
};

// src/model/layers/pooling.ts
function pooling(rank) {
  return {
    variables: () => [],
    outputShapes(call3) {
      const c = call3.config;
      const input = inputShape(call3);
      requireRank(input, rank + 2, call3);
      const pool2 = toTuple(pick(c, "pool_size", "pool_length") ?? 2, rank, "pool_size");
      const strides = toTuple(pick(c, "strides", "stride") ?? pool2, rank, "strides");
      const cf = isChannelsFirst(c);
      const l = splitChannels(input, cf);
      const padding = paddingMode(c);
      const spatial = l.spatial.map((d, i) => convOutputLength(d, pool2[i], padding, strides[i]));
      return [joinChannels({ ...l, spatial }, cf)];
    }
  };
}
function globalPooling(rank) {
  return {
    variables: () => [],
    outputShapes(call3) {
      const input = inputShape(call3);
      requireRank(input, rank + 2, call3);
      const cf = isChannelsFirst(call3.config);
      const l = splitChannels(input, cf);
      if (!bool(call3.config, "keepdims", false)) return [[l.batch, l.channels]];
      return [joinChannels({ ...l, spatial: l.spatial.map(() => 1) }, cf)];
    }
  };
}
function adaptivePooling(rank) {
  return {
    variables: () => [],
    outputShapes(call3) {
      const input = inputShape(call3);
      requireRank(input, rank + 2, call3);
      const cf = isChannelsFirst(call3.config);
      const l = splitChannels(input, cf);
      return [joinChannels({ ...l, spatial: toTuple(call3.config.output_size, rank, "output_size") }, cf)];
    }
  };
}

// src/model/layers/preprocessing.ts
var normalization = {
  variables(call3) {
    const c = call3.config;
    if (c.mean !== null && c.mean !== void 0 && c.variance !== null && c.variance !== void 0) return [];
    const input = inputShape(call3);
    const raw = c.axis === void 0 ? -1 : c.axis;
    const list = raw === null ? [] : Array.isArray(raw) ? raw : [raw];
    if (!list.every((a) => typeof a === "number")) throw new LayerConfigError(`bad Normalization axis ${JSON.stringify(raw)}`);
    const keep = [...new Set(list.map((a) => normalizeAxis(a, input.length)))].sort((a, b) => a - b);
    const shape2 = keep.map((a) => requireDim(input[a], `Normalization axis ${a} dim`));
    return [
      variable("mean", shape2, false),
      variable("variance", shape2, false),
      variable("count", [], false, { dtype: call3.generation === 3 ? "int32" : "int64" })
    ];
  },
  outputShapes: (call3) => [[...inputShape(call3)]]
};
function encodedShape(input, depth, mode) {
  if (mode === "int") return [...input];
  if (input.length === 0) return [depth];
  if (mode === "one_hot") {
    if (input[input.length - 1] !== 1 || input.length === 1) return [...input, depth];
    return [...input.slice(0, -1), depth];
  }
  return [...input.slice(0, -1), depth];
}
function weightless(outputShapes) {
  return { variables: () => [], outputShapes };
}
function numOr(v) {
  return typeof v === "number" ? v : null;
}
var categoryEncoding = weightless((call3) => [
  encodedShape(inputShape(call3), numOr(call3.config.num_tokens), String(call3.config.output_mode ?? "multi_hot"))
]);
var hashing = weightless((call3) => [
  encodedShape(inputShape(call3), numOr(call3.config.num_bins), String(call3.config.output_mode ?? "int"))
]);
var hashedCrossing = weightless((call3) => [
  encodedShape(inputShape(call3), numOr(call3.config.num_bins), String(call3.config.output_mode ?? "int"))
]);
var discretization = weightless((call3) => {
  const c = call3.config;
  const depth = typeof c.num_bins === "number" ? c.num_bins : Array.isArray(c.bin_boundaries) ? c.bin_boundaries.length + 1 : null;
  return [encodedShape(inputShape(call3), depth, String(c.output_mode ?? "int"))];
});
var lookup = weightless((call3) => {
  const c = call3.config;
  const depth = numOr(c.vocabulary_size) ?? numOr(c.max_tokens);
  return [encodedShape(inputShape(call3), depth, String(c.output_mode ?? "int"))];
});
var textVectorization = weightless((call3) => {
  const c = call3.config;
  const input = inputShape(call3);
  const mode = String(c.output_mode ?? "int");
  if (mode === "int") return [[input[0], numOr(c.output_sequence_length)]];
  return [[input[0], numOr(c.vocabulary_size) ?? numOr(c.max_tokens)]];
});

// src/model/layers/reshaping.ts
function weightless2(outputShapes) {
  return { variables: () => [], outputShapes };
}
var flatten = weightless2((call3) => {
  const input = inputShape(call3);
  return [[input[0], input.length === 1 ? 1 : product(input.slice(1))]];
});
var reshape = weightless2((call3) => {
  const input = inputShape(call3);
  const target = call3.config.target_shape;
  if (!Array.isArray(target)) throw new LayerConfigError("Reshape has no target_shape");
  const dims = target.map((d) => d === -1 ? null : d);
  const unknown = target.filter((d) => d === -1 || d === null).length;
  if (unknown === 1) {
    const total = product(input.slice(1));
    const known = product(dims.filter((d) => d !== null));
    if (total !== null && known !== null && known !== 0) {
      dims[dims.findIndex((d) => d === null)] = total / known;
    }
  }
  return [[input[0], ...dims]];
});
var permute = weightless2((call3) => {
  const input = inputShape(call3);
  const dims = call3.config.dims;
  if (!Array.isArray(dims)) throw new LayerConfigError("Permute has no dims");
  return [[input[0], ...dims.map((d) => input[d] ?? null)]];
});
var repeatVector = weightless2((call3) => {
  const input = inputShape(call3);
  return [[input[0], num(call3.config, "n"), ...input.slice(1)]];
});
function normalizePairs(raw, n, what) {
  if (typeof raw === "number") return Array.from({ length: n }, () => [raw, raw]);
  if (raw && typeof raw === "object" && !Array.isArray(raw)) {
    const d = raw;
    const get = (k) => typeof d[k] === "number" ? d[k] : 0;
    if (n === 1) return [[get("left_pad"), get("right_pad")]];
    if (n === 2) return [[get("top_pad"), get("bottom_pad")], [get("left_pad"), get("right_pad")]];
  }
  if (Array.isArray(raw)) {
    if (n === 1 && raw.length === 2 && raw.every((v) => typeof v === "number")) return [[raw[0], raw[1]]];
    if (raw.length === 2 * n && n > 1 && raw.every((v) => typeof v === "number")) {
      return Array.from({ length: n }, (_, i) => [raw[2 * i], raw[2 * i + 1]]);
    }
    if (raw.length === n) {
      return raw.map((v) => {
        if (typeof v === "number") return [v, v];
        if (Array.isArray(v) && v.length === 2) return [v[0], v[1]];
        throw new LayerConfigError(`${what}: bad entry ${JSON.stringify(v)}`);
      });
    }
    if (n === 1 && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 2) return [[raw[0][0], raw[0][1]]];
  }
  throw new LayerConfigError(`${what}: cannot read ${JSON.stringify(raw)} for ${n} dims`);
}
function spatialOp(rank, op) {
  return weightless2((call3) => {
    const input = inputShape(call3);
    requireRank(input, rank + 2, call3);
    const cf = rank > 1 && isChannelsFirst(call3.config);
    const l = splitChannels(input, cf);
    return [joinChannels({ ...l, spatial: l.spatial.map((d, i) => op(d, i, call3)) }, cf)];
  });
}
var PAD_DEFAULT = 1;
function zeroPadding(rank) {
  return spatialOp(rank, (d, i, call3) => {
    const pairs = normalizePairs(call3.config.padding ?? PAD_DEFAULT, rank, "padding");
    return addDims(d, pairs[i][0] + pairs[i][1]);
  });
}
function cropping(rank) {
  return spatialOp(rank, (d, i, call3) => {
    const pairs = normalizePairs(call3.config.cropping ?? (rank === 2 ? 0 : 1), rank, "cropping");
    return addDims(d, -(pairs[i][0] + pairs[i][1]));
  });
}
function upSampling(rank) {
  return spatialOp(rank, (d, i, call3) => {
    const size = toTuple(pick(call3.config, "size", "length") ?? 2, rank, "size");
    return mulDim(d, size[i]);
  });
}
var fixedImageSize = weightless2((call3) => {
  const input = inputShape(call3);
  const cf = isChannelsFirst(call3.config);
  const h = num(call3.config, "height");
  const w = num(call3.config, "width");
  if (input.length === 3) return [cf ? [input[0], h, w] : [h, w, input[2]]];
  const l = splitChannels(input, cf);
  return [joinChannels({ ...l, spatial: [h, w] }, cf)];
});
function randomSide(axisFromEnd) {
  return weightless2((call3) => {
    const out = [...inputShape(call3)];
    const cf = isChannelsFirst(call3.config);
    const idx = cf ? out.length - axisFromEnd + 1 : out.length - axisFromEnd;
    out[idx] = null;
    return [out];
  });
}

// src/model/layers/wrappers.ts
function specFor(lookup2, inner, call3) {
  const spec = lookup2(inner.className, call3.generation);
  if (!spec) {
    throw new UnresolvedShape(`${call3.className} '${call3.name}' wraps '${inner.className}', which the catalogue does not know`);
  }
  return spec;
}
function removePrefix(s, prefix) {
  return s.startsWith(prefix) ? s.slice(prefix.length) : s;
}
function directions(call3) {
  const layer = nestedLayer(call3.config.layer, "Bidirectional.layer");
  const name = typeof layer.config.name === "string" ? layer.config.name : "";
  const forward = { className: layer.className, config: { ...layer.config, name: `forward_${removePrefix(name, "forward_")}` } };
  const raw = call3.config.backward_layer;
  const backward = raw ? nestedLayer(raw, "Bidirectional.backward_layer") : {
    className: layer.className,
    config: {
      ...layer.config,
      go_backwards: !layer.config.go_backwards,
      name: `backward_${removePrefix(name, "backward_")}`
    }
  };
  return { forward, backward };
}
function bidirectional(lookup2) {
  return {
    variables(call3) {
      const { forward, backward } = directions(call3);
      const seq = inputShape(call3);
      const fw = specFor(lookup2, forward, call3).variables(innerCall(call3, forward, [seq]));
      const bw = specFor(lookup2, backward, call3).variables(innerCall(call3, backward, [seq]));
      return [
        ...nest(fw, "forward_layer", forward.config.name),
        ...nest(bw, "backward_layer", backward.config.name)
      ];
    },
    outputShapes(call3) {
      const { forward, backward } = directions(call3);
      const seq = inputShape(call3);
      const [fOut, ...fStates] = specFor(lookup2, forward, call3).outputShapes(innerCall(call3, forward, [seq]));
      const [bOut, ...bStates] = specFor(lookup2, backward, call3).outputShapes(innerCall(call3, backward, [seq]));
      const mode = call3.config.merge_mode === void 0 ? "concat" : call3.config.merge_mode;
      let merged;
      switch (mode) {
        case "concat": {
          const last = fOut.length - 1;
          merged = [[...fOut.slice(0, last), addDims(fOut[last], bOut[last])]];
          break;
        }
        case "sum":
        case "mul":
        case "ave":
          merged = [fOut];
          break;
        case null:
          merged = [fOut, bOut];
          break;
        default:
          throw new LayerConfigError(`unknown Bidirectional merge_mode ${JSON.stringify(mode)}`);
      }
      return [...merged, ...fStates, ...bStates];
    }
  };
}
function timeDistributed(lookup2) {
  const stepCall = (call3) => {
    const inner = nestedLayer(call3.config.layer, "TimeDistributed.layer");
    const input = inputShape(call3);
    if (input.length < 3) throw new LayerConfigError(`TimeDistributed needs rank >= 3 input, got ${JSON.stringify(input)}`);
    return { inner, input, sub: innerCall(call3, inner, [[input[0], ...input.slice(2)]]) };
  };
  return {
    variables(call3) {
      const { inner, sub } = stepCall(call3);
      const scope = call3.generation === 3 ? sub.name : "";
      return nest(specFor(lookup2, inner, call3).variables(sub), "layer", scope);
    },
    outputShapes(call3) {
      const { inner, input, sub } = stepCall(call3);
      return specFor(lookup2, inner, call3).outputShapes(sub).map((s) => [s[0], input[1], ...s.slice(1)]);
    }
  };
}
function spectralNormalization(lookup2) {
  return {
    variables(call3) {
      const inner = nestedLayer(call3.config.layer, "SpectralNormalization.layer");
      const sub = innerCall(call3, inner, call3.inputShapes);
      const innerVars = specFor(lookup2, inner, call3).variables(sub);
      const kernel = innerVars.find((v) => v.name === "kernel") ?? innerVars.find((v) => v.name === "embeddings");
      if (!kernel) throw new LayerConfigError(`SpectralNormalization wraps '${inner.className}', which has no kernel`);
      return [
        ...nest(innerVars, "layer", sub.name),
        { name: "vector_u", shape: [1, kernel.shape[kernel.shape.length - 1]], trainable: false, owner: "", scope: "" }
      ];
    },
    outputShapes(call3) {
      const inner = nestedLayer(call3.config.layer, "SpectralNormalization.layer");
      return specFor(lookup2, inner, call3).outputShapes(innerCall(call3, inner, call3.inputShapes));
    }
  };
}

// src/model/layers/catalogue.ts
var AUGMENTATIONS = [
  "RandomFlip",
  "RandomRotation",
  "RandomZoom",
  "RandomContrast",
  "RandomTranslation",
  "RandomBrightness",
  "AutoContrast",
  "Equalization",
  "Solarization",
  "RandomGrayscale",
  "RandomColorJitter",
  "RandomSharpness",
  "RandomShear",
  "RandomPosterization",
  "RandomHue",
  "RandomSaturation",
  "RandomColorDegeneration",
  "RandomInvert",
  "RandomPerspective",
  "RandomGaussianBlur",
  "RandomElasticTransform",
  "RandomErasing",
  "AugMix",
  "RandAugment",
  "CutMix",
  "MixUp"
];
var PASS_THROUGH = [
  "Activation",
  "ReLU",
  "LeakyReLU",
  "ELU",
  "Softmax",
  "ThresholdedReLU",
  "Dropout",
  "SpatialDropout1D",
  "SpatialDropout2D",
  "SpatialDropout3D",
  "GaussianNoise",
  "GaussianDropout",
  "AlphaDropout",
  "ActivityRegularization",
  "Masking",
  "Identity",
  "UnitNormalization",
  "Rescaling",
  ...AUGMENTATIONS
];
var WEIGHTLESS = {
  ...Object.fromEntries(PASS_THROUGH.map((c) => [c, passThrough])),
  InputLayer: inputLayer,
  Flatten: flatten,
  Reshape: reshape,
  Permute: permute,
  RepeatVector: repeatVector,
  ZeroPadding1D: zeroPadding(1),
  ZeroPadding2D: zeroPadding(2),
  ZeroPadding3D: zeroPadding(3),
  Cropping1D: cropping(1),
  Cropping2D: cropping(2),
  Cropping3D: cropping(3),
  UpSampling1D: upSampling(1),
  UpSampling2D: upSampling(2),
  UpSampling3D: upSampling(3),
  Resizing: fixedImageSize,
  CenterCrop: fixedImageSize,
  RandomCrop: fixedImageSize,
  RandomHeight: randomSide(3),
  RandomWidth: randomSide(2),
  Add: elementwise,
  Subtract: elementwise,
  Multiply: elementwise,
  Average: elementwise,
  Maximum: elementwise,
  Minimum: elementwise,
  Concatenate: concatenate,
  Dot: dot,
  MaxPooling1D: pooling(1),
  MaxPooling2D: pooling(2),
  MaxPooling3D: pooling(3),
  AveragePooling1D: pooling(1),
  AveragePooling2D: pooling(2),
  AveragePooling3D: pooling(3),
  MaxPool1D: pooling(1),
  MaxPool2D: pooling(2),
  MaxPool3D: pooling(3),
  AvgPool1D: pooling(1),
  AvgPool2D: pooling(2),
  AvgPool3D: pooling(3),
  GlobalAveragePooling1D: globalPooling(1),
  GlobalAveragePooling2D: globalPooling(2),
  GlobalAveragePooling3D: globalPooling(3),
  GlobalMaxPooling1D: globalPooling(1),
  GlobalMaxPooling2D: globalPooling(2),
  GlobalMaxPooling3D: globalPooling(3),
  GlobalAvgPool1D: globalPooling(1),
  GlobalAvgPool2D: globalPooling(2),
  GlobalAvgPool3D: globalPooling(3),
  GlobalMaxPool1D: globalPooling(1),
  GlobalMaxPool2D: globalPooling(2),
  GlobalMaxPool3D: globalPooling(3),
  AdaptiveAveragePooling1D: adaptivePooling(1),
  AdaptiveAveragePooling2D: adaptivePooling(2),
  AdaptiveAveragePooling3D: adaptivePooling(3),
  AdaptiveMaxPooling1D: adaptivePooling(1),
  AdaptiveMaxPooling2D: adaptivePooling(2),
  AdaptiveMaxPooling3D: adaptivePooling(3),
  CategoryEncoding: categoryEncoding,
  Hashing: hashing,
  HashedCrossing: hashedCrossing,
  StringLookup: lookup,
  IntegerLookup: lookup,
  Discretization: discretization,
  TextVectorization: textVectorization,
  Lambda: lambdaLayer,
  TFOpLambda: tfOpLayer,
  SlicingOpLambda: tfOpLayer,
  TensorFlowOpLayer: tfOpLayer
};
var WEIGHTED = {
  Dense: dense,
  EinsumDense: einsumDense,
  Embedding: embedding,
  ReversibleEmbedding: reversibleEmbedding,
  Conv1D: conv(1),
  Conv2D: conv(2),
  Conv3D: conv(3),
  Conv1DTranspose: convTranspose(1),
  Conv2DTranspose: convTranspose(2),
  Conv3DTranspose: convTranspose(3),
  SeparableConv1D: separableConv(1),
  SeparableConv2D: separableConv(2),
  DepthwiseConv1D: depthwiseConv(1),
  DepthwiseConv2D: depthwiseConv(2),
  BatchNormalization: batchNormalization2,
  SyncBatchNormalization: batchNormalization2,
  LayerNormalization: layerNormalization,
  GroupNormalization: groupNormalization,
  RMSNormalization: rmsNormalization,
  Normalization: normalization,
  PReLU: prelu,
  LSTM: recurrent("LSTM"),
  GRU: recurrent("GRU"),
  SimpleRNN: recurrent("SimpleRNN"),
  RNN: rnn,
  CuDNNLSTM: cudnn("LSTM"),
  CuDNNGRU: cudnn("GRU"),
  ConvLSTM1D: convLstm(1),
  ConvLSTM2D: convLstm(2),
  ConvLSTM3D: convLstm(3),
  Bidirectional: bidirectional(lookupLayer),
  TimeDistributed: timeDistributed(lookupLayer),
  SpectralNormalization: spectralNormalization(lookupLayer),
  MultiHeadAttention: multiHeadAttention,
  GroupQueryAttention: groupedQueryAttention,
  GroupedQueryAttention: groupedQueryAttention,
  Attention: attention,
  AdditiveAttention: additiveAttention
};
var WEIGHTLESS_CLASSES = new Set(Object.keys(WEIGHTLESS));
var FLOAT_POLICIES = /* @__PURE__ */ new Set(["DTypePolicy", "FloatDTypePolicy", "Policy", "DTypePolicyMap"]);
function quantizationMode(config) {
  const d = config.dtype;
  if (d && typeof d === "object" && typeof d.class_name === "string" && !FLOAT_POLICIES.has(d.class_name)) {
    const mode = d.config?.mode;
    return typeof mode === "string" ? mode : d.class_name;
  }
  const q = config.quantization_config;
  if (q && typeof q === "object") {
    const mode = q.config?.mode ?? q.mode;
    return typeof mode === "string" ? mode : "quantized";
  }
  return null;
}
function refuseQuantized(spec) {
  return {
    ...spec,
    variables(call3) {
      const vars = spec.variables(call3);
      const mode = quantizationMode(call3.config);
      if (mode !== null && vars.length > 0) {
        throw new UnresolvedShape(`${call3.className} '${call3.name}' is quantized (${mode}); its variable layout is not modelled`);
      }
      return vars;
    }
  };
}
var SHARED = {
  ...WEIGHTLESS,
  ...Object.fromEntries(Object.entries(WEIGHTED).map(([k, s]) => [k, refuseQuantized(s)]))
};
function lookupLayer(className, generation) {
  if (generation === 1) return KERAS1_SPECS[className] ?? SHARED[className];
  return SHARED[className] ?? (KERAS1_ONLY.has(className) ? KERAS1_SPECS[className] : void 0);
}

// src/model/definition.ts
var SENTINEL = 2 ** 40;
var SENTINEL_MIN = 2 ** 30;
var KERAS_OPS = /* @__PURE__ */ new Set([
  "NotEqual",
  "Equal",
  "Greater",
  "GreaterEqual",
  "Less",
  "LessEqual",
  "LogicalAnd",
  "LogicalOr",
  "LogicalNot",
  "Cast",
  "ExpandDims",
  "Squeeze",
  "Transpose",
  "Matmul",
  "GetItem",
  "Sum",
  "Mean",
  "Max",
  "Min",
  "Abs",
  "Sqrt",
  "Exp",
  "Log",
  "Tanh",
  "Sigmoid",
  "Where",
  "Take",
  "Stack",
  "Split",
  "Slice",
  "BroadcastTo",
  "Any",
  "All",
  "Argmax"
]);
var MAX_LAYERS = DEFAULT_LIMITS.maxLayers;
var MAX_MODEL_NESTING = 32;
function buildDefinition(src) {
  const model = unwrapModelConfig(src.raw);
  const stated = src.producer?.kerasVersion ?? (typeof src.raw.keras_version === "string" ? src.raw.keras_version : void 0);
  const generation = detectGeneration(model, stated);
  const backend = src.producer?.backend ?? (typeof src.raw.backend === "string" ? src.raw.backend : void 0);
  const ctx = {
    generation,
    tfjs: writtenByTfjs({ kerasVersion: stated, backend }),
    notes: [],
    defaultDtype: dtypeFacts(void 0),
    depth: 0,
    source: src.source,
    limits: src.limits ?? DEFAULT_LIMITS,
    seen: { layers: 0 }
  };
  const walked = walkModel(model, ctx, src.inputShape);
  return {
    source: src.source,
    format: src.format,
    generation,
    producer: { ...src.producer, kerasVersion: stated },
    className: walked.className,
    name: walked.name,
    layers: walked.layers,
    inputs: walked.inputs,
    outputs: walked.outputs,
    config: model,
    notes: ctx.notes
  };
}
function entryOf(raw, generation) {
  if (!isObject(raw) || typeof raw.class_name !== "string") return void 0;
  const config = isObject(raw.config) ? raw.config : Array.isArray(raw.config) ? { layers: raw.config } : {};
  const name = asText(raw.name ?? config.name, raw.class_name);
  const module = typeof raw.module === "string" ? raw.module : void 0;
  return {
    raw,
    name,
    className: raw.class_name,
    config,
    module,
    registeredName: typeof raw.registered_name === "string" ? raw.registered_name : void 0,
    inbound: parseInboundNodes(raw.inbound_nodes),
    // Keras 3 records raw `keras.ops` calls (e.g. NotEqual for masks) as graph entries that are not layers;
    // its legacy .h5 writer drops `module`, so the op's class name has to say it there.
    isOperation: generation === 3 && (module !== void 0 ? /^keras(\.src)?\.ops\b/.test(module) : KERAS_OPS.has(raw.class_name))
  };
}
function isNestedModel(e) {
  return MODEL_CLASSES.has(e.className) || Array.isArray(e.config.layers) && ("input_layers" in e.config || "output_layers" in e.config);
}
function walkModel(model, ctx, inputOverride) {
  if (ctx.depth > MAX_MODEL_NESTING) {
    throw new InputError(
      ctx.source,
      "unsupported-format",
      `its config nests models more than ${MAX_MODEL_NESTING} deep`,
      "Keras writes a nested model as one layer of its parent; a config this deep was not written by Keras. Re-save the model with Keras."
    );
  }
  const className = asText(model.class_name, "Model");
  const cfg = model.config;
  const layersRaw = Array.isArray(cfg) ? cfg : isObject(cfg) && Array.isArray(cfg.layers) ? cfg.layers : [];
  ctx.seen.layers += layersRaw.length;
  if (ctx.seen.layers > ctx.limits.maxLayers) throw limitError(ctx.source, "maxLayers", ctx.limits, `the model config has at least ${ctx.seen.layers} layers`);
  const name = isObject(cfg) && typeof cfg.name === "string" ? cfg.name : asText(model.name, className.toLowerCase());
  const entries = layersRaw.map((r) => entryOf(r, ctx.generation)).filter((e) => e !== void 0);
  if (entries.length < layersRaw.length) ctx.notes.push(`${layersRaw.length - entries.length} layer entr${layersRaw.length - entries.length === 1 ? "y has" : "ies have"} no class_name and were ignored`);
  const functional = className !== "Sequential" && (entries.some((e) => e.inbound.length > 0) || isObject(cfg) && "input_layers" in cfg);
  if (!functional && className !== "Sequential" && !MODEL_CLASSES.has(className) && !entries.length) {
    ctx.notes.push(`'${className}' is a subclassed model: its layers are defined in Python code, not in the config, so the expected weights cannot be derived from the definition`);
    return { className, name, layers: [], inputs: [], outputs: [], outputShapes: [] };
  }
  return functional ? walkFunctional(className, name, cfg, entries, ctx) : walkSequential(className, name, isObject(cfg) ? cfg : {}, entries, ctx, inputOverride);
}
function walkSequential(className, name, cfg, entries, ctx, inputOverride) {
  let members = entries;
  let inputName = `${entries[0]?.name ?? name}_input`;
  let inputDtype = "float32";
  let shape2;
  if (entries[0]?.className === "InputLayer") {
    shape2 = declaredInputShape(entries[0].config);
    inputName = entries[0].name;
    inputDtype = String(dtypeFacts(entries[0].config.dtype).variableDtype);
    members = entries.slice(1);
  } else if (entries[0]) {
    shape2 = declaredInputShape(entries[0].config);
    if (typeof entries[0].config.input_dtype === "string") inputDtype = entries[0].config.input_dtype;
  }
  shape2 ??= asShape(cfg.build_input_shape) ?? (members[0] ? builtInputShapes(members[0].raw)?.[0] : void 0) ?? inputOverride;
  if (!shape2) ctx.notes.push(`the Sequential model '${name}' declares no input shape: shapes that depend on it are left open`);
  const inputs = [{ name: inputName, shape: shape2 ?? [null], dtype: inputDtype }];
  const counters = /* @__PURE__ */ new Map();
  const layers = [];
  let current = [shape2];
  for (const e of members) {
    const layer = buildLayer(e, current, {}, ctx, counters, e.raw);
    layers.push(layer);
    current = layer.outputShapes.length ? layer.outputShapes : [void 0];
  }
  return {
    className,
    name,
    layers,
    inputs,
    outputs: [{ name: members.at(-1)?.name ?? name, shape: current[0] ?? [null], dtype: "float32" }],
    outputShapes: current
  };
}
function walkFunctional(className, name, cfg, entries, ctx) {
  const byName = /* @__PURE__ */ new Map();
  for (const e of entries) {
    if (byName.has(e.name)) ctx.notes.push(`two layers are named '${e.name}': Keras refuses such a model ("All layer names should be unique")`);
    else byName.set(e.name, e);
  }
  const nodeOutputs = /* @__PURE__ */ new Map();
  const built = /* @__PURE__ */ new Map();
  const counters = /* @__PURE__ */ new Map();
  const inputs = [];
  const pathOf = /* @__PURE__ */ new Map();
  for (const e of entries) if (!e.isOperation) pathOf.set(e.name, nextObjectPath(e.className, counters));
  for (const e of entries) {
    if (e.className !== "InputLayer") continue;
    const shape2 = declaredInputShape(e.config);
    nodeOutputs.set(e.name, [[shape2]]);
    inputs.push({ name: e.name, shape: shape2 ?? [null], dtype: dtypeFacts(e.config.dtype).variableDtype });
  }
  const resolve3 = (ref) => {
    const outs = nodeOutputs.get(ref.layer);
    if (!byName.has(ref.layer)) return { ready: true, shape: void 0 };
    if (!outs) return { ready: false, shape: void 0 };
    const node = outs[ref.node] ?? outs[ref.node - 1];
    if (!node) return { ready: false, shape: void 0 };
    return { ready: true, shape: node[ref.tensor] ?? node[0] };
  };
  const pending = dependencyOrder(entries.filter((e) => e.className !== "InputLayer"), byName);
  let budget = 50 * (pending.length + pending.reduce((n, e) => n + e.inbound.length, 0)) + 1e4;
  let progress = true;
  for (let pass = 0; progress && pending.length && pass <= entries.length + 1 && budget > 0; pass++) {
    progress = false;
    for (let i = 0; i < pending.length; i++) {
      const e = pending[i];
      budget--;
      const done = nodeOutputs.get(e.name)?.length ?? 0;
      for (let n = done; n < Math.max(e.inbound.length, 1); n++) {
        const call3 = e.inbound[n] ?? { inputs: [], kwargs: {}, tensorKwargs: {} };
        const resolved = call3.inputs.map(resolve3);
        const kw = Object.entries(call3.tensorKwargs).map(([k, r]) => [k, resolve3(r)]);
        if (!resolved.every((r) => r.ready) || !kw.every(([, r]) => r.ready)) break;
        const shapes = resolved.map((r) => r.shape);
        const kwShapes = Object.fromEntries(kw.map(([k, r]) => [k, r.shape]));
        let outs;
        if (n === 0) {
          const layer = buildLayer(e, shapes, kwShapes, ctx, counters, e.raw, pathOf.get(e.name) ?? "");
          built.set(e.name, layer);
          outs = layer.outputShapes.length ? layer.outputShapes : [void 0];
        } else {
          outs = callOutputs(built.get(e.name), e, shapes, kwShapes, ctx);
        }
        const list = nodeOutputs.get(e.name) ?? [];
        list.push(outs);
        nodeOutputs.set(e.name, list);
        progress = true;
      }
      if ((nodeOutputs.get(e.name)?.length ?? 0) >= Math.max(e.inbound.length, 1)) {
        pending.splice(i, 1);
        i--;
      }
    }
  }
  for (const e of pending) {
    if (!built.has(e.name)) built.set(e.name, buildLayer(e, [void 0], {}, ctx, counters, e.raw, pathOf.get(e.name) ?? ""));
    ctx.notes.push(`layer '${e.name}' could not be connected to the graph (its inbound nodes refer to tensors that never exist)`);
  }
  const layers = entries.map((e) => {
    if (e.className === "InputLayer") {
      return weightless3(e, pathOf.get(e.name) ?? "", [declaredInputShape(e.config) ?? [null]], ctx);
    }
    return built.get(e.name);
  });
  const outRefs = parseLayerRefs(cfg.output_layers);
  const outputs = outRefs.map((r) => ({ name: r.layer, shape: resolve3(r).shape ?? [null], dtype: "float32" }));
  const inRefs = parseLayerRefs(cfg.input_layers);
  const orderedInputs = inRefs.length ? inRefs.map((r) => inputs.find((i) => i.name === r.layer) ?? { name: r.layer, shape: [null], dtype: "float32" }) : inputs;
  return { className, name, layers, inputs: orderedInputs, outputs, outputShapes: outRefs.map((r) => resolve3(r).shape) };
}
function dependencyOrder(pending, byName) {
  const inPending = new Set(pending);
  const deps = (e) => {
    const call3 = e.inbound[0];
    if (!call3) return [];
    return [...call3.inputs, ...Object.values(call3.tensorKwargs)].map((r) => byName.get(r.layer)).filter((d) => d !== void 0 && d !== e && inPending.has(d));
  };
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const root of pending) {
    if (seen.has(root)) continue;
    seen.add(root);
    const stack = [{ e: root, deps: deps(root), next: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next < top.deps.length) {
        const d = top.deps[top.next++];
        if (!seen.has(d)) {
          seen.add(d);
          stack.push({ e: d, deps: deps(d), next: 0 });
        }
      } else {
        stack.pop();
        out.push(top.e);
      }
    }
  }
  return out;
}
function nextObjectPath(className, counters) {
  const snake = objectPathName(className);
  const n = counters.get(snake) ?? 0;
  counters.set(snake, n + 1);
  return `layers/${n === 0 ? snake : `${snake}_${n}`}`;
}
function weightless3(e, objectPath, outputShapes, ctx) {
  const dt = dtypeFacts(e.config.dtype, ctx.defaultDtype);
  return {
    name: e.name,
    className: e.className,
    module: e.module,
    registeredName: e.registeredName,
    config: e.config,
    inbound: e.inbound,
    weights: [],
    status: "known",
    objectPath,
    isOperation: e.isOperation,
    variableDtype: dt.variableDtype,
    dtypePolicy: dt.policy,
    outputShapes
  };
}
function buildLayer(e, inputShapes, kwShapes, ctx, counters, raw, reservedPath) {
  const objectPath = e.isOperation ? "" : reservedPath ?? nextObjectPath(e.className, counters);
  const dt = dtypeFacts(e.config.dtype, ctx.defaultDtype);
  const base = {
    name: e.name,
    className: e.className,
    module: e.module,
    registeredName: e.registeredName,
    config: e.config,
    inbound: e.inbound,
    weights: [],
    status: "known",
    objectPath,
    isOperation: e.isOperation,
    variableDtype: dt.variableDtype,
    dtypePolicy: dt.policy,
    outputShapes: []
  };
  if (dt.quantized) base.note = `quantized dtype policy '${dt.policy}': the saved variables follow the quantized layout`;
  if (e.isOperation) {
    base.outputShapes = [inputShapes[0] ?? [null]];
    return base;
  }
  if (isNestedModel(e)) return buildNested(base, e, inputShapes, ctx);
  const spec = lookupLayer(e.className, ctx.generation);
  if (!spec) {
    base.status = "unknown-class";
    base.note = `weightgate does not know the variables of class '${e.className}'${e.registeredName ? ` (registered as '${e.registeredName}')` : ""}; its weights cannot be checked by shape`;
    base.carriesCode = true;
    base.outputShapes = [];
    return base;
  }
  if (spec.carriesCode) base.carriesCode = true;
  const attempt = runSpec(spec, e, dt, inputShapes, kwShapes, ctx, raw);
  base.status = attempt.partial ? "partial" : "known";
  if (attempt.partial) base.note = attempt.note;
  base.outputShapes = attempt.outputs;
  base.weights = toExpected(e, objectPath, attempt.vars, dt, ctx.generation);
  return base;
}
function call(e, dt, inputShapes, kwShapes, ctx) {
  return { className: e.className, name: e.name, config: e.config, generation: ctx.generation, ...ctx.tfjs ? { tfjs: true } : {}, variableDtype: dt.variableDtype, inputShapes, kwargShapes: kwShapes };
}
function guessRank(className) {
  if (/3D/.test(className)) return 5;
  if (/2D/.test(className)) return 4;
  if (/1D|LSTM|GRU|RNN|Bidirectional|TimeDistributed|Attention|Normalization/.test(className)) return 3;
  return 2;
}
function fill(shape2, className) {
  if (!shape2) return [null, ...Array.from({ length: guessRank(className) - 1 }, () => SENTINEL)];
  return shape2.map((d, i) => i > 0 && d === null ? SENTINEL : d);
}
function clean(shape2) {
  return shape2.map((d) => d === null || !Number.isFinite(d) || d >= SENTINEL_MIN || !Number.isInteger(d) ? null : d);
}
function runSpec(spec, e, dt, inputShapes, kwShapes, ctx, raw) {
  const known = inputShapes.length > 0 && inputShapes.every((s) => s !== void 0);
  const kwKnown = Object.values(kwShapes).every((s) => s !== void 0);
  if (known && kwKnown) {
    try {
      const c = call(e, dt, inputShapes, kwShapes, ctx);
      return { vars: spec.variables(c), outputs: safeOutputs(spec, c), partial: false };
    } catch (err) {
      if (!(err instanceof UnresolvedShape) && !(err instanceof Error)) throw err;
    }
  }
  const builtShapes = builtInputShapes(raw);
  if (builtShapes && (!known || !kwKnown)) {
    try {
      const c = call(e, dt, builtShapes, {}, ctx);
      if (builtShapes.length > 1 && e.className === "MultiHeadAttention") c.inputShapes = builtShapes;
      return { vars: spec.variables(c), outputs: safeOutputs(spec, c), partial: false };
    } catch {
    }
  }
  const filled = (inputShapes.length ? inputShapes : [void 0]).map((s) => fill(s, e.className));
  const kwFilled = Object.fromEntries(Object.entries(kwShapes).map(([k, s]) => [k, fill(s, e.className)]));
  const why = known ? "its input has open dimensions" : "the shape of its input is unknown (an upstream layer could not be resolved)";
  try {
    const c = call(e, dt, filled, kwFilled, ctx);
    const vars = spec.variables(c).map((v) => ({ ...v, shape: clean(v.shape) }));
    const partial = vars.some((v) => v.shape.some((d) => d === null));
    return {
      vars,
      outputs: safeOutputs(spec, c).map(clean),
      partial,
      note: partial ? `some variable dimensions cannot be computed: ${why}` : void 0
    };
  } catch (err) {
    return { vars: [], outputs: [], partial: true, note: `variables cannot be computed: ${why} (${err instanceof Error ? err.message : String(err)})` };
  }
}
function safeOutputs(spec, c) {
  try {
    return spec.outputShapes(c);
  } catch {
    return [];
  }
}
function toExpected(e, objectPath, vars, dt, generation) {
  const layerTrainable = e.config.trainable !== false;
  const ordered = [...vars.filter((v) => v.trainable), ...vars.filter((v) => !v.trainable)];
  const perOwner = /* @__PURE__ */ new Map();
  return ordered.map((v) => {
    const owner = v.owner ? `${objectPath}/${v.owner}` : objectPath;
    const index = perOwner.get(owner) ?? 0;
    perOwner.set(owner, index + 1);
    const path17 = generation === 1 ? `${e.name}_${v.name}` : [e.name, v.scope, v.name].filter(Boolean).join("/");
    return {
      name: v.name,
      shape: v.shape,
      dtype: v.dtype ?? dt.variableDtype,
      trainable: v.trainable && layerTrainable,
      path: path17,
      objectPath: owner,
      index
    };
  });
}
function buildNested(base, e, inputShapes, ctx) {
  const inner = walkModel({ class_name: e.className, config: e.config }, { ...ctx, depth: ctx.depth + 1 }, inputShapes[0]);
  const nested = {
    source: "",
    format: "nested model",
    generation: ctx.generation,
    producer: {},
    className: inner.className,
    name: inner.name,
    layers: inner.layers,
    inputs: inner.inputs,
    outputs: inner.outputs,
    config: e.config,
    notes: []
  };
  base.nested = nested;
  const all = inner.layers.filter((l) => !l.isOperation).flatMap((l) => l.weights);
  const ordered = [...all.filter((w) => w.trainable), ...all.filter((w) => !w.trainable)];
  base.weights = ordered.map((w) => ({ ...w, objectPath: `${base.objectPath}/${w.objectPath}` }));
  const sub = inner.layers.filter((l) => l.status !== "known");
  if (sub.some((l) => l.status === "unknown-class")) base.status = "unknown-class";
  else if (sub.length) base.status = "partial";
  if (sub.length) base.note = `nested layers not fully resolved: ${sub.map((l) => `'${l.name}' (${l.className})`).join(", ")}`;
  base.carriesCode = inner.layers.some((l) => l.carriesCode);
  base.outputShapes = inner.outputShapes.map((s) => s ?? [null]);
  return base;
}
function callOutputs(layer, e, shapes, kw, ctx) {
  if (layer.nested) return layer.outputShapes;
  const spec = lookupLayer(e.className, ctx.generation);
  if (!spec || !shapes.every((s) => s !== void 0)) return layer.outputShapes.length ? layer.outputShapes : [void 0];
  try {
    return spec.outputShapes(call(e, dtypeFacts(e.config.dtype), shapes, kw, ctx));
  } catch {
    return [void 0];
  }
}

// src/sources/json.ts
import { readFile, stat } from "node:fs/promises";
function jsonDepth(value, max) {
  let deepest = 0;
  const stack = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (d > deepest) deepest = d;
    if (deepest > max) return deepest;
    for (const x of Array.isArray(v) ? v : Object.values(v)) if (typeof x === "object" && x !== null) stack.push([x, d + 1]);
  }
  return deepest;
}
function parseJsonText(file, text, limits, what = "the file") {
  if (text.length > limits.maxJsonBytes) throw limitError(file, "maxJsonBytes", limits, `${what} is ${text.length} characters of JSON`);
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    const where2 = what === "the file" ? "not valid JSON" : `${what} is not valid JSON`;
    throw new InputError(
      file,
      "corrupt",
      `${where2} (${err.message.slice(0, 200)})`,
      "The file is damaged, cut short or edited by hand; re-download it or re-save it with Keras / TF.js."
    );
  }
  const depth = jsonDepth(value, limits.maxJsonDepth);
  if (depth > limits.maxJsonDepth) throw limitError(file, "maxJsonDepth", limits, `${what} nests JSON ${depth}+ levels deep`);
  return value;
}
async function readJsonFile(file, limits) {
  const { size } = await stat(file);
  if (size > limits.maxJsonBytes) throw limitError(file, "maxJsonBytes", limits, `the file is ${size} bytes of JSON`);
  return parseJsonText(file, await readFile(file, "utf8"), limits);
}

// src/sources/paths.ts
import { lstat, realpath } from "node:fs/promises";
import path from "node:path";
function isInside(dir, p) {
  const rel2 = path.relative(dir, p);
  return rel2 !== "" && rel2 !== ".." && !rel2.startsWith(`..${path.sep}`) && !path.isAbsolute(rel2);
}
async function assertInside(reportFile, dir, p, what) {
  const [realDir, real] = await Promise.all([realpath(dir), realpath(p)]);
  if (!isInside(realDir, real)) {
    throw new InputError(
      reportFile,
      "unsafe-path",
      `its ${what} ${quoteName(path.basename(p))} is a link to ${quoteName(real, 200)}, outside the model's folder; weightgate reads nothing outside it`,
      `Replace the link with the real ${what} file.`
    );
  }
}
async function repositoryRoot(configFile) {
  const start = path.dirname(path.resolve(configFile));
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      await lstat(path.join(dir, ".git"));
      return await realpathLoose(dir);
    } catch {
    }
    if (path.dirname(dir) === dir) return realpathLoose(start);
  }
}
async function realpathLoose(p) {
  const rest = [];
  for (let cur = path.resolve(p); ; cur = path.dirname(cur)) {
    try {
      return path.join(await realpath(cur), ...rest);
    } catch {
      if (path.dirname(cur) === cur) return path.resolve(p);
      rest.unshift(path.basename(cur));
    }
  }
}
function inGit(rel2) {
  return rel2.split(/[\\/]/).some((s) => s.toLowerCase() === ".git");
}
async function confinementProblem(root, p, allowOutside) {
  const abs = path.resolve(p);
  const real = await realpathLoose(abs);
  const inside = real === root || isInside(root, real);
  if (inGit(inside ? path.relative(root, real) : real)) {
    return `${real === abs ? "is" : `is a link to ${quoteName(real, 200)},`} inside a .git folder; weightgate reads no git internals`;
  }
  if (inside || allowOutside) return void 0;
  return `${real === abs ? "is" : `is a link to ${quoteName(real, 200)},`} outside the repository (${root}); weightgate reads nothing outside it`;
}
var OUTSIDE_HINT = "Move the file into the repository; for a local run of a config you trust, pass --allow-outside.";
function globBase(pattern) {
  const parts = pattern.split("/");
  const first = parts.findIndex((s) => /[*?[\]{}()!+@]/.test(s));
  const fixed = first < 0 ? parts.slice(0, -1) : parts.slice(0, first);
  const dynamic = first < 0 ? [] : parts.slice(first);
  const base = fixed.join("/") || (pattern.startsWith("/") ? "/" : ".");
  return { base, climbs: /(^|[/{},|(])\.\.($|[/{},|)])/.test(dynamic.join("/")) };
}

// src/sources/sniff.ts
import { open, stat as stat2 } from "node:fs/promises";
import path2 from "node:path";
var HDF5_MAGIC = Buffer.from([137, 72, 68, 70, 13, 10, 26, 10]);
var ZIP_MAGIC = Buffer.from([80, 75, 3, 4]);
var EMPTY_ZIP_MAGIC = Buffer.from([80, 75, 5, 6]);
var NPY_MAGIC = Buffer.from([147, 78, 85, 77, 80, 89]);
var LFS_POINTER = "version https://git-lfs.github.com/spec/v1";
async function readHead(file, bytes = 512) {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
async function sniff(file, limits = DEFAULT_LIMITS) {
  let st;
  try {
    st = await stat2(file);
  } catch {
    throw new InputError(file, "not-found", "no such file or folder", "Check the path (it is resolved from the working directory).");
  }
  if (st.isDirectory()) return { kind: "directory" };
  if (!st.isFile()) throw new InputError(file, "not-keras", "not a regular file (a device, socket or pipe)", "Point at the model file itself.");
  if (st.size === 0) throw new InputError(file, "truncated", "the file is empty", "Re-download or re-save it.");
  if (st.size > limits.maxFileBytes) throw limitError(file, "maxFileBytes", limits, `the file is ${st.size} bytes`);
  const head2 = await readHead(file);
  if (head2.subarray(0, 8).equals(HDF5_MAGIC)) return { kind: "hdf5" };
  if (head2.subarray(0, 4).equals(ZIP_MAGIC) || head2.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) return { kind: "zip" };
  if (head2.subarray(0, 6).equals(NPY_MAGIC)) return { kind: "npy" };
  const text = head2.toString("utf8");
  if (text.startsWith(LFS_POINTER)) {
    const size = /size (\d+)/.exec(text)?.[1];
    throw new InputError(file, "lfs-pointer", `this is a Git LFS pointer${size ? ` to a ${size}-byte file` : ""}, not the file itself`, LFS_HINT);
  }
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (/^<(!doctype html|html|head|body|\?xml)/i.test(trimmed)) {
    throw new InputError(file, "html-page", "this is an HTML/XML page, not a model file (a download that saved an error or login page?)", "Download the real file (check the URL, and authentication for private assets).");
  }
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return { kind: "json" };
  const ext = path2.extname(file).toLowerCase();
  if (/^group\d+-shard\d+of\d+/.test(path2.basename(file)) || ext === ".bin") {
    throw new InputError(
      file,
      "not-keras",
      "a TF.js weight shard (raw bytes with no layout of its own)",
      "Point at the model.json that lists it; the shard is read through its weightsManifest."
    );
  }
  const what = ext === ".h5" || ext === ".hdf5" ? "it does not start with the HDF5 signature" : ext === ".keras" ? "it is not a zip archive, which every .keras file is" : "it is not HDF5, a zip archive, JSON or .npy";
  throw new InputError(
    file,
    "not-keras",
    `not a Keras or TF.js file: ${what} (first bytes: ${hexHead(head2)})`,
    "Check that this is the file you meant; a truncated download or a renamed file looks like this."
  );
}
function hexHead(buf, n = 16) {
  return [...buf.subarray(0, n)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
}

// src/formats/hdf5.ts
import { stat as stat3 } from "node:fs/promises";
var DAMAGED_HINT = "The file is damaged or was cut short; re-download or re-save it.";
var nextHandle = 1;
var H5Attr = class {
  constructor(owner, snap) {
    this.owner = owner;
    this.snap = snap;
  }
  owner;
  snap;
  get value() {
    const { file } = this.owner;
    const where2 = `attribute '${this.snap.name}' of ${this.owner.path}`;
    if (this.snap.bytes !== void 0) throw limitError(file.filename, "maxJsonBytes", file.limits, `${where2} is ${this.snap.bytes} bytes`);
    if (this.snap.error !== void 0) throw new InputError(file.filename, "corrupt", `the HDF5 library could not read ${where2} (${diagLine(this.snap.error)})`, DAMAGED_HINT);
    return this.snap.value;
  }
};
var H5Object = class {
  constructor(file, node) {
    this.file = file;
    this.node = node;
  }
  file;
  node;
  attrCache;
  get path() {
    return this.node.path;
  }
  get attrs() {
    this.attrCache ??= Object.fromEntries(this.node.attrs.filter((a) => a.name !== "").map((a) => [a.name, new H5Attr(this, a)]));
    return this.attrCache;
  }
  damaged(what) {
    return new InputError(this.file.filename, "corrupt", `the HDF5 library could not read ${what} ${this.path} (${diagLine(this.node.error ?? "")})`, DAMAGED_HINT);
  }
};
var H5Group = class _H5Group extends H5Object {
  keys() {
    if (!this.node.children) throw this.damaged("group");
    return [...this.node.children];
  }
  /** The group or dataset at `name` (relative, or absolute from the root); links and anything else give null. */
  get(name) {
    const segments = (name.startsWith("/") ? name : `${this.path}/${name}`).split("/").filter((s) => s !== "" && s !== ".");
    const node = this.file.lookup(`/${segments.join("/")}`);
    if (node?.kind === "group") return new _H5Group(this.file, node);
    if (node?.kind === "dataset") return new H5Dataset(this.file, node);
    return null;
  }
};
var H5Dataset = class extends H5Object {
  get metadata() {
    if (!this.node.meta) throw this.damaged("dataset");
    return this.node.meta;
  }
};
var H5File = class extends H5Group {
  constructor(filename, handle, limits, nodes) {
    super(void 0, nodes[0]);
    this.filename = filename;
    this.handle = handle;
    this.limits = limits;
    this.file = this;
    this.index = new Map(nodes.map((n) => [n.path, n]));
  }
  filename;
  handle;
  limits;
  index;
  closed = false;
  lookup(path17) {
    return this.index.get(path17);
  }
  /** Every link that points elsewhere (soft or external), which readers never follow. */
  links() {
    return [...this.index.values()].filter((n) => n.kind === "soft-link" || n.kind === "external-link");
  }
  get isClosed() {
    return this.closed;
  }
  close() {
    if (this.closed) return;
    this.closed = true;
    hdf5Call({ op: "close", handle: this.handle }, 1e4).catch(() => void 0);
  }
};
function diagLine(text) {
  const minor = /minor: (.*)/.exec(text)?.[1];
  const major = /major: (.*)/.exec(text)?.[1];
  const line = text.split("\n").find((l) => /#\d{3}:/.test(l))?.replace(/^.*?line \d+ in \S+\(\): /, "");
  return [line, major, minor].filter(Boolean).join("; ").slice(0, 240) || text.slice(0, 240);
}
function shortPath(p) {
  return p.length > 120 ? `${p.slice(0, 40)}\u2026${p.slice(-79)}` : p;
}
var KNOWN_FILTERS = {
  32e3: "LZF",
  32001: "Blosc",
  32004: "LZ4",
  32008: "bitshuffle",
  32013: "ZFP",
  32015: "Zstandard",
  32026: "Blosc2"
};
function abortReason(error) {
  const reason = /^Aborted\((.*?)\)(?:\. Build with -sASSERTIONS.*)?$/s.exec(error.trim())?.[1] ?? error.replace(/\s*Build with -sASSERTIONS.*$/s, "");
  return reason.trim() ? reason.trim().slice(0, 200) : "it aborted";
}
async function call2(file, limits, request, what, fileBytes) {
  let reply;
  try {
    reply = await hdf5Call(request, limits.timeoutMs);
  } catch (err) {
    if (err instanceof HostFailure && err.reason === "timeout") {
      throw limitError(file, "timeoutMs", limits, `the HDF5 library was still reading ${what} after ${formatLimit("timeoutMs", limits.timeoutMs)} (a damaged file can make it loop)`);
    }
    if (err instanceof HostFailure) {
      throw new InputError(file, "corrupt", `the HDF5 library crashed reading ${what} (${abortReason(err.message)}): the file is damaged`, DAMAGED_HINT);
    }
    throw err;
  }
  if (reply.ok) return reply;
  if (reply.refusedOpens?.length) {
    throw new InputError(
      file,
      "unsafe-path",
      `the file made the HDF5 library try to open another file (${JSON.stringify(reply.refusedOpens[0].slice(0, 200))}); weightgate opens nothing a file names`,
      "Keras never writes links to other files; re-save the model with Keras."
    );
  }
  switch (reply.code) {
    case "fatal":
      throw new InputError(file, "corrupt", `the HDF5 library crashed reading ${what} (${abortReason(reply.error)}): the file is damaged`, DAMAGED_HINT);
    case "objects":
      throw limitError(file, "maxHdf5Objects", limits, `it holds ${reply.error}`);
    case "bytes":
      throw limitError(file, "maxVariableElements", limits, reply.error);
    case "paths":
      throw limitError(file, "maxJsonBytes", limits, reply.error);
    case "yield":
      throw limitError(file, "maxHdf5Ratio", limits, `${reply.error} (shared variable-length strings?), a file of ${fileBytes ?? "?"} bytes yields`);
    case "depth":
      throw new InputError(file, "corrupt", `its ${reply.error}`, DAMAGED_HINT);
    case "links": {
      const [first, again] = JSON.parse(reply.error);
      throw new InputError(
        file,
        "corrupt",
        `its hard links reach one group by two paths (${quoteName(shortPath(first), 200)} and ${quoteName(shortPath(again), 200)}): the links form a graph that repeats objects, which weightgate does not walk (a few such links can make millions of paths)`,
        "Keras never links one group into two places; re-save the model with Keras."
      );
    }
    case "filter": {
      const f = JSON.parse(reply.error);
      const name = KNOWN_FILTERS[f.id] ?? (f.name ? quoteName(f.name, 40) : "an unregistered filter");
      throw new InputError(
        file,
        "unsupported-format",
        `${what} is compressed with HDF5 filter ${f.id} (${name}), which h5wasm, the HDF5 library weightgate runs, cannot decode`,
        "Rewrite it where that filter is installed: `h5repack -f NONE in.h5 out.h5` (with its plugin on HDF5_PLUGIN_PATH, e.g. Debian's hdf5-filter-plugin; h5py reads LZF itself), or load the weights and save them again with Keras, which writes them uncompressed."
      );
    }
    default:
      break;
  }
  const text = reply.error;
  if (/truncated file/i.test(text)) {
    const m = /eof = (\d+), sblock->base_addr = \d+, stored_eof = (\d+)/.exec(text);
    throw new InputError(
      file,
      "truncated",
      `the HDF5 file is truncated${m ? ` (${m[1]} bytes on disk, the file says ${m[2]})` : ""}`,
      "The download or copy was cut short; fetch the file again."
    );
  }
  throw new InputError(file, "corrupt", `the HDF5 library could not read ${what} (${diagLine(text)})`, DAMAGED_HINT);
}
function expansionBound(stored, limits) {
  return Math.max(limits.hdf5RatioFloorBytes, limits.maxHdf5Ratio * stored);
}
function checkDeclared(file, limits, nodes, stored) {
  let declared = 0;
  let largest;
  for (const n of nodes) {
    if (!n.meta) continue;
    const bytes = n.meta.shape.reduce((a, b) => a * b, 1) * n.meta.size;
    declared += bytes;
    if (!largest || bytes > largest.meta.shape.reduce((a, b) => a * b, 1) * largest.meta.size) largest = n;
  }
  if (declared > expansionBound(stored, limits)) {
    throw limitError(
      file,
      "maxHdf5Ratio",
      limits,
      `its datasets declare ${declared} bytes (the largest, ${quoteName(largest?.path, 120)}, ${largest ? largest.meta.shape.join("x") : "?"} of ${largest?.meta?.size ?? "?"}-byte values) but the file holds ${stored}, ${Math.round(declared / Math.max(stored, 1))} times more (compressed zeros, or datasets never written?)`
    );
  }
}
async function openHdf5(file, limits = DEFAULT_LIMITS) {
  const handle = nextHandle++;
  let stored;
  try {
    stored = (await stat3(file)).size;
  } catch {
    throw new InputError(file, "not-found", "the file does not exist or cannot be read", "Check the path.");
  }
  const reply = await call2(file, limits, {
    op: "open",
    file,
    handle,
    maxObjects: limits.maxHdf5Objects,
    maxAttrBytes: limits.maxJsonBytes,
    maxYieldBytes: expansionBound(stored, limits)
  }, "it", stored);
  const nodes = reply.snapshot?.nodes ?? [];
  const f = new H5File(file, handle, limits, nodes);
  if (!nodes.length) {
    f.close();
    throw new InputError(file, "corrupt", "the HDF5 library could not open it", DAMAGED_HINT);
  }
  try {
    checkDeclared(file, limits, nodes, stored);
  } catch (err) {
    f.close();
    throw err;
  }
  const external = nodes.find((n) => n.kind === "external-link");
  if (external) {
    f.close();
    throw new InputError(
      file,
      "unsafe-path",
      `the file holds an external link (${quoteName(external.path)} \u2192 ${quoteName(external.target, 200)}) that would make HDF5 open another file; weightgate never follows links out of a file`,
      "Keras never writes external links; re-save the model with Keras."
    );
  }
  return f;
}
function isGroup(o) {
  return o instanceof H5Group;
}
function isDataset(o) {
  return o instanceof H5Dataset;
}
function child(g, name) {
  return g.get(name);
}
function hasAttr(o, name) {
  return Object.hasOwn(o.attrs, name);
}
function repairUtf8(s) {
  if (!/[\u0080-\u00ff]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  const bytes = Uint8Array.from(s, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return s;
  }
}
function attrValue(o, name) {
  return hasAttr(o, name) ? o.attrs[name].value : void 0;
}
function attrString(o, name) {
  if (!hasAttr(o, name)) return void 0;
  const v = attrValue(o, name);
  if (typeof v === "string") return repairUtf8(v);
  if (Array.isArray(v) && v.length === 1 && typeof v[0] === "string") return repairUtf8(v[0]);
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  return v === null || v === void 0 ? void 0 : String(v);
}
function loadAttributesFromHdf5Group(o, name) {
  const norm = (v) => Array.isArray(v) ? v.map((x) => repairUtf8(String(x))) : typeof v === "string" ? [repairUtf8(v)] : [];
  if (hasAttr(o, name)) return norm(attrValue(o, name));
  const out = [];
  for (let i = 0; hasAttr(o, `${name}${i}`); i++) out.push(...norm(attrValue(o, `${name}${i}`)));
  return out;
}
function hasListAttribute(o, name) {
  return hasAttr(o, name) || hasAttr(o, `${name}0`);
}
var H5T_CLASS_NAMES = { 2: "time", 4: "bitfield", 5: "opaque", 6: "compound", 7: "reference", 8: "enum", 9: "vlen", 10: "array" };
function datasetInfo(ds) {
  const md = ds.metadata;
  const shape2 = md.shape;
  const count2 = shape2.reduce((a, b) => a * b, 1);
  let dtype = "unknown";
  if (md.type === 1) dtype = md.size === 2 ? "float16" : md.size === 4 ? "float32" : md.size === 8 ? "float64" : "unknown";
  else if (md.type === 0) dtype = intDtype(md.size, md.signed);
  else if (md.type === 8) dtype = md.size === 1 ? "bool" : "unknown";
  else if (md.type === 5 && md.size === 2 && attrString(ds, "dtype") === "bfloat16") dtype = "bfloat16";
  else if (md.type === 3) dtype = "string";
  const info = { shape: shape2, dtype, byteLength: count2 * md.size };
  if (dtype === "unknown" && md.type === 5 && md.size === 2) info.untaggedBfloat16 = true;
  if (dtype === "unknown") {
    const unsupported = unsupportedType(md);
    if (unsupported) info.unsupported = unsupported;
  }
  return info;
}
function unsupportedType(md) {
  if (md.type === 1) return `float${md.size * 8}`;
  if (md.type === 0) return `${md.signed ? "int" : "uint"}${md.size * 8}`;
  if (md.type === 5 && md.size === 2) return void 0;
  const name = H5T_CLASS_NAMES[md.type];
  return name === void 0 ? void 0 : md.type === 5 ? `opaque (${md.size} bytes)` : name;
}
function intDtype(size, signed) {
  const t = { 1: ["uint8", "int8"], 2: ["uint16", "int16"], 4: ["uint32", "int32"], 8: ["uint64", "int64"] };
  return t[size]?.[signed ? 1 : 0] ?? "unknown";
}
async function readRaw(ds, staging) {
  const f = ds.file;
  if (f.isClosed) throw new Error(`${f.filename}: read of ${ds.path} after the file was closed`);
  const md = ds.metadata;
  const count2 = md.shape.reduce((a, b) => a * b, 1);
  if (count2 > f.limits.maxVariableElements) throw limitError(f.filename, "maxVariableElements", f.limits, `dataset ${ds.path} has ${count2} elements`);
  const into = staging?.acquire(count2 * md.size);
  let bytes;
  try {
    const reply = await call2(f.filename, f.limits, {
      op: "read",
      file: f.filename,
      handle: f.handle,
      path: ds.path,
      maxBytes: f.limits.maxVariableElements * Math.max(md.size, 1),
      into
    }, `dataset ${ds.path}`);
    bytes = into ? new Uint8Array(into, 0, reply.written ?? 0) : new Uint8Array(reply.bytes ?? new ArrayBuffer(0));
  } catch (err) {
    if (into) staging.release(into);
    throw err;
  }
  if (!md.littleEndian && md.size > 1 && (md.type === 0 || md.type === 1)) {
    for (let i = 0; i + md.size <= bytes.length; i += md.size) bytes.subarray(i, i + md.size).reverse();
  }
  return bytes;
}
function decodeFloat16(u16) {
  const out = new Float32Array(u16.length);
  for (let i = 0; i < u16.length; i++) {
    const h = u16[i];
    const s = h & 32768 ? -1 : 1;
    const e = h >> 10 & 31;
    const f = h & 1023;
    out[i] = e === 0 ? s * 2 ** -14 * (f / 1024) : e === 31 ? f ? NaN : s * Infinity : s * 2 ** (e - 15) * (1 + f / 1024);
  }
  return out;
}
function decodeBfloat16(u16) {
  const u32 = new Uint32Array(u16.length);
  for (let i = 0; i < u16.length; i++) u32[i] = u16[i] << 16;
  return new Float32Array(u32.buffer);
}
async function readDataset(ds, staging) {
  const info = datasetInfo(ds);
  const { unsupported } = info;
  const dtype = info.untaggedBfloat16 ? "bfloat16" : info.dtype;
  if (dtype === "string" || dtype === "unknown") {
    throw new InputError(
      ds.file.filename,
      "unsupported-format",
      `dataset ${ds.path} holds ${unsupported ? `HDF5 ${unsupported} data, which Keras cannot load into a variable` : `a type weightgate cannot decode (HDF5 class ${ds.metadata.type}, ${ds.metadata.size} bytes)`}`,
      "Keras weights are numbers; check that this is the weights file Keras wrote."
    );
  }
  const raw = await readRaw(ds, staging);
  const buf = raw.buffer;
  const n = raw.byteLength;
  switch (dtype) {
    case "float16":
    case "bfloat16": {
      const decoded2 = (dtype === "float16" ? decodeFloat16 : decodeBfloat16)(new Uint16Array(buf, 0, n / 2));
      staging?.release(raw);
      return decoded2;
    }
    case "float32":
      return new Float32Array(buf, 0, n / 4);
    case "float64":
      return new Float64Array(buf, 0, n / 8);
    case "int8":
      return new Int8Array(buf, 0, n);
    case "uint8":
    case "bool":
      return new Uint8Array(buf, 0, n);
    case "int16":
      return new Int16Array(buf, 0, n / 2);
    case "uint16":
      return new Uint16Array(buf, 0, n / 2);
    case "int32":
      return new Int32Array(buf, 0, n / 4);
    case "uint32":
      return new Uint32Array(buf, 0, n / 4);
    default:
      return new BigInt64Array(buf, 0, n / 8);
  }
}

// src/formats/keras-archive.ts
import { lstat as lstat2, readFile as readFile2, stat as stat5 } from "node:fs/promises";
import path5 from "node:path";

// src/sources/temp-dirs.ts
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path3 from "node:path";
import { isMainThread } from "node:worker_threads";
var live = /* @__PURE__ */ new Set();
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var listening = false;
function removeAllSync() {
  for (const dir of live) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
    }
  }
  live.clear();
}
function onSignal(signal) {
  removeAllSync();
  stopListening();
  if (process.listenerCount(signal) > 0) return;
  process.kill(process.pid, signal);
  process.exit(128 + (os.constants.signals[signal] ?? 15));
}
function startListening() {
  if (listening || !isMainThread) return;
  listening = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on("exit", removeAllSync);
}
function stopListening() {
  if (!listening) return;
  listening = false;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off("exit", removeAllSync);
}
async function makeTempDir(prefix = "weightgate-") {
  const dir = await mkdtemp(path3.join(os.tmpdir(), prefix));
  live.add(dir);
  startListening();
  return dir;
}
async function removeTempDir(dir) {
  await rm(dir, { recursive: true, force: true });
  live.delete(dir);
  if (live.size === 0) stopListening();
}

// src/formats/keras3-weights.ts
import { stat as stat4 } from "node:fs/promises";
import path4 from "node:path";

// src/formats/layout.ts
var LEGACY = {
  modelConfig: "model_config",
  trainingConfig: "training_config",
  modelWeights: "model_weights",
  layerNames: "layer_names",
  weightNames: "weight_names",
  optimizerWeights: "optimizer_weights",
  /** Weights owned by a subclassed model itself (tf.keras 2.x+); normally empty. */
  topLevelModelWeights: "top_level_model_weights",
  kerasVersion: "keras_version",
  backend: "backend",
  /** `HDF5_OBJECT_HEADER_LIMIT`: attributes above it are split into name0, name1, … */
  objectHeaderLimit: 64512
};
var KERAS3 = {
  layers: "layers",
  vars: "vars",
  optimizer: "optimizer",
  /** Keras ≥ 3.6 records the object's real name on every `vars` group. */
  nameAttr: "name",
  /** tf.keras 2.13 `.keras` files used this instead of `layers` (Keras 3 retries it too). */
  layersAlias2_13: "_layer_checkpoint_dependencies",
  bfloat16Attr: "dtype"
};
var ARCHIVE = {
  config: "config.json",
  metadata: "metadata.json",
  weightsH5: "model.weights.h5",
  weightsNpz: "model.weights.npz",
  assets: "assets"
};
var SUB_OBJECT_ORDER = [
  "cell",
  "forward_layer",
  "backward_layer",
  "layer",
  "layers",
  "query_dense",
  "key_dense",
  "value_dense",
  "output_dense"
];
var COLLATOR = new Intl.Collator("en", { numeric: true });
function naturalCompare(a, b) {
  return COLLATOR.compare(a, b);
}

// src/formats/keras3-weights.ts
function isKeras3Store(f) {
  return [KERAS3.layers, KERAS3.vars, KERAS3.layersAlias2_13, KERAS3.optimizer].some((k) => {
    const g = child(f, k);
    return g !== null && isGroup(g);
  });
}
function subObjectRank(name) {
  const i = SUB_OBJECT_ORDER.indexOf(name);
  if (i >= 0) return i;
  return name.startsWith("_") ? 2e3 : 1e3;
}
function sortedChildren(g) {
  return g.keys().filter((k) => k !== KERAS3.vars).sort((a, b) => subObjectRank(a) - subObjectRank(b) || naturalCompare(a, b));
}
function walkObject(g, objectPath, shard, out) {
  const vars = child(g, KERAS3.vars);
  const entry = { objectPath, variables: [] };
  if (vars && isGroup(vars)) {
    entry.name = attrString(vars, KERAS3.nameAttr);
    const keys = vars.keys().filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b));
    for (const k of keys) {
      const ds = child(vars, k);
      if (!ds || !isDataset(ds)) continue;
      const info = datasetInfo(ds);
      entry.variables.push({
        name: `${KERAS3.vars}/${k}`,
        path: ds.path,
        objectPath,
        index: Number(k),
        shape: info.shape,
        dtype: info.dtype,
        byteLength: info.byteLength,
        locator: { kind: "h5", shard, path: ds.path, ...info.unsupported ? { unsupportedType: info.unsupported } : {} }
      });
    }
  }
  out.push(entry);
  for (const k of sortedChildren(g)) {
    const c = child(g, k);
    if (c && isGroup(c)) walkObject(c, `${objectPath}/${k}`, shard, out);
  }
}
function readStore(f, shard, into) {
  const layersGroup = child(f, KERAS3.layers) ?? child(f, KERAS3.layersAlias2_13);
  if (layersGroup && isGroup(layersGroup)) {
    for (const k of layersGroup.keys().sort(naturalCompare)) {
      const g = child(layersGroup, k);
      if (!g || !isGroup(g)) continue;
      const entries = [];
      walkObject(g, `${KERAS3.layers}/${k}`, shard, entries);
      const prev = into.layers.get(k);
      into.layers.set(k, prev ? mergeEntries(prev, entries) : entries);
    }
  }
  const own = child(f, KERAS3.vars);
  if (own && isGroup(own)) {
    const entries = [];
    walkObject(f, "", shard, entries);
    into.modelVars.push(entries[0]);
  }
  const opt = child(f, KERAS3.optimizer);
  if (opt && isGroup(opt)) {
    const entries = [];
    walkObject(opt, KERAS3.optimizer, shard, entries);
    for (const e of entries) into.optimizer.push(...e.variables);
  }
}
function mergeEntries(a, b) {
  const byPath = new Map(a.map((e) => [e.objectPath, e]));
  for (const e of b) {
    const prev = byPath.get(e.objectPath);
    if (!prev) byPath.set(e.objectPath, e);
    else {
      prev.name ??= e.name;
      const have = new Set(prev.variables.map((v) => v.index));
      prev.variables.push(...e.variables.filter((v) => !have.has(v.index)));
      prev.variables.sort((x, y) => x.index - y.index);
    }
  }
  return [...byPath.values()];
}
function toLayers(contents, order) {
  let keys = [...contents.layers.keys()];
  if (order) {
    const rank = new Map(order.map((k, i) => [k, i]));
    keys = keys.sort((a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || naturalCompare(a, b));
  }
  const layers = keys.map((k, position2) => {
    const entries = contents.layers.get(k);
    const top = entries[0];
    const subNames = {};
    for (const e of entries.slice(1)) if (e.name) subNames[e.objectPath] = e.name;
    const weights = entries.flatMap((e) => e.variables).map((v) => ({ ...v, name: relName(top.objectPath, v) }));
    return {
      name: top.name ?? k,
      nameRecorded: top.name !== void 0,
      path: top.objectPath,
      position: position2,
      weights,
      subNames
    };
  });
  const own = contents.modelVars[0];
  if (own && own.variables.length) {
    layers.push({ name: own.name ?? "(model)", nameRecorded: own.name !== void 0, path: "", position: layers.length, weights: own.variables });
  }
  return layers;
}
function relName(top, v) {
  const rel2 = v.objectPath.slice(top.length).replace(/^\//, "");
  return rel2 ? `${rel2}/${v.name}` : v.name;
}
function modelName(contents) {
  return contents.modelVars[0]?.name;
}
function build(source, format, formatLabel, files, contents, order, extraNotes, producer = {}) {
  const layers = toLayers(contents, order);
  const notes = [...extraNotes];
  const recorded = layers.filter((l) => l.nameRecorded).length;
  if (layers.length && recorded === 0) {
    notes.push("the file records no layer names (written by Keras before 3.6): layer names are inferred from object paths, so a swap of two same-class layers cannot be detected by name");
  }
  const name = modelName(contents);
  if (name) notes.push(`saved from the model named ${quoteName(name)}`);
  const budget = new ReadBudget(source, files[0]?.limits ?? DEFAULT_LIMITS);
  return {
    source,
    format,
    formatLabel,
    generation: 3,
    producer,
    layers,
    optimizer: contents.optimizer,
    notes,
    async read(v, options) {
      const f = files[Number(v.locator.shard ?? 0)];
      const ds = f?.get(String(v.locator.path));
      if (!isDataset(ds)) throw new InputError(source, "corrupt", `dataset ${v.path} is not in this file`, "Read variables of the artifact that listed them.");
      budget.take(v.shape.reduce((a, b) => a * b, 1), `weight ${v.path}`);
      return readDataset(ds, options?.staging);
    },
    async close() {
      for (const f of files) f.close();
    }
  };
}
function readKeras3Artifact(source, f, opts = {}) {
  const contents = { layers: /* @__PURE__ */ new Map(), modelVars: [], optimizer: [] };
  readStore(f, 0, contents);
  const a = build(source, opts.format ?? "keras3-weights-h5", opts.formatLabel ?? "Keras 3 weights (.weights.h5)", [f], contents, void 0, opts.notes ?? [], opts.producer);
  if (opts.onClose) {
    const close = a.close;
    a.close = async () => {
      await close();
      await opts.onClose();
    };
  }
  return a;
}
function isShardedIndex(json) {
  const map = typeof json === "object" && json !== null && !Array.isArray(json) ? json.weight_map : void 0;
  return typeof map === "object" && map !== null && !Array.isArray(map);
}
function shardPath(indexFile, s) {
  const fix = "Shards must sit next to the .weights.json index and be listed by file name, as Keras writes them.";
  if (typeof s !== "string" || s.trim() === "") {
    throw new InputError(indexFile, "corrupt", `the weight_map lists a shard that is not a file name (${quoteName(JSON.stringify(s) ?? String(s))})`, fix);
  }
  if (s.includes("\0") || path4.isAbsolute(s) || /^[\\/]/.test(s) || s.split(/[\\/]/).includes("..") || /^[a-z][a-z0-9+.-]*:/i.test(s)) {
    throw new InputError(indexFile, "unsafe-path", `the weight_map names a shard outside the index's folder: ${quoteName(s)}; weightgate reads nothing outside it and never downloads`, fix);
  }
  return path4.join(path4.dirname(indexFile), s);
}
async function readShardedArtifact(indexFile, json, limits = DEFAULT_LIMITS) {
  const shardNames = /* @__PURE__ */ new Set();
  for (const v of Object.values(json.weight_map)) for (const s of Array.isArray(v) ? v : [v]) shardNames.add(s);
  const paths = [...shardNames].map((s) => shardPath(indexFile, s));
  const files = [];
  try {
    for (const p of paths) {
      if (!await stat4(p).then(() => true, () => false)) {
        throw new InputError(
          indexFile,
          "not-found",
          `the weight_map lists shard ${quoteName(path4.basename(p))}, but there is no such file next to the index`,
          "Commit every shard next to the .weights.json index (Keras names them <name>_0000N.weights.h5), or fix the name in weight_map."
        );
      }
      await sniff(p, limits);
      await assertInside(indexFile, path4.dirname(indexFile), p, "shard");
      files.push(await openHdf5(p, limits));
    }
  } catch (err) {
    for (const f of files) f.close();
    throw err;
  }
  const contents = { layers: /* @__PURE__ */ new Map(), modelVars: [], optimizer: [] };
  try {
    files.forEach((f, i) => readStore(f, i, contents));
  } catch (err) {
    for (const f of files) f.close();
    throw err;
  }
  const order = /* @__PURE__ */ new Set();
  for (const key of Object.keys(json.weight_map)) {
    const m = /^\/?layers\/([^/]+)/.exec(key);
    if (m) order.add(m[1]);
  }
  return build(indexFile, "keras3-weights-sharded", `Keras 3 sharded weights (${files.length} shard${files.length === 1 ? "" : "s"})`, files, contents, [...order], []);
}

// src/formats/keras-archive.ts
function parseJson(file, member, text, limits) {
  const v = parseJsonText(file, text, limits, member);
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    throw new InputError(file, "corrupt", `${member} is JSON but not an object`, "Re-save the model with Keras.");
  }
  return v;
}
function openParts(file, config, metadata, label2, limits) {
  const producer = {
    kerasVersion: typeof metadata?.keras_version === "string" ? metadata.keras_version : void 0,
    metadata
  };
  const definition = buildDefinition({ source: file, format: `${label2} config.json`, raw: config, producer, limits });
  return { producer, definition };
}
async function openKerasArchive(file, limits = DEFAULT_LIMITS) {
  const entries = await listZip(file);
  checkEntries(file, entries, limits);
  const find = (name) => entries.find((e) => e.name === name);
  const cfg = find(ARCHIVE.config);
  if (!cfg) {
    const names = entries.slice(0, 8).map((e) => quoteName(e.name, 60)).join(", ");
    throw new InputError(
      file,
      "not-keras",
      `a zip archive without config.json, so not a .keras model (it holds: ${names || "nothing"})`,
      'Save the model with `model.save("name.keras")`.'
    );
  }
  const config = parseJson(file, ARCHIVE.config, await readEntryText(file, cfg, limits), limits);
  const metaEntry = find(ARCHIVE.metadata);
  const metadata = metaEntry ? parseJson(file, ARCHIVE.metadata, await readEntryText(file, metaEntry, limits), limits) : void 0;
  const { producer, definition } = openParts(file, config, metadata, ".keras", limits);
  const weights = find(ARCHIVE.weightsH5);
  if (!weights) {
    const npz = find(ARCHIVE.weightsNpz);
    throw new InputError(
      file,
      "unsupported-format",
      npz ? "the archive stores its weights as model.weights.npz, which weightgate does not read yet" : "the archive has no model.weights.h5",
      npz ? "Re-save with the default weights format (H5)." : "Re-save the model with Keras."
    );
  }
  const dir = await makeTempDir("weightgate-");
  const tmp = path5.join(dir, "model.weights.h5");
  let h5;
  try {
    await extractEntry(file, weights, tmp, limits);
    h5 = await openHdf5(tmp, limits);
    const artifact = readKeras3Artifact(file, h5, {
      format: "keras3-archive",
      formatLabel: `Keras ${producer.kerasVersion ?? "3"} archive (.keras)`,
      producer,
      onClose: () => removeTempDir(dir)
    });
    orderLikeDefinition(artifact, definition);
    return { source: file, format: artifact.formatLabel, definition, artifact };
  } catch (err) {
    h5?.close();
    await removeTempDir(dir);
    if (err instanceof InputError && err.file === tmp) {
      const relabelled = new InputError(file, err.kind, `model.weights.h5 inside the archive: ${err.detail}`, err.hint);
      relabelled.unexpected = err.unexpected;
      throw relabelled;
    }
    throw err;
  }
}
async function isKerasFolder(dir) {
  try {
    return (await stat5(path5.join(dir, ARCHIVE.config))).isFile();
  } catch {
    return false;
  }
}
async function exists(p) {
  return lstat2(p).then(() => true, () => false);
}
async function openKerasFolder(dir, limits = DEFAULT_LIMITS) {
  const read = async (name) => {
    const p = path5.join(dir, name);
    await assertInside(dir, dir, p, name);
    const { size } = await stat5(p);
    if (size > limits.maxJsonBytes) throw limitError(dir, "maxJsonBytes", limits, `${name} is ${size} bytes of JSON`);
    return readFile2(p, "utf8");
  };
  const config = parseJson(dir, ARCHIVE.config, await read(ARCHIVE.config), limits);
  const metadata = await exists(path5.join(dir, ARCHIVE.metadata)) ? parseJson(dir, ARCHIVE.metadata, await read(ARCHIVE.metadata), limits) : void 0;
  const { producer, definition } = openParts(dir, config, metadata, "unzipped .keras", limits);
  const weightsPath = path5.join(dir, ARCHIVE.weightsH5);
  if (!await exists(weightsPath)) return { source: dir, format: "unzipped .keras folder (no weights)", definition };
  await assertInside(dir, dir, weightsPath, ARCHIVE.weightsH5);
  await sniff(weightsPath, limits);
  const h5 = await openHdf5(weightsPath, limits);
  try {
    const artifact = readKeras3Artifact(dir, h5, {
      format: "keras3-archive",
      formatLabel: `Keras ${producer.kerasVersion ?? "3"} unzipped .keras folder`,
      producer
    });
    orderLikeDefinition(artifact, definition);
    return { source: dir, format: artifact.formatLabel, definition, artifact };
  } catch (err) {
    h5.close();
    throw err;
  }
}
function orderLikeDefinition(artifact, definition) {
  const rank = new Map(definition.layers.filter((l) => l.objectPath).map((l, i) => [l.objectPath, i]));
  artifact.layers.sort((a, b) => (rank.get(a.path) ?? 1e9) - (rank.get(b.path) ?? 1e9));
  artifact.layers.forEach((l, i) => {
    l.position = i;
  });
}

// src/formats/legacy-h5.ts
function legacyKind(f) {
  if (hasListAttribute(f, LEGACY.layerNames)) return "keras-h5-weights";
  const mw = child(f, LEGACY.modelWeights);
  if (mw && isGroup(mw) && hasListAttribute(mw, LEGACY.layerNames)) return "keras-h5-full";
  return null;
}
function generationOf(version, weightNames) {
  if (version) {
    const major = Number.parseInt(version, 10);
    if (major === 1) return 1;
    if (major >= 3) return 3;
    return 2;
  }
  if (weightNames.length && weightNames.every((n) => !n.includes("/") && !n.includes(":"))) return 1;
  return 2;
}
function legacyModelConfig(f) {
  const text = attrString(f, LEGACY.modelConfig);
  if (!text) return void 0;
  const config = parseJsonText(f.filename, text, f.limits, "the model_config attribute");
  if (!isObject(config)) {
    throw new InputError(
      f.filename,
      "corrupt",
      "the model_config attribute is JSON but not a model config (an object with class_name and config)",
      "Re-save the model with Keras; the attribute was damaged or written by another tool."
    );
  }
  return { config, kerasVersion: attrString(f, LEGACY.kerasVersion) ?? kerasVersionOf(f), backend: attrString(f, LEGACY.backend) };
}
function kerasVersionOf(f) {
  const mw = child(f, LEGACY.modelWeights);
  return (mw && isGroup(mw) ? attrString(mw, LEGACY.kerasVersion) : void 0) ?? attrString(f, LEGACY.kerasVersion);
}
function readSubsetWeights(file, group, layerName, variables) {
  const problems = [];
  const names = loadAttributesFromHdf5Group(group, LEGACY.weightNames);
  names.forEach((wn, index) => {
    const ds = child(group, wn);
    if (!ds || !isDataset(ds)) {
      problems.push(`layer '${layerName}' lists weight '${wn}' but the file has no such dataset`);
      return;
    }
    const info = datasetInfo(ds);
    variables.push({
      name: wn,
      path: ds.path,
      objectPath: layerName,
      index,
      shape: info.shape,
      dtype: info.dtype,
      byteLength: info.byteLength,
      locator: { kind: "h5", path: ds.path, ...info.unsupported ? { unsupportedType: info.unsupported } : {}, ...info.untaggedBfloat16 ? { untaggedBfloat16: true } : {} }
    });
  });
  return problems;
}
function readLegacyArtifact(file, f, kind) {
  const root = kind === "keras-h5-weights" ? f : child(f, LEGACY.modelWeights);
  const layerNames = loadAttributesFromHdf5Group(root, LEGACY.layerNames);
  const notes = [];
  const layers = layerNames.map((name, position2) => {
    const g = child(root, name);
    const weights = [];
    if (!g || !isGroup(g)) {
      notes.push(`layer_names lists '${name}' but the file has no group for it`);
    } else {
      notes.push(...readSubsetWeights(file, g, name, weights));
    }
    return { name, nameRecorded: true, path: g?.path ?? `${root.path}/${name}`, position: position2, weights };
  });
  const top = child(root, LEGACY.topLevelModelWeights);
  if (top && isGroup(top)) {
    const weights = [];
    notes.push(...readSubsetWeights(file, top, LEGACY.topLevelModelWeights, weights));
    if (weights.length) {
      layers.push({ name: LEGACY.topLevelModelWeights, nameRecorded: true, path: top.path, position: layers.length, weights });
      notes.push(`the file holds ${weights.length} weight(s) owned by the model itself (top_level_model_weights)`);
    }
  }
  const optimizer = [];
  const og = child(f, LEGACY.optimizerWeights);
  if (og && isGroup(og)) readSubsetWeights(file, og, LEGACY.optimizerWeights, optimizer);
  const budget = new ReadBudget(file, f.limits);
  const kerasVersion = attrString(root, LEGACY.kerasVersion) ?? attrString(f, LEGACY.kerasVersion);
  const backend = attrString(root, LEGACY.backend) ?? attrString(f, LEGACY.backend);
  const allNames = layers.flatMap((l) => l.weights.map((w) => w.name));
  const generation = generationOf(kerasVersion, allNames);
  const who = kerasVersion ? `Keras ${kerasVersion}` : generation === 1 ? "Keras 1" : "Keras";
  return {
    source: file,
    format: kind,
    formatLabel: `${who} legacy HDF5 (${kind === "keras-h5-full" ? "full model" : "weights only"})`,
    generation,
    producer: { kerasVersion, backend },
    layers,
    optimizer,
    notes,
    async read(v, options) {
      const ds = f.get(String(v.locator.path));
      if (!isDataset(ds)) throw new InputError(file, "corrupt", `dataset ${v.path} is not in this file`, "Read variables of the artifact that listed them.");
      budget.take(v.shape.reduce((a, b) => a * b, 1), `weight ${v.path}`);
      return readDataset(ds, options?.staging);
    },
    async close() {
      f.close();
    }
  };
}

// src/formats/tfjs.ts
import path7 from "node:path";

// src/formats/tfjs-shards.ts
import { constants, realpathSync } from "node:fs";
import { access, open as open2, realpath as realpath2, stat as stat6 } from "node:fs/promises";
import path6 from "node:path";
var LFS_POINTER2 = "version https://git-lfs.github.com/spec/v1";
var MAX_READ = 1 << 30;
function groupLabel(group) {
  return `weightsManifest group ${group}`;
}
function shown(entry) {
  return JSON.stringify(entry);
}
function resolveShardPath(modelJson, group, entry) {
  const where2 = groupLabel(group);
  if (typeof entry !== "string" || entry.trim() === "") {
    throw new InputError(
      modelJson,
      "corrupt",
      `${where2} has a shard path that is not a file name (${JSON.stringify(entry)})`,
      'Each entry of "paths" must name a shard file next to model.json, e.g. "group1-shard1of1.bin".'
    );
  }
  const base = `group${group}-shard1of1.bin`;
  const fix = `List the shard by its file name (e.g. ${shown(base)}) and commit it next to model.json.`;
  if (entry.includes("\0")) {
    throw new InputError(modelJson, "unsafe-path", `${where2} lists shard ${JSON.stringify(entry)}, which contains a NUL byte`, fix);
  }
  if (entry.startsWith("/") || entry.startsWith("\\") || /^[a-zA-Z]:[\\/]/.test(entry) || path6.isAbsolute(entry)) {
    throw new InputError(
      modelJson,
      "unsafe-path",
      `${where2} lists shard ${shown(entry)}, an absolute path; TF.js resolves shard paths relative to model.json, and weightgate reads nothing outside the model folder`,
      fix
    );
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(entry)) {
    throw new InputError(
      modelJson,
      "unsafe-path",
      `${where2} lists shard ${shown(entry)}, a URL; weightgate checks the files in the repository and never downloads`,
      `Download the shard, commit it next to model.json and list it by file name (e.g. ${shown(base)}).`
    );
  }
  const dir = path6.dirname(modelJson);
  const abs = path6.resolve(dir, ...entry.split(/[\\/]+/));
  if (!isInside2(dir, abs)) {
    throw new InputError(
      modelJson,
      "unsafe-path",
      `${where2} lists shard ${shown(entry)}, which points outside the model folder (${dir})`,
      fix
    );
  }
  return abs;
}
function resolveShardPaths(modelJson, groups) {
  const seen = /* @__PURE__ */ new Map();
  groups.forEach((paths, gi) => paths.forEach((entry) => {
    const abs = resolveShardPath(modelJson, gi + 1, entry);
    let real = abs;
    try {
      real = realpathSync(abs);
    } catch {
    }
    const first = seen.get(abs) ?? seen.get(real);
    if (first) throw duplicateShard(modelJson, gi + 1, entry, first);
    seen.set(abs, { group: gi + 1, entry });
    seen.set(real, { group: gi + 1, entry });
  }));
}
function duplicateShard(modelJson, group, entry, first) {
  const where2 = first.group === group ? "already" : `already in ${groupLabel(first.group)}`;
  const as = first.entry === entry ? "" : ` (as ${shown(first.entry)})`;
  return new InputError(
    modelJson,
    "corrupt",
    `${groupLabel(group)} lists shard ${shown(entry)}, which the manifest lists ${where2}${as}: TF.js would fetch it again and append it, shifting every later weight onto the wrong bytes`,
    "List each shard file once, in order, as tensorflowjs_converter writes them; re-export the model if the manifest was edited by hand."
  );
}
function isInside2(dir, p) {
  const rel2 = path6.relative(dir, p);
  return rel2 !== "" && rel2 !== ".." && !rel2.startsWith(`..${path6.sep}`) && !path6.isAbsolute(rel2);
}
async function exists2(p) {
  try {
    await access(p, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}
async function inspectShard(modelJson, group, entry, abs, realDir) {
  const where2 = groupLabel(group);
  let st;
  try {
    st = await stat6(abs);
  } catch {
    const alt = abs.endsWith(".bin") ? abs.slice(0, -4) : `${abs}.bin`;
    const near = await exists2(alt) ? ` (there is a ${shown(path6.basename(alt))} next to it: is the name in model.json out of date?)` : "";
    throw new InputError(
      modelJson,
      "not-found",
      `${where2} lists shard ${shown(entry)}, but ${abs} does not exist${near}`,
      "Commit the shard next to model.json (TF.js fetches it relative to model.json), or fix its name in weightsManifest."
    );
  }
  if (!st.isFile()) {
    throw new InputError(
      modelJson,
      "corrupt",
      `${where2} lists shard ${shown(entry)}, but ${abs} is not a regular file`,
      "Point the manifest at the shard file itself."
    );
  }
  const real = await realpath2(abs);
  if (!isInside2(realDir, real)) {
    throw new InputError(
      modelJson,
      "unsafe-path",
      `${where2} shard ${shown(entry)} is a link to ${real}, outside the model folder`,
      "Replace the link with the real shard file."
    );
  }
  const head2 = await readHead(abs, 512);
  const text = head2.toString("latin1");
  if (text.startsWith(LFS_POINTER2)) {
    const size = /\nsize (\d+)/.exec(text)?.[1];
    throw new InputError(
      modelJson,
      "lfs-pointer",
      `${where2} shard ${shown(entry)} is a Git LFS pointer (${st.size} bytes${size ? `, standing for a ${size}-byte file` : ""}), not the weight data`,
      `${LFS_HINT} Otherwise download the real shard and commit it.`
    );
  }
  if (/^<(!doctype html|html|head|body)\b/i.test(text.replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart())) {
    throw new InputError(
      modelJson,
      "html-page",
      `${where2} shard ${shown(entry)} is an HTML page (${st.size} bytes), not weight data \u2014 a download that saved an error or login page?`,
      "Download the real shard file (the raw file, not its web page; authenticate for private assets) and commit it."
    );
  }
  return st.size;
}
var ShardGroup = class {
  constructor(modelJson, group, shards) {
    this.modelJson = modelJson;
    this.group = group;
    this.shards = shards;
    this.total = shards.reduce((n, s) => n + s.size, 0);
  }
  modelJson;
  group;
  shards;
  total;
  /** Bytes [start, start + length) of the group; a range may cross shard files. */
  async read(start, length) {
    const out = new Uint8Array(length);
    const end = start + length;
    let filled = 0;
    for (const s of this.shards) {
      if (filled === length) break;
      const sEnd = s.start + s.size;
      const pos = start + filled;
      if (sEnd <= pos || s.start >= end) continue;
      const n = Math.min(sEnd, end) - pos;
      const fh = await open2(s.abs, "r");
      try {
        let got = 0;
        while (got < n) {
          const { bytesRead } = await fh.read(out, filled + got, Math.min(n - got, MAX_READ), pos - s.start + got);
          if (bytesRead === 0) break;
          got += bytesRead;
        }
        if (got < n) {
          throw new InputError(
            this.modelJson,
            "truncated",
            `${groupLabel(this.group)} shard ${shown(s.entry)} ended after ${pos - s.start + got} bytes, but it was ${s.size} bytes when checked`,
            "The file changed while weightgate was reading it; run the check again."
          );
        }
      } finally {
        await fh.close();
      }
      filled += n;
    }
    if (filled < length) {
      throw new InputError(
        this.modelJson,
        "truncated",
        `${groupLabel(this.group)} needs bytes ${start}..${end} but its shards hold ${this.total}`,
        "Re-export the model, or download the shards again: model.json and its shards must come from the same export."
      );
    }
    return out;
  }
};
async function openShardGroup(modelJson, group, entries) {
  const resolved = entries.map((e) => ({ entry: e, abs: resolveShardPath(modelJson, group, e) }));
  const realDir = await realpath2(path6.dirname(modelJson));
  const shards = [];
  let start = 0;
  for (const { entry, abs } of resolved) {
    const size = await inspectShard(modelJson, group, entry, abs, realDir);
    shards.push({ entry, abs, size, start });
    start += size;
  }
  return new ShardGroup(modelJson, group, shards);
}

// src/formats/tfjs.ts
function isObject2(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function str(x) {
  return typeof x === "string" && x !== "" ? x : void 0;
}
function isManifestGroup(x) {
  return isObject2(x) && Array.isArray(x.paths) && Array.isArray(x.weights);
}
function isManifest(x) {
  return Array.isArray(x) && x.length > 0 && x.every(isManifestGroup);
}
function isLayersTopology(t) {
  if (!isObject2(t)) return false;
  if ("model_config" in t) return isObject2(t.model_config) || typeof t.model_config === "string";
  return typeof t.class_name === "string" && "config" in t;
}
function isGraphTopology(t) {
  return isObject2(t) && ("node" in t || "versions" in t || "library" in t);
}
function isTfjsModelJson(json) {
  if (Array.isArray(json)) return isManifest(json) ? "weights-manifest" : null;
  if (!isObject2(json)) return null;
  const topo = json.modelTopology;
  if (json.format === "graph-model" || isGraphTopology(topo)) return "graph-model";
  if (isLayersTopology(topo) && Array.isArray(json.weightsManifest)) return "layers-model";
  if (topo == null && isManifest(json.weightsManifest)) return "weights-manifest";
  return null;
}
function tfjsGraphModelError(file) {
  return new InputError(
    file,
    "unsupported-format",
    "this is a TF.js graph model (tf.loadGraphModel: a converted SavedModel or frozen graph), which has no Keras layers to diff against a Keras definition",
    "Convert the Keras model to a layers model instead (`tensorflowjs_converter --input_format keras --output_format tfjs_layers_model`) and check that model.json."
  );
}
function kerasVersionFromGeneratedBy(generatedBy) {
  return /^keras v(\S+)/i.exec(str(generatedBy) ?? "")?.[1];
}
function tfjsTopologyConfig(json) {
  if (!isObject2(json)) return null;
  const topo = "modelTopology" in json ? json.modelTopology : json;
  if (!isLayersTopology(topo) || isGraphTopology(topo)) return null;
  if ("model_config" in topo) {
    let mc = topo.model_config;
    if (typeof mc === "string") {
      try {
        mc = JSON.parse(mc);
      } catch {
        return null;
      }
    }
    if (!isObject2(mc)) return null;
    return {
      modelConfig: mc,
      kerasVersion: str(topo.keras_version) ?? str(mc.keras_version) ?? kerasVersionFromGeneratedBy(json.generatedBy),
      backend: str(topo.backend) ?? str(mc.backend)
    };
  }
  return { modelConfig: topo, kerasVersion: str(topo.keras_version), backend: str(topo.backend) };
}
function layerList(modelConfig) {
  const c = modelConfig.config;
  if (Array.isArray(c)) return c;
  if (isObject2(c) && Array.isArray(c.layers)) return c.layers;
  return null;
}
function entryName(e) {
  if (!isObject2(e)) return void 0;
  return str(isObject2(e.config) ? e.config.name : void 0) ?? str(e.name);
}
var WRAPPED_KEYS = ["layer", "forward_layer", "backward_layer", "cell"];
function innerNames(e, out, depth = 0) {
  if (!isObject2(e) || depth > 50) return;
  for (const sub of layerList(e) ?? []) {
    const n = entryName(sub);
    if (n) out.push(n);
    innerNames(sub, out, depth + 1);
  }
  const c = e.config;
  if (!isObject2(c)) return;
  const wrapped2 = [...WRAPPED_KEYS.map((k) => c[k]), ...Array.isArray(c.cells) ? c.cells : []];
  for (const w of wrapped2) {
    if (!isObject2(w) || !("class_name" in w)) continue;
    const n = entryName(w);
    if (n) out.push(n);
    innerNames(w, out, depth + 1);
  }
}
function topologyNames(modelConfig) {
  const names = {
    order: [],
    topLevel: /* @__PURE__ */ new Set(),
    owner: /* @__PURE__ */ new Map(),
    modelName: isObject2(modelConfig.config) ? str(modelConfig.config.name) : str(modelConfig.name)
  };
  const list = layerList(modelConfig) ?? [];
  for (const e of list) {
    const n = entryName(e);
    if (n && !names.topLevel.has(n)) {
      names.order.push(n);
      names.topLevel.add(n);
    }
  }
  for (const e of list) {
    const top = entryName(e);
    if (!top) continue;
    const inner = [];
    innerNames(e, inner);
    for (const n of inner) if (!names.topLevel.has(n) && !names.owner.has(n)) names.owner.set(n, top);
  }
  return names;
}
var KERAS3_VARS = /^(layers\/([^/]+)(?:\/[^/]+)*?)\/vars\/(\d+)$/;
var KERAS3_OPTIMIZER = /^optimizer\/vars\/\d+$/;
var MODEL_NAME_GUESS = /^(sequential|functional|model)(_\d+)?$/;
var LayerResolver = class {
  constructor(topo, names) {
    this.topo = topo;
    if (!topo && names.length) {
      const first = names[0].split("/")[0];
      if (MODEL_NAME_GUESS.test(first) && names.every((n) => n.split("/").length >= 3 && n.split("/")[0] === first)) {
        this.guessedPrefix = first;
      }
    }
  }
  topo;
  guessedPrefix;
  resolve(name) {
    const k3 = KERAS3_VARS.exec(name);
    if (k3) {
      return {
        layer: k3[2],
        recorded: false,
        path: `layers/${k3[2]}`,
        objectPath: k3[1],
        index: Number(k3[3]),
        prefixed: false,
        matched: false,
        keras3Vars: true
      };
    }
    const segs = name.split("/");
    const scope = segs.slice(0, -1);
    const base = { index: void 0, keras3Vars: false };
    if (scope.length === 0) {
      const recorded = !!this.topo?.topLevel.has(name);
      return { ...base, layer: name, recorded, path: name, objectPath: name, prefixed: false, matched: recorded };
    }
    const topo = this.topo;
    if (topo) {
      for (let i = 0; i < scope.length; i++) {
        if (topo.topLevel.has(scope[i])) {
          return { ...base, layer: scope[i], recorded: true, path: scope.slice(0, i + 1).join("/"), objectPath: scope[i], prefixed: i > 0, matched: true };
        }
      }
      for (let i = 0; i < scope.length; i++) {
        const owner = topo.owner.get(scope[i]);
        if (owner) return { ...base, layer: owner, recorded: true, path: owner, objectPath: owner, prefixed: i > 0, matched: true };
      }
    }
    const prefix = topo?.modelName ?? this.guessedPrefix;
    const at = prefix !== void 0 && scope.length >= 2 && scope[0] === prefix ? 1 : 0;
    return { ...base, layer: scope[at], recorded: false, path: scope.slice(0, at + 1).join("/"), objectPath: scope[at], prefixed: at > 0, matched: false };
  }
};
var TFJS_DTYPES = /* @__PURE__ */ new Set(["float32", "int32", "bool", "string", "complex64"]);
function parseWeight(file, group, i, w) {
  const where2 = `weightsManifest group ${group}, weight #${i + 1}`;
  const fix = "Re-export the model; model.json was edited by hand or written by a broken tool.";
  if (!isObject2(w)) throw new InputError(file, "corrupt", `${where2} is not an object`, fix);
  const name = w.name;
  if (typeof name !== "string" || name === "") throw new InputError(file, "corrupt", `${where2} has no name`, fix);
  const at = `${where2} (${JSON.stringify(name)})`;
  if (!Array.isArray(w.shape) || !w.shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
    throw new InputError(file, "corrupt", `${at} has shape ${JSON.stringify(w.shape)}, not a list of non-negative integers`, fix);
  }
  const shape2 = w.shape;
  const count2 = shape2.reduce((a, b) => a * b, 1);
  if (!Number.isSafeInteger(count2)) throw new InputError(file, "corrupt", `${at} has shape ${JSON.stringify(shape2)}, too large to exist`, fix);
  const dtype = w.dtype;
  if (typeof dtype !== "string" || !(dtype in DTYPE_BYTES) || dtype === "unknown") {
    throw new InputError(file, "corrupt", `${at} has dtype ${JSON.stringify(w.dtype)}, which TF.js does not know (float32, int32, bool, string, complex64)`, fix);
  }
  let quantization;
  const q = w.quantization;
  if (q != null) {
    if (!isObject2(q) || !["uint8", "uint16", "float16"].includes(q.dtype)) {
      throw new InputError(
        file,
        "corrupt",
        `Weight ${name} has unknown quantization dtype ${isObject2(q) ? q.dtype : q}. Supported quantization dtypes are: 'uint8', 'uint16', and 'float16'.`,
        fix
      );
    }
    if (q.dtype === "float16") {
      if (dtype !== "float32") {
        throw new InputError(file, "corrupt", `Weight ${name} is quantized with float16 which only supports weights of type float32 not ${dtype}.`, fix);
      }
      quantization = { dtype: "float16" };
    } else {
      if (typeof q.min !== "number" || typeof q.scale !== "number" || !Number.isFinite(q.min) || !Number.isFinite(q.scale)) {
        throw new InputError(file, "corrupt", `Weight ${name} with quantization ${q.dtype} doesn't have corresponding metadata min and scale.`, fix);
      }
      if (dtype !== "float32" && dtype !== "int32") {
        throw new InputError(file, "corrupt", `Unsupported dtype in weight '${name}': ${dtype} (only float32 and int32 weights can be quantized)`, fix);
      }
      quantization = { dtype: q.dtype, min: q.min, scale: q.scale };
    }
  }
  return { name, shape: shape2, dtype, count: count2, quantization, optimizer: w.group === "optimizer" || KERAS3_OPTIMIZER.test(name) };
}
function parseManifest(file, manifest) {
  const fix = "Re-export the model; model.json was edited by hand or written by a broken tool.";
  if (!Array.isArray(manifest)) {
    throw new InputError(file, "corrupt", "weightsManifest is not a list of {paths, weights} groups", fix);
  }
  return manifest.map((g, gi) => {
    if (!isManifestGroup(g)) {
      throw new InputError(file, "corrupt", `weightsManifest group ${gi + 1} is not a {paths, weights} object`, fix);
    }
    return { paths: g.paths, weights: g.weights.map((w, i) => parseWeight(file, gi + 1, i, w)) };
  });
}
async function stringByteLength(data, offset, count2) {
  const WINDOW = 1 << 16;
  let winStart = 0;
  let win = new Uint8Array(0);
  let pos = offset;
  for (let i = 0; i < count2; i++) {
    if (pos + 4 > data.total) return null;
    if (pos < winStart || pos + 4 > winStart + win.length) {
      winStart = pos;
      win = await data.read(pos, Math.min(WINDOW, data.total - pos));
    }
    const at = pos - winStart;
    const len = (win[at] | win[at + 1] << 8 | win[at + 2] << 16) + win[at + 3] * 2 ** 24;
    pos += 4 + len;
    if (pos > data.total) return null;
  }
  return pos - offset;
}
function generationOf2(kerasVersion, names) {
  if (kerasVersion) {
    if (/^tfjs/i.test(kerasVersion)) return 2;
    const major = Number.parseInt(kerasVersion, 10);
    if (major === 1) return 1;
    if (major >= 3) return 3;
    return 2;
  }
  return names.some((n) => KERAS3_VARS.test(n)) ? 3 : 2;
}
function plural(n, word2) {
  return `${n} ${word2}${n === 1 ? "" : "s"}`;
}
async function readTfjsArtifact(file, json, limits = DEFAULT_LIMITS) {
  const kind = isTfjsModelJson(json);
  if (kind === "graph-model") throw tfjsGraphModelError(file);
  if (kind === null) {
    throw new InputError(
      file,
      "not-keras",
      "not a TF.js layers model: expected modelTopology (a Keras model config) and weightsManifest, or a bare weights manifest",
      "Point weightgate at the model.json written by `tensorflowjs_converter` or by `model.save()` in TF.js."
    );
  }
  const manifest = Array.isArray(json) ? json : json.weightsManifest;
  const groups = parseManifest(file, manifest);
  resolveShardPaths(file, groups.map((g) => g.paths));
  const topo = kind === "layers-model" ? tfjsTopologyConfig(json) : null;
  const oldLayout = kind === "layers-model" && isObject2(json.modelTopology) && "model_config" in json.modelTopology;
  const kerasVersion = topo?.kerasVersion ?? (isObject2(json) ? kerasVersionFromGeneratedBy(json.generatedBy) : void 0);
  const producer = {};
  if (kerasVersion) producer.kerasVersion = kerasVersion;
  if (topo?.backend) producer.backend = topo.backend;
  if (isObject2(json) && str(json.generatedBy)) producer.generatedBy = json.generatedBy;
  if (isObject2(json) && str(json.convertedBy)) producer.convertedBy = json.convertedBy;
  const formatLabel = kind === "weights-manifest" ? "TF.js weights manifest (no model topology)" : oldLayout ? `TF.js layers-model (converted from Keras${kerasVersion ? ` ${kerasVersion}` : ""})` : `TF.js layers-model${kerasVersion ? ` (${kerasVersion})` : ""}`;
  const notes = [];
  const dataByGroup = [];
  const all = [];
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi];
    const number = gi + 1;
    const data = await openShardGroup(file, number, g.paths);
    dataByGroup.push(data);
    let offset = 0;
    let overrun;
    for (const w of g.weights) {
      let byteLength;
      if (w.dtype === "string" && !w.quantization) {
        const n = await stringByteLength(data, offset, w.count);
        if (n === null) {
          overrun = w.name;
          break;
        }
        byteLength = n;
      } else {
        byteLength = w.count * storedBytesPerElement(w.dtype, w.quantization);
      }
      all.push({ w, locator: { kind: "tfjs", group: number, offset, byteLength, count: w.count, paths: data.shards.map((s) => s.entry) } });
      offset += byteLength;
    }
    if (overrun !== void 0 || offset !== data.total) {
      if (data.shards.length === 0) {
        throw new InputError(
          file,
          "truncated",
          `group ${number} needs ${offset} bytes, but its "paths" list no shard file`,
          "Add the shard file names to weightsManifest (and commit the shards next to model.json)."
        );
      }
      const shardList = data.shards.length === 1 ? shownName(data.shards[0].entry) : `one of ${data.shards.map((s) => `${shownName(s.entry)} (${s.size} bytes)`).join(", ")}`;
      const needs = overrun !== void 0 ? `needs more than ${data.total} bytes (string weight ${JSON.stringify(overrun)} runs past the end)` : `needs ${offset} bytes`;
      const why = overrun !== void 0 || offset > data.total ? `${shardList} is truncated or not the right file` : `${shardList} ${data.shards.length === 1 ? "is" : "are"} longer than the manifest describes: not the right file, or model.json lists too few weights`;
      throw new InputError(
        file,
        overrun !== void 0 || offset > data.total ? "truncated" : "corrupt",
        `group ${number} ${needs}, shards hold ${data.total} (${why})`,
        "Re-export the model or download the shards again: model.json and its shards must come from the same export."
      );
    }
  }
  const modelWeights = all.filter((x) => !x.w.optimizer);
  const names = topo ? topologyNames(topo.modelConfig) : null;
  const resolver = new LayerResolver(names, modelWeights.map((x) => x.w.name));
  const layers = [];
  const byName = /* @__PURE__ */ new Map();
  const known = /* @__PURE__ */ new Set();
  const unmatched = [];
  const seen = /* @__PURE__ */ new Set();
  const duplicates = [];
  let prefixedExample;
  let keras3Vars = 0;
  const toVariable = (w, locator, objectPath, index) => {
    const v = {
      name: w.name,
      path: w.name,
      objectPath,
      index,
      shape: w.shape,
      dtype: w.dtype,
      byteLength: locator.byteLength,
      locator
    };
    if (w.quantization) {
      v.storedDtype = w.quantization.dtype;
      v.quantization = { ...w.quantization };
    }
    known.add(v);
    return v;
  };
  for (const { w, locator } of modelWeights) {
    if (seen.has(w.name)) duplicates.push(w.name);
    seen.add(w.name);
    const r = resolver.resolve(w.name);
    if (r.keras3Vars) keras3Vars++;
    else if (topo && !r.matched) unmatched.push(w.name);
    if (r.prefixed && r.matched && !prefixedExample) prefixedExample = w.name;
    let layer = byName.get(r.layer);
    if (!layer) {
      layer = { name: r.layer, nameRecorded: r.recorded, path: r.path, position: layers.length, weights: [] };
      byName.set(r.layer, layer);
      layers.push(layer);
    }
    layer.weights.push(toVariable(w, locator, r.objectPath, r.index ?? layer.weights.length));
  }
  const optimizer = all.filter((x) => x.w.optimizer).map(({ w, locator }, i) => toVariable(w, locator, "optimizer", i));
  const quantised = all.filter((x) => x.w.quantization);
  if (quantised.length) {
    const by = /* @__PURE__ */ new Map();
    for (const { w } of quantised) by.set(w.quantization.dtype, (by.get(w.quantization.dtype) ?? 0) + 1);
    const kinds = [...by].map(([d, n]) => `${n} as ${d}`).join(", ");
    notes.push(`${quantised.length} of ${plural(all.length, "weight")} are stored quantised (${kinds}); their values are decoded the way TF.js does (q\xB7scale + min), so compare them within half a scale step.`);
  }
  if (prefixedExample) {
    notes.push(`Weight names carry a prefix before the layer name (${JSON.stringify(prefixedExample)}), as Keras 3 writes them; stock TF.js matches weights by name and refuses these ("Provided weight data has no target variable: ${prefixedExample}").`);
  }
  if (keras3Vars) {
    notes.push(`${plural(keras3Vars, "weight")} are named by Keras 3 object path (\`layers/<x>/vars/<i>\`, from converting a .keras file): the layer names are derived from class names, not recorded, and stock TF.js cannot load them by name.`);
  }
  if (unmatched.length) {
    const list = unmatched.slice(0, 3).map((n) => JSON.stringify(n)).join(", ");
    notes.push(`${plural(unmatched.length, "weight")} match no layer in modelTopology (${list}${unmatched.length > 3 ? ", \u2026" : ""}); their layer is guessed from the name.`);
  }
  if (duplicates.length) {
    notes.push(`The manifest lists ${[...new Set(duplicates)].map((n) => JSON.stringify(n)).slice(0, 3).join(", ")} more than once; TF.js keeps only the last copy.`);
  }
  if (names) {
    const rank = new Map(names.order.map((n, i) => [n, i]));
    const positions = layers.filter((l) => l.nameRecorded).map((l) => rank.get(l.name) ?? -1);
    if (positions.some((p, i) => i > 0 && p < positions[i - 1])) {
      notes.push("The manifest lists layers in a different order than the model (the TF.js converter sorts weights by name); match its layers by name, not by position.");
    }
  }
  const foreign = [...new Set(all.map((x) => x.w.dtype).filter((d) => !TFJS_DTYPES.has(d)))];
  if (foreign.length) {
    notes.push(`The manifest uses dtype ${foreign.join(", ")}, which TF.js cannot load ("Unsupported dtype in weight"); the values are still read here.`);
  }
  if (optimizer.length) notes.push(`${plural(optimizer.length, "optimizer weight")} kept apart from the model weights.`);
  const budget = new ReadBudget(file, limits);
  return {
    source: file,
    format: "tfjs-layers",
    formatLabel,
    generation: generationOf2(kerasVersion, modelWeights.map((x) => x.w.name)),
    producer,
    layers,
    optimizer,
    notes,
    async read(v) {
      const loc = v.locator;
      if (!known.has(v) || loc.kind !== "tfjs") {
        throw new Error(`${file}: read() was given a variable (${v.name}) that this TF.js artifact did not produce`);
      }
      budget.take(loc.count, `weight ${JSON.stringify(v.name)}`);
      const bytes = await dataByGroup[loc.group - 1].read(loc.offset, loc.byteLength);
      return decodeWeight(bytes, { name: v.name, dtype: v.dtype, count: loc.count, quantization: v.quantization });
    },
    // Shards are opened per read and closed straight after, so nothing stays open.
    async close() {
    }
  };
}
function shownName(entry) {
  return path7.posix.basename(entry.replace(/\\/g, "/"));
}

// src/formats/open.ts
async function openFile(file, options = {}) {
  try {
    return await openUnchecked(file, resolveLimits(options.limits));
  } catch (err) {
    throw asInputError(file, err);
  }
}
async function openUnchecked(file, limits) {
  const kind = await sniff(file, limits);
  switch (kind.kind) {
    case "directory":
      return openDirectory(file, limits);
    case "hdf5":
      return openH5(file, limits);
    case "zip":
      return openKerasArchive(file, limits);
    case "json":
      return openJson(file, limits);
    case "npy":
      throw new InputError(file, "not-keras", "a NumPy array (.npy), not a model file", "Pass it as a smoke input or expected output instead.");
  }
}
async function openDirectory(dir, limits) {
  if (await isKerasFolder(dir)) return openKerasFolder(dir, limits);
  const names = await readdir(dir);
  if (names.includes("model.json")) {
    await assertInside(dir, dir, path8.join(dir, "model.json"), "model.json");
    return openUnchecked(path8.join(dir, "model.json"), limits);
  }
  throw new InputError(dir, "not-keras", "a folder with neither config.json (unzipped .keras) nor model.json (TF.js)", "Point at the model file itself.");
}
async function openH5(file, limits) {
  const f = await openHdf5(file, limits);
  try {
    const kind = legacyKind(f);
    if (kind) {
      const artifact = readLegacyArtifact(file, f, kind);
      const cfg = kind === "keras-h5-full" ? legacyModelConfig(f) : void 0;
      const definition = cfg ? buildDefinition({
        source: file,
        format: `${artifact.formatLabel} model_config`,
        raw: cfg.config,
        limits,
        producer: { kerasVersion: cfg.kerasVersion ?? artifact.producer.kerasVersion, backend: cfg.backend ?? artifact.producer.backend }
      }) : void 0;
      inferUntaggedBfloat16(artifact, definition, "the file's model_config");
      if (kind === "keras-h5-full" && !cfg) artifact.notes.push("the file has model weights but no model_config attribute (saved without its architecture)");
      return { source: file, format: artifact.formatLabel, definition, artifact };
    }
    if (isKeras3Store(f)) {
      const artifact = readKeras3Artifact(file, f);
      return { source: file, format: artifact.formatLabel, artifact };
    }
    throw notKerasH5(file, f);
  } catch (err) {
    f.close();
    throw err;
  }
}
function notKerasH5(file, f) {
  const keys = f.keys().slice(0, 6).map((k) => quoteName(k, 40));
  const dl4j = attrString(f, "inputs") !== void 0;
  return new InputError(
    file,
    "not-keras",
    `an HDF5 file, but not a Keras one: no layer_names, model_weights or layers/vars groups (top level holds: ${keys.join(", ") || "nothing"})`,
    dl4j ? "This looks like a test-data file (inputs/outputs); use it as smoke input or expected output." : "Check that this is the weights file Keras wrote."
  );
}
async function openJson(file, limits) {
  const json = await readJsonFile(file, limits);
  const tfjs = isTfjsModelJson(json);
  if (tfjs === "graph-model") {
    throw new InputError(
      file,
      "unsupported-format",
      "a TF.js graph model (a frozen TensorFlow graph), which has no Keras layers to compare",
      "Convert the Keras model to a TF.js layers model (`tensorflowjs_converter --input_format keras`) or check the Keras file instead."
    );
  }
  if (tfjs === "layers-model" || tfjs === "weights-manifest") {
    const topo = tfjsTopologyConfig(json);
    const artifact = await readTfjsArtifact(file, json, limits);
    const definition = topo ? buildDefinition({ source: file, format: "TF.js layers-model topology", raw: topo.modelConfig, limits, producer: { kerasVersion: topo.kerasVersion, backend: topo.backend } }) : void 0;
    return { source: file, format: artifact.formatLabel, definition, artifact };
  }
  if (isShardedIndex(json)) {
    const artifact = await readShardedArtifact(file, json, limits);
    return { source: file, format: artifact.formatLabel, artifact };
  }
  if (isObject(json) && typeof json.class_name === "string" && "config" in json) {
    const version = typeof json.keras_version === "string" ? json.keras_version : void 0;
    const definition = buildDefinition({
      source: file,
      format: `Keras ${version ?? (json.module ? "3" : "")} model JSON`.replace(/ {2}/, " "),
      raw: json,
      limits,
      producer: { kerasVersion: version, backend: typeof json.backend === "string" ? json.backend : void 0 }
    });
    return { source: file, format: definition.format, definition };
  }
  if (isObject(json) && isObject(json.model_config)) {
    const definition = buildDefinition({ source: file, format: "Keras model JSON", raw: json, limits });
    return { source: file, format: definition.format, definition };
  }
  throw new InputError(
    file,
    "not-keras",
    "JSON, but neither a Keras model (class_name + config), a TF.js model.json, nor a Keras sharded weights index",
    "Write the definition with `model.to_json()`, or point at model.json / .weights.json."
  );
}
async function openPair(defFile, weightsFile, options = {}) {
  const def = await openFile(defFile, options);
  let weights = def;
  try {
    if (weightsFile && path8.resolve(weightsFile) !== path8.resolve(defFile)) weights = await openFile(weightsFile, options);
  } catch (err) {
    await def.artifact?.close();
    throw err;
  }
  if (!def.definition) {
    await def.artifact?.close();
    if (weights !== def) await weights.artifact?.close();
    throw new InputError(defFile, "not-keras", `${def.format} holds weights but no model definition`, "Pass the definition first: `weightgate diff model.json weights.h5`.");
  }
  if (!weights.artifact) {
    await def.artifact?.close();
    throw new InputError(weightsFile ?? defFile, "not-keras", `${weights.format} holds a definition but no weights`, "Pass a weights file as the second argument.");
  }
  return {
    def,
    weights,
    async close() {
      await def.artifact?.close();
      if (weights !== def) await weights.artifact?.close();
    }
  };
}

// src/diff/grammar.ts
function pluralOf(noun2) {
  if (/[^aeiou]y$/i.test(noun2)) return `${noun2.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun2)) return `${noun2}es`;
  return `${noun2}s`;
}
function noun(n, singular, pluralForm = pluralOf(singular)) {
  return n === 1 ? singular : pluralForm;
}
function plural2(n, singular, pluralForm) {
  return `${n} ${noun(n, singular, pluralForm)}`;
}
function isAre(n) {
  return n === 1 ? "is" : "are";
}
var VOWEL_SOUND_LETTERS = new Set("aefhilmnorsx");
var CONSONANT_SOUND = /^(uni(?![mnd])|use|usu|uti|ura|uri|ubi|eu|ewe)/i;
var ONE = /^[Oo]n(e(?![a-z])|ce)/;
var SILENT_H = /^(hour|honest|honou?r|heir)/i;
function spelledOut(word2) {
  return /^[A-Z]{2}/.test(word2) || /^[A-Za-z](?![A-Za-z])/.test(word2);
}
function article(word2) {
  const w = word2.trim().replace(/^['"`(]+/, "");
  if (!w) return "a";
  if (/^\d/.test(w)) return /^(8|11(?!\d)|18(?!\d)|11\d\d\d(?!\d)|18\d\d\d(?!\d))/.test(w) ? "an" : "a";
  if (spelledOut(w)) return VOWEL_SOUND_LETTERS.has(w[0].toLowerCase()) ? "an" : "a";
  if (SILENT_H.test(w)) return "an";
  if (CONSONANT_SOUND.test(w) || ONE.test(w)) return "a";
  return /^[aeiou]/i.test(w) ? "an" : "a";
}
function withArticle(word2) {
  return `${article(word2)} ${word2}`;
}

// src/diff/allow.ts
function allowance(i, o) {
  const has = (list, ...names) => Boolean(list && names.some((n) => n !== void 0 && list.includes(n)));
  switch (i.code) {
    case "missing-weights":
      return has(o.allowMissing, i.layer) ? "allowMissing" : void 0;
    case "unexpected-weights":
      return has(o.allowUnexpected, i.savedLayer, i.layer) ? "allowUnexpected" : void 0;
    case "shape-mismatch":
    case "weight-count-mismatch":
    case "dtype-mismatch":
      return has(o.allowMismatch, i.layer) ? "allowMismatch" : void 0;
    case "name-mismatch":
      return !i.swappedWith && !i.cycle && has(o.allowMismatch, i.layer) ? "allowMismatch" : void 0;
    default:
      return void 0;
  }
}
function applyAllowances(issues, options) {
  const out = issues.map((i) => {
    if (i.severity === "info") return i;
    const by = allowance(i, options);
    return by ? { ...i, severity: "info", allowedBy: by } : i;
  });
  const count2 = out.findIndex((i) => i.code === "layer-count-mismatch");
  if (count2 >= 0) {
    const causes = out.filter((i) => (i.code === "missing-weights" || i.code === "unexpected-weights") && !(i.code === "unexpected-weights" && i.topLevel));
    if (causes.length && causes.every((i) => i.allowedBy)) {
      out[count2] = { ...out[count2], severity: "info", allowedBy: causes[0].allowedBy };
    }
  }
  return out;
}

// src/diff/pairing.ts
var TOP_LEVEL_WEIGHTS = "top_level_model_weights";
function modelLayers(definition) {
  return definition.layers.filter((l) => !l.isOperation);
}
function isUnknown(layer) {
  return layer.status === "unknown-class";
}
function weightedLayers(definition) {
  return modelLayers(definition).filter((l) => !isUnknown(l) && l.weights.length > 0);
}
function savedWeightedLayers(artifact) {
  return artifact.layers.filter((l) => l.weights.length > 0 && !isTopLevelGroup(artifact, l));
}
function isTopLevelGroup(artifact, l) {
  const legacy = artifact.format === "keras-h5-full" || artifact.format === "keras-h5-weights";
  return legacy && l.name === TOP_LEVEL_WEIGHTS && l.position === artifact.layers.length - 1;
}
function expectedRefs(vars) {
  return vars.map((v) => ({ name: v.path || v.name, shape: v.shape }));
}
function savedRefs(vars) {
  return vars.map((v) => ({ name: v.name, shape: v.shape }));
}

// src/diff/coverage.ts
function coverageOf(definition, artifact, pairs) {
  const weighted = weightedLayers(definition);
  const good = pairs.filter((p) => p.shapeOk);
  const matchedVars = new Set(good.map((p) => p.expected));
  const layersMatched = weighted.filter((l) => l.weights.every((v) => matchedVars.has(v))).length;
  return {
    matched: matchedVars.size,
    expected: weighted.reduce((n, l) => n + l.weights.length, 0),
    saved: savedWeightedLayers(artifact).reduce((n, l) => n + l.weights.length, 0),
    layersMatched,
    layersExpected: weighted.length,
    layersUnchecked: modelLayers(definition).filter(isUnknown).length
  };
}

// src/diff/shapes.ts
function shapesCompatible(expected, saved) {
  return expected.length === saved.length && expected.every((d, i) => d === null || d === saved[i]);
}
function pyShape(shape2) {
  const dims = shape2.map((d) => d === null ? "None" : String(d));
  if (dims.length === 1) return `(${dims[0]},)`;
  return `(${dims.join(", ")})`;
}
function jsShape(shape2) {
  return `[${shape2.map((d) => d === null ? "null" : String(d)).join(",")}]`;
}
function pyList(items) {
  return `[${items.map((s) => `'${s}'`).join(", ")}]`;
}
function transposeAxes(expected, saved) {
  if (expected.length !== saved.length || expected.length < 2) return null;
  if (expected.some((d) => d === null)) return null;
  const used = /* @__PURE__ */ new Set();
  const axes = [];
  for (const d of expected) {
    let j = -1;
    for (let k = 0; k < saved.length; k++) {
      if (!used.has(k) && saved[k] === d) {
        j = k;
        break;
      }
    }
    if (j < 0) return null;
    used.add(j);
    axes.push(j);
  }
  if (axes.every((a, i) => a === i)) return null;
  return axes;
}
var FLOAT_BITS = {
  float16: [11, 5],
  bfloat16: [8, 8],
  float32: [24, 8],
  float64: [53, 11]
};
var INT_BITS = {
  int8: [8, true],
  int16: [16, true],
  int32: [32, true],
  int64: [64, true],
  uint8: [8, false],
  uint16: [16, false],
  uint32: [32, false],
  uint64: [64, false],
  bool: [1, false]
};
function isLossyCast(from, to) {
  if (from === to) return false;
  const ff = FLOAT_BITS[from];
  const tf = FLOAT_BITS[to];
  const fi = INT_BITS[from];
  const ti = INT_BITS[to];
  if (ff && tf) return tf[0] < ff[0] || tf[1] < ff[1];
  if (ff && ti) return true;
  if (fi && tf) return fi[0] > tf[0];
  if (fi && ti) {
    if (fi[1] && !ti[1]) return true;
    const width = ti[0] - (ti[1] && !fi[1] ? 1 : 0);
    return fi[0] > width;
  }
  return true;
}
function autoNumberBase(name) {
  return name.replace(/_\d+$/, "");
}
function differOnlyByAutoNumber(a, b) {
  return a !== b && autoNumberBase(a) === autoNumberBase(b) && (a !== autoNumberBase(a) || b !== autoNumberBase(b));
}

// src/diff/hints.ts
var savedIndexes = /* @__PURE__ */ new WeakMap();
function savedLayerByName(artifact) {
  let m = savedIndexes.get(artifact);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    for (const l of artifact.layers) if (!m.has(l.name)) m.set(l.name, l);
    savedIndexes.set(artifact, m);
  }
  return m;
}
var indexes = /* @__PURE__ */ new WeakMap();
function layerIndex(definition) {
  let ix = indexes.get(definition);
  if (!ix) {
    const layers = modelLayers(definition);
    const byName = /* @__PURE__ */ new Map();
    for (const l of layers) if (!byName.has(l.name)) byName.set(l.name, l);
    ix = { layers, byName, position: new Map(layers.map((l, i) => [l, i])) };
    indexes.set(definition, ix);
  }
  return ix;
}
function layerByName(definition) {
  return layerIndex(definition).byName;
}
var PASS_THROUGH2 = /* @__PURE__ */ new Set(["Dropout", "Activation", "ActivityRegularization", "GaussianNoise", "GaussianDropout", "AlphaDropout", "SpatialDropout1D", "SpatialDropout2D"]);
function flattenBefore(definition, layer) {
  const { layers, byName, position: position2 } = layerIndex(definition);
  let cur = layer;
  for (let steps = 0; cur && steps < layers.length; steps++) {
    const src = cur.inbound.length ? byName.get(cur.inbound[0]?.inputs[0]?.layer ?? "") : layers[(position2.get(cur) ?? 0) - 1];
    if (!src) return null;
    if (src.className === "Flatten") return src;
    if (!PASS_THROUGH2.has(src.className) || src.weights.length) return null;
    cur = src;
  }
  return null;
}
function issueHint(i, ctx) {
  const layer = layerByName(ctx.definition).get(i.layer);
  if (i.code === "shape-mismatch") {
    const axes = transposeAxes(i.expectedShape, i.savedShape);
    if (axes) return { kind: "transposed", axes };
    const e = i.expectedShape;
    const s = i.savedShape;
    if (layer?.className === "Dense" && e.length === 2 && s.length === 2 && e[1] === s[1] && e[0] !== s[0] && /kernel$/.test(i.weight)) {
      const flatten2 = flattenBefore(ctx.definition, layer);
      if (flatten2) return { kind: "flatten-input", expectedIn: e[0], savedIn: s[0], flatten: flatten2.name };
    }
  }
  if ((i.code === "weight-count-mismatch" || i.code === "shape-mismatch") && ctx.loader.runtime === "keras3" && layer) {
    const saved = savedLayerByName(ctx.artifact).get(i.savedLayer);
    const p = saved ? preprocessForLoading({ className: layer.className, config: layer.config }, saved.weights.map((w) => w.shape), { keras1: ctx.artifact.generation === 1 }) : void 0;
    if (p?.kind === "converted") return { kind: "needs-tf-keras", className: layer.className, conversion: p.description };
  }
  return void 0;
}
function headLayers(definition) {
  const names = new Set(definition.outputs.map((o) => o.name));
  const heads = new Set(modelLayers(definition).filter((l) => names.has(l.name)).map((l) => l.name));
  const weighted = weightedLayers(definition);
  if (weighted.length) heads.add(weighted[weighted.length - 1].name);
  return heads;
}
var GATES = { LSTM: 4, CuDNNLSTM: 4, ConvLSTM1D: 4, ConvLSTM2D: 4, ConvLSTM3D: 4, GRU: 3, CuDNNGRU: 3 };
function innerClass(layer) {
  const inner = layer?.config.layer;
  if ((layer?.className === "Bidirectional" || layer?.className === "TimeDistributed") && typeof inner === "object" && inner !== null) {
    const cls = inner.class_name;
    const concat = layer.className === "Bidirectional" && (layer.config.merge_mode ?? "concat") === "concat";
    return { className: typeof cls === "string" ? cls : "", merge: concat ? 2 : 1 };
  }
  return { className: layer?.className ?? "", merge: 1 };
}
function units(shape2, layer) {
  const d = shape2?.[shape2.length - 1];
  if (typeof d !== "number") return void 0;
  const { className, merge: merge3 } = innerClass(layer);
  const gates = GATES[className] ?? 1;
  return d % gates === 0 ? d / gates * merge3 : void 0;
}
function parameters(layer) {
  return layer.weights.reduce((n, w) => n + w.shape.reduce((a, b) => a * (b ?? 0), 1), 0);
}
function isBackbone(layer, definition) {
  if (!layer.nested) return false;
  const total = modelLayers(definition).reduce((n, l) => n + parameters(l), 0);
  return total > 0 && parameters(layer) * 2 > total;
}
function headChanged(issues, ctx) {
  const open5 = issues.filter((i) => i.severity !== "info");
  const differing = open5.filter((i) => i.code === "shape-mismatch" || i.code === "weight-count-mismatch" || i.code === "missing-weights");
  if (!differing.length) return void 0;
  if (open5.some((i) => i.code === "layer-count-mismatch")) return void 0;
  const saved = savedWeightedLayers(ctx.artifact);
  const oldHead = saved[saved.length - 1]?.name;
  const leftovers = open5.filter((i) => i.code === "unexpected-weights");
  if (leftovers.some((u) => ctx.loader.rule !== "name" || u.savedLayer !== oldHead)) return void 0;
  const heads = headLayers(ctx.definition);
  const layers = [...new Set(differing.map((i) => i.layer))];
  if (!layers.every((l) => heads.has(l))) return void 0;
  const byName = layerByName(ctx.definition);
  if (layers.some((l) => {
    const d = byName.get(l);
    return d !== void 0 && isBackbone(d, ctx.definition);
  })) return void 0;
  const kernel = differing.find((i) => i.code === "shape-mismatch" && i.expectedShape.length >= 2);
  let expectedUnits;
  let savedUnits;
  if (kernel?.code === "shape-mismatch") {
    const layer = byName.get(kernel.layer);
    expectedUnits = units(kernel.expectedShape, layer);
    savedUnits = units(kernel.savedShape, layer);
  } else {
    const missing = differing.find((i) => i.code === "missing-weights");
    const old = open5.find((i) => i.code === "unexpected-weights");
    const layer = missing ? byName.get(missing.layer) : void 0;
    expectedUnits = units(missing?.expectedVars.find((v) => v.shape.length >= 2)?.shape, layer);
    savedUnits = units(old?.savedVars.find((v) => v.shape.length >= 2)?.shape, layer);
  }
  return { kind: "head-changed", layers, rule: ctx.loader.rule, skipMismatch: ctx.loader.skipMismatch, ...expectedUnits !== void 0 && savedUnits !== void 0 && expectedUnits !== savedUnits ? { expectedUnits, savedUnits } : {} };
}
function sameShapes(m, u) {
  return u.savedVars.length === m.expectedVars.length && m.expectedVars.every((v, k) => shapesCompatible(v.shape, u.savedVars[k].shape.filter((d) => d !== null)));
}
var UnusedIndex = class {
  buckets = /* @__PURE__ */ new Map();
  constructor(unused) {
    for (const u of unused) {
      const key = JSON.stringify(u.savedVars.map((v) => v.shape));
      let b = this.buckets.get(key);
      if (!b) this.buckets.set(key, b = { left: /* @__PURE__ */ new Set(), byBase: /* @__PURE__ */ new Map() });
      b.left.add(u);
      const base = autoNumberBase(u.savedLayer);
      const twins = b.byBase.get(base);
      if (twins) twins.list.push(u);
      else b.byBase.set(base, { list: [u], next: 0 });
    }
  }
  /** An auto-numbered twin of `m`'s layer with its shapes, else the only unused layer with them. */
  take(m) {
    const exact = m.expectedVars.every((v) => v.shape.every((d) => d !== null));
    const candidates = exact ? [this.buckets.get(JSON.stringify(m.expectedVars.map((v) => v.shape)))].filter((b) => b !== void 0) : [...this.buckets.values()];
    const fits = (u) => sameShapes(m, u);
    let found;
    for (const b of candidates) {
      const twins = b.byBase.get(autoNumberBase(m.layer));
      if (!twins) continue;
      while (twins.next < twins.list.length && !b.left.has(twins.list[twins.next])) twins.next++;
      found = twins.list.slice(twins.next).find((x) => b.left.has(x) && fits(x) && differOnlyByAutoNumber(m.layer, x.savedLayer));
      if (found) break;
    }
    if (!found) {
      const all = [];
      for (const b of candidates) {
        for (const u of b.left) {
          if (fits(u)) all.push(u);
          if (all.length > 1 && exact) break;
        }
      }
      if (all.length === 1) found = all[0];
    }
    if (found) for (const b of candidates) b.left.delete(found);
    return found;
  }
};
function renameMap(issues) {
  const map = {};
  let autoNumbered = true;
  for (const i of issues) if (i.code === "name-mismatch" && i.autoNumbered && !i.swappedWith && !i.cycle) map[i.savedLayer] = i.layer;
  const missing = issues.filter((i) => i.code === "missing-weights" && i.rule === "name" && i.severity !== "info");
  const unused = new UnusedIndex(issues.filter((i) => i.code === "unexpected-weights" && i.rule === "name" && !i.topLevel && i.severity !== "info"));
  for (const m of missing) {
    const u = unused.take(m);
    if (!u) continue;
    map[u.savedLayer] = m.layer;
    if (!differOnlyByAutoNumber(m.layer, u.savedLayer)) autoNumbered = false;
  }
  return Object.keys(map).length ? { kind: "rename-map", layers: Object.values(map), map, autoNumbered } : void 0;
}
function swaps(issues) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const i of issues) {
    if (i.code !== "name-mismatch") continue;
    const group = i.swappedWith ? [i.layer, i.swappedWith] : i.cycle;
    if (!group) continue;
    const key = [...group].sort().join("\0");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: "layers-swapped", layers: group });
  }
  return out;
}
function byNameMatchedNothing(pairing, ctx) {
  if (ctx.loader.rule !== "name" || pairing.pairs.length) return void 0;
  const weighted = weightedLayers(ctx.definition);
  if (!weighted.length || !ctx.artifact.layers.some((l) => l.weights.length)) return void 0;
  return { kind: "by-name-matched-nothing", layers: weighted.map((l) => l.name) };
}
function shiftedPaths(issues, ctx) {
  if (ctx.loader.rule !== "path") return void 0;
  const unused = new Set(issues.filter((i) => i.code === "unexpected-weights").map((u) => u.savedLayer));
  const missing = new Set(issues.filter((i) => i.code === "missing-weights").map((m) => m.layer));
  const moves = issues.filter((i) => i.code === "name-mismatch" && !i.swappedWith && !i.cycle && (unused.has(i.layer) || missing.has(i.savedLayer))).map((n) => ({ layer: n.layer, savedLayer: n.savedLayer, ...n.objectPath ? { objectPath: n.objectPath } : {} }));
  return moves.length ? { kind: "shifted-paths", layers: moves.map((m) => m.layer), moves } : void 0;
}
function lossyCasts(issues) {
  const casts = /* @__PURE__ */ new Map();
  const layers = /* @__PURE__ */ new Set();
  for (const i of issues) {
    if (i.code !== "dtype-mismatch" || !i.lossy || i.raises || i.severity === "info") continue;
    const quantized = i.quantization !== void 0;
    const from = quantized ? i.storedDtype ?? i.savedDtype : i.savedDtype;
    const to = quantized ? i.savedDtype : i.expectedDtype;
    const key = `${from}>${to}>${quantized}`;
    const c = casts.get(key) ?? { from, to, count: 0, quantized };
    c.count++;
    casts.set(key, c);
    layers.add(i.layer);
  }
  return casts.size ? { kind: "lossy-cast", layers: [...layers], casts: [...casts.values()] } : void 0;
}
function modelNamePrefix(issues, ctx) {
  if (ctx.loader.rule !== "tfjs") return void 0;
  const unused = issues.filter((i) => i.code === "unexpected-weights");
  const expected = new Set(modelLayers(ctx.definition).flatMap((l) => l.weights.map((w) => w.path)));
  const prefixes = /* @__PURE__ */ new Map();
  for (const u of unused) {
    for (const v of u.savedVars) {
      const cut2 = v.name.indexOf("/");
      if (cut2 > 0 && expected.has(v.name.slice(cut2 + 1))) prefixes.set(v.name.slice(0, cut2), (prefixes.get(v.name.slice(0, cut2)) ?? 0) + 1);
    }
  }
  const [prefix, count2] = [...prefixes].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!prefix || !count2) return void 0;
  return { kind: "model-name-prefix", layers: unused.map((u) => u.savedLayer), prefix, count: count2, isModelName: prefix === ctx.definition.name };
}
function findHints(pairing, issues, ctx) {
  const perIssue = /* @__PURE__ */ new Map();
  for (const i of issues) {
    const h = issueHint(i, ctx);
    if (h) perIssue.set(i, h);
  }
  const hints = [headChanged(issues, ctx), renameMap(issues), ...swaps(issues), byNameMatchedNothing(pairing, ctx), modelNamePrefix(issues, ctx), shiftedPaths(issues, ctx), lossyCasts(issues)].filter((h) => h !== void 0);
  return { perIssue, hints };
}

// src/diff/loader-rule.ts
import path9 from "node:path";

// src/diff/messages.ts
var RULE_TEXT = {
  order: "load_weights(path) pairs the layers that own weights by position; names are ignored",
  name: "load_weights(path, by_name=True) pairs layers by name and silently skips layers found on one side only",
  path: "load_weights pairs each variable by the object path Keras derives from the model (layers/<class>[_N]/vars/<i>); layer names are not used",
  tfjs: "tf.loadLayersModel pairs each weight by its TF.js name (layer/weight, or layer/index for Keras 3 exports)"
};
function loaderReason(c) {
  const who = c.runtime === "keras2" ? "tf-keras" : c.runtime === "keras3" ? "Keras 3" : "TF.js";
  const why = c.auto ? `${c.formatLabel} (${c.format})` : c.requested === c.rule ? `${c.requested} rule requested for ${c.formatLabel}` : `${c.requested} rule requested, but no loader applies it to ${c.formatLabel}; using the rule its loader applies`;
  const skip = c.skipMismatch ? c.rule === "path" ? "; skip_mismatch=True: objects that fail keep their initial values, with a warning" : c.runtime === "keras3" || c.rule === "name" ? "; skip_mismatch=True: mismatched weights are skipped with a warning" : "" : "";
  return `${why}: ${who} ${RULE_TEXT[c.rule]}${skip}.`;
}
var LISTED = 8;
function varList(vars) {
  const shown3 = vars.slice(0, LISTED).map((v) => `${v.name} ${pyShape(v.shape)}`).join(", ");
  return vars.length > LISTED ? `${shown3}, \u2026 (${vars.length - LISTED} more)` : shown3;
}
function keras2Name(path17) {
  return /:\d+$/.test(path17) ? path17 : `${path17}:0`;
}
function shapeMessage(i, c) {
  const exp = pyShape(i.expectedShape);
  const got = pyShape(i.savedShape);
  const skipped = i.skipped;
  switch (i.rule) {
    case "tfjs":
      return `Shape mismatch: ${jsShape(i.expectedShape)} vs. ${jsShape(i.savedShape)}`;
    case "path":
      return `The shape of the target variable and the shape of the target value in \`variable.assign(value)\` must match. variable.shape=${exp}, Received: value.shape=${got}. Target variable: <Variable path=${i.weight}, shape=${exp}, dtype=${i.dtype}, value=\u2026>`;
    case "order":
    case "name":
      if (c.runtime === "keras2") {
        if (i.rule === "order") {
          return `Cannot assign value to variable ' ${keras2Name(i.weight)}': Shape mismatch.The variable shape ${exp}, and the assigned value shape ${got} are incompatible.`;
        }
        return skipped ? `Skipping loading weights for layer #${i.position} (named ${i.layer}) due to mismatch in shape for weight ${keras2Name(i.weight)}. Weight expects shape ${exp}. Received saved weight with shape ${got}` : `Shape mismatch in layer #${i.position} (named ${i.layer}) for weight ${keras2Name(i.weight)}. Weight expects shape ${exp}. Received saved weight with shape ${got}`;
      }
      return skipped ? `Skipping loading weights for layer #${i.position} (named ${i.layer})due to mismatch in shape for weight ${i.weight}. Weight expects shape ${exp}. Received saved weight with shape ${got}` : `Shape mismatch in layer #${i.position} (named ${i.layer})for weight ${i.weight}. Weight expects shape ${exp}. Received saved weight with shape ${got}`;
  }
}
function countMessage(i) {
  const n = i.expectedVars.length;
  const m = i.savedVars.length;
  switch (i.rule) {
    case "order":
      return `Weight count mismatch for layer #${i.position} (named ${i.layer} in the current model, ${i.savedLayer} in the save file). Layer expects ${n} weight(s). Received ${m} saved weight(s)`;
    case "name":
      return i.skipped ? `Skipping loading of weights for layer #${i.position} (named ${i.layer}) due to mismatch in number of weights. Layer expects ${n} weight(s). Received ${m} saved weight(s)` : `Weight count mismatch for layer #${i.position} (named ${i.layer}). Layer expects ${n} weight(s). Received ${m} saved weight(s)`;
    default:
      return kerasVariableCount(i.objectName ?? i.layer, i.expectedVars, m);
  }
}
function kerasVariableCount(name, expected, received) {
  return `Layer '${name}' expected ${expected.length} variables, but received ${received} variables during loading. Expected: ${pyList(expected.map((v) => v.name.split("/").pop() ?? v.name))}`;
}
function missingMessage(i) {
  const n = i.expectedVars.length;
  switch (i.rule) {
    case "path":
      return kerasVariableCount(i.objectName ?? i.layer, i.expectedVars, 0);
    case "tfjs":
      return `${i.unsetTotal ?? n} of ${i.totalWeights ?? n} weights are not set: ${(i.unsetNames ?? i.expectedVars.map((v) => v.name)).join(",")}`;
    case "name":
      return `The file has no layer named '${i.layer}': load_weights(by_name=True) skips it silently, so its ${plural2(n, "weight")} (${varList(i.expectedVars)}) keep their random initial values.`;
    case "order":
      return `'${i.layer}' owns ${plural2(n, "weight")} (${varList(i.expectedVars)}) but no layer of the file lines up with it.`;
  }
}
function unexpectedMessage(i) {
  const n = i.savedVars.length;
  if (i.topLevel) {
    return i.rule === "name" ? `Weight count mismatch for top-level weights of model. Model expects 0 top-level weight(s). Received ${n} saved top-level weight(s)` : `Weight count mismatch for top-level weights when loading weights from file. Model expects 0 top-level weight(s). Received ${n} saved top-level weight(s)`;
  }
  switch (i.rule) {
    case "tfjs":
      return `Provided weight data has no target variable: ${i.savedVars[0]?.name ?? i.savedLayer}`;
    case "path":
      return `Nothing in the model lives at ${i.savedPath} (the file's '${i.savedLayer}'): Keras never reads its ${plural2(n, "variable")} (${varList(i.savedVars)}).`;
    case "name":
      return `No model layer is named '${i.savedLayer}': load_weights(by_name=True) ignores its ${plural2(n, "weight")} (${varList(i.savedVars)}) silently.`;
    case "order":
      return `The file's '${i.savedLayer}' (${varList(i.savedVars)}) lines up with no layer of the model.`;
  }
}
function where(i) {
  return i.rule === "path" ? `both at ${i.objectPath}` : `weighted layer #${i.position}, paired by position`;
}
function nameMessage(i) {
  if (i.swappedWith) {
    return `'${i.layer}' receives the weights the file saved for '${i.savedLayer}' (${where(i)}), and '${i.swappedWith}' those saved for '${i.layer}': the two layers are swapped. Their shapes agree, so Keras raises nothing.`;
  }
  if (i.cycle) {
    return `'${i.layer}' receives the weights the file saved for '${i.savedLayer}' (${where(i)}): layers ${i.cycle.map((n) => `'${n}'`).join(" \u2192 ")} each receive the next one's weights.`;
  }
  if (i.autoNumbered) {
    return `'${i.layer}' receives the weights the file saved as '${i.savedLayer}' (${where(i)}); the names differ only by Keras' auto-numbering.`;
  }
  return `'${i.layer}' receives the weights the file saved as '${i.savedLayer}' (${where(i)}): a renamed layer, or a different one?`;
}
function unsupportedMessage(i) {
  switch (i.reason) {
    case "by-name-keras3":
      return `\`by_name\` only supports loading legacy '.h5' or '.hdf5' files. Received: ${i.source}`;
    case "skip-mismatch-keras2":
      return "When calling model.load_weights, skip_mismatch can only be set to True when by_name is True.";
    case "skip-mismatch-tfjs":
      return "skip_mismatch has no TF.js counterpart (tf.loadLayersModel checks every shape even with strict=false); weightgate ignored it.";
    case "rule-needs-other-format":
      return `No loader pairs ${withArticle(i.format)} file by ${i.requested}; weightgate applied the ${i.usedRule} rule, which its loader uses.`;
  }
}
function describe(i, c) {
  switch (i.code) {
    case "layer-count-mismatch":
      return `Layer count mismatch when loading weights from file. Model expected ${i.expectedLayers} layers, found ${i.savedLayers} saved layers.`;
    case "weight-count-mismatch":
      return countMessage(i);
    case "shape-mismatch":
      return shapeMessage(i, c);
    case "dtype-mismatch":
      if (i.unsupported) return `${i.weight} (layer '${i.layer}'): the file stores it as HDF5 ${i.unsupported} data, which Keras cannot load into a variable (it needs numbers, here ${i.expectedDtype}).`;
      if (c.rule === "tfjs" && i.raises) return `dtype of the new value (${i.savedDtype}) and previous value (${i.expectedDtype}) must match`;
      if (i.quantization) {
        return `${i.weight} is stored quantised (${i.quantization}) and decoded to ${i.savedDtype}: the values only approximate the originals.`;
      }
      return `${i.weight}: the file holds ${i.savedDtype}${i.storedDtype ? ` (stored as ${i.storedDtype})` : ""}, the model's variable is ${i.expectedDtype}; ${c.runtime === "tfjs" ? "TF.js" : "Keras"} casts it silently on load${i.lossy ? ", and the cast loses precision" : ""}.`;
    case "missing-weights":
      return missingMessage(i);
    case "unexpected-weights":
      return unexpectedMessage(i);
    case "name-mismatch":
      return nameMessage(i);
    case "unknown-layer-class":
      return `'${i.layer}' is ${withArticle(i.className)}, ${i.why ?? "a class weightgate does not know"}, so its weights cannot be checked. The file holds ${i.savedVars.length ? varList(i.savedVars) : "nothing"} for it${i.savedLayer && i.savedLayer !== i.layer ? ` (as '${i.savedLayer}')` : ""}.`;
    case "weights-converted":
      return `tf-keras converts the saved weights of '${i.layer}' (${i.className}) before loading (preprocess_weights_for_loading): ${i.conversion}. weightgate compares the converted shapes, and the smoke run loads the converted values.`;
    case "weights-refused":
      return i.kerasMessage;
    case "config-default":
      return i.explanation;
    case "dtype-inferred":
      return `${i.weight}: stored as 2-byte opaque data with no dtype attribute (how h5py stores bfloat16); read as ${i.dtype} because ${i.from} says so (inferred).`;
    case "optimizer-state":
      return `The file also holds optimizer state (${plural2(i.count, "variable")}); it is never part of compatibility and inference does not need it.`;
    case "names-unrecorded":
      return "The file does not record layer names (Keras before 3.6 wrote none), so weightgate cannot tell whether two layers of the same class and shapes traded places.";
    case "loader-unsupported":
      return unsupportedMessage(i);
    case "duplicate-weight-name":
      return `Duplicate weight name: ${i.key}`;
  }
}
function escapeHatch(c) {
  switch (c.rule) {
    case "order":
      return "load_weights(path) itself still raises here: load with by_name=True (and skip_mismatch=True for resized layers)";
    case "name":
    case "path":
      return "load_weights itself still raises here unless you pass skip_mismatch=True";
    case "tfjs":
      return "tf.loadLayersModel itself still raises here: set the weights of this layer yourself";
  }
}
function noteFor(i, c) {
  const parts = [];
  if (i.code === "layer-count-mismatch") parts.push(alignmentNote(i));
  if (i.code === "loader-unsupported" && i.reason === "by-name-keras3") parts.push("weightgate paired the layers by the names the file records, to show what would differ.");
  if (i.code === "missing-weights" && i.rule === "path" && i.objectPath) parts.push(`The file has no variables at ${i.objectPath}.`);
  if (i.code === "unexpected-weights" && i.rule === "tfjs" && i.savedVars.length > 1) parts.push(`${plural2(i.savedVars.length, "weight")} under '${i.savedLayer}' have no target.`);
  if (i.skipped) {
    parts.push(c.rule === "path" ? "skip_mismatch=True: Keras warns and the object keeps its initial values." : "skip_mismatch=True: Keras warns and this weight keeps its initial value.");
  }
  if (i.allowedBy) {
    const what = i.code === "unexpected-weights" ? "expected: the model does not use it" : "expected: will be trained from scratch";
    parts.push(`Allowed by ${i.allowedBy}: ${what}.${i.raises ? ` Note: ${escapeHatch(c)}.` : ""}`);
  }
  return parts.length ? parts.join(" ") : null;
}
function alignmentNote(i) {
  const unknown = i.unknownLayers ? ` Not counted: ${plural2(i.unknownLayers, "layer")} of unknown class that the file does not list, so whether they own weights cannot be told.` : "";
  const assumed = (i.assumedByClass ?? []).map((a) => ` '${a.layer}' (${a.className}, not in the file) is counted as ${a.ownsWeights ? "owning" : "owning no"} weights, as the file's other ${a.className} layers do.`).join("");
  return `Keras stops here.${unknown}${assumed} ${alignmentText(i)}`;
}
function alignmentText(i) {
  const parts = [
    i.alignedByName ? `${i.alignedByName} by name` : "",
    i.alignedByShape ? `${i.alignedByShape} by weight shapes` : "",
    i.alignedByOrder ? `${i.alignedByOrder} by position` : ""
  ].filter(Boolean);
  return `To list every difference at once, weightgate lined up the layers ${parts.length ? parts.join(", ") : "it could (none paired)"}; the rest have no counterpart.`;
}
function expectedText(i) {
  switch (i.code) {
    case "layer-count-mismatch":
      return plural2(i.expectedLayers, "weighted layer");
    case "weight-count-mismatch":
      return `${plural2(i.expectedVars.length, "weight")}: ${varList(i.expectedVars)}`;
    case "shape-mismatch":
      return pyShape(i.expectedShape);
    case "dtype-mismatch":
      return i.expectedDtype;
    case "missing-weights":
      return varList(i.expectedVars);
    case "unexpected-weights":
      return i.topLevel ? "0 top-level weights" : "\u2014";
    case "name-mismatch":
      return i.layer;
    case "unknown-layer-class":
      return `${i.className} (unknown)`;
    case "weights-converted":
      return plural2(i.to, "weight");
    case "weights-refused":
      return i.className;
    case "config-default":
      return `${i.key} unset`;
    case "dtype-inferred":
      return i.dtype;
    case "optimizer-state":
      return "\u2014";
    case "names-unrecorded":
      return "recorded layer names";
    case "loader-unsupported":
      return i.reason === "skip-mismatch-keras2" ? "by_name=True" : i.reason === "skip-mismatch-tfjs" ? "no skip_mismatch" : `${i.requested} rule`;
    case "duplicate-weight-name":
      return "unique weight names";
  }
}
function actualText(i) {
  switch (i.code) {
    case "layer-count-mismatch":
      return plural2(i.savedLayers, "saved layer");
    case "weight-count-mismatch":
      return `${plural2(i.savedVars.length, "weight")}${i.savedVars.length ? `: ${varList(i.savedVars)}` : ""}`;
    case "shape-mismatch":
      return pyShape(i.savedShape);
    case "dtype-mismatch":
      return i.unsupported ? `HDF5 ${i.unsupported}` : i.quantization ? `${i.savedDtype} (quantised ${i.quantization})` : i.storedDtype ? `${i.savedDtype} (stored ${i.storedDtype})` : i.savedDtype;
    case "missing-weights":
      return "nothing";
    case "unexpected-weights":
      return varList(i.savedVars);
    case "name-mismatch":
      return i.savedLayer;
    case "unknown-layer-class":
      return i.savedVars.length ? varList(i.savedVars) : "nothing";
    case "weights-converted":
      return plural2(i.from, "saved weight");
    case "weights-refused":
      return varList(i.savedVars);
    case "config-default":
      return "\u2014";
    case "dtype-inferred":
      return "untagged 2 bytes";
    case "optimizer-state":
      return plural2(i.count, "variable");
    case "names-unrecorded":
      return "none (Keras < 3.6)";
    case "loader-unsupported":
      return i.format;
    case "duplicate-weight-name":
      return i.key;
  }
}
function describeIssueHint(h) {
  switch (h.kind) {
    case "transposed":
      return `Same dimensions in another order: the layout is transposed (e.g. a PyTorch (out, in, h, w) kernel for Keras' (h, w, in, out)). np.transpose(saved, ${pyShape(h.axes)}) gives the expected layout.`;
    case "flatten-input":
      return `This is the first Dense after Flatten ('${h.flatten}') and only its input size differs (${h.expectedIn ?? "None"} vs ${h.savedIn}): the input size, or a layer before Flatten, changed.`;
    case "needs-tf-keras":
      return `tf-keras would convert these ${h.className} weights before loading (preprocess_weights_for_loading: ${h.conversion}); Keras 3 does not (it assigns them as saved, and this check simulates Keras 3). Load with tf-keras (--runtime keras2), or re-save the weights from it.`;
  }
}
function describeHint(h) {
  switch (h.kind) {
    case "head-changed": {
      const units2 = h.expectedUnits !== void 0 && h.savedUnits !== void 0 ? ` (${h.savedUnits} outputs in the file, ${h.expectedUnits} in the model: did the class count change?)` : "";
      const list = h.layers.join(",");
      const allow = (kind) => `\`--allow-${kind} ${list}\` (config: \`allow: { ${kind}: [${list}] }\`)`;
      const how = h.rule === "name" ? `by_name=True already leaves it at its initial values; record that it is intended with ${allow("missing")}` : h.skipMismatch ? `skip_mismatch=True already leaves it at its initial values; record that it is intended with ${allow("mismatch")}` : `allow it with ${allow("mismatch")} and load with skip_mismatch=True (Keras 3), or by_name=True, skip_mismatch=True (tf-keras)`;
      return `Only the head differs${units2}. If that is the point (transfer learning), ${how}.`;
    }
    case "rename-map": {
      const pairs = Object.entries(h.map).map(([from, to]) => `'${from}' \u2192 '${to}'`).join(", ");
      return h.autoNumbered ? `The names differ only by Keras' auto-numbering suffix (models built twice in one session drift this way). Rename map, file \u2192 model: ${pairs}. Name the layers explicitly in the code to pin them.` : `Same shapes under another name: the layers look renamed. Rename map, file \u2192 model: ${pairs}. Rename them back, or load by order (names play no part there).`;
    }
    case "layers-swapped":
      return `${h.layers.map((l) => `'${l}'`).join(" and ")} trade weights: the code's layer order no longer matches the file's. Restore the order (or re-save the weights) before trusting outputs.`;
    case "lossy-cast": {
      const casts = h.casts.map((c) => c.quantized ? `${plural2(c.count, "weight")} stored quantised as ${c.from}` : `${plural2(c.count, "weight")} narrowed from ${c.from} to ${c.to}`).join("; ");
      const avoid = h.casts.every((c) => c.quantized) ? "Convert without quantisation to avoid it" : "Save the weights in the model's dtype to avoid it";
      return `Values change on load (${casts}): outputs will differ slightly from the saved model's, so compare them with a tolerance that fits the narrower type. ${avoid}.`;
    }
    case "shifted-paths": {
      const moves = h.moves.map((m) => `'${m.layer}' reads what the file saved for '${m.savedLayer}'${m.objectPath ? ` (${m.objectPath})` : ""}`).join("; ");
      return `Object paths shifted: Keras 3 numbers them per class in model order (layers/dense, layers/dense_1, \u2026), so a layer added or removed earlier moves the later ones onto their neighbours' weights: ${moves}. Restore the layer, or re-save the weights from the current model.`;
    }
    case "by-name-matched-nothing":
      return "load_weights(by_name=True) matches none of the model's weighted layers: every layer keeps its random initial values. The names drifted; load by order, or rename the layers.";
    case "model-name-prefix":
      return `${plural2(h.count, "weight name")} in the manifest start with '${h.prefix}/'${h.isModelName ? ", the model's own name," : ""} and pair once it is dropped: the TensorFlow.js converter writes Keras 3 models this way and tf.loadLayersModel (TF.js 4.22) does not strip it, so nothing loads. Drop the '${h.prefix}/' prefix from the manifest's weight names (or convert from a tf-keras model).`;
  }
}
function kerasLoadingFailure(failed2) {
  const first = failed2[0];
  return `A total of ${failed2.length} objects could not be loaded. Example error message for object ${first.repr}:

${first.message}

List of objects that could not be loaded:
[${failed2.map((f) => f.repr).join(", ")}]`;
}
function objectRepr(className, name) {
  return `<${className} name=${name}, built=True>`;
}

// src/diff/loader-rule.ts
var LEGACY2 = ["keras-h5-full", "keras-h5-weights"];
var KERAS32 = ["keras3-weights-h5", "keras3-weights-sharded", "keras3-archive"];
function autoRule(format) {
  if (LEGACY2.includes(format)) return "order";
  if (KERAS32.includes(format)) return "path";
  return "tfjs";
}
function rulesFor(format) {
  if (LEGACY2.includes(format)) return ["order", "name"];
  if (KERAS32.includes(format)) return ["path"];
  return ["tfjs"];
}
function requestedRule(options) {
  return options.loader ?? (options.byName ? "name" : void 0);
}
function usedRule(format, requested) {
  if (!requested) return autoRule(format);
  if (rulesFor(format).includes(requested)) return requested;
  if (requested === "name" && KERAS32.includes(format)) return "name";
  return autoRule(format);
}
function runtimeFor(rule, artifact, definition, options) {
  if (rule === "tfjs") return "tfjs";
  if (rule === "path") return "keras3";
  if (options.runtime) return options.runtime;
  return artifact.generation === 3 || definition?.generation === 3 ? "keras3" : "keras2";
}
function callFor(rule, artifact, skipMismatch) {
  const file = path9.basename(artifact.source);
  if (rule === "tfjs") return `tf.loadLayersModel('${file}')`;
  const args = [`'${file}'`];
  if (rule === "name") args.push("by_name=True");
  if (skipMismatch) args.push("skip_mismatch=True");
  return `model.load_weights(${args.join(", ")})`;
}
function chooseLoader(artifact, options = {}, definition) {
  const requested = requestedRule(options);
  const rule = usedRule(artifact.format, requested);
  const runtime = runtimeFor(rule, artifact, definition, options);
  const skipMismatch = Boolean(options.skipMismatch) && rule !== "tfjs";
  const auto = requested === void 0;
  return {
    rule,
    runtime,
    auto,
    skipMismatch,
    call: callFor(rule, artifact, skipMismatch),
    reason: loaderReason({ rule, runtime, auto, requested, format: artifact.format, formatLabel: artifact.formatLabel, skipMismatch })
  };
}
function loaderRefusals(choice, artifact, options) {
  const out = [];
  const requested = requestedRule(options);
  const base = { layer: "", format: artifact.format, source: path9.basename(artifact.source), usedRule: choice.rule };
  if (requested && !rulesFor(artifact.format).includes(requested)) {
    const byNameKeras3 = requested === "name" && KERAS32.includes(artifact.format);
    out.push({
      ...base,
      code: "loader-unsupported",
      severity: byNameKeras3 ? "error" : "warning",
      raises: byNameKeras3,
      requested,
      reason: byNameKeras3 ? "by-name-keras3" : "rule-needs-other-format"
    });
  }
  if (options.skipMismatch && choice.rule === "tfjs") {
    out.push({ ...base, code: "loader-unsupported", severity: "warning", raises: false, requested: "tfjs", reason: "skip-mismatch-tfjs" });
  }
  if (options.skipMismatch && choice.rule === "order" && choice.runtime === "keras2") {
    out.push({ ...base, code: "loader-unsupported", severity: "error", raises: true, requested: "order", reason: "skip-mismatch-keras2" });
  }
  return out;
}

// src/diff/dtype-issue.ts
function dtypeIssue(layer, v, savedLayer, s) {
  if (s.locator.untaggedBfloat16 === true) {
    if (v.dtype !== "bfloat16") {
      return { code: "dtype-mismatch", severity: "error", raises: true, layer, weight: v.path, savedLayer, expectedDtype: v.dtype, savedDtype: "bfloat16", lossy: false, unsupported: "opaque (2 bytes, bfloat16 without a dtype attribute)" };
    }
    return { code: "dtype-inferred", severity: "info", raises: false, layer, weight: v.path, savedLayer, dtype: "bfloat16", from: s.dtypeInferred ?? "the definition" };
  }
  const unsupported = s.locator.unsupportedType;
  if (typeof unsupported === "string") {
    return { code: "dtype-mismatch", severity: "error", raises: true, layer, weight: v.path, savedLayer, expectedDtype: v.dtype, savedDtype: s.dtype, lossy: false, unsupported };
  }
  if (v.dtype !== s.dtype && v.dtype !== "unknown" && s.dtype !== "unknown") {
    return { code: "dtype-mismatch", severity: "warning", raises: false, layer, weight: v.path, savedLayer, expectedDtype: v.dtype, savedDtype: s.dtype, lossy: isLossyCast(s.dtype, v.dtype) };
  }
  return void 0;
}

// src/diff/compare-layer.ts
function skips(ctx, rule) {
  return ctx.loader.skipMismatch && (rule === "name" || ctx.loader.runtime === "keras3");
}
function preprocess(ctx, layer, saved) {
  const weights = saved.weights;
  if (ctx.loader.runtime !== "keras2") return { weights };
  const keras1 = ctx.artifact.generation === 1 && ctx.definition.generation >= 2;
  const shapes = weights.map((w) => w.shape);
  const p = preprocessForLoading({ className: layer.className, config: layer.config }, shapes, { keras1 });
  if (p.kind === "as-saved") return { weights };
  const base = { layer: layer.name, className: layer.className, savedLayer: saved.name };
  if (p.kind === "refused") {
    return { weights, issue: { ...base, code: "weights-refused", severity: "error", raises: true, kerasMessage: p.message, savedVars: savedRefs(weights) } };
  }
  const converted = p.outputs.map((expr, i) => {
    const shape2 = exprShape(expr, shapes);
    const first = weights[0];
    return {
      ...first,
      name: layer.weights[i]?.name ?? `${first.name}#${i}`,
      // Its own identity: readers and caches key variables by path and index.
      path: `${saved.path} (converted #${i})`,
      index: i,
      shape: shape2,
      byteLength: shape2.reduce((a, b) => a * b, 1) * 4,
      derived: { expr, sources: weights, description: p.description }
    };
  });
  return {
    weights: converted,
    issue: { ...base, code: "weights-converted", severity: "info", raises: false, from: weights.length, to: converted.length, conversion: p.description }
  };
}
function gruConfig(layer) {
  if (layer.className === "GRU") return layer.config;
  const inner = layer.config.layer;
  if ((layer.className === "Bidirectional" || layer.className === "TimeDistributed") && typeof inner === "object" && inner !== null) {
    const o = inner;
    if (o.class_name === "GRU" && typeof o.config === "object" && o.config !== null) return o.config;
  }
  return { reset_after: null };
}
function compareLayer(ctx, m) {
  const { layer, saved, position: position2, rule } = m;
  const issues = [];
  const pairs = [];
  if (isUnknown(layer)) {
    issues.push({ code: "unknown-layer-class", severity: "warning", raises: false, layer: layer.name, className: layer.className, savedVars: savedRefs(saved.weights), savedLayer: saved.name });
    return { issues, pairs };
  }
  const assumed = resetAfterAssumption(layer.name, gruConfig(layer), { generation: ctx.definition.generation, tfjs: writtenByTfjs(ctx.definition.producer) });
  if (assumed) issues.push({ code: "config-default", severity: "info", raises: false, layer: layer.name, key: "reset_after", explanation: assumed });
  const pre = preprocess(ctx, layer, saved);
  if (pre.issue) issues.push(pre.issue);
  if (pre.issue?.code === "weights-refused") return { issues, pairs };
  const weights = pre.weights;
  const skip = skips(ctx, rule);
  if (weights.length !== layer.weights.length) {
    const skipped = skip && rule === "name";
    issues.push({
      code: "weight-count-mismatch",
      rule,
      layer: layer.name,
      position: position2,
      savedLayer: saved.name,
      severity: skipped ? "warning" : "error",
      raises: !skipped,
      ...skipped ? { skipped: true } : {},
      expectedVars: expectedRefs(layer.weights),
      savedVars: savedRefs(weights)
    });
    return { issues, pairs };
  }
  layer.weights.forEach((v, i) => {
    const s = weights[i];
    const shapeOk = shapesCompatible(v.shape, s.shape);
    pairs.push({ layer: layer.name, expected: v, saved: s, shapeOk });
    if (!shapeOk) {
      issues.push({
        code: "shape-mismatch",
        rule,
        layer: layer.name,
        weight: v.path,
        position: position2,
        savedLayer: saved.name,
        savedName: s.name,
        expectedShape: v.shape,
        savedShape: s.shape,
        dtype: v.dtype,
        severity: skip ? "warning" : "error",
        raises: !skip,
        ...skip ? { skipped: true } : {}
      });
    }
    const dtype = dtypeIssue(layer.name, v, saved.name, s);
    if (dtype) issues.push(dtype);
  });
  return { issues, pairs };
}

// src/diff/pair-name.ts
function pairByName(ctx) {
  const issues = [];
  const pairs = [];
  const index = /* @__PURE__ */ new Map();
  for (const l of modelLayers(ctx.definition)) {
    if (l.name) index.set(l.name, [...index.get(l.name) ?? [], l]);
  }
  const matched = /* @__PURE__ */ new Set();
  ctx.artifact.layers.forEach((saved, k) => {
    if (isTopLevelGroup(ctx.artifact, saved)) {
      if (saved.weights.length) {
        issues.push({ code: "unexpected-weights", rule: "name", severity: "error", raises: true, layer: saved.name, savedLayer: saved.name, savedPath: saved.path, savedVars: savedRefs(saved.weights), topLevel: true });
      }
      return;
    }
    const targets = index.get(saved.name) ?? [];
    for (const layer of targets) {
      matched.add(layer);
      const c = compareLayer(ctx, { layer, saved, position: k, rule: "name" });
      issues.push(...c.issues);
      pairs.push(...c.pairs);
    }
    if (!targets.length && saved.weights.length) {
      issues.push({ code: "unexpected-weights", rule: "name", severity: "warning", raises: false, layer: saved.name, savedLayer: saved.name, savedPath: saved.path, savedVars: savedRefs(saved.weights) });
    }
  });
  for (const layer of modelLayers(ctx.definition)) {
    if (matched.has(layer)) continue;
    if (isUnknown(layer)) {
      issues.push({ code: "unknown-layer-class", severity: "warning", raises: false, layer: layer.name, className: layer.className, savedVars: [] });
    } else if (layer.weights.length) {
      issues.push({ code: "missing-weights", rule: "name", severity: "error", raises: false, layer: layer.name, expectedVars: expectedRefs(layer.weights) });
    }
  }
  return { issues, pairs };
}

// src/diff/align.ts
function sameShapes2(l, s) {
  return l.weights.length === s.weights.length && l.weights.every((v, i) => shapesCompatible(v.shape, s.weights[i].shape));
}
function score(l, s) {
  const named = l.name === s.name;
  if (isUnknown(l)) return named ? 4 : 0.5;
  if (named) return 4 + (sameShapes2(l, s) ? 2 : 0);
  if (sameShapes2(l, s)) return 3;
  if (l.weights.length === s.weights.length) return 1;
  return null;
}
function alignedBy(l, s) {
  if (l.name === s.name) return "name";
  if (!isUnknown(l) && sameShapes2(l, s)) return "shape";
  return "order";
}
var MAX_ALIGNMENT_CELLS = 4e6;
function alignByNames(model, saved) {
  const at = /* @__PURE__ */ new Map();
  saved.forEach((s, j2) => {
    if (!at.has(s.name)) at.set(s.name, j2);
  });
  const rows = [];
  let j = 0;
  for (const layer of model) {
    const named = at.get(layer.name);
    if (named !== void 0 && named >= j) {
      while (j < named) rows.push({ saved: saved[j++] });
      rows.push({ layer, saved: saved[j++], by: "name" });
    } else if (j < saved.length && !at.has(layer.name) && score(layer, saved[j]) !== null) {
      rows.push({ layer, saved: saved[j], by: alignedBy(layer, saved[j]) });
      j++;
    } else {
      rows.push({ layer });
    }
  }
  while (j < saved.length) rows.push({ saved: saved[j++] });
  return rows;
}
function alignLayers(model, saved) {
  const n = model.length;
  const m = saved.length;
  if (n * m > MAX_ALIGNMENT_CELLS) return alignByNames(model, saved);
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j2 = m - 1; j2 >= 0; j2--) {
      const s = score(model[i2], saved[j2]);
      const pair = s === null ? -Infinity : s + best[i2 + 1][j2 + 1];
      best[i2][j2] = Math.max(pair, best[i2 + 1][j2], best[i2][j2 + 1]);
    }
  }
  const rows = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = score(model[i], saved[j]);
    if (s !== null && best[i][j] === s + best[i + 1][j + 1]) {
      rows.push({ layer: model[i], saved: saved[j], by: alignedBy(model[i], saved[j]) });
      i++;
      j++;
    } else if (best[i][j] === best[i + 1][j]) {
      rows.push({ layer: model[i++] });
    } else {
      rows.push({ saved: saved[j++] });
    }
  }
  while (i < n) rows.push({ layer: model[i++] });
  while (j < m) rows.push({ saved: saved[j++] });
  return rows;
}

// src/diff/names.ts
function cycleFrom(start, next) {
  const seq = [start];
  let cur = next.get(start);
  while (cur !== void 0 && cur !== start && next.has(cur) && seq.length <= next.size) {
    seq.push(cur);
    cur = next.get(cur);
  }
  return cur === start && seq.length >= 2 ? seq : null;
}
function nameMismatches(pairs, rule) {
  const differing = pairs.filter((p) => p.layer !== p.savedLayer);
  const next = new Map(differing.map((p) => [p.layer, p.savedLayer]));
  return differing.map((p) => {
    const cycle = cycleFrom(p.layer, next);
    const autoNumbered = differOnlyByAutoNumber(p.layer, p.savedLayer);
    const base = {
      code: "name-mismatch",
      rule,
      layer: p.layer,
      savedLayer: p.savedLayer,
      position: p.position,
      ...p.objectPath ? { objectPath: p.objectPath } : {},
      autoNumbered,
      raises: false
    };
    if (cycle && cycle.length === 2) return { ...base, severity: "warning", swappedWith: p.savedLayer };
    if (cycle) return { ...base, severity: "warning", cycle };
    return { ...base, severity: autoNumbered ? "info" : "warning" };
  });
}

// src/diff/pair-order.ts
function positional(model, saved) {
  return model.map((layer, i) => ({ layer, saved: saved[i], by: "order" }));
}
function unknownOwnership(ctx, all) {
  const owned = /* @__PURE__ */ new Map();
  const fileLayers = ctx.artifact.layers.filter((l) => !isTopLevelGroup(ctx.artifact, l));
  const byName = /* @__PURE__ */ new Map();
  for (const l of fileLayers) if (l.nameRecorded && !byName.has(l.name)) byName.set(l.name, l);
  const samePlaces = fileLayers.length === all.length;
  all.forEach((layer, i) => {
    if (!isUnknown(layer)) return;
    const saved = byName.get(layer.name) ?? (samePlaces ? fileLayers[i] : void 0);
    if (saved) owned.set(layer, saved.weights.length);
  });
  const classOwns = /* @__PURE__ */ new Map();
  for (const [layer, n] of owned) {
    const prev = classOwns.get(layer.className);
    classOwns.set(layer.className, prev === void 0 || prev === n > 0 ? n > 0 : null);
  }
  const byClass = [];
  for (const layer of all) {
    if (!isUnknown(layer) || owned.has(layer)) continue;
    const owns = classOwns.get(layer.className);
    if (owns === true || owns === false) {
      owned.set(layer, owns ? 1 : 0);
      byClass.push(layer);
    }
  }
  return { owned, byClass };
}
function pairByOrder(ctx) {
  const all = modelLayers(ctx.definition);
  const { owned, byClass } = unknownOwnership(ctx, all);
  const counted0 = all.filter((l) => isUnknown(l) ? (owned.get(l) ?? 0) > 0 : l.weights.length > 0);
  const unplaced = all.filter((l) => isUnknown(l) && !owned.has(l));
  const saved = savedWeightedLayers(ctx.artifact);
  const uncounted = (list) => all.filter((l) => isUnknown(l) && !list.includes(l)).map((layer) => ({ layer }));
  const issues = [];
  const pairs = [];
  let rows;
  let counted;
  let countIssue;
  if (saved.length === counted0.length) {
    counted = counted0;
    rows = [...positional(counted0, saved), ...uncounted(counted0)];
  } else if (unplaced.length && saved.length === counted0.length + unplaced.length) {
    counted = all.filter((l) => counted0.includes(l) || unplaced.includes(l));
    rows = [...positional(counted, saved), ...uncounted(counted)];
  } else if (unplaced.length && saved.length > counted0.length && saved.length < counted0.length + unplaced.length) {
    counted = all.filter((l) => counted0.includes(l) || unplaced.includes(l));
    rows = alignLayers(counted, saved);
  } else {
    counted = counted0;
    rows = alignLayers(counted0, saved);
    const by = (b) => rows.filter((r) => r.layer && r.saved && r.by === b).length;
    countIssue = {
      code: "layer-count-mismatch",
      severity: "error",
      raises: true,
      layer: "",
      expectedLayers: counted0.length,
      savedLayers: saved.length,
      alignedByName: by("name"),
      alignedByShape: by("shape"),
      alignedByOrder: by("order"),
      ...unplaced.length ? { unknownLayers: unplaced.length } : {},
      ...byClass.length ? { assumedByClass: byClass.map((l) => ({ layer: l.name, className: l.className, ownsWeights: (owned.get(l) ?? 0) > 0 })) } : {}
    };
    issues.push(countIssue);
    rows.push(...uncounted(counted0));
  }
  const named = rows.filter((r) => r.layer && r.saved?.nameRecorded).map((r) => ({ layer: r.layer.name, savedLayer: r.saved.name, position: counted.indexOf(r.layer) }));
  const nameIssues = new Map(nameMismatches(named, "order").map((i) => [i.layer, i]));
  for (const r of rows) {
    if (r.layer && r.saved) {
      const n = nameIssues.get(r.layer.name);
      if (n) issues.push(n);
      const c = compareLayer(ctx, { layer: r.layer, saved: r.saved, position: counted.indexOf(r.layer), rule: "order" });
      issues.push(...c.issues);
      pairs.push(...c.pairs);
    } else if (r.layer) {
      issues.push(isUnknown(r.layer) ? { code: "unknown-layer-class", severity: "warning", raises: false, layer: r.layer.name, className: r.layer.className, savedVars: [] } : { code: "missing-weights", rule: "order", severity: "error", raises: false, layer: r.layer.name, expectedVars: expectedRefs(r.layer.weights) });
    } else if (r.saved) {
      issues.push({ code: "unexpected-weights", rule: "order", severity: "error", raises: false, layer: r.saved.name, savedLayer: r.saved.name, savedPath: r.saved.path, savedVars: savedRefs(r.saved.weights) });
    }
  }
  const top = ctx.artifact.layers.find((l) => isTopLevelGroup(ctx.artifact, l) && l.weights.length > 0);
  if (top) {
    issues.push({ code: "unexpected-weights", rule: "order", severity: "error", raises: true, layer: top.name, savedLayer: top.name, savedPath: top.path, savedVars: savedRefs(top.weights), topLevel: true });
  }
  return { issues, pairs, ...countIssue ? { alignment: alignmentText(countIssue) } : {} };
}

// src/diff/pair-path.ts
function savedObjects(layers) {
  const out = /* @__PURE__ */ new Map();
  for (const layer of layers) {
    for (const v of layer.weights) {
      const o = out.get(v.objectPath) ?? { layer, vars: [] };
      o.vars.push(v);
      out.set(v.objectPath, o);
    }
  }
  for (const o of out.values()) o.vars.sort((a, b) => a.index - b.index);
  return out;
}
function objectsOf(layer) {
  const out = /* @__PURE__ */ new Map();
  for (const v of layer.weights) out.set(v.objectPath, [...out.get(v.objectPath) ?? [], v]);
  for (const vars of out.values()) vars.sort((a, b) => a.index - b.index);
  return out;
}
var CELL_CLASS = { LSTM: "LSTMCell", GRU: "GRUCell", SimpleRNN: "SimpleRNNCell" };
function objectClass(layer, objectPath) {
  if (objectPath === layer.objectPath) return layer.className;
  const last = objectPath.split("/").pop() ?? "";
  if (last === "cell" && CELL_CLASS[layer.className]) return CELL_CLASS[layer.className];
  if (/_dense$/.test(last) && layer.className === "MultiHeadAttention") return "EinsumDense";
  const inner = layer.config.layer;
  if (typeof inner?.class_name === "string") {
    if (last === "cell" && CELL_CLASS[inner.class_name]) return CELL_CLASS[inner.class_name];
    return inner.class_name;
  }
  return layer.className;
}
function objectName(layer, objectPath, vars, saved) {
  if (objectPath === layer.objectPath) return layer.name;
  const recorded = saved?.subNames?.[objectPath];
  if (recorded) return recorded;
  const scope = vars[0]?.path.split("/");
  return scope && scope.length >= 3 ? scope[scope.length - 2] : objectPath.split("/").pop() ?? layer.name;
}
function pairByPath(ctx) {
  const issues = [];
  const pairs = [];
  const objects = savedObjects(ctx.artifact.layers);
  const byPath = new Map(ctx.artifact.layers.map((l) => [l.path, l]));
  const visited = /* @__PURE__ */ new Set();
  const skip = ctx.loader.skipMismatch;
  const failure = skip ? { severity: "warning", raises: false, skipped: true } : { severity: "error", raises: true };
  const layers = modelLayers(ctx.definition);
  const named = layers.filter((l) => l.objectPath && (l.weights.length > 0 || isUnknown(l) || (byPath.get(l.objectPath)?.weights.length ?? 0) > 0)).flatMap((l, position2) => {
    const s = byPath.get(l.objectPath);
    return s?.nameRecorded ? [{ layer: l.name, savedLayer: s.name, position: position2, objectPath: l.objectPath }] : [];
  });
  const nameIssues = new Map(nameMismatches(named, "path").map((i) => [i.layer, i]));
  for (const layer of layers) {
    const n = nameIssues.get(layer.name);
    if (n) issues.push(n);
    const savedLayer = byPath.get(layer.objectPath);
    if (layer.weights.length && layer.weights.every((v) => !v.objectPath)) {
      issues.push({ code: "unknown-layer-class", severity: "warning", raises: false, layer: layer.name, className: layer.className, savedVars: [], why: "a layer whose Keras 3 object path could not be derived from the definition" });
      continue;
    }
    if (isUnknown(layer)) {
      const held = [...objects.entries()].filter(([p]) => layer.objectPath && (p === layer.objectPath || p.startsWith(`${layer.objectPath}/`)));
      held.forEach(([p]) => visited.add(p));
      issues.push({ code: "unknown-layer-class", severity: "warning", raises: false, layer: layer.name, className: layer.className, savedVars: held.flatMap(([, o]) => savedRefs(o.vars)), ...savedLayer ? { savedLayer: savedLayer.name } : {} });
      continue;
    }
    for (const [objectPath, expected] of objectsOf(layer)) {
      visited.add(objectPath);
      const got = objects.get(objectPath)?.vars ?? [];
      const obj = { objectPath, objectName: objectName(layer, objectPath, expected, savedLayer), objectClass: objectClass(layer, objectPath) };
      if (got.length === 0) {
        issues.push({ code: "missing-weights", rule: "path", layer: layer.name, expectedVars: expectedRefs(expected), ...obj, ...failure });
        continue;
      }
      if (got.length !== expected.length) {
        issues.push({
          code: "weight-count-mismatch",
          rule: "path",
          layer: layer.name,
          position: 0,
          savedLayer: objects.get(objectPath).layer.name,
          expectedVars: expectedRefs(expected),
          savedVars: savedRefs(got),
          ...obj,
          ...failure
        });
        continue;
      }
      const owner = objects.get(objectPath).layer;
      expected.forEach((v, i) => {
        const s = got.find((g) => g.index === v.index) ?? got[i];
        const shapeOk = shapesCompatible(v.shape, s.shape);
        pairs.push({ layer: layer.name, expected: v, saved: s, shapeOk });
        if (!shapeOk) {
          issues.push({
            code: "shape-mismatch",
            rule: "path",
            layer: layer.name,
            weight: v.path,
            position: v.index,
            savedLayer: owner.name,
            savedName: s.name,
            expectedShape: v.shape,
            savedShape: s.shape,
            dtype: v.dtype,
            ...obj,
            ...failure
          });
        }
        const dtype = dtypeIssue(layer.name, v, owner.name, s);
        if (dtype) issues.push(dtype);
      });
    }
  }
  const extra = /* @__PURE__ */ new Map();
  for (const [p, o] of objects) {
    if (!visited.has(p)) extra.set(o.layer, [...extra.get(o.layer) ?? [], ...o.vars]);
  }
  for (const [layer, vars] of extra) {
    issues.push({ code: "unexpected-weights", rule: "path", severity: "warning", raises: false, layer: layer.name, savedLayer: layer.name, savedPath: layer.path || "/vars", savedVars: savedRefs(vars) });
  }
  const weighted = ctx.artifact.layers.filter((l) => l.weights.length > 0);
  if (weighted.length > 1 && weighted.every((l) => !l.nameRecorded)) {
    issues.push({ code: "names-unrecorded", severity: "info", raises: false, layer: "" });
  }
  return { issues, pairs };
}

// src/diff/pair-tfjs.ts
var RNN_CELL_SCOPE = /(^|_)cell(_\d+)?$/;
var TFJS_RENAMES = {
  DepthwiseConv2D: { kernel: "depthwise_kernel" },
  DepthwiseConv1D: { kernel: "depthwise_kernel" }
};
function tfjsVariableName(layer, v) {
  const segs = (v.path || `${layer.name}/${v.name}`).split("/");
  const renamed = TFJS_RENAMES[layer.className]?.[segs[segs.length - 1]];
  if (renamed) segs[segs.length - 1] = renamed;
  if (segs.length <= 2) return segs.join("/");
  if (layer.className === "TimeDistributed") return `${segs[0]}/${segs[segs.length - 1]}`;
  return segs.filter((s, i) => i === 0 || i === segs.length - 1 || !RNN_CELL_SCOPE.test(s)).join("/");
}
function owners(layer) {
  const out = /* @__PURE__ */ new Map();
  const walk = (l) => {
    if (l.nested) l.nested.layers.forEach(walk);
    else l.weights.forEach((v) => out.set(v, l));
  };
  walk(layer);
  return out;
}
function keras3Keys(first) {
  if (first === void 0) return false;
  const last = first.split("/").pop() ?? "";
  return !Number.isNaN(Number.parseInt(last, 10));
}
function dropSecondToLast(name) {
  const t = name.split("/");
  return t.length < 2 ? name : [...t.slice(0, -2), t[t.length - 1]].join("/");
}
function tfjsDtype(d) {
  if (d === "float16" || d === "bfloat16" || d === "float64") return "float32";
  if (d === "int64" || d === "int8" || d === "int16" || d === "uint8" || d === "uint16") return "int32";
  return d;
}
function pairByTfjs(ctx) {
  const issues = [];
  const pairs = [];
  const provided = ctx.artifact.layers.flatMap((layer) => layer.weights.map((v) => ({ v, layer })));
  const keras3 = keras3Keys(provided[0]?.v.name);
  const targets = /* @__PURE__ */ new Map();
  const unknownPrefixes = [];
  for (const layer of modelLayers(ctx.definition)) {
    if (isUnknown(layer)) {
      unknownPrefixes.push(layer);
      continue;
    }
    const owner = owners(layer);
    layer.weights.forEach((v, index) => {
      const name = tfjsVariableName(owner.get(v) ?? layer, v);
      const key = keras3 ? `${name.split("/").slice(0, -1).join("/")}/${index}` : name;
      if (targets.has(key)) {
        issues.push({ code: "duplicate-weight-name", severity: "error", raises: true, layer: layer.name, weight: v.path, key });
        return;
      }
      targets.set(key, { layer, variable: v, name, set: false });
    });
  }
  const noTarget = /* @__PURE__ */ new Map();
  const assigned = [];
  const heldByUnknown = /* @__PURE__ */ new Map();
  for (const { v, layer } of provided) {
    const t = targets.get(v.name) ?? targets.get(dropSecondToLast(v.name));
    if (t) {
      t.set = true;
      assigned.push({ t, s: v, layer });
      continue;
    }
    const unknown = unknownPrefixes.find((l) => v.name.startsWith(`${l.name}/`));
    if (unknown) heldByUnknown.set(unknown, [...heldByUnknown.get(unknown) ?? [], v]);
    else noTarget.set(layer, [...noTarget.get(layer) ?? [], v]);
  }
  for (const [layer, vars] of noTarget) {
    issues.push({ code: "unexpected-weights", rule: "tfjs", severity: "error", raises: true, layer: layer.name, savedLayer: layer.name, savedPath: layer.path, savedVars: vars.map((v) => ({ name: v.name, shape: v.shape })) });
  }
  const unset = [...targets.entries()].filter(([, t]) => !t.set);
  const byLayer = /* @__PURE__ */ new Map();
  for (const [, t] of unset) byLayer.set(t.layer, [...byLayer.get(t.layer) ?? [], { name: t.variable.path || t.name, shape: t.variable.shape }]);
  for (const [layer, expected] of byLayer) {
    issues.push({
      code: "missing-weights",
      rule: "tfjs",
      severity: "error",
      raises: true,
      layer: layer.name,
      expectedVars: expected,
      unsetTotal: unset.length,
      totalWeights: targets.size,
      unsetNames: unset.map(([, t]) => t.name)
    });
  }
  for (const { t, s, layer } of assigned) {
    const v = t.variable;
    const shapeOk = shapesCompatible(v.shape, s.shape);
    pairs.push({ layer: t.layer.name, expected: v, saved: s, shapeOk });
    if (!shapeOk) {
      issues.push({
        code: "shape-mismatch",
        rule: "tfjs",
        severity: "error",
        raises: true,
        layer: t.layer.name,
        weight: v.path || t.name,
        position: 0,
        savedLayer: layer.name,
        savedName: s.name,
        expectedShape: v.shape,
        savedShape: s.shape,
        dtype: v.dtype
      });
    }
    const want = tfjsDtype(v.dtype);
    if (s.dtype !== "unknown" && v.dtype !== "unknown" && tfjsDtype(s.dtype) !== want) {
      issues.push({ code: "dtype-mismatch", severity: "error", raises: true, layer: t.layer.name, weight: v.path || t.name, savedLayer: layer.name, expectedDtype: want, savedDtype: s.dtype, lossy: isLossyCast(s.dtype, want) });
    } else if (s.quantization || s.storedDtype && s.storedDtype !== s.dtype) {
      const stored = s.quantization?.dtype ?? s.storedDtype;
      issues.push({
        code: "dtype-mismatch",
        severity: "warning",
        raises: false,
        layer: t.layer.name,
        weight: v.path || t.name,
        savedLayer: layer.name,
        expectedDtype: v.dtype,
        savedDtype: s.dtype,
        storedDtype: stored,
        ...s.quantization ? { quantization: s.quantization.dtype } : {},
        lossy: isLossyCast(s.dtype, stored)
      });
    }
  }
  for (const layer of unknownPrefixes) {
    const held = heldByUnknown.get(layer) ?? [];
    issues.push({ code: "unknown-layer-class", severity: "warning", raises: false, layer: layer.name, className: layer.className, savedVars: held.map((v) => ({ name: v.name, shape: v.shape })) });
  }
  return { issues, pairs };
}

// src/diff/diff.ts
var PAIRERS = {
  order: pairByOrder,
  name: pairByName,
  path: pairByPath,
  tfjs: pairByTfjs
};
function verdictOf(findings) {
  if (findings.some((f) => f.severity === "error")) return "incompatible";
  if (findings.some((f) => f.severity === "warning")) return "warnings";
  return "compatible";
}
function countsOf(findings) {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
function word(i, c, hint) {
  const { weight, severity, code: code2, layer, ...rest } = i;
  const note = noteFor(i, c);
  return {
    severity,
    code: code2,
    layer,
    weight: weight ?? null,
    message: describe(i, c),
    expected: expectedText(i),
    actual: actualText(i),
    ...note ? { note } : {},
    ...hint ? { hint: describeIssueHint(hint) } : {},
    ...rest
  };
}
function loaderErrorOf(issues, c) {
  const raising = issues.filter((i) => i.raises);
  if (!raising.length) return null;
  const refusal2 = raising.find((i) => i.code === "loader-unsupported");
  if (refusal2) return describe(refusal2, c);
  if (c.rule !== "path") return describe(raising[0], c);
  const failed2 = /* @__PURE__ */ new Map();
  for (const i of raising) {
    if ((i.code === "missing-weights" || i.code === "weight-count-mismatch" || i.code === "shape-mismatch") && i.objectPath !== void 0) {
      if (!failed2.has(i.objectPath)) failed2.set(i.objectPath, { repr: objectRepr(i.objectClass ?? "Layer", i.objectName ?? i.layer), message: describe(i, c) });
    }
  }
  return failed2.size ? kerasLoadingFailure([...failed2.values()]) : describe(raising[0], c);
}
function pairOpaqueModel(ctx) {
  const saved = ctx.artifact.layers.flatMap((l) => l.weights.map((v) => ({ name: `${l.name}/${v.name}`, shape: v.shape })));
  const d = ctx.definition;
  return { issues: [{ code: "unknown-layer-class", severity: "warning", raises: false, layer: d.name, className: d.className, savedVars: saved, why: "a subclassed model whose layers are defined in Python code, not in the config" }], pairs: [] };
}
function diff(definition, artifact, options = {}) {
  const loader = chooseLoader(artifact, options, definition);
  const ctx = { definition, artifact, loader };
  const opaque = modelLayers(definition).length === 0 && artifact.layers.some((l) => l.weights.length > 0);
  const pairing = opaque ? pairOpaqueModel(ctx) : PAIRERS[loader.rule](ctx);
  let issues = [...loaderRefusals(loader, artifact, options), ...pairing.issues];
  if (artifact.optimizer.length) {
    issues.push({ code: "optimizer-state", severity: "info", raises: false, layer: "", count: artifact.optimizer.length });
  }
  issues = applyAllowances(issues, options);
  const { perIssue, hints } = findHints(pairing, issues, ctx);
  const mc = { rule: loader.rule, runtime: loader.runtime, skipMismatch: loader.skipMismatch };
  const findings = issues.map((i) => word(i, mc, perIssue.get(i)));
  const report2 = {
    schemaVersion: 1,
    get verdict() {
      return verdictOf(this.findings);
    },
    get counts() {
      return countsOf(this.findings);
    },
    definition: { source: definition.source, format: definition.format, generation: definition.generation, name: definition.name, className: definition.className },
    artifact: {
      source: artifact.source,
      format: artifact.format,
      label: artifact.formatLabel,
      generation: artifact.generation,
      ...artifact.producer.kerasVersion ? { kerasVersion: artifact.producer.kerasVersion } : {}
    },
    loader: { ...loader, ...pairing.alignment ? { alignment: pairing.alignment } : {} },
    loaderError: loaderErrorOf(issues, mc),
    coverage: coverageOf(definition, artifact, pairing.pairs),
    findings,
    hints: hints.map((h) => ({ ...h, message: describeHint(h) })),
    pairs: pairing.pairs
  };
  Object.defineProperty(report2, "pairs", { enumerable: false });
  return report2;
}

// src/diff/findings.ts
var RANK = { error: 0, warning: 1, info: 2 };
function severityRank(s) {
  return RANK[s];
}

// src/report/cap.ts
var MAX_NAME = 120;
var MAX_LINE = 1e3;
var MAX_LINES = 40;
function count(n) {
  return n.toLocaleString("en-US");
}
function head(text, max) {
  const end = max > 0 && /[\ud800-\udbff]/.test(text[max - 1] ?? "") ? max - 1 : max;
  return text.slice(0, end);
}
function capText(text, max) {
  if (text.length <= max) return text;
  return `${head(text, max)}\u2026 (${count(text.length)} ${noun(text.length, "character")})`;
}
function capName(name, max = MAX_NAME) {
  return capText(name, max);
}
function capLine(line, max = MAX_LINE) {
  return capText(line, max);
}
function capLines(text, maxLines = MAX_LINES, maxLine = MAX_LINE) {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  const shown3 = lines.slice(0, maxLines).map((l) => capLine(l, maxLine));
  if (lines.length > maxLines) shown3.push(moreText(lines.length - maxLines, "line"));
  return shown3.join("\n");
}
function moreText(n, what) {
  return `\u2026 and ${count(n)} more${what ? ` ${noun(n, what)}` : ""}`;
}
function capList(items, max) {
  return items.length <= max ? { shown: [...items], more: 0 } : { shown: items.slice(0, max), more: items.length - max };
}
function nameList(names, max = 10, sep2 = ", ") {
  const { shown: shown3, more } = capList(names, max);
  const text = shown3.map((n) => capName(n)).join(sep2);
  return more ? `${text}${sep2}${moreText(more)}` : text;
}
function maxOf(values, floor = -Infinity) {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}

// src/report/sections.ts
var TITLES = {
  "loader-unsupported": "Loader refuses",
  "layer-count-mismatch": "Layer count mismatch",
  "weights-refused": "Refused by tf-keras",
  "weight-count-mismatch": "Weight count mismatch",
  "shape-mismatch": "Shape mismatch",
  "missing-weights": "Missing from the file",
  "unexpected-weights": "Unused by the model",
  "duplicate-weight-name": "Duplicate weight names",
  "name-mismatch": "Name mismatch",
  "dtype-mismatch": "Dtype mismatch",
  "unknown-layer-class": "Unknown layer class",
  "weights-converted": "Converted on load",
  "config-default": "Defaults assumed",
  "dtype-inferred": "Dtypes inferred",
  "names-unrecorded": "Names not recorded",
  "optimizer-state": "Optimizer state"
};
var ORDER = Object.keys(TITLES);
var WHOLE_FILE = /* @__PURE__ */ new Set(["loader-unsupported", "names-unrecorded", "optimizer-state"]);
function sections(report2) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of report2.findings) {
    const list = groups.get(f.code);
    if (list) list.push(f);
    else groups.set(f.code, [f]);
  }
  return [...groups.entries()].map(([code2, findings]) => ({
    code: code2,
    title: TITLES[code2],
    worst: findings.reduce((w, f) => severityRank(f.severity) < severityRank(w) ? f.severity : w, "info"),
    findings,
    hasWeight: findings.some((f) => f.weight !== null),
    sentencesOnly: WHOLE_FILE.has(code2)
  })).sort((a, b) => severityRank(a.worst) - severityRank(b.worst) || ORDER.indexOf(a.code) - ORDER.indexOf(b.code));
}
function tag(f) {
  const parts = [];
  if (f.allowedBy) parts.push(`allowed (${f.allowedBy})`);
  if (f.skipped) parts.push("skipped (skip_mismatch)");
  if (f.code === "name-mismatch") {
    if (f.swappedWith) parts.push(`swapped with ${f.swappedWith}`);
    else if (f.cycle) parts.push("reordered");
    else if (f.autoNumbered) parts.push("auto-numbering");
  }
  if (f.code === "dtype-mismatch" && f.lossy) parts.push("lossy");
  if (f.raises && !f.skipped) parts.push("raises");
  return parts.join(", ");
}
function verdictWord(v) {
  return v === "compatible" ? "compatible" : v === "warnings" ? "compatible with warnings" : "incompatible";
}
function countsText(report2) {
  const c = report2.counts;
  const parts = [
    c.error ? plural2(c.error, "error") : "",
    c.warning ? plural2(c.warning, "warning") : "",
    c.info ? `${c.info} info` : ""
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "no findings";
}
function coverageText(report2) {
  const c = report2.coverage;
  const unchecked = c.layersUnchecked ? `; ${plural2(c.layersUnchecked, "layer")} of unknown class not checked` : "";
  return `${c.matched} of ${c.expected} expected variables match (the file holds ${c.saved}); ${c.layersMatched} of ${c.layersExpected} weighted layers complete${unchecked}`;
}
function hintLines(report2) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const f of report2.findings) {
    if (!f.hint || seen.has(f.hint)) continue;
    seen.add(f.hint);
    out.push({ about: f.weight ?? f.layer, text: f.hint });
  }
  const wide = /* @__PURE__ */ new Set(["rename-map", "by-name-matched-nothing", "lossy-cast"]);
  for (const h of report2.hints) out.push({ about: wide.has(h.kind) ? "" : nameList(h.layers), text: h.message });
  return out;
}
function fileName(p) {
  return p.split(/[\\/]/).filter(Boolean).pop() ?? p;
}

// src/report/text.ts
var DEFAULT_TEXT_OPTIONS = { color: false, ascii: false, maxCell: 48, maxRows: 20 };
var MARK = {
  unicode: { error: "\u2716", warning: "\u26A0", info: "\u2139", compatible: "\u2714", warnings: "\u26A0", incompatible: "\u2716" },
  ascii: { error: "E", warning: "W", info: "i", compatible: "OK", warnings: "WARN", incompatible: "FAIL" }
};
var COLOR = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m" };
var RESET = "\x1B[0m";
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;
function escapeControls(line) {
  return line.replace(CONTROL, (c) => `\\u${c.codePointAt(0).toString(16).padStart(4, "0")}`);
}
function sanitizeTerminal(text, o = {}) {
  if (o.keepNewlines) return capLines(text).split("\n").map(escapeControls).join("\n");
  return escapeControls(capLine(text).replace(/\r\n|\r|\n/g, "\\n"));
}
var MAX_HINTS = 20;
function cut(text, max) {
  const clean2 = sanitizeTerminal(text);
  return clean2.length > max ? `${clean2.slice(0, max - 1)}\u2026` : clean2;
}
function paint(text, s, o) {
  return o.color ? `${COLOR[s]}${text}${RESET}` : text;
}
function columns(rows) {
  const widths = rows[0].map((_, i) => maxOf(rows.map((r) => [...r[i]].length), 0));
  return rows.map((r) => r.map((c, i) => i === r.length - 1 ? c : c + " ".repeat(widths[i] - [...c].length)).join("  ").trimEnd());
}
function sentenceLines(s, o) {
  const m = MARK[o.ascii ? "ascii" : "unicode"];
  const { shown: shown3, more } = capList(s.findings, o.maxRows);
  return [s.title, ...shown3.flatMap((f) => [
    paint(`  ${m[f.severity]} ${sanitizeTerminal(f.message.split("\n")[0])}`, f.severity, o),
    ...f.note ? [`    ${sanitizeTerminal(f.note)}`] : []
  ]), ...more ? [`  ${moreText(more)}`] : []];
}
function sectionLines(s, o, raised) {
  if (s.sentencesOnly) return sentenceLines(s, o);
  const m = MARK[o.ascii ? "ascii" : "unicode"];
  const header = [" ", "layer", ...s.hasWeight ? ["weight"] : [], "model", "file", "note"];
  const shown3 = s.findings.slice(0, o.maxRows);
  const body = shown3.map((f) => [
    m[f.severity],
    cut(f.layer || "\u2014", o.maxCell),
    ...s.hasWeight ? [cut(f.weight ?? "", o.maxCell)] : [],
    cut(f.expected, o.maxCell),
    cut(f.actual, o.maxCell),
    cut(tag(f), o.maxCell)
  ]);
  const table2 = columns([header, ...body]).map((l, i) => `  ${i === 0 ? l : paint(l, shown3[i - 1].severity, o)}`);
  const out = [`${s.title} (${s.findings.length})`, ...table2];
  if (s.findings.length > shown3.length) out.push(`  ${moreText(s.findings.length - shown3.length)}`);
  const first = s.findings[0].message.split("\n")[0];
  if (first !== raised) out.push(`  ${sanitizeTerminal(first)}`);
  const note = s.findings[0].note;
  if (note) out.push(`  ${sanitizeTerminal(note)}`);
  return out;
}
function textLines(report2, options = {}) {
  const o = { ...DEFAULT_TEXT_OPTIONS, ...options };
  const m = MARK[o.ascii ? "ascii" : "unicode"];
  const sev = report2.verdict === "incompatible" ? "error" : report2.verdict === "warnings" ? "warning" : "info";
  const verdict = `${m[report2.verdict]} ${verdictWord(report2.verdict)} (${countsText(report2)}): ${sanitizeTerminal(fileName(report2.definition.source))} vs ${sanitizeTerminal(fileName(report2.artifact.source))}`;
  const lines = [
    report2.verdict === "compatible" && o.color ? `\x1B[32m${verdict}${RESET}` : paint(verdict, sev, { ...o, color: o.color && report2.verdict !== "compatible" }),
    `  loader    ${report2.loader.rule}: ${sanitizeTerminal(report2.loader.call)}`,
    `            ${sanitizeTerminal(report2.loader.reason)}`,
    `  coverage  ${coverageText(report2)}`
  ];
  if (report2.loaderError) {
    const [first, ...rest] = report2.loaderError.split("\n").filter((l) => l.trim());
    lines.push(`  raises    ${sanitizeTerminal(first)}`, ...rest.slice(0, 4).map((l) => `            ${sanitizeTerminal(l)}`));
    if (rest.length > 4) lines.push("            \u2026");
  }
  const raised = report2.loaderError?.split("\n")[0];
  for (const s of sections(report2)) lines.push("", ...sectionLines(s, o, raised));
  const hints = capList(hintLines(report2), MAX_HINTS);
  if (hints.shown.length) {
    lines.push("", "Hints");
    for (const h of hints.shown) lines.push(`  \u2192 ${h.about ? `${sanitizeTerminal(capName(h.about, 200))}: ` : ""}${sanitizeTerminal(h.text)}`);
    if (hints.more) lines.push(`  ${moreText(hints.more, "hint")}`);
  }
  return lines;
}
function renderText(report2, options = {}) {
  return `${textLines(report2, options).join("\n")}
`;
}

// src/report/markdown.ts
var ZWJ = "&#8205;";
var ENTITY = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "|": "&#124;",
  "`": "&#96;",
  "*": "&#42;",
  "_": "&#95;",
  "~": "&#126;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "$": "&#36;",
  "!": "&#33;",
  // Mentions and issue references survive entity decoding, so a zero-width joiner breaks the token too.
  "@": `&#64;${ZWJ}`,
  "#": `&#35;${ZWJ}`
};
var INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
var NEWLINE = /\r\n|\r|\n|\u2028|\u2029/g;
function codePoint(c) {
  return `&#92;u${c.codePointAt(0).toString(16).padStart(4, "0")}`;
}
function escapeMarkdown(text) {
  return capLine(text).replace(/[&<>"|`*_~[\]\\$!@#]/g, (c) => ENTITY[c]).replace(NEWLINE, "&#92;n").replace(INVISIBLE, codePoint).replace(/:\/\//g, `:&#8203;//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#8203;.`);
}
function escapeMultiline(text) {
  return capLines(text).split("\n").map(escapeMarkdown).join("<br>");
}
function code(text) {
  return `<code>${escapeMarkdown(text)}</code>`;
}
function table(headers2, rows) {
  const line = (cells) => `| ${cells.map((c) => c || " ").join(" | ")} |`;
  return [line(headers2), `|${headers2.map(() => "---").join("|")}|`, ...rows.map(line)];
}

// src/report/render-markdown.ts
var DEFAULT_MARKDOWN_OPTIONS = { maxRows: 50, maxBytes: 6e4, headingLevel: 3 };
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
var VERDICT_ICON = { compatible: "\u2705", warnings: "\u26A0\uFE0F", incompatible: "\u274C" };
function verdictLine(r, o) {
  const text = `${VERDICT_ICON[r.verdict]} weightgate: ${verdictWord(r.verdict)} (${countsText(r)}) \xB7 ${code(fileName(r.definition.source))} vs ${code(fileName(r.artifact.source))}`;
  return o.headingLevel > 0 ? `${"#".repeat(o.headingLevel)} ${text}` : `**${text}**`;
}
function facts(r) {
  const lines = [
    `**Loader:** ${escapeMarkdown(r.loader.rule)} rule, as ${code(r.loader.call)}: ${escapeMarkdown(r.loader.reason)}`,
    `**Coverage:** ${escapeMarkdown(coverageText(r))}`
  ];
  if (r.loader.alignment) lines.push(`**Alignment:** ${escapeMarkdown(r.loader.alignment)}`);
  const out = lines.map((l) => `${l}  `);
  if (r.loaderError) out.push("", `**${r.loader.runtime === "tfjs" ? "TF.js" : "Keras"} raises:**`, "", `> ${escapeMultiline(r.loaderError)}`);
  return out;
}
function findingRow(f, s) {
  const cells = [SEVERITY_ICON[f.severity], escapeMarkdown(capName(f.layer || "\u2014"))];
  if (s.hasWeight) cells.push(escapeMarkdown(capName(f.weight ?? "")));
  cells.push(escapeMarkdown(f.expected), escapeMarkdown(f.actual), escapeMarkdown([tag(f), f.note ?? ""].filter(Boolean).join(". ")));
  return cells;
}
function sentenceLines2(s, o) {
  const { shown: shown3, more } = capList(s.findings, o.maxRows);
  return [
    `#### ${escapeMarkdown(s.title)}`,
    "",
    ...shown3.map((f) => `- ${SEVERITY_ICON[f.severity]} ${escapeMultiline(f.message)}${f.note ? ` ${escapeMarkdown(f.note)}` : ""}`),
    ...more ? [`- ${moreText(more)}`] : []
  ];
}
function sectionLines2(s, o) {
  if (s.sentencesOnly) return sentenceLines2(s, o);
  const headers2 = ["", "Layer", ...s.hasWeight ? ["Weight"] : [], "Model", "File", "Note"];
  const shown3 = s.findings.slice(0, o.maxRows);
  const out = [`#### ${escapeMarkdown(s.title)} (${s.findings.length})`, "", ...table(headers2, shown3.map((f) => findingRow(f, s)))];
  if (s.findings.length > shown3.length) out.push("", `${moreText(s.findings.length - shown3.length)}.`);
  out.push("", `> ${escapeMultiline(s.findings[0].message)}`);
  return out;
}
function render(r, o) {
  const lines = [verdictLine(r, o), "", ...facts(r)];
  for (const s of sections(r)) lines.push("", ...sectionLines2(s, o));
  const hints = capList(hintLines(r), o.maxRows);
  if (hints.shown.length) {
    lines.push("", "#### Hints", "");
    for (const h of hints.shown) lines.push(`- ${h.about ? `${code(capName(h.about, 200))}: ` : ""}${escapeMarkdown(h.text)}`);
    if (hints.more) lines.push(`- ${moreText(hints.more, "hint")}`);
  }
  return `${lines.join("\n")}
`;
}
function renderMarkdown(report2, options = {}) {
  const o = { ...DEFAULT_MARKDOWN_OPTIONS, ...options };
  let text = render(report2, o);
  if (Buffer.byteLength(text) <= o.maxBytes) return text;
  text = render(report2, { ...o, maxRows: Math.min(o.maxRows, 10) });
  if (Buffer.byteLength(text) <= o.maxBytes) return text;
  const notice = "\n\n**Report truncated to fit a GitHub comment; run weightgate locally for every finding.**\n";
  const budget = o.maxBytes - Buffer.byteLength(notice);
  const kept = [];
  let used = 0;
  for (const line of text.split("\n")) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  return `${kept.join("\n")}${notice}`;
}

// src/check/smoke.ts
import path10 from "node:path";

// src/engine/smoke-host.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var worker;
var spare;
var active;
var queue = [];
var nextId = 1;
var lastWarm;
var started = 0;
function spawn() {
  const here = import.meta.url;
  let w;
  if (here.endsWith(".ts")) {
    const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
    const entry = JSON.stringify(new URL("./smoke-worker.ts", here).href);
    w = new Worker(`import(${tsx}).then((m) => { m.register(); return import(${entry}); })`, { eval: true, execArgv: [] });
  } else {
    const url = [new URL("./smoke-worker.js", here), new URL("../smoke-worker.js", here)].find((u) => existsSync(fileURLToPath(u)));
    if (!url) throw new Error("smoke-worker.js is missing next to the weightgate bundle (rebuild it with `npm run build`)");
    w = new Worker(url, { execArgv: [] });
  }
  started++;
  w.on("message", (m) => onMessage(w, m));
  w.on("error", (err) => onDeath(w, err.code === "ERR_WORKER_OUT_OF_MEMORY" ? "out-of-memory" : "crash", err.message));
  w.on("exit", (code2) => onDeath(w, "crash", `the worker exited with code ${code2}`));
  w.unref();
  return w;
}
function retire(w) {
  if (worker === w) worker = void 0;
  w.terminate().catch(() => void 0);
  if (!spare) {
    try {
      spare = spawn();
      if (lastWarm) spare.postMessage(lastWarm);
    } catch {
    }
  }
}
function message(err) {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0];
}
function withLines(result, lines) {
  const extra = [];
  const add = noteCollector(extra);
  for (const l of lines) if (!result.notes.includes(noteOf(l))) add(l);
  return extra.length ? { ...result, notes: [...result.notes, ...extra] } : result;
}
function finish() {
  const a = active;
  active = void 0;
  if (a?.timer) clearTimeout(a.timer);
  if (!queue.length) worker?.unref();
  return a;
}
function stopped(a, kind, reason) {
  const notes = [];
  const add = noteCollector(notes);
  for (const l of a.lines) add(l);
  return {
    status: "skipped",
    engine: a.engine?.name ?? "none",
    engineReason: a.engine?.reason ?? "the worker stopped before an engine was selected",
    reason,
    outputs: [],
    seconds: Math.round((performance.now() - a.started) / 10) / 100,
    notes,
    engineFailure: kind,
    ...kind === "timeout" ? { limit: "smokeTimeoutMs" } : {}
  };
}
function onMessage(w, m) {
  const a = active;
  if (!a || a.worker !== w) return;
  switch (m.op) {
    case "console":
      if (a.lines.length < 1e3) a.lines.push(m.line);
      return;
    case "engine":
      if (m.id !== a.id) return;
      a.engine = { name: m.name, reason: m.reason };
      arm(a);
      return;
    case "read":
      if (m.id === a.id) void serve(a, m.rid, m.ref, m.into);
      return;
    case "result": {
      if (m.id !== a.id) return;
      finish();
      if (m.tainted) retire(w);
      a.job.resolve(withLines(m.result, a.lines));
      break;
    }
    case "error": {
      if (m.id !== a.id) return;
      finish();
      if (m.tainted) retire(w);
      const e = m.inputError;
      a.job.reject(e ? new InputError(e.file, e.kind, e.detail, e.hint) : new Error(m.message));
      break;
    }
  }
  pump();
}
function onDeath(w, kind, why) {
  if (w === spare) spare = void 0;
  if (w !== worker) return;
  worker = void 0;
  const a = active?.worker === w ? finish() : void 0;
  a?.job.resolve(stopped(a, kind, engineFailureReason(kind, "running the smoke inference", why.split("\n")[0].slice(0, 200))));
  pump();
}
function onTimeout(id) {
  if (!active || active.id !== id) return;
  const w = active.worker;
  const a = finish();
  retire(w);
  const limit = resolveLimits(a.job.options.limits).smokeTimeoutMs;
  a.job.resolve(stopped(a, "timeout", `took longer than ${formatLimit("smokeTimeoutMs", limit)} (limit smokeTimeoutMs): the run was stopped and no outputs were computed, so nothing is said about the model. ${raiseHint("smokeTimeoutMs")}`));
  pump();
}
var Loan = class {
  constructor(buffer) {
    this.buffer = buffer;
  }
  buffer;
  lent = false;
  acquire(bytes) {
    if (this.lent || bytes > this.buffer.byteLength) return new SharedArrayBuffer(Math.max(bytes, 1));
    this.lent = true;
    return this.buffer;
  }
  release(data) {
    if ((data instanceof SharedArrayBuffer ? data : data.buffer) === this.buffer) this.lent = false;
  }
};
async function serve(a, rid, ref, into) {
  let reply;
  const transfer = [];
  try {
    const saved = a.saved[ref];
    if (!saved) throw new Error(`the worker asked for saved variable #${ref}, which this run does not have`);
    const data = await readSaved(a.job.artifact, saved, into ? { staging: new Loan(into) } : {});
    if (into && data.buffer === into) {
      reply = { op: "value", id: a.id, rid, ok: true, inPlace: { type: data.constructor.name, length: data.length } };
    } else if (data.buffer instanceof SharedArrayBuffer) {
      reply = { op: "value", id: a.id, rid, ok: true, data };
    } else {
      const copy = data.slice();
      transfer.push(copy.buffer);
      reply = { op: "value", id: a.id, rid, ok: true, data: copy };
    }
  } catch (err) {
    reply = { op: "value", id: a.id, rid, ok: false, error: message(err) };
  }
  if (active === a && worker === a.worker) a.worker.postMessage(reply, transfer);
}
function wire(assignments) {
  const saved = [];
  const index = /* @__PURE__ */ new Map();
  const wired = assignments.map((x) => {
    let ref = index.get(x.saved);
    if (ref === void 0) {
      ref = saved.push(x.saved) - 1;
      index.set(x.saved, ref);
    }
    const { locator: _, derived: __, ...rest } = x.saved;
    return { layer: x.layer, weightIndex: x.weightIndex, saved: { ...rest, locator: { kind: "smoke-host", ref } } };
  });
  return { saved, wired };
}
function pump() {
  if (active || !queue.length) return;
  const job = queue.shift();
  try {
    worker ??= spare ?? spawn();
    if (worker === spare) spare = void 0;
  } catch (err) {
    job.resolve({
      status: "skipped",
      engine: "none",
      engineReason: "not started",
      reason: `the smoke worker could not start: ${message(err)}`,
      outputs: [],
      seconds: 0,
      notes: []
    });
    pump();
    return;
  }
  const { engine = "auto", select, ...rest } = job.options;
  const wasmDirs = select?.wasmDirs ?? defaultWasmDirs();
  const options = { ...rest, engine, wasmDirs };
  lastWarm = { op: "warm", options: { engine, wasmDirs } };
  const { saved, wired } = wire(job.assignments);
  const id = nextId++;
  const a = { job, id, worker, saved, started: performance.now(), lines: [] };
  const request = { op: "run", id, definition: job.definition, assignments: wired, options };
  try {
    worker.postMessage(request);
  } catch (err) {
    job.reject(err);
    pump();
    return;
  }
  active = a;
  arm(a);
  worker.ref();
}
var ENGINE_START_MS = 6e4;
function arm(a) {
  if (a.timer) clearTimeout(a.timer);
  const limit = resolveLimits(a.job.options.limits).smokeTimeoutMs;
  const timeoutMs = a.engine ? limit : Math.max(limit, ENGINE_START_MS);
  if (Number.isFinite(timeoutMs)) a.timer = setTimeout(onTimeout, Math.min(timeoutMs, 2 ** 31 - 1), a.id);
}
async function smokeIsolated(definition, artifact, assignments, options = {}) {
  const preference = options.engine ?? "auto";
  if (preference === "auto" || preference === "tfjs-node") {
    const node = await nativeEngine(options.select);
    if (typeof node !== "string") {
      const engine = { ...node, reason: preference === "auto" ? node.reason : `${node.reason}, as requested` };
      return runSmoke(definition, artifact, assignments, { ...options, engine });
    }
    if (preference === "tfjs-node") return runSmoke(definition, artifact, assignments, { ...options, engine: preference });
  }
  return new Promise((resolve3, reject) => {
    queue.push({ definition, artifact, assignments, options, resolve: resolve3, reject });
    pump();
  });
}
var native;
function nativeEngine(select) {
  if (select?.importNode) return tryTfjsNode(select);
  native ??= tryTfjsNode();
  return native;
}

// src/engine/assignments.ts
function assignmentsFromDiff(definition, report2) {
  const indexOf = new Map(definition.layers.flatMap((l) => l.weights.map((w, i) => [w, { layer: l.name, i }])));
  const out = [];
  for (const p of report2.pairs) {
    if (!p.shapeOk) continue;
    const at = indexOf.get(p.expected);
    if (at) out.push({ layer: at.layer, weightIndex: at.i, saved: p.saved });
  }
  return out;
}
function smokeBlocker(report2) {
  if (report2.loaderError) return "the real loader raises on this pair, so there is no loaded model to run";
  if (!report2.pairs.length) {
    const unknown = report2.findings.flatMap((f) => f.code === "unknown-layer-class" ? [`'${f.layer}' (${f.className})`] : []);
    if (unknown.length) {
      const shown3 = unknown.slice(0, 5).join(", ") + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : "");
      return `the model's variables belong to ${shown3}, whose code is not in the file (weightgate never runs model code), so there is no model to build`;
    }
    return "no saved variable pairs with the model";
  }
  return void 0;
}

// src/check/smoke.ts
async function smokePair(definition, artifact, report2, o = {}) {
  const blocker = smokeBlocker(report2);
  if (blocker) return { status: "skipped", engine: "none", engineReason: "not started", reason: blocker, outputs: [], seconds: 0, notes: [] };
  const resolve3 = (p) => p ? path10.resolve(o.baseDir ?? process.cwd(), p) : void 0;
  const limits = o.limits && { maxSmokeBytes: o.limits.maxSmokeBytes, smokeTimeoutMs: o.limits.smokeTimeoutMs };
  return smokeIsolated(definition, artifact, assignmentsFromDiff(definition, report2), {
    engine: o.engine ?? "auto",
    ...o.input ? { input: resolve3(o.input) } : {},
    ...o.expected ? { expected: resolve3(o.expected) } : {},
    ...o.atol !== void 0 ? { atol: o.atol } : {},
    ...o.rtol !== void 0 ? { rtol: o.rtol } : {},
    ...o.seed !== void 0 ? { seed: o.seed } : {},
    ...o.dimDefault !== void 0 ? { dimDefault: o.dimDefault } : {},
    ...limits ? { limits } : {}
  });
}

// src/report/smoke.ts
var MAX_OUTPUTS = 20;
var WORD = { passed: "\u2714 smoke passed", failed: "\u2716 smoke failed", skipped: "\u25CB smoke skipped" };
function shape(s) {
  return `(${s.join(", ")}${s.length === 1 ? "," : ""})`;
}
function smokeText(s) {
  const reason = s.reason && !s.outputs.some((o) => o.problem) ? `: ${sanitizeTerminal(s.reason)}` : "";
  const lines = [`${WORD[s.status]} \u2014 engine ${s.engine} (${s.engineReason})${reason}`];
  const outputs = capList(s.outputs, MAX_OUTPUTS);
  for (const o of outputs.shown) {
    const diff2 = o.maxAbsDiff !== void 0 ? `, max |a-b| ${o.maxAbsDiff.toExponential(2)}${o.tolerance ? ` (atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol})` : ""}` : "";
    lines.push(`  output ${sanitizeTerminal(capName(o.name))} ${shape(o.shape)}${o.finite ? "" : ", NOT finite"}${diff2}${o.problem ? ` \u2014 ${sanitizeTerminal(o.problem)}` : ""}`);
  }
  if (outputs.more) lines.push(`  ${moreText(outputs.more, "output")}`);
  const notes = capList(s.notes, MAX_OUTPUTS);
  for (const n of notes.shown) lines.push(`  note: ${sanitizeTerminal(n)}`);
  if (notes.more) lines.push(`  ${moreText(notes.more, "note")}`);
  return lines;
}
function smokeMarkdown(s) {
  const head2 = `**Smoke inference ${s.status}** on ${escapeMarkdown(s.engine)} (${escapeMarkdown(s.engineReason)})${s.reason ? `: ${escapeMarkdown(s.reason)}` : ""}`;
  if (!s.outputs.length) return head2;
  const outputs = capList(s.outputs, MAX_OUTPUTS);
  const rows = outputs.shown.map((o) => [escapeMarkdown(capName(o.name)), shape(o.shape), o.finite ? "yes" : "**no**", o.maxAbsDiff?.toExponential(2) ?? "\u2014", o.problem ? escapeMarkdown(o.problem) : ""]);
  return [head2, "", ...table(["output", "shape", "finite", "max abs diff", "problem"], rows), ...outputs.more ? ["", moreText(outputs.more, "output")] : []].join("\n");
}

// src/config/load.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { open as open3 } from "node:fs/promises";
import path11 from "node:path";

// schema/weightgate.schema.json
var weightgate_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/weightgate/weightgate/schema/weightgate.schema.json",
  title: "weightgate configuration",
  description: "Maps Keras / TF.js model definitions to the weight artifacts they must load. Editors: add `# yaml-language-server: $schema=./schema/weightgate.schema.json` at the top of weightgate.yml.",
  type: "object",
  additionalProperties: false,
  required: [
    "version",
    "models"
  ],
  properties: {
    $schema: {
      type: "string"
    },
    version: {
      const: 1,
      description: "Configuration format version. Always 1."
    },
    defaults: {
      $ref: "#/definitions/options",
      description: "Options every model inherits; a model's own options win."
    },
    concurrency: {
      type: "integer",
      minimum: 1,
      maximum: 64,
      default: 4,
      description: "Models checked at the same time."
    },
    cache: {
      type: "string",
      default: ".weightgate-cache",
      description: "Folder for downloaded artifacts (relative to the config file; inside the repository)."
    },
    remote: {
      type: "object",
      additionalProperties: false,
      description: "How remote (https://, gh://, gh-release://) artifacts are downloaded.",
      properties: {
        max_bytes: {
          type: "integer",
          minimum: 1,
          default: 4294967296,
          description: "Largest download accepted."
        },
        timeout_seconds: {
          type: "number",
          exclusiveMinimum: 0,
          default: 300,
          description: "Per attempt."
        },
        retries: {
          type: "integer",
          minimum: 0,
          maximum: 10,
          default: 2
        },
        allow_http: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Hosts that may be reached over plain http (tests on 127.0.0.1 only)."
        },
        allow_hosts: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Hosts (by name) that may be, or resolve to, loopback, private or link-local addresses; all others are refused."
        }
      }
    },
    limits: {
      type: "object",
      description: "Resource limits for reading untrusted files, e.g. { maxFileBytes: 64GiB, timeoutMs: 90s }; see README. In the GitHub Action, a value above the default (or off) applies only with the workflow input allow-config-limits: true; lowering always applies."
    },
    models: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/model"
      }
    }
  },
  definitions: {
    layers: {
      type: "array",
      items: {
        type: "string",
        minLength: 1
      },
      uniqueItems: true
    },
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        loader: {
          enum: [
            "auto",
            "order",
            "name",
            "path",
            "tfjs"
          ],
          description: "Pairing rule: auto (from the weights' format), order (legacy .h5 load_weights), name (by_name=True), path (Keras 3), tfjs."
        },
        runtime: {
          enum: [
            "keras2",
            "keras3"
          ],
          description: "Which Keras loads the weights (default: Keras 3 when either side is Keras 3)."
        },
        engine: {
          enum: [
            "auto",
            "tfjs-node",
            "wasm",
            "cpu"
          ],
          description: "TF.js backend for the smoke inference."
        },
        skip_mismatch: {
          type: "boolean",
          description: "load_weights(..., skip_mismatch=True)."
        },
        allow: {
          type: "object",
          additionalProperties: false,
          description: "Differences that are intended (transfer learning). They stay visible as info.",
          properties: {
            missing: {
              $ref: "#/definitions/layers",
              description: "Model layers that may have no weights in the file (new layers, trained from scratch)."
            },
            unexpected: {
              $ref: "#/definitions/layers",
              description: "File layers the model may not use (a dropped head)."
            },
            mismatch: {
              $ref: "#/definitions/layers",
              description: "Layers whose shapes or counts may differ (a resized head)."
            }
          }
        },
        smoke: {
          type: "object",
          additionalProperties: false,
          description: "The TF.js smoke inference after the diff.",
          properties: {
            skip: {
              type: "boolean"
            },
            input: {
              type: "string",
              description: ".npy or .npz (keyed by input name); generated from `seed` when absent."
            },
            expected: {
              type: "string",
              description: ".npy or .npz golden outputs to compare against."
            },
            atol: {
              type: "number",
              minimum: 0
            },
            rtol: {
              type: "number",
              minimum: 0
            },
            seed: {
              type: "integer"
            },
            dim_default: {
              type: "integer",
              minimum: 1,
              description: "Size for unknown non-batch dimensions of generated inputs."
            }
          }
        }
      }
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: [
        "definition"
      ],
      properties: {
        name: {
          type: "string",
          minLength: 1,
          description: "Shown in reports. With a glob, may use {stem}."
        },
        definition: {
          type: "string",
          minLength: 1,
          description: "Model definition: Keras to_json() .json, .keras, full-model .h5, TF.js model.json. A glob expands to one pair per match."
        },
        exclude: {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          },
          description: 'Globs (same base as `definition`) of matches to leave out, e.g. ["*_test.json"].'
        },
        weights: {
          description: "Weight artifact(s): a path, glob, https:// URL, gh://owner/repo@ref/path or gh-release://owner/repo@tag/asset. {stem}, {name} and {dir} refer to the definition. Omit for files that carry both (.keras, full .h5).",
          oneOf: [
            {
              type: "string",
              minLength: 1
            },
            {
              type: "array",
              minItems: 1,
              items: {
                type: "string",
                minLength: 1
              }
            }
          ]
        },
        sha256: {
          type: "string",
          pattern: "^[0-9a-fA-F]{64}$",
          description: "Expected SHA-256 of the weights (of the definition file when there are no weights): a download is verified after it lands, a local file is hashed before it is read."
        },
        loader: {
          $ref: "#/definitions/options/properties/loader"
        },
        runtime: {
          $ref: "#/definitions/options/properties/runtime"
        },
        engine: {
          $ref: "#/definitions/options/properties/engine"
        },
        skip_mismatch: {
          $ref: "#/definitions/options/properties/skip_mismatch"
        },
        allow: {
          $ref: "#/definitions/options/properties/allow"
        },
        smoke: {
          $ref: "#/definitions/options/properties/smoke"
        }
      }
    }
  }
};

// src/config/load.ts
var MAX_CONFIG_BYTES = 2 ** 20;
var MAX_CONFIG_NESTING = 64;
var MAX_CONFIG_INDENT = 128;
var DEFAULT_CONFIG_FILE = "weightgate.yml";
var ajv = new import_ajv.Ajv({ allErrors: true, strict: false, verbose: true });
var validate = ajv.compile(weightgate_schema_default);
var ConfigError = class extends InputError {
  constructor(file, line, col, detail, hint) {
    super(`${file}:${line}:${col}`, "bad-config", detail, hint);
  }
};
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function position(doc, lc, p, key) {
  let node = p.length ? doc.getIn(p, true) : doc.contents;
  if (key !== void 0 && (0, import_yaml.isMap)(node)) {
    const pair = node.items.find((it) => (0, import_yaml.isPair)(it) && (0, import_yaml.isScalar)(it.key) && it.key.value === key);
    if (pair && (0, import_yaml.isScalar)(pair.key)) node = pair.key;
  }
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = lc.linePos(offset);
  return { line, col };
}
function knownKeys(e) {
  const props = e.parentSchema?.properties;
  return props ? Object.keys(props).filter((k) => k !== "$schema") : [];
}
function shown2(value) {
  if (value === void 0) return "undefined";
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 120 ? `${json.slice(0, 120)}\u2026` : json;
}
function describe2(e, value) {
  const where2 = e.instancePath ? `'${pointerToPath(e.instancePath).join(".")}'` : "the top level";
  switch (e.keyword) {
    case "additionalProperties": {
      const raw = String(e.params.additionalProperty);
      const key = /^[\x20-\x7e]{1,80}$/.test(raw) ? raw : quoteName(raw).slice(1, -1);
      const keys = knownKeys(e);
      const guess = keys.length ? (0, import_fastest_levenshtein.closest)(key, keys) : void 0;
      const near = guess !== void 0 && (0, import_fastest_levenshtein.distance)(key, guess) <= Math.max(2, Math.floor(key.length / 3));
      return {
        key,
        text: `unknown key '${key}' in ${where2}${near ? `: did you mean '${guess}'?` : ""}`,
        hint: keys.length ? `Allowed here: ${keys.join(", ")}.` : void 0
      };
    }
    case "required":
      return { text: `${where2} is missing '${e.params.missingProperty}'` };
    case "enum":
      return { text: `${where2} is ${shown2(value)}; expected one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` };
    case "const":
      return { text: `${where2} is ${shown2(value)}; expected ${JSON.stringify(e.params.allowedValue)}` };
    case "type":
      return { text: `${where2} is ${value === null ? "empty" : shown2(value)}; expected ${e.params.type === "array" ? "a list" : `a ${e.params.type}`}` };
    case "oneOf":
      return { text: `${where2} is ${shown2(value)}; expected a path or a list of paths` };
    case "pattern":
      return { text: `${where2} is ${shown2(value)}; expected 64 hexadecimal characters (a SHA-256)` };
    default:
      return { text: `${where2} ${e.message ?? "is invalid"}` };
  }
}
function getAt(obj, p) {
  return p.reduce((o, k) => o && typeof o === "object" ? o[k] : void 0, obj);
}
function tooDeep(text) {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
      const m = /^( *)((?:[-?:][ \t]+)*)/.exec(text.slice(lineStart, lineStart + MAX_CONFIG_INDENT + 4 * MAX_CONFIG_NESTING));
      const indent = (m?.[1].length ?? 0) + (m?.[2].match(/[-?:]/g)?.length ?? 0);
      if (indent > MAX_CONFIG_INDENT) return { line, col: 1, what: `is indented or nested more than ${MAX_CONFIG_INDENT} levels deep` };
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_CONFIG_NESTING) return { line, col: i - lineStart + 1, what: `nests [ ] / { } more than ${MAX_CONFIG_NESTING} levels deep` };
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return void 0;
}
function parseYaml(file, text) {
  const deep = tooDeep(text.startsWith("\n") ? text : `
${text}`);
  if (deep) {
    throw new ConfigError(
      file,
      Math.max(1, deep.line - 1),
      deep.col,
      `the YAML ${deep.what}; a weightgate.yml nests under 10`,
      "Flatten the config: list models one after another, with globs for many similar files."
    );
  }
  const lc = new import_yaml.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  } catch (err) {
    throw new ConfigError(file, 1, 1, `not valid YAML: ${firstLine(err)}`);
  }
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lc.linePos(first.pos[0]);
    throw new ConfigError(file, line, col, `not valid YAML: ${first.message.split("\n")[0]}`);
  }
  try {
    return { doc, lc, data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (err) {
    let where2 = { line: 1, col: 1 };
    (0, import_yaml.visit)(doc, {
      Alias(_, node) {
        where2 = lc.linePos(node.range?.[0] ?? 0);
        return import_yaml.visit.BREAK;
      }
    });
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      throw new ConfigError(
        file,
        where2.line,
        where2.col,
        'its aliases (*name) expand too far (over 100 alias copies), the shape of a "billion laughs" attack; weightgate refuses it',
        "Write the values out, or use `defaults:` for what every model shares."
      );
    }
    throw new ConfigError(file, where2.line, where2.col, `not valid YAML: ${firstLine(err)}`);
  }
}
function firstLine(err) {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0].slice(0, 200);
}
function parseConfig(file, text, where2 = {}) {
  const { doc, lc, data } = parseYaml(file, text);
  if (!validate(data)) {
    const all = validate.errors ?? [];
    const errors = all.filter((e) => {
      if ((e.keyword === "oneOf" || e.keyword === "type") && all.some((o) => o.instancePath.startsWith(`${e.instancePath}/`))) return false;
      if (e.keyword === "oneOf" && all.some((o) => o !== e && o.instancePath === e.instancePath)) return false;
      if (e.keyword === "type" && all.some((o) => o.keyword === "oneOf" && o.instancePath === e.instancePath)) return false;
      if (e.keyword === "required") {
        const missing = e.params.missingProperty;
        return !all.some((o) => o.keyword === "additionalProperties" && o.instancePath === e.instancePath && (0, import_fastest_levenshtein.distance)(String(o.params.additionalProperty), missing) <= 2);
      }
      return true;
    });
    const problems = errors.map((e) => {
      const p = pointerToPath(e.instancePath);
      const d = describe2(e, getAt(data, p));
      return { ...position(doc, lc, p, d.key), ...d };
    }).sort((a, b) => a.line - b.line || a.col - b.col);
    const [head2, ...rest] = problems;
    const more = rest.length ? `
  also: ${rest.slice(0, 5).map((r) => `line ${r.line}:${r.col}: ${r.text}`).join("\n  also: ")}` : "";
    throw new ConfigError(file, head2.line, head2.col, `${head2.text}${more}`, head2.hint);
  }
  const cfg = data;
  const positions = cfg.models.map((_, i) => {
    const { line, col } = position(doc, lc, ["models", i]);
    return `${line}:${col}`;
  });
  const abs = path11.resolve(file);
  const at = (p) => {
    for (let n = p.length; n >= 0; n--) {
      if (n === 0 || doc.getIn(p.slice(0, n), true) !== void 0) {
        const { line, col } = position(doc, lc, p.slice(0, n));
        return `${line}:${col}`;
      }
    }
    return "1:1";
  };
  return {
    file: abs,
    dir: path11.dirname(abs),
    version: 1,
    defaults: cfg.defaults ?? {},
    concurrency: cfg.concurrency ?? 4,
    cache: cfg.cache ?? ".weightgate-cache",
    remote: {
      max_bytes: cfg.remote?.max_bytes ?? 4 * 2 ** 30,
      timeout_seconds: cfg.remote?.timeout_seconds ?? 300,
      retries: cfg.remote?.retries ?? 2,
      allow_http: cfg.remote?.allow_http ?? [],
      allow_hosts: cfg.remote?.allow_hosts ?? []
    },
    limits: cfg.limits ?? {},
    models: cfg.models,
    positions,
    root: where2.root ?? path11.dirname(abs),
    allowOutside: where2.allowOutside ?? false,
    at
  };
}
async function readBounded(file) {
  let handle;
  try {
    handle = await open3(file, "r");
  } catch {
    throw new InputError(
      file,
      "not-found",
      "no such configuration file",
      file === DEFAULT_CONFIG_FILE ? "Create weightgate.yml (see the README), or pass --config <file>." : "Check the --config path."
    );
  }
  try {
    const buf = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let got = 0;
    while (got < buf.length) {
      let n;
      try {
        ({ bytesRead: n } = await handle.read(buf, got, buf.length - got, null));
      } catch (err) {
        throw new InputError(file, "not-found", `cannot be read as a configuration file (${err.code ?? firstLine(err)})`, "Pass the path of a weightgate.yml file.");
      }
      if (n === 0) break;
      got += n;
    }
    if (got > MAX_CONFIG_BYTES) {
      throw new InputError(
        file,
        "limit",
        `is over ${MAX_CONFIG_BYTES / 2 ** 20} MiB, the most a weightgate.yml may hold; weightgate read no further`,
        'A config lists a few entries: use globs (`definition: "models/*.json"` with `{stem}`) instead of one entry per file, or split it into several configs.'
      );
    }
    return buf.toString("utf8", 0, got);
  } finally {
    await handle.close();
  }
}
async function loadConfig(file, opts = {}) {
  const text = await readBounded(file);
  const root = await repositoryRoot(file);
  const allowOutside = opts.allowOutside === true;
  const config = parseConfig(file, text, { root, allowOutside });
  const self = await confinementProblem(root, config.file, allowOutside);
  if (self) throw new InputError(file, "unsafe-path", `this configuration file ${self}`, OUTSIDE_HINT);
  await assertConfined(config, ["cache"], path11.resolve(config.dir, config.cache), "cache folder");
  return config;
}
async function assertConfined(config, p, target, what, shownAs) {
  const [line, col] = config.at(p).split(":").map(Number);
  const value = shownAs ?? String(getAt({ cache: config.cache, models: config.models, defaults: config.defaults }, p) ?? target);
  if (target.includes("\0")) {
    throw new ConfigError(config.file, line, col, `${p.join(".")}: the ${what} ${quoteName(value, 200)} holds a NUL character, which no file name can`, "Fix the path.");
  }
  const problem = await confinementProblem(config.root, target, config.allowOutside);
  if (!problem) return;
  throw new ConfigError(
    config.file,
    line,
    col,
    `${p.join(".")}: the ${what} ${quoteName(value, 200)} ${problem}`,
    /\.git folder/.test(problem) ? "Point it at a file in the work tree." : OUTSIDE_HINT
  );
}

// src/config/expand.ts
import path12 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir2, readdirSync, realpath as realpath3, realpathSync as realpathSync2, stat as stat7, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath as fileURLToPath2 } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path17) {
  let normalized = normalize(path17);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path17, separator) {
  return path17.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path17) {
  return path17 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path17);
}
function normalizePath(path17, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path17.includes("/") || path17.startsWith(".");
  if (resolvePaths) path17 = resolve(path17);
  if (normalizePath$1 || pathNeedsCleaning) path17 = cleanPath(path17);
  if (path17 === ".") return "";
  const needsSeperator = path17[path17.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path17 + pathSeparator : path17, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path17 = directoryPath || ".";
  if (filters.every((filter) => filter(path17, true))) paths.push(path17);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path17, state, callback$1) {
  const { queue: queue2, fs, options: { suppressErrors } } = state;
  queue2.enqueue();
  fs.realpath(path17, (error, resolvedPath) => {
    if (error) return queue2.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat9) => {
      if (error$1) return queue2.dequeue(suppressErrors ? null : error$1, state);
      if (stat9.isDirectory() && isRecursive(path17, resolvedPath, state)) return queue2.dequeue(null, state);
      callback$1(stat9, resolvedPath);
      queue2.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path17, state, callback$1) {
  const { queue: queue2, fs, options: { suppressErrors } } = state;
  queue2.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path17);
    const stat9 = fs.statSync(resolvedPath);
    if (stat9.isDirectory() && isRecursive(path17, resolvedPath, state)) return;
    callback$1(stat9, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path17, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path17);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path17, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build2(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num2) {
    this._files = num2;
  }
  get files() {
    return this._files;
  }
  set directories(num2) {
    this._directories = num2;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build2(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path17 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path17)) continue;
        this.pushDirectory(path17, paths, filters);
        this.walkDirectory(this.state, path17, path17, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path17 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path17, this.state, (stat9, resolvedPath) => {
          if (stat9.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path17 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path17 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path17;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path17) => isMatch(path17));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path17) {
  return path17.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path17) {
  var _result$parts;
  const result = import_picomatch.default.scan(path17, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path17];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path17) => path17.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path17) => path17.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot: dot2, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot: dot2,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path17 = format(p, isDirectory);
      const matches2 = matcher(path17) && !ignore(path17);
      if (matches2) log(`matched ${path17}`);
      return matches2;
    } : (p, isDirectory) => {
      const path17 = format(p, isDirectory);
      return matcher(path17) && !ignore(path17);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath2(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir2,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath3,
    realpathSync: opts.fs.realpathSync || realpathSync2,
    stat: opts.fs.stat || stat7,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

// src/config/expand.ts
var REMOTE = /^(https?|gh|gh-release):\/\//i;
function isRemote(ref) {
  return REMOTE.test(ref);
}
function merge2(defaults, own) {
  const union = (k) => [.../* @__PURE__ */ new Set([...defaults.allow?.[k] ?? [], ...own.allow?.[k] ?? []])];
  return {
    loader: own.loader ?? defaults.loader ?? "auto",
    runtime: own.runtime ?? defaults.runtime,
    engine: own.engine ?? defaults.engine ?? "auto",
    skipMismatch: own.skip_mismatch ?? defaults.skip_mismatch ?? false,
    allow: { missing: union("missing"), unexpected: union("unexpected"), mismatch: union("mismatch") },
    smoke: { ...defaults.smoke, ...own.smoke }
  };
}
function stemOf(file) {
  const base = path12.basename(file);
  return base.includes(".") ? base.slice(0, base.indexOf(".")) || base : base;
}
function fill2(template, def, configDir) {
  const name = path12.basename(def).replace(/\.[^.]+$/, "");
  return template.replaceAll("{stem}", stemOf(def)).replaceAll("{name}", name).replaceAll("{dir}", path12.relative(configDir, path12.dirname(def)) || ".");
}
async function matches(pattern, origin, exclude = []) {
  const { config } = origin;
  const cwd = config.dir;
  if (!isDynamicPattern(pattern)) {
    const file = path12.resolve(cwd, pattern);
    await assertConfined(config, origin.key, file, origin.what, pattern);
    return [file];
  }
  const { base, climbs } = globBase(pattern);
  if (!config.allowOutside) {
    const [line, col] = config.at(origin.key).split(":").map(Number);
    if (climbs) {
      throw new ConfigError(
        config.file,
        line,
        col,
        `${origin.key.join(".")}: the ${origin.what} glob ${JSON.stringify(pattern)} has a '..' after a wildcard, which could walk out of the repository`,
        "Start the glob at the folder it searches (`models/**/*.json`); for a local run of a config you trust, pass --allow-outside."
      );
    }
    const baseReal = await realpathLoose(path12.resolve(cwd, base));
    if (baseReal !== config.root && !isInside(config.root, baseReal)) {
      throw new ConfigError(
        config.file,
        line,
        col,
        `${origin.key.join(".")}: the ${origin.what} glob ${JSON.stringify(pattern)} searches ${JSON.stringify(baseReal)}, outside the repository (${config.root}); weightgate reads nothing outside it`,
        `Use a glob relative to the config's folder inside the repository. ${OUTSIDE_HINT}`
      );
    }
  }
  await assertConfined(config, origin.key, path12.resolve(cwd, base), `${origin.what} glob's folder`, pattern);
  const dir = path12.dirname(pattern.split(/[*?[{]/)[0] + "x");
  for (const [k, e] of exclude.entries()) {
    if (config.allowOutside || !e.includes("/")) continue;
    const ex = globBase(e);
    const exReal = await realpathLoose(path12.resolve(cwd, ex.base));
    if (ex.climbs || exReal !== config.root && !isInside(config.root, exReal)) {
      const [line, col] = config.at(["models", Number(origin.key[1]), "exclude", k]).split(":").map(Number);
      throw new ConfigError(
        config.file,
        line,
        col,
        `models.${String(origin.key[1])}.exclude.${k}: the exclude glob ${JSON.stringify(e)} ${ex.climbs ? "has a '..' after a wildcard" : `searches ${JSON.stringify(exReal)}, outside the repository (${config.root})`}`,
        "Write it relative to the config's folder inside the repository, or as a bare file-name glob (`*_test.json`)."
      );
    }
  }
  const ignore = exclude.map((e) => e.includes("/") ? e : path12.posix.join(path12.isAbsolute(dir) ? path12.relative(cwd, dir) || "." : dir, e));
  const found = await glob(pattern, { cwd, absolute: true, onlyFiles: false, expandDirectories: false, ignore, followSymbolicLinks: false });
  const files = found.map((f) => f.replace(/\/$/, "")).sort();
  for (const f of files) await assertConfined(config, origin.key, f, origin.what, path12.relative(cwd, f));
  return files;
}
async function smokeFiles(config, i, entry, smoke) {
  const out = { ...smoke };
  for (const k of ["input", "expected"]) {
    const v = smoke[k];
    if (v === void 0) continue;
    const key = entry.smoke?.[k] !== void 0 ? ["models", i, "smoke", k] : ["defaults", "smoke", k];
    const file = path12.resolve(config.dir, v);
    await assertConfined(config, key, file, `smoke ${k} file`, v);
    out[k] = file;
  }
  return out;
}
async function expandModels(config) {
  const jobs = [];
  const origins = /* @__PURE__ */ new Map();
  for (const [i, entry] of config.models.entries()) {
    const origin = `${config.file}:${config.positions[i]}`;
    const [line, col] = config.positions[i].split(":").map(Number);
    const merged = merge2(config.defaults, entry);
    const options = { ...merged, smoke: await smokeFiles(config, i, entry, merged.smoke) };
    const defs = await matches(entry.definition, { config, key: ["models", i, "definition"], what: "definition" }, entry.exclude);
    if (isDynamicPattern(entry.definition) && !defs.length) {
      throw new ConfigError(config.file, line, col, `definition '${entry.definition}' matches no file (relative to ${config.dir})`);
    }
    for (const def of defs) {
      const weightRefs = await weightsFor(entry, i, def, config, line, col);
      for (const w of weightRefs) {
        const base = entry.name ? fill2(entry.name, def, config.dir) : stemOf(def);
        const id = weightRefs.length > 1 && w ? `${base} (${path12.basename(w)})` : base;
        const prev = origins.get(id);
        if (prev) {
          throw new ConfigError(
            config.file,
            line,
            col,
            `two models are named '${id}' (the other comes from ${prev})`,
            "Give each entry a distinct `name` (with a glob, use {stem} or {name} in it)."
          );
        }
        origins.set(id, origin);
        jobs.push({ id, definition: def, ...w ? { weights: w } : {}, ...entry.sha256 ? { sha256: entry.sha256 } : {}, options, origin });
      }
    }
  }
  return jobs.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
async function weightsFor(entry, i, def, config, line, col) {
  if (entry.weights === void 0) return [void 0];
  const templates = Array.isArray(entry.weights) ? entry.weights : [entry.weights];
  const out = [];
  for (const [k, t] of templates.entries()) {
    const ref = fill2(t, def, config.dir);
    if (isRemote(ref)) {
      out.push(ref);
      continue;
    }
    const found = await matches(ref, { config, key: Array.isArray(entry.weights) ? ["models", i, "weights", k] : ["models", i, "weights"], what: "weights" });
    if (isDynamicPattern(ref) && !found.length) {
      throw new ConfigError(config.file, line, col, `weights '${t}' matches no file for definition ${path12.relative(config.dir, def)}`);
    }
    out.push(...found);
  }
  return out;
}
function shardJobs(jobs, shard) {
  if (!shard || shard.total <= 1) return jobs;
  return jobs.filter((_, k) => k % shard.total === shard.index - 1);
}
function parseShard(text) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total) throw new Error(`--shard must be i/n with 1 \u2264 i \u2264 n (got '${text}')`);
  return { index, total };
}

// src/check/report.ts
function effectiveStatus(m) {
  if (m.status === "error") return "error";
  if (m.smoke?.status === "failed") return "incompatible";
  return m.status;
}
function summarize(models) {
  const s = { models: models.length, compatible: 0, warnings: 0, incompatible: 0, error: 0, smokeFailed: 0, errors: 0, warningFindings: 0 };
  for (const m of models) {
    s[effectiveStatus(m)]++;
    if (m.smoke?.status === "failed") s.smokeFailed++;
    s.errors += (m.diff?.counts.error ?? 0) + (m.status === "error" ? 1 : 0) + (m.smoke?.status === "failed" ? 1 : 0);
    s.warningFindings += m.diff?.counts.warning ?? 0;
  }
  return s;
}
var RANK2 = { compatible: 0, warnings: 1, incompatible: 2, error: 3 };
function overall(models) {
  return models.reduce((worst, m) => RANK2[effectiveStatus(m)] > RANK2[worst] ? effectiveStatus(m) : worst, "compatible");
}
function failed(report2, failOn) {
  if (failOn === "never") return false;
  const v = overall(report2.models);
  return v === "incompatible" || v === "error" || failOn === "warning" && v === "warnings";
}
function makeReport(fields) {
  return {
    ...fields,
    get summary() {
      return summarize(this.models);
    },
    get verdict() {
      return overall(this.models);
    }
  };
}
function reviveReport(json, source) {
  if (json?.schemaVersion !== 1 || !Array.isArray(json.models)) {
    throw new Error(`${source} is not a weightgate check report (schemaVersion 1 with models)`);
  }
  const models = json.models.map((m) => ({ ...m, ...m.diff ? { diff: reviveDiff(m.diff) } : {} }));
  const notes = Array.isArray(json.notes) ? json.notes.filter((n) => typeof n === "string") : [];
  return makeReport({ schemaVersion: 1, tool: json.tool, config: json.config, ...json.shards ? { shards: json.shards } : {}, models, ...notes.length ? { notes } : {}, seconds: json.seconds ?? 0 });
}
function reviveDiff(d) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of d.findings ?? []) counts[f.severity]++;
  const verdict = counts.error ? "incompatible" : counts.warning ? "warnings" : "compatible";
  const revived = { ...d, verdict, counts };
  Object.defineProperty(revived, "pairs", { value: [], enumerable: false });
  return revived;
}
function mergeReports(reports) {
  if (!reports.length) throw new Error("nothing to merge");
  const configs = new Set(reports.map((r) => r.config));
  if (configs.size > 1) throw new Error(`the reports come from different configs (${[...configs].join(", ")})`);
  const byId = /* @__PURE__ */ new Map();
  for (const r of reports) {
    for (const m of r.models) {
      if (byId.has(m.id)) throw new Error(`model '${m.id}' appears in two reports: were the same shards merged twice?`);
      byId.set(m.id, m);
    }
  }
  const models = [...byId.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const indices = reports.flatMap((r) => r.shards?.indices ?? []).sort((a, b) => a - b);
  const total = reports.find((r) => r.shards)?.shards?.total;
  const complete = total !== void 0 && indices.length === total && indices.every((v, i) => v === i + 1);
  return makeReport({
    schemaVersion: 1,
    tool: reports[0].tool,
    config: reports[0].config,
    ...total !== void 0 && !complete ? { shards: { indices, total } } : {},
    models,
    ...reports.some((r) => r.notes?.length) ? { notes: [...new Set(reports.flatMap((r) => r.notes ?? []))] } : {},
    seconds: Math.max(...reports.map((r) => r.seconds))
  });
}
function toJson(report2) {
  return {
    schemaVersion: report2.schemaVersion,
    tool: report2.tool,
    config: report2.config,
    ...report2.shards ? { shards: report2.shards } : {},
    verdict: report2.verdict,
    summary: report2.summary,
    ...report2.notes?.length ? { notes: report2.notes } : {},
    seconds: report2.seconds,
    models: report2.models
  };
}

// src/check/run.ts
import { createHash as createHash3 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
import { stat as stat8 } from "node:fs/promises";
import path14 from "node:path";

// src/sources/remote.ts
import { createHash as createHash2 } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat as lstat3, mkdir, readFile as readFile3, realpath as realpath4, rm as rm3 } from "node:fs/promises";
import path13 from "node:path";

// src/sources/download.ts
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm as rm2 } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import net2 from "node:net";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/sources/address-guard.ts
import dns from "node:dns";
import net from "node:net";
var V4 = [
  [0, 8, 'a "this network" address (0.0.0.0/8)'],
  [167772160, 8, "a private address (10.0.0.0/8)"],
  [1681915904, 10, "a shared (carrier-grade NAT) address (100.64.0.0/10)"],
  [2130706432, 8, "a loopback address (127.0.0.0/8)"],
  [2851995648, 16, "a link-local address (169.254.0.0/16, where cloud metadata services answer)"],
  [2886729728, 12, "a private address (172.16.0.0/12)"],
  [3232235520, 16, "a private address (192.168.0.0/16)"],
  [3758096384, 4, "a multicast address (224.0.0.0/4)"],
  [4026531840, 4, "a reserved or broadcast address (240.0.0.0/4)"]
];
function v4Number(ip) {
  return ip.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}
function v4Range(ip) {
  const n = v4Number(ip);
  for (const [base, bits, what] of V4) {
    const mask = bits === 0 ? 0 : 4294967295 << 32 - bits >>> 0;
    if ((n & mask) >>> 0 === base) return what;
  }
  return void 0;
}
function v6Groups(ip) {
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  const n = dotted ? v4Number(dotted[1]) : 0;
  const text = dotted ? `${ip.slice(0, -dotted[1].length)}${(n >>> 16).toString(16)}:${(n & 65535).toString(16)}` : ip;
  const parse = (s) => s ? s.split(":").map((h) => parseInt(h, 16)) : [];
  if (!text.includes("::")) return parse(text);
  const [head2, tail] = text.split("::");
  const a = parse(head2);
  const b = parse(tail);
  return [...a, ...new Array(8 - a.length - b.length).fill(0), ...b];
}
function v6Range(ip) {
  const g = v6Groups(ip);
  const embedded = (hi, lo) => `${hi >>> 8}.${hi & 255}.${lo >>> 8}.${lo & 255}`;
  const zeroes = (from, to) => g.slice(from, to).every((x) => x === 0);
  if (zeroes(0, 8)) return "the unspecified address (::)";
  if (zeroes(0, 7) && g[7] === 1) return "a loopback address (::1)";
  if (zeroes(0, 5) && g[5] === 65535) return wrapped("an IPv4-mapped address", embedded(g[6], g[7]));
  if (zeroes(0, 6)) return wrapped("an IPv4-compatible address", embedded(g[6], g[7]));
  if (g[0] === 100 && g[1] === 65435 && zeroes(2, 6)) return wrapped("a NAT64 address", embedded(g[6], g[7]));
  if (g[0] === 8194) return wrapped("a 6to4 address", embedded(g[1], g[2]));
  if ((g[0] & 65024) === 64512) return "a unique local (private) address (fc00::/7)";
  if ((g[0] & 65472) === 65152) return "a link-local address (fe80::/10)";
  if ((g[0] & 65472) === 65216) return "a site-local (private) address (fec0::/10)";
  if ((g[0] & 65280) === 65280) return "a multicast address (ff00::/8)";
  return void 0;
}
function wrapped(form, v4) {
  const inner = v4Range(v4);
  return inner ? `${form} for ${v4}, ${inner}` : void 0;
}
function forbiddenRange(address) {
  const ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = net.isIP(ip);
  if (family === 4) return v4Range(ip);
  if (family === 6) return v6Range(ip.toLowerCase());
  return "not an IP address";
}
var AddressRefused = class extends Error {
  constructor(host, address, range) {
    super(net.isIP(host.replace(/^\[|\]$/g, "")) ? `${address} is ${range}` : `${host} resolves to ${address}, ${range}`);
    this.host = host;
    this.address = address;
    this.range = range;
  }
  host;
  address;
  range;
};
function guardedLookup() {
  const lookup2 = (hostname, options, callback2) => {
    dns.lookup(hostname, { family: options.family, hints: options.hints, all: true }, (err, addresses) => {
      if (err) return callback2(err, []);
      if (!addresses.length) return callback2(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
      for (const a of addresses) {
        const why = forbiddenRange(a.address);
        if (why) return callback2(new AddressRefused(hostname, a.address, why), []);
      }
      if (options.all) return callback2(null, addresses);
      callback2(null, addresses[0].address, addresses[0].family);
    });
  };
  return lookup2;
}

// src/sources/download.ts
var Transient = class extends Error {
  constructor(message2, kind = "not-found") {
    super(message2);
    this.kind = kind;
  }
  kind;
};
var MAX_REDIRECTS = 5;
var MAX_API_JSON_BYTES = 8 * 2 ** 20;
var seconds = (ms) => `${Number((ms / 1e3).toFixed(3))} s`;
function idleLimitMs(o) {
  return Math.min(o.idleTimeoutMs ?? 6e4, o.timeoutMs);
}
function githubHosts(o) {
  const hosts = /* @__PURE__ */ new Set(["github.com", "api.github.com", "raw.githubusercontent.com"]);
  for (const u of configuredHosts(o)) hosts.add(u);
  return hosts;
}
function configuredHosts(o) {
  const out = [];
  for (const u of [o.apiUrl, o.serverUrl]) {
    try {
      out.push(new URL(u).host);
    } catch {
    }
  }
  return out;
}
function label(u) {
  return u.host || quoteName(u.href, 100);
}
var GUARD_HINT = "Downloads may not reach loopback, private or link-local addresses (the runner's own services, cloud metadata). If this host is yours, allow it by name in remote.allow_hosts.";
function allowedByName(u, o) {
  const name = u.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return (o.allowHosts ?? []).some((h) => h.toLowerCase() === name) || configuredHosts(o).includes(u.host);
}
function refusal(ref, u, from, why, hint) {
  const what = from ? `refusing a redirect from ${label(from)} to ${label(u)}` : `refusing to download from ${label(u)}`;
  return new InputError(ref, "unsafe-path", `${what}: ${why}`, hint);
}
function checkTarget(ref, u, from, o) {
  const scheme = u.protocol.replace(/:$/, "");
  if (!u.host || u.protocol !== "https:" && u.protocol !== "http:") {
    throw refusal(ref, u, from, `only https:// is fetched${u.host ? "" : " (and this URL has no host)"}`, "Use an https:// URL (plain http is allowed only for hosts listed in remote.allow_http).");
  }
  if (u.protocol === "http:" && !o.allowHttp.includes(u.hostname)) {
    throw new InputError(
      ref,
      "unsafe-path",
      `refusing to download over ${scheme} from ${label(u)}${from ? ` (a redirect from ${label(from)})` : ""}`,
      "Use an https:// URL (plain http is allowed only for hosts listed in remote.allow_http)."
    );
  }
  if (allowedByName(u, o)) return;
  const literal = u.hostname.replace(/^\[|\]$/g, "");
  if (net2.isIP(literal)) {
    const why = forbiddenRange(literal);
    if (why) throw refusal(ref, u, from, new AddressRefused(literal, literal, why).message, GUARD_HINT);
  }
}
function headers(u, o, accept) {
  const h = { "user-agent": "weightgate", "accept-encoding": "identity" };
  if (accept) h.accept = accept;
  if (o.token && githubHosts(o).has(u.host)) h.authorization = `Bearer ${o.token}`;
  return h;
}
var Deadline = class {
  constructor(o) {
    this.o = o;
    this.idleMs = idleLimitMs(o);
    this.total = setTimeout(() => this.fire(`timed out after ${seconds(o.timeoutMs)} (remote.timeout_seconds bounds each attempt's whole transfer, headers and body; idle limit ${seconds(this.idleMs)})`), o.timeoutMs);
    this.touch();
  }
  o;
  reason;
  total;
  idle;
  current;
  idleMs;
  bind(req) {
    this.current = req;
  }
  /** Data arrived: the idle clock starts over. */
  touch() {
    if (this.idleMs >= this.o.timeoutMs) return;
    if (this.idle) return void this.idle.refresh();
    this.idle = setTimeout(() => this.fire(`no data for ${seconds(this.idleMs)} (idle limit ${seconds(this.idleMs)} between chunks; each attempt's whole transfer is also limited to remote.timeout_seconds = ${seconds(this.o.timeoutMs)})`), this.idleMs);
  }
  fire(reason) {
    this.reason ??= reason;
    this.current?.destroy(new Transient(reason));
  }
  done() {
    clearTimeout(this.total);
    if (this.idle) clearTimeout(this.idle);
  }
};
function requestOnce(u, o, accept, deadline) {
  return new Promise((resolve3, reject) => {
    const mod = u.protocol === "https:" ? https : http;
    const req = mod.request(u, {
      method: "GET",
      headers: headers(u, o, accept),
      agent: false,
      ...allowedByName(u, o) ? {} : { lookup: guardedLookup() }
    }, resolve3);
    deadline.bind(req);
    req.on("error", reject);
    req.end();
  });
}
function statusError(res, u, ref, o) {
  const status = res.statusCode ?? 0;
  if (status === 404) return new InputError(ref, "not-found", "the server says 404 Not Found", "Check the URL (a private repository also answers 404 without a token).");
  if (status === 401 || status === 403) {
    return new InputError(
      ref,
      "not-found",
      `the server refused access (${status})`,
      o.token ? "The token lacks access to this repository or asset." : `Set GITHUB_TOKEN (or the action's github-token) for private GitHub files; the token is only ever sent to ${[...githubHosts(o)].join(", ")}.`
    );
  }
  if (status >= 500 || status === 429) return new Transient(`${label(u)} answered ${status}`);
  return new InputError(ref, "not-found", `the server answered ${status}`);
}
async function open4(ref, url, o, accept, deadline) {
  let current;
  try {
    current = new URL(url);
  } catch {
    throw new InputError(ref, "bad-config", `${quoteName(url, 100)} is not a valid URL`, "Write an https:// URL, gh://owner/repo@ref/path or gh-release://owner/repo@tag/asset.");
  }
  let from;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    checkTarget(ref, current, from, o);
    let res;
    try {
      res = await requestOnce(current, o, accept, deadline);
    } catch (err) {
      if (err instanceof AddressRefused) throw refusal(ref, current, from, err.message, GUARD_HINT);
      throw err;
    }
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      res.destroy();
      let next;
      try {
        next = new URL(location, current);
      } catch {
        throw new InputError(ref, "unsafe-path", `refusing a redirect from ${label(current)} to ${quoteName(location, 100)}: not a valid URL`, "The server sent a broken redirect; check the URL.");
      }
      from = current;
      current = next;
      continue;
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      throw statusError(res, current, ref, o);
    }
    const encoding = res.headers["content-encoding"];
    if (encoding && encoding.trim().toLowerCase() !== "identity") {
      res.destroy();
      throw new InputError(
        ref,
        "unsupported-format",
        `${label(current)} sent the file with Content-Encoding: ${quoteName(encoding, 40).slice(1, -1)}, though weightgate asked for none (Accept-Encoding: identity); it is refused, not decoded`,
        "Serve the file as stored, without Content-Encoding (a small compressed body can expand to gigabytes)."
      );
    }
    return { res, url: current };
  }
  throw new InputError(ref, "not-found", `more than ${MAX_REDIRECTS} redirects`, "Point at the file's final URL.");
}
async function withRetries(ref, o, attempt) {
  let last = "";
  let kind = "not-found";
  for (let i = 0; i <= o.retries; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (err instanceof InputError) throw err;
      last = err instanceof Error ? err.message : String(err);
      kind = err instanceof Transient ? err.kind : "not-found";
      if (i < o.retries) await new Promise((r) => setTimeout(r, Math.min(250 * 2 ** i, 4e3)));
    }
  }
  throw new InputError(
    ref,
    kind,
    `download failed after ${o.retries + 1} attempt(s): ${last}`,
    kind === "truncated" ? "The server closed the connection before the end of the file; check the server, or raise remote.retries." : "Check the network and the URL, or raise remote.timeout_seconds / remote.retries."
  );
}
function bodyFailure(err, deadline, bytes, declared) {
  if (err instanceof InputError) return err;
  if (deadline.reason) return new Transient(deadline.reason);
  const code2 = err?.code;
  if (code2 === "ECONNRESET" || code2 === "ERR_STREAM_PREMATURE_CLOSE" || err instanceof Error && err.message === "aborted") {
    return new Transient(`the server closed the connection after ${bytes}${Number.isFinite(declared) ? ` of ${declared}` : ""} bytes`, "truncated");
  }
  return err;
}
function overBudget2(ref, budget, found) {
  const shared = budget.used > 0 ? ` (remote.max_bytes counts all files of a model together: ${budget.used} bytes came before this one)` : "";
  return new InputError(ref, "limit", `${found}, over the ${budget.max}-byte download limit${shared}`, "Raise remote.max_bytes if this model really is that large.");
}
async function downloadFile(ref, url, accept, dest, o, budget, expectSha256, name = ref) {
  const got = await withRetries(ref, o, async () => {
    const deadline = new Deadline(o);
    const tmp = `${dest}.${process.pid}-${randomBytes(6).toString("hex")}.part`;
    let bytes = 0;
    let declared = NaN;
    try {
      const { res } = await open4(ref, url, o, accept, deadline);
      declared = Number(res.headers["content-length"] ?? NaN);
      if (declared > budget.max - budget.used) {
        res.destroy();
        throw overBudget2(ref, budget, `the file is ${declared} bytes`);
      }
      const hash = createHash("sha256");
      const meter = new Transform({
        transform(chunk, _enc, done) {
          deadline.touch();
          bytes += chunk.length;
          if (budget.used + bytes > budget.max) {
            return done(budget.used > 0 ? overBudget2(ref, budget, `the download passed ${budget.max - budget.used} bytes`) : new InputError(ref, "limit", `the download passed the ${budget.max}-byte limit`, "Raise remote.max_bytes if this model really is that large."));
          }
          hash.update(chunk);
          o.progress?.(`downloading ${name} ${(bytes / 2 ** 20).toFixed(1)}${Number.isFinite(declared) ? `/${(declared / 2 ** 20).toFixed(1)}` : ""} MiB`);
          done(null, chunk);
        }
      });
      await pipeline(res, meter, createWriteStream(tmp, { flags: "wx" }));
      if (Number.isFinite(declared) && bytes !== declared) {
        throw new Transient(`the server closed the connection after ${bytes} of ${declared} bytes`, "truncated");
      }
      const sha256 = hash.digest("hex");
      if (expectSha256 && sha256 !== expectSha256.toLowerCase()) {
        throw new InputError(
          ref,
          "corrupt",
          `SHA-256 mismatch: expected ${expectSha256.toLowerCase()}, downloaded ${sha256}`,
          "The file changed upstream or the download was tampered with; update sha256 only if the new file is the one you want."
        );
      }
      await rename(tmp, dest);
      return { bytes, sha256 };
    } catch (err) {
      await rm2(tmp, { force: true });
      throw bodyFailure(err, deadline, bytes, declared);
    } finally {
      deadline.done();
    }
  });
  budget.used += got.bytes;
  return got;
}
async function fetchJson(ref, url, o) {
  return withRetries(ref, o, async () => {
    const deadline = new Deadline(o);
    let bytes = 0;
    try {
      const { res } = await open4(ref, url, o, "application/vnd.github+json", deadline);
      const parts = [];
      for await (const chunk of res) {
        deadline.touch();
        bytes += chunk.length;
        if (bytes > MAX_API_JSON_BYTES) {
          res.destroy();
          throw new InputError(ref, "limit", `the API answer passed ${MAX_API_JSON_BYTES} bytes`, "Check the API URL (GITHUB_API_URL).");
        }
        parts.push(chunk);
      }
      try {
        return JSON.parse(Buffer.concat(parts).toString("utf8"));
      } catch {
        throw new InputError(ref, "corrupt", "the API answer is not JSON", "Check the API URL (GITHUB_API_URL).");
      }
    } catch (err) {
      throw bodyFailure(err, deadline, bytes, NaN);
    } finally {
      deadline.done();
    }
  });
}

// src/sources/remote.ts
function remoteDefaults(cacheDir, env = process.env) {
  return {
    cacheDir,
    maxBytes: 4 * 2 ** 30,
    timeoutMs: 3e5,
    retries: 2,
    allowHttp: [],
    allowHosts: [],
    token: env.WEIGHTGATE_TOKEN || env.GITHUB_TOKEN || void 0,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com"
  };
}
var GH = /^gh:\/\/([^/]+)\/([^/@]+)@([^/]+)\/(.+)$/i;
var GH_RELEASE = /^gh-release:\/\/([^/]+)\/([^/@]+)@([^/]+)\/(.+)$/i;
var SEGMENT_HINT = "Name the file by its plain path (no '.' or '..' segments, no encoded '/' or '\\', no empty segments).";
function decoded(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function segmentProblem(segment) {
  const d = decoded(segment);
  if (d === "") return "it is empty";
  if (d === "." || d === "..") return `'${d}' segments are refused`;
  if (/[/\\]/.test(d)) return "it holds an encoded '/' or '\\'";
  if (/[\u0000-\u001f\u007f]/.test(d)) return "it holds control characters";
  return void 0;
}
function checkSegments(ref, what, value, split) {
  for (const seg of split ? value.split("/") : [value]) {
    const why = segmentProblem(seg);
    if (why) throw new InputError(ref, "unsafe-path", `refusing the ${what} segment ${quoteName(seg)}: ${why}`, SEGMENT_HINT);
  }
}
function checkRepo(ref, owner, repo) {
  checkSegments(ref, "owner", owner, false);
  checkSegments(ref, "repository", repo, false);
  if (!/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo)) {
    throw new InputError(ref, "unsafe-path", `refusing the owner/repository segment ${quoteName(`${owner}/${repo}`)}: GitHub names hold only letters, digits, '-', '_' and '.'`, SEGMENT_HINT);
  }
}
function api(o, p) {
  return `${o.apiUrl.replace(/\/$/, "")}${p}`;
}
function assetsOf(meta) {
  const list = meta?.assets;
  if (!Array.isArray(list)) return [];
  return list.flatMap((a) => {
    const { id, name } = a ?? {};
    return typeof name === "string" && Number.isSafeInteger(id) ? [{ id, name }] : [];
  });
}
async function resolveRequest(ref, o) {
  const gh = GH.exec(ref);
  if (gh) {
    const [, owner, repo, refName, file] = gh;
    checkRepo(ref, owner, repo);
    checkSegments(ref, "ref", refName, false);
    if (decoded(refName).includes("..")) checkSegments(ref, "ref", "..", false);
    checkSegments(ref, "path", file, true);
    return { url: api(o, `/repos/${owner}/${repo}/contents/${file.split("/").map(encodeURIComponent).join("/")}?ref=${encodeURIComponent(refName)}`), accept: "application/vnd.github.raw", name: path13.posix.basename(file) };
  }
  const rel2 = GH_RELEASE.exec(ref);
  if (rel2) {
    const [, owner, repo, tag2, asset] = rel2;
    checkRepo(ref, owner, repo);
    checkSegments(ref, "tag", tag2, false);
    checkSegments(ref, "asset", asset, false);
    const meta = await fetchJson(ref, api(o, `/repos/${owner}/${repo}/releases/tags/${encodeURIComponent(tag2)}`), o);
    const assets = assetsOf(meta);
    const found = assets.find((a) => a.name === asset);
    if (!found) {
      const names = assets.map((a) => a.name).slice(0, 10).join(", ");
      throw new InputError(ref, "not-found", `release ${tag2} of ${owner}/${repo} has no asset named '${asset}' (it has: ${names || "none"})`, "Check the asset name in the release.");
    }
    return { url: api(o, `/repos/${owner}/${repo}/releases/assets/${found.id}`), accept: "application/octet-stream", name: asset };
  }
  if (/^gh(-release)?:/i.test(ref)) {
    throw new InputError(ref, "bad-config", "not a complete GitHub reference", "Write gh://owner/repo@ref/path/to/file or gh-release://owner/repo@tag/asset.");
  }
  let u;
  try {
    u = new URL(ref);
  } catch {
    throw new InputError(ref, "bad-config", "not a valid URL", "Write an https:// URL, gh://owner/repo@ref/path or gh-release://owner/repo@tag/asset.");
  }
  return { url: ref, name: path13.posix.basename(u.pathname) };
}
function strictlyInside(parent, child2) {
  const rel2 = path13.relative(parent, child2);
  return rel2 !== "" && !rel2.startsWith("..") && !path13.isAbsolute(rel2);
}
function cacheName(name) {
  const clean2 = name.replace(/[^\w.-]/g, "_").slice(-120);
  return /^\.*$/.test(clean2) ? "download" : clean2;
}
async function cachePathFor(ref, name, sha256, o) {
  const root = path13.resolve(o.cacheDir);
  const key = createHash2("sha256").update(`${ref}
${sha256?.toLowerCase() ?? ""}`).digest("hex").slice(0, 16);
  const dest = path13.join(root, key, cacheName(name));
  if (!strictlyInside(path13.join(root, key), dest)) throw new InputError(ref, "unsafe-path", `the cache name ${quoteName(name)} is not a file name`, SEGMENT_HINT);
  await mkdir(path13.dirname(dest), { recursive: true });
  if (!strictlyInside(await realpath4(root), await realpath4(path13.dirname(dest)))) {
    throw new InputError(ref, "unsafe-path", `the cache folder ${path13.dirname(dest)} is a link out of ${root}`, "Delete it (a cache folder is never committed).");
  }
  return dest;
}
async function sha256File(file) {
  const hash = createHash2("sha256");
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk);
  return hash.digest("hex");
}
async function cachedSize(p) {
  try {
    const st = await lstat3(p);
    return st.isFile() ? st.size : void 0;
  } catch {
    return void 0;
  }
}
var inFlight = /* @__PURE__ */ new Map();
function fetchArtifact(ref, o, sha256) {
  const key = JSON.stringify([path13.resolve(o.cacheDir), ref, sha256?.toLowerCase() ?? ""]);
  let pending = inFlight.get(key);
  if (!pending) {
    pending = fetchOnce(ref, o, sha256).finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
  }
  return pending;
}
async function fetchOnce(ref, o, sha256) {
  const req = await resolveRequest(ref, o);
  const dest = await cachePathFor(ref, req.name, sha256, o);
  const budget = { used: 0, max: o.maxBytes };
  const size = await cachedSize(dest);
  if (size !== void 0 && (!sha256 || await sha256File(dest) === sha256.toLowerCase())) {
    budget.used = size;
    await fetchSiblings(ref, dest, o, budget);
    return dest;
  }
  if (size === void 0) await rm3(dest, { force: true, recursive: true });
  await downloadFile(ref, req.url, req.accept, dest, o, budget, sha256, req.name);
  try {
    await sniff(dest);
  } catch (err) {
    await rm3(dest, { force: true });
    if (err instanceof InputError) throw new InputError(ref, err.kind, err.detail, err.hint);
    throw err;
  }
  await fetchSiblings(ref, dest, o, budget);
  return dest;
}
var MAX_SIBLINGS = 1e4;
function siblingNames(json) {
  const names = /* @__PURE__ */ new Set();
  const j = json ?? {};
  if (Array.isArray(j.weightsManifest)) {
    for (const g of j.weightsManifest) {
      const paths = g?.paths;
      if (Array.isArray(paths)) for (const p of paths) names.add(String(p));
    }
  }
  if (j.weight_map && typeof j.weight_map === "object") {
    for (const v of Object.values(j.weight_map)) for (const p of Array.isArray(v) ? v : [v]) names.add(String(p));
  }
  return [...names];
}
async function fetchSiblings(ref, local, o, budget) {
  if (!local.endsWith(".json")) return;
  const size = await cachedSize(local);
  if (size === void 0 || size > DEFAULT_LIMITS.maxJsonBytes) return;
  let json;
  try {
    json = JSON.parse(await readFile3(local, "utf8"));
  } catch {
    return;
  }
  const names = siblingNames(json);
  if (names.length > MAX_SIBLINGS) {
    throw new InputError(ref, "limit", `the index names ${names.length} shards, over the ${MAX_SIBLINGS} fetched for one model`, "Re-save the model with larger shards.");
  }
  const folder = path13.dirname(local);
  for (const name of names) {
    const clean2 = name.replace(/^\.\//, "");
    const unsafe = !clean2 || clean2.startsWith("/") || /^[a-z][\w+.-]*:/i.test(clean2) || clean2.includes("\\") || clean2.split("/").some((s) => segmentProblem(s) !== void 0) || /[?#]/.test(clean2);
    const dest = path13.join(folder, clean2);
    if (unsafe || !strictlyInside(folder, dest)) {
      throw new InputError(ref, "unsafe-path", `the index names a shard outside its folder: ${quoteName(name)}`, "Shards must sit next to the index file.");
    }
    const siblingRef = siblingOf(ref, clean2);
    const have = await cachedSize(dest);
    if (have !== void 0) {
      if (budget.used + have > budget.max) {
        throw new InputError(siblingRef, "limit", `the file is ${have} bytes, over the ${budget.max}-byte download limit (remote.max_bytes counts all files of a model together: ${budget.used} bytes came before this one)`, "Raise remote.max_bytes if this model really is that large.");
      }
      budget.used += have;
      continue;
    }
    const req = await resolveRequest(siblingRef, o);
    await mkdir(path13.dirname(dest), { recursive: true });
    await downloadFile(siblingRef, req.url, req.accept, dest, o, budget, void 0, clean2);
  }
}
function siblingOf(ref, name) {
  const gh = GH.exec(ref) ?? GH_RELEASE.exec(ref);
  if (gh) return ref.replace(/[^/]+$/, name);
  return new URL(name, ref).toString();
}

// src/check/graph.ts
function layerGraph(definition) {
  const nodes = definition.layers.map((l) => ({ name: l.name, className: l.className }));
  const edges = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (from, to) => {
    const key = JSON.stringify([from, to]);
    if (seen.has(key)) return;
    seen.add(key);
    edges.push([from, to]);
  };
  const functional = definition.layers.some((l) => l.inbound.length > 0);
  if (functional) {
    for (const l of definition.layers) {
      for (const call3 of l.inbound) {
        for (const t of [...call3.inputs, ...Object.values(call3.tensorKwargs)]) add(t.layer, l.name);
      }
    }
    return { nodes, edges };
  }
  const input = definition.inputs[0]?.name;
  if (input && !nodes.some((n) => n.name === input)) nodes.unshift({ name: input, className: "InputLayer" });
  for (let i = 1; i < nodes.length; i++) add(nodes[i - 1].name, nodes[i].name);
  return { nodes, edges };
}

// src/check/run.ts
async function pool(items, limit, task) {
  const out = new Array(items.length);
  let next = 0;
  const worker2 = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker2));
  return out;
}
function diffOptionsOf(job) {
  const o = job.options;
  return {
    ...o.loader !== "auto" ? { loader: o.loader } : {},
    ...o.runtime ? { runtime: o.runtime } : {},
    skipMismatch: o.skipMismatch,
    allowMissing: o.allow.missing,
    allowUnexpected: o.allow.unexpected,
    allowMismatch: o.allow.mismatch
  };
}
function remoteOptions(config, opts) {
  const base = remoteDefaults(path14.resolve(config.dir, config.cache), opts.env ?? process.env);
  return {
    ...base,
    maxBytes: config.remote.max_bytes,
    timeoutMs: config.remote.timeout_seconds * 1e3,
    retries: config.remote.retries,
    allowHttp: config.remote.allow_http,
    allowHosts: config.remote.allow_hosts,
    token: opts.token ?? base.token,
    progress: opts.onProgress
  };
}
async function smokeFor(job, pair, report2, opts) {
  if (opts.smoke === false) return void 0;
  const s = job.options.smoke;
  if (s.skip) return { status: "skipped", engine: "none", engineReason: "not started", reason: "smoke.skip is set in the config", outputs: [], seconds: 0, notes: [] };
  return smokePair(pair.def.definition, pair.weights.artifact, report2, {
    engine: job.options.engine,
    input: s.input,
    expected: s.expected,
    atol: s.atol,
    rtol: s.rtol,
    seed: s.seed,
    dimDefault: s.dim_default,
    limits: opts.limits,
    baseDir: path14.dirname(job.origin.replace(/:\d+:\d+$/, ""))
  });
}
async function verifyLocalSha256(job) {
  if (!job.sha256) return;
  const file = job.weights ?? job.definition;
  let st;
  try {
    st = await stat8(file);
  } catch {
    return;
  }
  if (!st.isFile()) {
    throw new InputError(file, "bad-config", `sha256 is set in ${job.origin}, but this is a folder, not one file to hash`, "Remove sha256 for a folder (an unzipped .keras), or point at the file itself.");
  }
  const hash = createHash3("sha256");
  for await (const chunk of createReadStream2(file, { highWaterMark: 1 << 20 })) hash.update(chunk);
  const actual = hash.digest("hex");
  const expected = job.sha256.toLowerCase();
  if (actual !== expected) {
    throw new InputError(
      file,
      "corrupt",
      `SHA-256 mismatch: ${job.origin} expects ${expected}, the file has ${actual}`,
      "The file is not the one the config pins: restore it, or update sha256 if the new file is the one you want."
    );
  }
}
async function checkOne(job, remote, opts) {
  const started2 = performance.now();
  const base = { id: job.id, definition: job.definition, ...job.weights ? { weights: job.weights } : {}, origin: job.origin };
  try {
    if (!(job.weights && isRemote(job.weights))) await verifyLocalSha256(job);
    const weights = job.weights && isRemote(job.weights) ? await fetchArtifact(job.weights, remote, job.sha256) : job.weights;
    const pair = await openPair(job.definition, weights, { limits: opts.limits });
    try {
      const report2 = diff(pair.def.definition, pair.weights.artifact, diffOptionsOf(job));
      const smoke = await smokeFor(job, pair, report2, opts);
      return { ...base, status: report2.verdict, diff: report2, ...smoke ? { smoke } : {}, graph: layerGraph(pair.def.definition), seconds: (performance.now() - started2) / 1e3 };
    } finally {
      await pair.close();
    }
  } catch (err) {
    const error = err instanceof InputError ? err.message : `weightgate failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`;
    return { ...base, status: "error", error, seconds: (performance.now() - started2) / 1e3 };
  }
}
function configLimits(config) {
  return Object.assign({}, ...Object.entries(config.limits).map(([k, v]) => {
    const where2 = `${config.file}:${config.at(["limits", k])}`;
    if (k.length > 64 || typeof v !== "number" && (typeof v !== "string" || v.length > 64)) {
      throw new InputError(
        where2,
        "bad-config",
        `limits.${quoteName(k, 64).slice(1, -1)}: expected a number or a value like 2GiB, 90s or off (got ${quoteName(typeof v === "string" ? v : JSON.stringify(v) ?? String(v), 64)})`,
        "See the README for the limit names and value syntax."
      );
    }
    try {
      return parseLimitOption(`${k}=${String(v)}`);
    } catch (err) {
      throw new InputError(where2, "bad-config", `limits.${k}: ${err.message}`, "See the README for the limit names and value syntax.");
    }
  }));
}
function applicableConfigLimits(config, allowRaise) {
  const all = configLimits(config);
  if (allowRaise) return { limits: all, notes: [] };
  const limits = {};
  const notes = [];
  const name = path14.relative(process.cwd(), config.file) || config.file;
  for (const [k, v] of Object.entries(all)) {
    if (v <= DEFAULT_LIMITS[k]) {
      limits[k] = v;
      continue;
    }
    const raw = String(config.limits[k]).slice(0, 40);
    notes.push(`${name} limits.${k}=${raw} ignored: the workflow does not set allow-config-limits (the limit stays at its default, ${formatLimit(k, DEFAULT_LIMITS[k])}; a config may only lower limits)`);
  }
  return { limits, notes };
}
async function runCheck(config, jobs, opts = {}) {
  const started2 = performance.now();
  const fromConfig = applicableConfigLimits(config, opts.allowConfigLimits === true);
  opts = { ...opts, limits: { ...fromConfig.limits, ...opts.limits } };
  const remote = remoteOptions(config, opts);
  let done = 0;
  const models = await pool(jobs, opts.concurrency ?? config.concurrency, async (job) => {
    const r = await checkOne(job, remote, opts);
    opts.onResult?.(r, ++done, jobs.length);
    return r;
  });
  return makeReport({
    schemaVersion: 1,
    tool: { name: "weightgate", version: opts.version ?? "0.1.0" },
    config: path14.relative(process.cwd(), config.file) || config.file,
    ...opts.shard && opts.shard.total > 1 ? { shards: { indices: [opts.shard.index], total: opts.shard.total } } : {},
    models,
    ...fromConfig.notes.length ? { notes: fromConfig.notes } : {},
    seconds: (performance.now() - started2) / 1e3
  });
}

// src/report/check-text.ts
import path15 from "node:path";
var MARK2 = { compatible: "\u2714", warnings: "\u26A0", incompatible: "\u2716", error: "\u2716" };
function rel(p) {
  if (!p) return "";
  return /^[a-z-]+:\/\//i.test(p) ? p : path15.relative(process.cwd(), p) || p;
}
function smokeText2(m) {
  const s = m.smoke;
  if (!s) return "";
  if (s.status === "skipped") return `; smoke skipped${s.reason ? ` (${s.reason})` : ""}`;
  const worst = maxOf((s.outputs ?? []).map((o) => o.maxAbsDiff ?? 0), 0);
  return `; smoke ${s.status} on ${s.engine ?? "?"}${worst ? ` (max |\u0394| ${worst.toExponential(1)})` : ""}`;
}
function modelLine(m) {
  const st = effectiveStatus(m);
  const what = m.status === "error" ? `unreadable: ${m.error?.split("\n")[0] ?? ""}` : `${st}${m.diff && (m.diff.counts.error || m.diff.counts.warning) ? ` (${plural2(m.diff.counts.error, "error")}, ${plural2(m.diff.counts.warning, "warning")})` : ""}${smokeText2(m)}`;
  return sanitizeTerminal(`${MARK2[st]} ${capName(m.id)}  ${what}  [${m.seconds.toFixed(1)}s]`);
}
function summaryLine(r) {
  const s = r.summary;
  const parts = [`${s.compatible} compatible`, `${s.warnings} with warnings`, `${s.incompatible} incompatible`, `${s.error} unreadable`];
  return `${MARK2[r.verdict]} ${plural2(s.models, "model")}: ${parts.join(", ")} \u2014 ${r.verdict} in ${r.seconds.toFixed(1)}s`;
}
function renderCheckText(r, opts = {}) {
  const out = [];
  if (opts.lines !== false) out.push(...r.models.map(modelLine));
  for (const m of r.models) {
    const st = effectiveStatus(m);
    if (st === "compatible") continue;
    out.push("", `\u2500\u2500 ${sanitizeTerminal(capName(m.id))}: ${rel(m.definition)}${m.weights ? ` + ${rel(m.weights)}` : ""} \u2500\u2500`);
    if (m.status === "error") out.push(`  ${sanitizeTerminal(m.error ?? "")}`);
    if (m.diff) out.push(renderText(m.diff, { color: opts.color ?? false }).trimEnd());
    if (m.smoke?.status === "failed") {
      out.push(`smoke failed on ${m.smoke.engine}: ${sanitizeTerminal(m.smoke.reason ?? "")}`);
      const outputs = capList(m.smoke.outputs ?? [], 20);
      for (const o of outputs.shown) {
        if (o.problem) out.push(`  output ${sanitizeTerminal(capName(o.name))}: ${sanitizeTerminal(o.problem)}`);
        else if (o.maxAbsDiff !== void 0) out.push(`  output ${sanitizeTerminal(capName(o.name))}: max |a-b| = ${o.maxAbsDiff.toExponential(2)}${o.tolerance ? ` (atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol})` : ""}${o.finite ? "" : ", not finite"}`);
      }
      if (outputs.more) out.push(`  ${moreText(outputs.more, "output")}`);
    }
  }
  out.push("", summaryLine(r));
  return out.join("\n").replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "");
}

// src/report/check-markdown.ts
import path16 from "node:path";
var ICON = { compatible: "\u2705", warnings: "\u26A0\uFE0F", incompatible: "\u274C", error: "\u274C" };
function shortPath2(p, root) {
  if (!p) return "";
  return /^[a-z-]+:\/\//i.test(p) ? p : path16.relative(root, p) || path16.basename(p);
}
function smokeCell(m) {
  const s = m.smoke;
  if (!s) return "\u2014";
  if (s.status === "skipped") return `skipped`;
  return `${s.status === "passed" ? "passed" : "**failed**"} (${escapeMarkdown(s.engine ?? "?")})`;
}
function findingsCell(m) {
  if (m.status === "error") return "unreadable";
  const c = m.diff?.counts;
  if (!c) return "";
  return [c.error ? plural2(c.error, "error") : "", c.warning ? plural2(c.warning, "warning") : "", c.info ? `${c.info} info` : ""].filter(Boolean).join(", ") || "none";
}
function verdictLine2(r) {
  const s = r.summary;
  if (r.verdict === "compatible") return `${ICON.compatible} **weightgate: ${s.models === 1 ? "1 model" : `all ${plural2(s.models, "model")}`} compatible**`;
  const parts = [s.incompatible ? `${s.incompatible} incompatible` : "", s.error ? `${s.error} unreadable` : "", s.warnings ? `${s.warnings} with warnings` : "", s.compatible ? `${s.compatible} compatible` : ""].filter(Boolean);
  return `${ICON[r.verdict]} **weightgate: ${parts.join(", ")}** (of ${s.models})`;
}
function renderCheckMarkdown(r, o = {}) {
  const opts = { root: process.cwd(), maxBytes: 6e4, ...o };
  const head2 = [verdictLine2(r), ""];
  const rows = r.models.map((m) => [
    ICON[effectiveStatus(m)],
    escapeMarkdown(capName(m.id)),
    code(shortPath2(m.definition, opts.root)),
    m.weights ? code(shortPath2(m.weights, opts.root)) : "(same file)",
    findingsCell(m),
    smokeCell(m)
  ]);
  const modelTable = table(["", "model", "definition", "weights", "findings", "smoke"], rows);
  const foot = [`<sub>weightgate ${escapeMarkdown(r.tool.version)} \xB7 ${plural2(r.summary.models, "model")} in ${r.seconds.toFixed(1)} s${opts.runUrl ? ` \xB7 [run](${opts.runUrl})` : ""}</sub>`];
  const details = r.models.filter((m) => effectiveStatus(m) !== "compatible").map((m) => detailsOf(m));
  const assemble = (sections2, note) => [...head2, ...modelTable, "", ...sections2.flat(), ...note ? [note, ""] : [], ...foot].join("\n");
  let text = assemble(details);
  let kept = details.length;
  while (Buffer.byteLength(text) > opts.maxBytes && kept > 0) {
    kept = Math.floor(kept / 2);
    const left = details.length - kept;
    text = assemble(details.slice(0, kept), `*${left} more model ${noun(left, "report")} left out to fit GitHub's size limit; see the job summary or the JSON report.*`);
  }
  return text;
}
function detailsOf(m) {
  const st = effectiveStatus(m);
  const body = [];
  if (m.status === "error") body.push(escapeMarkdown(m.error ?? ""));
  if (m.diff) body.push(renderMarkdown(m.diff, { headingLevel: 4 }));
  if (m.smoke?.status === "failed") {
    body.push(`**Smoke inference failed** on ${escapeMarkdown(m.smoke.engine ?? "?")}: ${escapeMarkdown(m.smoke.reason ?? "")}`);
    const outputs = capList(m.smoke.outputs ?? [], 20);
    const rows = outputs.shown.map((o) => [escapeMarkdown(capName(o.name)), String(o.finite), o.maxAbsDiff?.toExponential(2) ?? "", o.tolerance ? `atol ${o.tolerance.atol}, rtol ${o.tolerance.rtol}` : ""]);
    if (rows.length) body.push(table(["output", "finite", "max abs diff", "tolerance"], rows).join("\n"));
    if (outputs.more) body.push(moreText(outputs.more, "output"));
  }
  return [`<details${st === "compatible" ? "" : " open"}><summary>${ICON[st]} ${escapeMarkdown(capName(m.id))}</summary>`, "", ...body, "", "</details>", ""];
}

export {
  openFile,
  openPair,
  noun,
  plural2 as plural,
  isAre,
  withArticle,
  count,
  capName,
  moreText,
  capList,
  nameList,
  maxOf,
  diff,
  TITLES,
  sections,
  coverageText,
  hintLines,
  sanitizeTerminal,
  renderText,
  escapeMarkdown,
  escapeMultiline,
  code,
  table,
  SEVERITY_ICON,
  findingRow,
  renderMarkdown,
  assignmentsFromDiff,
  smokePair,
  smokeText,
  smokeMarkdown,
  DEFAULT_CONFIG_FILE,
  loadConfig,
  isDynamicPattern,
  glob,
  expandModels,
  shardJobs,
  parseShard,
  effectiveStatus,
  failed,
  reviveReport,
  mergeReports,
  toJson,
  runCheck,
  modelLine,
  renderCheckText,
  ICON,
  smokeCell,
  findingsCell,
  verdictLine2 as verdictLine,
  renderCheckMarkdown
};
