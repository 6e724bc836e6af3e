// Every call the page can make of the core, one line each (calls.cpp): its
// name, how many arguments it takes, and the function that answers it on the
// wire. The wasm binding registers one entry point that dispatches through
// this list, and guard.js builds core.<name>(...) from it at start: so the
// names and arities are never kept in step by hand. A new view's call is one
// more line here.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "value.h"

namespace funnel {

struct Call {
    std::string_view name;
    std::size_t arity;
    // Appends the answer, as wire bytes (wire.h), to `out`; `arguments` is
    // the list of the call's arguments (a missing one reads as undefined).
    void (*answer)(const Value& arguments, std::string& out);
};

// The calls, in the order the binding numbers them.
const Call* calls();
std::size_t callCount();

// [[name, arity], ...] of every call, for guard.js.
Value callTable();

}  // namespace funnel
