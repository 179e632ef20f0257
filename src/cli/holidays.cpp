// PLACEHOLDER: replaced by the subcommand's real implementation.
#include "cli/commands.h"
#include "kpi/error.h"

namespace kpi::cli {

Run setup_holidays(CLI::App&, const GlobalOptions&) {
  return [] () -> int { throw UsageError("'holidays' is not built yet"); };
}

}  // namespace kpi::cli
