// csc-kpi: children's social care performance indicators from case-level extracts.
//
// main() runs the command line (src/cli/command_line.cpp) and turns errors
// into messages and exit codes: 0 success, 1 bad input or data, 2 usage (the
// command line or the config file). It is the only place that prints errors.
#include "cli/command_line.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <malloc.h>

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
  // A run allocates and frees many buffers of a few MB (a chunk's bytes and
  // rows, the indexes of each indicator family). By default glibc maps each
  // one afresh and gives it back when freed, so every reuse pays its page
  // faults again: a fifth of a large run's time (docs/benchmarks.md). Serve
  // them from the heap and keep freed memory for the next one. The largest
  // arrays, the rows, are mapped apart in huge pages (kpi/large_alloc.h).
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's upper limit
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  try {
    return kpi::cli::run_command_line(std::vector<std::string>(argv + 1, argv + argc));
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
}
