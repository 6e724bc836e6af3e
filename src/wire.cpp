#include "wire.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace funnel {
namespace {

enum Tag : std::uint8_t { kUndefined, kNull, kFalse, kTrue, kNumber, kString, kArray, kObject, kAnswerObject };

// The argument list, then six levels: deeper than any request (3 levels) and
// wider than any (8 stages). What goes beyond is not a request the core could
// answer, and it must not cost unbounded time.
constexpr int kMaxDepth = 7;
constexpr std::uint32_t kMaxEntries = 64;

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
            default:
                failed_ = true;
                return Value{};
        }
    }

private:
    Value container(Tag tag, int depth) {
        const std::uint32_t count = length();
        // guard.js cuts lists at kMaxEntries and writes anything deeper as {}.
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

// Writes into memory sized beforehand (wireSize): no capacity check per byte.
class Writer {
public:
    explicit Writer(char* at) : at_(at) {}

    void value(const Value& value) {
        switch (value.kind) {
            case Value::Kind::undefined:
                return tag(kUndefined);
            case Value::Kind::null:
                return tag(kNull);
            case Value::Kind::boolean:
                return tag(value.boolean ? kTrue : kFalse);
            case Value::Kind::number:
                tag(kNumber);
                return bytes(&value.number, sizeof value.number);
            case Value::Kind::string:
                tag(kString);
                return text(value.string);
            case Value::Kind::array:
                tag(kArray);
                length(value.items.size());
                for (const Value& item : value.items) this->value(item);
                return;
            case Value::Kind::object:
                tag(kObject);
                length(value.members.size());
                for (const auto& member : value.members) {
                    text(member.key);
                    this->value(member.value);
                }
                return;
        }
    }

private:
    void tag(Tag tag) { *at_++ = static_cast<char>(tag); }
    void bytes(const void* source, std::size_t size) {
        std::memcpy(at_, source, size);
        at_ += size;
    }
    void length(std::size_t size) {
        putLength(at_, size);
        at_ += 4;
    }
    void text(const std::string& text) {
        length(text.size());
        bytes(text.data(), text.size());
    }

    char* at_;
};

std::size_t wireSize(const Value& value) {
    switch (value.kind) {
        case Value::Kind::number:
            return 1 + sizeof value.number;
        case Value::Kind::string:
            return 5 + value.string.size();
        case Value::Kind::array: {
            std::size_t size = 5;
            for (const Value& item : value.items) size += wireSize(item);
            return size;
        }
        case Value::Kind::object: {
            std::size_t size = 5;
            for (const auto& member : value.members) size += 4 + member.key.size() + wireSize(member.value);
            return size;
        }
        default:
            return 1;
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
    const std::size_t start = out.size();
    out.resize(start + wireSize(value));
    Writer(&out[start]).value(value);
}

WireWriter::WireWriter(std::string& out) : out_(out), used_(out.size()) {}

WireWriter::~WireWriter() { out_.resize(used_); }

// Zero-fills what it adds, which the destructor trims again: a memset of a
// kilobyte or so per answer, cheaper than a resize for every value written.
void WireWriter::grow(std::size_t size) { out_.resize(std::max(2 * out_.size(), used_ + size + 1024)); }

void WireWriter::object(std::size_t count) {
    char* at = room(5);
    *at = static_cast<char>(kAnswerObject);
    putLength(at + 1, count);
}

void WireWriter::array(std::size_t count) {
    char* at = room(5);
    *at = static_cast<char>(kArray);
    putLength(at + 1, count);
}

void WireWriter::number(double number) {
    char* at = room(1 + sizeof number);
    *at = static_cast<char>(kNumber);
    std::memcpy(at + 1, &number, sizeof number);
}

void WireWriter::text(std::string_view text) {
    char* at = room(5 + text.size());
    *at = static_cast<char>(kString);
    putLength(at + 1, text.size());
    std::memcpy(at + 5, text.data(), text.size());
}

void WireWriter::boolean(bool boolean) { *room(1) = static_cast<char>(boolean ? kTrue : kFalse); }

void WireWriter::null() { *room(1) = static_cast<char>(kNull); }

}  // namespace funnel
