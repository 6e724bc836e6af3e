#include "markdown_writer.h"

#include <gtest/gtest.h>

#include "json_value.h"
#include "markdown_oracle.h"

using funnel::markdownText;
using funnel::writeMarkdown;
using funnel::testing::fromJson;

namespace {

std::string markdownOf(const std::vector<nlohmann::json>& blocks) {
    nlohmann::json document;
    document["blocks"] = blocks;
    return writeMarkdown(fromJson(document));
}

nlohmann::json paragraph(const std::string& text) { return {{"kind", "paragraph"}, {"text", text}}; }

}  // namespace

TEST(MarkdownWriter, WritesHeadingParagraphAndTable) {
    const std::vector<nlohmann::json> blocks = nlohmann::json::parse(R"([
        {"kind": "heading", "text": "Funnel-Plan"},
        {"kind": "paragraph", "text": "Ziel: 50 neue Kunden · Stand: 30.11.2026"},
        {"kind": "table", "header": ["Stufe", "Benötigt"], "align": ["left", "right"],
         "rows": [["MQLs", "400"], ["SQLs", "1.234"]]}])");
    EXPECT_EQ(markdownOf(blocks),
              "# Funnel-Plan\n\nZiel: 50 neue Kunden · Stand: 30.11.2026\n\n"
              "| Stufe | Benötigt |\n|---|---:|\n| MQLs | 400 |\n| SQLs | 1.234 |\n");
}

TEST(MarkdownWriter, WritesSectionsAndLists) {
    const std::vector<nlohmann::json> blocks = nlohmann::json::parse(R"([
        {"kind": "heading", "level": 2, "text": "1. Parteien"},
        {"kind": "list", "items": ["Marketing liefert 400 MQLs", "", "- 100 SQLs"]},
        {"kind": "heading", "level": 7, "text": "Zu tief"}])");
    EXPECT_EQ(markdownOf(blocks), "## 1\\. Parteien\n\n- Marketing liefert 400 MQLs\n- \\- 100 SQLs\n\n# Zu tief\n");
}

TEST(MarkdownWriter, EscapesLinkImageAndHtmlSyntax) {
    EXPECT_EQ(markdownText("![x](https://evil.example/p.png)"), "\\!\\[x\\](https\\://evil.example/p.png)");
    EXPECT_EQ(markdownText("[Log in](https://evil.example)"), "\\[Log in\\](https\\://evil.example)");
    EXPECT_EQ(markdownText("<img src=x onerror=alert(1)>"), "\\<img src=x onerror=alert(1)\\>");
    EXPECT_EQ(markdownText("<https://evil.example>"), "\\<https\\://evil.example\\>");
    EXPECT_EQ(markdownText("&lt;b&gt;"), "\\&lt;b\\&gt;");
    EXPECT_EQ(markdownText("a|b"), "a\\|b");
    EXPECT_EQ(markdownText("*fett* _kursiv_ ~~weg~~ `code`"), "\\*fett\\* \\_kursiv\\_ \\~\\~weg\\~\\~ \\`code\\`");
}

TEST(MarkdownWriter, BareAddressesDoNotBecomeLinks) {
    EXPECT_EQ(markdownText("www.evil.example"), "www\\.evil.example");
    EXPECT_EQ(markdownText("Besuch WWW.evil.example"), "Besuch WWW\\.evil.example");
    EXPECT_EQ(markdownText("awww.cute"), "awww.cute");
    EXPECT_EQ(markdownText("ftp://x.example"), "ftp\\://x.example");
    EXPECT_EQ(markdownText("ceo@evil.example"), "ceo@\u2060evil.example");
}

TEST(MarkdownWriter, KeepsNumbersAndSentencesReadable) {
    EXPECT_EQ(markdownText("Mit 1.234 MQLs erreichen Sie Ihr Ziel mit 52,5 % Wahrscheinlichkeit (÷ 0,25)."),
              "Mit 1.234 MQLs erreichen Sie Ihr Ziel mit 52,5 % Wahrscheinlichkeit (÷ 0,25).");
}

TEST(MarkdownWriter, ALineOfTextStaysOneParagraph) {
    EXPECT_EQ(markdownOf({paragraph("a\n# b\r\n<img>")}), "a \\# b  \\<img\\>\n");
    EXPECT_EQ(markdownOf({paragraph("- Liste")}), "\\- Liste\n");
    EXPECT_EQ(markdownOf({paragraph("1. Punkt")}), "1\\. Punkt\n");
    EXPECT_EQ(markdownOf({paragraph("    eingerückt")}), "eingerückt\n");
    EXPECT_EQ(markdownOf({paragraph("\teingerückt")}), "eingerückt\n");
    EXPECT_EQ(markdownOf({paragraph("===")}), "\\===\n");
    EXPECT_EQ(markdownOf({paragraph(" \t"), paragraph("x")}), "x\n");
}

// What attackers put into names, read back by GitHub's own parser: no link,
// no image, no HTML, and every text as it was typed.
TEST(MarkdownWriter, NoNameBecomesMarkupInGitHubsParser) {
    const char* attacks[] = {
        "![x](https://evil.example/p.png)",
        "[Log in again](https://evil.example)",
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "<https://evil.example>",
        "https://evil.example/p.png",
        "www.evil.example",
        "ceo@evil.example",
        "mailto:ceo@evil.example",
        "xmpp:ceo@evil.example/x",
        "[x]: https://evil.example",
        "[x][y]",
        "[^1]",
        "&lt;img src=x&gt;",
        "&#60;img&#62;",
        "\\<img>",
        "\\\\[x](y)",
        "`<img>`",
        "***",
        "<!-- x -->",
        "<a href=x>",
        "[x](<javascript:alert(1)>)",
        "![](x)",
        "www.evil.example/![x](y)",
        "\thttps://evil.example",
        "1. https://evil.example",
        "- [x](y)",
        "> <img>",
        "| a | b |",
    };
    for (const std::string attack : attacks) {
        const auto parsed = funnel::testing::parseMarkdown(markdownOf({
            {{"kind", "heading"}, {"text", attack}},
            paragraph("Mit 400 " + attack + " erreichen Sie Ihr Ziel."),
            {{"kind", "table"}, {"header", {"Stufe", attack}}, {"rows", nlohmann::json::array({{attack, "400"}})}},
            {{"kind", "list"}, {"items", {attack, "zwei"}}},
        }));
        EXPECT_TRUE(parsed.markup.empty()) << attack << ": " << parsed.markup.front();
        ASSERT_EQ(parsed.blocks, (std::vector<std::string>{"heading", "paragraph", "table", "list"})) << attack;
        std::string shown = attack;
        for (char& c : shown) c = c == '\t' ? ' ' : c;  // no control character shows
        for (std::size_t at = shown.find('@'); at != std::string::npos; at = shown.find('@', at + 1)) {
            shown.insert(at + 1, "\u2060");
        }
        const std::string trimmed = shown.substr(shown.find_first_not_of(' '));
        EXPECT_EQ(parsed.blockTexts[0], trimmed) << attack;
        EXPECT_EQ(parsed.blockTexts[1], "Mit 400 " + shown + " erreichen Sie Ihr Ziel.") << attack;
        EXPECT_EQ(parsed.tableCells[0][1], trimmed) << attack;
        EXPECT_EQ(parsed.tableCells[1][0], trimmed) << attack;
        EXPECT_EQ(parsed.blockTexts[2], trimmed + "zwei") << attack;
    }
}
