// Findings, exclusions and messages made after reading (finish.cpp and the
// steps it calls), with the same per-file cap on messages as reading. An
// exclusion here moves a row that reading counted as used to "excluded", so
// that every file still reconciles: rows read = used + excluded.
#pragma once

#include "extract/row_reader.h"
#include "kpi/extract.h"

#include <fmt/format.h>

#include <string>
#include <vector>

namespace kpi::extract {

class Notes {
 public:
  explicit Notes(Extracts& x) : x_(x), counts_(x.files.size(), 0) {}
  Notes(const Notes&) = delete;
  Notes& operator=(const Notes&) = delete;

  void finding(Origin origin, const std::string& reason, const std::string& text) {
    ++x_.files[origin.file].findings[reason];
    if (!text.empty()) message(origin, text);
  }
  void excluded(Origin origin, const std::string& reason, const std::string& text) {
    FileReport& report = x_.files[origin.file];
    --report.used;
    ++report.excluded[reason];
    if (!text.empty()) message(origin, text);
  }
  void message(Origin origin, const std::string& text) {
    if (++counts_[origin.file] > max_messages_per_file) return;
    // Line 0: a message about the whole file.
    x_.messages.push_back(origin.line ? fmt::format("{}: {}", x_.where(origin), text)
                                      : fmt::format("{}: {}", x_.files[origin.file].file, text));
  }
  ~Notes() {
    for (std::size_t f = 0; f < counts_.size(); ++f)
      if (counts_[f] > max_messages_per_file)
        x_.messages.push_back(fmt::format("{}: {} more messages like these are not listed",
                                          x_.files[f].file, counts_[f] - max_messages_per_file));
  }

 private:
  Extracts& x_;
  std::vector<long> counts_;
};

}  // namespace kpi::extract
