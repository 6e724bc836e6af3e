// The value checks importFile() runs first (import.h): one Issue per problem.
#include <cmath>
#include <string>

#include "calendar.h"
#include "import.h"

namespace funnel {

std::vector<Issue> checkImportRequest(const ImportRequest& request, std::size_t columns) {
    std::vector<Issue> errors;
    const double window = request.windowMonths;
    if (!(window >= 1 && window <= 120 && std::floor(window) == window))
        errors.push_back({"windowMonths", Code::horizon_range});
    if (request.skipMonths) {
        const double skip = *request.skipMonths;
        if (!(skip >= 0 && skip < window && std::floor(skip) == skip))
            errors.push_back({"skipMonths", Code::horizon_range});
    }
    if (request.end && !parseMonth(*request.end)) errors.push_back({"end", Code::bad_month});
    if (request.today && !parseDate(*request.today)) errors.push_back({"today", Code::bad_date});
    if (request.stages.size() < 2) errors.push_back({"stages", Code::stage_count});
    if (request.mapping) {
        const ColumnMapping& mapping = *request.mapping;
        const auto column = [&](int index) { return index >= -1 && index < static_cast<int>(columns); };
        if (mapping.stages.size() != request.stages.size()) errors.push_back({"mapping.stages", Code::list_length});
        for (std::size_t s = 0; s < mapping.stages.size(); ++s)
            if (!column(mapping.stages[s]))
                errors.push_back({"mapping.stages[" + std::to_string(s) + "]", Code::out_of_range});
        if (!column(mapping.month)) errors.push_back({"mapping.month", Code::out_of_range});
        if (!column(mapping.channel)) errors.push_back({"mapping.channel", Code::out_of_range});
    }
    return errors;
}

}  // namespace funnel
