#include "unicode_text.h"

#include <gtest/gtest.h>

using namespace funnel;

TEST(UnicodeText, TellsWellFormedUtf8) {
    EXPECT_TRUE(isValidUtf8("Kunde äöü 😀 \xEF\xBF\xBD"));
    for (const char* broken : {"\xFF", "\xC0\xAF", "\xED\xA0\x80", "\xE2\x82", "\xF4\x90\x80\x80"}) {
        EXPECT_FALSE(isValidUtf8(broken)) << broken;
    }
}

TEST(UnicodeText, CountsCharactersNotBytes) {
    EXPECT_EQ(shapeOf("äöü").characters, 3u);
    EXPECT_EQ(shapeOf("😀x").characters, 2u);
    EXPECT_EQ(shapeOf("\xFF\xFF").characters, 2u);
    EXPECT_EQ(shapeOf("Kunde").characters, 5u);
}

TEST(UnicodeText, KnowsWhatLeavesAMark) {
    EXPECT_FALSE(shapeOf("").visible);
    EXPECT_FALSE(shapeOf(" \u00A0\u200B\u2060\uFEFF\u202E\u2066\u200D\U000E0041").visible);
    EXPECT_TRUE(shapeOf("\u200Bx").visible);
    EXPECT_TRUE(shapeOf("😀").visible);
    EXPECT_TRUE(shapeOf("\xFF").visible);  // an ill-formed byte shows as a replacement character
}

TEST(UnicodeText, FindsLineBreaks) {
    EXPECT_FALSE(shapeOf("a b\tc").lineBreak);
    for (const char* broken : {"\n", "\r", "a\u2028", "\u2029", "\u0085", "\v", "\f"}) {
        EXPECT_TRUE(shapeOf(broken).lineBreak) << broken;
    }
}
