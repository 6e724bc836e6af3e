// The pieces a share link is made of (share_link.cpp): numbers as JavaScript
// writes them, percent-encoded text, and the fields of a number, which hold a
// number, nothing ("") or the text someone typed ("~1e999"); and the notices
// that name what could not be read or shown.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "value.h"

namespace funnel::link {

constexpr std::size_t kMaxNumberLength = 40;
constexpr std::size_t kMaxTypedBytes = 64;  // text kept as typed where a number belongs
constexpr char kTyped = '~';
constexpr const char* kUnreadable = "share_unreadable";
constexpr const char* kUnsupported = "share_unsupported";
constexpr const char* kLeftOut = "share_left_out";  // too long for a link: left out by its writer

std::vector<std::string_view> split(std::string_view text, char separator);

// A number as a link holds it (ASCII, "." for decimals, as JavaScript writes it).
bool readNumber(std::string_view text, double& out);
std::string writeNumber(double value);

// UTF-8, percent-encoded; decoding refuses bad escapes, bad UTF-8 and line breaks.
std::string percentEncode(std::string_view text);
bool percentDecode(std::string_view text, std::string& out);

// ASCII letters in lower case ("de-BY" -> "de-by"), the rest as it is.
std::string lowerCase(std::string_view text);

// Whether a field shows `value` as it is (spelled with every digit and read back).
bool showsAsIs(double value, bool percent);

class Notices {
public:
    void add(const std::string& field, const char* code) {
        list_.push(Value::object().set("field", Value::of(field)).set("code", Value::of(code)));
    }
    Value take() { return std::move(list_); }

private:
    Value list_ = Value::array();
};

// One field of a number: a number, empty (null), or text as typed. What is
// unreadable or cannot be shown is left empty, with a notice on `field`.
Value readField(std::string_view text, bool percent, const std::string& field, Notices& notices);

bool isNumber(const Value* value);

// Appends a field as the link spells it; false, and nothing, for a value that is no field's.
bool appendField(std::string& out, const Value* value);

// The values a key may hold, texts or numbers (the choices the page offers: periods, views, …).
struct Choices {
    const char* const* texts = nullptr;
    const double* numbers = nullptr;
    std::size_t count = 0;
};
template <std::size_t N>
constexpr Choices choices(const char* const (&texts)[N]) {
    return Choices{texts, nullptr, N};
}
template <std::size_t N>
constexpr Choices choices(const double (&numbers)[N]) {
    return Choices{nullptr, numbers, N};
}
bool isChoice(const Choices& choices, std::string_view text);
bool isChoice(const Choices& choices, double number);

// A list of fields (the schedule's lags, weights, counts so far), "30,,45": at most this many.
constexpr std::size_t kMaxListFields = 36;
Value readFieldList(std::string_view text, const std::string& field, Notices& notices);
void appendFieldList(std::string& out, const Value& list);

// A table of fields, a row per month and a field per stage (the KPI review's counts; a row per channel:
// its counts, spend and ceiling): rows separated by ',',
// fields by ':', "1000:250:125,,1100:~zw%C3%B6lf:120"; an empty row is a month left empty. At most this many.
constexpr std::size_t kMaxTableRows = 60;
constexpr std::size_t kMaxTableColumns = 17;  // a channel's row: 8 counts, spend, ceiling, 7 rates
Value readFieldTable(std::string_view text, const std::string& field, Notices& notices);
void appendFieldTable(std::string& out, const Value& table);

}  // namespace funnel::link
