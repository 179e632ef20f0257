// "did you mean 'y'?" for mistyped names (subcommands, indicator ids, kinds).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kpi {

// The candidate closest to `typed` by edit distance (or the one it is a prefix
// of), if it is close enough to be a plausible typo; else "".
std::string closest_name(std::string_view typed, const std::vector<std::string_view>& candidates);

// ", did you mean 'x'?" or "" — ready to append to an error message.
std::string did_you_mean(std::string_view typed, const std::vector<std::string_view>& candidates);

}  // namespace kpi
