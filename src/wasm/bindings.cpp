// The registration table of the WebAssembly module: nothing else lives here.
// One entry point answers every call of src/calls.h by its number, its
// arguments and answer as one wire buffer each (convert.h); guard.js builds
// core.plan(...), core.parseNumber(...) and the rest from callTable().
#include <emscripten/bind.h>

#include "convert.h"

EMSCRIPTEN_BINDINGS(funnel_core) {
    emscripten::function("call", &funnel::wasm::call);
    emscripten::function("callTable", &funnel::wasm::callTable);
    emscripten::function("answerKeyNames", &funnel::wasm::answerKeyNames);
}
