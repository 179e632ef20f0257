// Display widths come from the UTF-8 codec of src/core; a wide character is one
// of the ranges of Markus Kuhn's wcwidth (the ones fmt also uses to pad), which
// is cheap and right for the CJK names and emoji a team name might hold.
// Combining marks are counted as one column: rare in names, and the cost of a
// full Unicode table is not worth it here.
#include "report/table_layout.h"

#include "core/utf8.h"

#include <algorithm>
#include <cassert>

namespace kpi::report {

namespace {

std::size_t columns_of(char32_t code) {
  bool wide = code >= 0x1100 &&
              (code <= 0x115F ||                                   // Hangul Jamo
               code == 0x2329 || code == 0x232A ||                 // angle brackets
               (code >= 0x2E80 && code <= 0xA4CF && code != 0x303F) ||  // CJK .. Yi
               (code >= 0xAC00 && code <= 0xD7A3) ||               // Hangul syllables
               (code >= 0xF900 && code <= 0xFAFF) ||               // CJK compatibility
               (code >= 0xFE10 && code <= 0xFE19) ||               // vertical forms
               (code >= 0xFE30 && code <= 0xFE6F) ||               // CJK compatibility forms
               (code >= 0xFF00 && code <= 0xFF60) ||               // fullwidth forms
               (code >= 0xFFE0 && code <= 0xFFE6) ||
               (code >= 0x1F300 && code <= 0x1F64F) ||             // pictographs, emoticons
               (code >= 0x1F900 && code <= 0x1F9FF) ||             // supplemental symbols
               (code >= 0x20000 && code <= 0x2FFFD) ||             // CJK extension B ..
               (code >= 0x30000 && code <= 0x3FFFD));
  return wide ? 2 : 1;
}

// Calls visit(bytes, columns) for each character of `text` in turn.
template <class Visit>
void for_each_character(std::string_view text, Visit visit) {
  while (!text.empty()) {
    std::size_t length = utf8::sequence_length(text);
    std::size_t columns = 1;
    if (length == 0)
      length = 1;  // an invalid byte: one column, as its replacement character
    else
      columns = columns_of(utf8::decode(text, length));
    if (!visit(text.substr(0, length), columns)) return;
    text.remove_prefix(length);
  }
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for_each_character(text, [&](std::string_view, std::size_t columns) {
    width += columns;
    return true;
  });
  return width;
}

std::string pad_right(std::string_view text, std::size_t width) {
  std::string out(text);
  std::size_t w = display_width(text);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::string pad_left(std::string_view text, std::size_t width) {
  std::size_t w = display_width(text);
  std::string out(w < width ? width - w : 0, ' ');
  out += text;
  return out;
}

std::string truncate(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return "";
  // What fits in width - 1 columns, then the mark.
  std::string out;
  std::size_t used = 0;
  for_each_character(text, [&](std::string_view character, std::size_t columns) {
    if (used + columns > width - 1) return false;
    out += character;
    used += columns;
    return true;
  });
  // Trailing spaces before the mark would hide that the text was cut.
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out += '~';
  return out;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
      lines.push_back(std::move(line));
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

TableLayout::TableLayout(std::vector<Align> aligns, std::string separator)
    : aligns_(std::move(aligns)), widths_(aligns_.size(), 0), separator_(std::move(separator)) {}

void TableLayout::fit(const std::vector<std::string>& cells) {
  assert(cells.size() <= widths_.size());
  for (std::size_t c = 0; c < cells.size(); ++c) widen(c, display_width(cells[c]));
}

void TableLayout::fit_rows(const std::vector<std::vector<std::string>>& rows) {
  for (const auto& row : rows) fit(row);
}

void TableLayout::widen(std::size_t column, std::size_t width) {
  widths_[column] = std::max(widths_[column], width);
}

void TableLayout::set_width(std::size_t column, std::size_t width) { widths_[column] = width; }

std::size_t TableLayout::total_width() const {
  std::size_t total = 0;
  for (std::size_t c = 0; c < widths_.size(); ++c)
    total += widths_[c] + (c > 0 ? display_width(separator_) : 0);
  return total;
}

std::string TableLayout::line(const std::vector<std::string>& cells) const {
  assert(cells.size() <= widths_.size());
  std::string text;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    if (c > 0) text += separator_;
    text += aligns_[c] == Align::right ? pad_left(cells[c], widths_[c])
                                       : pad_right(cells[c], widths_[c]);
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  text += '\n';
  return text;
}

std::string aligned_table(const std::vector<std::vector<std::string>>& rows,
                          std::vector<Align> aligns) {
  TableLayout layout(std::move(aligns));
  layout.fit_rows(rows);
  std::string out;
  for (const auto& row : rows) out += layout.line(row);
  return out;
}

}  // namespace kpi::report
