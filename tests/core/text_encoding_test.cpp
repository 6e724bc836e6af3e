// Files as people's tools write them, into UTF-8 (text_encoding.h).
#include "text_encoding.h"

#include <gtest/gtest.h>

namespace funnel {
namespace {

TEST(TextEncoding, RecognisesEachEncodingFromTheBytes) {
    struct Row {
        std::string bytes;
        std::string text;
        TextEncoding encoding;
    };
    const Row rows[] = {
        {"Monat;K\xC3\xA4ufer", "Monat;K\xC3\xA4ufer", TextEncoding::utf8},
        {"\xEF\xBB\xBFMonat;K\xC3\xA4ufer", "Monat;K\xC3\xA4ufer", TextEncoding::utf8Bom},
        // German Excel's CSV: ä is E4, € is 80, ß is DF, a typographic quote 84.
        {"K\xE4ufer;Umsatz \x80;Stra\xDF"
         "e;\x84"
         "Gut\x93",
         "K\xC3\xA4ufer;Umsatz \xE2\x82\xAC;Stra\xC3\x9F"
         "e;\xE2\x80\x9EGut\xE2\x80\x9C",
         TextEncoding::windows1252},
        {std::string("\xFF\xFE"
                     "M\0\xE4\0;\0",
                     8),
         "M\xC3\xA4;", TextEncoding::utf16le},
        {std::string("\xFE\xFF\0M\0\xE4", 6), "M\xC3\xA4", TextEncoding::utf16be},
        {std::string("\xFF\xFE\x3D\xD8\x00\xDE", 6), "\xF0\x9F\x98\x80", TextEncoding::utf16le},  // a surrogate pair
        {"", "", TextEncoding::utf8},
    };
    for (const Row& row : rows) {
        const DecodedText decoded = decodeText(row.bytes);
        EXPECT_EQ(decoded.text, row.text) << encodingName(row.encoding);
        EXPECT_EQ(decoded.encoding, row.encoding) << row.text;
    }
}

}  // namespace
}  // namespace funnel
