// PLACEHOLDER (issue 13, in progress): replaced by the census reader.
#include "extract/reading.h"
#include "kpi/error.h"

#include <fmt/format.h>

namespace kpi::extract {

void read_census(const ByteSource&, const std::string& name, const LoadOptions&, Extracts&, bool) {
  throw InputError(fmt::format("{}: CIN census XML cannot be read yet", name));
}

}  // namespace kpi::extract
