// Linked with --post-js. Embind reads a function's arguments from inside wasm:
// a getter or Proxy trap that throws there unwinds through wasm frames and
// leaks their stack, and after ~10 000 such calls the module breaks. So each
// exported function first gets a plain-data copy of its arguments, made here
// in JS where every throw is caught. A missing argument becomes undefined.
// Quoted keys: the closure compiler keeps them, and they are the exported names.
var FUNNEL_ARITY = { 'plan': 1, 'forecast': 1, 'readShareLink': 1, 'writeShareLink': 1, 'parseNumber': 2, 'parsePercent': 2 };
var FUNNEL_MAX_DEPTH = 6;
var FUNNEL_MAX_ENTRIES = 1000;

function funnelRead(object, key) {
  try {
    return object[key];
  } catch (error) {
    return undefined;
  }
}

function funnelPlainCopy(value, depth) {
  var type = typeof value;
  if (value === null || type === 'undefined' || type === 'number' || type === 'string' || type === 'boolean') {
    return value;
  }
  // Functions, symbols, BigInts and anything too deep read as an empty object: "not a number" to the core.
  if (type !== 'object' || depth >= FUNNEL_MAX_DEPTH) return {};
  try {
    if (Array.isArray(value)) {
      var length = Math.min(funnelRead(value, 'length') >>> 0, FUNNEL_MAX_ENTRIES);
      var list = [];
      for (var i = 0; i < length; i++) list.push(funnelPlainCopy(funnelRead(value, i), depth + 1));
      return list;
    }
    var keys = Object.keys(value);
    var copy = {};
    for (var k = 0; k < keys.length && k < FUNNEL_MAX_ENTRIES; k++) {
      copy[keys[k]] = funnelPlainCopy(funnelRead(value, keys[k]), depth + 1);
    }
    return copy;
  } catch (error) {
    return {};
  }
}

addOnPostRun(function () {
  Object.keys(FUNNEL_ARITY).forEach(function (name) {
    var bound = Module[name];
    Module[name] = function () {
      var args = [];
      for (var i = 0; i < FUNNEL_ARITY[name]; i++) args.push(funnelPlainCopy(arguments[i], 0));
      return bound.apply(null, args);
    };
  });
});
