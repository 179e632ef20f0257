// `csc-kpi check EXTRACTS...`: what each extract was recognised as and its
// reconciliation and data-quality findings. Unlike the other commands it goes
// on past a file that cannot be used (reporting why, with exit code 1), so one
// run shows every problem of a folder.
#include "cli/commands.h"
#include "extract/check_report.h"
#include "kpi/error.h"
#include "kpi/report.h"

#include <memory>

namespace kpi::cli {
namespace {

// Messages shown per file on stderr; the rest are counted.
constexpr int messages_per_file = 10;

struct CheckOptions {
  std::vector<std::string> extracts;
};

int run_check(const CheckOptions& options, const GlobalOptions& global) {
  require_format(global, {"table", "json"});
  if (options.extracts.empty())
    throw UsageError("no extracts given (expected CSV files or folders of them)");
  std::vector<InputSpec> inputs;
  for (const auto& argument : options.extracts) inputs.push_back(parse_input_spec(argument));
  LoadOptions load = make_load_options(global);
  load.keep_going = true;
  Extracts extracts = load_extracts(inputs, load);
  for (const auto& line : message_lines(extracts.messages, extracts.files, messages_per_file))
    warn(global, line);
  write_report(global, global.format == "json" ? extract::render_check_json(extracts.files)
                                               : extract::render_check_table(extracts.files));
  for (const FileReport& file : extracts.files)
    if (file.error) return 1;
  return 0;
}

}  // namespace

Run setup_check(CLI::App& command, const GlobalOptions& global) {
  auto options = std::make_shared<CheckOptions>();
  command.add_option("extracts", options->extracts,
                     "CSV files or folders of them; kind=FILE names a file's kind");
  return [options, &global]() { return run_check(*options, global); };
}

}  // namespace kpi::cli
