#include "convert.h"

#include "wire.h"

namespace funnel::wasm {

Arguments::Arguments(const std::string& wire) : list_(readWire(wire)) {}

const Value& Arguments::operator[](std::size_t index) const {
    return list_.is(Value::Kind::array) && index < list_.items.size() ? list_.items[index] : missing_;
}

emscripten::val reply(const Value& answer) {
    static std::string buffer;  // reused: one answer is read before the next call
    buffer.clear();
    writeWire(answer, buffer);
    return emscripten::val(
        emscripten::typed_memory_view(buffer.size(), reinterpret_cast<const unsigned char*>(buffer.data())));
}

}  // namespace funnel::wasm
