#include "extract/header_search.h"

#include "extract/reading.h"
#include "kpi/error.h"

#include <fmt/format.h>

namespace kpi::extract {

bool HeaderScan::offer(const std::vector<std::string>& fields, unsigned line) {
  if (result_.decided) return true;
  ++seen_;
  HeaderCandidate candidate = recognise_header(fields, kind_, hint_name_, input_);
  if (candidate.match || candidate.fatal) {
    result_.match = std::move(candidate.match);
    result_.fatal = candidate.fatal;
    if (candidate.fatal) result_.problem = std::move(candidate.problem);
    result_.line = line;
    result_.decided = true;
    return true;
  }
  if (candidate.best_score > best_score_) {
    best_score_ = candidate.best_score;
    result_.problem = std::move(candidate.problem);
    result_.line = line;
    result_.looks_like = candidate.looks_like;
  }
  result_.decided = seen_ == header_search_rows;
  return result_.decided;
}

bool HeaderScan::pass() {
  if (!result_.decided) result_.decided = ++seen_ == header_search_rows;
  return result_.decided;
}

HeaderSearch HeaderScan::finish() {
  if (!result_.match && !result_.fatal && best_score_ < 0) {
    result_.problem = "no header: the file is empty";
    result_.empty = true;
  }
  return std::move(result_);
}

const HeaderMatch* accept_header(HeaderSearch& search, const std::string& name,
                                 const TablePolicy& policy, Extracts& out, std::uint32_t file) {
  if (!search.match) {
    std::string where =
        search.fatal || search.at_line ? fmt::format("{}:{}", name, search.line) : name;
    // An empty table or one that is no extract is skipped with a notice where
    // others may sit beside it (a folder, a workbook); a table that is an
    // extract by its name or its header but cannot be read fails
    // (docs/usage.md, "Bad input").
    const std::optional<Kind> named = kind_named_by(policy.hint_name);
    const bool an_extract = search.looks_like || named;
    if (policy.skip_unrecognised && !search.fatal && (search.empty || !an_extract)) {
      if (policy.strict_skips)
        throw InputError(fmt::format("{}: {} (a file that is not an extract is an error with "
                                     "--strict)",
                                     where, search.problem));
      out.files[file].skipped = search.problem;
      out.messages.push_back(fmt::format("{}: skipped: {}", where, search.problem));
      return nullptr;
    }
    // The kind it was meant to be, so that reports can say why that kind is missing.
    out.files[file].kind = search.looks_like ? search.looks_like : policy.kind ? policy.kind : named;
    throw InputError(fmt::format("{}: {}", where, search.problem));
  }
  const HeaderMatch& header = *search.match;
  FileReport& report = out.files[file];
  report.matched = header.family;
  // No kind: a table we know but do not use, or one read for other kinds'
  // sake (SSD ssd_person, whose rows are dates of birth).
  if (const std::optional<Kind> row_kind = header.spec().kind) {
    report.kind = row_kind;
    mark_read(out, *row_kind, header);
  } else if (!header.spec().used_for.empty()) {
    report.used_for = std::string(header.spec().used_for);
  } else {
    report.skipped = fmt::format("{} is not used", header.spec().name);
    out.messages.push_back(fmt::format("{}: skipped: {}", name, *report.skipped));
    return nullptr;
  }
  return &header;
}

}  // namespace kpi::extract
