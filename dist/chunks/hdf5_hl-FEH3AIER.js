import { createRequire as __wgCreateRequire } from 'node:module'; import { fileURLToPath as __wgFileURLToPath } from 'node:url'; import { dirname as __wgDirname } from 'node:path'; const require = __wgCreateRequire(import.meta.url); const __filename = __wgFileURLToPath(import.meta.url); const __dirname = __wgDirname(__filename);
import "./chunk-7UZKIK2J.js";

// node_modules/h5wasm/dist/node/hdf5_util.js
async function Module(moduleArg = {}) {
  var moduleRtn;
  (function() {
    function humanReadableVersionToPacked(str) {
      str = str.split("-")[0];
      var vers = str.split(".").slice(0, 3);
      while (vers.length < 3) vers.push("00");
      vers = vers.map((n, i2, arr) => n.padStart(2, "0"));
      return vers.join("");
    }
    var packedVersionToHumanReadable = (n) => [n / 1e4 | 0, (n / 100 | 0) % 100, n % 100].join(".");
    var TARGET_NOT_SUPPORTED = 2147483647;
    var currentNodeVersion = typeof process !== "undefined" && process.versions?.node ? humanReadableVersionToPacked(process.versions.node) : TARGET_NOT_SUPPORTED;
    if (currentNodeVersion < 16e4) {
      throw new Error(`This emscripten-generated code requires node v${packedVersionToHumanReadable(16e4)} (detected v${packedVersionToHumanReadable(currentNodeVersion)})`);
    }
    var userAgent = typeof navigator !== "undefined" && navigator.userAgent;
    if (!userAgent) {
      return;
    }
    var currentSafariVersion = userAgent.includes("Safari/") && !userAgent.includes("Chrome/") && userAgent.match(/Version\/(\d+\.?\d*\.?\d*)/) ? humanReadableVersionToPacked(userAgent.match(/Version\/(\d+\.?\d*\.?\d*)/)[1]) : TARGET_NOT_SUPPORTED;
    if (currentSafariVersion < TARGET_NOT_SUPPORTED) {
      throw new Error(`This page was compiled without support for Safari browser. Pass -sMIN_SAFARI_VERSION=${currentSafariVersion} or lower to enable support for this browser.`);
    }
    if (currentSafariVersion < 2147483647) {
      throw new Error(`This emscripten-generated code requires Safari v${packedVersionToHumanReadable(2147483647)} (detected v${currentSafariVersion})`);
    }
    var currentFirefoxVersion = userAgent.match(/Firefox\/(\d+(?:\.\d+)?)/) ? parseFloat(userAgent.match(/Firefox\/(\d+(?:\.\d+)?)/)[1]) : TARGET_NOT_SUPPORTED;
    if (currentFirefoxVersion < TARGET_NOT_SUPPORTED) {
      throw new Error(`This page was compiled without support for Firefox browser. Pass -sMIN_FIREFOX_VERSION=${currentFirefoxVersion} or lower to enable support for this browser.`);
    }
    if (currentFirefoxVersion < 2147483647) {
      throw new Error(`This emscripten-generated code requires Firefox v2147483647 (detected v${currentFirefoxVersion})`);
    }
    var currentChromeVersion = userAgent.match(/Chrome\/(\d+(?:\.\d+)?)/) ? parseFloat(userAgent.match(/Chrome\/(\d+(?:\.\d+)?)/)[1]) : TARGET_NOT_SUPPORTED;
    if (currentChromeVersion < TARGET_NOT_SUPPORTED) {
      throw new Error(`This page was compiled without support for Chrome browser. Pass -sMIN_CHROME_VERSION=${currentChromeVersion} or lower to enable support for this browser.`);
    }
    if (currentChromeVersion < 2147483647) {
      throw new Error(`This emscripten-generated code requires Chrome v2147483647 (detected v${currentChromeVersion})`);
    }
  })();
  var Module3 = moduleArg;
  var ENVIRONMENT_IS_WEB = false;
  var ENVIRONMENT_IS_WORKER = false;
  var ENVIRONMENT_IS_NODE = true;
  var ENVIRONMENT_IS_SHELL = false;
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire } = await import("module");
    var require2 = createRequire(import.meta.url);
  }
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = (status, toThrow) => {
    throw toThrow;
  };
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module3["locateFile"]) {
      return Module3["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    const isNode = true;
    if (!isNode) throw new Error("not compiled for this environment (did you build to HTML and try to run it not on the web, or set ENVIRONMENT to something - like node - and run it someplace else - like on the web?)");
    var fs = require2("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require2("path").dirname(require2("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = (filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      assert(Buffer.isBuffer(ret));
      return ret;
    };
    readAsync = async (filename, binary = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary ? void 0 : "utf8");
      assert(binary ? Buffer.isBuffer(ret) : typeof ret == "string");
      return ret;
    };
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = (status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    };
  } else if (ENVIRONMENT_IS_SHELL) {
  } else {
    throw new Error("environment detection error");
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  assert(!ENVIRONMENT_IS_WEB, "web environment detected but not enabled at build time.  Add `web` to `-sENVIRONMENT` to enable.");
  assert(!ENVIRONMENT_IS_WORKER, "worker environment detected but not enabled at build time.  Add `worker` to `-sENVIRONMENT` to enable.");
  assert(!ENVIRONMENT_IS_SHELL, "shell environment detected but not enabled at build time.  Add `shell` to `-sENVIRONMENT` to enable.");
  var dynamicLibraries = [];
  var wasmBinary;
  if (!globalThis.WebAssembly) {
    err("no native wasm support detected");
  }
  var ABORT = false;
  var EXITSTATUS;
  function assert(condition, text) {
    if (!condition) {
      abort("Assertion failed" + (text ? ": " + text : ""));
    }
  }
  var isFileURI = (filename) => filename.startsWith("file://");
  function writeStackCookie() {
    var max = _emscripten_stack_get_end();
    assert((max & 3) == 0);
    if (max == 0) {
      max += 4;
    }
    HEAPU32[max >> 2] = 34821223;
    HEAPU32[max + 4 >> 2] = 2310721022;
    HEAPU32[0 >> 2] = 1668509029;
  }
  function checkStackCookie() {
    if (ABORT) return;
    var max = _emscripten_stack_get_end();
    if (max == 0) {
      max += 4;
    }
    var cookie1 = HEAPU32[max >> 2];
    var cookie2 = HEAPU32[max + 4 >> 2];
    if (cookie1 != 34821223 || cookie2 != 2310721022) {
      abort(`Stack overflow! Stack cookie has been overwritten at ${ptrToString(max)}, expected hex dwords 0x89BACDFE and 0x2135467, but received ${ptrToString(cookie2)} ${ptrToString(cookie1)}`);
    }
    if (HEAPU32[0 >> 2] != 1668509029) {
      abort("Runtime error: The application has corrupted its heap memory area (address zero)!");
    }
  }
  var runtimeDebug = true;
  (() => {
    var h16 = new Int16Array(1);
    var h8 = new Int8Array(h16.buffer);
    h16[0] = 25459;
    if (h8[0] !== 115 || h8[1] !== 99) abort("Runtime error: expected the system to be little-endian! (Run with -sSUPPORT_BIG_ENDIAN to bypass)");
  })();
  function consumedModuleProp(prop) {
    if (!Object.getOwnPropertyDescriptor(Module3, prop)) {
      Object.defineProperty(Module3, prop, { configurable: true, set() {
        abort(`Attempt to set \`Module.${prop}\` after it has already been processed.  This can happen, for example, when code is injected via '--post-js' rather than '--pre-js'`);
      } });
    }
  }
  function makeInvalidEarlyAccess(name) {
    return () => assert(false, `call to '${name}' via reference taken before Wasm module initialization`);
  }
  function ignoredModuleProp(prop) {
    if (Object.getOwnPropertyDescriptor(Module3, prop)) {
      abort(`\`Module.${prop}\` was supplied but \`${prop}\` not included in INCOMING_MODULE_JS_API`);
    }
  }
  function isExportedByForceFilesystem(name) {
    return name === "FS_createPath" || name === "FS_createDataFile" || name === "FS_createPreloadedFile" || name === "FS_preloadFile" || name === "FS_unlink" || name === "addRunDependency" || name === "FS_createLazyFile" || name === "FS_createDevice" || name === "removeRunDependency";
  }
  function missingLibrarySymbol(sym) {
    unexportedRuntimeSymbol(sym);
  }
  function unexportedRuntimeSymbol(sym) {
    if (!Object.getOwnPropertyDescriptor(Module3, sym)) {
      Object.defineProperty(Module3, sym, { configurable: true, get() {
        var msg = `'${sym}' was not exported. add it to EXPORTED_RUNTIME_METHODS (see the Emscripten FAQ)`;
        if (isExportedByForceFilesystem(sym)) {
          msg += ". Alternatively, forcing filesystem support (-sFORCE_FILESYSTEM) can export this for you";
        }
        abort(msg);
      } });
    }
  }
  function binaryDecode(bin) {
    for (var i2 = 0, l = bin.length, o = new Uint8Array(l), c; i2 < l; ++i2) {
      c = bin.charCodeAt(i2);
      o[i2] = ~c >> 8 & c;
    }
    return o;
  }
  var readyPromiseResolve, readyPromiseReject;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    HEAP8 = new Int8Array(b);
    HEAP16 = new Int16Array(b);
    Module3["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    HEAPU16 = new Uint16Array(b);
    HEAP32 = new Int32Array(b);
    HEAPU32 = new Uint32Array(b);
    HEAPF32 = new Float32Array(b);
    HEAPF64 = new Float64Array(b);
    HEAP64 = new BigInt64Array(b);
    HEAPU64 = new BigUint64Array(b);
  }
  assert(globalThis.Int32Array && globalThis.Float64Array && Int32Array.prototype.subarray && Int32Array.prototype.set, "JS engine does not provide full typed array support");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module3["preRun"]) {
      if (typeof Module3["preRun"] == "function") Module3["preRun"] = [Module3["preRun"]];
      while (Module3["preRun"].length) {
        addOnPreRun(Module3["preRun"].shift());
      }
    }
    consumedModuleProp("preRun");
    callRuntimeCallbacks(onPreRuns);
  }
  function initRuntime() {
    assert(!runtimeInitialized);
    runtimeInitialized = true;
    checkStackCookie();
    callRuntimeCallbacks(__RELOC_FUNCS__);
    if (!Module3["noFSInit"] && !FS2.initialized) FS2.init();
    TTY.init();
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
    FS2.ignorePermissions = false;
  }
  function preMain() {
    checkStackCookie();
  }
  function postRun() {
    checkStackCookie();
    if (Module3["postRun"]) {
      if (typeof Module3["postRun"] == "function") Module3["postRun"] = [Module3["postRun"]];
      while (Module3["postRun"].length) {
        addOnPostRun(Module3["postRun"].shift());
      }
    }
    consumedModuleProp("postRun");
    callRuntimeCallbacks(onPostRuns);
  }
  function abort(what) {
    Module3["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  function createExportWrapper(name, nargs) {
    return (...args) => {
      assert(runtimeInitialized, `native function \`${name}\` called before runtime initialization`);
      var f = wasmExports[name];
      assert(f, `exported native function \`${name}\` not found`);
      assert(args.length <= nargs, `native function \`${name}\` called with ${args.length} args but expects ${nargs}`);
      return f(...args);
    };
  }
  var wasmBinaryFile;
  function findWasmBinary() {
    const data = require2("node:worker_threads").workerData;
    if (data?.h5wasmModule instanceof WebAssembly.Module) return data.h5wasmModule;
    if (data?.h5wasmBinary instanceof Uint8Array) return data.h5wasmBinary;
    const fs2 = require2("node:fs");
    for (const u of [new URL("./h5wasm.wasm", import.meta.url), new URL("../h5wasm.wasm", import.meta.url)]) {
      if (fs2.existsSync(u)) return new Uint8Array(fs2.readFileSync(u));
    }
    throw new Error("h5wasm.wasm is missing next to the weightgate bundle (rebuild it with npm run build)");
  }
  function getBinarySync(file) {
    return file;
  }
  async function getWasmBinary(binaryFile) {
    return getBinarySync(binaryFile);
  }
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary = await getWasmBinary(binaryFile);
      if (binary instanceof WebAssembly.Module) return { instance: await WebAssembly.instantiate(binary, imports), module: binary };
      var instance = await WebAssembly.instantiate(binary, imports);
      try {
        require2("node:worker_threads").parentPort?.postMessage({ h5wasmModule: instance.module });
      } catch {
      }
      return instance;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      if (isFileURI(binaryFile)) {
        err(`warning: Loading from a file URI (${binaryFile}) is not supported in most browsers. See https://emscripten.org/docs/getting_started/FAQ.html#how-do-i-run-a-local-webserver-for-testing-why-does-my-program-stall-in-downloading-or-preparing`);
      }
      abort(reason);
    }
  }
  async function instantiateAsync(binary, binaryFile, imports) {
    return instantiateArrayBuffer(binaryFile, imports);
  }
  function getWasmImports() {
    var GOTProxyHandler = new Proxy(/* @__PURE__ */ new Set([]), GOTHandler);
    var imports = { env: wasmImports, wasi_snapshot_preview1: wasmImports, "GOT.mem": GOTProxyHandler, "GOT.func": GOTProxyHandler };
    return imports;
  }
  async function createWasm() {
    function receiveInstance(instance, module) {
      wasmExports = instance.exports;
      var origExports = wasmExports;
      mergeLibSymbols(wasmExports, "main");
      var metadata = getDylinkMetadata(module);
      if (metadata.neededDynlibs) {
        dynamicLibraries = metadata.neededDynlibs.concat(dynamicLibraries);
      }
      assignWasmExports(wasmExports);
      updateGOT(origExports);
      LDSO.init();
      loadDylibs();
      updateMemoryViews();
      return wasmExports;
    }
    var trueModule = Module3;
    function receiveInstantiationResult(result2) {
      assert(Module3 === trueModule, "the Module object should not be replaced during async compilation - perhaps the order of HTML elements is wrong?");
      trueModule = null;
      return receiveInstance(result2["instance"], result2["module"]);
    }
    var info = getWasmImports();
    if (Module3["instantiateWasm"]) {
      return new Promise((resolve, reject) => {
        try {
          Module3["instantiateWasm"](info, (inst, mod) => {
            resolve(receiveInstance(inst, mod));
          });
        } catch (e) {
          err(`Module.instantiateWasm callback failed with error: ${e}`);
          reject(e);
        }
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  class ExitStatus {
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var GOTHandler = { get(weakImports, symName) {
    var rtn = GOT[symName];
    if (!rtn) {
      rtn = GOT[symName] = new WebAssembly.Global({ value: "i32", mutable: true }, -1);
    }
    if (!weakImports.has(symName)) {
      rtn.required = true;
    }
    return rtn;
  } };
  var callRuntimeCallbacks = (callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module3);
    }
  };
  var onPostRuns = [];
  var addOnPostRun = (cb) => onPostRuns.push(cb);
  var onPreRuns = [];
  var addOnPreRun = (cb) => onPreRuns.push(cb);
  var UTF8Decoder = globalThis.TextDecoder && new TextDecoder();
  var findStringEnd = (heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  };
  var warnOnce = (text) => {
    warnOnce.shown ||= {};
    if (!warnOnce.shown[text]) {
      warnOnce.shown[text] = 1;
      if (ENVIRONMENT_IS_NODE) text = "warning: " + text;
      err(text);
    }
  };
  var UTF8ArrayToString = (heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        if ((u0 & 248) != 240) warnOnce("Invalid UTF-8 leading byte " + ptrToString(u0) + " encountered when deserializing a UTF-8 string in wasm memory to a JS string!");
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  };
  var getDylinkMetadata = (binary) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary[offset++];
    }
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary, offset - len, len);
    }
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    if (binary instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary = new Uint8Array(dylinkSection[0]);
      end = binary.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name = getString();
      failIf(name !== "dylink.0");
    }
    var customSection = { neededDynlibs: [], tlsExports: /* @__PURE__ */ new Set(), weakImports: /* @__PURE__ */ new Set(), runtimePaths: [] };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags = getLEB();
          if (flags & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags = getLEB();
          if ((flags & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        err("unknown dylink.0 subsection:", subsectionType);
        offset += subsectionSize;
      }
    }
    var tableAlign = Math.pow(2, customSection.tableAlign);
    assert(tableAlign === 1, `invalid tableAlign ${tableAlign}`);
    assert(offset == end);
    return customSection;
  };
  var newDSO = (name, handle, syms) => {
    var dso = { refcount: Infinity, name, exports: syms, global: true };
    LDSO.loadedLibsByName[name] = dso;
    if (handle != void 0) {
      LDSO.loadedLibsByHandle[handle] = dso;
    }
    return dso;
  };
  var LDSO = { loadedLibsByName: {}, loadedLibsByHandle: {}, init() {
    assert(wasmImports);
    newDSO("__main__", 0, wasmImports);
  } };
  var alignMemory = (size, alignment) => {
    assert(alignment, "alignment argument is required");
    return Math.ceil(size / alignment) * alignment;
  };
  var getMemory = (size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    assert(end <= HEAP8.length, "failure to getMemory - memory growth etc. is not supported there, call malloc/sbrk directly or increase INITIAL_MEMORY");
    ___heap_base = end;
    var sbrk_ptr = _emscripten_get_sbrk_ptr();
    HEAPU32[sbrk_ptr >> 2] = end;
    return ret;
  };
  var isInternalSym = (symName) => ["memory", "__memory_base", "__table_base", "__stack_pointer", "__indirect_function_table", "__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__");
  var wasmTableMirror = [];
  var getWasmTableEntry = (funcPtr) => {
    var func = wasmTableMirror[funcPtr];
    if (!func) {
      wasmTableMirror[funcPtr] = func = wasmTable.get(funcPtr);
    }
    assert(wasmTable.get(funcPtr) == func, "JavaScript-side Wasm function table mirror is out of date!");
    return func;
  };
  var updateTableMap = (offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  };
  var functionsInTableMap;
  var getFunctionAddress = (func) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func) || 0;
  };
  var freeTableIndexes = [];
  var getEmptyTableSlot = () => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    try {
      return wasmTable["grow"](1);
    } catch (err2) {
      if (!(err2 instanceof RangeError)) {
        throw err2;
      }
      abort("Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.");
    }
  };
  var setWasmTableEntry = (idx, func) => {
    wasmTable.set(idx, func);
    wasmTableMirror[idx] = wasmTable.get(idx);
  };
  var uleb128EncodeWithLen = (arr) => {
    const n = arr.length;
    assert(n < 16384);
    return [n % 128 | 128, n >> 7, ...arr];
  };
  var wasmTypeCodes = { i: 127, p: 127, j: 126, f: 125, d: 124, e: 111 };
  var generateTypePack = (types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    assert(code, `invalid signature char: ${type}`);
    return code;
  }));
  var convertJsFunctionToWasm = (func, sig) => {
    var bytes = Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0, 1, ...uleb128EncodeWithLen([1, 96, ...generateTypePack(sig.slice(1)), ...generateTypePack(sig[0] === "v" ? "" : sig[0])]), 2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0);
    var module = new WebAssembly.Module(bytes);
    var instance = new WebAssembly.Instance(module, { e: { f: func } });
    var wrappedFunc = instance.exports["f"];
    return wrappedFunc;
  };
  var addFunction = (func, sig) => {
    assert(typeof func != "undefined");
    var rtn = getFunctionAddress(func);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      assert(typeof sig != "undefined", "Missing signature argument to addFunction: " + func);
      var wrapped = convertJsFunctionToWasm(func, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func, ret);
    return ret;
  };
  var updateGOT = (exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      var existingEntry = GOT[symName] && GOT[symName].value != -1;
      if (replace || !existingEntry) {
        var newValue;
        if (typeof value == "function") {
          newValue = addFunction(value);
        } else if (typeof value.value == "number") {
          newValue = value;
        } else {
          continue;
        }
        GOT[symName] ??= new WebAssembly.Global({ value: "i32", mutable: true });
        GOT[symName].value = newValue;
      }
    }
  };
  var isImmutableGlobal = (val) => {
    if (val instanceof WebAssembly.Global) {
      try {
        val.value = val.value;
      } catch {
        return true;
      }
    }
    return false;
  };
  var relocateExports = (exports, memoryBase = 0) => {
    function relocateExport(name, value) {
      if (isImmutableGlobal(value)) {
        return new WebAssembly.Global({ value: "i32" }, value.value + memoryBase);
      }
      return value;
    }
    var relocated = {};
    for (var e in exports) {
      relocated[e] = relocateExport(e, exports[e]);
    }
    return relocated;
  };
  var isSymbolDefined = (symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  };
  var createNamedFunction = (name, func) => Object.defineProperty(func, "name", { value: name });
  var dynCall = (sig, ptr, args = [], promising = false) => {
    assert(ptr, `null function pointer in dynCall`);
    assert(!promising, "async dynCall is not supported in this mode");
    assert(getWasmTableEntry(ptr), `missing table entry in dynCall: ${ptr}`);
    var func = getWasmTableEntry(ptr);
    var rtn = func(...args);
    function convert(rtn2) {
      return rtn2;
    }
    return convert(rtn);
  };
  var stackSave = () => _emscripten_stack_get_current();
  var stackRestore = (val) => __emscripten_stack_restore(val);
  var createInvokeFunction = (sig) => (ptr, ...args) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  };
  var resolveGlobalSymbol = (symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createNamedFunction(symName, createInvokeFunction(symName.split("_")[1]));
    }
    return { sym, name: symName };
  };
  var onPostCtors = [];
  var addOnPostCtor = (cb) => onPostCtors.push(cb);
  var UTF8ToString = (ptr, maxBytesToRead, ignoreNul) => {
    assert(typeof ptr == "number", `UTF8ToString expects a number (got ${typeof ptr})`);
    return ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "";
  };
  var loadWebAssemblyModule = (binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var originalTable = wasmTable;
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        HEAPU32[handle + 12 >> 2] = memoryBase;
        HEAP32[handle + 16 >> 2] = metadata.memorySize;
        HEAPU32[handle + 20 >> 2] = tableBase;
        HEAP32[handle + 24 >> 2] = metadata.tableSize;
      }
      if (metadata.tableSize) {
        assert(wasmTable.length == tableBase, `unexpected table size while loading ${libName}: ${wasmTable.length}`);
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        assert(resolved, `undefined symbol '${sym}'. perhaps a side module was not linked in? if this global was expected to arrive from a system library, try to build the MAIN_MODULE with EMCC_FORCE_STDLIBS=1 in the environment`);
        return resolved;
      }
      var proxyHandler = { get(stubs, prop) {
        switch (prop) {
          case "__memory_base":
            return memoryBase;
          case "__table_base":
            return tableBase;
        }
        if (prop in wasmImports && !wasmImports[prop].stub) {
          var res = wasmImports[prop];
          return res;
        }
        if (!(prop in stubs)) {
          var resolved;
          stubs[prop] = (...args) => {
            resolved ||= resolveSymbol(prop);
            return resolved(...args);
          };
        }
        return stubs[prop];
      } };
      var proxy = new Proxy({}, proxyHandler);
      var GOTProxy = new Proxy(metadata.weakImports, GOTHandler);
      var info = { "GOT.mem": GOTProxy, "GOT.func": GOTProxy, env: proxy, wasi_snapshot_preview1: proxy };
      function postInstantiation(module2, instance2) {
        assert(wasmTable === originalTable);
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance2.exports, memoryBase);
        updateGOT(moduleExports);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body2) {
          var args = [];
          for (var arity = 0; ; arity++) {
            var argName = "$" + arity;
            if (!body2.includes(argName)) break;
            args.push(argName);
          }
          args = args.join(",");
          var func = `(${args}) => { ${body2} };`;
          abort("DYNAMIC_EXECUTION=0 was set, cannot eval");
        }
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"].value;
          var stop = moduleExports["__stop_em_asm"].value;
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name2, cSig, body2) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var arg of cSig) {
              var jsArg = arg.split(" ").pop();
              jsArgs.push(jsArg.replaceAll("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body2};`;
          abort("DYNAMIC_EXECUTION=0 was set, cannot eval");
        }
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name].value;
            var jsString = UTF8ToString(start);
            var [sig, body] = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), sig, body);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    flags = { ...flags, rpath: { parentLibPath: libName, paths: metadata.runtimePaths } };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, needed2) => chain.then(() => {
        needed2 = findLibraryFS(needed2, flags.rpath) ?? needed2;
        return loadDynamicLibrary(needed2, flags, localScope);
      }), Promise.resolve()).then(loadModule);
    }
    for (var needed of metadata.neededDynlibs) {
      needed = findLibraryFS(needed, flags.rpath) ?? needed;
      loadDynamicLibrary(needed, flags, localScope);
    }
    return loadModule();
  };
  var mergeLibSymbols = (exports, libName) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = (target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      };
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  };
  var asyncLoad = async (url) => {
    var arrayBuffer = await readAsync(url);
    assert(arrayBuffer, `Loading data file "${url}" failed (no arrayBuffer).`);
    return new Uint8Array(arrayBuffer);
  };
  var preloadPlugins = [];
  var registerWasmPlugin = () => {
    var wasmPlugin = { promiseChainEnd: Promise.resolve(), canHandle: (name) => !Module3["noWasmDecoding"] && name.endsWith(".so"), handle: async (byteArray, name) => wasmPlugin.promiseChainEnd = wasmPlugin.promiseChainEnd.then(async () => {
      try {
        var exports = await loadWebAssemblyModule(byteArray, { loadAsync: true, nodelete: true }, name, {});
      } catch (error) {
        throw new Error(`failed to instantiate wasm: ${name}: ${error}`);
      }
      preloadedWasm[name] = exports;
      return byteArray;
    }) };
    preloadPlugins.push(wasmPlugin);
  };
  var preloadedWasm = {};
  var nodePath = require2("path");
  var PATH = { isAbs: nodePath.isAbsolute, normalize: nodePath.normalize, dirname: nodePath.dirname, basename: nodePath.basename, join: nodePath.join, join2: nodePath.join };
  var replaceORIGIN = (parentLibName, rpath) => {
    if (rpath.startsWith("$ORIGIN")) {
      var origin = PATH.dirname(parentLibName);
      return rpath.replace("$ORIGIN", origin);
    }
    return rpath;
  };
  var withStackSave = (f) => {
    var stack = stackSave();
    var ret = f();
    stackRestore(stack);
    return ret;
  };
  var stackAlloc = (sz) => __emscripten_stack_alloc(sz);
  var lengthBytesUTF8 = (str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  };
  var stringToUTF8Array = (str, heap, outIdx, maxBytesToWrite) => {
    assert(typeof str === "string", `stringToUTF8Array expects a string (got ${typeof str})`);
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        if (u > 1114111) warnOnce("Invalid Unicode code point " + ptrToString(u) + " encountered when serializing a JS string to a UTF-8 string in wasm memory! (Valid unicode code points should be in range 0-0x10FFFF).");
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  };
  var stringToUTF8 = (str, outPtr, maxBytesToWrite) => {
    assert(typeof maxBytesToWrite == "number", "stringToUTF8(str, outPtr, maxBytesToWrite) is missing the third parameter that specifies the length of the output buffer!");
    return stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
  };
  var stringToUTF8OnStack = (str) => {
    var size = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str, ret, size);
    return ret;
  };
  var initRandomFill = () => {
    if (ENVIRONMENT_IS_NODE) {
      var nodeCrypto = require2("crypto");
      return (view) => nodeCrypto.randomFillSync(view);
    }
    return (view) => crypto.getRandomValues(view);
  };
  var randomFill = (view) => {
    (randomFill = initRandomFill())(view);
  };
  var PATH_FS = { resolve: (...paths) => {
    paths.unshift(FS2.cwd());
    return nodePath.posix.resolve(...paths);
  }, relative: (from, to) => nodePath.posix.relative(from || FS2.cwd(), to || FS2.cwd()) };
  var FS_stdin_getChar_buffer = [];
  var intArrayFromString = (stringy, dontAddNull, length) => {
    var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
    var u8array = new Array(len);
    var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
    if (dontAddNull) u8array.length = numBytesWritten;
    return u8array;
  };
  var FS_stdin_getChar = () => {
    if (!FS_stdin_getChar_buffer.length) {
      var result = null;
      if (ENVIRONMENT_IS_NODE) {
        var BUFSIZE = 256;
        var buf = Buffer.alloc(BUFSIZE);
        var bytesRead = 0;
        var fd = process.stdin.fd;
        try {
          bytesRead = fs.readSync(fd, buf, 0, BUFSIZE);
        } catch (e) {
          if (e.toString().includes("EOF")) bytesRead = 0;
          else throw e;
        }
        if (bytesRead > 0) {
          result = buf.slice(0, bytesRead).toString("utf-8");
        }
      } else {
      }
      if (!result) {
        return null;
      }
      FS_stdin_getChar_buffer = intArrayFromString(result, true);
    }
    return FS_stdin_getChar_buffer.shift();
  };
  var TTY = { ttys: [], init() {
  }, shutdown() {
  }, register(dev, ops) {
    TTY.ttys[dev] = { input: [], output: [], ops };
    FS2.registerDevice(dev, TTY.stream_ops);
  }, stream_ops: { open(stream) {
    var tty = TTY.ttys[stream.node.rdev];
    if (!tty) {
      throw new FS2.ErrnoError(43);
    }
    stream.tty = tty;
    stream.seekable = false;
  }, close(stream) {
    stream.tty.ops.fsync(stream.tty);
  }, fsync(stream) {
    stream.tty.ops.fsync(stream.tty);
  }, read(stream, buffer, offset, length, pos) {
    if (!stream.tty || !stream.tty.ops.get_char) {
      throw new FS2.ErrnoError(60);
    }
    var bytesRead = 0;
    for (var i2 = 0; i2 < length; i2++) {
      var result;
      try {
        result = stream.tty.ops.get_char(stream.tty);
      } catch (e) {
        throw new FS2.ErrnoError(29);
      }
      if (result === void 0 && bytesRead === 0) {
        throw new FS2.ErrnoError(6);
      }
      if (result === null || result === void 0) break;
      bytesRead++;
      buffer[offset + i2] = result;
    }
    if (bytesRead) {
      stream.node.atime = Date.now();
    }
    return bytesRead;
  }, write(stream, buffer, offset, length, pos) {
    if (!stream.tty || !stream.tty.ops.put_char) {
      throw new FS2.ErrnoError(60);
    }
    try {
      for (var i2 = 0; i2 < length; i2++) {
        stream.tty.ops.put_char(stream.tty, buffer[offset + i2]);
      }
    } catch (e) {
      throw new FS2.ErrnoError(29);
    }
    if (length) {
      stream.node.mtime = stream.node.ctime = Date.now();
    }
    return i2;
  } }, default_tty_ops: { get_char(tty) {
    return FS_stdin_getChar();
  }, put_char(tty, val) {
    if (val === null || val === 10) {
      out(UTF8ArrayToString(tty.output));
      tty.output = [];
    } else {
      if (val != 0) tty.output.push(val);
    }
  }, fsync(tty) {
    if (tty.output?.length > 0) {
      out(UTF8ArrayToString(tty.output));
      tty.output = [];
    }
  }, ioctl_tcgets(tty) {
    return { c_iflag: 25856, c_oflag: 5, c_cflag: 191, c_lflag: 35387, c_cc: [3, 28, 127, 21, 4, 0, 1, 0, 17, 19, 26, 0, 18, 15, 23, 22, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };
  }, ioctl_tcsets(tty, optional_actions, data) {
    return 0;
  }, ioctl_tiocgwinsz(tty) {
    return [24, 80];
  } }, default_tty1_ops: { put_char(tty, val) {
    if (val === null || val === 10) {
      err(UTF8ArrayToString(tty.output));
      tty.output = [];
    } else {
      if (val != 0) tty.output.push(val);
    }
  }, fsync(tty) {
    if (tty.output?.length > 0) {
      err(UTF8ArrayToString(tty.output));
      tty.output = [];
    }
  } } };
  var mmapAlloc = (size) => {
    abort("internal error: mmapAlloc called but `emscripten_builtin_memalign` native symbol not exported");
  };
  var MEMFS = { ops_table: null, mount(mount) {
    return MEMFS.createNode(null, "/", 16895, 0);
  }, createNode(parent, name, mode, dev) {
    if (FS2.isBlkdev(mode) || FS2.isFIFO(mode)) {
      throw new FS2.ErrnoError(63);
    }
    MEMFS.ops_table ||= { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS2.chrdev_stream_ops } };
    var node = FS2.createNode(parent, name, mode, dev);
    if (FS2.isDir(node.mode)) {
      node.node_ops = MEMFS.ops_table.dir.node;
      node.stream_ops = MEMFS.ops_table.dir.stream;
      node.contents = {};
    } else if (FS2.isFile(node.mode)) {
      node.node_ops = MEMFS.ops_table.file.node;
      node.stream_ops = MEMFS.ops_table.file.stream;
      node.usedBytes = 0;
      node.contents = null;
    } else if (FS2.isLink(node.mode)) {
      node.node_ops = MEMFS.ops_table.link.node;
      node.stream_ops = MEMFS.ops_table.link.stream;
    } else if (FS2.isChrdev(node.mode)) {
      node.node_ops = MEMFS.ops_table.chrdev.node;
      node.stream_ops = MEMFS.ops_table.chrdev.stream;
    }
    node.atime = node.mtime = node.ctime = Date.now();
    if (parent) {
      parent.contents[name] = node;
      parent.atime = parent.mtime = parent.ctime = node.atime;
    }
    return node;
  }, getFileDataAsTypedArray(node) {
    if (!node.contents) return new Uint8Array(0);
    if (node.contents.subarray) return node.contents.subarray(0, node.usedBytes);
    return new Uint8Array(node.contents);
  }, expandFileStorage(node, newCapacity) {
    var prevCapacity = node.contents ? node.contents.length : 0;
    if (prevCapacity >= newCapacity) return;
    var CAPACITY_DOUBLING_MAX = 1024 * 1024;
    newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) >>> 0);
    if (prevCapacity != 0) newCapacity = Math.max(newCapacity, 256);
    var oldContents = node.contents;
    node.contents = new Uint8Array(newCapacity);
    if (node.usedBytes > 0) node.contents.set(oldContents.subarray(0, node.usedBytes), 0);
  }, resizeFileStorage(node, newSize) {
    if (node.usedBytes == newSize) return;
    if (newSize == 0) {
      node.contents = null;
      node.usedBytes = 0;
    } else {
      var oldContents = node.contents;
      node.contents = new Uint8Array(newSize);
      if (oldContents) {
        node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
      }
      node.usedBytes = newSize;
    }
  }, node_ops: { getattr(node) {
    var attr = {};
    attr.dev = FS2.isChrdev(node.mode) ? node.id : 1;
    attr.ino = node.id;
    attr.mode = node.mode;
    attr.nlink = 1;
    attr.uid = 0;
    attr.gid = 0;
    attr.rdev = node.rdev;
    if (FS2.isDir(node.mode)) {
      attr.size = 4096;
    } else if (FS2.isFile(node.mode)) {
      attr.size = node.usedBytes;
    } else if (FS2.isLink(node.mode)) {
      attr.size = node.link.length;
    } else {
      attr.size = 0;
    }
    attr.atime = new Date(node.atime);
    attr.mtime = new Date(node.mtime);
    attr.ctime = new Date(node.ctime);
    attr.blksize = 4096;
    attr.blocks = Math.ceil(attr.size / attr.blksize);
    return attr;
  }, setattr(node, attr) {
    for (const key of ["mode", "atime", "mtime", "ctime"]) {
      if (attr[key] != null) {
        node[key] = attr[key];
      }
    }
    if (attr.size !== void 0) {
      MEMFS.resizeFileStorage(node, attr.size);
    }
  }, lookup(parent, name) {
    throw new FS2.ErrnoError(44);
  }, mknod(parent, name, mode, dev) {
    return MEMFS.createNode(parent, name, mode, dev);
  }, rename(old_node, new_dir, new_name) {
    var new_node;
    try {
      new_node = FS2.lookupNode(new_dir, new_name);
    } catch (e) {
    }
    if (new_node) {
      if (FS2.isDir(old_node.mode)) {
        for (var i2 in new_node.contents) {
          throw new FS2.ErrnoError(55);
        }
      }
      FS2.hashRemoveNode(new_node);
    }
    delete old_node.parent.contents[old_node.name];
    new_dir.contents[new_name] = old_node;
    old_node.name = new_name;
    new_dir.ctime = new_dir.mtime = old_node.parent.ctime = old_node.parent.mtime = Date.now();
  }, unlink(parent, name) {
    delete parent.contents[name];
    parent.ctime = parent.mtime = Date.now();
  }, rmdir(parent, name) {
    var node = FS2.lookupNode(parent, name);
    for (var i2 in node.contents) {
      throw new FS2.ErrnoError(55);
    }
    delete parent.contents[name];
    parent.ctime = parent.mtime = Date.now();
  }, readdir(node) {
    return [".", "..", ...Object.keys(node.contents)];
  }, symlink(parent, newname, oldpath) {
    var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
    node.link = oldpath;
    return node;
  }, readlink(node) {
    if (!FS2.isLink(node.mode)) {
      throw new FS2.ErrnoError(28);
    }
    return node.link;
  } }, stream_ops: { read(stream, buffer, offset, length, position) {
    var contents = stream.node.contents;
    if (position >= stream.node.usedBytes) return 0;
    var size = Math.min(stream.node.usedBytes - position, length);
    assert(size >= 0);
    if (size > 8 && contents.subarray) {
      buffer.set(contents.subarray(position, position + size), offset);
    } else {
      for (var i2 = 0; i2 < size; i2++) buffer[offset + i2] = contents[position + i2];
    }
    return size;
  }, write(stream, buffer, offset, length, position, canOwn) {
    assert(!(buffer instanceof ArrayBuffer));
    if (buffer.buffer === HEAP8.buffer) {
      canOwn = false;
    }
    if (!length) return 0;
    var node = stream.node;
    node.mtime = node.ctime = Date.now();
    if (buffer.subarray && (!node.contents || node.contents.subarray)) {
      if (canOwn) {
        assert(position === 0, "canOwn must imply no weird position inside the file");
        node.contents = buffer.subarray(offset, offset + length);
        node.usedBytes = length;
        return length;
      } else if (node.usedBytes === 0 && position === 0) {
        node.contents = buffer.slice(offset, offset + length);
        node.usedBytes = length;
        return length;
      } else if (position + length <= node.usedBytes) {
        node.contents.set(buffer.subarray(offset, offset + length), position);
        return length;
      }
    }
    MEMFS.expandFileStorage(node, position + length);
    if (node.contents.subarray && buffer.subarray) {
      node.contents.set(buffer.subarray(offset, offset + length), position);
    } else {
      for (var i2 = 0; i2 < length; i2++) {
        node.contents[position + i2] = buffer[offset + i2];
      }
    }
    node.usedBytes = Math.max(node.usedBytes, position + length);
    return length;
  }, llseek(stream, offset, whence) {
    var position = offset;
    if (whence === 1) {
      position += stream.position;
    } else if (whence === 2) {
      if (FS2.isFile(stream.node.mode)) {
        position += stream.node.usedBytes;
      }
    }
    if (position < 0) {
      throw new FS2.ErrnoError(28);
    }
    return position;
  }, mmap(stream, length, position, prot, flags) {
    if (!FS2.isFile(stream.node.mode)) {
      throw new FS2.ErrnoError(43);
    }
    var ptr;
    var allocated;
    var contents = stream.node.contents;
    if (!(flags & 2) && contents && contents.buffer === HEAP8.buffer) {
      allocated = false;
      ptr = contents.byteOffset;
    } else {
      allocated = true;
      ptr = mmapAlloc(length);
      if (!ptr) {
        throw new FS2.ErrnoError(48);
      }
      if (contents) {
        if (position > 0 || position + length < contents.length) {
          if (contents.subarray) {
            contents = contents.subarray(position, position + length);
          } else {
            contents = Array.prototype.slice.call(contents, position, position + length);
          }
        }
        HEAP8.set(contents, ptr);
      }
    }
    return { ptr, allocated };
  }, msync(stream, buffer, offset, length, mmapFlags) {
    MEMFS.stream_ops.write(stream, buffer, 0, length, offset, false);
    return 0;
  } } };
  var FS_modeStringToFlags = (str) => {
    var flagModes = { r: 0, "r+": 2, w: 512 | 64 | 1, "w+": 512 | 64 | 2, a: 1024 | 64 | 1, "a+": 1024 | 64 | 2 };
    var flags = flagModes[str];
    if (typeof flags == "undefined") {
      throw new Error(`Unknown file open mode: ${str}`);
    }
    return flags;
  };
  var FS_getMode = (canRead, canWrite) => {
    var mode = 0;
    if (canRead) mode |= 292 | 73;
    if (canWrite) mode |= 146;
    return mode;
  };
  var ERRNO_CODES = { EPERM: 63, ENOENT: 44, ESRCH: 71, EINTR: 27, EIO: 29, ENXIO: 60, E2BIG: 1, ENOEXEC: 45, EBADF: 8, ECHILD: 12, EAGAIN: 6, EWOULDBLOCK: 6, ENOMEM: 48, EACCES: 2, EFAULT: 21, ENOTBLK: 105, EBUSY: 10, EEXIST: 20, EXDEV: 75, ENODEV: 43, ENOTDIR: 54, EISDIR: 31, EINVAL: 28, ENFILE: 41, EMFILE: 33, ENOTTY: 59, ETXTBSY: 74, EFBIG: 22, ENOSPC: 51, ESPIPE: 70, EROFS: 69, EMLINK: 34, EPIPE: 64, EDOM: 18, ERANGE: 68, ENOMSG: 49, EIDRM: 24, ECHRNG: 106, EL2NSYNC: 156, EL3HLT: 107, EL3RST: 108, ELNRNG: 109, EUNATCH: 110, ENOCSI: 111, EL2HLT: 112, EDEADLK: 16, ENOLCK: 46, EBADE: 113, EBADR: 114, EXFULL: 115, ENOANO: 104, EBADRQC: 103, EBADSLT: 102, EDEADLOCK: 16, EBFONT: 101, ENOSTR: 100, ENODATA: 116, ETIME: 117, ENOSR: 118, ENONET: 119, ENOPKG: 120, EREMOTE: 121, ENOLINK: 47, EADV: 122, ESRMNT: 123, ECOMM: 124, EPROTO: 65, EMULTIHOP: 36, EDOTDOT: 125, EBADMSG: 9, ENOTUNIQ: 126, EBADFD: 127, EREMCHG: 128, ELIBACC: 129, ELIBBAD: 130, ELIBSCN: 131, ELIBMAX: 132, ELIBEXEC: 133, ENOSYS: 52, ENOTEMPTY: 55, ENAMETOOLONG: 37, ELOOP: 32, EOPNOTSUPP: 138, EPFNOSUPPORT: 139, ECONNRESET: 15, ENOBUFS: 42, EAFNOSUPPORT: 5, EPROTOTYPE: 67, ENOTSOCK: 57, ENOPROTOOPT: 50, ESHUTDOWN: 140, ECONNREFUSED: 14, EADDRINUSE: 3, ECONNABORTED: 13, ENETUNREACH: 40, ENETDOWN: 38, ETIMEDOUT: 73, EHOSTDOWN: 142, EHOSTUNREACH: 23, EINPROGRESS: 26, EALREADY: 7, EDESTADDRREQ: 17, EMSGSIZE: 35, EPROTONOSUPPORT: 66, ESOCKTNOSUPPORT: 137, EADDRNOTAVAIL: 4, ENETRESET: 39, EISCONN: 30, ENOTCONN: 53, ETOOMANYREFS: 141, EUSERS: 136, EDQUOT: 19, ESTALE: 72, ENOTSUP: 138, ENOMEDIUM: 148, EILSEQ: 25, EOVERFLOW: 61, ECANCELED: 11, ENOTRECOVERABLE: 56, EOWNERDEAD: 62, ESTRPIPE: 135 };
  var NODEFS = { isWindows: false, staticInit() {
    NODEFS.isWindows = !!process.platform.match(/^win/);
    var flags = process.binding("constants")["fs"];
    NODEFS.flagsForNodeMap = { 1024: flags["O_APPEND"], 64: flags["O_CREAT"], 128: flags["O_EXCL"], 256: flags["O_NOCTTY"], 0: flags["O_RDONLY"], 2: flags["O_RDWR"], 4096: flags["O_SYNC"], 512: flags["O_TRUNC"], 1: flags["O_WRONLY"], 131072: flags["O_NOFOLLOW"] };
    assert(NODEFS.flagsForNodeMap["0"] === 0);
  }, convertNodeCode(e) {
    var code = e.code;
    assert(code in ERRNO_CODES, `unexpected node error code: ${code} (${e})`);
    return ERRNO_CODES[code];
  }, tryFSOperation(f) {
    try {
      return f();
    } catch (e) {
      if (!e.code) throw e;
      if (e.code === "UNKNOWN") throw new FS2.ErrnoError(28);
      throw new FS2.ErrnoError(NODEFS.convertNodeCode(e));
    }
  }, mount(mount) {
    assert(ENVIRONMENT_IS_NODE);
    return NODEFS.createNode(null, "/", NODEFS.getMode(mount.opts.root), 0);
  }, createNode(parent, name, mode, dev) {
    if (!FS2.isDir(mode) && !FS2.isFile(mode) && !FS2.isLink(mode)) {
      throw new FS2.ErrnoError(28);
    }
    var node = FS2.createNode(parent, name, mode);
    node.node_ops = NODEFS.node_ops;
    node.stream_ops = NODEFS.stream_ops;
    return node;
  }, getMode(path) {
    return NODEFS.tryFSOperation(() => {
      var mode = fs.lstatSync(path).mode;
      if (NODEFS.isWindows) {
        mode |= (mode & 292) >> 2;
      }
      return mode;
    });
  }, realPath(node) {
    var parts = [];
    while (node.parent !== node) {
      parts.push(node.name);
      node = node.parent;
    }
    parts.push(node.mount.opts.root);
    parts.reverse();
    return PATH.join(...parts);
  }, flagsForNode(flags) {
    flags &= ~2097152;
    flags &= ~2048;
    flags &= ~32768;
    flags &= ~524288;
    flags &= ~65536;
    var newFlags = 0;
    for (var k in NODEFS.flagsForNodeMap) {
      if (flags & k) {
        newFlags |= NODEFS.flagsForNodeMap[k];
        flags ^= k;
      }
    }
    if (flags) {
      throw new FS2.ErrnoError(28);
    }
    return newFlags;
  }, getattr(func, node) {
    var stat = NODEFS.tryFSOperation(func);
    if (NODEFS.isWindows) {
      if (!stat.blksize) {
        stat.blksize = 4096;
      }
      if (!stat.blocks) {
        stat.blocks = (stat.size + stat.blksize - 1) / stat.blksize | 0;
      }
      stat.mode |= (stat.mode & 292) >> 2;
    }
    return { dev: stat.dev, ino: node.id, mode: stat.mode, nlink: stat.nlink, uid: stat.uid, gid: stat.gid, rdev: stat.rdev, size: stat.size, atime: stat.atime, mtime: stat.mtime, ctime: stat.ctime, blksize: stat.blksize, blocks: stat.blocks };
  }, setattr(arg, node, attr, chmod, utimes, truncate, stat) {
    NODEFS.tryFSOperation(() => {
      if (attr.mode !== void 0) {
        var mode = attr.mode;
        if (NODEFS.isWindows) {
          mode &= 384;
        }
        chmod(arg, mode);
        node.mode = attr.mode;
      }
      if (typeof (attr.atime ?? attr.mtime) === "number") {
        var atime = new Date(attr.atime ?? stat(arg).atime);
        var mtime = new Date(attr.mtime ?? stat(arg).mtime);
        utimes(arg, atime, mtime);
      }
      if (attr.size !== void 0) {
        truncate(arg, attr.size);
      }
    });
  }, node_ops: { getattr(node) {
    var path = NODEFS.realPath(node);
    return NODEFS.getattr(() => fs.lstatSync(path), node);
  }, setattr(node, attr) {
    var path = NODEFS.realPath(node);
    if (attr.mode != null && attr.dontFollow) {
      throw new FS2.ErrnoError(52);
    }
    NODEFS.setattr(path, node, attr, fs.chmodSync, fs.utimesSync, fs.truncateSync, fs.lstatSync);
  }, lookup(parent, name) {
    var path = PATH.join2(NODEFS.realPath(parent), name);
    var mode = NODEFS.getMode(path);
    return NODEFS.createNode(parent, name, mode);
  }, mknod(parent, name, mode, dev) {
    var node = NODEFS.createNode(parent, name, mode, dev);
    var path = NODEFS.realPath(node);
    NODEFS.tryFSOperation(() => {
      if (FS2.isDir(node.mode)) {
        fs.mkdirSync(path, node.mode);
      } else {
        fs.writeFileSync(path, "", { mode: node.mode });
      }
    });
    return node;
  }, rename(oldNode, newDir, newName) {
    var oldPath = NODEFS.realPath(oldNode);
    var newPath = PATH.join2(NODEFS.realPath(newDir), newName);
    try {
      FS2.unlink(newPath);
    } catch (e) {
    }
    NODEFS.tryFSOperation(() => fs.renameSync(oldPath, newPath));
    oldNode.name = newName;
  }, unlink(parent, name) {
    var path = PATH.join2(NODEFS.realPath(parent), name);
    NODEFS.tryFSOperation(() => fs.unlinkSync(path));
  }, rmdir(parent, name) {
    var path = PATH.join2(NODEFS.realPath(parent), name);
    NODEFS.tryFSOperation(() => fs.rmdirSync(path));
  }, readdir(node) {
    var path = NODEFS.realPath(node);
    return NODEFS.tryFSOperation(() => fs.readdirSync(path));
  }, symlink(parent, newName, oldPath) {
    var newPath = PATH.join2(NODEFS.realPath(parent), newName);
    NODEFS.tryFSOperation(() => fs.symlinkSync(oldPath, newPath));
  }, readlink(node) {
    var path = NODEFS.realPath(node);
    return NODEFS.tryFSOperation(() => fs.readlinkSync(path));
  }, statfs(path) {
    var stats = NODEFS.tryFSOperation(() => fs.statfsSync(path));
    stats.frsize = stats.bsize;
    return stats;
  } }, stream_ops: { getattr(stream) {
    return NODEFS.getattr(() => fs.fstatSync(stream.nfd), stream.node);
  }, setattr(stream, attr) {
    NODEFS.setattr(stream.nfd, stream.node, attr, fs.fchmodSync, fs.futimesSync, fs.ftruncateSync, fs.fstatSync);
  }, open(stream) {
    var path = NODEFS.realPath(stream.node);
    NODEFS.tryFSOperation(() => {
      stream.shared.refcount = 1;
      stream.nfd = fs.openSync(path, NODEFS.flagsForNode(stream.flags));
    });
  }, close(stream) {
    NODEFS.tryFSOperation(() => {
      if (stream.nfd && --stream.shared.refcount === 0) {
        fs.closeSync(stream.nfd);
      }
    });
  }, dup(stream) {
    stream.shared.refcount++;
  }, read(stream, buffer, offset, length, position) {
    return NODEFS.tryFSOperation(() => fs.readSync(stream.nfd, buffer, offset, length, position));
  }, write(stream, buffer, offset, length, position) {
    return NODEFS.tryFSOperation(() => fs.writeSync(stream.nfd, buffer, offset, length, position));
  }, llseek(stream, offset, whence) {
    var position = offset;
    if (whence === 1) {
      position += stream.position;
    } else if (whence === 2) {
      if (FS2.isFile(stream.node.mode)) {
        NODEFS.tryFSOperation(() => {
          var stat = fs.fstatSync(stream.nfd);
          position += stat.size;
        });
      }
    }
    if (position < 0) {
      throw new FS2.ErrnoError(28);
    }
    return position;
  }, mmap(stream, length, position, prot, flags) {
    if (!FS2.isFile(stream.node.mode)) {
      throw new FS2.ErrnoError(43);
    }
    var ptr = mmapAlloc(length);
    NODEFS.stream_ops.read(stream, HEAP8, ptr, length, position);
    return { ptr, allocated: true };
  }, msync(stream, buffer, offset, length, mmapFlags) {
    NODEFS.stream_ops.write(stream, buffer, 0, length, offset, false);
    return 0;
  } } };
  var NODERAWFS = { lookup(parent, name) {
    assert(parent);
    assert(parent.path);
    return FS2.lookupPath(`${parent.path}/${name}`).node;
  }, lookupPath(path, opts = {}) {
    if (opts.parent) {
      path = PATH.dirname(path);
    }
    var st = fs.lstatSync(path);
    var mode = NODEFS.getMode(path);
    return { path, node: { id: st.ino, mode, node_ops: NODERAWFS, path } };
  }, createStandardStreams() {
    FS2.createStream({ nfd: 0, position: 0, path: "/dev/stdin", flags: 0, tty: true, seekable: false }, 0);
    var paths = [, "/dev/stdout", "/dev/stderr"];
    for (var i2 = 1; i2 < 3; i2++) {
      FS2.createStream({ nfd: i2, position: 0, path: paths[i2], flags: 577, tty: true, seekable: false }, i2);
    }
  }, cwd() {
    return process.cwd();
  }, chdir(...args) {
    process.chdir(...args);
  }, mknod(path, mode) {
    if (FS2.isDir(path)) {
      fs.mkdirSync(path, mode);
    } else {
      fs.writeFileSync(path, "", { mode });
    }
  }, mkdir(...args) {
    fs.mkdirSync(...args);
  }, symlink(...args) {
    fs.symlinkSync(...args);
  }, rename(...args) {
    fs.renameSync(...args);
  }, rmdir(...args) {
    fs.rmdirSync(...args);
  }, readdir(...args) {
    return [".", ".."].concat(fs.readdirSync(...args));
  }, unlink(...args) {
    fs.unlinkSync(...args);
  }, readlink(...args) {
    return fs.readlinkSync(...args);
  }, stat(path, dontFollow) {
    var stat = dontFollow ? fs.lstatSync(path) : fs.statSync(path);
    if (NODEFS.isWindows) {
      stat.mode |= (stat.mode & 292) >> 2;
    }
    return stat;
  }, fstat(fd) {
    var stream = FS2.getStreamChecked(fd);
    return fs.fstatSync(stream.nfd);
  }, statfs(path) {
    var defaults = { fsid: 42, flags: 2, namelen: 255 };
    return Object.assign(defaults, fs.statfsSync(path));
  }, statfsStream(stream) {
    return FS2.statfs(stream.path);
  }, chmod(path, mode, dontFollow) {
    mode &= 4095;
    if (NODEFS.isWindows) {
      mode &= 384;
    }
    if (dontFollow && fs.lstatSync(path).isSymbolicLink()) {
      throw new FS2.ErrnoError(138);
    }
    fs.chmodSync(path, mode);
  }, fchmod(fd, mode) {
    var stream = FS2.getStreamChecked(fd);
    fs.fchmodSync(stream.nfd, mode);
  }, chown(...args) {
    fs.chownSync(...args);
  }, fchown(fd, owner, group) {
    var stream = FS2.getStreamChecked(fd);
    fs.fchownSync(stream.nfd, owner, group);
  }, truncate(path, len) {
    if (len < 0) {
      throw new FS2.ErrnoError(28);
    }
    return fs.truncateSync(path, len);
  }, ftruncate(fd, len) {
    if (len < 0) {
      throw new FS2.ErrnoError(28);
    }
    var stream = FS2.getStreamChecked(fd);
    fs.ftruncateSync(stream.nfd, len);
  }, utime(path, atime, mtime) {
    if (atime === null || mtime === null) {
      var st = fs.statSync(path);
      atime ||= st.atimeMs;
      mtime ||= st.mtimeMs;
    }
    fs.utimesSync(path, atime / 1e3, mtime / 1e3);
  }, open(path, flags, mode) {
    if (typeof flags == "string") {
      flags = FS_modeStringToFlags(flags);
    }
    var pathTruncated = path.split("/").map((s) => s.slice(0, 255)).join("/");
    var nfd = fs.openSync(pathTruncated, NODEFS.flagsForNode(flags), mode);
    var st = fs.fstatSync(nfd);
    if (flags & 65536 && !st.isDirectory()) {
      fs.closeSync(nfd);
      throw new FS2.ErrnoError(ERRNO_CODES.ENOTDIR);
    }
    var newMode = NODEFS.getMode(pathTruncated);
    var node = { id: st.ino, mode: newMode, node_ops: NODERAWFS, path };
    return FS2.createStream({ nfd, position: 0, path, flags, node, seekable: true });
  }, createStream(stream, fd) {
    var rtn = VFS.createStream(stream, fd);
    if (typeof rtn.shared.refcnt == "undefined") {
      rtn.shared.refcnt = 1;
    } else {
      rtn.shared.refcnt++;
    }
    return rtn;
  }, close(stream) {
    VFS.closeStream(stream.fd);
    if (!stream.stream_ops && --stream.shared.refcnt <= 0 && stream.nfd > 2) {
      fs.closeSync(stream.nfd);
    }
  }, llseek(stream, offset, whence) {
    if (stream.stream_ops) {
      return VFS.llseek(stream, offset, whence);
    }
    var position = offset;
    if (whence === 1) {
      position += stream.position;
    } else if (whence === 2) {
      position += fs.fstatSync(stream.nfd).size;
    } else if (whence !== 0) {
      throw new FS2.ErrnoError(28);
    }
    if (position < 0) {
      throw new FS2.ErrnoError(28);
    }
    stream.position = position;
    return position;
  }, read(stream, buffer, offset, length, position) {
    if (stream.stream_ops) {
      return VFS.read(stream, buffer, offset, length, position);
    }
    var seeking = typeof position != "undefined";
    if (!seeking && stream.seekable) position = stream.position;
    var bytesRead = fs.readSync(stream.nfd, buffer, offset, length, position);
    if (!seeking) stream.position += bytesRead;
    return bytesRead;
  }, write(stream, buffer, offset, length, position) {
    if (stream.stream_ops) {
      return VFS.write(stream, buffer, offset, length, position);
    }
    if (stream.flags & 1024) {
      FS2.llseek(stream, 0, 2);
    }
    var seeking = typeof position != "undefined";
    if (!seeking && stream.seekable) position = stream.position;
    var bytesWritten = fs.writeSync(stream.nfd, buffer, offset, length, position);
    if (!seeking) stream.position += bytesWritten;
    return bytesWritten;
  }, mmap(stream, length, position, prot, flags) {
    if (!length) {
      throw new FS2.ErrnoError(28);
    }
    if (stream.stream_ops) {
      return VFS.mmap(stream, length, position, prot, flags);
    }
    var ptr = mmapAlloc(length);
    FS2.read(stream, HEAP8, ptr, length, position);
    return { ptr, allocated: true };
  }, msync(stream, buffer, offset, length, mmapFlags) {
    if (stream.stream_ops) {
      return VFS.msync(stream, buffer, offset, length, mmapFlags);
    }
    FS2.write(stream, buffer, 0, length, offset);
    return 0;
  }, ioctl() {
    throw new FS2.ErrnoError(59);
  } };
  var strError = (errno) => UTF8ToString(_strerror(errno));
  var FS_createDataFile = (...args) => FS2.createDataFile(...args);
  var getUniqueRunDependency = (id) => {
    var orig = id;
    while (1) {
      if (!runDependencyTracking[id]) return id;
      id = orig + Math.random();
    }
  };
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var runDependencyTracking = {};
  var runDependencyWatcher = null;
  var removeRunDependency = (id) => {
    runDependencies--;
    Module3["monitorRunDependencies"]?.(runDependencies);
    assert(id, "removeRunDependency requires an ID");
    assert(runDependencyTracking[id]);
    delete runDependencyTracking[id];
    if (runDependencies == 0) {
      if (runDependencyWatcher !== null) {
        clearInterval(runDependencyWatcher);
        runDependencyWatcher = null;
      }
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  };
  var addRunDependency = (id) => {
    runDependencies++;
    Module3["monitorRunDependencies"]?.(runDependencies);
    assert(id, "addRunDependency requires an ID");
    assert(!runDependencyTracking[id]);
    runDependencyTracking[id] = 1;
    if (runDependencyWatcher === null && globalThis.setInterval) {
      runDependencyWatcher = setInterval(() => {
        if (ABORT) {
          clearInterval(runDependencyWatcher);
          runDependencyWatcher = null;
          return;
        }
        var shown = false;
        for (var dep in runDependencyTracking) {
          if (!shown) {
            shown = true;
            err("still waiting on run dependencies:");
          }
          err(`dependency: ${dep}`);
        }
        if (shown) {
          err("(end of list)");
        }
      }, 1e4);
      runDependencyWatcher.unref?.();
    }
  };
  var FS_handledByPreloadPlugin = async (byteArray, fullname) => {
    if (typeof Browser != "undefined") Browser.init();
    for (var plugin of preloadPlugins) {
      if (plugin["canHandle"](fullname)) {
        assert(plugin["handle"].constructor.name === "AsyncFunction", "Filesystem plugin handlers must be async functions (See #24914)");
        return plugin["handle"](byteArray, fullname);
      }
    }
    return byteArray;
  };
  var FS_preloadFile = async (parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish) => {
    var fullname = name ? PATH_FS.resolve(PATH.join2(parent, name)) : parent;
    var dep = getUniqueRunDependency(`cp ${fullname}`);
    addRunDependency(dep);
    try {
      var byteArray = url;
      if (typeof url == "string") {
        byteArray = await asyncLoad(url);
      }
      byteArray = await FS_handledByPreloadPlugin(byteArray, fullname);
      preFinish?.();
      if (!dontCreateFile) {
        FS_createDataFile(parent, name, byteArray, canRead, canWrite, canOwn);
      }
    } finally {
      removeRunDependency(dep);
    }
  };
  var FS_createPreloadedFile = (parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) => {
    FS_preloadFile(parent, name, url, canRead, canWrite, dontCreateFile, canOwn, preFinish).then(onload).catch(onerror);
  };
  var FS2 = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, filesystems: null, syncFSRequests: 0, readFiles: {}, ErrnoError: class extends Error {
    name = "ErrnoError";
    constructor(errno) {
      super(runtimeInitialized ? strError(errno) : "");
      this.errno = errno;
      for (var key in ERRNO_CODES) {
        if (ERRNO_CODES[key] === errno) {
          this.code = key;
          break;
        }
      }
    }
  }, FSStream: class {
    shared = {};
    get object() {
      return this.node;
    }
    set object(val) {
      this.node = val;
    }
    get isRead() {
      return (this.flags & 2097155) !== 1;
    }
    get isWrite() {
      return (this.flags & 2097155) !== 0;
    }
    get isAppend() {
      return this.flags & 1024;
    }
    get flags() {
      return this.shared.flags;
    }
    set flags(val) {
      this.shared.flags = val;
    }
    get position() {
      return this.shared.position;
    }
    set position(val) {
      this.shared.position = val;
    }
  }, FSNode: class {
    node_ops = {};
    stream_ops = {};
    readMode = 292 | 73;
    writeMode = 146;
    mounted = null;
    constructor(parent, name, mode, rdev) {
      if (!parent) {
        parent = this;
      }
      this.parent = parent;
      this.mount = parent.mount;
      this.id = FS2.nextInode++;
      this.name = name;
      this.mode = mode;
      this.rdev = rdev;
      this.atime = this.mtime = this.ctime = Date.now();
    }
    get read() {
      return (this.mode & this.readMode) === this.readMode;
    }
    set read(val) {
      val ? this.mode |= this.readMode : this.mode &= ~this.readMode;
    }
    get write() {
      return (this.mode & this.writeMode) === this.writeMode;
    }
    set write(val) {
      val ? this.mode |= this.writeMode : this.mode &= ~this.writeMode;
    }
    get isFolder() {
      return FS2.isDir(this.mode);
    }
    get isDevice() {
      return FS2.isChrdev(this.mode);
    }
  }, lookupPath(path, opts = {}) {
    if (!path) {
      throw new FS2.ErrnoError(44);
    }
    opts.follow_mount ??= true;
    if (!PATH.isAbs(path)) {
      path = FS2.cwd() + "/" + path;
    }
    linkloop: for (var nlinks = 0; nlinks < 40; nlinks++) {
      var parts = path.split("/").filter((p) => !!p);
      var current = FS2.root;
      var current_path = "/";
      for (var i2 = 0; i2 < parts.length; i2++) {
        var islast = i2 === parts.length - 1;
        if (islast && opts.parent) {
          break;
        }
        if (parts[i2] === ".") {
          continue;
        }
        if (parts[i2] === "..") {
          current_path = PATH.dirname(current_path);
          if (FS2.isRoot(current)) {
            path = current_path + "/" + parts.slice(i2 + 1).join("/");
            nlinks--;
            continue linkloop;
          } else {
            current = current.parent;
          }
          continue;
        }
        current_path = PATH.join2(current_path, parts[i2]);
        try {
          current = FS2.lookupNode(current, parts[i2]);
        } catch (e) {
          if (e?.errno === 44 && islast && opts.noent_okay) {
            return { path: current_path };
          }
          throw e;
        }
        if (FS2.isMountpoint(current) && (!islast || opts.follow_mount)) {
          current = current.mounted.root;
        }
        if (FS2.isLink(current.mode) && (!islast || opts.follow)) {
          if (!current.node_ops.readlink) {
            throw new FS2.ErrnoError(52);
          }
          var link = current.node_ops.readlink(current);
          if (!PATH.isAbs(link)) {
            link = PATH.dirname(current_path) + "/" + link;
          }
          path = link + "/" + parts.slice(i2 + 1).join("/");
          continue linkloop;
        }
      }
      return { path: current_path, node: current };
    }
    throw new FS2.ErrnoError(32);
  }, getPath(node) {
    var path;
    while (true) {
      if (FS2.isRoot(node)) {
        var mount = node.mount.mountpoint;
        if (!path) return mount;
        return mount[mount.length - 1] !== "/" ? `${mount}/${path}` : mount + path;
      }
      path = path ? `${node.name}/${path}` : node.name;
      node = node.parent;
    }
  }, hashName(parentid, name) {
    var hash = 0;
    for (var i2 = 0; i2 < name.length; i2++) {
      hash = (hash << 5) - hash + name.charCodeAt(i2) | 0;
    }
    return (parentid + hash >>> 0) % FS2.nameTable.length;
  }, hashAddNode(node) {
    var hash = FS2.hashName(node.parent.id, node.name);
    node.name_next = FS2.nameTable[hash];
    FS2.nameTable[hash] = node;
  }, hashRemoveNode(node) {
    var hash = FS2.hashName(node.parent.id, node.name);
    if (FS2.nameTable[hash] === node) {
      FS2.nameTable[hash] = node.name_next;
    } else {
      var current = FS2.nameTable[hash];
      while (current) {
        if (current.name_next === node) {
          current.name_next = node.name_next;
          break;
        }
        current = current.name_next;
      }
    }
  }, lookupNode(parent, name) {
    var errCode = FS2.mayLookup(parent);
    if (errCode) {
      throw new FS2.ErrnoError(errCode);
    }
    var hash = FS2.hashName(parent.id, name);
    for (var node = FS2.nameTable[hash]; node; node = node.name_next) {
      var nodeName = node.name;
      if (node.parent.id === parent.id && nodeName === name) {
        return node;
      }
    }
    return FS2.lookup(parent, name);
  }, createNode(parent, name, mode, rdev) {
    assert(typeof parent == "object");
    var node = new FS2.FSNode(parent, name, mode, rdev);
    FS2.hashAddNode(node);
    return node;
  }, destroyNode(node) {
    FS2.hashRemoveNode(node);
  }, isRoot(node) {
    return node === node.parent;
  }, isMountpoint(node) {
    return !!node.mounted;
  }, isFile(mode) {
    return (mode & 61440) === 32768;
  }, isDir(mode) {
    return (mode & 61440) === 16384;
  }, isLink(mode) {
    return (mode & 61440) === 40960;
  }, isChrdev(mode) {
    return (mode & 61440) === 8192;
  }, isBlkdev(mode) {
    return (mode & 61440) === 24576;
  }, isFIFO(mode) {
    return (mode & 61440) === 4096;
  }, isSocket(mode) {
    return (mode & 49152) === 49152;
  }, flagsToPermissionString(flag) {
    var perms = ["r", "w", "rw"][flag & 3];
    if (flag & 512) {
      perms += "w";
    }
    return perms;
  }, nodePermissions(node, perms) {
    if (FS2.ignorePermissions) {
      return 0;
    }
    if (perms.includes("r") && !(node.mode & 292)) {
      return 2;
    } else if (perms.includes("w") && !(node.mode & 146)) {
      return 2;
    } else if (perms.includes("x") && !(node.mode & 73)) {
      return 2;
    }
    return 0;
  }, mayLookup(dir) {
    if (!FS2.isDir(dir.mode)) return 54;
    var errCode = FS2.nodePermissions(dir, "x");
    if (errCode) return errCode;
    if (!dir.node_ops.lookup) return 2;
    return 0;
  }, mayCreate(dir, name) {
    if (!FS2.isDir(dir.mode)) {
      return 54;
    }
    try {
      var node = FS2.lookupNode(dir, name);
      return 20;
    } catch (e) {
    }
    return FS2.nodePermissions(dir, "wx");
  }, mayDelete(dir, name, isdir) {
    var node;
    try {
      node = FS2.lookupNode(dir, name);
    } catch (e) {
      return e.errno;
    }
    var errCode = FS2.nodePermissions(dir, "wx");
    if (errCode) {
      return errCode;
    }
    if (isdir) {
      if (!FS2.isDir(node.mode)) {
        return 54;
      }
      if (FS2.isRoot(node) || FS2.getPath(node) === FS2.cwd()) {
        return 10;
      }
    } else {
      if (FS2.isDir(node.mode)) {
        return 31;
      }
    }
    return 0;
  }, mayOpen(node, flags) {
    if (!node) {
      return 44;
    }
    if (FS2.isLink(node.mode)) {
      return 32;
    } else if (FS2.isDir(node.mode)) {
      if (FS2.flagsToPermissionString(flags) !== "r" || flags & (512 | 64)) {
        return 31;
      }
    }
    return FS2.nodePermissions(node, FS2.flagsToPermissionString(flags));
  }, checkOpExists(op, err2) {
    if (!op) {
      throw new FS2.ErrnoError(err2);
    }
    return op;
  }, MAX_OPEN_FDS: 4096, nextfd() {
    for (var fd = 0; fd <= FS2.MAX_OPEN_FDS; fd++) {
      if (!FS2.streams[fd]) {
        return fd;
      }
    }
    throw new FS2.ErrnoError(33);
  }, getStreamChecked(fd) {
    var stream = FS2.getStream(fd);
    if (!stream) {
      throw new FS2.ErrnoError(8);
    }
    return stream;
  }, getStream: (fd) => FS2.streams[fd], createStream(stream, fd = -1) {
    assert(fd >= -1);
    stream = Object.assign(new FS2.FSStream(), stream);
    if (fd == -1) {
      fd = FS2.nextfd();
    }
    stream.fd = fd;
    FS2.streams[fd] = stream;
    return stream;
  }, closeStream(fd) {
    FS2.streams[fd] = null;
  }, dupStream(origStream, fd = -1) {
    var stream = FS2.createStream(origStream, fd);
    stream.stream_ops?.dup?.(stream);
    return stream;
  }, doSetAttr(stream, node, attr) {
    var setattr = stream?.stream_ops.setattr;
    var arg = setattr ? stream : node;
    setattr ??= node.node_ops.setattr;
    FS2.checkOpExists(setattr, 63);
    setattr(arg, attr);
  }, chrdev_stream_ops: { open(stream) {
    var device = FS2.getDevice(stream.node.rdev);
    stream.stream_ops = device.stream_ops;
    stream.stream_ops.open?.(stream);
  }, llseek() {
    throw new FS2.ErrnoError(70);
  } }, major: (dev) => dev >> 8, minor: (dev) => dev & 255, makedev: (ma, mi) => ma << 8 | mi, registerDevice(dev, ops) {
    FS2.devices[dev] = { stream_ops: ops };
  }, getDevice: (dev) => FS2.devices[dev], getMounts(mount) {
    var mounts = [];
    var check = [mount];
    while (check.length) {
      var m = check.pop();
      mounts.push(m);
      check.push(...m.mounts);
    }
    return mounts;
  }, syncfs(populate, callback) {
    if (typeof populate == "function") {
      callback = populate;
      populate = false;
    }
    FS2.syncFSRequests++;
    if (FS2.syncFSRequests > 1) {
      err(`warning: ${FS2.syncFSRequests} FS.syncfs operations in flight at once, probably just doing extra work`);
    }
    var mounts = FS2.getMounts(FS2.root.mount);
    var completed = 0;
    function doCallback(errCode) {
      assert(FS2.syncFSRequests > 0);
      FS2.syncFSRequests--;
      return callback(errCode);
    }
    function done(errCode) {
      if (errCode) {
        if (!done.errored) {
          done.errored = true;
          return doCallback(errCode);
        }
        return;
      }
      if (++completed >= mounts.length) {
        doCallback(null);
      }
    }
    for (var mount of mounts) {
      if (mount.type.syncfs) {
        mount.type.syncfs(mount, populate, done);
      } else {
        done(null);
      }
    }
  }, mount(type, opts, mountpoint) {
    if (typeof type == "string") {
      throw type;
    }
    var root = mountpoint === "/";
    var pseudo = !mountpoint;
    var node;
    if (root && FS2.root) {
      throw new FS2.ErrnoError(10);
    } else if (!root && !pseudo) {
      var lookup = FS2.lookupPath(mountpoint, { follow_mount: false });
      mountpoint = lookup.path;
      node = lookup.node;
      if (FS2.isMountpoint(node)) {
        throw new FS2.ErrnoError(10);
      }
      if (!FS2.isDir(node.mode)) {
        throw new FS2.ErrnoError(54);
      }
    }
    var mount = { type, opts, mountpoint, mounts: [] };
    var mountRoot = type.mount(mount);
    mountRoot.mount = mount;
    mount.root = mountRoot;
    if (root) {
      FS2.root = mountRoot;
    } else if (node) {
      node.mounted = mount;
      if (node.mount) {
        node.mount.mounts.push(mount);
      }
    }
    return mountRoot;
  }, unmount(mountpoint) {
    var lookup = FS2.lookupPath(mountpoint, { follow_mount: false });
    if (!FS2.isMountpoint(lookup.node)) {
      throw new FS2.ErrnoError(28);
    }
    var node = lookup.node;
    var mount = node.mounted;
    var mounts = FS2.getMounts(mount);
    for (var [hash, current] of Object.entries(FS2.nameTable)) {
      while (current) {
        var next = current.name_next;
        if (mounts.includes(current.mount)) {
          FS2.destroyNode(current);
        }
        current = next;
      }
    }
    node.mounted = null;
    var idx = node.mount.mounts.indexOf(mount);
    assert(idx !== -1);
    node.mount.mounts.splice(idx, 1);
  }, lookup(parent, name) {
    return parent.node_ops.lookup(parent, name);
  }, mknod(path, mode, dev) {
    var lookup = FS2.lookupPath(path, { parent: true });
    var parent = lookup.node;
    var name = PATH.basename(path);
    if (!name) {
      throw new FS2.ErrnoError(28);
    }
    if (name === "." || name === "..") {
      throw new FS2.ErrnoError(20);
    }
    var errCode = FS2.mayCreate(parent, name);
    if (errCode) {
      throw new FS2.ErrnoError(errCode);
    }
    if (!parent.node_ops.mknod) {
      throw new FS2.ErrnoError(63);
    }
    return parent.node_ops.mknod(parent, name, mode, dev);
  }, statfs(path) {
    return FS2.statfsNode(FS2.lookupPath(path, { follow: true }).node);
  }, statfsStream(stream) {
    return FS2.statfsNode(stream.node);
  }, statfsNode(node) {
    var rtn = { bsize: 4096, frsize: 4096, blocks: 1e6, bfree: 5e5, bavail: 5e5, files: FS2.nextInode, ffree: FS2.nextInode - 1, fsid: 42, flags: 2, namelen: 255 };
    if (node.node_ops.statfs) {
      Object.assign(rtn, node.node_ops.statfs(node.mount.opts.root));
    }
    return rtn;
  }, create(path, mode = 438) {
    mode &= 4095;
    mode |= 32768;
    return FS2.mknod(path, mode, 0);
  }, mkdir(path, mode = 511) {
    mode &= 511 | 512;
    mode |= 16384;
    return FS2.mknod(path, mode, 0);
  }, mkdirTree(path, mode) {
    var dirs = path.split("/");
    var d = "";
    for (var dir of dirs) {
      if (!dir) continue;
      if (d || PATH.isAbs(path)) d += "/";
      d += dir;
      try {
        FS2.mkdir(d, mode);
      } catch (e) {
        if (e.errno != 20) throw e;
      }
    }
  }, mkdev(path, mode, dev) {
    if (typeof dev == "undefined") {
      dev = mode;
      mode = 438;
    }
    mode |= 8192;
    return FS2.mknod(path, mode, dev);
  }, symlink(oldpath, newpath) {
    if (!PATH_FS.resolve(oldpath)) {
      throw new FS2.ErrnoError(44);
    }
    var lookup = FS2.lookupPath(newpath, { parent: true });
    var parent = lookup.node;
    if (!parent) {
      throw new FS2.ErrnoError(44);
    }
    var newname = PATH.basename(newpath);
    var errCode = FS2.mayCreate(parent, newname);
    if (errCode) {
      throw new FS2.ErrnoError(errCode);
    }
    if (!parent.node_ops.symlink) {
      throw new FS2.ErrnoError(63);
    }
    return parent.node_ops.symlink(parent, newname, oldpath);
  }, rename(old_path, new_path) {
    var old_dirname = PATH.dirname(old_path);
    var new_dirname = PATH.dirname(new_path);
    var old_name = PATH.basename(old_path);
    var new_name = PATH.basename(new_path);
    var lookup, old_dir, new_dir;
    lookup = FS2.lookupPath(old_path, { parent: true });
    old_dir = lookup.node;
    lookup = FS2.lookupPath(new_path, { parent: true });
    new_dir = lookup.node;
    if (!old_dir || !new_dir) throw new FS2.ErrnoError(44);
    if (old_dir.mount !== new_dir.mount) {
      throw new FS2.ErrnoError(75);
    }
    var old_node = FS2.lookupNode(old_dir, old_name);
    var relative = PATH_FS.relative(old_path, new_dirname);
    if (relative.charAt(0) !== ".") {
      throw new FS2.ErrnoError(28);
    }
    relative = PATH_FS.relative(new_path, old_dirname);
    if (relative.charAt(0) !== ".") {
      throw new FS2.ErrnoError(55);
    }
    var new_node;
    try {
      new_node = FS2.lookupNode(new_dir, new_name);
    } catch (e) {
    }
    if (old_node === new_node) {
      return;
    }
    var isdir = FS2.isDir(old_node.mode);
    var errCode = FS2.mayDelete(old_dir, old_name, isdir);
    if (errCode) {
      throw new FS2.ErrnoError(errCode);
    }
    errCode = new_node ? FS2.mayDelete(new_dir, new_name, isdir) : FS2.mayCreate(new_dir, new_name);
    if (errCode) {
      throw new FS2.ErrnoError(errCode);
    }
    if (!old_dir.node_ops.rename) {
      throw new FS2.ErrnoError(63);
    }
    if (FS2.isMountpoint(old_node) || new_node && FS2.isMountpoint(new_node)) {
      throw new FS2.ErrnoError(10);
    }
    if (new_dir !== old_dir) {
      errCode = FS2.nodePermissions(old_dir, "w");
      if (errCode) {
        throw new FS2.ErrnoError(errCode);
      }
    }
    FS2.hashRemoveNode(old_node);
    try {
      old_dir.node_ops.rename(old_node, new_dir, new_name);
      old_node.parent = new_dir;
    } catch (e) {
      throw e;
    } finally {
      FS2.hashAddNode(old_node);
    }
  }, rmdir(path) {
    var lookup = FS2.lookupPath(path, { parent: true });
    var parent = lookup.node;
    var name = PATH.basename(path);
    var node = FS2.lookupNode(parent, name);
    var errCode = FS2.mayDelete(parent, name, true);
    if (errCode) {
      throw new FS2.ErrnoError(errCode);
    }
    if (!parent.node_ops.rmdir) {
      throw new FS2.ErrnoError(63);
    }
    if (FS2.isMountpoint(node)) {
      throw new FS2.ErrnoError(10);
    }
    parent.node_ops.rmdir(parent, name);
    FS2.destroyNode(node);
  }, readdir(path) {
    var lookup = FS2.lookupPath(path, { follow: true });
    var node = lookup.node;
    var readdir = FS2.checkOpExists(node.node_ops.readdir, 54);
    return readdir(node);
  }, unlink(path) {
    var lookup = FS2.lookupPath(path, { parent: true });
    var parent = lookup.node;
    if (!parent) {
      throw new FS2.ErrnoError(44);
    }
    var name = PATH.basename(path);
    var node = FS2.lookupNode(parent, name);
    var errCode = FS2.mayDelete(parent, name, false);
    if (errCode) {
      throw new FS2.ErrnoError(errCode);
    }
    if (!parent.node_ops.unlink) {
      throw new FS2.ErrnoError(63);
    }
    if (FS2.isMountpoint(node)) {
      throw new FS2.ErrnoError(10);
    }
    parent.node_ops.unlink(parent, name);
    FS2.destroyNode(node);
  }, readlink(path) {
    var lookup = FS2.lookupPath(path);
    var link = lookup.node;
    if (!link) {
      throw new FS2.ErrnoError(44);
    }
    if (!link.node_ops.readlink) {
      throw new FS2.ErrnoError(28);
    }
    return link.node_ops.readlink(link);
  }, stat(path, dontFollow) {
    var lookup = FS2.lookupPath(path, { follow: !dontFollow });
    var node = lookup.node;
    var getattr = FS2.checkOpExists(node.node_ops.getattr, 63);
    return getattr(node);
  }, fstat(fd) {
    var stream = FS2.getStreamChecked(fd);
    var node = stream.node;
    var getattr = stream.stream_ops.getattr;
    var arg = getattr ? stream : node;
    getattr ??= node.node_ops.getattr;
    FS2.checkOpExists(getattr, 63);
    return getattr(arg);
  }, lstat(path) {
    return FS2.stat(path, true);
  }, doChmod(stream, node, mode, dontFollow) {
    FS2.doSetAttr(stream, node, { mode: mode & 4095 | node.mode & ~4095, ctime: Date.now(), dontFollow });
  }, chmod(path, mode, dontFollow) {
    var node;
    if (typeof path == "string") {
      var lookup = FS2.lookupPath(path, { follow: !dontFollow });
      node = lookup.node;
    } else {
      node = path;
    }
    FS2.doChmod(null, node, mode, dontFollow);
  }, lchmod(path, mode) {
    FS2.chmod(path, mode, true);
  }, fchmod(fd, mode) {
    var stream = FS2.getStreamChecked(fd);
    FS2.doChmod(stream, stream.node, mode, false);
  }, doChown(stream, node, dontFollow) {
    FS2.doSetAttr(stream, node, { timestamp: Date.now(), dontFollow });
  }, chown(path, uid, gid, dontFollow) {
    var node;
    if (typeof path == "string") {
      var lookup = FS2.lookupPath(path, { follow: !dontFollow });
      node = lookup.node;
    } else {
      node = path;
    }
    FS2.doChown(null, node, dontFollow);
  }, lchown(path, uid, gid) {
    FS2.chown(path, uid, gid, true);
  }, fchown(fd, uid, gid) {
    var stream = FS2.getStreamChecked(fd);
    FS2.doChown(stream, stream.node, false);
  }, doTruncate(stream, node, len) {
    if (FS2.isDir(node.mode)) {
      throw new FS2.ErrnoError(31);
    }
    if (!FS2.isFile(node.mode)) {
      throw new FS2.ErrnoError(28);
    }
    var errCode = FS2.nodePermissions(node, "w");
    if (errCode) {
      throw new FS2.ErrnoError(errCode);
    }
    FS2.doSetAttr(stream, node, { size: len, timestamp: Date.now() });
  }, truncate(path, len) {
    if (len < 0) {
      throw new FS2.ErrnoError(28);
    }
    var node;
    if (typeof path == "string") {
      var lookup = FS2.lookupPath(path, { follow: true });
      node = lookup.node;
    } else {
      node = path;
    }
    FS2.doTruncate(null, node, len);
  }, ftruncate(fd, len) {
    var stream = FS2.getStreamChecked(fd);
    if (len < 0 || (stream.flags & 2097155) === 0) {
      throw new FS2.ErrnoError(28);
    }
    FS2.doTruncate(stream, stream.node, len);
  }, utime(path, atime, mtime) {
    var lookup = FS2.lookupPath(path, { follow: true });
    var node = lookup.node;
    var setattr = FS2.checkOpExists(node.node_ops.setattr, 63);
    setattr(node, { atime, mtime });
  }, open(path, flags, mode = 438) {
    if (path === "") {
      throw new FS2.ErrnoError(44);
    }
    flags = typeof flags == "string" ? FS_modeStringToFlags(flags) : flags;
    if (flags & 64) {
      mode = mode & 4095 | 32768;
    } else {
      mode = 0;
    }
    var node;
    var isDirPath;
    if (typeof path == "object") {
      node = path;
    } else {
      isDirPath = path.endsWith("/");
      var lookup = FS2.lookupPath(path, { follow: !(flags & 131072), noent_okay: true });
      node = lookup.node;
      path = lookup.path;
    }
    var created = false;
    if (flags & 64) {
      if (node) {
        if (flags & 128) {
          throw new FS2.ErrnoError(20);
        }
      } else if (isDirPath) {
        throw new FS2.ErrnoError(31);
      } else {
        node = FS2.mknod(path, mode | 511, 0);
        created = true;
      }
    }
    if (!node) {
      throw new FS2.ErrnoError(44);
    }
    if (FS2.isChrdev(node.mode)) {
      flags &= ~512;
    }
    if (flags & 65536 && !FS2.isDir(node.mode)) {
      throw new FS2.ErrnoError(54);
    }
    if (!created) {
      var errCode = FS2.mayOpen(node, flags);
      if (errCode) {
        throw new FS2.ErrnoError(errCode);
      }
    }
    if (flags & 512 && !created) {
      FS2.truncate(node, 0);
    }
    flags &= ~(128 | 512 | 131072);
    var stream = FS2.createStream({ node, path: FS2.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false });
    if (stream.stream_ops.open) {
      stream.stream_ops.open(stream);
    }
    if (created) {
      FS2.chmod(node, mode & 511);
    }
    if (Module3["logReadFiles"] && !(flags & 1)) {
      if (!(path in FS2.readFiles)) {
        FS2.readFiles[path] = 1;
      }
    }
    return stream;
  }, close(stream) {
    if (FS2.isClosed(stream)) {
      throw new FS2.ErrnoError(8);
    }
    if (stream.getdents) stream.getdents = null;
    try {
      if (stream.stream_ops.close) {
        stream.stream_ops.close(stream);
      }
    } catch (e) {
      throw e;
    } finally {
      FS2.closeStream(stream.fd);
    }
    stream.fd = null;
  }, isClosed(stream) {
    return stream.fd === null;
  }, llseek(stream, offset, whence) {
    if (FS2.isClosed(stream)) {
      throw new FS2.ErrnoError(8);
    }
    if (!stream.seekable || !stream.stream_ops.llseek) {
      throw new FS2.ErrnoError(70);
    }
    if (whence != 0 && whence != 1 && whence != 2) {
      throw new FS2.ErrnoError(28);
    }
    stream.position = stream.stream_ops.llseek(stream, offset, whence);
    stream.ungotten = [];
    return stream.position;
  }, read(stream, buffer, offset, length, position) {
    assert(offset >= 0);
    if (length < 0 || position < 0) {
      throw new FS2.ErrnoError(28);
    }
    if (FS2.isClosed(stream)) {
      throw new FS2.ErrnoError(8);
    }
    if ((stream.flags & 2097155) === 1) {
      throw new FS2.ErrnoError(8);
    }
    if (FS2.isDir(stream.node.mode)) {
      throw new FS2.ErrnoError(31);
    }
    if (!stream.stream_ops.read) {
      throw new FS2.ErrnoError(28);
    }
    var seeking = typeof position != "undefined";
    if (!seeking) {
      position = stream.position;
    } else if (!stream.seekable) {
      throw new FS2.ErrnoError(70);
    }
    var bytesRead = stream.stream_ops.read(stream, buffer, offset, length, position);
    if (!seeking) stream.position += bytesRead;
    return bytesRead;
  }, write(stream, buffer, offset, length, position, canOwn) {
    assert(offset >= 0);
    if (length < 0 || position < 0) {
      throw new FS2.ErrnoError(28);
    }
    if (FS2.isClosed(stream)) {
      throw new FS2.ErrnoError(8);
    }
    if ((stream.flags & 2097155) === 0) {
      throw new FS2.ErrnoError(8);
    }
    if (FS2.isDir(stream.node.mode)) {
      throw new FS2.ErrnoError(31);
    }
    if (!stream.stream_ops.write) {
      throw new FS2.ErrnoError(28);
    }
    if (stream.seekable && stream.flags & 1024) {
      FS2.llseek(stream, 0, 2);
    }
    var seeking = typeof position != "undefined";
    if (!seeking) {
      position = stream.position;
    } else if (!stream.seekable) {
      throw new FS2.ErrnoError(70);
    }
    var bytesWritten = stream.stream_ops.write(stream, buffer, offset, length, position, canOwn);
    if (!seeking) stream.position += bytesWritten;
    return bytesWritten;
  }, mmap(stream, length, position, prot, flags) {
    if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
      throw new FS2.ErrnoError(2);
    }
    if ((stream.flags & 2097155) === 1) {
      throw new FS2.ErrnoError(2);
    }
    if (!stream.stream_ops.mmap) {
      throw new FS2.ErrnoError(43);
    }
    if (!length) {
      throw new FS2.ErrnoError(28);
    }
    return stream.stream_ops.mmap(stream, length, position, prot, flags);
  }, msync(stream, buffer, offset, length, mmapFlags) {
    assert(offset >= 0);
    if (!stream.stream_ops.msync) {
      return 0;
    }
    return stream.stream_ops.msync(stream, buffer, offset, length, mmapFlags);
  }, ioctl(stream, cmd, arg) {
    if (!stream.stream_ops.ioctl) {
      throw new FS2.ErrnoError(59);
    }
    return stream.stream_ops.ioctl(stream, cmd, arg);
  }, readFile(path, opts = {}) {
    opts.flags = opts.flags || 0;
    opts.encoding = opts.encoding || "binary";
    if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
      abort(`Invalid encoding type "${opts.encoding}"`);
    }
    var stream = FS2.open(path, opts.flags);
    var stat = FS2.stat(path);
    var length = stat.size;
    var buf = new Uint8Array(length);
    FS2.read(stream, buf, 0, length, 0);
    if (opts.encoding === "utf8") {
      buf = UTF8ArrayToString(buf);
    }
    FS2.close(stream);
    return buf;
  }, writeFile(path, data, opts = {}) {
    opts.flags = opts.flags || 577;
    var stream = FS2.open(path, opts.flags, opts.mode);
    if (typeof data == "string") {
      data = new Uint8Array(intArrayFromString(data, true));
    }
    if (ArrayBuffer.isView(data)) {
      FS2.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
    } else {
      abort("Unsupported data type");
    }
    FS2.close(stream);
  }, cwd: () => FS2.currentPath, chdir(path) {
    var lookup = FS2.lookupPath(path, { follow: true });
    if (lookup.node === null) {
      throw new FS2.ErrnoError(44);
    }
    if (!FS2.isDir(lookup.node.mode)) {
      throw new FS2.ErrnoError(54);
    }
    var errCode = FS2.nodePermissions(lookup.node, "x");
    if (errCode) {
      throw new FS2.ErrnoError(errCode);
    }
    FS2.currentPath = lookup.path;
  }, createDefaultDirectories() {
    FS2.mkdir("/tmp");
    FS2.mkdir("/home");
    FS2.mkdir("/home/web_user");
  }, createDefaultDevices() {
    FS2.mkdir("/dev");
    FS2.registerDevice(FS2.makedev(1, 3), { read: () => 0, write: (stream, buffer, offset, length, pos) => length, llseek: () => 0 });
    FS2.mkdev("/dev/null", FS2.makedev(1, 3));
    TTY.register(FS2.makedev(5, 0), TTY.default_tty_ops);
    TTY.register(FS2.makedev(6, 0), TTY.default_tty1_ops);
    FS2.mkdev("/dev/tty", FS2.makedev(5, 0));
    FS2.mkdev("/dev/tty1", FS2.makedev(6, 0));
    var randomBuffer = new Uint8Array(1024), randomLeft = 0;
    var randomByte = () => {
      if (randomLeft === 0) {
        randomFill(randomBuffer);
        randomLeft = randomBuffer.byteLength;
      }
      return randomBuffer[--randomLeft];
    };
    FS2.createDevice("/dev", "random", randomByte);
    FS2.createDevice("/dev", "urandom", randomByte);
    FS2.mkdir("/dev/shm");
    FS2.mkdir("/dev/shm/tmp");
  }, createSpecialDirectories() {
    FS2.mkdir("/proc");
    var proc_self = FS2.mkdir("/proc/self");
    FS2.mkdir("/proc/self/fd");
    FS2.mount({ mount() {
      var node = FS2.createNode(proc_self, "fd", 16895, 73);
      node.stream_ops = { llseek: MEMFS.stream_ops.llseek };
      node.node_ops = { lookup(parent, name) {
        var fd = +name;
        var stream = FS2.getStreamChecked(fd);
        var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: () => stream.path }, id: fd + 1 };
        ret.parent = ret;
        return ret;
      }, readdir() {
        return Array.from(FS2.streams.entries()).filter(([k, v]) => v).map(([k, v]) => k.toString());
      } };
      return node;
    } }, {}, "/proc/self/fd");
  }, createStandardStreams(input, output, error) {
    if (input) {
      FS2.createDevice("/dev", "stdin", input);
    } else {
      FS2.symlink("/dev/tty", "/dev/stdin");
    }
    if (output) {
      FS2.createDevice("/dev", "stdout", null, output);
    } else {
      FS2.symlink("/dev/tty", "/dev/stdout");
    }
    if (error) {
      FS2.createDevice("/dev", "stderr", null, error);
    } else {
      FS2.symlink("/dev/tty1", "/dev/stderr");
    }
    var stdin = FS2.open("/dev/stdin", 0);
    var stdout = FS2.open("/dev/stdout", 1);
    var stderr = FS2.open("/dev/stderr", 1);
    assert(stdin.fd === 0, `invalid handle for stdin (${stdin.fd})`);
    assert(stdout.fd === 1, `invalid handle for stdout (${stdout.fd})`);
    assert(stderr.fd === 2, `invalid handle for stderr (${stderr.fd})`);
  }, staticInit() {
    FS2.nameTable = new Array(4096);
    FS2.mount(MEMFS, {}, "/");
    FS2.createDefaultDirectories();
    FS2.createDefaultDevices();
    FS2.createSpecialDirectories();
    FS2.filesystems = { MEMFS, NODEFS };
  }, init(input, output, error) {
    assert(!FS2.initialized, "FS.init was previously called. If you want to initialize later with custom parameters, remove any earlier calls (note that one is automatically added to the generated code)");
    FS2.initialized = true;
    input ??= Module3["stdin"];
    output ??= Module3["stdout"];
    error ??= Module3["stderr"];
    FS2.createStandardStreams(input, output, error);
  }, quit() {
    FS2.initialized = false;
    _fflush(0);
    for (var stream of FS2.streams) {
      if (stream) {
        FS2.close(stream);
      }
    }
  }, findObject(path, dontResolveLastLink) {
    var ret = FS2.analyzePath(path, dontResolveLastLink);
    if (!ret.exists) {
      return null;
    }
    return ret.object;
  }, analyzePath(path, dontResolveLastLink) {
    try {
      var lookup = FS2.lookupPath(path, { follow: !dontResolveLastLink });
      path = lookup.path;
    } catch (e) {
    }
    var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
    try {
      var lookup = FS2.lookupPath(path, { parent: true });
      ret.parentExists = true;
      ret.parentPath = lookup.path;
      ret.parentObject = lookup.node;
      ret.name = PATH.basename(path);
      lookup = FS2.lookupPath(path, { follow: !dontResolveLastLink });
      ret.exists = true;
      ret.path = lookup.path;
      ret.object = lookup.node;
      ret.name = lookup.node.name;
      ret.isRoot = lookup.path === "/";
    } catch (e) {
      ret.error = e.errno;
    }
    return ret;
  }, createPath(parent, path, canRead, canWrite) {
    parent = typeof parent == "string" ? parent : FS2.getPath(parent);
    var parts = path.split("/").reverse();
    while (parts.length) {
      var part = parts.pop();
      if (!part) continue;
      var current = PATH.join2(parent, part);
      try {
        FS2.mkdir(current);
      } catch (e) {
        if (e.errno != 20) throw e;
      }
      parent = current;
    }
    return current;
  }, createFile(parent, name, properties, canRead, canWrite) {
    var path = PATH.join2(typeof parent == "string" ? parent : FS2.getPath(parent), name);
    var mode = FS_getMode(canRead, canWrite);
    return FS2.create(path, mode);
  }, createDataFile(parent, name, data, canRead, canWrite, canOwn) {
    var path = name;
    if (parent) {
      parent = typeof parent == "string" ? parent : FS2.getPath(parent);
      path = name ? PATH.join2(parent, name) : parent;
    }
    var mode = FS_getMode(canRead, canWrite);
    var node = FS2.create(path, mode);
    if (data) {
      if (typeof data == "string") {
        var arr = new Array(data.length);
        for (var i2 = 0, len = data.length; i2 < len; ++i2) arr[i2] = data.charCodeAt(i2);
        data = arr;
      }
      FS2.chmod(node, mode | 146);
      var stream = FS2.open(node, 577);
      FS2.write(stream, data, 0, data.length, 0, canOwn);
      FS2.close(stream);
      FS2.chmod(node, mode);
    }
  }, createDevice(parent, name, input, output) {
    var path = PATH.join2(typeof parent == "string" ? parent : FS2.getPath(parent), name);
    var mode = FS_getMode(!!input, !!output);
    FS2.createDevice.major ??= 64;
    var dev = FS2.makedev(FS2.createDevice.major++, 0);
    FS2.registerDevice(dev, { open(stream) {
      stream.seekable = false;
    }, close(stream) {
      if (output?.buffer?.length) {
        output(10);
      }
    }, read(stream, buffer, offset, length, pos) {
      var bytesRead = 0;
      for (var i2 = 0; i2 < length; i2++) {
        var result;
        try {
          result = input();
        } catch (e) {
          throw new FS2.ErrnoError(29);
        }
        if (result === void 0 && bytesRead === 0) {
          throw new FS2.ErrnoError(6);
        }
        if (result === null || result === void 0) break;
        bytesRead++;
        buffer[offset + i2] = result;
      }
      if (bytesRead) {
        stream.node.atime = Date.now();
      }
      return bytesRead;
    }, write(stream, buffer, offset, length, pos) {
      for (var i2 = 0; i2 < length; i2++) {
        try {
          output(buffer[offset + i2]);
        } catch (e) {
          throw new FS2.ErrnoError(29);
        }
      }
      if (length) {
        stream.node.mtime = stream.node.ctime = Date.now();
      }
      return i2;
    } });
    return FS2.mkdev(path, mode, dev);
  }, forceLoadFile(obj) {
    if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
    if (globalThis.XMLHttpRequest) {
      abort("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
    } else {
      try {
        obj.contents = readBinary(obj.url);
      } catch (e) {
        throw new FS2.ErrnoError(29);
      }
    }
  }, createLazyFile(parent, name, url, canRead, canWrite) {
    class LazyUint8Array {
      lengthKnown = false;
      chunks = [];
      get(idx) {
        if (idx > this.length - 1 || idx < 0) {
          return void 0;
        }
        var chunkOffset = idx % this.chunkSize;
        var chunkNum = idx / this.chunkSize | 0;
        return this.getter(chunkNum)[chunkOffset];
      }
      setDataGetter(getter) {
        this.getter = getter;
      }
      cacheLength() {
        var xhr = new XMLHttpRequest();
        xhr.open("HEAD", url, false);
        xhr.send(null);
        if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr.status);
        var datalength = Number(xhr.getResponseHeader("Content-length"));
        var header;
        var hasByteServing = (header = xhr.getResponseHeader("Accept-Ranges")) && header === "bytes";
        var usesGzip = (header = xhr.getResponseHeader("Content-Encoding")) && header === "gzip";
        var chunkSize = 1024 * 1024;
        if (!hasByteServing) chunkSize = datalength;
        var doXHR = (from, to) => {
          if (from > to) abort("invalid range (" + from + ", " + to + ") or no bytes requested!");
          if (to > datalength - 1) abort("only " + datalength + " bytes available! programmer error!");
          var xhr2 = new XMLHttpRequest();
          xhr2.open("GET", url, false);
          if (datalength !== chunkSize) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
          xhr2.responseType = "arraybuffer";
          if (xhr2.overrideMimeType) {
            xhr2.overrideMimeType("text/plain; charset=x-user-defined");
          }
          xhr2.send(null);
          if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) abort("Couldn't load " + url + ". Status: " + xhr2.status);
          if (xhr2.response !== void 0) {
            return new Uint8Array(xhr2.response || []);
          }
          return intArrayFromString(xhr2.responseText || "", true);
        };
        var lazyArray2 = this;
        lazyArray2.setDataGetter((chunkNum) => {
          var start = chunkNum * chunkSize;
          var end = (chunkNum + 1) * chunkSize - 1;
          end = Math.min(end, datalength - 1);
          if (typeof lazyArray2.chunks[chunkNum] == "undefined") {
            lazyArray2.chunks[chunkNum] = doXHR(start, end);
          }
          if (typeof lazyArray2.chunks[chunkNum] == "undefined") abort("doXHR failed!");
          return lazyArray2.chunks[chunkNum];
        });
        if (usesGzip || !datalength) {
          chunkSize = datalength = 1;
          datalength = this.getter(0).length;
          chunkSize = datalength;
          out("LazyFiles on gzip forces download of the whole file when length is accessed");
        }
        this._length = datalength;
        this._chunkSize = chunkSize;
        this.lengthKnown = true;
      }
      get length() {
        if (!this.lengthKnown) {
          this.cacheLength();
        }
        return this._length;
      }
      get chunkSize() {
        if (!this.lengthKnown) {
          this.cacheLength();
        }
        return this._chunkSize;
      }
    }
    if (globalThis.XMLHttpRequest) {
      if (!ENVIRONMENT_IS_WORKER) abort("Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc");
      var lazyArray = new LazyUint8Array();
      var properties = { isDevice: false, contents: lazyArray };
    } else {
      var properties = { isDevice: false, url };
    }
    var node = FS2.createFile(parent, name, properties, canRead, canWrite);
    if (properties.contents) {
      node.contents = properties.contents;
    } else if (properties.url) {
      node.contents = null;
      node.url = properties.url;
    }
    Object.defineProperties(node, { usedBytes: { get: function() {
      return this.contents.length;
    } } });
    var stream_ops = {};
    for (const [key, fn] of Object.entries(node.stream_ops)) {
      stream_ops[key] = (...args) => {
        FS2.forceLoadFile(node);
        return fn(...args);
      };
    }
    function writeChunks(stream, buffer, offset, length, position) {
      var contents = stream.node.contents;
      if (position >= contents.length) return 0;
      var size = Math.min(contents.length - position, length);
      assert(size >= 0);
      if (contents.slice) {
        for (var i2 = 0; i2 < size; i2++) {
          buffer[offset + i2] = contents[position + i2];
        }
      } else {
        for (var i2 = 0; i2 < size; i2++) {
          buffer[offset + i2] = contents.get(position + i2);
        }
      }
      return size;
    }
    stream_ops.read = (stream, buffer, offset, length, position) => {
      FS2.forceLoadFile(node);
      return writeChunks(stream, buffer, offset, length, position);
    };
    stream_ops.mmap = (stream, length, position, prot, flags) => {
      FS2.forceLoadFile(node);
      var ptr = mmapAlloc(length);
      if (!ptr) {
        throw new FS2.ErrnoError(48);
      }
      writeChunks(stream, HEAP8, ptr, length, position);
      return { ptr, allocated: true };
    };
    node.stream_ops = stream_ops;
    return node;
  }, absolutePath() {
    abort("FS.absolutePath has been removed; use PATH_FS.resolve instead");
  }, createFolder() {
    abort("FS.createFolder has been removed; use FS.mkdir instead");
  }, createLink() {
    abort("FS.createLink has been removed; use FS.symlink instead");
  }, joinPath() {
    abort("FS.joinPath has been removed; use PATH.join instead");
  }, mmapAlloc() {
    abort("FS.mmapAlloc has been replaced by the top level function mmapAlloc");
  }, standardizePath() {
    abort("FS.standardizePath has been removed; use PATH.normalize instead");
  } };
  var findLibraryFS = (libName, rpath) => {
    if (!runtimeInitialized) {
      return void 0;
    }
    if (PATH.isAbs(libName)) {
      try {
        FS2.lookupPath(libName);
        return libName;
      } catch (e) {
        return void 0;
      }
    }
    var rpathResolved = (rpath?.paths || []).map((p) => replaceORIGIN(rpath?.parentLibPath, p));
    return withStackSave(() => {
      var bufSize = 2 * 255 + 2;
      var buf = stackAlloc(bufSize);
      var rpathC = stringToUTF8OnStack(rpathResolved.join(":"));
      var libNameC = stringToUTF8OnStack(libName);
      var resLibNameC = __emscripten_find_dylib(buf, rpathC, libNameC, bufSize);
      return resLibNameC ? UTF8ToString(resLibNameC) : void 0;
    });
  };
  function loadDynamicLibrary(libName, flags = { global: true, nodelete: true }, localScope, handle) {
    var dso = LDSO.loadedLibsByName[libName];
    if (dso) {
      assert(dso.exports !== "loading", `Attempt to load '${libName}' twice before the first load completed`);
      if (!flags.global) {
        if (localScope) {
          Object.assign(localScope, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName);
      }
      if (flags.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle) {
        LDSO.loadedLibsByHandle[handle] = dso;
      }
      return flags.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName, handle, "loading");
    dso.refcount = flags.nodelete ? Infinity : 1;
    dso.global = flags.global;
    function loadLibData() {
      if (handle) {
        var data = HEAPU32[handle + 28 >> 2];
        var dataSize = HEAPU32[handle + 32 >> 2];
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var f = findLibraryFS(libName, flags.rpath);
      if (f) {
        var libData = FS2.readFile(f, { encoding: "binary" });
        return flags.loadAsync ? Promise.resolve(libData) : libData;
      }
      var libFile = locateFile(libName);
      if (flags.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    function getExports() {
      var preloaded = preloadedWasm[libName];
      if (preloaded) {
        return flags.loadAsync ? Promise.resolve(preloaded) : preloaded;
      }
      if (flags.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags, libName, localScope, handle));
      }
      return loadWebAssemblyModule(loadLibData(), flags, libName, localScope, handle);
    }
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName);
      } else if (localScope) {
        Object.assign(localScope, exports);
      }
      dso.exports = exports;
    }
    if (flags.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  var reportUndefinedSymbols = () => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == -1) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          entry.value = 0;
          continue;
        }
        assert(value, `undefined symbol '${symName}'. perhaps a side module was not linked in? if this global was expected to arrive from a system library, try to build the MAIN_MODULE with EMCC_FORCE_STDLIBS=1 in the environment`);
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else if (typeof value.value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value} (${value})`);
        }
      }
    }
  };
  var loadDylibs = async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, { loadAsync: true, global: true, nodelete: true, allowUndefined: true });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  };
  var noExitRuntime = true;
  var ptrToString = (ptr) => {
    assert(typeof ptr === "number", `ptrToString expects a number, got ${typeof ptr}`);
    ptr >>>= 0;
    return "0x" + ptr.toString(16).padStart(8, "0");
  };
  class ExceptionInfo {
    constructor(excPtr) {
      this.excPtr = excPtr;
      this.ptr = excPtr - 24;
    }
    set_type(type) {
      HEAPU32[this.ptr + 4 >> 2] = type;
    }
    get_type() {
      return HEAPU32[this.ptr + 4 >> 2];
    }
    set_destructor(destructor) {
      HEAPU32[this.ptr + 8 >> 2] = destructor;
    }
    get_destructor() {
      return HEAPU32[this.ptr + 8 >> 2];
    }
    set_caught(caught) {
      caught = caught ? 1 : 0;
      HEAP8[this.ptr + 12] = caught;
    }
    get_caught() {
      return HEAP8[this.ptr + 12] != 0;
    }
    set_rethrown(rethrown) {
      rethrown = rethrown ? 1 : 0;
      HEAP8[this.ptr + 13] = rethrown;
    }
    get_rethrown() {
      return HEAP8[this.ptr + 13] != 0;
    }
    init(type, destructor) {
      this.set_adjusted_ptr(0);
      this.set_type(type);
      this.set_destructor(destructor);
    }
    set_adjusted_ptr(adjustedPtr) {
      HEAPU32[this.ptr + 16 >> 2] = adjustedPtr;
    }
    get_adjusted_ptr() {
      return HEAPU32[this.ptr + 16 >> 2];
    }
  }
  var exceptionLast = 0;
  var uncaughtExceptionCount = 0;
  var ___cxa_throw = (ptr, type, destructor) => {
    var info = new ExceptionInfo(ptr);
    info.init(type, destructor);
    exceptionLast = ptr;
    uncaughtExceptionCount++;
    assert(false, "Exception thrown, but exception catching is not enabled. Compile with -sNO_DISABLE_EXCEPTION_CATCHING or -sEXCEPTION_CATCHING_ALLOWED=[..] to catch. (note: in dynamic linking, if a side module wants exceptions, the main module must be built with that support)");
  };
  ___cxa_throw.sig = "vppp";
  var SYSCALLS = { calculateAt(dirfd, path, allowEmpty) {
    if (PATH.isAbs(path)) {
      return path;
    }
    var dir;
    if (dirfd === -100) {
      dir = FS2.cwd();
    } else {
      var dirstream = SYSCALLS.getStreamFromFD(dirfd);
      dir = dirstream.path;
    }
    if (path.length == 0) {
      if (!allowEmpty) {
        throw new FS2.ErrnoError(44);
      }
      return dir;
    }
    return dir + "/" + path;
  }, writeStat(buf, stat) {
    HEAPU32[buf >> 2] = stat.dev;
    HEAPU32[buf + 4 >> 2] = stat.mode;
    HEAPU32[buf + 8 >> 2] = stat.nlink;
    HEAPU32[buf + 12 >> 2] = stat.uid;
    HEAPU32[buf + 16 >> 2] = stat.gid;
    HEAPU32[buf + 20 >> 2] = stat.rdev;
    HEAP64[buf + 24 >> 3] = BigInt(stat.size);
    HEAP32[buf + 32 >> 2] = 4096;
    HEAP32[buf + 36 >> 2] = stat.blocks;
    var atime = stat.atime.getTime();
    var mtime = stat.mtime.getTime();
    var ctime = stat.ctime.getTime();
    HEAP64[buf + 40 >> 3] = BigInt(Math.floor(atime / 1e3));
    HEAPU32[buf + 48 >> 2] = atime % 1e3 * 1e3 * 1e3;
    HEAP64[buf + 56 >> 3] = BigInt(Math.floor(mtime / 1e3));
    HEAPU32[buf + 64 >> 2] = mtime % 1e3 * 1e3 * 1e3;
    HEAP64[buf + 72 >> 3] = BigInt(Math.floor(ctime / 1e3));
    HEAPU32[buf + 80 >> 2] = ctime % 1e3 * 1e3 * 1e3;
    HEAP64[buf + 88 >> 3] = BigInt(stat.ino);
    return 0;
  }, writeStatFs(buf, stats) {
    HEAPU32[buf + 4 >> 2] = stats.bsize;
    HEAPU32[buf + 60 >> 2] = stats.bsize;
    HEAP64[buf + 8 >> 3] = BigInt(stats.blocks);
    HEAP64[buf + 16 >> 3] = BigInt(stats.bfree);
    HEAP64[buf + 24 >> 3] = BigInt(stats.bavail);
    HEAP64[buf + 32 >> 3] = BigInt(stats.files);
    HEAP64[buf + 40 >> 3] = BigInt(stats.ffree);
    HEAPU32[buf + 48 >> 2] = stats.fsid;
    HEAPU32[buf + 64 >> 2] = stats.flags;
    HEAPU32[buf + 56 >> 2] = stats.namelen;
  }, doMsync(addr, stream, len, flags, offset) {
    if (!FS2.isFile(stream.node.mode)) {
      throw new FS2.ErrnoError(43);
    }
    if (flags & 2) {
      return 0;
    }
    var buffer = HEAPU8.slice(addr, addr + len);
    FS2.msync(stream, buffer, offset, len, flags);
  }, getStreamFromFD(fd) {
    var stream = FS2.getStreamChecked(fd);
    return stream;
  }, varargs: void 0, getStr(ptr) {
    var ret = UTF8ToString(ptr);
    return ret;
  } };
  function ___syscall_dup3(fd, newfd, flags) {
    try {
      var old = SYSCALLS.getStreamFromFD(fd);
      assert(!flags);
      if (old.fd === newfd) return -28;
      if (newfd < 0 || newfd >= FS2.MAX_OPEN_FDS) return -8;
      var existing = FS2.getStream(newfd);
      if (existing) FS2.close(existing);
      return FS2.dupStream(old, newfd).fd;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_dup3.sig = "iiii";
  function ___syscall_faccessat(dirfd, path, amode, flags) {
    try {
      path = SYSCALLS.getStr(path);
      assert(!flags || flags == 512);
      path = SYSCALLS.calculateAt(dirfd, path);
      if (amode & ~7) {
        return -28;
      }
      var lookup = FS2.lookupPath(path, { follow: true });
      var node = lookup.node;
      if (!node) {
        return -44;
      }
      var perms = "";
      if (amode & 4) perms += "r";
      if (amode & 2) perms += "w";
      if (amode & 1) perms += "x";
      if (perms && FS2.nodePermissions(node, perms)) {
        return -2;
      }
      return 0;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_faccessat.sig = "iipii";
  var syscallGetVarargI = () => {
    assert(SYSCALLS.varargs != void 0);
    var ret = HEAP32[+SYSCALLS.varargs >> 2];
    SYSCALLS.varargs += 4;
    return ret;
  };
  var syscallGetVarargP = syscallGetVarargI;
  function ___syscall_fcntl64(fd, cmd, varargs) {
    SYSCALLS.varargs = varargs;
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      switch (cmd) {
        case 0: {
          var arg = syscallGetVarargI();
          if (arg < 0) {
            return -28;
          }
          while (FS2.streams[arg]) {
            arg++;
          }
          var newStream;
          newStream = FS2.dupStream(stream, arg);
          return newStream.fd;
        }
        case 1:
        case 2:
          return 0;
        case 3:
          return stream.flags;
        case 4: {
          var arg = syscallGetVarargI();
          stream.flags |= arg;
          return 0;
        }
        case 12: {
          var arg = syscallGetVarargP();
          var offset = 0;
          HEAP16[arg + offset >> 1] = 2;
          return 0;
        }
        case 13:
        case 14:
          return 0;
      }
      return -28;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_fcntl64.sig = "iiip";
  function ___syscall_fstat64(fd, buf) {
    try {
      return SYSCALLS.writeStat(buf, FS2.fstat(fd));
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_fstat64.sig = "iip";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = (num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num);
  function ___syscall_ftruncate64(fd, length) {
    length = bigintToI53Checked(length);
    try {
      if (isNaN(length)) return -61;
      FS2.ftruncate(fd, length);
      return 0;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_ftruncate64.sig = "iij";
  function ___syscall_getcwd(buf, size) {
    try {
      if (size === 0) return -28;
      var cwd = FS2.cwd();
      var cwdLengthInBytes = lengthBytesUTF8(cwd) + 1;
      if (size < cwdLengthInBytes) return -68;
      stringToUTF8(cwd, buf, size);
      return cwdLengthInBytes;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_getcwd.sig = "ipp";
  function ___syscall_getdents64(fd, dirp, count) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      stream.getdents ||= FS2.readdir(stream.path);
      var struct_size = 280;
      var pos = 0;
      var off = FS2.llseek(stream, 0, 1);
      var startIdx = Math.floor(off / struct_size);
      var endIdx = Math.min(stream.getdents.length, startIdx + Math.floor(count / struct_size));
      for (var idx = startIdx; idx < endIdx; idx++) {
        var id;
        var type;
        var name = stream.getdents[idx];
        if (name === ".") {
          id = stream.node.id;
          type = 4;
        } else if (name === "..") {
          var lookup = FS2.lookupPath(stream.path, { parent: true });
          id = lookup.node.id;
          type = 4;
        } else {
          var child;
          try {
            child = FS2.lookupNode(stream.node, name);
          } catch (e) {
            if (e?.errno === 28) {
              continue;
            }
            throw e;
          }
          id = child.id;
          type = FS2.isChrdev(child.mode) ? 2 : FS2.isDir(child.mode) ? 4 : FS2.isLink(child.mode) ? 10 : 8;
        }
        assert(id);
        HEAP64[dirp + pos >> 3] = BigInt(id);
        HEAP64[dirp + pos + 8 >> 3] = BigInt((idx + 1) * struct_size);
        HEAP16[dirp + pos + 16 >> 1] = 280;
        HEAP8[dirp + pos + 18] = type;
        stringToUTF8(name, dirp + pos + 19, 256);
        pos += struct_size;
      }
      FS2.llseek(stream, idx * struct_size, 0);
      return pos;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_getdents64.sig = "iipp";
  function ___syscall_ioctl(fd, op, varargs) {
    SYSCALLS.varargs = varargs;
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      switch (op) {
        case 21509: {
          if (!stream.tty) return -59;
          return 0;
        }
        case 21505: {
          if (!stream.tty) return -59;
          if (stream.tty.ops.ioctl_tcgets) {
            var termios = stream.tty.ops.ioctl_tcgets(stream);
            var argp = syscallGetVarargP();
            HEAP32[argp >> 2] = termios.c_iflag || 0;
            HEAP32[argp + 4 >> 2] = termios.c_oflag || 0;
            HEAP32[argp + 8 >> 2] = termios.c_cflag || 0;
            HEAP32[argp + 12 >> 2] = termios.c_lflag || 0;
            for (var i2 = 0; i2 < 32; i2++) {
              HEAP8[argp + i2 + 17] = termios.c_cc[i2] || 0;
            }
            return 0;
          }
          return 0;
        }
        case 21510:
        case 21511:
        case 21512: {
          if (!stream.tty) return -59;
          return 0;
        }
        case 21506:
        case 21507:
        case 21508: {
          if (!stream.tty) return -59;
          if (stream.tty.ops.ioctl_tcsets) {
            var argp = syscallGetVarargP();
            var c_iflag = HEAP32[argp >> 2];
            var c_oflag = HEAP32[argp + 4 >> 2];
            var c_cflag = HEAP32[argp + 8 >> 2];
            var c_lflag = HEAP32[argp + 12 >> 2];
            var c_cc = [];
            for (var i2 = 0; i2 < 32; i2++) {
              c_cc.push(HEAP8[argp + i2 + 17]);
            }
            return stream.tty.ops.ioctl_tcsets(stream.tty, op, { c_iflag, c_oflag, c_cflag, c_lflag, c_cc });
          }
          return 0;
        }
        case 21519: {
          if (!stream.tty) return -59;
          var argp = syscallGetVarargP();
          HEAP32[argp >> 2] = 0;
          return 0;
        }
        case 21520: {
          if (!stream.tty) return -59;
          return -28;
        }
        case 21537:
        case 21531: {
          var argp = syscallGetVarargP();
          return FS2.ioctl(stream, op, argp);
        }
        case 21523: {
          if (!stream.tty) return -59;
          if (stream.tty.ops.ioctl_tiocgwinsz) {
            var winsize = stream.tty.ops.ioctl_tiocgwinsz(stream.tty);
            var argp = syscallGetVarargP();
            HEAP16[argp >> 1] = winsize[0];
            HEAP16[argp + 2 >> 1] = winsize[1];
          }
          return 0;
        }
        case 21524: {
          if (!stream.tty) return -59;
          return 0;
        }
        case 21515: {
          if (!stream.tty) return -59;
          return 0;
        }
        default:
          return -28;
      }
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_ioctl.sig = "iiip";
  function ___syscall_lstat64(path, buf) {
    try {
      path = SYSCALLS.getStr(path);
      return SYSCALLS.writeStat(buf, FS2.lstat(path));
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_lstat64.sig = "ipp";
  function ___syscall_newfstatat(dirfd, path, buf, flags) {
    try {
      path = SYSCALLS.getStr(path);
      var nofollow = flags & 256;
      var allowEmpty = flags & 4096;
      flags = flags & ~6400;
      assert(!flags, `unknown flags in __syscall_newfstatat: ${flags}`);
      path = SYSCALLS.calculateAt(dirfd, path, allowEmpty);
      return SYSCALLS.writeStat(buf, nofollow ? FS2.lstat(path) : FS2.stat(path));
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_newfstatat.sig = "iippi";
  function ___syscall_openat(dirfd, path, flags, varargs) {
    SYSCALLS.varargs = varargs;
    try {
      path = SYSCALLS.getStr(path);
      path = SYSCALLS.calculateAt(dirfd, path);
      var mode = varargs ? syscallGetVarargI() : 0;
      return FS2.open(path, flags, mode).fd;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_openat.sig = "iipip";
  function ___syscall_readlinkat(dirfd, path, buf, bufsize) {
    try {
      path = SYSCALLS.getStr(path);
      path = SYSCALLS.calculateAt(dirfd, path);
      if (bufsize <= 0) return -28;
      var ret = FS2.readlink(path);
      var len = Math.min(bufsize, lengthBytesUTF8(ret));
      var endChar = HEAP8[buf + len];
      stringToUTF8(ret, buf, bufsize + 1);
      HEAP8[buf + len] = endChar;
      return len;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_readlinkat.sig = "iippp";
  function ___syscall_rmdir(path) {
    try {
      path = SYSCALLS.getStr(path);
      FS2.rmdir(path);
      return 0;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_rmdir.sig = "ip";
  function ___syscall_stat64(path, buf) {
    try {
      path = SYSCALLS.getStr(path);
      return SYSCALLS.writeStat(buf, FS2.stat(path));
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_stat64.sig = "ipp";
  function ___syscall_unlinkat(dirfd, path, flags) {
    try {
      path = SYSCALLS.getStr(path);
      path = SYSCALLS.calculateAt(dirfd, path);
      if (!flags) {
        FS2.unlink(path);
      } else if (flags === 512) {
        FS2.rmdir(path);
      } else {
        return -28;
      }
      return 0;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return -e.errno;
    }
  }
  ___syscall_unlinkat.sig = "iipi";
  var __abort_js = () => abort("native code called abort()");
  __abort_js.sig = "v";
  var dlSetError = (msg) => {
    var sp = stackSave();
    var cmsg = stringToUTF8OnStack(msg);
    ___dl_seterr(cmsg, 0);
    stackRestore(sp);
  };
  var dlopenInternal = (handle, jsflags) => {
    var filename = UTF8ToString(handle + 36);
    var flags = HEAP32[handle + 4 >> 2];
    filename = PATH.normalize(filename);
    var global = Boolean(flags & 256);
    var localScope = global ? null : {};
    var combinedFlags = { global, nodelete: Boolean(flags & 4096), loadAsync: jsflags.loadAsync };
    if (jsflags.loadAsync) {
      return loadDynamicLibrary(filename, combinedFlags, localScope, handle);
    }
    try {
      return loadDynamicLibrary(filename, combinedFlags, localScope, handle);
    } catch (e) {
      err(`error loading dynamic library ${filename}: ${e}`);
      dlSetError(`could not load dynamic lib: ${filename}
${e}`);
      return 0;
    }
  };
  var __dlopen_js = (handle) => dlopenInternal(handle, { loadAsync: false });
  __dlopen_js.sig = "pp";
  var __dlsym_js = (handle, symbol, symbolIndex) => {
    symbol = UTF8ToString(symbol);
    var result;
    var newSymIndex;
    var lib = LDSO.loadedLibsByHandle[handle];
    assert(lib, `Tried to dlsym() from an unopened handle: ${handle}`);
    newSymIndex = Object.keys(lib.exports).indexOf(symbol);
    if (newSymIndex == -1 || lib.exports[symbol].stub) {
      dlSetError(`Tried to lookup unknown symbol "${symbol}" in dynamic lib: ${lib.name}`);
      return 0;
    }
    result = lib.exports[symbol];
    if (typeof result == "function") {
      var addr = getFunctionAddress(result);
      if (addr) {
        result = addr;
      } else {
        result = addFunction(result, result.sig);
        HEAPU32[symbolIndex >> 2] = newSymIndex;
      }
    }
    return result;
  };
  __dlsym_js.sig = "pppp";
  var AsciiToString = (ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  };
  var awaitingDependencies = {};
  var registeredTypes = {};
  var typeDependencies = {};
  var BindingError = class BindingError extends Error {
    constructor(message) {
      super(message);
      this.name = "BindingError";
    }
  };
  var throwBindingError = (message) => {
    throw new BindingError(message);
  };
  function sharedRegisterType(rawType, registeredInstance, options = {}) {
    var name = registeredInstance.name;
    if (!rawType) {
      throwBindingError(`type "${name}" must have a positive integer typeid pointer`);
    }
    if (registeredTypes.hasOwnProperty(rawType)) {
      if (options.ignoreDuplicateRegistrations) {
        return;
      } else {
        throwBindingError(`Cannot register type '${name}' twice`);
      }
    }
    registeredTypes[rawType] = registeredInstance;
    delete typeDependencies[rawType];
    if (awaitingDependencies.hasOwnProperty(rawType)) {
      var callbacks = awaitingDependencies[rawType];
      delete awaitingDependencies[rawType];
      callbacks.forEach((cb) => cb());
    }
  }
  function registerType(rawType, registeredInstance, options = {}) {
    return sharedRegisterType(rawType, registeredInstance, options);
  }
  var integerReadValueFromPointer = (name, width, signed) => {
    switch (width) {
      case 1:
        return signed ? (pointer) => HEAP8[pointer] : (pointer) => HEAPU8[pointer];
      case 2:
        return signed ? (pointer) => HEAP16[pointer >> 1] : (pointer) => HEAPU16[pointer >> 1];
      case 4:
        return signed ? (pointer) => HEAP32[pointer >> 2] : (pointer) => HEAPU32[pointer >> 2];
      case 8:
        return signed ? (pointer) => HEAP64[pointer >> 3] : (pointer) => HEAPU64[pointer >> 3];
      default:
        throw new TypeError(`invalid integer width (${width}): ${name}`);
    }
  };
  var embindRepr = (v) => {
    if (v === null) {
      return "null";
    }
    var t = typeof v;
    if (t === "object" || t === "array" || t === "function") {
      return v.toString();
    } else {
      return "" + v;
    }
  };
  var assertIntegerRange = (typeName, value, minRange, maxRange) => {
    if (value < minRange || value > maxRange) {
      throw new TypeError(`Passing a number "${embindRepr(value)}" from JS side to C/C++ side to an argument of type "${typeName}", which is outside the valid range [${minRange}, ${maxRange}]!`);
    }
  };
  var __embind_register_bigint = (primitiveType, name, size, minRange, maxRange) => {
    name = AsciiToString(name);
    const isUnsignedType = minRange === 0n;
    let fromWireType = (value) => value;
    if (isUnsignedType) {
      const bitSize = size * 8;
      fromWireType = (value) => BigInt.asUintN(bitSize, value);
      maxRange = fromWireType(maxRange);
    }
    registerType(primitiveType, { name, fromWireType, toWireType: (destructors, value) => {
      if (typeof value == "number") {
        value = BigInt(value);
      } else if (typeof value != "bigint") {
        throw new TypeError(`Cannot convert "${embindRepr(value)}" to ${this.name}`);
      }
      assertIntegerRange(name, value, minRange, maxRange);
      return value;
    }, readValueFromPointer: integerReadValueFromPointer(name, size, !isUnsignedType), destructorFunction: null });
  };
  __embind_register_bigint.sig = "vpppjj";
  var __embind_register_bool = (rawType, name, trueValue, falseValue) => {
    name = AsciiToString(name);
    registerType(rawType, { name, fromWireType: function(wt) {
      return !!wt;
    }, toWireType: function(destructors, o) {
      return o ? trueValue : falseValue;
    }, readValueFromPointer: function(pointer) {
      return this.fromWireType(HEAPU8[pointer]);
    }, destructorFunction: null });
  };
  __embind_register_bool.sig = "vppii";
  var shallowCopyInternalPointer = (o) => ({ count: o.count, deleteScheduled: o.deleteScheduled, preservePointerOnDelete: o.preservePointerOnDelete, ptr: o.ptr, ptrType: o.ptrType, smartPtr: o.smartPtr, smartPtrType: o.smartPtrType });
  var throwInstanceAlreadyDeleted = (obj) => {
    function getInstanceTypeName(handle) {
      return handle.$$.ptrType.registeredClass.name;
    }
    throwBindingError(getInstanceTypeName(obj) + " instance already deleted");
  };
  var finalizationRegistry = false;
  var detachFinalizer = (handle) => {
  };
  var runDestructor = ($$) => {
    if ($$.smartPtr) {
      $$.smartPtrType.rawDestructor($$.smartPtr);
    } else {
      $$.ptrType.registeredClass.rawDestructor($$.ptr);
    }
  };
  var releaseClassHandle = ($$) => {
    $$.count.value -= 1;
    var toDelete = 0 === $$.count.value;
    if (toDelete) {
      runDestructor($$);
    }
  };
  var downcastPointer = (ptr, ptrClass, desiredClass) => {
    if (ptrClass === desiredClass) {
      return ptr;
    }
    if (void 0 === desiredClass.baseClass) {
      return null;
    }
    var rv = downcastPointer(ptr, ptrClass, desiredClass.baseClass);
    if (rv === null) {
      return null;
    }
    return desiredClass.downcast(rv);
  };
  var registeredPointers = {};
  var registeredInstances = {};
  var getBasestPointer = (class_, ptr) => {
    if (ptr === void 0) {
      throwBindingError("ptr should not be undefined");
    }
    while (class_.baseClass) {
      ptr = class_.upcast(ptr);
      class_ = class_.baseClass;
    }
    return ptr;
  };
  var getInheritedInstance = (class_, ptr) => {
    ptr = getBasestPointer(class_, ptr);
    return registeredInstances[ptr];
  };
  var InternalError = class InternalError extends Error {
    constructor(message) {
      super(message);
      this.name = "InternalError";
    }
  };
  var throwInternalError = (message) => {
    throw new InternalError(message);
  };
  var makeClassHandle = (prototype, record) => {
    if (!record.ptrType || !record.ptr) {
      throwInternalError("makeClassHandle requires ptr and ptrType");
    }
    var hasSmartPtrType = !!record.smartPtrType;
    var hasSmartPtr = !!record.smartPtr;
    if (hasSmartPtrType !== hasSmartPtr) {
      throwInternalError("Both smartPtrType and smartPtr must be specified");
    }
    record.count = { value: 1 };
    return attachFinalizer(Object.create(prototype, { $$: { value: record, writable: true } }));
  };
  function RegisteredPointer_fromWireType(ptr) {
    var rawPointer = this.getPointee(ptr);
    if (!rawPointer) {
      this.destructor(ptr);
      return null;
    }
    var registeredInstance = getInheritedInstance(this.registeredClass, rawPointer);
    if (void 0 !== registeredInstance) {
      if (0 === registeredInstance.$$.count.value) {
        registeredInstance.$$.ptr = rawPointer;
        registeredInstance.$$.smartPtr = ptr;
        return registeredInstance["clone"]();
      } else {
        var rv = registeredInstance["clone"]();
        this.destructor(ptr);
        return rv;
      }
    }
    function makeDefaultHandle() {
      if (this.isSmartPointer) {
        return makeClassHandle(this.registeredClass.instancePrototype, { ptrType: this.pointeeType, ptr: rawPointer, smartPtrType: this, smartPtr: ptr });
      } else {
        return makeClassHandle(this.registeredClass.instancePrototype, { ptrType: this, ptr });
      }
    }
    var actualType = this.registeredClass.getActualType(rawPointer);
    var registeredPointerRecord = registeredPointers[actualType];
    if (!registeredPointerRecord) {
      return makeDefaultHandle.call(this);
    }
    var toType;
    if (this.isConst) {
      toType = registeredPointerRecord.constPointerType;
    } else {
      toType = registeredPointerRecord.pointerType;
    }
    var dp = downcastPointer(rawPointer, this.registeredClass, toType.registeredClass);
    if (dp === null) {
      return makeDefaultHandle.call(this);
    }
    if (this.isSmartPointer) {
      return makeClassHandle(toType.registeredClass.instancePrototype, { ptrType: toType, ptr: dp, smartPtrType: this, smartPtr: ptr });
    } else {
      return makeClassHandle(toType.registeredClass.instancePrototype, { ptrType: toType, ptr: dp });
    }
  }
  var attachFinalizer = (handle) => {
    if (!globalThis.FinalizationRegistry) {
      attachFinalizer = (handle2) => handle2;
      return handle;
    }
    finalizationRegistry = new FinalizationRegistry((info) => {
      console.warn(info.leakWarning);
      releaseClassHandle(info.$$);
    });
    attachFinalizer = (handle2) => {
      var $$ = handle2.$$;
      var hasSmartPtr = !!$$.smartPtr;
      if (hasSmartPtr) {
        var info = { $$ };
        var cls = $$.ptrType.registeredClass;
        var err2 = new Error(`Embind found a leaked C++ instance ${cls.name} <${ptrToString($$.ptr)}>.
We'll free it automatically in this case, but this functionality is not reliable across various environments.
Make sure to invoke .delete() manually once you're done with the instance instead.
Originally allocated`);
        if ("captureStackTrace" in Error) {
          Error.captureStackTrace(err2, RegisteredPointer_fromWireType);
        }
        info.leakWarning = err2.stack.replace(/^Error: /, "");
        finalizationRegistry.register(handle2, info, handle2);
      }
      return handle2;
    };
    detachFinalizer = (handle2) => finalizationRegistry.unregister(handle2);
    return attachFinalizer(handle);
  };
  var deletionQueue = [];
  var flushPendingDeletes = () => {
    while (deletionQueue.length) {
      var obj = deletionQueue.pop();
      obj.$$.deleteScheduled = false;
      obj["delete"]();
    }
  };
  var delayFunction;
  var init_ClassHandle = () => {
    let proto = ClassHandle.prototype;
    Object.assign(proto, { isAliasOf(other) {
      if (!(this instanceof ClassHandle)) {
        return false;
      }
      if (!(other instanceof ClassHandle)) {
        return false;
      }
      var leftClass = this.$$.ptrType.registeredClass;
      var left = this.$$.ptr;
      other.$$ = other.$$;
      var rightClass = other.$$.ptrType.registeredClass;
      var right = other.$$.ptr;
      while (leftClass.baseClass) {
        left = leftClass.upcast(left);
        leftClass = leftClass.baseClass;
      }
      while (rightClass.baseClass) {
        right = rightClass.upcast(right);
        rightClass = rightClass.baseClass;
      }
      return leftClass === rightClass && left === right;
    }, clone() {
      if (!this.$$.ptr) {
        throwInstanceAlreadyDeleted(this);
      }
      if (this.$$.preservePointerOnDelete) {
        this.$$.count.value += 1;
        return this;
      } else {
        var clone = attachFinalizer(Object.create(Object.getPrototypeOf(this), { $$: { value: shallowCopyInternalPointer(this.$$) } }));
        clone.$$.count.value += 1;
        clone.$$.deleteScheduled = false;
        return clone;
      }
    }, delete() {
      if (!this.$$.ptr) {
        throwInstanceAlreadyDeleted(this);
      }
      if (this.$$.deleteScheduled && !this.$$.preservePointerOnDelete) {
        throwBindingError("Object already scheduled for deletion");
      }
      detachFinalizer(this);
      releaseClassHandle(this.$$);
      if (!this.$$.preservePointerOnDelete) {
        this.$$.smartPtr = void 0;
        this.$$.ptr = void 0;
      }
    }, isDeleted() {
      return !this.$$.ptr;
    }, deleteLater() {
      if (!this.$$.ptr) {
        throwInstanceAlreadyDeleted(this);
      }
      if (this.$$.deleteScheduled && !this.$$.preservePointerOnDelete) {
        throwBindingError("Object already scheduled for deletion");
      }
      deletionQueue.push(this);
      if (deletionQueue.length === 1 && delayFunction) {
        delayFunction(flushPendingDeletes);
      }
      this.$$.deleteScheduled = true;
      return this;
    } });
    const symbolDispose = Symbol.dispose;
    if (symbolDispose) {
      proto[symbolDispose] = proto["delete"];
    }
  };
  function ClassHandle() {
  }
  var ensureOverloadTable = (proto, methodName, humanName) => {
    if (void 0 === proto[methodName].overloadTable) {
      var prevFunc = proto[methodName];
      proto[methodName] = function(...args) {
        if (!proto[methodName].overloadTable.hasOwnProperty(args.length)) {
          throwBindingError(`Function '${humanName}' called with an invalid number of arguments (${args.length}) - expects one of (${proto[methodName].overloadTable})!`);
        }
        return proto[methodName].overloadTable[args.length].apply(this, args);
      };
      proto[methodName].overloadTable = [];
      proto[methodName].overloadTable[prevFunc.argCount] = prevFunc;
    }
  };
  var exposePublicSymbol = (name, value, numArguments) => {
    if (Module3.hasOwnProperty(name)) {
      if (void 0 === numArguments || void 0 !== Module3[name].overloadTable && void 0 !== Module3[name].overloadTable[numArguments]) {
        throwBindingError(`Cannot register public name '${name}' twice`);
      }
      ensureOverloadTable(Module3, name, name);
      if (Module3[name].overloadTable.hasOwnProperty(numArguments)) {
        throwBindingError(`Cannot register multiple overloads of a function with the same number of arguments (${numArguments})!`);
      }
      Module3[name].overloadTable[numArguments] = value;
    } else {
      Module3[name] = value;
      Module3[name].argCount = numArguments;
    }
  };
  var char_0 = 48;
  var char_9 = 57;
  var makeLegalFunctionName = (name) => {
    assert(typeof name === "string");
    name = name.replace(/[^a-zA-Z0-9_]/g, "$");
    var f = name.charCodeAt(0);
    if (f >= char_0 && f <= char_9) {
      return `_${name}`;
    }
    return name;
  };
  function RegisteredClass(name, constructor, instancePrototype, rawDestructor, baseClass, getActualType, upcast, downcast) {
    this.name = name;
    this.constructor = constructor;
    this.instancePrototype = instancePrototype;
    this.rawDestructor = rawDestructor;
    this.baseClass = baseClass;
    this.getActualType = getActualType;
    this.upcast = upcast;
    this.downcast = downcast;
    this.pureVirtualFunctions = [];
  }
  var upcastPointer = (ptr, ptrClass, desiredClass) => {
    while (ptrClass !== desiredClass) {
      if (!ptrClass.upcast) {
        throwBindingError(`Expected null or instance of ${desiredClass.name}, got an instance of ${ptrClass.name}`);
      }
      ptr = ptrClass.upcast(ptr);
      ptrClass = ptrClass.baseClass;
    }
    return ptr;
  };
  function constNoSmartPtrRawPointerToWireType(destructors, handle) {
    if (handle === null) {
      if (this.isReference) {
        throwBindingError(`null is not a valid ${this.name}`);
      }
      return 0;
    }
    if (!handle.$$) {
      throwBindingError(`Cannot pass "${embindRepr(handle)}" as a ${this.name}`);
    }
    if (!handle.$$.ptr) {
      throwBindingError(`Cannot pass deleted object as a pointer of type ${this.name}`);
    }
    var handleClass = handle.$$.ptrType.registeredClass;
    var ptr = upcastPointer(handle.$$.ptr, handleClass, this.registeredClass);
    return ptr;
  }
  function genericPointerToWireType(destructors, handle) {
    var ptr;
    if (handle === null) {
      if (this.isReference) {
        throwBindingError(`null is not a valid ${this.name}`);
      }
      if (this.isSmartPointer) {
        ptr = this.rawConstructor();
        if (destructors !== null) {
          destructors.push(this.rawDestructor, ptr);
        }
        return ptr;
      } else {
        return 0;
      }
    }
    if (!handle || !handle.$$) {
      throwBindingError(`Cannot pass "${embindRepr(handle)}" as a ${this.name}`);
    }
    if (!handle.$$.ptr) {
      throwBindingError(`Cannot pass deleted object as a pointer of type ${this.name}`);
    }
    if (!this.isConst && handle.$$.ptrType.isConst) {
      throwBindingError(`Cannot convert argument of type ${handle.$$.smartPtrType ? handle.$$.smartPtrType.name : handle.$$.ptrType.name} to parameter type ${this.name}`);
    }
    var handleClass = handle.$$.ptrType.registeredClass;
    ptr = upcastPointer(handle.$$.ptr, handleClass, this.registeredClass);
    if (this.isSmartPointer) {
      if (void 0 === handle.$$.smartPtr) {
        throwBindingError("Passing raw pointer to smart pointer is illegal");
      }
      switch (this.sharingPolicy) {
        case 0:
          if (handle.$$.smartPtrType === this) {
            ptr = handle.$$.smartPtr;
          } else {
            throwBindingError(`Cannot convert argument of type ${handle.$$.smartPtrType ? handle.$$.smartPtrType.name : handle.$$.ptrType.name} to parameter type ${this.name}`);
          }
          break;
        case 1:
          ptr = handle.$$.smartPtr;
          break;
        case 2:
          if (handle.$$.smartPtrType === this) {
            ptr = handle.$$.smartPtr;
          } else {
            var clonedHandle = handle["clone"]();
            ptr = this.rawShare(ptr, Emval.toHandle(() => clonedHandle["delete"]()));
            if (destructors !== null) {
              destructors.push(this.rawDestructor, ptr);
            }
          }
          break;
        default:
          throwBindingError("Unsupported sharing policy");
      }
    }
    return ptr;
  }
  function nonConstNoSmartPtrRawPointerToWireType(destructors, handle) {
    if (handle === null) {
      if (this.isReference) {
        throwBindingError(`null is not a valid ${this.name}`);
      }
      return 0;
    }
    if (!handle.$$) {
      throwBindingError(`Cannot pass "${embindRepr(handle)}" as a ${this.name}`);
    }
    if (!handle.$$.ptr) {
      throwBindingError(`Cannot pass deleted object as a pointer of type ${this.name}`);
    }
    if (handle.$$.ptrType.isConst) {
      throwBindingError(`Cannot convert argument of type ${handle.$$.ptrType.name} to parameter type ${this.name}`);
    }
    var handleClass = handle.$$.ptrType.registeredClass;
    var ptr = upcastPointer(handle.$$.ptr, handleClass, this.registeredClass);
    return ptr;
  }
  function readPointer(pointer) {
    return this.fromWireType(HEAPU32[pointer >> 2]);
  }
  var init_RegisteredPointer = () => {
    Object.assign(RegisteredPointer.prototype, { getPointee(ptr) {
      if (this.rawGetPointee) {
        ptr = this.rawGetPointee(ptr);
      }
      return ptr;
    }, destructor(ptr) {
      this.rawDestructor?.(ptr);
    }, readValueFromPointer: readPointer, fromWireType: RegisteredPointer_fromWireType });
  };
  function RegisteredPointer(name, registeredClass, isReference, isConst, isSmartPointer, pointeeType, sharingPolicy, rawGetPointee, rawConstructor, rawShare, rawDestructor) {
    this.name = name;
    this.registeredClass = registeredClass;
    this.isReference = isReference;
    this.isConst = isConst;
    this.isSmartPointer = isSmartPointer;
    this.pointeeType = pointeeType;
    this.sharingPolicy = sharingPolicy;
    this.rawGetPointee = rawGetPointee;
    this.rawConstructor = rawConstructor;
    this.rawShare = rawShare;
    this.rawDestructor = rawDestructor;
    if (!isSmartPointer && registeredClass.baseClass === void 0) {
      if (isConst) {
        this.toWireType = constNoSmartPtrRawPointerToWireType;
        this.destructorFunction = null;
      } else {
        this.toWireType = nonConstNoSmartPtrRawPointerToWireType;
        this.destructorFunction = null;
      }
    } else {
      this.toWireType = genericPointerToWireType;
    }
  }
  var replacePublicSymbol = (name, value, numArguments) => {
    if (!Module3.hasOwnProperty(name)) {
      throwInternalError("Replacing nonexistent public symbol");
    }
    if (void 0 !== Module3[name].overloadTable && void 0 !== numArguments) {
      Module3[name].overloadTable[numArguments] = value;
    } else {
      Module3[name] = value;
      Module3[name].argCount = numArguments;
    }
  };
  var embind__requireFunction = (signature, rawFunction, isAsync = false) => {
    assert(!isAsync, "Async bindings are only supported with JSPI.");
    signature = AsciiToString(signature);
    function makeDynCaller() {
      var rtn = getWasmTableEntry(rawFunction);
      return rtn;
    }
    var fp = makeDynCaller();
    if (typeof fp != "function") {
      throwBindingError(`unknown function pointer with signature ${signature}: ${rawFunction}`);
    }
    return fp;
  };
  class UnboundTypeError extends Error {
  }
  var getTypeName = (type) => {
    var ptr = ___getTypeName(type);
    var rv = AsciiToString(ptr);
    _free(ptr);
    return rv;
  };
  var throwUnboundTypeError = (message, types) => {
    var unboundTypes = [];
    var seen = {};
    function visit(type) {
      if (seen[type]) {
        return;
      }
      if (registeredTypes[type]) {
        return;
      }
      if (typeDependencies[type]) {
        typeDependencies[type].forEach(visit);
        return;
      }
      unboundTypes.push(type);
      seen[type] = true;
    }
    types.forEach(visit);
    throw new UnboundTypeError(`${message}: ` + unboundTypes.map(getTypeName).join([", "]));
  };
  var whenDependentTypesAreResolved = (myTypes, dependentTypes, getTypeConverters) => {
    myTypes.forEach((type) => typeDependencies[type] = dependentTypes);
    function onComplete(typeConverters2) {
      var myTypeConverters = getTypeConverters(typeConverters2);
      if (myTypeConverters.length !== myTypes.length) {
        throwInternalError("Mismatched type converter count");
      }
      for (var i2 = 0; i2 < myTypes.length; ++i2) {
        registerType(myTypes[i2], myTypeConverters[i2]);
      }
    }
    var typeConverters = new Array(dependentTypes.length);
    var unregisteredTypes = [];
    var registered = 0;
    for (let [i2, dt] of dependentTypes.entries()) {
      if (registeredTypes.hasOwnProperty(dt)) {
        typeConverters[i2] = registeredTypes[dt];
      } else {
        unregisteredTypes.push(dt);
        if (!awaitingDependencies.hasOwnProperty(dt)) {
          awaitingDependencies[dt] = [];
        }
        awaitingDependencies[dt].push(() => {
          typeConverters[i2] = registeredTypes[dt];
          ++registered;
          if (registered === unregisteredTypes.length) {
            onComplete(typeConverters);
          }
        });
      }
    }
    if (0 === unregisteredTypes.length) {
      onComplete(typeConverters);
    }
  };
  var __embind_register_class = (rawType, rawPointerType, rawConstPointerType, baseClassRawType, getActualTypeSignature, getActualType, upcastSignature, upcast, downcastSignature, downcast, name, destructorSignature, rawDestructor) => {
    name = AsciiToString(name);
    getActualType = embind__requireFunction(getActualTypeSignature, getActualType);
    upcast &&= embind__requireFunction(upcastSignature, upcast);
    downcast &&= embind__requireFunction(downcastSignature, downcast);
    rawDestructor = embind__requireFunction(destructorSignature, rawDestructor);
    var legalFunctionName = makeLegalFunctionName(name);
    exposePublicSymbol(legalFunctionName, function() {
      throwUnboundTypeError(`Cannot construct ${name} due to unbound types`, [baseClassRawType]);
    });
    whenDependentTypesAreResolved([rawType, rawPointerType, rawConstPointerType], baseClassRawType ? [baseClassRawType] : [], (base) => {
      base = base[0];
      var baseClass;
      var basePrototype;
      if (baseClassRawType) {
        baseClass = base.registeredClass;
        basePrototype = baseClass.instancePrototype;
      } else {
        basePrototype = ClassHandle.prototype;
      }
      var constructor = createNamedFunction(name, function(...args) {
        if (Object.getPrototypeOf(this) !== instancePrototype) {
          throw new BindingError(`Use 'new' to construct ${name}`);
        }
        if (void 0 === registeredClass.constructor_body) {
          throw new BindingError(`${name} has no accessible constructor`);
        }
        var body = registeredClass.constructor_body[args.length];
        if (void 0 === body) {
          throw new BindingError(`Tried to invoke ctor of ${name} with invalid number of parameters (${args.length}) - expected (${Object.keys(registeredClass.constructor_body).toString()}) parameters instead!`);
        }
        return body.apply(this, args);
      });
      var instancePrototype = Object.create(basePrototype, { constructor: { value: constructor } });
      constructor.prototype = instancePrototype;
      var registeredClass = new RegisteredClass(name, constructor, instancePrototype, rawDestructor, baseClass, getActualType, upcast, downcast);
      if (registeredClass.baseClass) {
        registeredClass.baseClass.__derivedClasses ??= [];
        registeredClass.baseClass.__derivedClasses.push(registeredClass);
      }
      var referenceConverter = new RegisteredPointer(name, registeredClass, true, false, false);
      var pointerConverter = new RegisteredPointer(name + "*", registeredClass, false, false, false);
      var constPointerConverter = new RegisteredPointer(name + " const*", registeredClass, false, true, false);
      registeredPointers[rawType] = { pointerType: pointerConverter, constPointerType: constPointerConverter };
      replacePublicSymbol(legalFunctionName, constructor);
      return [referenceConverter, pointerConverter, constPointerConverter];
    });
  };
  __embind_register_class.sig = "vppppppppppppp";
  var heap32VectorToArray = (count, firstElement) => {
    var array = [];
    for (var i2 = 0; i2 < count; i2++) {
      array.push(HEAPU32[firstElement + i2 * 4 >> 2]);
    }
    return array;
  };
  var runDestructors = (destructors) => {
    while (destructors.length) {
      var ptr = destructors.pop();
      var del = destructors.pop();
      del(ptr);
    }
  };
  function usesDestructorStack(argTypes) {
    for (var i2 = 1; i2 < argTypes.length; ++i2) {
      if (argTypes[i2] !== null && argTypes[i2].destructorFunction === void 0) {
        return true;
      }
    }
    return false;
  }
  function getRequiredArgCount(argTypes) {
    var requiredArgCount = argTypes.length - 2;
    for (var i2 = argTypes.length - 1; i2 >= 2; --i2) {
      if (!argTypes[i2].optional) {
        break;
      }
      requiredArgCount--;
    }
    return requiredArgCount;
  }
  function checkArgCount(numArgs, minArgs, maxArgs, humanName, throwBindingError2) {
    if (numArgs < minArgs || numArgs > maxArgs) {
      var argCountMessage = minArgs == maxArgs ? minArgs : `${minArgs} to ${maxArgs}`;
      throwBindingError2(`function ${humanName} called with ${numArgs} arguments, expected ${argCountMessage}`);
    }
  }
  function craftInvokerFunction(humanName, argTypes, classType, cppInvokerFunc, cppTargetFunc, isAsync) {
    var argCount = argTypes.length;
    if (argCount < 2) {
      throwBindingError("argTypes array size mismatch! Must at least get return value and 'this' types!");
    }
    assert(!isAsync, "Async bindings are only supported with JSPI.");
    var isClassMethodFunc = argTypes[1] !== null && classType !== null;
    var needsDestructorStack = usesDestructorStack(argTypes);
    var returns = !argTypes[0].isVoid;
    var expectedArgCount = argCount - 2;
    var minArgs = getRequiredArgCount(argTypes);
    var argsWired = new Array(expectedArgCount);
    var invokerFuncArgs = [];
    var destructors = [];
    var invokerFn = function(...args) {
      checkArgCount(args.length, minArgs, expectedArgCount, humanName, throwBindingError);
      destructors.length = 0;
      var thisWired;
      invokerFuncArgs.length = isClassMethodFunc ? 2 : 1;
      invokerFuncArgs[0] = cppTargetFunc;
      if (isClassMethodFunc) {
        thisWired = argTypes[1].toWireType(destructors, this);
        invokerFuncArgs[1] = thisWired;
      }
      for (var i2 = 0; i2 < expectedArgCount; ++i2) {
        argsWired[i2] = argTypes[i2 + 2].toWireType(destructors, args[i2]);
        invokerFuncArgs.push(argsWired[i2]);
      }
      var rv = cppInvokerFunc(...invokerFuncArgs);
      function onDone(rv2) {
        if (needsDestructorStack) {
          runDestructors(destructors);
        } else {
          for (var i3 = isClassMethodFunc ? 1 : 2; i3 < argTypes.length; i3++) {
            var param = i3 === 1 ? thisWired : argsWired[i3 - 2];
            if (argTypes[i3].destructorFunction !== null) {
              argTypes[i3].destructorFunction(param);
            }
          }
        }
        if (returns) {
          return argTypes[0].fromWireType(rv2);
        }
      }
      return onDone(rv);
    };
    return createNamedFunction(humanName, invokerFn);
  }
  var __embind_register_class_constructor = (rawClassType, argCount, rawArgTypesAddr, invokerSignature, invoker, rawConstructor) => {
    assert(argCount > 0);
    var rawArgTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
    invoker = embind__requireFunction(invokerSignature, invoker);
    whenDependentTypesAreResolved([], [rawClassType], (classType) => {
      classType = classType[0];
      var humanName = `constructor ${classType.name}`;
      if (void 0 === classType.registeredClass.constructor_body) {
        classType.registeredClass.constructor_body = [];
      }
      if (void 0 !== classType.registeredClass.constructor_body[argCount - 1]) {
        throw new BindingError(`Cannot register multiple constructors with identical number of parameters (${argCount - 1}) for class '${classType.name}'! Overload resolution is currently only performed using the parameter count, not actual type info!`);
      }
      classType.registeredClass.constructor_body[argCount - 1] = () => {
        throwUnboundTypeError(`Cannot construct ${classType.name} due to unbound types`, rawArgTypes);
      };
      whenDependentTypesAreResolved([], rawArgTypes, (argTypes) => {
        argTypes.splice(1, 0, null);
        classType.registeredClass.constructor_body[argCount - 1] = craftInvokerFunction(humanName, argTypes, null, invoker, rawConstructor);
        return [];
      });
      return [];
    });
  };
  __embind_register_class_constructor.sig = "vpipppp";
  var getFunctionName = (signature) => {
    signature = signature.trim();
    const argsIndex = signature.indexOf("(");
    if (argsIndex === -1) return signature;
    assert(signature.endsWith(")"), "Parentheses for argument names should match.");
    return signature.slice(0, argsIndex);
  };
  var __embind_register_class_function = (rawClassType, methodName, argCount, rawArgTypesAddr, invokerSignature, rawInvoker, context, isPureVirtual, isAsync, isNonnullReturn) => {
    var rawArgTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
    methodName = AsciiToString(methodName);
    methodName = getFunctionName(methodName);
    rawInvoker = embind__requireFunction(invokerSignature, rawInvoker, isAsync);
    whenDependentTypesAreResolved([], [rawClassType], (classType) => {
      classType = classType[0];
      var humanName = `${classType.name}.${methodName}`;
      if (methodName.startsWith("@@")) {
        methodName = Symbol[methodName.substring(2)];
      }
      if (isPureVirtual) {
        classType.registeredClass.pureVirtualFunctions.push(methodName);
      }
      function unboundTypesHandler() {
        throwUnboundTypeError(`Cannot call ${humanName} due to unbound types`, rawArgTypes);
      }
      var proto = classType.registeredClass.instancePrototype;
      var method = proto[methodName];
      if (void 0 === method || void 0 === method.overloadTable && method.className !== classType.name && method.argCount === argCount - 2) {
        unboundTypesHandler.argCount = argCount - 2;
        unboundTypesHandler.className = classType.name;
        proto[methodName] = unboundTypesHandler;
      } else {
        ensureOverloadTable(proto, methodName, humanName);
        proto[methodName].overloadTable[argCount - 2] = unboundTypesHandler;
      }
      whenDependentTypesAreResolved([], rawArgTypes, (argTypes) => {
        var memberFunction = craftInvokerFunction(humanName, argTypes, classType, rawInvoker, context, isAsync);
        if (void 0 === proto[methodName].overloadTable) {
          memberFunction.argCount = argCount - 2;
          proto[methodName] = memberFunction;
        } else {
          proto[methodName].overloadTable[argCount - 2] = memberFunction;
        }
        return [];
      });
      return [];
    });
  };
  __embind_register_class_function.sig = "vppippppiii";
  var validateThis = (this_, classType, humanName) => {
    if (!(this_ instanceof Object)) {
      throwBindingError(`${humanName} with invalid "this": ${this_}`);
    }
    if (!(this_ instanceof classType.registeredClass.constructor)) {
      throwBindingError(`${humanName} incompatible with "this" of type ${this_.constructor.name}`);
    }
    if (!this_.$$.ptr) {
      throwBindingError(`cannot call emscripten binding method ${humanName} on deleted object`);
    }
    return upcastPointer(this_.$$.ptr, this_.$$.ptrType.registeredClass, classType.registeredClass);
  };
  var __embind_register_class_property = (classType, fieldName, getterReturnType, getterSignature, getter, getterContext, setterArgumentType, setterSignature, setter, setterContext) => {
    fieldName = AsciiToString(fieldName);
    getter = embind__requireFunction(getterSignature, getter);
    whenDependentTypesAreResolved([], [classType], (classType2) => {
      classType2 = classType2[0];
      var humanName = `${classType2.name}.${fieldName}`;
      var desc = { get() {
        throwUnboundTypeError(`Cannot access ${humanName} due to unbound types`, [getterReturnType, setterArgumentType]);
      }, enumerable: true, configurable: true };
      if (setter) {
        desc.set = () => throwUnboundTypeError(`Cannot access ${humanName} due to unbound types`, [getterReturnType, setterArgumentType]);
      } else {
        desc.set = (v) => throwBindingError(humanName + " is a read-only property");
      }
      Object.defineProperty(classType2.registeredClass.instancePrototype, fieldName, desc);
      whenDependentTypesAreResolved([], setter ? [getterReturnType, setterArgumentType] : [getterReturnType], (types) => {
        var getterReturnType2 = types[0];
        var desc2 = { get() {
          var ptr = validateThis(this, classType2, humanName + " getter");
          return getterReturnType2.fromWireType(getter(getterContext, ptr));
        }, enumerable: true };
        if (setter) {
          setter = embind__requireFunction(setterSignature, setter);
          var setterArgumentType2 = types[1];
          desc2.set = function(v) {
            var ptr = validateThis(this, classType2, humanName + " setter");
            var destructors = [];
            setter(setterContext, ptr, setterArgumentType2.toWireType(destructors, v));
            runDestructors(destructors);
          };
        }
        Object.defineProperty(classType2.registeredClass.instancePrototype, fieldName, desc2);
        return [];
      });
      return [];
    });
  };
  __embind_register_class_property.sig = "vpppppppppp";
  var __embind_register_constant = (name, type, value) => {
    name = AsciiToString(name);
    whenDependentTypesAreResolved([], [type], (type2) => {
      type2 = type2[0];
      Module3[name] = type2.fromWireType(value);
      return [];
    });
  };
  __embind_register_constant.sig = "vppd";
  var emval_freelist = [];
  var emval_handles = [0, 1, , 1, null, 1, true, 1, false, 1];
  var __emval_decref = (handle) => {
    if (handle > 9 && 0 === --emval_handles[handle + 1]) {
      assert(emval_handles[handle] !== void 0, `Decref for unallocated handle.`);
      emval_handles[handle] = void 0;
      emval_freelist.push(handle);
    }
  };
  __emval_decref.sig = "vp";
  var Emval = { toValue: (handle) => {
    if (!handle) {
      throwBindingError(`Cannot use deleted val. handle = ${handle}`);
    }
    assert(handle === 2 || emval_handles[handle] !== void 0 && handle % 2 === 0, `invalid handle: ${handle}`);
    return emval_handles[handle];
  }, toHandle: (value) => {
    switch (value) {
      case void 0:
        return 2;
      case null:
        return 4;
      case true:
        return 6;
      case false:
        return 8;
      default: {
        const handle = emval_freelist.pop() || emval_handles.length;
        emval_handles[handle] = value;
        emval_handles[handle + 1] = 1;
        return handle;
      }
    }
  } };
  var EmValType = { name: "emscripten::val", fromWireType: (handle) => {
    var rv = Emval.toValue(handle);
    __emval_decref(handle);
    return rv;
  }, toWireType: (destructors, value) => Emval.toHandle(value), readValueFromPointer: readPointer, destructorFunction: null };
  var __embind_register_emval = (rawType) => registerType(rawType, EmValType);
  __embind_register_emval.sig = "vp";
  var enumReadValueFromPointer = (name, width, signed) => {
    switch (width) {
      case 1:
        return signed ? function(pointer) {
          return this.fromWireType(HEAP8[pointer]);
        } : function(pointer) {
          return this.fromWireType(HEAPU8[pointer]);
        };
      case 2:
        return signed ? function(pointer) {
          return this.fromWireType(HEAP16[pointer >> 1]);
        } : function(pointer) {
          return this.fromWireType(HEAPU16[pointer >> 1]);
        };
      case 4:
        return signed ? function(pointer) {
          return this.fromWireType(HEAP32[pointer >> 2]);
        } : function(pointer) {
          return this.fromWireType(HEAPU32[pointer >> 2]);
        };
      default:
        throw new TypeError(`invalid integer width (${width}): ${name}`);
    }
  };
  function getEnumValueType(rawValueType) {
    return rawValueType === 0 ? "object" : rawValueType === 1 ? "number" : "string";
  }
  var __embind_register_enum = (rawType, name, size, isSigned, rawValueType) => {
    name = AsciiToString(name);
    const valueType = getEnumValueType(rawValueType);
    switch (valueType) {
      case "object": {
        let ctor = function() {
        };
        ctor.values = {};
        registerType(rawType, { name, constructor: ctor, valueType, fromWireType: function(c) {
          return this.constructor.values[c];
        }, toWireType: (destructors, c) => c.value, readValueFromPointer: enumReadValueFromPointer(name, size, isSigned), destructorFunction: null });
        exposePublicSymbol(name, ctor);
        break;
      }
      case "number": {
        var keysMap = {};
        registerType(rawType, { name, keysMap, valueType, fromWireType: (c) => c, toWireType: (destructors, c) => c, readValueFromPointer: enumReadValueFromPointer(name, size, isSigned), destructorFunction: null });
        exposePublicSymbol(name, keysMap);
        delete Module3[name].argCount;
        break;
      }
      case "string": {
        var valuesMap = {};
        var reverseMap = {};
        var keysMap = {};
        registerType(rawType, { name, valuesMap, reverseMap, keysMap, valueType, fromWireType: function(c) {
          return this.reverseMap[c];
        }, toWireType: function(destructors, c) {
          return this.valuesMap[c];
        }, readValueFromPointer: enumReadValueFromPointer(name, size, isSigned), destructorFunction: null });
        exposePublicSymbol(name, keysMap);
        delete Module3[name].argCount;
        break;
      }
    }
  };
  __embind_register_enum.sig = "vpppii";
  var requireRegisteredType = (rawType, humanName) => {
    var impl = registeredTypes[rawType];
    if (void 0 === impl) {
      throwBindingError(`${humanName} has unknown type ${getTypeName(rawType)}`);
    }
    return impl;
  };
  var __embind_register_enum_value = (rawEnumType, name, enumValue) => {
    var enumType = requireRegisteredType(rawEnumType, "enum");
    name = AsciiToString(name);
    switch (enumType.valueType) {
      case "object": {
        var Enum = enumType.constructor;
        var Value = Object.create(enumType.constructor.prototype, { value: { value: enumValue }, constructor: { value: createNamedFunction(`${enumType.name}_${name}`, function() {
        }) } });
        Enum.values[enumValue] = Value;
        Enum[name] = Value;
        break;
      }
      case "number": {
        enumType.keysMap[name] = enumValue;
        break;
      }
      case "string": {
        enumType.valuesMap[name] = enumValue;
        enumType.reverseMap[enumValue] = name;
        enumType.keysMap[name] = name;
        break;
      }
    }
  };
  __embind_register_enum_value.sig = "vppi";
  var floatReadValueFromPointer = (name, width) => {
    switch (width) {
      case 4:
        return function(pointer) {
          return this.fromWireType(HEAPF32[pointer >> 2]);
        };
      case 8:
        return function(pointer) {
          return this.fromWireType(HEAPF64[pointer >> 3]);
        };
      default:
        throw new TypeError(`invalid float width (${width}): ${name}`);
    }
  };
  var __embind_register_float = (rawType, name, size) => {
    name = AsciiToString(name);
    registerType(rawType, { name, fromWireType: (value) => value, toWireType: (destructors, value) => {
      if (typeof value != "number" && typeof value != "boolean") {
        throw new TypeError(`Cannot convert ${embindRepr(value)} to ${this.name}`);
      }
      return value;
    }, readValueFromPointer: floatReadValueFromPointer(name, size), destructorFunction: null });
  };
  __embind_register_float.sig = "vppp";
  var __embind_register_function = (name, argCount, rawArgTypesAddr, signature, rawInvoker, fn, isAsync, isNonnullReturn) => {
    var argTypes = heap32VectorToArray(argCount, rawArgTypesAddr);
    name = AsciiToString(name);
    name = getFunctionName(name);
    rawInvoker = embind__requireFunction(signature, rawInvoker, isAsync);
    exposePublicSymbol(name, function() {
      throwUnboundTypeError(`Cannot call ${name} due to unbound types`, argTypes);
    }, argCount - 1);
    whenDependentTypesAreResolved([], argTypes, (argTypes2) => {
      var invokerArgsArray = [argTypes2[0], null].concat(argTypes2.slice(1));
      replacePublicSymbol(name, craftInvokerFunction(name, invokerArgsArray, null, rawInvoker, fn, isAsync), argCount - 1);
      return [];
    });
  };
  __embind_register_function.sig = "vpippppii";
  var __embind_register_integer = (primitiveType, name, size, minRange, maxRange) => {
    name = AsciiToString(name);
    const isUnsignedType = minRange === 0;
    let fromWireType = (value) => value;
    if (isUnsignedType) {
      var bitshift = 32 - 8 * size;
      fromWireType = (value) => value << bitshift >>> bitshift;
      maxRange = fromWireType(maxRange);
    }
    registerType(primitiveType, { name, fromWireType, toWireType: (destructors, value) => {
      if (typeof value != "number" && typeof value != "boolean") {
        throw new TypeError(`Cannot convert "${embindRepr(value)}" to ${name}`);
      }
      assertIntegerRange(name, value, minRange, maxRange);
      return value;
    }, readValueFromPointer: integerReadValueFromPointer(name, size, minRange !== 0), destructorFunction: null });
  };
  __embind_register_integer.sig = "vpppii";
  var __embind_register_memory_view = (rawType, dataTypeIndex, name) => {
    var typeMapping = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
    var TA = typeMapping[dataTypeIndex];
    function decodeMemoryView(handle) {
      var size = HEAPU32[handle >> 2];
      var data = HEAPU32[handle + 4 >> 2];
      return new TA(HEAP8.buffer, data, size);
    }
    name = AsciiToString(name);
    registerType(rawType, { name, fromWireType: decodeMemoryView, readValueFromPointer: decodeMemoryView }, { ignoreDuplicateRegistrations: true });
  };
  __embind_register_memory_view.sig = "vpip";
  var EmValOptionalType = Object.assign({ optional: true }, EmValType);
  var __embind_register_optional = (rawOptionalType, rawType) => {
    registerType(rawOptionalType, EmValOptionalType);
  };
  __embind_register_optional.sig = "vpp";
  var __embind_register_std_string = (rawType, name) => {
    name = AsciiToString(name);
    var stdStringIsUTF8 = true;
    registerType(rawType, { name, fromWireType(value) {
      var length = HEAPU32[value >> 2];
      var payload = value + 4;
      var str;
      if (stdStringIsUTF8) {
        str = UTF8ToString(payload, length, true);
      } else {
        str = "";
        for (var i2 = 0; i2 < length; ++i2) {
          str += String.fromCharCode(HEAPU8[payload + i2]);
        }
      }
      _free(value);
      return str;
    }, toWireType(destructors, value) {
      if (value instanceof ArrayBuffer) {
        value = new Uint8Array(value);
      }
      var length;
      var valueIsOfTypeString = typeof value == "string";
      if (!(valueIsOfTypeString || ArrayBuffer.isView(value) && value.BYTES_PER_ELEMENT == 1)) {
        throwBindingError("Cannot pass non-string to std::string");
      }
      if (stdStringIsUTF8 && valueIsOfTypeString) {
        length = lengthBytesUTF8(value);
      } else {
        length = value.length;
      }
      var base = _malloc(4 + length + 1);
      var ptr = base + 4;
      HEAPU32[base >> 2] = length;
      if (valueIsOfTypeString) {
        if (stdStringIsUTF8) {
          stringToUTF8(value, ptr, length + 1);
        } else {
          for (var i2 = 0; i2 < length; ++i2) {
            var charCode = value.charCodeAt(i2);
            if (charCode > 255) {
              _free(base);
              throwBindingError("String has UTF-16 code units that do not fit in 8 bits");
            }
            HEAPU8[ptr + i2] = charCode;
          }
        }
      } else {
        HEAPU8.set(value, ptr);
      }
      if (destructors !== null) {
        destructors.push(_free, base);
      }
      return base;
    }, readValueFromPointer: readPointer, destructorFunction(ptr) {
      _free(ptr);
    } });
  };
  __embind_register_std_string.sig = "vpp";
  var UTF16Decoder = globalThis.TextDecoder ? new TextDecoder("utf-16le") : void 0;
  var UTF16ToString = (ptr, maxBytesToRead, ignoreNul) => {
    assert(ptr % 2 == 0, "Pointer passed to UTF16ToString must be aligned to two bytes!");
    var idx = ptr >> 1;
    var endIdx = findStringEnd(HEAPU16, idx, maxBytesToRead / 2, ignoreNul);
    if (endIdx - idx > 16 && UTF16Decoder) return UTF16Decoder.decode(HEAPU16.subarray(idx, endIdx));
    var str = "";
    for (var i2 = idx; i2 < endIdx; ++i2) {
      var codeUnit = HEAPU16[i2];
      str += String.fromCharCode(codeUnit);
    }
    return str;
  };
  var stringToUTF16 = (str, outPtr, maxBytesToWrite) => {
    assert(outPtr % 2 == 0, "Pointer passed to stringToUTF16 must be aligned to two bytes!");
    assert(typeof maxBytesToWrite == "number", "stringToUTF16(str, outPtr, maxBytesToWrite) is missing the third parameter that specifies the length of the output buffer!");
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      HEAP16[outPtr >> 1] = codeUnit;
      outPtr += 2;
    }
    HEAP16[outPtr >> 1] = 0;
    return outPtr - startPtr;
  };
  var lengthBytesUTF16 = (str) => str.length * 2;
  var UTF32ToString = (ptr, maxBytesToRead, ignoreNul) => {
    assert(ptr % 4 == 0, "Pointer passed to UTF32ToString must be aligned to four bytes!");
    var str = "";
    var startIdx = ptr >> 2;
    for (var i2 = 0; !(i2 >= maxBytesToRead / 4); i2++) {
      var utf32 = HEAPU32[startIdx + i2];
      if (!utf32 && !ignoreNul) break;
      str += String.fromCodePoint(utf32);
    }
    return str;
  };
  var stringToUTF32 = (str, outPtr, maxBytesToWrite) => {
    assert(outPtr % 4 == 0, "Pointer passed to stringToUTF32 must be aligned to four bytes!");
    assert(typeof maxBytesToWrite == "number", "stringToUTF32(str, outPtr, maxBytesToWrite) is missing the third parameter that specifies the length of the output buffer!");
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 4) return 0;
    var startPtr = outPtr;
    var endPtr = startPtr + maxBytesToWrite - 4;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var codePoint = str.codePointAt(i2);
      if (codePoint > 65535) {
        i2++;
      }
      HEAP32[outPtr >> 2] = codePoint;
      outPtr += 4;
      if (outPtr + 4 > endPtr) break;
    }
    HEAP32[outPtr >> 2] = 0;
    return outPtr - startPtr;
  };
  var lengthBytesUTF32 = (str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var codePoint = str.codePointAt(i2);
      if (codePoint > 65535) {
        i2++;
      }
      len += 4;
    }
    return len;
  };
  var __embind_register_std_wstring = (rawType, charSize, name) => {
    name = AsciiToString(name);
    var decodeString, encodeString, lengthBytesUTF;
    if (charSize === 2) {
      decodeString = UTF16ToString;
      encodeString = stringToUTF16;
      lengthBytesUTF = lengthBytesUTF16;
    } else {
      assert(charSize === 4, "only 2-byte and 4-byte strings are currently supported");
      decodeString = UTF32ToString;
      encodeString = stringToUTF32;
      lengthBytesUTF = lengthBytesUTF32;
    }
    registerType(rawType, { name, fromWireType: (value) => {
      var length = HEAPU32[value >> 2];
      var str = decodeString(value + 4, length * charSize, true);
      _free(value);
      return str;
    }, toWireType: (destructors, value) => {
      if (!(typeof value == "string")) {
        throwBindingError(`Cannot pass non-string to C++ string type ${name}`);
      }
      var length = lengthBytesUTF(value);
      var ptr = _malloc(4 + length + charSize);
      HEAPU32[ptr >> 2] = length / charSize;
      encodeString(value, ptr + 4, length + charSize);
      if (destructors !== null) {
        destructors.push(_free, ptr);
      }
      return ptr;
    }, readValueFromPointer: readPointer, destructorFunction(ptr) {
      _free(ptr);
    } });
  };
  __embind_register_std_wstring.sig = "vppp";
  var __embind_register_void = (rawType, name) => {
    name = AsciiToString(name);
    registerType(rawType, { isVoid: true, name, fromWireType: () => void 0, toWireType: (destructors, o) => void 0 });
  };
  __embind_register_void.sig = "vpp";
  var __emval_array_to_memory_view = (dst, src) => {
    dst = Emval.toValue(dst);
    src = Emval.toValue(src);
    dst.set(src);
  };
  __emval_array_to_memory_view.sig = "vpp";
  var emval_methodCallers = [];
  var emval_addMethodCaller = (caller) => {
    var id = emval_methodCallers.length;
    emval_methodCallers.push(caller);
    return id;
  };
  var emval_lookupTypes = (argCount, argTypes) => {
    var a = new Array(argCount);
    for (var i2 = 0; i2 < argCount; ++i2) {
      a[i2] = requireRegisteredType(HEAPU32[argTypes + i2 * 4 >> 2], `parameter ${i2}`);
    }
    return a;
  };
  var emval_returnValue = (toReturnWire, destructorsRef, handle) => {
    var destructors = [];
    var result = toReturnWire(destructors, handle);
    if (destructors.length) {
      HEAPU32[destructorsRef >> 2] = Emval.toHandle(destructors);
    }
    return result;
  };
  var emval_symbols = {};
  var getStringOrSymbol = (address) => {
    var symbol = emval_symbols[address];
    if (symbol === void 0) {
      return AsciiToString(address);
    }
    return symbol;
  };
  var __emval_create_invoker = (argCount, argTypesPtr, kind) => {
    var GenericWireTypeSize = 8;
    var [retType, ...argTypes] = emval_lookupTypes(argCount, argTypesPtr);
    var toReturnWire = retType.toWireType.bind(retType);
    var argFromPtr = argTypes.map((type) => type.readValueFromPointer.bind(type));
    argCount--;
    var argN = new Array(argCount);
    var invokerFunction = (handle, methodName, destructorsRef, args) => {
      var offset = 0;
      for (var i2 = 0; i2 < argCount; ++i2) {
        argN[i2] = argFromPtr[i2](args + offset);
        offset += GenericWireTypeSize;
      }
      var rv;
      switch (kind) {
        case 0:
          rv = Emval.toValue(handle).apply(null, argN);
          break;
        case 2:
          rv = Reflect.construct(Emval.toValue(handle), argN);
          break;
        case 3:
          rv = argN[0];
          break;
        case 1:
          rv = Emval.toValue(handle)[getStringOrSymbol(methodName)](...argN);
          break;
      }
      return emval_returnValue(toReturnWire, destructorsRef, rv);
    };
    var functionName = `methodCaller<(${argTypes.map((t) => t.name)}) => ${retType.name}>`;
    return emval_addMethodCaller(createNamedFunction(functionName, invokerFunction));
  };
  __emval_create_invoker.sig = "pipi";
  var __emval_equals = (first, second) => {
    first = Emval.toValue(first);
    second = Emval.toValue(second);
    return first == second;
  };
  __emval_equals.sig = "ipp";
  var __emval_get_property = (handle, key) => {
    handle = Emval.toValue(handle);
    key = Emval.toValue(key);
    return Emval.toHandle(handle[key]);
  };
  __emval_get_property.sig = "ppp";
  var __emval_incref = (handle) => {
    if (handle > 9) {
      emval_handles[handle + 1] += 1;
    }
  };
  __emval_incref.sig = "vp";
  var __emval_invoke = (caller, handle, methodName, destructorsRef, args) => emval_methodCallers[caller](handle, methodName, destructorsRef, args);
  __emval_invoke.sig = "dppppp";
  var __emval_invoke_i64 = (a1, a2, a3, a4, a5) => __emval_invoke(a1, a2, a3, a4, a5);
  __emval_invoke_i64.sig = "jppppp";
  var __emval_new_array = () => Emval.toHandle([]);
  __emval_new_array.sig = "p";
  var __emval_new_array_from_memory_view = (view) => {
    view = Emval.toValue(view);
    var a = new Array(view.length);
    for (var i2 = 0; i2 < view.length; i2++) a[i2] = view[i2];
    return Emval.toHandle(a);
  };
  __emval_new_array_from_memory_view.sig = "pp";
  var __emval_new_cstring = (v) => Emval.toHandle(getStringOrSymbol(v));
  __emval_new_cstring.sig = "pp";
  var __emval_new_object = () => Emval.toHandle({});
  __emval_new_object.sig = "p";
  var __emval_new_u8string = (v) => Emval.toHandle(UTF8ToString(v));
  __emval_new_u8string.sig = "pp";
  var __emval_run_destructors = (handle) => {
    var destructors = Emval.toValue(handle);
    runDestructors(destructors);
    __emval_decref(handle);
  };
  __emval_run_destructors.sig = "vp";
  var __emval_set_property = (handle, key, value) => {
    handle = Emval.toValue(handle);
    key = Emval.toValue(key);
    value = Emval.toValue(value);
    handle[key] = value;
  };
  __emval_set_property.sig = "vppp";
  function __gmtime_js(time, tmPtr) {
    time = bigintToI53Checked(time);
    var date = new Date(time * 1e3);
    HEAP32[tmPtr >> 2] = date.getUTCSeconds();
    HEAP32[tmPtr + 4 >> 2] = date.getUTCMinutes();
    HEAP32[tmPtr + 8 >> 2] = date.getUTCHours();
    HEAP32[tmPtr + 12 >> 2] = date.getUTCDate();
    HEAP32[tmPtr + 16 >> 2] = date.getUTCMonth();
    HEAP32[tmPtr + 20 >> 2] = date.getUTCFullYear() - 1900;
    HEAP32[tmPtr + 24 >> 2] = date.getUTCDay();
    var start = Date.UTC(date.getUTCFullYear(), 0, 1, 0, 0, 0, 0);
    var yday = (date.getTime() - start) / (1e3 * 60 * 60 * 24) | 0;
    HEAP32[tmPtr + 28 >> 2] = yday;
  }
  __gmtime_js.sig = "vjp";
  var isLeapYear = (year) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  var MONTH_DAYS_LEAP_CUMULATIVE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];
  var MONTH_DAYS_REGULAR_CUMULATIVE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  var ydayFromDate = (date) => {
    var leap = isLeapYear(date.getFullYear());
    var monthDaysCumulative = leap ? MONTH_DAYS_LEAP_CUMULATIVE : MONTH_DAYS_REGULAR_CUMULATIVE;
    var yday = monthDaysCumulative[date.getMonth()] + date.getDate() - 1;
    return yday;
  };
  function __localtime_js(time, tmPtr) {
    time = bigintToI53Checked(time);
    var date = new Date(time * 1e3);
    HEAP32[tmPtr >> 2] = date.getSeconds();
    HEAP32[tmPtr + 4 >> 2] = date.getMinutes();
    HEAP32[tmPtr + 8 >> 2] = date.getHours();
    HEAP32[tmPtr + 12 >> 2] = date.getDate();
    HEAP32[tmPtr + 16 >> 2] = date.getMonth();
    HEAP32[tmPtr + 20 >> 2] = date.getFullYear() - 1900;
    HEAP32[tmPtr + 24 >> 2] = date.getDay();
    var yday = ydayFromDate(date) | 0;
    HEAP32[tmPtr + 28 >> 2] = yday;
    HEAP32[tmPtr + 36 >> 2] = -(date.getTimezoneOffset() * 60);
    var start = new Date(date.getFullYear(), 0, 1);
    var summerOffset = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
    var winterOffset = start.getTimezoneOffset();
    var dst = (summerOffset != winterOffset && date.getTimezoneOffset() == Math.min(winterOffset, summerOffset)) | 0;
    HEAP32[tmPtr + 32 >> 2] = dst;
  }
  __localtime_js.sig = "vjp";
  var __mktime_js = function(tmPtr) {
    var ret = (() => {
      var date = new Date(HEAP32[tmPtr + 20 >> 2] + 1900, HEAP32[tmPtr + 16 >> 2], HEAP32[tmPtr + 12 >> 2], HEAP32[tmPtr + 8 >> 2], HEAP32[tmPtr + 4 >> 2], HEAP32[tmPtr >> 2], 0);
      var dst = HEAP32[tmPtr + 32 >> 2];
      var guessedOffset = date.getTimezoneOffset();
      var start = new Date(date.getFullYear(), 0, 1);
      var summerOffset = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
      var winterOffset = start.getTimezoneOffset();
      var dstOffset = Math.min(winterOffset, summerOffset);
      if (dst < 0) {
        HEAP32[tmPtr + 32 >> 2] = Number(summerOffset != winterOffset && dstOffset == guessedOffset);
      } else if (dst > 0 != (dstOffset == guessedOffset)) {
        var nonDstOffset = Math.max(winterOffset, summerOffset);
        var trueOffset = dst > 0 ? dstOffset : nonDstOffset;
        date.setTime(date.getTime() + (trueOffset - guessedOffset) * 6e4);
      }
      HEAP32[tmPtr + 24 >> 2] = date.getDay();
      var yday = ydayFromDate(date) | 0;
      HEAP32[tmPtr + 28 >> 2] = yday;
      HEAP32[tmPtr >> 2] = date.getSeconds();
      HEAP32[tmPtr + 4 >> 2] = date.getMinutes();
      HEAP32[tmPtr + 8 >> 2] = date.getHours();
      HEAP32[tmPtr + 12 >> 2] = date.getDate();
      HEAP32[tmPtr + 16 >> 2] = date.getMonth();
      HEAP32[tmPtr + 20 >> 2] = date.getYear();
      var timeMs = date.getTime();
      if (isNaN(timeMs)) {
        return -1;
      }
      return timeMs / 1e3;
    })();
    return BigInt(ret);
  };
  __mktime_js.sig = "jp";
  var __tzset_js = (timezone, daylight, std_name, dst_name) => {
    var currentYear = (/* @__PURE__ */ new Date()).getFullYear();
    var winter = new Date(currentYear, 0, 1);
    var summer = new Date(currentYear, 6, 1);
    var winterOffset = winter.getTimezoneOffset();
    var summerOffset = summer.getTimezoneOffset();
    var stdTimezoneOffset = Math.max(winterOffset, summerOffset);
    HEAPU32[timezone >> 2] = stdTimezoneOffset * 60;
    HEAP32[daylight >> 2] = Number(winterOffset != summerOffset);
    var extractZone = (timezoneOffset) => {
      var sign = timezoneOffset >= 0 ? "-" : "+";
      var absOffset = Math.abs(timezoneOffset);
      var hours = String(Math.floor(absOffset / 60)).padStart(2, "0");
      var minutes = String(absOffset % 60).padStart(2, "0");
      return `UTC${sign}${hours}${minutes}`;
    };
    var winterName = extractZone(winterOffset);
    var summerName = extractZone(summerOffset);
    assert(winterName);
    assert(summerName);
    assert(lengthBytesUTF8(winterName) <= 16, `timezone name truncated to fit in TZNAME_MAX (${winterName})`);
    assert(lengthBytesUTF8(summerName) <= 16, `timezone name truncated to fit in TZNAME_MAX (${summerName})`);
    if (summerOffset < winterOffset) {
      stringToUTF8(winterName, std_name, 17);
      stringToUTF8(summerName, dst_name, 17);
    } else {
      stringToUTF8(winterName, dst_name, 17);
      stringToUTF8(summerName, std_name, 17);
    }
  };
  __tzset_js.sig = "vpppp";
  var _emscripten_get_now = () => performance.now();
  _emscripten_get_now.sig = "d";
  var _emscripten_date_now = () => Date.now();
  _emscripten_date_now.sig = "d";
  var nowIsMonotonic = 1;
  var checkWasiClock = (clock_id) => clock_id >= 0 && clock_id <= 3;
  function _clock_time_get(clk_id, ignored_precision, ptime) {
    ignored_precision = bigintToI53Checked(ignored_precision);
    if (!checkWasiClock(clk_id)) {
      return 28;
    }
    var now;
    if (clk_id === 0) {
      now = _emscripten_date_now();
    } else if (nowIsMonotonic) {
      now = _emscripten_get_now();
    } else {
      return 52;
    }
    var nsec = Math.round(now * 1e3 * 1e3);
    HEAP64[ptime >> 3] = BigInt(nsec);
    return 0;
  }
  _clock_time_get.sig = "iijp";
  var _emscripten_err = (str) => err(UTF8ToString(str));
  _emscripten_err.sig = "vp";
  var getHeapMax = () => 2147483648;
  var _emscripten_get_heap_max = () => getHeapMax();
  _emscripten_get_heap_max.sig = "p";
  var growMemory = (size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
      err(`growMemory: Attempted to grow heap from ${oldHeapSize} bytes to ${size} bytes, but got error: ${e}`);
    }
  };
  var _emscripten_resize_heap = (requestedSize) => {
    if (globalThis.__weightgateHeapGrowth?.(requestedSize >>> 0) === false) return false;
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    assert(requestedSize > oldSize);
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      err(`Cannot enlarge memory, requested ${requestedSize} bytes, but the limit is ${maxHeapSize} bytes!`);
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    err(`Failed to grow the heap from ${oldSize} bytes to ${newSize} bytes, not enough memory!`);
    return false;
  };
  _emscripten_resize_heap.sig = "ip";
  var ENV = {};
  var getExecutableName = () => thisProgram || "./this.program";
  var getEnvStrings = () => {
    if (!getEnvStrings.strings) {
      var lang = (globalThis.navigator?.language ?? "C").replace("-", "_") + ".UTF-8";
      var env = { USER: "web_user", LOGNAME: "web_user", PATH: "/", PWD: "/", HOME: "/home/web_user", LANG: lang, _: getExecutableName() };
      if (ENVIRONMENT_IS_NODE) {
        env = process.env;
      }
      for (var x in ENV) {
        if (ENV[x] === void 0) delete env[x];
        else env[x] = ENV[x];
      }
      var strings = [];
      for (var x in env) {
        strings.push(`${x}=${env[x]}`);
      }
      getEnvStrings.strings = strings;
    }
    return getEnvStrings.strings;
  };
  var _environ_get = (__environ, environ_buf) => {
    var bufSize = 0;
    var envp = 0;
    for (var string of getEnvStrings()) {
      var ptr = environ_buf + bufSize;
      HEAPU32[__environ + envp >> 2] = ptr;
      bufSize += stringToUTF8(string, ptr, Infinity) + 1;
      envp += 4;
    }
    return 0;
  };
  _environ_get.sig = "ipp";
  var _environ_sizes_get = (penviron_count, penviron_buf_size) => {
    var strings = getEnvStrings();
    HEAPU32[penviron_count >> 2] = strings.length;
    var bufSize = 0;
    for (var string of strings) {
      bufSize += lengthBytesUTF8(string) + 1;
    }
    HEAPU32[penviron_buf_size >> 2] = bufSize;
    return 0;
  };
  _environ_sizes_get.sig = "ipp";
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = () => noExitRuntime || runtimeKeepaliveCounter > 0;
  var _proc_exit = (code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module3["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  };
  _proc_exit.sig = "vi";
  var exitJS = (status, implicit) => {
    EXITSTATUS = status;
    checkUnflushedContent();
    if (keepRuntimeAlive() && !implicit) {
      var msg = `program exited (with status: ${status}), but keepRuntimeAlive() is set (counter=${runtimeKeepaliveCounter}) due to an async operation, so halting execution but not exiting the runtime or preventing further async execution (you can use emscripten_force_exit, if you want to force a true shutdown)`;
      readyPromiseReject?.(msg);
      err(msg);
    }
    _proc_exit(status);
  };
  var _exit = exitJS;
  _exit.sig = "vi";
  function _fd_close(fd) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      FS2.close(stream);
      return 0;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_close.sig = "ii";
  var doReadv = (stream, iov, iovcnt, offset) => {
    var ret = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = HEAPU32[iov >> 2];
      var len = HEAPU32[iov + 4 >> 2];
      iov += 8;
      var curr = FS2.read(stream, HEAP8, ptr, len, offset);
      if (curr < 0) return -1;
      ret += curr;
      if (curr < len) break;
      if (typeof offset != "undefined") {
        offset += curr;
      }
    }
    return ret;
  };
  function _fd_pread(fd, iov, iovcnt, offset, pnum) {
    offset = bigintToI53Checked(offset);
    try {
      if (isNaN(offset)) return 61;
      var stream = SYSCALLS.getStreamFromFD(fd);
      var num = doReadv(stream, iov, iovcnt, offset);
      HEAPU32[pnum >> 2] = num;
      return 0;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_pread.sig = "iippjp";
  var doWritev = (stream, iov, iovcnt, offset) => {
    var ret = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = HEAPU32[iov >> 2];
      var len = HEAPU32[iov + 4 >> 2];
      iov += 8;
      var curr = FS2.write(stream, HEAP8, ptr, len, offset);
      if (curr < 0) return -1;
      ret += curr;
      if (curr < len) {
        break;
      }
      if (typeof offset != "undefined") {
        offset += curr;
      }
    }
    return ret;
  };
  function _fd_pwrite(fd, iov, iovcnt, offset, pnum) {
    offset = bigintToI53Checked(offset);
    try {
      if (isNaN(offset)) return 61;
      var stream = SYSCALLS.getStreamFromFD(fd);
      var num = doWritev(stream, iov, iovcnt, offset);
      HEAPU32[pnum >> 2] = num;
      return 0;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_pwrite.sig = "iippjp";
  function _fd_read(fd, iov, iovcnt, pnum) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      var num = doReadv(stream, iov, iovcnt);
      HEAPU32[pnum >> 2] = num;
      return 0;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_read.sig = "iippp";
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    try {
      if (isNaN(offset)) return 61;
      var stream = SYSCALLS.getStreamFromFD(fd);
      FS2.llseek(stream, offset, whence);
      HEAP64[newOffset >> 3] = BigInt(stream.position);
      if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
      return 0;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_seek.sig = "iijip";
  function _fd_write(fd, iov, iovcnt, pnum) {
    try {
      var stream = SYSCALLS.getStreamFromFD(fd);
      var num = doWritev(stream, iov, iovcnt);
      HEAPU32[pnum >> 2] = num;
      return 0;
    } catch (e) {
      if (typeof FS2 == "undefined" || !(e.name === "ErrnoError")) throw e;
      return e.errno;
    }
  }
  _fd_write.sig = "iippp";
  var handleException = (e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    checkStackCookie();
    if (e instanceof WebAssembly.RuntimeError) {
      if (_emscripten_stack_get_current() <= 0) {
        err("Stack overflow detected.  You can try increasing -sSTACK_SIZE (currently set to 2097152)");
      }
    }
    quit_(1, e);
  };
  var getCFunc = (ident) => {
    var func = Module3["_" + ident];
    assert(func, "Cannot call unknown function " + ident + ", make sure it is exported");
    return func;
  };
  var writeArrayToMemory = (array, buffer) => {
    assert(array.length >= 0, "writeArrayToMemory array must have a length (should be an array or typed array)");
    HEAP8.set(array, buffer);
  };
  var ccall = (ident, returnType, argTypes, args, opts) => {
    var toC = { string: (str) => {
      var ret2 = 0;
      if (str !== null && str !== void 0 && str !== 0) {
        ret2 = stringToUTF8OnStack(str);
      }
      return ret2;
    }, array: (arr) => {
      var ret2 = stackAlloc(arr.length);
      writeArrayToMemory(arr, ret2);
      return ret2;
    } };
    function convertReturnValue(ret2) {
      if (returnType === "string") {
        return UTF8ToString(ret2);
      }
      if (returnType === "boolean") return Boolean(ret2);
      return ret2;
    }
    var func = getCFunc(ident);
    var cArgs = [];
    var stack = 0;
    assert(returnType !== "array", 'Return type should not be "array".');
    if (args) {
      for (var i2 = 0; i2 < args.length; i2++) {
        var converter = toC[argTypes[i2]];
        if (converter) {
          if (stack === 0) stack = stackSave();
          cArgs[i2] = converter(args[i2]);
        } else {
          cArgs[i2] = args[i2];
        }
      }
    }
    var ret = func(...cArgs);
    function onDone(ret2) {
      if (stack !== 0) stackRestore(stack);
      return convertReturnValue(ret2);
    }
    ret = onDone(ret);
    return ret;
  };
  var cwrap = (ident, returnType, argTypes, opts) => (...args) => ccall(ident, returnType, argTypes, args, opts);
  var FS_createPath = (...args) => FS2.createPath(...args);
  var FS_unlink = (...args) => FS2.unlink(...args);
  var FS_createLazyFile = (...args) => FS2.createLazyFile(...args);
  var FS_createDevice = (...args) => FS2.createDevice(...args);
  var getTempRet0 = (val) => __emscripten_tempret_get();
  var _getTempRet0 = getTempRet0;
  for (var base64ReverseLookup = new Uint8Array(123), i = 25; i >= 0; --i) {
    base64ReverseLookup[48 + i] = 52 + i;
    base64ReverseLookup[65 + i] = i;
    base64ReverseLookup[97 + i] = 26 + i;
  }
  base64ReverseLookup[43] = 62;
  base64ReverseLookup[47] = 63;
  registerWasmPlugin();
  FS2.createPreloadedFile = FS_createPreloadedFile;
  FS2.preloadFile = FS_preloadFile;
  FS2.staticInit();
  if (ENVIRONMENT_IS_NODE) {
    NODEFS.staticInit();
  }
  if (!ENVIRONMENT_IS_NODE) {
    throw new Error("NODERAWFS is currently only supported on Node.js environment.");
  }
  var _wrapNodeError = function(func) {
    return function(...args) {
      try {
        return func(...args);
      } catch (e) {
        if (e.code) {
          throw new FS2.ErrnoError(ERRNO_CODES[e.code]);
        }
        throw e;
      }
    };
  };
  var VFS = { ...FS2 };
  for (var _key in NODERAWFS) {
    FS2[_key] = _wrapNodeError(NODERAWFS[_key]);
  }
  init_ClassHandle();
  init_RegisteredPointer();
  assert(emval_handles.length === 5 * 2);
  {
    if (Module3["preloadPlugins"]) preloadPlugins = Module3["preloadPlugins"];
    if (Module3["noExitRuntime"]) noExitRuntime = Module3["noExitRuntime"];
    if (Module3["print"]) out = Module3["print"];
    if (Module3["printErr"]) err = Module3["printErr"];
    if (Module3["dynamicLibraries"]) dynamicLibraries = Module3["dynamicLibraries"];
    if (Module3["wasmBinary"]) wasmBinary = Module3["wasmBinary"];
    checkIncomingModuleAPI();
    if (Module3["arguments"]) arguments_ = Module3["arguments"];
    if (Module3["thisProgram"]) thisProgram = Module3["thisProgram"];
    assert(typeof Module3["memoryInitializerPrefixURL"] == "undefined", "Module.memoryInitializerPrefixURL option was removed, use Module.locateFile instead");
    assert(typeof Module3["pthreadMainPrefixURL"] == "undefined", "Module.pthreadMainPrefixURL option was removed, use Module.locateFile instead");
    assert(typeof Module3["cdInitializerPrefixURL"] == "undefined", "Module.cdInitializerPrefixURL option was removed, use Module.locateFile instead");
    assert(typeof Module3["filePackagePrefixURL"] == "undefined", "Module.filePackagePrefixURL option was removed, use Module.locateFile instead");
    assert(typeof Module3["read"] == "undefined", "Module.read option was removed");
    assert(typeof Module3["readAsync"] == "undefined", "Module.readAsync option was removed (modify readAsync in JS)");
    assert(typeof Module3["readBinary"] == "undefined", "Module.readBinary option was removed (modify readBinary in JS)");
    assert(typeof Module3["setWindowTitle"] == "undefined", "Module.setWindowTitle option was removed (modify emscripten_set_window_title in JS)");
    assert(typeof Module3["TOTAL_MEMORY"] == "undefined", "Module.TOTAL_MEMORY has been renamed Module.INITIAL_MEMORY");
    assert(typeof Module3["ENVIRONMENT"] == "undefined", "Module.ENVIRONMENT has been deprecated. To force the environment, use the ENVIRONMENT compile-time option (for example, -sENVIRONMENT=web or -sENVIRONMENT=node)");
    assert(typeof Module3["STACK_SIZE"] == "undefined", "STACK_SIZE can no longer be set at runtime.  Use -sSTACK_SIZE at link time");
    assert(typeof Module3["wasmMemory"] == "undefined", "Use of `wasmMemory` detected.  Use -sIMPORTED_MEMORY to define wasmMemory externally");
    assert(typeof Module3["INITIAL_MEMORY"] == "undefined", "Detected runtime INITIAL_MEMORY setting.  Use -sIMPORTED_MEMORY to define wasmMemory dynamically");
    if (Module3["preInit"]) {
      if (typeof Module3["preInit"] == "function") Module3["preInit"] = [Module3["preInit"]];
      while (Module3["preInit"].length > 0) {
        Module3["preInit"].shift()();
      }
    }
    consumedModuleProp("preInit");
  }
  Module3["addRunDependency"] = addRunDependency;
  Module3["removeRunDependency"] = removeRunDependency;
  Module3["ccall"] = ccall;
  Module3["cwrap"] = cwrap;
  Module3["UTF8ToString"] = UTF8ToString;
  Module3["AsciiToString"] = AsciiToString;
  Module3["FS_preloadFile"] = FS_preloadFile;
  Module3["FS_unlink"] = FS_unlink;
  Module3["FS_createPath"] = FS_createPath;
  Module3["FS_createDevice"] = FS_createDevice;
  Module3["FS"] = FS2;
  Module3["FS_createDataFile"] = FS_createDataFile;
  Module3["FS_createLazyFile"] = FS_createLazyFile;
  var missingLibrarySymbols = ["writeI53ToI64", "writeI53ToI64Clamped", "writeI53ToI64Signaling", "writeI53ToU64Clamped", "writeI53ToU64Signaling", "readI53FromI64", "readI53FromU64", "convertI32PairToI53", "convertI32PairToI53Checked", "convertU32PairToI53", "setTempRet0", "zeroMemory", "inetPton4", "inetNtop4", "inetPton6", "inetNtop6", "readSockaddr", "writeSockaddr", "readEmAsmArgs", "runEmAsmFunction", "runMainThreadEmAsm", "jstoi_q", "autoResumeAudioContext", "getDynCaller", "runtimeKeepalivePush", "runtimeKeepalivePop", "callUserCallback", "maybeExit", "asmjsMangle", "HandleAllocator", "addOnInit", "addOnPreMain", "addOnExit", "STACK_SIZE", "STACK_ALIGN", "POINTER_SIZE", "ASSERTIONS", "removeFunction", "intArrayToString", "stringToAscii", "stringToNewUTF8", "registerKeyEventCallback", "maybeCStringToJsString", "findEventTarget", "getBoundingClientRect", "fillMouseEventData", "registerMouseEventCallback", "registerWheelEventCallback", "registerUiEventCallback", "registerFocusEventCallback", "fillDeviceOrientationEventData", "registerDeviceOrientationEventCallback", "fillDeviceMotionEventData", "registerDeviceMotionEventCallback", "screenOrientation", "fillOrientationChangeEventData", "registerOrientationChangeEventCallback", "fillFullscreenChangeEventData", "registerFullscreenChangeEventCallback", "JSEvents_requestFullscreen", "JSEvents_resizeCanvasForFullscreen", "registerRestoreOldStyle", "hideEverythingExceptGivenElement", "restoreHiddenElements", "setLetterbox", "softFullscreenResizeWebGLRenderTarget", "doRequestFullscreen", "fillPointerlockChangeEventData", "registerPointerlockChangeEventCallback", "registerPointerlockErrorEventCallback", "requestPointerLock", "fillVisibilityChangeEventData", "registerVisibilityChangeEventCallback", "registerTouchEventCallback", "fillGamepadEventData", "registerGamepadEventCallback", "registerBeforeUnloadEventCallback", "fillBatteryEventData", "registerBatteryEventCallback", "setCanvasElementSize", "getCanvasElementSize", "jsStackTrace", "getCallstack", "convertPCtoSourceLocation", "wasiRightsToMuslOFlags", "wasiOFlagsToMuslOFlags", "safeSetTimeout", "setImmediateWrapped", "safeRequestAnimationFrame", "clearImmediateWrapped", "registerPostMainLoop", "registerPreMainLoop", "getPromise", "makePromise", "idsToPromises", "makePromiseCallback", "findMatchingCatch", "Browser_asyncPrepareDataCounter", "arraySum", "addDays", "getSocketFromFD", "getSocketAddress", "FS_mkdirTree", "_setNetworkCallback", "heapObjectForWebGLType", "toTypedArrayIndex", "webgl_enable_ANGLE_instanced_arrays", "webgl_enable_OES_vertex_array_object", "webgl_enable_WEBGL_draw_buffers", "webgl_enable_WEBGL_multi_draw", "webgl_enable_EXT_polygon_offset_clamp", "webgl_enable_EXT_clip_control", "webgl_enable_WEBGL_polygon_mode", "emscriptenWebGLGet", "computeUnpackAlignedImageSize", "colorChannelsInGlTextureFormat", "emscriptenWebGLGetTexPixelData", "emscriptenWebGLGetUniform", "webglGetUniformLocation", "webglPrepareUniformLocationsBeforeFirstUse", "webglGetLeftBracePos", "emscriptenWebGLGetVertexAttrib", "__glGetActiveAttribOrUniform", "writeGLArray", "registerWebGlEventCallback", "runAndAbortIfError", "ALLOC_NORMAL", "ALLOC_STACK", "allocate", "writeStringToMemory", "writeAsciiToMemory", "allocateUTF8", "allocateUTF8OnStack", "demangle", "stackTrace", "getNativeTypeSize", "getFunctionArgsName", "createJsInvokerSignature", "createJsInvoker", "PureVirtualError", "registerInheritedInstance", "unregisterInheritedInstance", "getInheritedInstanceCount", "getLiveInheritedInstances", "setDelayFunction", "count_emval_handles"];
  missingLibrarySymbols.forEach(missingLibrarySymbol);
  var unexportedSymbols = ["run", "out", "err", "callMain", "abort", "wasmExports", "HEAPF32", "HEAPF64", "HEAP8", "HEAP16", "HEAPU16", "HEAP32", "HEAPU32", "HEAP64", "HEAPU64", "writeStackCookie", "checkStackCookie", "INT53_MAX", "INT53_MIN", "bigintToI53Checked", "stackSave", "stackRestore", "stackAlloc", "getTempRet0", "createNamedFunction", "ptrToString", "exitJS", "getHeapMax", "growMemory", "ENV", "withStackSave", "ERRNO_CODES", "strError", "DNS", "Protocols", "Sockets", "timers", "warnOnce", "readEmAsmArgsArray", "getExecutableName", "dynCall", "handleException", "keepRuntimeAlive", "asyncLoad", "alignMemory", "mmapAlloc", "wasmTable", "wasmMemory", "getUniqueRunDependency", "noExitRuntime", "addOnPreRun", "addOnPostCtor", "addOnPostRun", "convertJsFunctionToWasm", "freeTableIndexes", "functionsInTableMap", "getEmptyTableSlot", "updateTableMap", "getFunctionAddress", "addFunction", "setValue", "getValue", "PATH", "PATH_FS", "UTF8Decoder", "UTF8ArrayToString", "stringToUTF8Array", "stringToUTF8", "lengthBytesUTF8", "intArrayFromString", "UTF16Decoder", "UTF16ToString", "stringToUTF16", "lengthBytesUTF16", "UTF32ToString", "stringToUTF32", "lengthBytesUTF32", "stringToUTF8OnStack", "writeArrayToMemory", "JSEvents", "specialHTMLTargets", "findCanvasEventTarget", "currentFullscreenStrategy", "restoreOldWindowedStyle", "UNWIND_CACHE", "ExitStatus", "getEnvStrings", "checkWasiClock", "doReadv", "doWritev", "initRandomFill", "randomFill", "emSetImmediate", "emClearImmediate_deps", "emClearImmediate", "promiseMap", "uncaughtExceptionCount", "exceptionLast", "exceptionCaught", "ExceptionInfo", "Browser", "requestFullscreen", "requestFullScreen", "setCanvasSize", "getUserMedia", "createContext", "getPreloadedImageData__data", "wget", "MONTH_DAYS_REGULAR", "MONTH_DAYS_LEAP", "MONTH_DAYS_REGULAR_CUMULATIVE", "MONTH_DAYS_LEAP_CUMULATIVE", "isLeapYear", "ydayFromDate", "base64Decode", "SYSCALLS", "registerWasmPlugin", "preloadedWasm", "replaceORIGIN", "isSymbolDefined", "GOT", "LDSO", "getMemory", "mergeLibSymbols", "loadWebAssemblyModule", "newDSO", "findLibraryFS", "loadDynamicLibrary", "dlopenInternal", "preloadPlugins", "FS_createPreloadedFile", "FS_modeStringToFlags", "FS_getMode", "FS_stdin_getChar_buffer", "FS_stdin_getChar", "FS_readFile", "FS_root", "FS_mounts", "FS_devices", "FS_streams", "FS_nextInode", "FS_nameTable", "FS_currentPath", "FS_initialized", "FS_ignorePermissions", "FS_filesystems", "FS_syncFSRequests", "FS_readFiles", "FS_lookupPath", "FS_getPath", "FS_hashName", "FS_hashAddNode", "FS_hashRemoveNode", "FS_lookupNode", "FS_createNode", "FS_destroyNode", "FS_isRoot", "FS_isMountpoint", "FS_isFile", "FS_isDir", "FS_isLink", "FS_isChrdev", "FS_isBlkdev", "FS_isFIFO", "FS_isSocket", "FS_flagsToPermissionString", "FS_nodePermissions", "FS_mayLookup", "FS_mayCreate", "FS_mayDelete", "FS_mayOpen", "FS_checkOpExists", "FS_nextfd", "FS_getStreamChecked", "FS_getStream", "FS_createStream", "FS_closeStream", "FS_dupStream", "FS_doSetAttr", "FS_chrdev_stream_ops", "FS_major", "FS_minor", "FS_makedev", "FS_registerDevice", "FS_getDevice", "FS_getMounts", "FS_syncfs", "FS_mount", "FS_unmount", "FS_lookup", "FS_mknod", "FS_statfs", "FS_statfsStream", "FS_statfsNode", "FS_create", "FS_mkdir", "FS_mkdev", "FS_symlink", "FS_rename", "FS_rmdir", "FS_readdir", "FS_readlink", "FS_stat", "FS_fstat", "FS_lstat", "FS_doChmod", "FS_chmod", "FS_lchmod", "FS_fchmod", "FS_doChown", "FS_chown", "FS_lchown", "FS_fchown", "FS_doTruncate", "FS_truncate", "FS_ftruncate", "FS_utime", "FS_open", "FS_close", "FS_isClosed", "FS_llseek", "FS_read", "FS_write", "FS_mmap", "FS_msync", "FS_ioctl", "FS_writeFile", "FS_cwd", "FS_chdir", "FS_createDefaultDirectories", "FS_createDefaultDevices", "FS_createSpecialDirectories", "FS_createStandardStreams", "FS_staticInit", "FS_init", "FS_quit", "FS_findObject", "FS_analyzePath", "FS_createFile", "FS_forceLoadFile", "FS_absolutePath", "FS_createFolder", "FS_createLink", "FS_joinPath", "FS_mmapAlloc", "FS_standardizePath", "MEMFS", "TTY", "PIPEFS", "SOCKFS", "NODEFS", "NODERAWFS", "nodePath", "tempFixedLengthArray", "miniTempWebGLFloatBuffers", "miniTempWebGLIntBuffers", "GL", "AL", "GLUT", "EGL", "GLEW", "IDBStore", "SDL", "SDL_gfx", "print", "printErr", "jstoi_s", "InternalError", "BindingError", "throwInternalError", "throwBindingError", "registeredTypes", "awaitingDependencies", "typeDependencies", "tupleRegistrations", "structRegistrations", "sharedRegisterType", "whenDependentTypesAreResolved", "getTypeName", "getFunctionName", "heap32VectorToArray", "requireRegisteredType", "usesDestructorStack", "checkArgCount", "getEnumValueType", "getRequiredArgCount", "UnboundTypeError", "EmValType", "EmValOptionalType", "throwUnboundTypeError", "ensureOverloadTable", "exposePublicSymbol", "replacePublicSymbol", "embindRepr", "registeredInstances", "getBasestPointer", "getInheritedInstance", "registeredPointers", "registerType", "integerReadValueFromPointer", "enumReadValueFromPointer", "floatReadValueFromPointer", "assertIntegerRange", "readPointer", "runDestructors", "craftInvokerFunction", "embind__requireFunction", "genericPointerToWireType", "constNoSmartPtrRawPointerToWireType", "nonConstNoSmartPtrRawPointerToWireType", "init_RegisteredPointer", "RegisteredPointer", "RegisteredPointer_fromWireType", "runDestructor", "releaseClassHandle", "finalizationRegistry", "detachFinalizer_deps", "detachFinalizer", "attachFinalizer", "makeClassHandle", "init_ClassHandle", "ClassHandle", "throwInstanceAlreadyDeleted", "deletionQueue", "flushPendingDeletes", "delayFunction", "RegisteredClass", "shallowCopyInternalPointer", "downcastPointer", "upcastPointer", "validateThis", "char_0", "char_9", "makeLegalFunctionName", "emval_freelist", "emval_handles", "emval_symbols", "getStringOrSymbol", "Emval", "emval_returnValue", "emval_lookupTypes", "emval_methodCallers", "emval_addMethodCaller"];
  unexportedSymbols.forEach(unexportedRuntimeSymbol);
  Module3["_getTempRet0"] = _getTempRet0;
  function checkIncomingModuleAPI() {
    ignoredModuleProp("fetchSettings");
  }
  function throw_error(string_error) {
    throw new Error(UTF8ToString(string_error));
  }
  throw_error.sig = "vi";
  var ___getTypeName = makeInvalidEarlyAccess("___getTypeName");
  var _H5open = Module3["_H5open"] = makeInvalidEarlyAccess("_H5open");
  var _H5Fcreate = Module3["_H5Fcreate"] = makeInvalidEarlyAccess("_H5Fcreate");
  var _H5Fopen = Module3["_H5Fopen"] = makeInvalidEarlyAccess("_H5Fopen");
  var _H5Fclose = Module3["_H5Fclose"] = makeInvalidEarlyAccess("_H5Fclose");
  var _malloc = Module3["_malloc"] = makeInvalidEarlyAccess("_malloc");
  var _free = Module3["_free"] = makeInvalidEarlyAccess("_free");
  var _H5Tget_size = Module3["_H5Tget_size"] = makeInvalidEarlyAccess("_H5Tget_size");
  var _H5Tget_class = Module3["_H5Tget_class"] = makeInvalidEarlyAccess("_H5Tget_class");
  var _H5Tget_order = Module3["_H5Tget_order"] = makeInvalidEarlyAccess("_H5Tget_order");
  var _H5free_memory = Module3["_H5free_memory"] = makeInvalidEarlyAccess("_H5free_memory");
  var _H5Sget_simple_extent_dims = Module3["_H5Sget_simple_extent_dims"] = makeInvalidEarlyAccess("_H5Sget_simple_extent_dims");
  var _H5Pget_chunk = Module3["_H5Pget_chunk"] = makeInvalidEarlyAccess("_H5Pget_chunk");
  var _strdup = Module3["_strdup"] = makeInvalidEarlyAccess("_strdup");
  var _strlen = Module3["_strlen"] = makeInvalidEarlyAccess("_strlen");
  var _realloc = Module3["_realloc"] = makeInvalidEarlyAccess("_realloc");
  var _H5Tget_native_type = Module3["_H5Tget_native_type"] = makeInvalidEarlyAccess("_H5Tget_native_type");
  var _calloc = Module3["_calloc"] = makeInvalidEarlyAccess("_calloc");
  var _snprintf = Module3["_snprintf"] = makeInvalidEarlyAccess("_snprintf");
  var _strcmp = Module3["_strcmp"] = makeInvalidEarlyAccess("_strcmp");
  var _iprintf = Module3["_iprintf"] = makeInvalidEarlyAccess("_iprintf");
  var _getenv = Module3["_getenv"] = makeInvalidEarlyAccess("_getenv");
  var _siprintf = Module3["_siprintf"] = makeInvalidEarlyAccess("_siprintf");
  var _H5allocate_memory = Module3["_H5allocate_memory"] = makeInvalidEarlyAccess("_H5allocate_memory");
  var _H5Epush2 = Module3["_H5Epush2"] = makeInvalidEarlyAccess("_H5Epush2");
  var _clock_gettime = Module3["_clock_gettime"] = makeInvalidEarlyAccess("_clock_gettime");
  var _fflush = makeInvalidEarlyAccess("_fflush");
  var _strerror = makeInvalidEarlyAccess("_strerror");
  var _log10 = Module3["_log10"] = makeInvalidEarlyAccess("_log10");
  var _strcpy = Module3["_strcpy"] = makeInvalidEarlyAccess("_strcpy");
  var _H5Pexist = Module3["_H5Pexist"] = makeInvalidEarlyAccess("_H5Pexist");
  var _H5Pfill_value_defined = Module3["_H5Pfill_value_defined"] = makeInvalidEarlyAccess("_H5Pfill_value_defined");
  var _H5Pmodify_filter = Module3["_H5Pmodify_filter"] = makeInvalidEarlyAccess("_H5Pmodify_filter");
  var _H5Pget_filter_by_id2 = Module3["_H5Pget_filter_by_id2"] = makeInvalidEarlyAccess("_H5Pget_filter_by_id2");
  var _H5Sis_simple = Module3["_H5Sis_simple"] = makeInvalidEarlyAccess("_H5Sis_simple");
  var _sscanf = Module3["_sscanf"] = makeInvalidEarlyAccess("_sscanf");
  var _memset = Module3["_memset"] = makeInvalidEarlyAccess("_memset");
  var _pthread_mutex_lock = Module3["_pthread_mutex_lock"] = makeInvalidEarlyAccess("_pthread_mutex_lock");
  var _pthread_mutex_unlock = Module3["_pthread_mutex_unlock"] = makeInvalidEarlyAccess("_pthread_mutex_unlock");
  var ___dl_seterr = makeInvalidEarlyAccess("___dl_seterr");
  var __emscripten_find_dylib = makeInvalidEarlyAccess("__emscripten_find_dylib");
  var _memcpy = Module3["_memcpy"] = makeInvalidEarlyAccess("_memcpy");
  var _memmove = Module3["_memmove"] = makeInvalidEarlyAccess("_memmove");
  var _frexp = Module3["_frexp"] = makeInvalidEarlyAccess("_frexp");
  var _frexpf = Module3["_frexpf"] = makeInvalidEarlyAccess("_frexpf");
  var _emscripten_stack_get_end = makeInvalidEarlyAccess("_emscripten_stack_get_end");
  var _emscripten_stack_get_base = makeInvalidEarlyAccess("_emscripten_stack_get_base");
  var _htonl = Module3["_htonl"] = makeInvalidEarlyAccess("_htonl");
  var _htons = Module3["_htons"] = makeInvalidEarlyAccess("_htons");
  var _ldexpf = Module3["_ldexpf"] = makeInvalidEarlyAccess("_ldexpf");
  var _pthread_mutex_init = Module3["_pthread_mutex_init"] = makeInvalidEarlyAccess("_pthread_mutex_init");
  var _pthread_barrier_init = Module3["_pthread_barrier_init"] = makeInvalidEarlyAccess("_pthread_barrier_init");
  var _pthread_cond_init = Module3["_pthread_cond_init"] = makeInvalidEarlyAccess("_pthread_cond_init");
  var _pthread_atfork = Module3["_pthread_atfork"] = makeInvalidEarlyAccess("_pthread_atfork");
  var _pthread_create = Module3["_pthread_create"] = makeInvalidEarlyAccess("_pthread_create");
  var _pthread_once = Module3["_pthread_once"] = makeInvalidEarlyAccess("_pthread_once");
  var _ntohl = Module3["_ntohl"] = makeInvalidEarlyAccess("_ntohl");
  var _ntohs = Module3["_ntohs"] = makeInvalidEarlyAccess("_ntohs");
  var _pthread_attr_init = Module3["_pthread_attr_init"] = makeInvalidEarlyAccess("_pthread_attr_init");
  var _pthread_attr_setdetachstate = Module3["_pthread_attr_setdetachstate"] = makeInvalidEarlyAccess("_pthread_attr_setdetachstate");
  var _posix_memalign = Module3["_posix_memalign"] = makeInvalidEarlyAccess("_posix_memalign");
  var _emscripten_get_sbrk_ptr = makeInvalidEarlyAccess("_emscripten_get_sbrk_ptr");
  var _setThrew = makeInvalidEarlyAccess("_setThrew");
  var ___wasm_setjmp = Module3["___wasm_setjmp"] = makeInvalidEarlyAccess("___wasm_setjmp");
  var __emscripten_tempret_get = makeInvalidEarlyAccess("__emscripten_tempret_get");
  var _emscripten_stack_init = makeInvalidEarlyAccess("_emscripten_stack_init");
  var _emscripten_stack_get_free = makeInvalidEarlyAccess("_emscripten_stack_get_free");
  var __emscripten_stack_restore = makeInvalidEarlyAccess("__emscripten_stack_restore");
  var __emscripten_stack_alloc = makeInvalidEarlyAccess("__emscripten_stack_alloc");
  var _emscripten_stack_get_current = makeInvalidEarlyAccess("_emscripten_stack_get_current");
  var memory = makeInvalidEarlyAccess("memory");
  var ___stack_pointer = makeInvalidEarlyAccess("___stack_pointer");
  var _H5_libinit_g = Module3["_H5_libinit_g"] = makeInvalidEarlyAccess("_H5_libinit_g");
  var _H5_libterm_g = Module3["_H5_libterm_g"] = makeInvalidEarlyAccess("_H5_libterm_g");
  var _H5P_CLS_DATASET_CREATE_ID_g = Module3["_H5P_CLS_DATASET_CREATE_ID_g"] = makeInvalidEarlyAccess("_H5P_CLS_DATASET_CREATE_ID_g");
  var __indirect_function_table = makeInvalidEarlyAccess("__indirect_function_table");
  var _H5T_NATIVE_UINT_g = Module3["_H5T_NATIVE_UINT_g"] = makeInvalidEarlyAccess("_H5T_NATIVE_UINT_g");
  var _stderr = Module3["_stderr"] = makeInvalidEarlyAccess("_stderr");
  var _H5T_STD_U32BE_g = Module3["_H5T_STD_U32BE_g"] = makeInvalidEarlyAccess("_H5T_STD_U32BE_g");
  var _H5T_STD_U32LE_g = Module3["_H5T_STD_U32LE_g"] = makeInvalidEarlyAccess("_H5T_STD_U32LE_g");
  var _H5T_STD_U64BE_g = Module3["_H5T_STD_U64BE_g"] = makeInvalidEarlyAccess("_H5T_STD_U64BE_g");
  var _H5T_STD_U64LE_g = Module3["_H5T_STD_U64LE_g"] = makeInvalidEarlyAccess("_H5T_STD_U64LE_g");
  var _stdin = Module3["_stdin"] = makeInvalidEarlyAccess("_stdin");
  var _stdout = Module3["_stdout"] = makeInvalidEarlyAccess("_stdout");
  var _H5E_CANTINIT_g = Module3["_H5E_CANTINIT_g"] = makeInvalidEarlyAccess("_H5E_CANTINIT_g");
  var _H5E_RESOURCE_g = Module3["_H5E_RESOURCE_g"] = makeInvalidEarlyAccess("_H5E_RESOURCE_g");
  var _H5E_CANTGET_g = Module3["_H5E_CANTGET_g"] = makeInvalidEarlyAccess("_H5E_CANTGET_g");
  var _H5E_BADVALUE_g = Module3["_H5E_BADVALUE_g"] = makeInvalidEarlyAccess("_H5E_BADVALUE_g");
  var _H5E_ARGS_g = Module3["_H5E_ARGS_g"] = makeInvalidEarlyAccess("_H5E_ARGS_g");
  var _H5E_BADTYPE_g = Module3["_H5E_BADTYPE_g"] = makeInvalidEarlyAccess("_H5E_BADTYPE_g");
  var _H5E_READERROR_g = Module3["_H5E_READERROR_g"] = makeInvalidEarlyAccess("_H5E_READERROR_g");
  var _H5E_CANTREGISTER_g = Module3["_H5E_CANTREGISTER_g"] = makeInvalidEarlyAccess("_H5E_CANTREGISTER_g");
  var _H5E_NOSPACE_g = Module3["_H5E_NOSPACE_g"] = makeInvalidEarlyAccess("_H5E_NOSPACE_g");
  var _H5E_OVERFLOW_g = Module3["_H5E_OVERFLOW_g"] = makeInvalidEarlyAccess("_H5E_OVERFLOW_g");
  var _H5E_CALLBACK_g = Module3["_H5E_CALLBACK_g"] = makeInvalidEarlyAccess("_H5E_CALLBACK_g");
  var _H5E_CANTFILTER_g = Module3["_H5E_CANTFILTER_g"] = makeInvalidEarlyAccess("_H5E_CANTFILTER_g");
  var _H5E_PLINE_g = Module3["_H5E_PLINE_g"] = makeInvalidEarlyAccess("_H5E_PLINE_g");
  var _H5E_ERR_CLS_g = Module3["_H5E_ERR_CLS_g"] = makeInvalidEarlyAccess("_H5E_ERR_CLS_g");
  var _H5T_NATIVE_UINT32_g = Module3["_H5T_NATIVE_UINT32_g"] = makeInvalidEarlyAccess("_H5T_NATIVE_UINT32_g");
  var _H5T_NATIVE_UINT64_g = Module3["_H5T_NATIVE_UINT64_g"] = makeInvalidEarlyAccess("_H5T_NATIVE_UINT64_g");
  var ___heap_base = makeInvalidEarlyAccess("___heap_base");
  var ___THREW__ = Module3["___THREW__"] = makeInvalidEarlyAccess("___THREW__");
  var ___threwValue = Module3["___threwValue"] = makeInvalidEarlyAccess("___threwValue");
  var wasmTable = makeInvalidEarlyAccess("wasmTable");
  var wasmMemory = makeInvalidEarlyAccess("wasmMemory");
  function assignWasmExports(wasmExports2) {
    assert(typeof wasmExports2["__getTypeName"] != "undefined", "missing Wasm export: __getTypeName");
    assert(typeof wasmExports2["H5open"] != "undefined", "missing Wasm export: H5open");
    assert(typeof wasmExports2["H5Fcreate"] != "undefined", "missing Wasm export: H5Fcreate");
    assert(typeof wasmExports2["H5Fopen"] != "undefined", "missing Wasm export: H5Fopen");
    assert(typeof wasmExports2["H5Fclose"] != "undefined", "missing Wasm export: H5Fclose");
    assert(typeof wasmExports2["malloc"] != "undefined", "missing Wasm export: malloc");
    assert(typeof wasmExports2["free"] != "undefined", "missing Wasm export: free");
    assert(typeof wasmExports2["H5Tget_size"] != "undefined", "missing Wasm export: H5Tget_size");
    assert(typeof wasmExports2["H5Tget_class"] != "undefined", "missing Wasm export: H5Tget_class");
    assert(typeof wasmExports2["H5Tget_order"] != "undefined", "missing Wasm export: H5Tget_order");
    assert(typeof wasmExports2["H5free_memory"] != "undefined", "missing Wasm export: H5free_memory");
    assert(typeof wasmExports2["H5Sget_simple_extent_dims"] != "undefined", "missing Wasm export: H5Sget_simple_extent_dims");
    assert(typeof wasmExports2["H5Pget_chunk"] != "undefined", "missing Wasm export: H5Pget_chunk");
    assert(typeof wasmExports2["strdup"] != "undefined", "missing Wasm export: strdup");
    assert(typeof wasmExports2["strlen"] != "undefined", "missing Wasm export: strlen");
    assert(typeof wasmExports2["realloc"] != "undefined", "missing Wasm export: realloc");
    assert(typeof wasmExports2["H5Tget_native_type"] != "undefined", "missing Wasm export: H5Tget_native_type");
    assert(typeof wasmExports2["calloc"] != "undefined", "missing Wasm export: calloc");
    assert(typeof wasmExports2["snprintf"] != "undefined", "missing Wasm export: snprintf");
    assert(typeof wasmExports2["strcmp"] != "undefined", "missing Wasm export: strcmp");
    assert(typeof wasmExports2["iprintf"] != "undefined", "missing Wasm export: iprintf");
    assert(typeof wasmExports2["getenv"] != "undefined", "missing Wasm export: getenv");
    assert(typeof wasmExports2["siprintf"] != "undefined", "missing Wasm export: siprintf");
    assert(typeof wasmExports2["H5allocate_memory"] != "undefined", "missing Wasm export: H5allocate_memory");
    assert(typeof wasmExports2["H5Epush2"] != "undefined", "missing Wasm export: H5Epush2");
    assert(typeof wasmExports2["clock_gettime"] != "undefined", "missing Wasm export: clock_gettime");
    assert(typeof wasmExports2["fflush"] != "undefined", "missing Wasm export: fflush");
    assert(typeof wasmExports2["strerror"] != "undefined", "missing Wasm export: strerror");
    assert(typeof wasmExports2["log10"] != "undefined", "missing Wasm export: log10");
    assert(typeof wasmExports2["strcpy"] != "undefined", "missing Wasm export: strcpy");
    assert(typeof wasmExports2["H5Pexist"] != "undefined", "missing Wasm export: H5Pexist");
    assert(typeof wasmExports2["H5Pfill_value_defined"] != "undefined", "missing Wasm export: H5Pfill_value_defined");
    assert(typeof wasmExports2["H5Pmodify_filter"] != "undefined", "missing Wasm export: H5Pmodify_filter");
    assert(typeof wasmExports2["H5Pget_filter_by_id2"] != "undefined", "missing Wasm export: H5Pget_filter_by_id2");
    assert(typeof wasmExports2["H5Sis_simple"] != "undefined", "missing Wasm export: H5Sis_simple");
    assert(typeof wasmExports2["sscanf"] != "undefined", "missing Wasm export: sscanf");
    assert(typeof wasmExports2["memset"] != "undefined", "missing Wasm export: memset");
    assert(typeof wasmExports2["pthread_mutex_lock"] != "undefined", "missing Wasm export: pthread_mutex_lock");
    assert(typeof wasmExports2["pthread_mutex_unlock"] != "undefined", "missing Wasm export: pthread_mutex_unlock");
    assert(typeof wasmExports2["__dl_seterr"] != "undefined", "missing Wasm export: __dl_seterr");
    assert(typeof wasmExports2["_emscripten_find_dylib"] != "undefined", "missing Wasm export: _emscripten_find_dylib");
    assert(typeof wasmExports2["memcpy"] != "undefined", "missing Wasm export: memcpy");
    assert(typeof wasmExports2["memmove"] != "undefined", "missing Wasm export: memmove");
    assert(typeof wasmExports2["frexp"] != "undefined", "missing Wasm export: frexp");
    assert(typeof wasmExports2["frexpf"] != "undefined", "missing Wasm export: frexpf");
    assert(typeof wasmExports2["emscripten_stack_get_end"] != "undefined", "missing Wasm export: emscripten_stack_get_end");
    assert(typeof wasmExports2["emscripten_stack_get_base"] != "undefined", "missing Wasm export: emscripten_stack_get_base");
    assert(typeof wasmExports2["htonl"] != "undefined", "missing Wasm export: htonl");
    assert(typeof wasmExports2["htons"] != "undefined", "missing Wasm export: htons");
    assert(typeof wasmExports2["ldexpf"] != "undefined", "missing Wasm export: ldexpf");
    assert(typeof wasmExports2["pthread_mutex_init"] != "undefined", "missing Wasm export: pthread_mutex_init");
    assert(typeof wasmExports2["pthread_barrier_init"] != "undefined", "missing Wasm export: pthread_barrier_init");
    assert(typeof wasmExports2["pthread_cond_init"] != "undefined", "missing Wasm export: pthread_cond_init");
    assert(typeof wasmExports2["pthread_atfork"] != "undefined", "missing Wasm export: pthread_atfork");
    assert(typeof wasmExports2["pthread_create"] != "undefined", "missing Wasm export: pthread_create");
    assert(typeof wasmExports2["pthread_once"] != "undefined", "missing Wasm export: pthread_once");
    assert(typeof wasmExports2["ntohl"] != "undefined", "missing Wasm export: ntohl");
    assert(typeof wasmExports2["ntohs"] != "undefined", "missing Wasm export: ntohs");
    assert(typeof wasmExports2["pthread_attr_init"] != "undefined", "missing Wasm export: pthread_attr_init");
    assert(typeof wasmExports2["pthread_attr_setdetachstate"] != "undefined", "missing Wasm export: pthread_attr_setdetachstate");
    assert(typeof wasmExports2["posix_memalign"] != "undefined", "missing Wasm export: posix_memalign");
    assert(typeof wasmExports2["emscripten_get_sbrk_ptr"] != "undefined", "missing Wasm export: emscripten_get_sbrk_ptr");
    assert(typeof wasmExports2["setThrew"] != "undefined", "missing Wasm export: setThrew");
    assert(typeof wasmExports2["__wasm_setjmp"] != "undefined", "missing Wasm export: __wasm_setjmp");
    assert(typeof wasmExports2["_emscripten_tempret_get"] != "undefined", "missing Wasm export: _emscripten_tempret_get");
    assert(typeof wasmExports2["emscripten_stack_init"] != "undefined", "missing Wasm export: emscripten_stack_init");
    assert(typeof wasmExports2["emscripten_stack_get_free"] != "undefined", "missing Wasm export: emscripten_stack_get_free");
    assert(typeof wasmExports2["_emscripten_stack_restore"] != "undefined", "missing Wasm export: _emscripten_stack_restore");
    assert(typeof wasmExports2["_emscripten_stack_alloc"] != "undefined", "missing Wasm export: _emscripten_stack_alloc");
    assert(typeof wasmExports2["emscripten_stack_get_current"] != "undefined", "missing Wasm export: emscripten_stack_get_current");
    assert(typeof wasmExports2["memory"] != "undefined", "missing Wasm export: memory");
    assert(typeof wasmExports2["__stack_pointer"] != "undefined", "missing Wasm export: __stack_pointer");
    assert(typeof wasmExports2["H5_libinit_g"] != "undefined", "missing Wasm export: H5_libinit_g");
    assert(typeof wasmExports2["H5_libterm_g"] != "undefined", "missing Wasm export: H5_libterm_g");
    assert(typeof wasmExports2["H5P_CLS_DATASET_CREATE_ID_g"] != "undefined", "missing Wasm export: H5P_CLS_DATASET_CREATE_ID_g");
    assert(typeof wasmExports2["__indirect_function_table"] != "undefined", "missing Wasm export: __indirect_function_table");
    assert(typeof wasmExports2["H5T_NATIVE_UINT_g"] != "undefined", "missing Wasm export: H5T_NATIVE_UINT_g");
    assert(typeof wasmExports2["stderr"] != "undefined", "missing Wasm export: stderr");
    assert(typeof wasmExports2["H5T_STD_U32BE_g"] != "undefined", "missing Wasm export: H5T_STD_U32BE_g");
    assert(typeof wasmExports2["H5T_STD_U32LE_g"] != "undefined", "missing Wasm export: H5T_STD_U32LE_g");
    assert(typeof wasmExports2["H5T_STD_U64BE_g"] != "undefined", "missing Wasm export: H5T_STD_U64BE_g");
    assert(typeof wasmExports2["H5T_STD_U64LE_g"] != "undefined", "missing Wasm export: H5T_STD_U64LE_g");
    assert(typeof wasmExports2["stdin"] != "undefined", "missing Wasm export: stdin");
    assert(typeof wasmExports2["stdout"] != "undefined", "missing Wasm export: stdout");
    assert(typeof wasmExports2["H5E_CANTINIT_g"] != "undefined", "missing Wasm export: H5E_CANTINIT_g");
    assert(typeof wasmExports2["H5E_RESOURCE_g"] != "undefined", "missing Wasm export: H5E_RESOURCE_g");
    assert(typeof wasmExports2["H5E_CANTGET_g"] != "undefined", "missing Wasm export: H5E_CANTGET_g");
    assert(typeof wasmExports2["H5E_BADVALUE_g"] != "undefined", "missing Wasm export: H5E_BADVALUE_g");
    assert(typeof wasmExports2["H5E_ARGS_g"] != "undefined", "missing Wasm export: H5E_ARGS_g");
    assert(typeof wasmExports2["H5E_BADTYPE_g"] != "undefined", "missing Wasm export: H5E_BADTYPE_g");
    assert(typeof wasmExports2["H5E_READERROR_g"] != "undefined", "missing Wasm export: H5E_READERROR_g");
    assert(typeof wasmExports2["H5E_CANTREGISTER_g"] != "undefined", "missing Wasm export: H5E_CANTREGISTER_g");
    assert(typeof wasmExports2["H5E_NOSPACE_g"] != "undefined", "missing Wasm export: H5E_NOSPACE_g");
    assert(typeof wasmExports2["H5E_OVERFLOW_g"] != "undefined", "missing Wasm export: H5E_OVERFLOW_g");
    assert(typeof wasmExports2["H5E_CALLBACK_g"] != "undefined", "missing Wasm export: H5E_CALLBACK_g");
    assert(typeof wasmExports2["H5E_CANTFILTER_g"] != "undefined", "missing Wasm export: H5E_CANTFILTER_g");
    assert(typeof wasmExports2["H5E_PLINE_g"] != "undefined", "missing Wasm export: H5E_PLINE_g");
    assert(typeof wasmExports2["H5E_ERR_CLS_g"] != "undefined", "missing Wasm export: H5E_ERR_CLS_g");
    assert(typeof wasmExports2["H5T_NATIVE_UINT32_g"] != "undefined", "missing Wasm export: H5T_NATIVE_UINT32_g");
    assert(typeof wasmExports2["H5T_NATIVE_UINT64_g"] != "undefined", "missing Wasm export: H5T_NATIVE_UINT64_g");
    assert(typeof wasmExports2["__heap_base"] != "undefined", "missing Wasm export: __heap_base");
    assert(typeof wasmExports2["__THREW__"] != "undefined", "missing Wasm export: __THREW__");
    assert(typeof wasmExports2["__threwValue"] != "undefined", "missing Wasm export: __threwValue");
    ___getTypeName = createExportWrapper("__getTypeName", 1);
    _H5open = Module3["_H5open"] = createExportWrapper("H5open", 0);
    _H5Fcreate = Module3["_H5Fcreate"] = createExportWrapper("H5Fcreate", 4);
    _H5Fopen = Module3["_H5Fopen"] = createExportWrapper("H5Fopen", 3);
    _H5Fclose = Module3["_H5Fclose"] = createExportWrapper("H5Fclose", 1);
    _malloc = Module3["_malloc"] = createExportWrapper("malloc", 1);
    _free = Module3["_free"] = createExportWrapper("free", 1);
    _H5Tget_size = Module3["_H5Tget_size"] = createExportWrapper("H5Tget_size", 1);
    _H5Tget_class = Module3["_H5Tget_class"] = createExportWrapper("H5Tget_class", 1);
    _H5Tget_order = Module3["_H5Tget_order"] = createExportWrapper("H5Tget_order", 1);
    _H5free_memory = Module3["_H5free_memory"] = createExportWrapper("H5free_memory", 1);
    _H5Sget_simple_extent_dims = Module3["_H5Sget_simple_extent_dims"] = createExportWrapper("H5Sget_simple_extent_dims", 3);
    _H5Pget_chunk = Module3["_H5Pget_chunk"] = createExportWrapper("H5Pget_chunk", 3);
    _strdup = Module3["_strdup"] = createExportWrapper("strdup", 1);
    _strlen = Module3["_strlen"] = createExportWrapper("strlen", 1);
    _realloc = Module3["_realloc"] = createExportWrapper("realloc", 2);
    _H5Tget_native_type = Module3["_H5Tget_native_type"] = createExportWrapper("H5Tget_native_type", 2);
    _calloc = Module3["_calloc"] = createExportWrapper("calloc", 2);
    _snprintf = Module3["_snprintf"] = createExportWrapper("snprintf", 4);
    _strcmp = Module3["_strcmp"] = createExportWrapper("strcmp", 2);
    _iprintf = Module3["_iprintf"] = createExportWrapper("iprintf", 2);
    _getenv = Module3["_getenv"] = createExportWrapper("getenv", 1);
    _siprintf = Module3["_siprintf"] = createExportWrapper("siprintf", 3);
    _H5allocate_memory = Module3["_H5allocate_memory"] = createExportWrapper("H5allocate_memory", 2);
    _H5Epush2 = Module3["_H5Epush2"] = createExportWrapper("H5Epush2", 9);
    _clock_gettime = Module3["_clock_gettime"] = createExportWrapper("clock_gettime", 2);
    _fflush = createExportWrapper("fflush", 1);
    _strerror = createExportWrapper("strerror", 1);
    _log10 = Module3["_log10"] = createExportWrapper("log10", 1);
    _strcpy = Module3["_strcpy"] = createExportWrapper("strcpy", 2);
    _H5Pexist = Module3["_H5Pexist"] = createExportWrapper("H5Pexist", 2);
    _H5Pfill_value_defined = Module3["_H5Pfill_value_defined"] = createExportWrapper("H5Pfill_value_defined", 2);
    _H5Pmodify_filter = Module3["_H5Pmodify_filter"] = createExportWrapper("H5Pmodify_filter", 5);
    _H5Pget_filter_by_id2 = Module3["_H5Pget_filter_by_id2"] = createExportWrapper("H5Pget_filter_by_id2", 8);
    _H5Sis_simple = Module3["_H5Sis_simple"] = createExportWrapper("H5Sis_simple", 1);
    _sscanf = Module3["_sscanf"] = createExportWrapper("sscanf", 3);
    _memset = Module3["_memset"] = createExportWrapper("memset", 3);
    _pthread_mutex_lock = Module3["_pthread_mutex_lock"] = createExportWrapper("pthread_mutex_lock", 1);
    _pthread_mutex_unlock = Module3["_pthread_mutex_unlock"] = createExportWrapper("pthread_mutex_unlock", 1);
    ___dl_seterr = createExportWrapper("__dl_seterr", 2);
    __emscripten_find_dylib = createExportWrapper("_emscripten_find_dylib", 4);
    _memcpy = Module3["_memcpy"] = createExportWrapper("memcpy", 3);
    _memmove = Module3["_memmove"] = createExportWrapper("memmove", 3);
    _frexp = Module3["_frexp"] = createExportWrapper("frexp", 2);
    _frexpf = Module3["_frexpf"] = createExportWrapper("frexpf", 2);
    _emscripten_stack_get_end = wasmExports2["emscripten_stack_get_end"];
    _emscripten_stack_get_base = wasmExports2["emscripten_stack_get_base"];
    _htonl = Module3["_htonl"] = createExportWrapper("htonl", 1);
    _htons = Module3["_htons"] = createExportWrapper("htons", 1);
    _ldexpf = Module3["_ldexpf"] = createExportWrapper("ldexpf", 2);
    _pthread_mutex_init = Module3["_pthread_mutex_init"] = createExportWrapper("pthread_mutex_init", 2);
    _pthread_barrier_init = Module3["_pthread_barrier_init"] = createExportWrapper("pthread_barrier_init", 3);
    _pthread_cond_init = Module3["_pthread_cond_init"] = createExportWrapper("pthread_cond_init", 2);
    _pthread_atfork = Module3["_pthread_atfork"] = createExportWrapper("pthread_atfork", 3);
    _pthread_create = Module3["_pthread_create"] = createExportWrapper("pthread_create", 4);
    _pthread_once = Module3["_pthread_once"] = createExportWrapper("pthread_once", 2);
    _ntohl = Module3["_ntohl"] = createExportWrapper("ntohl", 1);
    _ntohs = Module3["_ntohs"] = createExportWrapper("ntohs", 1);
    _pthread_attr_init = Module3["_pthread_attr_init"] = createExportWrapper("pthread_attr_init", 1);
    _pthread_attr_setdetachstate = Module3["_pthread_attr_setdetachstate"] = createExportWrapper("pthread_attr_setdetachstate", 2);
    _posix_memalign = Module3["_posix_memalign"] = createExportWrapper("posix_memalign", 3);
    _emscripten_get_sbrk_ptr = wasmExports2["emscripten_get_sbrk_ptr"];
    _setThrew = createExportWrapper("setThrew", 2);
    ___wasm_setjmp = Module3["___wasm_setjmp"] = createExportWrapper("__wasm_setjmp", 3);
    __emscripten_tempret_get = createExportWrapper("_emscripten_tempret_get", 0);
    _emscripten_stack_init = wasmExports2["emscripten_stack_init"];
    _emscripten_stack_get_free = wasmExports2["emscripten_stack_get_free"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    memory = wasmMemory = wasmExports2["memory"];
    ___stack_pointer = wasmExports2["__stack_pointer"];
    _H5_libinit_g = Module3["_H5_libinit_g"] = wasmExports2["H5_libinit_g"].value;
    _H5_libterm_g = Module3["_H5_libterm_g"] = wasmExports2["H5_libterm_g"].value;
    _H5P_CLS_DATASET_CREATE_ID_g = Module3["_H5P_CLS_DATASET_CREATE_ID_g"] = wasmExports2["H5P_CLS_DATASET_CREATE_ID_g"].value;
    __indirect_function_table = wasmTable = wasmExports2["__indirect_function_table"];
    _H5T_NATIVE_UINT_g = Module3["_H5T_NATIVE_UINT_g"] = wasmExports2["H5T_NATIVE_UINT_g"].value;
    _stderr = Module3["_stderr"] = wasmExports2["stderr"].value;
    _H5T_STD_U32BE_g = Module3["_H5T_STD_U32BE_g"] = wasmExports2["H5T_STD_U32BE_g"].value;
    _H5T_STD_U32LE_g = Module3["_H5T_STD_U32LE_g"] = wasmExports2["H5T_STD_U32LE_g"].value;
    _H5T_STD_U64BE_g = Module3["_H5T_STD_U64BE_g"] = wasmExports2["H5T_STD_U64BE_g"].value;
    _H5T_STD_U64LE_g = Module3["_H5T_STD_U64LE_g"] = wasmExports2["H5T_STD_U64LE_g"].value;
    _stdin = Module3["_stdin"] = wasmExports2["stdin"].value;
    _stdout = Module3["_stdout"] = wasmExports2["stdout"].value;
    _H5E_CANTINIT_g = Module3["_H5E_CANTINIT_g"] = wasmExports2["H5E_CANTINIT_g"].value;
    _H5E_RESOURCE_g = Module3["_H5E_RESOURCE_g"] = wasmExports2["H5E_RESOURCE_g"].value;
    _H5E_CANTGET_g = Module3["_H5E_CANTGET_g"] = wasmExports2["H5E_CANTGET_g"].value;
    _H5E_BADVALUE_g = Module3["_H5E_BADVALUE_g"] = wasmExports2["H5E_BADVALUE_g"].value;
    _H5E_ARGS_g = Module3["_H5E_ARGS_g"] = wasmExports2["H5E_ARGS_g"].value;
    _H5E_BADTYPE_g = Module3["_H5E_BADTYPE_g"] = wasmExports2["H5E_BADTYPE_g"].value;
    _H5E_READERROR_g = Module3["_H5E_READERROR_g"] = wasmExports2["H5E_READERROR_g"].value;
    _H5E_CANTREGISTER_g = Module3["_H5E_CANTREGISTER_g"] = wasmExports2["H5E_CANTREGISTER_g"].value;
    _H5E_NOSPACE_g = Module3["_H5E_NOSPACE_g"] = wasmExports2["H5E_NOSPACE_g"].value;
    _H5E_OVERFLOW_g = Module3["_H5E_OVERFLOW_g"] = wasmExports2["H5E_OVERFLOW_g"].value;
    _H5E_CALLBACK_g = Module3["_H5E_CALLBACK_g"] = wasmExports2["H5E_CALLBACK_g"].value;
    _H5E_CANTFILTER_g = Module3["_H5E_CANTFILTER_g"] = wasmExports2["H5E_CANTFILTER_g"].value;
    _H5E_PLINE_g = Module3["_H5E_PLINE_g"] = wasmExports2["H5E_PLINE_g"].value;
    _H5E_ERR_CLS_g = Module3["_H5E_ERR_CLS_g"] = wasmExports2["H5E_ERR_CLS_g"].value;
    _H5T_NATIVE_UINT32_g = Module3["_H5T_NATIVE_UINT32_g"] = wasmExports2["H5T_NATIVE_UINT32_g"].value;
    _H5T_NATIVE_UINT64_g = Module3["_H5T_NATIVE_UINT64_g"] = wasmExports2["H5T_NATIVE_UINT64_g"].value;
    ___heap_base = wasmExports2["__heap_base"].value;
    ___THREW__ = Module3["___THREW__"] = wasmExports2["__THREW__"].value;
    ___threwValue = Module3["___threwValue"] = wasmExports2["__threwValue"].value;
  }
  var wasmImports = { __cxa_throw: ___cxa_throw, __syscall_dup3: ___syscall_dup3, __syscall_faccessat: ___syscall_faccessat, __syscall_fcntl64: ___syscall_fcntl64, __syscall_fstat64: ___syscall_fstat64, __syscall_ftruncate64: ___syscall_ftruncate64, __syscall_getcwd: ___syscall_getcwd, __syscall_getdents64: ___syscall_getdents64, __syscall_ioctl: ___syscall_ioctl, __syscall_lstat64: ___syscall_lstat64, __syscall_newfstatat: ___syscall_newfstatat, __syscall_openat: ___syscall_openat, __syscall_readlinkat: ___syscall_readlinkat, __syscall_rmdir: ___syscall_rmdir, __syscall_stat64: ___syscall_stat64, __syscall_unlinkat: ___syscall_unlinkat, _abort_js: __abort_js, _dlopen_js: __dlopen_js, _dlsym_js: __dlsym_js, _embind_register_bigint: __embind_register_bigint, _embind_register_bool: __embind_register_bool, _embind_register_class: __embind_register_class, _embind_register_class_constructor: __embind_register_class_constructor, _embind_register_class_function: __embind_register_class_function, _embind_register_class_property: __embind_register_class_property, _embind_register_constant: __embind_register_constant, _embind_register_emval: __embind_register_emval, _embind_register_enum: __embind_register_enum, _embind_register_enum_value: __embind_register_enum_value, _embind_register_float: __embind_register_float, _embind_register_function: __embind_register_function, _embind_register_integer: __embind_register_integer, _embind_register_memory_view: __embind_register_memory_view, _embind_register_optional: __embind_register_optional, _embind_register_std_string: __embind_register_std_string, _embind_register_std_wstring: __embind_register_std_wstring, _embind_register_void: __embind_register_void, _emval_array_to_memory_view: __emval_array_to_memory_view, _emval_create_invoker: __emval_create_invoker, _emval_decref: __emval_decref, _emval_equals: __emval_equals, _emval_get_property: __emval_get_property, _emval_incref: __emval_incref, _emval_invoke: __emval_invoke, _emval_invoke_i64: __emval_invoke_i64, _emval_new_array: __emval_new_array, _emval_new_array_from_memory_view: __emval_new_array_from_memory_view, _emval_new_cstring: __emval_new_cstring, _emval_new_object: __emval_new_object, _emval_new_u8string: __emval_new_u8string, _emval_run_destructors: __emval_run_destructors, _emval_set_property: __emval_set_property, _gmtime_js: __gmtime_js, _localtime_js: __localtime_js, _mktime_js: __mktime_js, _tzset_js: __tzset_js, clock_time_get: _clock_time_get, emscripten_date_now: _emscripten_date_now, emscripten_err: _emscripten_err, emscripten_get_heap_max: _emscripten_get_heap_max, emscripten_get_now: _emscripten_get_now, emscripten_resize_heap: _emscripten_resize_heap, environ_get: _environ_get, environ_sizes_get: _environ_sizes_get, exit: _exit, fd_close: _fd_close, fd_pread: _fd_pread, fd_pwrite: _fd_pwrite, fd_read: _fd_read, fd_seek: _fd_seek, fd_write: _fd_write, getTempRet0: _getTempRet0, throw_error };
  var calledRun;
  function callMain(args = []) {
    assert(runDependencies == 0, 'cannot call main when async dependencies remain! (listen on Module["onRuntimeInitialized"])');
    assert(typeof onPreRuns === "undefined" || onPreRuns.length == 0, "cannot call main when preRun functions remain to be called");
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args.unshift(thisProgram);
    var argc = args.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    for (var arg of args) {
      HEAPU32[argv_ptr >> 2] = stringToUTF8OnStack(arg);
      argv_ptr += 4;
    }
    HEAPU32[argv_ptr >> 2] = 0;
    try {
      var ret = entryFunction(argc, argv);
      exitJS(ret, true);
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  function stackCheckInit() {
    _emscripten_stack_init();
    writeStackCookie();
  }
  function run(args = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    stackCheckInit();
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      assert(!calledRun);
      calledRun = true;
      Module3["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module3);
      Module3["onRuntimeInitialized"]?.();
      consumedModuleProp("onRuntimeInitialized");
      var noInitialRun = Module3["noInitialRun"] || false;
      if (!noInitialRun) callMain(args);
      postRun();
    }
    if (Module3["setStatus"]) {
      Module3["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module3["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
    checkStackCookie();
  }
  function checkUnflushedContent() {
    var oldOut = out;
    var oldErr = err;
    var has = false;
    out = err = (x) => {
      has = true;
    };
    try {
      _fflush(0);
      for (var name of ["stdout", "stderr"]) {
        var info = FS2.analyzePath("/dev/" + name);
        if (!info) return;
        var stream = info.object;
        var rdev = stream.rdev;
        var tty = TTY.ttys[rdev];
        if (tty?.output?.length) {
          has = true;
        }
      }
    } catch (e) {
    }
    out = oldOut;
    err = oldErr;
    if (has) {
      warnOnce("stdio streams had content in them that was not flushed. you should set EXIT_RUNTIME to 1 (see the Emscripten FAQ), or make sure to emit a newline when you printf etc.");
    }
  }
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module3;
  } else {
    moduleRtn = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
  }
  for (const prop of Object.keys(Module3)) {
    if (!(prop in moduleArg)) {
      Object.defineProperty(moduleArg, prop, { configurable: true, get() {
        abort(`Access to module property ('${prop}') is no longer possible via the module constructor argument; Instead, use the result of the module constructor.`);
      } });
    }
  }
  ;
  return moduleRtn;
}
var hdf5_util_default = Module;

// node_modules/h5wasm/dist/node/hdf5_hl.js
var Module2;
var FS = null;
var ready = hdf5_util_default({ noInitialRun: true }).then((result) => {
  Module2 = result;
  FS = Module2.FS;
  return Module2;
});
var ACCESS_MODES = {
  "r": "H5F_ACC_RDONLY",
  "a": "H5F_ACC_RDWR",
  "w": "H5F_ACC_TRUNC",
  "x": "H5F_ACC_EXCL",
  "Sa": "ACC_SWMR_APPEND",
  "Sr": "H5F_ACC_SWMR_READ"
};
var LIBVER_BOUNDS_MAP = {
  "earliest": "H5F_LIBVER_EARLIEST",
  "v108": "H5F_LIBVER_V18",
  "v110": "H5F_LIBVER_V110",
  "v112": "H5F_LIBVER_V112",
  "v114": "H5F_LIBVER_V114",
  "v200": "H5F_LIBVER_V200",
  "latest": "H5F_LIBVER_LATEST"
};
function normalizePath(path) {
  if (path == "/") {
    return path;
  }
  path = path.replace(/\/(\/)+/g, "/");
  path = path.replace(/(\/)+$/, "");
  return path;
}
function dirname(path) {
  const sep = "/";
  const sep_index = path.lastIndexOf(sep) + 1;
  let head = path.slice(0, sep_index);
  if (head && head !== sep.repeat(head.length)) {
    head = head.replace(/(\/)+$/, "");
  }
  return head;
}
function convertToLibverString(value) {
  for (const [key, constantName] of Object.entries(LIBVER_BOUNDS_MAP)) {
    const moduleValue = Module2[constantName];
    if (moduleValue === value) {
      return key;
    }
  }
  throw new Error(`No matching libver string found for value: ${value}`);
}
function parseLibverString(s) {
  const normalized = s.trim().toLowerCase();
  const constant_name = LIBVER_BOUNDS_MAP[normalized];
  if (!constant_name) {
    throw new Error(`Invalid libver value: "${s}". Use: ${Object.keys(LIBVER_BOUNDS_MAP).join(", ")}`);
  }
  const value = Module2[constant_name];
  if (value === void 0) {
    throw new Error(`Module constant ${constant_name} is not defined`);
  }
  return value;
}
function check_malloc(nbytes) {
  const max_memory = Module2.MAXIMUM_MEMORY;
  if (nbytes > max_memory) {
    throw new Error(`Requested allocation of ${nbytes} bytes exceeds maximum memory of ${max_memory} bytes`);
  }
  const safe_nbytes = Number(nbytes);
  const ptr = Module2._malloc(safe_nbytes);
  if (ptr === 0) {
    throw new Error(`Memory allocation of ${safe_nbytes} bytes failed`);
  }
  return ptr;
}
function get_attr(file_id, obj_name, attr_name, json_compatible = false) {
  let metadata = Module2.get_attribute_metadata(file_id, obj_name, attr_name);
  if (!metadata.shape) {
    return null;
  }
  const nbytes = metadata.size * metadata.total_size;
  let data_ptr = check_malloc(nbytes);
  var processed;
  try {
    Module2.get_attribute_data(file_id, obj_name, attr_name, BigInt(data_ptr));
    let data = Module2.HEAPU8.slice(data_ptr, data_ptr + nbytes);
    processed = process_data(data, metadata, json_compatible);
  } finally {
    if (metadata.vlen) {
      Module2.reclaim_vlen_memory(file_id, obj_name, attr_name, BigInt(data_ptr));
    }
    Module2._free(data_ptr);
  }
  if (json_compatible) {
    return processed;
  }
  return processed;
}
function getAccessor(type, size, signed) {
  if (type === 0) {
    if (size === 8) {
      return signed ? BigInt64Array : BigUint64Array;
    } else if (size === 4) {
      return signed ? Int32Array : Uint32Array;
    } else if (size === 2) {
      return signed ? Int16Array : Uint16Array;
    } else {
      return signed ? Int8Array : Uint8Array;
    }
  } else {
    if (size === 8) {
      return Float64Array;
    } else if (size === 4) {
      return Float32Array;
    } else {
      throw new Error(`Float${size * 8} not supported`);
    }
  }
}
function process_data(data, metadata, json_compatible = false) {
  let output_data;
  let { shape, type } = metadata;
  let known_type = true;
  if (type === Module2.H5T_class_t.H5T_STRING.value) {
    if (metadata.vlen) {
      let output = [];
      let reader = metadata.cset == 1 ? Module2.UTF8ToString : Module2.AsciiToString;
      let ptrs = new Uint32Array(data.buffer);
      for (let ptr of ptrs) {
        output.push(reader(ptr));
      }
      output_data = output;
    } else {
      let encoding = metadata.cset == 1 ? "utf-8" : "ascii";
      let decoder = new TextDecoder(encoding);
      let size = metadata.size;
      let n = Math.floor(data.byteLength / size);
      let output = [];
      for (let i = 0; i < n; i++) {
        let bytes = data.slice(i * size, (i + 1) * size);
        const zero_match = bytes.findIndex((b) => b === 0);
        if (zero_match > -1) {
          bytes = bytes.slice(0, zero_match);
        }
        output.push(decoder.decode(bytes));
      }
      output_data = output;
    }
  } else if (type === Module2.H5T_class_t.H5T_INTEGER.value || type === Module2.H5T_class_t.H5T_FLOAT.value) {
    const { size, signed } = metadata;
    const accessor = getAccessor(type, size, signed);
    output_data = new accessor(data.buffer);
    if (json_compatible) {
      output_data = [...output_data];
      if (accessor === BigInt64Array || accessor === BigUint64Array) {
        output_data = output_data.map(Number);
      }
    }
  } else if (type === Module2.H5T_class_t.H5T_COMPOUND.value) {
    const { size, compound_type } = metadata;
    let n = Math.floor(data.byteLength / size);
    let output = [];
    for (let i = 0; i < n; i++) {
      let row = [];
      let row_data = data.slice(i * size, (i + 1) * size);
      for (let member of compound_type.members) {
        let member_data = row_data.slice(member.offset, member.offset + member.size);
        row.push(process_data(member_data, member, json_compatible));
      }
      output.push(row);
    }
    output_data = output;
  } else if (type === Module2.H5T_class_t.H5T_ARRAY.value) {
    const { array_type } = metadata;
    shape = shape.concat(array_type.shape);
    array_type.shape = shape;
    output_data = process_data(data, array_type, true);
    if (isIterable(output_data) && typeof output_data !== "string") {
      output_data = create_nested_array(output_data, array_type.shape);
    }
  } else if (type === Module2.H5T_class_t.H5T_ENUM.value) {
    const base_metadata = { ...metadata };
    base_metadata.type = base_metadata.enum_type.type;
    output_data = process_data(data, base_metadata, json_compatible);
    if (json_compatible && isH5PYBooleanEnum(metadata.enum_type)) {
      if (isIterable(output_data)) {
        output_data = [...output_data].map((x) => !!x);
      } else {
        output_data = !!output_data;
      }
    }
  } else if (type === Module2.H5T_class_t.H5T_REFERENCE.value) {
    const { ref_type, size } = metadata;
    const cls = ref_type === "object" ? Reference : RegionReference;
    output_data = Array.from({ length: metadata.total_size }).map((_, i) => {
      const ref_data = data.slice(i * size, (i + 1) * size);
      return new cls(ref_data);
    });
    return output_data;
  } else if (type === Module2.H5T_class_t.H5T_VLEN.value) {
    const ptr_pairs = new Uint32Array(data.buffer);
    const ptr_pairs_length = ptr_pairs.length;
    const vlen_type = metadata.vlen_type;
    const { size } = vlen_type;
    let output = [];
    for (let p = 0; p < ptr_pairs_length; p += 2) {
      const length = ptr_pairs[p];
      const data_ptr = ptr_pairs[p + 1];
      const data_nbytes = length * size;
      const data2 = Module2.HEAPU8.slice(data_ptr, data_ptr + data_nbytes);
      output.push(process_data(data2, { ...vlen_type, shape: [length], total_size: length }, json_compatible));
    }
    output_data = output;
  } else {
    known_type = false;
    output_data = data;
  }
  if (known_type && (Array.isArray(output_data) || ArrayBuffer.isView(output_data)) && !shape?.length) {
    output_data = output_data[0];
  }
  if (json_compatible) {
    return output_data;
  }
  return output_data;
}
function isIterable(x) {
  return typeof x === "object" && x !== null && Symbol.iterator in x;
}
function isH5PYBooleanEnum(enum_type) {
  return Object.keys(enum_type.members).length === 2 && enum_type.members["FALSE"] === 0 && enum_type.members["TRUE"] === 1;
}
var H5S_UNLIMITED = 18446744073709551615n;
function prepare_data(data, metadata, shape, maxshape) {
  let final_shape;
  let final_maxshape;
  if (shape === void 0 || shape === null) {
    if (data instanceof Map) {
      let guessed_len = 1;
      for (const col of data.values()) {
        if (col && col.length !== void 0 && !(typeof col === "string")) {
          guessed_len = col.length;
          break;
        }
      }
      final_shape = [BigInt(guessed_len)];
    } else if (data != null && data.length != null && !(typeof data === "string")) {
      final_shape = [BigInt(data.length)];
    } else {
      final_shape = [];
    }
  } else {
    final_shape = shape.map(BigInt);
  }
  if (maxshape === void 0 || maxshape === null) {
    final_maxshape = final_shape;
  } else {
    final_maxshape = maxshape.map((dim) => dim === null ? H5S_UNLIMITED : BigInt(dim));
  }
  data = Array.isArray(data) || ArrayBuffer.isView(data) || data instanceof Map ? data : [data];
  let total_size = Number(final_shape.reduce((previous, current) => current * previous, 1n));
  if (!(data instanceof Map)) {
    if (data.length != total_size) {
      throw new Error(`Error: shape ${final_shape} does not match number of elements in data`);
    }
  }
  let output;
  if (metadata.type === Module2.H5T_class_t.H5T_STRING.value) {
    if (!metadata.vlen) {
      output = new Uint8Array(total_size * metadata.size);
      let encoder = new TextEncoder();
      output.fill(0);
      let offset = 0;
      for (let s of data) {
        let encoded = encoder.encode(s);
        output.set(encoded.slice(0, metadata.size), offset);
        offset += metadata.size;
      }
    } else {
      output = data;
    }
  } else if (metadata.type === Module2.H5T_class_t.H5T_INTEGER.value || metadata.type === Module2.H5T_class_t.H5T_FLOAT.value) {
    const { type, size, signed } = metadata;
    const accessor = getAccessor(type, size, signed);
    let typed_array;
    if (data instanceof accessor) {
      typed_array = data;
    } else {
      if (metadata.size > 4 && metadata.type === Module2.H5T_class_t.H5T_INTEGER.value) {
        data = data.map(BigInt);
      }
      typed_array = new accessor(data);
    }
    output = new Uint8Array(typed_array.buffer, typed_array.byteOffset, typed_array.byteLength);
  } else if (metadata.type === Module2.H5T_class_t.H5T_REFERENCE.value) {
    output = new Uint8Array(metadata.size * total_size);
    data.forEach((r, i) => output.set(r.ref_data, i * metadata.size));
  } else if (metadata.type === Module2.H5T_class_t.H5T_COMPOUND.value) {
    const { size, compound_type } = metadata;
    output = new Uint8Array(total_size * size);
    const member_buffers = /* @__PURE__ */ new Map();
    const map_data = data;
    for (const member of compound_type.members) {
      if (member.vlen) {
        throw new Error(`Writing VLEN strings inside compound types requires pointers in Wasm heap and is not currently supported.`);
      }
      const column_data = map_data.get(member.name);
      const prepared = prepare_data(column_data, member, shape, maxshape);
      member_buffers.set(member.name, prepared.data);
    }
    for (let i = 0; i < total_size; i++) {
      const row_offset = i * size;
      for (const member of compound_type.members) {
        const col_buf = member_buffers.get(member.name);
        const m_size = member.size;
        const element_bytes = col_buf.subarray(i * m_size, (i + 1) * m_size);
        output.set(element_bytes, row_offset + member.offset);
      }
    }
  } else {
    throw new Error(`data with type ${metadata.type} can not be prepared for write`);
  }
  return { data: output, shape: final_shape, maxshape: final_maxshape };
}
function map_reverse(map) {
  return new Map(Array.from(map.entries()).map(([k, v]) => [v, k]));
}
var int_fmts = /* @__PURE__ */ new Map([[1, "b"], [2, "h"], [4, "i"], [8, "q"]]);
var float_fmts = /* @__PURE__ */ new Map([[2, "e"], [4, "f"], [8, "d"]]);
var fmts_float = map_reverse(float_fmts);
var fmts_int = map_reverse(int_fmts);
function metadata_to_dtype(metadata) {
  const { type, size, littleEndian, signed, compound_type, array_type, vlen } = metadata;
  if (type == Module2.H5T_class_t.H5T_STRING.value) {
    let length_str = vlen ? "" : String(size);
    const prefix = metadata.cset === 0 ? "A" : "S";
    return `${prefix}${length_str}`;
  } else if (type == Module2.H5T_class_t.H5T_INTEGER.value) {
    let fmt = int_fmts.get(size);
    if (fmt === void 0) {
      throw new Error(`int of size ${size} unsupported`);
    }
    if (!signed) {
      fmt = fmt.toUpperCase();
    }
    return (littleEndian ? "<" : ">") + fmt;
  } else if (type == Module2.H5T_class_t.H5T_FLOAT.value) {
    let fmt = float_fmts.get(size);
    return (littleEndian ? "<" : ">") + fmt;
  } else if (type == Module2.H5T_class_t.H5T_COMPOUND.value) {
    const ct = compound_type;
    return ct.members.map((member) => {
      if (member.type === Module2.H5T_class_t.H5T_ARRAY.value && member.array_type) {
        return [member.name, metadata_to_dtype(member.array_type), member.array_type.shape];
      }
      return [member.name, metadata_to_dtype(member)];
    });
  } else if (type === Module2.H5T_class_t.H5T_ARRAY.value) {
    const at = array_type;
    return [metadata_to_dtype(at), at.shape];
  } else if (type === Module2.H5T_class_t.H5T_REFERENCE.value) {
    return metadata.ref_type === "object" ? "Reference" : "RegionReference";
  } else {
    return "unknown";
  }
}
function dtype_to_metadata(dtype) {
  let metadata = { vlen: false, signed: false, littleEndian: true };
  if (typeof dtype === "string") {
    if (dtype === "Reference" || dtype === "RegionReference") {
      metadata.type = Module2.H5T_class_t.H5T_REFERENCE.value;
      metadata.size = dtype === "Reference" ? Module2.SIZEOF_OBJ_REF : Module2.SIZEOF_DSET_REGION_REF;
    } else {
      const match = dtype.match(/^([<>|]?)([bhiqefdsBHIQSaA])([0-9]*)$/);
      if (match == null) {
        throw dtype + " is not a recognized dtype";
      }
      const [, endianness, typestr, length] = match;
      metadata.littleEndian = endianness != ">";
      if (fmts_int.has(typestr.toLowerCase())) {
        metadata.type = Module2.H5T_class_t.H5T_INTEGER.value;
        metadata.size = fmts_int.get(typestr.toLowerCase());
        metadata.signed = typestr.toLowerCase() == typestr;
      } else if (fmts_float.has(typestr)) {
        metadata.type = Module2.H5T_class_t.H5T_FLOAT.value;
        metadata.size = fmts_float.get(typestr);
      } else if (typestr.toUpperCase() === "S" || typestr.toUpperCase() === "A") {
        metadata.type = Module2.H5T_class_t.H5T_STRING.value;
        metadata.size = length == "" ? 4 : parseInt(length, 10);
        metadata.vlen = length == "";
        metadata.cset = typestr.toUpperCase() === "A" ? 0 : 1;
      } else {
        throw "should never happen";
      }
    }
  } else if (Array.isArray(dtype)) {
    if (Array.isArray(dtype[0])) {
      const compound = dtype;
      let offset = 0;
      const members = compound.map(([name, memberDtype, arrayShape]) => {
        let memberMeta;
        if (arrayShape !== void 0) {
          const baseMeta = dtype_to_metadata(memberDtype);
          const nelems = arrayShape.reduce((a, b) => a * b, 1);
          memberMeta = {
            ...baseMeta,
            type: Module2.H5T_class_t.H5T_ARRAY.value,
            array_type: baseMeta,
            shape: arrayShape,
            size: baseMeta.size * nelems
          };
        } else {
          memberMeta = dtype_to_metadata(memberDtype);
        }
        const member = { ...memberMeta, name, offset };
        offset += memberMeta.size;
        return member;
      });
      metadata.type = Module2.H5T_class_t.H5T_COMPOUND.value;
      metadata.compound_type = { members, nmembers: members.length };
      metadata.size = offset;
    } else {
      const [base_dtype_str, shape] = dtype;
      const baseMeta = dtype_to_metadata(base_dtype_str);
      const nelems = shape.reduce((a, b) => a * b, 1);
      metadata.type = Module2.H5T_class_t.H5T_ARRAY.value;
      metadata.array_type = baseMeta;
      metadata.shape = shape;
      metadata.size = baseMeta.size * nelems;
    }
  } else {
    if ("compound_type" in dtype) {
      const ct = dtype.compound_type;
      metadata.type = Module2.H5T_class_t.H5T_COMPOUND.value;
      metadata.compound_type = ct;
      metadata.size = ct.members.reduce((sum, m) => Math.max(sum, m.offset + m.size), 0);
    } else {
      const at = dtype.array_type;
      const shape = at.shape;
      const nelems = shape.reduce((a, b) => a * b, 1);
      metadata.type = Module2.H5T_class_t.H5T_ARRAY.value;
      metadata.array_type = at;
      metadata.shape = shape;
      metadata.size = at.size * nelems;
    }
  }
  return metadata;
}
function guess_metadata(data) {
  const baseMeta = { vlen: false, signed: false, littleEndian: true };
  if (data instanceof Map) {
    let offset = 0;
    const members = [];
    for (const [name, value] of data.entries()) {
      const memberMeta = guess_metadata(value);
      members.push({
        ...memberMeta,
        name,
        offset
      });
      offset += memberMeta.size;
    }
    return {
      ...baseMeta,
      type: Module2.H5T_class_t.H5T_COMPOUND.value,
      compound_type: { members, nmembers: members.length },
      size: offset
      // Total size of the packed compound element
    };
  }
  if (ArrayBuffer.isView(data)) {
    const cname = data.constructor.name;
    switch (cname) {
      case "Float32Array":
        return { ...baseMeta, type: Module2.H5T_class_t.H5T_FLOAT.value, size: 4 };
      case "Float64Array":
        return { ...baseMeta, type: Module2.H5T_class_t.H5T_FLOAT.value, size: 8 };
      case "Int8Array":
        return { ...baseMeta, type: Module2.H5T_class_t.H5T_INTEGER.value, size: 1, signed: true };
      case "Int16Array":
        return { ...baseMeta, type: Module2.H5T_class_t.H5T_INTEGER.value, size: 2, signed: true };
      case "Int32Array":
        return { ...baseMeta, type: Module2.H5T_class_t.H5T_INTEGER.value, size: 4, signed: true };
      case "BigInt64Array":
        return { ...baseMeta, type: Module2.H5T_class_t.H5T_INTEGER.value, size: 8, signed: true };
      case "Uint8Array":
      case "Uint8ClampedArray":
        return { ...baseMeta, type: Module2.H5T_class_t.H5T_INTEGER.value, size: 1 };
      case "Uint16Array":
        return { ...baseMeta, type: Module2.H5T_class_t.H5T_INTEGER.value, size: 2 };
      case "Uint32Array":
        return { ...baseMeta, type: Module2.H5T_class_t.H5T_INTEGER.value, size: 4 };
      case "BigUint64Array":
        return { ...baseMeta, type: Module2.H5T_class_t.H5T_INTEGER.value, size: 8 };
      default:
        throw new Error("DataView not supported directly for write");
    }
  } else {
    const arr_data = Array.isArray(data) ? data : [data];
    if (arr_data.every(Number.isInteger)) {
      return { ...baseMeta, type: Module2.H5T_class_t.H5T_INTEGER.value, size: 4, signed: true };
    } else if (arr_data.every((d) => typeof d == "number")) {
      return { ...baseMeta, type: Module2.H5T_class_t.H5T_FLOAT.value, size: 8 };
    } else if (arr_data.every((d) => typeof d == "string")) {
      return { ...baseMeta, type: Module2.H5T_class_t.H5T_STRING.value, size: 4, vlen: true };
    } else if (arr_data.every((d) => d instanceof RegionReference)) {
      return { ...baseMeta, type: Module2.H5T_class_t.H5T_REFERENCE.value, size: Module2.SIZEOF_DSET_REGION_REF };
    } else if (arr_data.every((d) => d instanceof Reference)) {
      return { ...baseMeta, type: Module2.H5T_class_t.H5T_REFERENCE.value, size: Module2.SIZEOF_OBJ_REF };
    }
  }
  throw new Error("unguessable type for data");
}
var OBJECT_TYPE;
(function(OBJECT_TYPE2) {
  OBJECT_TYPE2["DATASET"] = "Dataset";
  OBJECT_TYPE2["GROUP"] = "Group";
  OBJECT_TYPE2["BROKEN_SOFT_LINK"] = "BrokenSoftLink";
  OBJECT_TYPE2["EXTERNAL_LINK"] = "ExternalLink";
  OBJECT_TYPE2["DATATYPE"] = "Datatype";
  OBJECT_TYPE2["REFERENCE"] = "Reference";
  OBJECT_TYPE2["REGION_REFERENCE"] = "RegionReference";
})(OBJECT_TYPE || (OBJECT_TYPE = {}));
var BrokenSoftLink = class {
  constructor(target) {
    this.type = OBJECT_TYPE.BROKEN_SOFT_LINK;
    this.target = target;
  }
};
var ExternalLink = class {
  constructor(filename, obj_path) {
    this.type = OBJECT_TYPE.EXTERNAL_LINK;
    this.filename = filename;
    this.obj_path = obj_path;
  }
};
var Reference = class {
  constructor(ref_data) {
    this.ref_data = ref_data;
  }
};
var RegionReference = class extends Reference {
};
var Attribute = class {
  constructor(file_id, path, name) {
    this.file_id = file_id;
    this.path = path;
    this.name = name;
    const metadata = Module2.get_attribute_metadata(file_id, path, name);
    this.metadata = metadata;
    this.dtype = metadata_to_dtype(metadata);
    this.shape = metadata.shape;
  }
  get value() {
    if (typeof this._value === "undefined") {
      this._value = get_attr(this.file_id, this.path, this.name, false);
    }
    return this._value;
  }
  get json_value() {
    if (typeof this._json_value === "undefined") {
      this._json_value = get_attr(this.file_id, this.path, this.name, true);
    }
    return this._json_value;
  }
  to_array() {
    const { json_value, metadata } = this;
    const { shape } = metadata;
    if (!isIterable(json_value) || typeof json_value === "string" || shape === null) {
      return json_value;
    }
    return create_nested_array(json_value, shape);
  }
};
var HasAttrs = class {
  get attrs() {
    let attr_names = Module2.get_attribute_names(this.file_id, this.path);
    let attrs = {};
    const { file_id, path } = this;
    for (let name of attr_names) {
      Object.defineProperty(attrs, name, {
        get: () => new Attribute(file_id, path, name),
        enumerable: true
      });
    }
    return attrs;
  }
  get root() {
    return new Group(this.file_id, "/");
  }
  get parent() {
    return this.root.get(dirname(this.path));
  }
  get_attribute(name, json_compatible = false) {
    return get_attr(this.file_id, this.path, name, json_compatible);
  }
  create_attribute(name, data, shape, dtype) {
    let metadata = dtype ? dtype_to_metadata(dtype) : guess_metadata(data);
    if (!metadata.littleEndian) {
      throw new Error("create_attribute with big-endian dtype is not supported");
    }
    const { data: prepared_data, shape: guessed_shape } = prepare_data(data, metadata, shape, shape);
    const final_shape = shape?.map(BigInt) ?? guessed_shape;
    const attr_metadata = {
      ...metadata,
      shape: final_shape,
      maxshape: final_shape
      // setup_dataset handles maxshape; attributes can just mirror shape
    };
    if (metadata.vlen) {
      Module2.create_vlen_str_attribute(this.file_id, this.path, name, prepared_data, attr_metadata);
    } else {
      let data_ptr = check_malloc(prepared_data.byteLength);
      try {
        Module2.HEAPU8.set(prepared_data, data_ptr);
        Module2.create_attribute(this.file_id, this.path, name, BigInt(data_ptr), attr_metadata);
      } finally {
        Module2._free(data_ptr);
      }
    }
  }
  delete_attribute(name) {
    return Module2.delete_attribute(this.file_id, this.path, name);
  }
  create_reference() {
    const ref_data = Module2.create_object_reference(this.file_id, this.path);
    return new Reference(ref_data);
  }
  dereference(ref) {
    const is_region = ref instanceof RegionReference;
    const name = Module2.get_referenced_name(this.file_id, ref.ref_data, !is_region);
    const target = this.root.get(name);
    return is_region ? new DatasetRegion(target, ref) : target;
  }
};
var Datatype = class extends HasAttrs {
  constructor(file_id, path) {
    super();
    this.file_id = file_id;
    this.path = path;
    this.type = OBJECT_TYPE.DATATYPE;
  }
  get metadata() {
    return Module2.get_datatype_metadata(this.file_id, this.path);
  }
};
var Group = class _Group extends HasAttrs {
  constructor(file_id, path) {
    super();
    this.path = path;
    this.file_id = file_id;
    this.type = OBJECT_TYPE.GROUP;
  }
  keys() {
    return Module2.get_names(this.file_id, this.path, false);
  }
  *values() {
    for (let name of this.keys()) {
      yield this.get(name);
    }
    return;
  }
  *items() {
    for (let name of this.keys()) {
      yield [name, this.get(name)];
    }
    return;
  }
  get_type(obj_path) {
    return Module2.get_type(this.file_id, obj_path);
  }
  get_link(obj_path) {
    return Module2.get_symbolic_link(this.file_id, obj_path);
  }
  get_external_link(obj_path) {
    return Module2.get_external_link(this.file_id, obj_path);
  }
  get(obj_name) {
    let fullpath = /^\//.test(obj_name) ? obj_name : this.path + "/" + obj_name;
    fullpath = normalizePath(fullpath);
    let type = this.get_type(fullpath);
    if (type === Module2.H5G_GROUP) {
      return new _Group(this.file_id, fullpath);
    } else if (type === Module2.H5G_DATASET) {
      return new Dataset(this.file_id, fullpath);
    } else if (type === Module2.H5G_LINK) {
      let target = this.get_link(fullpath);
      return new BrokenSoftLink(target);
    } else if (type === Module2.H5G_UDLINK) {
      let { filename, obj_path } = this.get_external_link(fullpath);
      return new ExternalLink(filename, obj_path);
    } else if (type === Module2.H5G_TYPE) {
      return new Datatype(this.file_id, fullpath);
    }
    return null;
  }
  create_group(name, track_order = false) {
    Module2.create_group(this.file_id, this.path + "/" + name, track_order);
    return this.get(name);
  }
  create_dataset(args) {
    const { name, data, shape, dtype, maxshape, chunks, compression, compression_opts, track_order } = args;
    let metadata = dtype ? dtype_to_metadata(dtype) : guess_metadata(data);
    if (compression && !chunks) {
      throw new Error("cannot specify compression without chunks");
    }
    if (compression && metadata.vlen) {
      throw new Error("cannot specify compression with VLEN data");
    }
    if (!metadata.littleEndian) {
      throw new Error("create_dataset with big-endian dtype is not supported");
    }
    const { data: prepared_data, shape: guessed_shape, maxshape: final_maxshape } = prepare_data(data, metadata, shape, maxshape);
    const final_shape = shape?.map(BigInt) ?? guessed_shape;
    const final_chunks = chunks ? chunks.map(BigInt) : null;
    let compression_opts_out;
    let compression_id = 0;
    if (compression && typeof compression === "number") {
      if (typeof compression_opts === "undefined") {
        compression_id = 1;
        compression_opts_out = [compression];
      } else {
        compression_id = compression;
        compression_opts_out = typeof compression_opts === "number" ? [compression_opts] : compression_opts;
      }
    } else if (compression === "gzip") {
      compression_id = 1;
      if (compression_opts === void 0) {
        compression_opts_out = [4];
      } else {
        compression_opts_out = typeof compression_opts === "number" ? [compression_opts] : compression_opts;
      }
    } else {
      compression_id = 0;
      compression_opts_out = [];
    }
    const ds_metadata = {
      ...metadata,
      shape: final_shape,
      maxshape: final_maxshape,
      chunks: final_chunks,
      compression: compression_id,
      compression_opts: compression_opts_out,
      track_order: track_order ?? false
    };
    if (metadata.vlen) {
      Module2.create_vlen_str_dataset(this.file_id, this.path + "/" + name, prepared_data, ds_metadata);
    } else {
      let data_ptr = check_malloc(prepared_data.byteLength);
      try {
        Module2.HEAPU8.set(prepared_data, data_ptr);
        Module2.create_dataset(this.file_id, this.path + "/" + name, BigInt(data_ptr), ds_metadata);
      } finally {
        Module2._free(data_ptr);
      }
    }
    return this.get(name);
  }
  create_soft_link(target, name) {
    const link_name = this.path + "/" + name;
    return Module2.create_soft_link(this.file_id, target, link_name);
  }
  create_hard_link(target, name) {
    const link_name = this.path + "/" + name;
    return Module2.create_hard_link(this.file_id, target, link_name);
  }
  create_external_link(file_name, target, name) {
    const link_name = this.path + "/" + name;
    return Module2.create_external_link(this.file_id, file_name, target, link_name);
  }
  toString() {
    return `Group(file_id=${this.file_id}, path=${this.path})`;
  }
  paths() {
    return Module2.get_names(this.file_id, this.path, true);
  }
};
var File = class extends Group {
  constructor(filename, mode = "r", optionsOrTrackOrder = false) {
    let track_order;
    let libver;
    if (optionsOrTrackOrder !== null && typeof optionsOrTrackOrder === "object") {
      track_order = optionsOrTrackOrder.track_order ?? false;
      libver = optionsOrTrackOrder.libver;
    } else {
      track_order = optionsOrTrackOrder ?? false;
    }
    const access_mode = ACCESS_MODES[mode];
    const h5_mode = Module2[access_mode];
    let libver_low = -1;
    let libver_high = -1;
    if (libver) {
      if (Array.isArray(libver)) {
        libver_low = parseLibverString(libver[0]);
        libver_high = parseLibverString(libver[1]);
      } else {
        const ver = parseLibverString(libver);
        libver_low = ver;
        libver_high = ver;
      }
    }
    const file_id = Module2.open(filename, h5_mode, track_order, libver_low, libver_high);
    super(file_id, "/");
    this.filename = filename;
    this.mode = mode;
  }
  get libver() {
    const bounds = Module2.get_libver_bounds(this.file_id);
    return [convertToLibverString(bounds.low), convertToLibverString(bounds.high)];
  }
  flush() {
    Module2.flush(this.file_id);
  }
  start_swmr_write() {
    return Module2.H5Fstart_swmr_write(this.file_id);
  }
  close() {
    return Module2.close_file(this.file_id);
  }
};
var calculateHyperslabParams = (shape, ranges) => {
  const strides = shape.map((s, i) => BigInt(ranges?.[i]?.[2] ?? 1));
  const count = shape.map((s, i) => {
    const range_upper = ranges?.[i]?.[1] ?? s;
    const range_lower = ranges?.[i]?.[0] ?? 0;
    const high = range_upper < s ? range_upper : s;
    const low = range_lower > 0 ? range_lower : 0;
    const N = BigInt(high - low);
    const st = strides[i];
    return BigInt(N / st + (N % st + st - 1n) / st);
  });
  const offset = shape.map((s, i) => {
    const range_lower = ranges?.[i]?.[0] ?? 0;
    const low = range_lower > 0 ? range_lower : 0;
    return BigInt(s < low ? s : low);
  });
  return { strides, count, offset };
};
var Dataset = class extends HasAttrs {
  constructor(file_id, path) {
    super();
    this.path = path;
    this.file_id = file_id;
    this.type = OBJECT_TYPE.DATASET;
  }
  refresh() {
    const status = Module2.refresh_dataset(this.file_id, this.path);
    if (status < 0) {
      throw new Error(`Could not refresh. Error code: ${status}`);
    }
    delete this._metadata;
  }
  get metadata() {
    if (typeof this._metadata === "undefined") {
      this._metadata = Module2.get_dataset_metadata(this.file_id, this.path);
    }
    return this._metadata;
  }
  get dtype() {
    return metadata_to_dtype(this.metadata);
  }
  get shape() {
    return this.metadata.shape;
  }
  get filters() {
    return Module2.get_dataset_filters(this.file_id, this.path);
  }
  get value() {
    return this._value_getter(false);
  }
  get json_value() {
    return this._value_getter(true);
  }
  slice(ranges) {
    const metadata = this.metadata;
    const { shape } = metadata;
    if (!shape) {
      return null;
    }
    const { strides, count, offset } = calculateHyperslabParams(shape, ranges);
    const total_size = count.reduce((previous, current) => current * previous, 1n);
    const nbytes = metadata.size * Number(total_size);
    const data_ptr = check_malloc(nbytes);
    let processed;
    try {
      Module2.get_dataset_data(this.file_id, this.path, count, offset, strides, BigInt(data_ptr));
      let data = Module2.HEAPU8.slice(data_ptr, data_ptr + nbytes);
      processed = process_data(data, metadata, false);
    } finally {
      if (metadata.vlen || metadata.type === Module2.H5T_class_t.H5T_VLEN.value) {
        Module2.reclaim_vlen_memory_count(this.file_id, this.path, "", BigInt(data_ptr), count);
      }
      Module2._free(data_ptr);
    }
    return processed;
  }
  write_slice(ranges, data) {
    let metadata = this.metadata;
    if (!metadata.shape) {
      throw new Error("cannot write to a slice of an empty dataset");
    }
    if (metadata.vlen) {
      throw new Error("writing to a slice of vlen dtype is not implemented");
    }
    const { shape } = metadata;
    const { strides, count, offset } = calculateHyperslabParams(shape, ranges);
    const { data: prepared_data } = prepare_data(data, metadata, count);
    let data_ptr = check_malloc(prepared_data.byteLength);
    Module2.HEAPU8.set(prepared_data, data_ptr);
    try {
      Module2.set_dataset_data(this.file_id, this.path, count, offset, strides, BigInt(data_ptr));
    } finally {
      Module2._free(data_ptr);
    }
  }
  create_region_reference(ranges) {
    const metadata = this.metadata;
    if (!metadata.shape) {
      throw new Error("cannot create region reference from empty dataset");
    }
    const { shape } = metadata;
    const { strides, count, offset } = calculateHyperslabParams(shape, ranges);
    const ref_data = Module2.create_region_reference(this.file_id, this.path, count, offset, strides);
    return new RegionReference(ref_data);
  }
  to_array() {
    const { json_value, metadata } = this;
    const { shape } = metadata;
    if (!isIterable(json_value) || typeof json_value === "string" || shape === null) {
      return json_value;
    }
    let nested = create_nested_array(json_value, shape);
    return nested;
  }
  resize(new_shape) {
    const result = Module2.resize_dataset(this.file_id, this.path, new_shape.map(BigInt));
    this._metadata = void 0;
    return result;
  }
  make_scale(scale_name = "") {
    Module2.set_scale(this.file_id, this.path, scale_name);
  }
  attach_scale(index, scale_dset_path) {
    Module2.attach_scale(this.file_id, this.path, scale_dset_path, index);
  }
  detach_scale(index, scale_dset_path) {
    Module2.detach_scale(this.file_id, this.path, scale_dset_path, index);
  }
  get_attached_scales(index) {
    return Module2.get_attached_scales(this.file_id, this.path, index);
  }
  get_scale_name() {
    return Module2.get_scale_name(this.file_id, this.path);
  }
  set_dimension_label(index, label) {
    Module2.set_dimension_label(this.file_id, this.path, index, label);
  }
  get_dimension_labels() {
    return Module2.get_dimension_labels(this.file_id, this.path);
  }
  _value_getter(json_compatible = false) {
    let metadata = this.metadata;
    if (!metadata.shape) {
      return null;
    }
    let nbytes = metadata.size * metadata.total_size;
    let data_ptr = check_malloc(nbytes);
    let processed;
    try {
      Module2.get_dataset_data(this.file_id, this.path, null, null, null, BigInt(data_ptr));
      let data = Module2.HEAPU8.slice(data_ptr, data_ptr + nbytes);
      processed = process_data(data, metadata, json_compatible);
    } finally {
      if (metadata.vlen) {
        Module2.reclaim_vlen_memory(this.file_id, this.path, "", BigInt(data_ptr));
      }
      Module2._free(data_ptr);
    }
    return processed;
  }
};
var DatasetRegion = class {
  constructor(source_dataset, region_reference) {
    this.source_dataset = source_dataset;
    this.region_reference = region_reference;
  }
  get metadata() {
    if (typeof this._metadata === "undefined") {
      this._metadata = Module2.get_region_metadata(this.source_dataset.file_id, this.region_reference.ref_data);
    }
    return this._metadata;
  }
  get value() {
    return this._value_getter(false);
  }
  _value_getter(json_compatible = false) {
    let metadata = this.metadata;
    if (!metadata.shape) {
      return null;
    }
    let nbytes = metadata.size * metadata.total_size;
    let data_ptr = check_malloc(nbytes);
    let processed;
    try {
      Module2.get_region_data(this.source_dataset.file_id, this.region_reference.ref_data, BigInt(data_ptr));
      let data = Module2.HEAPU8.slice(data_ptr, data_ptr + nbytes);
      processed = process_data(data, metadata, json_compatible);
    } finally {
      if (metadata.vlen) {
        Module2.reclaim_vlen_memory(this.source_dataset.file_id, this.source_dataset.path, "", BigInt(data_ptr));
      }
      Module2._free(data_ptr);
    }
    return processed;
  }
};
function create_nested_array(value, shape) {
  const total_length = value.length;
  const dims_product = shape.reduce((previous, current) => previous * current, 1);
  if (total_length !== dims_product) {
    console.warn(`shape product: ${dims_product} does not match length of flattened array: ${total_length}`);
  }
  let output = value;
  const subdims = shape.slice(1).reverse();
  for (let dim of subdims) {
    const new_output = [];
    const { length } = output;
    let cursor = 0;
    while (cursor < length) {
      new_output.push(output.slice(cursor, cursor += dim));
    }
    output = new_output;
  }
  return output;
}
var h5wasm = {
  File,
  Group,
  Dataset,
  Datatype,
  DatasetRegion,
  ready,
  ACCESS_MODES
};
var hdf5_hl_default = h5wasm;
export {
  ACCESS_MODES,
  Attribute,
  BrokenSoftLink,
  Dataset,
  DatasetRegion,
  Datatype,
  ExternalLink,
  FS,
  File,
  Group,
  LIBVER_BOUNDS_MAP,
  Module2 as Module,
  Reference,
  RegionReference,
  convertToLibverString,
  hdf5_hl_default as default,
  dtype_to_metadata,
  guess_metadata,
  h5wasm,
  ready
};
