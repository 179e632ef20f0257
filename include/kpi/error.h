// Errors that reach the user. Inner code throws; only main() prints, as
// "csc-kpi: error: <what()>". Messages are lower-case, without a trailing period,
// quote the bad value and say what was expected.
#pragma once

#include <stdexcept>
#include <string>

namespace kpi {

// Bad input data or files: exit code 1. Messages about a place in a file start
// with "file:line: ".
struct InputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A bad command line (unknown indicator, impossible option value): exit code 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The system's words for an errno value in the style of our messages:
// "no such file or directory".
std::string errno_text(int error_number);

}  // namespace kpi
