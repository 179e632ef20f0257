// The tool's version, as --version and every output's provenance print it.
#pragma once

#include <string>
#include <string_view>

namespace kpi {

// "0.9.0" (CMake's project version).
std::string_view tool_version();
// The git commit the tool was built from ("3f2a9c1d0e4b"), or "" when it was
// not built from a git checkout.
std::string_view tool_commit();
// "csc-kpi 0.9.0 (commit 3f2a9c1d0e4b)", or without the commit.
std::string version_line();

}  // namespace kpi
