// The registration table of the WebAssembly module: nothing else lives here.
#include <emscripten/bind.h>

#include "api.h"
#include "convert.h"

using emscripten::val;
using funnel::wasm::fromJs;
using funnel::wasm::toJs;

EMSCRIPTEN_BINDINGS(funnel_core) {
    emscripten::function(
        "plan", +[](val input) { return toJs(funnel::planValue(fromJs(input))); });
    emscripten::function(
        "parseNumber",
        +[](val text, val locale) { return toJs(funnel::parseNumberValue(fromJs(text), fromJs(locale))); });
    emscripten::function(
        "parsePercent",
        +[](val text, val locale) { return toJs(funnel::parsePercentValue(fromJs(text), fromJs(locale))); });
}
