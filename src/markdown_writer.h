// The plan as Markdown, for chats, tickets and documents. Everything in it is
// text: whatever a stage name says, a Markdown renderer (CommonMark, GitHub's
// GFM with its autolinks) shows it as typed and never makes it a link, an
// image or HTML, so a pasted plan cannot load a remote image or run markup.
#pragma once

#include <string>
#include <string_view>

#include "value.h"

namespace funnel {

// Text for inside a line of Markdown: every character that could start
// markup is backslash-escaped (links, images, HTML, emphasis, code, table
// pipes, strikethrough, entities), "://" and "www." lose the power to become
// links, a word joiner (U+2060) after "@" keeps an address from becoming a
// mail link, line breaks, tabs and other control characters become spaces,
// and ill-formed UTF-8 and NUL become U+FFFD.
std::string markdownText(std::string_view text);

// { blocks: [block, ...] }, one after the other with a blank line between:
// { kind: "heading", text } as "# text", { kind: "paragraph", text } as a
// line, { kind: "table", header: [text], align: ["left" | "right"],
// rows: [[text]] } as a GFM table. Anything that is no text reads as "".
std::string writeMarkdown(const Value& document);

}  // namespace funnel
