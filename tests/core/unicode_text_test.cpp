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
    EXPECT_EQ(characterCount("äöü"), 3u);
    EXPECT_EQ(characterCount("😀x"), 2u);
    EXPECT_EQ(characterCount("\xFF\xFF"), 2u);
}

TEST(UnicodeText, KnowsWhatLeavesAMark) {
    EXPECT_FALSE(hasVisibleCharacter(""));
    EXPECT_FALSE(hasVisibleCharacter(" \u00A0\u200B\u2060\uFEFF\u202E\u2066\u200D\U000E0041"));
    EXPECT_TRUE(hasVisibleCharacter("\u200Bx"));
    EXPECT_TRUE(hasVisibleCharacter("😀"));
    EXPECT_TRUE(hasVisibleCharacter("\xFF"));  // an ill-formed byte shows as a replacement character
}

TEST(UnicodeText, FindsLineBreaks) {
    EXPECT_FALSE(hasLineBreak("a b\tc"));
    for (const char* broken : {"\n", "\r", "a\u2028", "\u2029", "\u0085", "\v", "\f"})
        EXPECT_TRUE(hasLineBreak(broken));
}
