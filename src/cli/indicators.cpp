// PLACEHOLDER: replaced by the subcommand's real implementation.
#include "cli/commands.h"
#include "kpi/error.h"

namespace kpi::cli {

Run setup_indicators(CLI::App&, const GlobalOptions&) {
  return [] () -> int { throw UsageError("'indicators' is not built yet"); };
}

}  // namespace kpi::cli
