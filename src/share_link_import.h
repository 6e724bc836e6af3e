// The part of a share link that keeps what an import counted (issue 16): not
// the file, only its counts per stage and month (im: the first month, ic:
// one list per stage) and per channel (ik), so that the views which use them
// have them after a reload and in a copied link. A link has room for 4096
// characters: what does not fit is left out, channels first, then the oldest
// months, and the link says so (it: "c", "m" or "cm"), as does the import view.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "link_text.h"
#include "value.h"

namespace funnel::link {

// `imported` into `state`: { first, counts: [[per month] per stage], channels: [{ name, counts }], cut: { channels,
// months } }.
void readImported(const std::optional<std::string_view>& first, const std::optional<std::string_view>& counts,
                  const std::optional<std::string_view>& channels, const std::optional<std::string_view>& cut,
                  Value& state, Notices& notices);

// "&im=...&ic=...&ik=...&it=..." for `imported`, in at most `room` characters (nothing when not even one month fits).
void appendImported(std::string& out, const Value& imported, std::size_t room);

}  // namespace funnel::link
