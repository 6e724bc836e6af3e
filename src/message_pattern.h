// Messages with figures in them, as patterns: "„{0}“ als {1} gelesen." One
// function fills them in, so each sentence is data in a table rather than a
// chain of string additions (which cost the wasm module several KB of code).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "issue.h"

namespace funnel {

// A sentence in both languages.
struct Pattern {
    const char* de;
    const char* en;
    const char* in(Locale locale) const { return locale == Locale::de ? de : en; }
};

// `pattern` with "{0}" ... "{9}" replaced by the arguments; any other text as it is.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> arguments);

// Text a person typed, in the language's quotation marks ("„…“", "“…”"),
// cut to 32 bytes on a character boundary with "…".
std::string quoted(std::string_view text, Locale locale);

}  // namespace funnel
