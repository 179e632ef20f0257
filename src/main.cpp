// csc-kpi: children's social care performance indicators from case-level extracts.
//
// main() only builds the command line from the table of subcommands, runs the
// chosen one, and turns errors into messages and exit codes: 0 success, 1 bad
// input or data, 2 usage. It is the only place that prints errors.
#include "cli/commands.h"
#include "kpi/error.h"
#include "kpi/suggest.h"
#include "kpi/version.h"

#include <fmt/format.h>

#include <algorithm>

namespace {

// Each line of a message that lists several problems gets the prefix.
int error_exit(std::string_view message, int code) {
  std::size_t start = 0;
  while (start <= message.size()) {
    std::size_t end = message.find('\n', start);
    if (end == std::string_view::npos) end = message.size();
    fmt::print(stderr, "csc-kpi: error: {}\n", message.substr(start, end - start));
    start = end + 1;
  }
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kpi::cli;
  CLI::App app{
      "csc-kpi: children's social care performance indicators, counted in working days"};
  app.name("csc-kpi");
  app.require_subcommand(1, 1);
  app.fallthrough();  // common options may follow the subcommand

  app.set_version_flag("--version", kpi::version_line(), "print the version and exit");

  GlobalOptions global;
  add_global_options(app, global);

  std::vector<std::pair<CLI::App*, Run>> runs;
  std::vector<std::string_view> names;
  for (const Command& command : commands()) {
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.description));
    runs.emplace_back(sub, command.setup(*sub, global));
    names.push_back(command.name);
  }

  // A mistyped subcommand gets a suggestion rather than CLI11's generic message.
  if (argc > 1 && argv[1][0] != '-' &&
      std::find(names.begin(), names.end(), std::string_view(argv[1])) == names.end()) {
    return error_exit(fmt::format("unknown command '{}'{}", argv[1],
                                  kpi::did_you_mean(argv[1], names)),
                      2);
  }

  if (argc == 1) {  // nothing asked: show what can be asked
    fmt::print(stderr, "{}", app.help());
    return 2;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return error_exit(fmt::format("{} (see 'csc-kpi --help')", e.what()), 2);
  }

  try {
    for (auto& [sub, run] : runs)
      if (sub->parsed()) return run();
  } catch (const kpi::UsageError& e) {
    return error_exit(e.what(), 2);
  } catch (const kpi::InputError& e) {
    return error_exit(e.what(), 1);
  } catch (const std::bad_alloc&) {
    return error_exit("out of memory", 1);
  } catch (const std::exception& e) {
    // A bug, not bad input: still a message and an exit code, never a crash.
    return error_exit(fmt::format("internal error: {} (please report it)", e.what()), 1);
  }
  return 2;
}
