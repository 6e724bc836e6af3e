// White text on a host's accent colour (contrast.h): the WCAG 2 ratio against
// the figures WebAIM's contrast checker publishes, the 4.5 line between them,
// and every spelling a colour field gives; anything else is an error, never NaN.
#include "contrast.h"

#include <gtest/gtest.h>

namespace funnel {
namespace {

double ratioOf(std::string_view colour) { return contrastWithWhite(colour).value_or(-1); }

TEST(Contrast, MatchesWebAimsPublishedRatios) {
    EXPECT_DOUBLE_EQ(ratioOf("#000000"), 21.0);
    EXPECT_DOUBLE_EQ(ratioOf("#ffffff"), 1.0);
    EXPECT_NEAR(ratioOf("#767676"), 4.54, 0.005);  // the lightest grey that passes AA on white
    EXPECT_NEAR(ratioOf("#777777"), 4.48, 0.005);
    EXPECT_NEAR(ratioOf("#0000FF"), 8.59, 0.005);
    EXPECT_NEAR(ratioOf("#FF0000"), 3.99, 0.01);
}

TEST(Contrast, ReadableFromFourAndAHalf) {
    const Value dark = contrastValue(Value::object().set("colour", Value::of(std::string("#767676"))));
    EXPECT_TRUE(dark.find("ok")->boolean);
    EXPECT_TRUE(dark.find("readable")->boolean);
    const Value light = contrastValue(Value::object().set("colour", Value::of(std::string("#777777"))));
    EXPECT_FALSE(light.find("readable")->boolean);
    // The planner's own accent is readable; a typical yellow brand colour is not.
    EXPECT_TRUE(
        contrastValue(Value::object().set("colour", Value::of(std::string("#3b2fc9")))).find("readable")->boolean);
    EXPECT_FALSE(
        contrastValue(Value::object().set("colour", Value::of(std::string("#ffd400")))).find("readable")->boolean);
}

TEST(Contrast, TakesEverySpellingOfAColourField) {
    EXPECT_DOUBLE_EQ(ratioOf("#abc"), ratioOf("#aabbcc"));
    EXPECT_DOUBLE_EQ(ratioOf("#AaBbCc"), ratioOf("#aabbcc"));
}

TEST(Contrast, AnythingElseIsAnErrorOnTheColour) {
    for (const char* wrong : {"", "#", "#12", "#12345", "#1234567", "abcdef", "#ggggggg", "#gggggg", "red", " #ffffff"})
        EXPECT_FALSE(contrastWithWhite(wrong).has_value()) << wrong;
    const Value notText =
        contrastValue(Value::object().set("colour", Value::of(12.0)).set("locale", Value::of(std::string("de"))));
    EXPECT_FALSE(notText.find("ok")->boolean);
    const Value& error = notText.find("errors")->items.at(0);
    EXPECT_EQ(error.find("field")->string, "colour");
    EXPECT_EQ(error.find("code")->string, "not_text");
    EXPECT_EQ(contrastValue(Value::object()).find("errors")->items.at(0).find("code")->string, "missing");
    EXPECT_EQ(contrastValue(Value::of(std::string("#000000"))).find("errors")->items.at(0).find("code")->string,
              "missing");
}

}  // namespace
}  // namespace funnel
