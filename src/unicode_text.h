// What the core needs to know about the characters of a text a person typed:
// whether it is well-formed UTF-8, how many characters it has, and whether it
// shows anything at all. Names are text, whatever they say: nothing here
// changes a text, it only answers questions about it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace funnel {

// Well-formed UTF-8: no stray or overlong bytes, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(std::string_view text);

// The text with each ill-formed byte and each NUL replaced by U+FFFD, as
// CommonMark asks of a renderer: what the export writers put into files.
std::string wellFormed(std::string_view text);

// Appends wellFormed(text) to `out`, each ASCII character but NUL through
// `ascii(text, at, out)`, which appends what stands for text[at] (an escape).
using AsciiWriter = void (*)(std::string_view text, std::size_t at, std::string& out);
void appendWellFormed(std::string& out, std::string_view text, AsciiWriter ascii);

// What a name looks like, in one pass (ASCII without decoding: names are
// checked on every keystroke).
struct TextShape {
    std::size_t characters = 0;  // code points; an ill-formed byte counts as one
    // Whether any character leaves a mark on screen: white space, zero-width and
    // other default-ignorable characters, and control characters show nothing.
    bool visible = false;
    bool lineBreak = false;  // LF, CR, VT, FF, NEL, U+2028, U+2029
};
TextShape shapeOf(std::string_view utf8);

}  // namespace funnel
