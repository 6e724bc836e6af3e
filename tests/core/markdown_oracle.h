// Test oracle: what GitHub's Markdown parser (cmark-gfm, with its autolink,
// table, strikethrough and tagfilter extensions) makes of a text. Used by the
// Markdown writer's tests and its fuzz target to check that nothing a person
// typed becomes a link, an image or HTML, and that every text reads as given.
#pragma once

#include <string>
#include <vector>

namespace funnel::testing {

struct ParsedMarkdown {
    std::vector<std::string> markup;                   // each link, image or HTML node found, by type
    std::vector<std::string> blocks;                   // the document's top-level blocks, by type
    std::vector<std::string> blockTexts;               // the literal text of each heading and paragraph
    std::vector<std::vector<std::string>> tableCells;  // each table row's cells, header first
};

ParsedMarkdown parseMarkdown(const std::string& markdown);

}  // namespace funnel::testing
