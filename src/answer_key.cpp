#include "answer_key.h"

namespace funnel {

std::string_view keyName(AnswerKey key) {
#define FUNNEL_ANSWER_KEY_NAME(name) #name,
    static constexpr std::string_view kNames[] = {FUNNEL_ANSWER_KEYS(FUNNEL_ANSWER_KEY_NAME)};
#undef FUNNEL_ANSWER_KEY_NAME
    return kNames[static_cast<std::size_t>(key)];
}

}  // namespace funnel
