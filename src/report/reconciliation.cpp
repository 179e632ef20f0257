// The run's reconciliation for stderr: one line per input file (rows read, used,
// excluded by reason, data-quality findings), and the extract messages capped per
// file so that a bad extract of 100,000 rows does not flood the terminal.
#include "report/report_common.h"

#include <fmt/format.h>

namespace kpi {

using report::counts_text;
using report::total;

std::vector<std::string> reconciliation_lines(const std::vector<FileReport>& files) {
  std::vector<std::string> lines;
  for (const FileReport& file : files) {
    if (file.skipped) {
      lines.push_back(fmt::format("{}: skipped ({})", file.file, *file.skipped));
      continue;
    }
    if (file.error) {
      lines.push_back(fmt::format("{}: not used ({})", file.file, *file.error));
      continue;
    }
    std::string line = file.file + ':';
    if (file.kind) {
      line += fmt::format(" {}", kind_name(*file.kind));
      if (file.matched) line += fmt::format(" ({} names)", family_name(*file.matched));
      line += ',';
    }
    line += fmt::format(" {} rows, {} used", file.rows, file.used);
    if (long excluded = total(file.excluded); excluded > 0)
      line += fmt::format(", {} excluded ({})", excluded, counts_text(file.excluded));
    if (!file.findings.empty()) line += fmt::format("; findings: {}", counts_text(file.findings));
    lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<std::string> message_lines(const std::vector<std::string>& messages,
                                       const std::vector<FileReport>& files, int per_file) {
  // A message belongs to the file whose name (then ':') starts it; the longest
  // such name wins, since one file's name may start another's.
  auto file_of = [&](std::string_view message) -> std::size_t {
    std::size_t best = files.size(), best_length = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
      const std::string& name = files[i].file;
      if (message.size() > name.size() && message.compare(0, name.size(), name) == 0 &&
          message[name.size()] == ':' && name.size() >= best_length) {
        best = i;
        best_length = name.size();
      }
    }
    return best;
  };
  std::vector<int> shown(files.size() + 1, 0), hidden(files.size() + 1, 0);
  std::vector<std::string> lines;
  for (const std::string& message : messages) {
    std::size_t file = file_of(message);
    if (shown[file] < per_file) {
      ++shown[file];
      lines.push_back(message);
    } else {
      ++hidden[file];
    }
  }
  for (std::size_t i = 0; i <= files.size(); ++i) {
    if (hidden[i] == 0) continue;
    std::string_view name = i < files.size() ? std::string_view(files[i].file) : "other inputs";
    lines.push_back(fmt::format("{}: {} more message{} not shown", name,
                                hidden[i], hidden[i] == 1 ? "" : "s"));
  }
  return lines;
}

}  // namespace kpi
