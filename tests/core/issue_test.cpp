#include "issue.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

TEST(Issue, EveryCodeHasAStableNameAndMessagesInBothLanguages) {
    std::set<std::string> names;
    for (int i = 0; i <= static_cast<int>(funnel::Code::no_customers); ++i) {
        const auto code = static_cast<funnel::Code>(i);
        const std::string name = funnel::codeName(code);
        EXPECT_TRUE(names.insert(name).second) << "duplicate name " << name;
        const std::string german = funnel::message(code, funnel::Locale::de);
        const std::string english = funnel::message(code, funnel::Locale::en);
        EXPECT_FALSE(german.empty()) << name;
        EXPECT_FALSE(english.empty()) << name;
        EXPECT_NE(german, english) << name;
    }
    EXPECT_EQ(names.size(), static_cast<std::size_t>(funnel::Code::no_customers) + 1);
}

TEST(Issue, UnknownLocalesReadAsEnglish) {
    EXPECT_EQ(funnel::localeFromTag("de"), funnel::Locale::de);
    EXPECT_EQ(funnel::localeFromTag("en"), funnel::Locale::en);
    EXPECT_EQ(funnel::localeFromTag("fr"), funnel::Locale::en);
    EXPECT_EQ(funnel::localeFromTag(""), funnel::Locale::en);
}
