// The registration table of the WebAssembly module: nothing else lives here.
// Arguments arrive as plain data (guard.js copies them first).
#include <emscripten/bind.h>

#include "api.h"
#include "convert.h"

namespace {

using emscripten::val;
using funnel::wasm::fromJs;
using funnel::wasm::toJs;

val plan(val input) { return toJs(funnel::planValue(fromJs(input))); }
val forecast(val input) { return toJs(funnel::forecastValue(fromJs(input))); }
val readShareLink(val fragment) { return toJs(funnel::readShareLinkValue(fromJs(fragment))); }
val writeShareLink(val state) { return toJs(funnel::writeShareLinkValue(fromJs(state))); }
val parseNumber(val text, val locale) { return toJs(funnel::parseNumberValue(fromJs(text), fromJs(locale))); }
val parsePercent(val text, val locale) { return toJs(funnel::parsePercentValue(fromJs(text), fromJs(locale))); }

}  // namespace

EMSCRIPTEN_BINDINGS(funnel_core) {
    emscripten::function("plan", &plan);
    emscripten::function("forecast", &forecast);
    emscripten::function("readShareLink", &readShareLink);
    emscripten::function("writeShareLink", &writeShareLink);
    emscripten::function("parseNumber", &parseNumber);
    emscripten::function("parsePercent", &parsePercent);
}
