#include "convert.h"

#include "answer_key.h"
#include "calls.h"
#include "wire.h"

namespace funnel::wasm {
namespace {

std::string buffer;  // the answer's bytes, reused: one answer is read before the next call

emscripten::val view() {
    return emscripten::val(
        emscripten::typed_memory_view(buffer.size(), reinterpret_cast<const unsigned char*>(buffer.data())));
}

emscripten::val reply(const Value& answer) {
    buffer.clear();
    writeWire(answer, buffer);
    return view();
}

}  // namespace

emscripten::val call(int index, const std::string& wire) {
    if (index < 0 || static_cast<std::size_t>(index) >= callCount()) return emscripten::val::undefined();
    buffer.clear();
    calls()[index].answer(readWire(wire), buffer);
    return view();
}

emscripten::val callTable() { return reply(funnel::callTable()); }

emscripten::val answerKeyNames() {
    Value names = Value::array();
    for (std::size_t key = 0; key < kAnswerKeyCount; ++key) {
        names.push(Value::of(std::string(keyName(static_cast<AnswerKey>(key)))));
    }
    return reply(names);
}

}  // namespace funnel::wasm
