// Reading what people type and paste into a field (read_field.h): one table
// per kind of field, each row the text, the value read, and what is said.
#include "read_field.h"

#include <gtest/gtest.h>

#include <string>

namespace funnel {
namespace {

FieldContext german() {
    FieldContext context;
    context.locale = Locale::de;
    context.currency = "EUR";
    context.stages = {"MQL", "SQL", "Customer"};
    return context;
}

FieldContext english() {
    FieldContext context = german();
    context.locale = Locale::en;
    return context;
}

struct Accepted {
    const char* field;
    const char* text;
    double value;
    const char* hint;  // the hint's code, or "" for none
};

void expectAccepted(const Accepted& row, const FieldContext& context) {
    SCOPED_TRACE(std::string(row.field) + " <- \"" + row.text + "\"");
    const FieldReading reading = readField(row.field, row.text, context);
    ASSERT_TRUE(reading.ok) << codeName(reading.code);
    EXPECT_EQ(reading.value, row.value);
    EXPECT_EQ(reading.hint ? std::string(hintCodeName(reading.hint->code)) : std::string(), row.hint);
}

TEST(ReadField, MoneyWithCurrencyAndMagnitudesInGerman) {
    const Accepted rows[] = {
        {"goal.dealValue", "24.900 \u20AC", 24900, ""},
        {"goal.dealValue", "\u20AC 24.900", 24900, ""},
        {"goal.dealValue", "\u20AC24.900", 24900, ""},
        {"goal.dealValue", "24900 EUR", 24900, ""},
        {"goal.dealValue", "EUR 24.900,50", 24900.5, ""},
        {"goal.dealValue", "24.900,-", 24900, ""},
        {"goal.dealValue", "24.900,\u2013 \u20AC", 24900, ""},
        {"goal.dealValue", "24.900 Euro", 24900, ""},
        {"goal.revenue", "2,5 Mio", 2500000, "read_as"},
        {"goal.revenue", "2,5 Mio.", 2500000, "read_as"},
        {"goal.revenue", "2,5 Mio. \u20AC", 2500000, "read_as"},
        {"goal.revenue", "1,1 Mio", 1100000, "read_as"},
        {"goal.revenue", "750 Tsd", 750000, "read_as"},
        {"goal.revenue", "750 Tsd. \u20AC", 750000, "read_as"},
        {"goal.revenue", "750k", 750000, "read_as"},
        {"goal.revenue", "2.5M", 2500000, "read_as"},       // "2.5" is no German number, and with "M" it is English's
        {"goal.revenue", "2.500M", 2500000000, "read_as"},  // a German number: 2500 million
        {"goal.revenue", "2 Mrd", 2000000000, "read_as"},
        {"goal.revenue", "900 T\u20AC", 900000, "read_as"},
        {"goal.revenue", "900 TEUR", 900000, "read_as"},
        {"goal.revenue", "900.000", 900000, ""},
        // A channel's spend and the budget (issue 18) are money too.
        {"channel[2].spend", "12.000 \u20AC", 12000, ""},
        {"budget", "5 Tsd. \u20AC", 5000, "read_as"},
    };
    for (const Accepted& row : rows) expectAccepted(row, german());
}

TEST(ReadField, MoneyInEnglish) {
    const Accepted rows[] = {
        {"goal.revenue", "2.5M", 2500000, "read_as"},      {"goal.revenue", "\u20AC2.5M", 2500000, "read_as"},
        {"goal.revenue", "750k", 750000, "read_as"},       {"goal.revenue", "2 billion", 2000000000, "read_as"},
        {"goal.revenue", "1.5 bn", 1500000000, "read_as"}, {"goal.dealValue", "24,900 EUR", 24900, ""},
    };
    for (const Accepted& row : rows) expectAccepted(row, english());
}

// Issue 19: the hand-off's fields take their own unit, and only theirs.
TEST(ReadField, TheHandoffsFieldsTakeTheirUnits) {
    const Accepted rows[] = {
        {"sla.response", "24 h", 24, ""},
        {"sla.response", "24h", 24, ""},
        {"sla.demoResponse", "4 Std.", 4, ""},
        {"sla.feedbackDays", "5 Arbeitstage", 5, ""},
        {"sla.attemptDays", "10 Tage", 10, ""},
        {"sla.attempts", "5 Versuche", 5, ""},
        {"criterion[3].points", "-50 Punkte", -50, ""},
        {"criterion[12].points", "+20 Pkt.", 20, ""},
        {"handoff.sql", "70 Punkte", 70, ""},
        {"sla.term", "1 Jahr", 12, "read_as_months"},
        {"sla.term", "12 Monate", 12, ""},
    };
    for (const Accepted& row : rows) expectAccepted(row, german());
    EXPECT_FALSE(readField("sla.response", "5 Tage", german()).ok);  // days are no hours
    EXPECT_FALSE(readField("goal.customers", "50 Punkte", german()).ok);
}

TEST(ReadField, CountsWithUnitsAndStageNames) {
    const Accepted rows[] = {
        {"goal.customers", "81 Kunden", 81, ""},
        {"conversions[0].toCount", "470 SQLs", 470, ""},
        {"conversions[0].fromCount", "1.850 MQL", 1850, ""},
        {"conversions[1].toCount", "81 Customers", 81, ""},
        {"conversions[1].toCount", "81 Abschlüsse", 81, ""},
        {"conversions[0].fromCount", "2,5 Tsd. Leads", 2500, "read_as"},
        {"volume.count", "300", 300, ""},
    };
    for (const Accepted& row : rows) expectAccepted(row, german());
    FieldContext renamed = german();
    renamed.stages = {"Webinar-Anmeldung", "Termin", "Auftrag"};
    expectAccepted({"conversions[0].toCount", "120 Termine", 120, ""}, renamed);
}

TEST(ReadField, MonthsAndYears) {
    const Accepted rows[] = {
        {"historyMonths", "12", 12, ""},
        {"historyMonths", "12 Monate", 12, ""},
        {"historyMonths", "1 Jahr", 12, "read_as_months"},
        {"historyMonths", "1,5 Jahre", 18, "read_as_months"},
        {"historyMonths", "0,1 Jahre", 1.2, "read_as_months"},  // exactly 1.2, not 1.2000000000000002
        {"historyMonths", "2 Quartale", 6, "read_as_months"},
    };
    for (const Accepted& row : rows) expectAccepted(row, german());
}

TEST(ReadField, APercentFieldTakesPercentOrNoSign) {
    const Accepted rows[] = {
        {"conversions[0].rate", "25", 0.25, ""},
        {"conversions[0].rate", "25 %", 0.25, ""},
        {"conversions[0].rate", "25 Prozent", 0.25, ""},
        {"conversions[0].rate", "0,31", 0.0031, "percent_as_fraction"},
        {"conversions[0].rate", "0,31 %", 0.0031, ""},  // the sign says it is meant
        {"conversions[0].rate", "1", 0.01, ""},
        {"channelRate[2][0]", "30 %", 0.3, ""},  // a channel's rate (issue 18)
    };
    for (const Accepted& row : rows) expectAccepted(row, german());
}

TEST(ReadField, TheSchedulesGrowthIsInPercentEitherWay) {
    const Accepted rows[] = {
        {"growth", "2", 0.02, ""},
        {"growth", "2 %", 0.02, ""},
        {"growth", "0,5", 0.005, ""},  // half a percent a month is a plan, not a slip
        {"growth", "-3", -0.03, ""},
    };
    for (const Accepted& row : rows) expectAccepted(row, german());
}

TEST(ReadField, TheFractionHintOffersTheShareTyped) {
    const FieldReading reading = readField("conversions[1].rate", "0,31", german());
    ASSERT_TRUE(reading.hint);
    EXPECT_EQ(hintMessage(*reading.hint, Locale::de), "Erkannt: 0,31\u00A0%. Meinten Sie 31\u00A0%?");
    ASSERT_EQ(reading.hint->apply.size(), 1u);
    EXPECT_EQ(reading.hint->apply[0].field, "conversions[1].rate");
    EXPECT_EQ(reading.hint->apply[0].value, 0.31);
    EXPECT_EQ(hintMessage(*readField("conversions[1].rate", "0.31", english()).hint, Locale::en),
              "Interpreted as 0.31%. Did you mean 31%?");
}

TEST(ReadField, AMagnitudeSaysHowItWasRead) {
    EXPECT_EQ(hintMessage(*readField("goal.revenue", "2,5 Mio", german()).hint, Locale::de),
              "\u201E"
              "2,5 Mio\u201C als 2.500.000 erkannt.");
    EXPECT_EQ(hintMessage(*readField("goal.revenue", "2.5M", english()).hint, Locale::en),
              "Interpreted \u201C"
              "2.5M\u201D as 2,500,000.");
    EXPECT_EQ(hintMessage(*readField("historyMonths", "1 Jahr", german()).hint, Locale::de),
              "\u201E"
              "1 Jahr\u201C als 12 Monate erkannt.");
}

struct Refused {
    const char* field;
    const char* text;
    Code code;
    const char* message;  // in German
};

TEST(ReadField, ARefusalSaysWhatWasReadAndWhatIsWanted) {
    const Refused rows[] = {
        {"conversions[0].fromCount", "1850\t470\t81", Code::several_numbers,
         "Mehrere Zahlen erkannt (1.850, 470, 81) – erlaubt ist nur eine. Bitte eine ganze Zahl wie 470 eingeben."},
        {"goal.customers", "1850 470 81", Code::several_numbers,
         "Mehrere Zahlen erkannt (1.850, 470, 81) – erlaubt ist nur eine. Bitte eine ganze Zahl wie 470 eingeben."},
        {"goal.revenue", "900;300", Code::several_numbers,
         "Mehrere Zahlen erkannt (900, 300) – erlaubt ist nur eine. Bitte einen Betrag wie 24.900 eingeben."},
        {"goal.dealValue", "$ 24.900", Code::other_currency,
         "Dieses Feld erwartet Beträge in \u20AC. Bitte einen Betrag wie 24.900 eingeben."},
        {"goal.dealValue", "24.900 USD", Code::other_currency,
         "Dieses Feld erwartet Beträge in \u20AC. Bitte einen Betrag wie 24.900 eingeben."},
        {"goal.customers", "81 Äpfel", Code::unknown_word,
         "\u201E\u00C4pfel\u201C passt hier nicht. Bitte eine ganze Zahl wie 470 eingeben."},
        {"goal.customers", "zehn", Code::unknown_word,
         "\u201Ezehn\u201C passt hier nicht. Bitte eine ganze Zahl wie 470 eingeben."},
        {"goal.customers", "25 %", Code::wrong_unit,
         "Prozentwerte sind hier nicht möglich. Bitte eine ganze Zahl wie 470 eingeben."},
        {"goal.customers", "1.00", Code::misplaced_separator,
         "Ein Trennzeichen steht an der falschen Stelle (Tausenderpunkt wie in 1.000). Bitte eine ganze Zahl wie 470 "
         "eingeben."},
        {"goal.dealValue", "1.00", Code::misplaced_separator,
         "Ein Trennzeichen steht an der falschen Stelle (Tausenderpunkt wie in 1.000, Dezimalkomma wie in 0,5). Bitte "
         "einen "
         "Betrag wie 24.900 eingeben."},
        {"historyMonths", "52 Wochen", Code::wrong_unit,
         "Dieses Feld erwartet Monate. Bitte die Zahl der Monate eingeben, z. B. 12."},
        {"conversions[0].rate", "", Code::empty, "Bitte eine Rate in Prozent wie 25 oder 12,5 eingeben."},
        {"conversions[0].rate", "25 % %", Code::invalid_character,
         "\u201E"
         "25 % %\u201C ist keine Zahl. Bitte eine Rate in Prozent wie 25 oder 12,5 eingeben."},
        {"goal.customers", "NaN", Code::not_finite,
         "Das ist keine Zahl, mit der sich planen lässt. Bitte eine ganze Zahl wie 470 eingeben."},
        {"goal.customers", "-Infinity", Code::not_finite,
         "Das ist keine Zahl, mit der sich planen lässt. Bitte eine ganze Zahl wie 470 eingeben."},
        {"goal.customers", "1e999", Code::unknown_word,
         "\u201E"
         "e\u201C passt hier nicht. Bitte eine ganze Zahl wie 470 eingeben."},
    };
    for (const Refused& row : rows) {
        SCOPED_TRACE(std::string(row.field) + " <- \"" + row.text + "\"");
        const FieldReading reading = readField(row.field, row.text, german());
        ASSERT_FALSE(reading.ok);
        EXPECT_EQ(codeName(reading.code), std::string(codeName(row.code)));
        EXPECT_EQ(readingMessage(reading, fieldKindOf(row.field), german()), row.message);
    }
}

TEST(ReadField, EnglishRefusalsAreInEnglish) {
    const FieldReading reading = readField("goal.dealValue", "24,900 GBP", english());
    EXPECT_EQ(readingMessage(reading, FieldKind::money, english()),
              "Amounts here are in \u20AC. Please enter an amount such as 24,900.");
    FieldContext dollars = english();
    dollars.currency = "USD";
    EXPECT_TRUE(readField("goal.dealValue", "$24,900", dollars).ok);
    EXPECT_EQ(readingMessage(readField("goal.dealValue", "24,900 \u20AC", dollars), FieldKind::money, dollars),
              "Amounts here are in $. Please enter an amount such as 24,900.");
}

TEST(ReadField, NoWordIsEverPartOfAnotherWord) {
    EXPECT_FALSE(readField("goal.customers", "5 Team", german()).ok);  // no "m" for million inside a word
    EXPECT_FALSE(readField("goal.revenue", "5 Mioo", german()).ok);
    EXPECT_FALSE(readField("goal.revenue", "Mio", german()).ok);  // a word alone is no number
    EXPECT_FALSE(readField("goal.revenue", "\u20AC", german()).ok);
}

TEST(ReadRow, ARowOrColumnFromASheetIsItsCounts) {
    const struct {
        const char* text;
        std::vector<double> values;
    } rows[] = {
        {"1850\t470\t81", {1850, 470, 81}},
        {"1850\t470\t81\r\n", {1850, 470, 81}},
        {"1.850;470;81", {1850, 470, 81}},
        {"1850\n470\n81\n", {1850, 470, 81}},
        {"1850\r\n470\r\n81", {1850, 470, 81}},
        {"1.850 MQLs\t470 SQLs\t81 Kunden", {1850, 470, 81}},
        {"300", {300}},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.text);
        const PastedRow read = readRow(row.text, german());
        ASSERT_TRUE(read.ok);
        EXPECT_EQ(read.values, row.values);
    }
    const PastedRow broken = readRow("1850\tviele\t81", german());
    EXPECT_FALSE(broken.ok);
    EXPECT_EQ(broken.failedCell, 1u);
    EXPECT_EQ(broken.failure.code, Code::unknown_word);
    EXPECT_FALSE(readRow("1850\t\t81", german()).ok);  // an empty cell inside: which stage is it?
    EXPECT_FALSE(readRow("\t\n", german()).ok);
}

}  // namespace
}  // namespace funnel
