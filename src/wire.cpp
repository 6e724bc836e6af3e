#include "wire.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace funnel {
namespace {

enum Tag : std::uint8_t {
    kUndefined,
    kNull,
    kFalse,
    kTrue,
    kNumber,
    kString,
    kArray,
    kObject,
    kAnswerObject,
    kTooLong
};

// What goes beyond (wire.h) is no request the core could answer, and it must
// not cost unbounded time: guard.js sends it as tag 9 instead.
constexpr int kMaxDepth = kMaxWireDepth;
constexpr std::uint32_t kMaxEntries = kMaxWireEntries;

class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes) {}

    bool failed() const { return failed_; }
    bool atEnd() const { return position_ == bytes_.size(); }

    Value value(int depth) {
        std::uint8_t tag = 0;
        if (!take(&tag, 1)) return Value{};
        switch (tag) {
            case kUndefined:
                return Value{};
            case kNull:
                return Value::null();
            case kFalse:
                return Value::of(false);
            case kTrue:
                return Value::of(true);
            case kNumber: {
                double number = 0;
                return take(&number, sizeof number) ? Value::of(number) : Value{};
            }
            case kString:
                return Value::of(text());
            case kArray:
            case kObject:
            case kAnswerObject:
                return container(static_cast<Tag>(tag), depth);
            case kTooLong:
                return Value::tooLong(length());
            default:
                failed_ = true;
                return Value{};
        }
    }

private:
    Value container(Tag tag, int depth) {
        const std::uint32_t count = length();
        // guard.js sends a longer or deeper list or object as tag 9.
        if (count > kMaxEntries || (depth >= kMaxDepth && count > 0)) failed_ = true;
        Value result = tag == kArray ? Value::array() : Value::object();
        for (std::uint32_t i = 0; i < count && !failed_; ++i) {
            if (tag != kArray) {
                std::string key = tag == kObject ? text() : answerKey();
                Value member = value(depth + 1);
                result.set(std::move(key), std::move(member));
            } else {
                result.push(value(depth + 1));
            }
        }
        return result;
    }

    std::string text() {
        const std::uint32_t size = length();
        if (failed_ || size > bytes_.size() - position_) {
            failed_ = true;
            return {};
        }
        std::string result(bytes_.substr(position_, size));
        position_ += size;
        return result;
    }

    std::string answerKey() {
        std::uint8_t index = 0;
        if (!take(&index, 1)) return {};
        if (index >= kAnswerKeyCount) {
            failed_ = true;
            return {};
        }
        return std::string(keyName(static_cast<AnswerKey>(index)));
    }

    std::uint32_t length() {
        std::uint8_t raw[4] = {};
        if (!take(raw, sizeof raw)) return 0;
        return std::uint32_t{raw[0]} | std::uint32_t{raw[1]} << 8 | std::uint32_t{raw[2]} << 16 |
               std::uint32_t{raw[3]} << 24;
    }

    // Copies the next `size` bytes; wasm and every platform we build on are little-endian.
    bool take(void* target, std::size_t size) {
        if (failed_ || size > bytes_.size() - position_) {
            failed_ = true;
            return false;
        }
        std::memcpy(target, bytes_.data() + position_, size);
        position_ += size;
        return true;
    }

    std::string_view bytes_;
    std::size_t position_ = 0;
    bool failed_ = false;
};

// A u32 length, little-endian, at `at`.
void putLength(char* at, std::size_t size) {
    const auto value = static_cast<std::uint32_t>(size);
    for (int i = 0; i < 4; ++i) at[i] = static_cast<char>(value >> (8 * i));
}

// A Value through the writer, objects with their keys as text (tag 7).
void writeValue(WireWriter& out, const Value& value) {
    switch (value.kind) {
        case Value::Kind::undefined:
            return out.undefined();
        case Value::Kind::null:
            return out.null();
        case Value::Kind::boolean:
            return out.boolean(value.boolean);
        case Value::Kind::number:
            return out.number(value.number);
        case Value::Kind::string:
            return out.text(value.string);
        case Value::Kind::array:
            out.array();
            for (const Value& item : value.items) writeValue(out, item);
            return out.close();
        case Value::Kind::object:
            out.namedObject();
            for (const auto& member : value.members) {
                out.name(member.key);
                writeValue(out, member.value);
            }
            return out.close();
        case Value::Kind::too_long:
            return out.tooLong(value.number);
    }
}

}  // namespace

Value readWire(std::string_view bytes) {
    Reader reader(bytes);
    Value value = reader.value(0);
    // Bytes left over mean a count that does not match what follows it.
    return reader.failed() || !reader.atEnd() ? Value{} : value;
}

void writeWire(const Value& value, std::string& out) {
    WireWriter writer(out);
    writeValue(writer, value);
}

WireWriter::WireWriter(std::string& out) : out_(out), used_(out.size()) {}

WireWriter::~WireWriter() { out_.resize(used_); }

// Zero-fills what it adds, which the destructor trims again: a memset of a
// kilobyte or so per answer, cheaper than a resize for every value written.
void WireWriter::grow(std::size_t size) { out_.resize(std::max(2 * out_.size(), used_ + size + 1024)); }

void WireWriter::header(std::uint8_t tag, std::size_t count) {
    counted();
    char* at = room(5);
    *at = static_cast<char>(tag);
    putLength(at + 1, count);
}

void WireWriter::open(std::uint8_t tag) {
    header(tag, 0);
    // Deeper than any answer or wire value: the count stays 0, the bytes read as undefined.
    if (depth_ < kMaxOpen) open_[depth_] = Open{used_ - 4, tag == kArray, 0};
    ++depth_;
}

void WireWriter::object() { open(kAnswerObject); }

void WireWriter::namedObject() { open(kObject); }

void WireWriter::array() { open(kArray); }

void WireWriter::close() {
    --depth_;
    if (depth_ < kMaxOpen) putLength(&out_[open_[depth_].at], open_[depth_].count);
}

void WireWriter::name(std::string_view key) {
    entry();
    char* at = room(4 + key.size());
    putLength(at, key.size());
    std::memcpy(at + 4, key.data(), key.size());
}

void WireWriter::number(double number) {
    counted();
    char* at = room(1 + sizeof number);
    *at = static_cast<char>(kNumber);
    std::memcpy(at + 1, &number, sizeof number);
}

void WireWriter::text(std::string_view text) {
    counted();
    char* at = room(5 + text.size());
    *at = static_cast<char>(kString);
    putLength(at + 1, text.size());
    std::memcpy(at + 5, text.data(), text.size());
}

void WireWriter::boolean(bool boolean) {
    counted();
    *room(1) = static_cast<char>(boolean ? kTrue : kFalse);
}

void WireWriter::null() {
    counted();
    *room(1) = static_cast<char>(kNull);
}

void WireWriter::undefined() {
    counted();
    *room(1) = static_cast<char>(kUndefined);
}

void WireWriter::tooLong(double count) {
    header(kTooLong, count >= 0 && count < 4294967296.0 ? static_cast<std::uint32_t>(count) : 0xFFFFFFFFu);
}

}  // namespace funnel
