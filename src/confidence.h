// How likely a number of leads is to bring a number of customers, when the
// rates on the way are themselves uncertain: exact binomial tails averaged
// over the rates' posteriors by quadrature, never by sampling, so the same
// input gives the same answer everywhere.
#pragma once

#include <cstdint>
#include <optional>

#include "conversion_path.h"

namespace funnel {

// P(at least `goal` come out of `leads` that enter `path`).
double probabilityOfReaching(std::uint64_t goal, std::uint64_t leads, const ConversionPath& path);

// The fewest leads with probabilityOfReaching >= level; nothing when more
// than `limit` would be needed.
std::optional<std::uint64_t> leadsForConfidence(std::uint64_t goal, double level, const ConversionPath& path,
                                                std::uint64_t limit);

// The q-quantile of how many come out of `leads` that enter `path`.
std::uint64_t outcomeQuantile(std::uint64_t leads, double q, const ConversionPath& path);

}  // namespace funnel
