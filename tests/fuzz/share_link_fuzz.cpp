// libFuzzer target: any fragment through readShareLink; whatever it reads
// must write back and read again to the same state (no notices the second time).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "json_value.h"
#include "share_link.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view fragment(reinterpret_cast<const char*>(data), size);
    const funnel::Value read = funnel::readShareLink(fragment);
    if (!read.find("ok")->boolean) return 0;
    const funnel::Value& state = *read.find("state");
    const funnel::Value again = funnel::readShareLink(funnel::writeShareLink(state));
    if (!again.find("notices")->items.empty()) std::abort();
    if (funnel::writeShareLink(*again.find("state")) != funnel::writeShareLink(state)) std::abort();
    return 0;
}
