// The only code that includes fast-cpp-csv-parser.
#include "extract/csv_fields.h"

// fccp copies file names with strncpy into fixed buffers (it terminates them
// itself); g++ 12 warns about that after inlining.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstringop-truncation"
#include <libfccp/csv.h>

#include <bit>
#include <cstring>

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

namespace {

// The first ',' in [p, end), or end: eight bytes at a time, by the classic
// "has a zero byte" test on the word XOR ",,,,,,,,". Its borrows can mark
// bytes after the first match, never before, so the lowest mark is exact.
const char* find_comma(const char* p, const char* end) {
  static_assert(std::endian::native == std::endian::little);
  constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  constexpr std::uint64_t commas = ones * static_cast<unsigned char>(',');
  for (; end - p >= 8; p += 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    const std::uint64_t x = word ^ commas;
    if (const std::uint64_t found = (x - ones) & ~x & highs)
      return p + (std::countr_zero(found) >> 3);
  }
  while (p < end && *p != ',') ++p;
  return p;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// split_row for a line without a quote: fields end at each ',' and are trimmed
// as Trim trims them (there is nothing to unescape).
int split_unquoted(const char* line, std::size_t length,
                   const std::vector<std::array<std::int8_t, 2>>& field_columns,
                   std::string_view* columns) {
  const int header = static_cast<int>(field_columns.size());
  const char* end = line + length;
  int count = 0;
  for (const char* p = line;; ++count) {
    const char* comma = find_comma(p, end);
    if (count < header) {
      const auto& slots = field_columns[count];
      if (slots[0] >= 0) {
        const char* b = p;
        const char* e = comma;
        while (b < e && is_blank(*b)) ++b;
        while (e > b && is_blank(e[-1])) --e;
        std::string_view value(b, static_cast<std::size_t>(e - b));
        columns[slots[0]] = value;
        if (slots[1] >= 0) columns[slots[1]] = value;
      }
    }
    if (comma == end) return count + 1;
    p = comma + 1;
  }
}

}  // namespace

int split_row(char* line, std::size_t length,
              const std::vector<std::array<std::int8_t, 2>>& field_columns,
              std::string_view* columns) {
  if (!std::memchr(line, '"', length)) return split_unquoted(line, length, field_columns, columns);
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
