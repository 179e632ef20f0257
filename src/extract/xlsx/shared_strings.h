// The workbook's table of shared strings (xl/sharedStrings.xml): most text
// cells hold an index into it. Held as one block of text and offsets, as a
// large extract has hundreds of thousands of them.
#pragma once

#include "extract/xlsx/xml_part.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kpi::extract::xlsx {

// The longest text of one cell, as the longest CSV line (lines.h).
inline constexpr std::size_t max_cell_bytes = std::size_t{16} << 20;

// Collects the text of <t> elements below the current element, skipping
// phonetic runs (<rPh>, the reading of East Asian text): a rich text string's
// runs (<r><t>..</t></r>) read as one text. Shared by shared strings and
// inline strings (<is>).
class RichText {
 public:
  void start(std::string_view name);
  void end(std::string_view name);
  // Appends text to `out` when inside a <t>; false when `out` would pass max_cell_bytes.
  bool text(std::string_view text, std::string& out) const;

 private:
  bool in_t_ = false;
  int in_phonetic_ = 0;
};

class SharedStrings {
 public:
  void read(ZipArchive& zip, const std::string& part, const std::string& where);
  std::size_t size() const { return ends_.size(); }
  std::string_view operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(text_).substr(begin, ends_[i] - begin);
  }

 private:
  std::string text_;
  std::vector<std::size_t> ends_;
};

}  // namespace kpi::extract::xlsx
