// The only code that includes fast-cpp-csv-parser.
#include "extract/csv_fields.h"

// fccp copies file names with strncpy into fixed buffers (it terminates them
// itself); g++ 12 warns about that after inlining.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#include <libfccp/csv.h>

namespace kpi::extract {
namespace {

using Quote = io::double_quote_escape<',', '"'>;
using Trim = io::trim_chars<' ', '\t'>;

}  // namespace

bool split_all(char* line, std::vector<std::string>& fields) {
  fields.clear();
  try {
    while (line) {
      char *begin, *end;
      io::detail::chop_next_column<Quote>(line, begin, end);
      Trim::trim(begin, end);
      Quote::unescape(begin, end);
      fields.emplace_back(begin, end);
    }
  } catch (const io::error::escaped_string_not_closed&) {
    return false;
  }
  return true;
}

int split_row(char* line, const std::vector<std::array<std::int8_t, 2>>& field_columns,
              std::string_view* columns) {
  const int header = static_cast<int>(field_columns.size());
  int count = 0;
  try {
    while (line) {
      char *begin, *end;
      io::detail::chop_next_column<Quote>(line, begin, end);
      if (count < header) {
        const auto& slots = field_columns[count];
        if (slots[0] >= 0) {
          Trim::trim(begin, end);
          Quote::unescape(begin, end);
          std::string_view value(begin, static_cast<std::size_t>(end - begin));
          columns[slots[0]] = value;
          if (slots[1] >= 0) columns[slots[1]] = value;
        }
      }
      ++count;
    }
  } catch (const io::error::escaped_string_not_closed&) {
    return -1;
  }
  return count;
}

}  // namespace kpi::extract

#pragma GCC diagnostic pop
