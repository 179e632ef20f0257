// The one table layout of the terminal renderers: widths in display columns
// (code points, East Asian wide characters as two), alignment, trailing spaces
// dropped, cutting and wrapping.
#include "report/table_layout.h"

#include <doctest/doctest.h>

using namespace kpi::report;

TEST_SUITE("report") {

TEST_CASE("display width counts columns, not bytes") {
  CHECK(display_width("") == 0);
  CHECK(display_width("North") == 5);
  CHECK(display_width("Zo\xC3\xAB") == 3);                   // Zoë: 4 bytes, 3 columns
  CHECK(display_width("\xE5\x8C\x97\xE5\x8C\xBA") == 4);     // 北区: 2 wide characters
  CHECK(display_width("\xF0\x9F\x98\x80") == 2);             // an emoji is wide
  CHECK(display_width("a\xFF" "b") == 3);                    // an invalid byte is one column
}

TEST_CASE("pad, truncate and wrap by display width") {
  CHECK(pad_right("Zo\xC3\xAB", 5) == "Zo\xC3\xAB  ");
  CHECK(pad_left("\xE5\x8C\x97", 4) == "  \xE5\x8C\x97");
  CHECK(pad_left("toolong", 3) == "toolong");
  CHECK(truncate("Northern team", 6) == "North~");
  CHECK(truncate("North", 5) == "North");
  CHECK(truncate("North", 0) == "");
  // 北区北区 in 5 columns: two wide characters (4 columns) and the mark.
  CHECK(truncate("\xE5\x8C\x97\xE5\x8C\xBA\xE5\x8C\x97\xE5\x8C\xBA", 5) ==
        "\xE5\x8C\x97\xE5\x8C\xBA~");
  // A wide character that would straddle the limit is left out whole.
  CHECK(truncate("a\xE5\x8C\x97\xE5\x8C\xBA", 3) == "a~");
  CHECK(wrap("one two three four", 9) == std::vector<std::string>{"one two", "three", "four"});
  CHECK(wrap("a verylongword b", 4) == std::vector<std::string>{"a", "verylongword", "b"});
}

TEST_CASE("a table: columns fitted to their widest cell, aligned, trailing spaces dropped") {
  std::vector<std::vector<std::string>> rows = {
      {"team", "open", "note"}, {"North", "7", ""}, {"Zo\xC3\xAB", "12", "late"}};
  CHECK(aligned_table(rows, {Align::left, Align::right, Align::left}) ==
        "team   open  note\n"
        "North     7\n"
        "Zo\xC3\xAB      12  late\n");

  // Minimum widths, a fixed width and a one-space separator (the dashboard's).
  TableLayout layout({Align::left, Align::right}, " ");
  layout.widen(1, 4);
  layout.fit({"a", "1"});
  CHECK(layout.line({"a", "1"}) == "a    1\n");
  layout.set_width(0, 3);
  CHECK(layout.total_width() == 8);
  CHECK(layout.line({"abcde", "1"}) == "abcde    1\n");  // overflows, pushes the rest right
  CHECK(layout.line({"", ""}) == "\n");
}

}  // TEST_SUITE
