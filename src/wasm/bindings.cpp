// The registration table of the WebAssembly module: nothing else lives here.
// Each function takes its arguments as one wire buffer and answers with one
// (convert.h); guard.js turns JavaScript values into those buffers and back.
#include <emscripten/bind.h>

#include "api.h"
#include "convert.h"

namespace {

using emscripten::val;
using funnel::wasm::Arguments;
using funnel::wasm::reply;

val plan(const std::string& wire) { return reply(funnel::writePlanWire, Arguments(wire)[0]); }
val forecast(const std::string& wire) { return reply(funnel::writeForecastWire, Arguments(wire)[0]); }
val readShareLink(const std::string& wire) { return reply(funnel::readShareLinkValue(Arguments(wire)[0])); }
val writeShareLink(const std::string& wire) { return reply(funnel::writeShareLinkValue(Arguments(wire)[0])); }
val writeCsv(const std::string& wire) { return reply(funnel::writeCsvValue(Arguments(wire)[0])); }
val writeMarkdown(const std::string& wire) { return reply(funnel::writeMarkdownValue(Arguments(wire)[0])); }
val parseNumber(const std::string& wire) {
    const Arguments arguments(wire);
    return reply(funnel::parseNumberValue(arguments[0], arguments[1]));
}
val parsePercent(const std::string& wire) {
    const Arguments arguments(wire);
    return reply(funnel::parsePercentValue(arguments[0], arguments[1]));
}
val formatNumber(const std::string& wire) {
    const Arguments arguments(wire);
    return reply(funnel::formatNumberValue(arguments[0], arguments[1], arguments[2]));
}

}  // namespace

EMSCRIPTEN_BINDINGS(funnel_core) {
    emscripten::function("plan", &plan);
    emscripten::function("forecast", &forecast);
    emscripten::function("readShareLink", &readShareLink);
    emscripten::function("writeShareLink", &writeShareLink);
    emscripten::function("writeCsv", &writeCsv);
    emscripten::function("writeMarkdown", &writeMarkdown);
    emscripten::function("parseNumber", &parseNumber);
    emscripten::function("parsePercent", &parsePercent);
    emscripten::function("formatNumber", &formatNumber);
    emscripten::function("answerKeyNames", &funnel::wasm::answerKeyNames);
}
