// importFile() across the boundary (the import module's one call): the
// request read out of a plain object, the answer as one.
#pragma once

#include "value.h"

namespace funnel {

// { bytes (a string of the file's bytes), locale, stages, mapping?: { shape, month, stages, channel },
//   today?, end?, windowMonths?, skipMonths? } -> the answer (docs/api.md, core.importFile).
Value importValue(const Value& input);

}  // namespace funnel
