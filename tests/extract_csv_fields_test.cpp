// split_row (src/extract/csv_fields.cpp): a line without a quote is split by
// its own eight-bytes-at-a-time path, a line with one by fccp. Both must give
// the same fields: each line below is checked against hand-written fields, and
// against the same line with one field quoted (which takes fccp's path).
#include "extract/csv_fields.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using kpi::extract::split_row;

// Every field of a line of `n` fields, each to a column of its own.
std::vector<std::array<std::int8_t, 2>> each_field(int n) {
  std::vector<std::array<std::int8_t, 2>> columns;
  for (int i = 0; i < n; ++i) columns.push_back({static_cast<std::int8_t>(i), -1});
  return columns;
}

// The fields split_row gives for `text`, read as a row of a header of `header` fields.
std::vector<std::string> split(std::string text, int header, int* count = nullptr) {
  std::string_view columns[64] = {};
  int n = split_row(text.data(), text.size(), each_field(header), columns);
  if (count) *count = n;
  return {columns, columns + header};
}

}  // namespace

TEST_CASE("split_row: lines without quotes, fields across eight-byte words") {
  using Fields = std::vector<std::string>;
  int count = 0;
  CHECK(split("a,b,c", 3, &count) == Fields{"a", "b", "c"});
  CHECK(count == 3);
  // Empty fields, a trailing comma and an empty line still count as fields.
  CHECK(split(",,", 3, &count) == Fields{"", "", ""});
  CHECK(count == 3);
  CHECK(split("x,", 2, &count) == Fields{"x", ""});
  CHECK(count == 2);
  split("", 1, &count);
  CHECK(count == 1);
  // Spaces and tabs are trimmed at both ends, not inside.
  CHECK(split(" \tC0001 ,\t2024-02-29\t, Team  A ", 3) == Fields{"C0001", "2024-02-29", "Team  A"});
  CHECK(split("   ,\t", 2) == Fields{"", ""});
  // A comma at every offset of a 16-byte line (the word edges, the tail bytes).
  for (int at = 0; at <= 16; ++at) {
    std::string left(static_cast<std::size_t>(at), 'x'), right(16 - static_cast<std::size_t>(at), 'y');
    CAPTURE(at);
    CHECK(split(left + "," + right, 2, &count) == Fields{left, right});
    CHECK(count == 2);
  }
  // Long fields, and more fields than the header (counted, not stored).
  const std::string long_field(100, 'z');
  CHECK(split(long_field + ",a," + long_field, 3) == Fields{long_field, "a", long_field});
  split("a,b,c,d,e", 3, &count);
  CHECK(count == 5);
  split("a,b", 3, &count);
  CHECK(count == 2);
  // Bytes that are not ASCII are nothing special.
  CHECK(split("Zoë,Ł,é", 3) == Fields{"Zoë", "Ł", "é"});
}

TEST_CASE("split_row: a quote anywhere takes fccp's path, with the same fields") {
  using Fields = std::vector<std::string>;
  int count = 0;
  CHECK(split("\"a\",b, c ", 3, &count) == Fields{"a", "b", "c"});
  CHECK(count == 3);
  CHECK(split(" \"x, y\" ,\"say \"\"hi\"\"\",", 3, &count) == Fields{"x, y", "say \"hi\"", ""});
  CHECK(count == 3);
  // The same unquoted line, then with one field quoted: the same fields.
  const std::string plain = " C0001 ,\t2024-02-29,,Team A\t";
  const std::string quoted = " C0001 ,\t2024-02-29,\"\",Team A\t";
  CHECK(split(plain, 4) == split(quoted, 4));
  // An unclosed quote: -1, whatever comes before it.
  split("a,b,\"c", 3, &count);
  CHECK(count == -1);
}

TEST_CASE("split_row: a field feeding two columns") {
  std::string text = "C1, 2024-01-02 ";
  std::string_view columns[3] = {};
  std::vector<std::array<std::int8_t, 2>> map = {{{0, -1}}, {{1, 2}}};
  CHECK(split_row(text.data(), text.size(), map, columns) == 2);
  CHECK(columns[0] == "C1");
  CHECK(columns[1] == "2024-01-02");
  CHECK(columns[2] == "2024-01-02");
}
