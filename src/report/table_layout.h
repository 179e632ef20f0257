// The one text-table layout of the terminal renderers (dashboard, due, show,
// check): columns as wide as their widest cell, cells aligned left or right,
// columns joined by a separator, trailing spaces dropped; and the cell helpers
// under it (padding, cutting, wrapping). Widths are display columns, not bytes:
// one per UTF-8 code point, two for an East Asian wide or fullwidth character,
// so that names such as "Zoë" or "北区" line up.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kpi::report {

// The columns `text` takes in a fixed-width font. A byte that is not valid
// UTF-8 counts as one column (it would show as one replacement character).
std::size_t display_width(std::string_view text);
// Pads to `width` display columns with spaces on the right or the left.
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);
// Cuts `text` to at most `width` display columns, ending with "~" when cut.
std::string truncate(std::string_view text, std::size_t width);
// Splits `text` into lines of at most `width` columns at spaces (a longer word
// gets a line of its own).
std::vector<std::string> wrap(std::string_view text, std::size_t width);

enum class Align : std::uint8_t { left, right };

class TableLayout {
 public:
  // One column per entry of `aligns`, each as wide as its minimum (0).
  explicit TableLayout(std::vector<Align> aligns, std::string separator = "  ");

  // Widens the columns to hold `cells` (one per column, or fewer).
  void fit(const std::vector<std::string>& cells);
  void fit_rows(const std::vector<std::vector<std::string>>& rows);
  // Widens `column` to at least `width` (a minimum width).
  void widen(std::size_t column, std::size_t width);
  // Sets `column` to exactly `width`: a cell wider than that overflows its
  // column and pushes the rest of its line to the right.
  void set_width(std::size_t column, std::size_t width);
  std::size_t width(std::size_t column) const { return widths_[column]; }
  // The width of a full line: the columns and the separators between them.
  std::size_t total_width() const;

  // `cells` padded to their columns and joined, trailing spaces dropped,
  // ending with a line break.
  std::string line(const std::vector<std::string>& cells) const;

 private:
  std::vector<Align> aligns_;
  std::vector<std::size_t> widths_;
  std::string separator_;
};

// `rows` (the first is the header) as a table: every column fitted to its
// widest cell, aligned as `aligns` says, two spaces between columns.
std::string aligned_table(const std::vector<std::vector<std::string>>& rows,
                          std::vector<Align> aligns);

}  // namespace kpi::report
