// channels() across the boundary (issue 18): the request decoded from
// whatever JavaScript handed over, the answer as a Value with nulls where a
// value cannot exist (a cost per customer without customers, a saving when
// today's mix exceeds a ceiling, the budget when none was given).
#pragma once

#include "value.h"

namespace funnel {

Value channelsValue(const Value& input);

// What an import counted per channel ({ channels: [{ name, counts: [[per month] per stage] }], months }) as
// the channel table's rows: each stage's count summed over the latest `months` months (the plan's history
// window; all the import has when it has fewer). -> { ok, months (used), channels: [{ name, counts }] }.
Value importedChannelsValue(const Value& input);

}  // namespace funnel
