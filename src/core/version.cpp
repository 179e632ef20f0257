// The version CMake wrote into version_info.h (build folder), so that only this
// file is rebuilt when it changes.
#include "kpi/version.h"

#include "version_info.h"

namespace kpi {

std::string_view tool_version() { return KPI_VERSION; }

std::string_view tool_commit() { return KPI_GIT_COMMIT; }

std::string version_line() {
  std::string line = "csc-kpi " + std::string(tool_version());
  if (!tool_commit().empty()) line += " (commit " + std::string(tool_commit()) + ")";
  return line;
}

}  // namespace kpi
