#include "convert.h"

#include "answer_key.h"
#include "wire.h"

namespace funnel::wasm {
namespace {

std::string buffer;  // the answer's bytes, reused: one answer is read before the next call

emscripten::val view() {
    return emscripten::val(
        emscripten::typed_memory_view(buffer.size(), reinterpret_cast<const unsigned char*>(buffer.data())));
}

}  // namespace

Arguments::Arguments(const std::string& wire) : list_(readWire(wire)) {}

const Value& Arguments::operator[](std::size_t index) const {
    return list_.is(Value::Kind::array) && index < list_.items.size() ? list_.items[index] : missing_;
}

emscripten::val reply(const Value& answer) {
    buffer.clear();
    writeWire(answer, buffer);
    return view();
}

emscripten::val reply(void (*write)(const Value& input, std::string& out), const Value& input) {
    buffer.clear();
    write(input, buffer);
    return view();
}

emscripten::val answerKeyNames() {
    Value names = Value::array();
    for (std::size_t key = 0; key < kAnswerKeyCount; ++key) {
        names.push(Value::of(std::string(keyName(static_cast<AnswerKey>(key)))));
    }
    return reply(names);
}

}  // namespace funnel::wasm
