// csc-kpi indicators [--format table|csv|json|markdown]
//
// The catalogue: every reported id with its title, unit, polarity, target (from
// the --config file when given), measure, the extracts it needs and its
// definition in plain words.
#include "cli/commands.h"
#include "cli/run_common.h"
#include "kpi/report.h"

namespace kpi::cli {

Run setup_indicators(OptionTable&, const GlobalOptions& global) {
  return [&global]() {
    Format format = require_format(global, {"table", "csv", "json", "markdown"});
    Settings settings = load_settings(global, "");
    write_report(global, render_catalogue(indicator_catalogue(settings), format));
    return 0;
  };
}

}  // namespace kpi::cli
