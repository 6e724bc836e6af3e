// The hand-off's criteria in a share link (issue 19): "f30:Branche%20passt,
// b20:Preisseite%20besucht": each criterion's group (f: fit, b: behaviour),
// its points as a field (a number, empty, or "~" and the text as typed), and
// its name, percent-encoded. At most kMostCriteria.
#pragma once

#include <string>
#include <string_view>

#include "link_text.h"
#include "value.h"

namespace funnel::link {

constexpr std::size_t kMostCriteria = 50;

// [{ name, group: "fit" | "behaviour", points }]; what cannot be read is left out of its criterion, with a notice.
Value readCriteria(std::string_view text, const std::string& field, Notices& notices);
void appendCriteria(std::string& out, const Value& criteria);

}  // namespace funnel::link
