// Linked with --post-js: the JavaScript half of the binding's converters.
// Each exported function takes its arguments as one wire buffer and answers
// with one (src/wire.h has the layout): one copy each way instead of one
// Embind call per property, which cost more than the point plan itself.
//
// The arguments are read here, in JS, where every throw is caught: a getter
// or Proxy trap that throws inside wasm unwinds through wasm frames and leaks
// their stack, and after ~10 000 such calls the module breaks. What cannot be
// read reads as undefined or {}: "missing" or "not a number" to the core.
// The calls themselves, their names and their arities come from the core's
// list (src/calls.h, read once at start through Module.callTable).
// As in wire.h: the argument list, then six levels of a request; 100,000
// entries a list or object. What goes beyond travels as tag 9 with its count
// and no content, and the core answers with too_long at its field path.
var FUNNEL_MAX_DEPTH = 7;
var FUNNEL_MAX_ENTRIES = 100000;

var funnelOut = new Uint8Array(4096);
var funnelOutView = new DataView(funnelOut.buffer);
var funnelOutLength = 0;
var funnelEncoder = new TextEncoder();
// ignoreBOM: a text that starts with U+FEFF (a CSV file, a name) keeps it; by default it is dropped.
var funnelDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
// The core's answers name their keys by index (tag 8, src/answer_key.h): a
// table lookup here instead of decoding the same texts on every call. (A
// cache of decoded values was tried beside it: no measurable gain, 30 Nov.)
var funnelAnswerKeys = [];

function funnelRoom(size) {
  if (funnelOutLength + size <= funnelOut.length) return;
  var grown = new Uint8Array(Math.max(funnelOut.length * 2, funnelOutLength + size));
  grown.set(funnelOut.subarray(0, funnelOutLength));
  funnelOut = grown;
  funnelOutView = new DataView(grown.buffer);
}

function funnelPutTag(tag) {
  funnelRoom(1);
  funnelOut[funnelOutLength++] = tag;
}

function funnelPutLength(length) {
  funnelRoom(4);
  funnelOutView.setUint32(funnelOutLength, length, true);
  funnelOutLength += 4;
}

// UTF-8; a lone surrogate becomes U+FFFD.
function funnelPutText(text) {
  funnelRoom(4 + text.length * 3);
  var start = funnelOutLength + 4;
  var at = start;
  for (var i = 0; i < text.length; i++) {
    var code = text.charCodeAt(i);
    if (code > 0x7f) {
      at = start + funnelEncoder.encodeInto(text, funnelOut.subarray(start)).written;
      break;
    }
    funnelOut[at++] = code;
  }
  funnelOutView.setUint32(funnelOutLength, at - start, true);
  funnelOutLength = at;
}

function funnelRead(object, key) {
  try {
    return object[key];
  } catch (error) {
    return undefined;
  }
}

function funnelPut(value, depth) {
  var type = typeof value;
  if (value === undefined) return funnelPutTag(0);
  if (value === null) return funnelPutTag(1);
  if (type === 'boolean') return funnelPutTag(value ? 3 : 2);
  if (type === 'number') {
    funnelPutTag(4);
    funnelRoom(8);
    funnelOutView.setFloat64(funnelOutLength, value, true);
    funnelOutLength += 8;
    return;
  }
  if (type === 'string') {
    funnelPutTag(5);
    return funnelPutText(value);
  }
  // A file's bytes (the import): a string of exactly those bytes, whatever their encoding.
  if (value instanceof Uint8Array) {
    funnelPutTag(5);
    funnelPutLength(value.length);
    funnelRoom(value.length);
    funnelOut.set(value, funnelOutLength);
    funnelOutLength += value.length;
    return;
  }
  var start = funnelOutLength;
  // Functions, symbols, BigInts and whatever throws read as {}.
  if (type === 'object') {
    try {
      var array = Array.isArray(value);
      var keys = array ? null : Object.keys(value);
      var count = array ? funnelRead(value, 'length') >>> 0 : keys.length;
      if (count > FUNNEL_MAX_ENTRIES || (depth >= FUNNEL_MAX_DEPTH && count > 0)) {
        funnelPutTag(9);
        return funnelPutLength(count);
      }
      if (array) {
        funnelPutTag(6);
        funnelPutLength(count);
        for (var i = 0; i < count; i++) funnelPut(funnelRead(value, i), depth + 1);
        return;
      }
      funnelPutTag(7);
      funnelPutLength(count);
      for (var k = 0; k < count; k++) {
        funnelPutText(keys[k]);
        funnelPut(funnelRead(value, keys[k]), depth + 1);
      }
      return;
    } catch (error) {
      funnelOutLength = start;
    }
  }
  funnelPutTag(7);
  funnelPutLength(0);
}

// An answer, read at once from its view of wasm memory.
function funnelTake(bytes) {
  var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  var at = 0;
  function length() {
    at += 4;
    return view.getUint32(at - 4, true);
  }
  // ASCII (keys' values such as stage names, messages in English) by char
  // codes; anything else through TextDecoder.
  function text() {
    var size = length();
    var start = at;
    at += size;
    var result = '';
    for (var i = start; i < at; i++) {
      if (bytes[i] > 0x7f) return funnelDecoder.decode(bytes.subarray(start, at));
      result += String.fromCharCode(bytes[i]);
    }
    return result;
  }
  function next() {
    var tag = bytes[at++];
    if (tag === 4) {
      at += 8;
      return view.getFloat64(at - 8, true);
    }
    if (tag === 5) return text();
    if (tag === 6) {
      var list = [];
      for (var count = length(); count > 0; count--) list.push(next());
      return list;
    }
    if (tag === 8) {
      var answer = {};
      for (var entries = length(); entries > 0; entries--) answer[funnelAnswerKeys[bytes[at++]]] = next();
      return answer;
    }
    if (tag === 7) {
      var object = {};
      for (var members = length(); members > 0; members--) {
        var key = text();
        // An own property even for "__proto__", as JSON.parse would make it.
        if (key === '__proto__') Object.defineProperty(object, key, { value: next(), writable: true, enumerable: true, configurable: true });
        else object[key] = next();
      }
      return object;
    }
    return tag === 1 ? null : tag === 3 ? true : tag === 2 ? false : undefined;
  }
  return next();
}

addOnPostRun(function () {
  funnelAnswerKeys = funnelTake(Module['answerKeyNames']());
  var call = Module['call'];
  funnelTake(Module['callTable']()).forEach(function (entry, index) {
    var name = entry[0];
    var arity = entry[1];
    Module[name] = function () {
      funnelOutLength = 0;
      funnelPutTag(6);
      funnelPutLength(arity);
      for (var i = 0; i < arity; i++) funnelPut(arguments[i], 1);
      var answer = funnelTake(call(index, funnelOut.subarray(0, funnelOutLength)));
      if (funnelOut.length > 65536) {  // a huge argument once need not hold its memory forever
        funnelOut = new Uint8Array(4096);
        funnelOutView = new DataView(funnelOut.buffer);
      }
      return answer;
    };
  });
  delete Module['answerKeyNames'];
  delete Module['callTable'];
  delete Module['call'];
});
