// libFuzzer target: any bytes as the wire buffer of a call (src/wire.h),
// through every function the binding offers. Reading never crashes, what was
// read writes back to a buffer that reads as the same tree, and no answer holds
// NaN or Infinity.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "api.h"
#include "calls.h"
#include "require_finite.h"
#include "wire.h"

using funnel::fuzz::requireFinite;

namespace {

std::string wire(const funnel::Value& value) {
    std::string out;
    funnel::writeWire(value, out);
    return out;
}

// The wasm binding's answer, written straight to the wire, must read as the
// native answer's tree. Both pass the same reader, so an answer beyond its
// limits (more than 100,000 errors) reads as undefined on both sides.
const funnel::Value& sameOnTheWire(void (*write)(const funnel::Value&, std::string&), const funnel::Value& native,
                                   const funnel::Value& input) {
    std::string out;
    write(input, out);
    if (wire(funnel::readWire(out)) != wire(funnel::readWire(wire(native)))) std::abort();
    return native;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const funnel::Value input = funnel::readWire(std::string_view(reinterpret_cast<const char*>(data), size));
    const std::string written = wire(input);
    if (wire(funnel::readWire(written)) != written) std::abort();
    // As the binding reads it: a list of the call's arguments.
    const funnel::Value none;
    const auto argument = [&](std::size_t index) -> const funnel::Value& {
        return input.is(funnel::Value::Kind::array) && index < input.items.size() ? input.items[index] : none;
    };
    requireFinite(sameOnTheWire(funnel::writePlanWire, funnel::planValue(argument(0)), argument(0)));
    requireFinite(sameOnTheWire(funnel::writeForecastWire, funnel::forecastValue(argument(0)), argument(0)));
    // Every call of the binding's list, as the binding makes it: an answer that reads back.
    for (std::size_t i = 0; i < funnel::callCount(); ++i) {
        std::string out;
        funnel::calls()[i].answer(input, out);
        const funnel::Value answer = funnel::readWire(out);
        if (answer.is(funnel::Value::Kind::undefined)) std::abort();
        requireFinite(answer);
    }
    return 0;
}
