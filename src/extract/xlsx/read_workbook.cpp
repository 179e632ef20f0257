// PLACEHOLDER (issue 13, in progress): replaced by the workbook reader.
#include "extract/reading.h"
#include "kpi/error.h"

#include <fmt/format.h>

namespace kpi::extract {

void read_workbook(const ByteSource&, const std::string& name, std::optional<Kind>,
                   const LoadOptions&, Extracts&, bool) {
  throw InputError(fmt::format(
      "{}: this is an Excel workbook, not a CSV file; save each sheet as 'CSV UTF-8 (Comma "
      "delimited)'",
      name));
}

}  // namespace kpi::extract
