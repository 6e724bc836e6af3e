// The bytes a Value travels in between the page and the wasm core: one buffer
// each way instead of one Embind call per property, which made the boundary
// cost more than the point plan itself. Numbers travel as their IEEE 754 bits,
// so nothing is printed or parsed on the way (exactness is the core's job).
//
//   value  = tag payload          (little-endian throughout)
//   tag 0  undefined   1 null   2 false   3 true
//   tag 4  number:  8 bytes, an IEEE 754 double
//   tag 5  string:  u32 byte length, UTF-8 bytes
//   tag 6  array:   u32 count, that many values
//   tag 7  object:  u32 count, that many (u32 key length, key bytes, value)
//   tag 8  answer object: u32 count, that many (u8 AnswerKey, value)
//   tag 9  too long: u32 count; a list or object with more than kMaxEntries
//          entries, or nested deeper than kMaxDepth, sent without its content
//
// guard.js writes and reads the same format in JavaScript. Only the core
// writes tag 8; readWire accepts it too (the tests read answers back), and an
// argument sent with it reads as an object with names from the table.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "answer_key.h"
#include "value.h"

namespace funnel {

// The argument list, then six levels: deeper than any request (3 levels).
// Lists carry up to 100,000 entries, as many as an import of a year's leads
// may need; a larger one travels as tag 9 and is answered with too_long.
constexpr int kMaxWireDepth = 7;
constexpr std::uint32_t kMaxWireEntries = 100000;

// Any bytes at all: what cannot be read (truncated, an unknown tag, content
// nested deeper than kMaxWireDepth or with more than kMaxWireEntries entries,
// bytes left over after the value) reads as undefined, which the core then
// reports. Tag 9 reads as Value::tooLong.
Value readWire(std::string_view bytes);

// Appends `value` to `out`.
void writeWire(const Value& value, std::string& out);

// Appends what an answer writer writes (the calls of value_builder.h) to `out`,
// objects as tag 8; writeWire drives it too, for objects keyed by any text
// (namedObject, name: tag 7). A container's count is written when it closes.
// `out` holds the bytes once the writer is destroyed.
class WireWriter {
public:
    explicit WireWriter(std::string& out);
    ~WireWriter();
    WireWriter(const WireWriter&) = delete;
    WireWriter& operator=(const WireWriter&) = delete;

    void object();
    void array();
    void namedObject();
    void close();
    void key(AnswerKey key) {
        *room(1) = static_cast<char>(key);
        entry();
    }
    void number(double number);
    void text(std::string_view text);
    void boolean(bool boolean);
    void null();
    void undefined();
    void tooLong(double count);
    void name(std::string_view key);

private:
    // The next `size` bytes of `out`, which grows (zero-filled, then trimmed
    // at the end) in large steps rather than by a resize per value.
    char* room(std::size_t size) {
        if (size > out_.size() - used_) grow(size);
        char* at = &out_[used_];
        used_ += size;
        return at;
    }
    void grow(std::size_t size);
    void header(std::uint8_t tag, std::size_t count);
    void open(std::uint8_t tag);
    // One more entry in the innermost open container.
    void entry() {
        if (depth_ > 0 && depth_ <= kMaxOpen) ++open_[depth_ - 1].count;
    }
    // A value: an entry when the innermost open container is a list (an object's are its keys).
    void counted() {
        if (depth_ > 0 && depth_ <= kMaxOpen && open_[depth_ - 1].list) ++open_[depth_ - 1].count;
    }

    struct Open {
        std::size_t at;  // where its count goes
        bool list;
        std::uint32_t count;
    };

    std::string& out_;
    std::size_t used_;
    // The containers being written, innermost last: answers nest 4 deep, and
    // what the wire reads 7 (kMaxWireDepth); a fixed array, no allocation.
    static constexpr int kMaxOpen = 32;
    Open open_[kMaxOpen] = {};
    int depth_ = 0;
};

}  // namespace funnel
