#include "markdown_oracle.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace funnel::testing {
namespace {

// The literal text under `node`: text and code as written, line breaks as spaces.
std::string literalText(cmark_node* node) {
    std::string text;
    cmark_iter* iter = cmark_iter_new(node);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* current = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER) continue;
        const cmark_node_type type = cmark_node_get_type(current);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
            const char* literal = cmark_node_get_literal(current);
            if (literal) text += literal;
        } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            text += ' ';
        }
    }
    cmark_iter_free(iter);
    return text;
}

}  // namespace

ParsedMarkdown parseMarkdown(const std::string& markdown) {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char* name : {"autolink", "table", "strikethrough", "tagfilter"}) {
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    }
    cmark_parser_feed(parser, markdown.data(), markdown.size());
    cmark_node* document = cmark_parser_finish(parser);

    ParsedMarkdown parsed;
    for (cmark_node* block = cmark_node_first_child(document); block; block = cmark_node_next(block)) {
        const std::string type = cmark_node_get_type_string(block);
        parsed.blocks.push_back(type);
        if (type == "table") {
            for (cmark_node* row = cmark_node_first_child(block); row; row = cmark_node_next(row)) {
                parsed.tableCells.emplace_back();
                for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
                    parsed.tableCells.back().push_back(literalText(cell));
                }
            }
        } else {
            parsed.blockTexts.push_back(literalText(block));
        }
    }
    cmark_iter* iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE ||
                                           type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE)) {
            parsed.markup.push_back(cmark_node_get_type_string(node));
        }
    }
    cmark_iter_free(iter);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return parsed;
}

}  // namespace funnel::testing
