// The text of a file as people's tools write it: UTF-8 with or without a
// byte order mark, UTF-16 with one (Excel's "Unicode text"), or Windows-1252
// (German Excel's "CSV (Trennzeichen-getrennt)"), recognised from the bytes
// and turned into UTF-8, so that umlauts in headers and names come out right.
#pragma once

#include <string>
#include <string_view>

namespace funnel {

enum class TextEncoding { utf8, utf8Bom, utf16le, utf16be, windows1252 };

const char* encodingName(TextEncoding encoding);  // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"

struct DecodedText {
    std::string text;  // UTF-8, without a byte order mark
    TextEncoding encoding = TextEncoding::utf8;
};

// A BOM decides; else valid UTF-8 is UTF-8; else every byte is Windows-1252.
DecodedText decodeText(std::string_view bytes);

}  // namespace funnel
