// Reading one file: find the header among the first lines (a title row or
// blank lines may sit above it), recognise it, then stream the rows through the
// kind's builder. The file is read once; nothing but the current line is held.
#include "extract/header.h"
#include "extract/reading.h"
#include "extract/row_reader.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <cstring>

namespace kpi::extract {
namespace {

// How many non-blank lines may come before the header.
constexpr int header_search_lines = 20;

struct HeaderSearch {
  std::optional<HeaderMatch> match;
  unsigned line = 0;     // of the header, or of the line blamed in `problem`
  std::string problem;
  bool fatal = false;
  bool at_line = false;  // the problem is "file:line: ...", not "file: ..."
  bool empty = false;    // no line at all to read a header from
  std::optional<Kind> looks_like;  // the nearest kind, when a required column is missing
};

// A carriage return left inside a line (next_line drops those at its end) is
// a line break of a file whose lines end with CR only: read as one line, its
// header could still fit a kind and every row would be lost.
constexpr std::string_view cr_problem =
    "carriage return (CR) inside the line: the lines seem to end with CR only, as in old Mac "
    "files; save it as 'CSV UTF-8 (Comma delimited)'";

HeaderSearch find_header(CsvSource& source, std::optional<Kind> kind) {
  HeaderSearch result;
  int best_score = -1;
  std::vector<std::string> fields;
  bool blank = false;
  unsigned cr_line = 0;
  for (int seen = 0; seen < header_search_lines;) {
    char* line = source.next_line(blank);
    if (!line) break;
    if (blank) continue;
    ++seen;
    const bool inner_cr = std::strchr(line, '\r') != nullptr;
    if (inner_cr && cr_line == 0) cr_line = source.line();
    if (!CsvSource::split_all(line, fields)) continue;  // a title with a stray quote
    HeaderCandidate candidate = recognise_header(fields, kind, source.name());
    if (inner_cr && (candidate.match || candidate.fatal)) {
      result.problem = std::string(cr_problem);
      result.line = source.line();
      result.fatal = true;
      return result;
    }
    if (candidate.match) {
      result.match = std::move(candidate.match);
      result.line = source.line();
      return result;
    }
    if (candidate.fatal) {
      result.problem = std::move(candidate.problem);
      result.line = source.line();
      result.fatal = true;
      return result;
    }
    if (candidate.best_score > best_score) {
      best_score = candidate.best_score;
      result.problem = std::move(candidate.problem);
      result.line = source.line();
      result.looks_like = candidate.looks_like;
    }
  }
  if (cr_line != 0) {
    result.problem = std::string(cr_problem);
    result.line = cr_line;
    result.at_line = true;
  } else if (best_score < 0) {
    result.problem = "no header: the file is empty";
    result.empty = true;
  }
  return result;
}

}  // namespace

void read_source(CsvSource& source, std::optional<Kind> kind, const LoadOptions& options,
                 Extracts& out, bool skip_unrecognised, std::uintmax_t file_size) {
  const auto file = static_cast<std::uint32_t>(out.files.size());
  out.files.push_back(FileReport{});
  out.files.back().file = source.name();

  HeaderSearch search = find_header(source, kind);
  if (!search.match) {
    std::string where = search.fatal || search.at_line
                            ? fmt::format("{}:{}", source.name(), search.line)
                            : source.name();
    // In a folder, an empty file or a CSV that is no extract is skipped with a
    // warning (an error under --strict); a file that is an extract by its name
    // or its header but cannot be read fails (docs/usage.md, "Bad input").
    const bool an_extract = search.looks_like || kind_named_by(source.name());
    if (skip_unrecognised && !search.fatal && (search.empty || !an_extract)) {
      if (options.strict)
        throw InputError(fmt::format("{}: {} (a file that is not an extract is an error with "
                                     "--strict)",
                                     where, search.problem));
      out.files[file].skipped = search.problem;
      out.messages.push_back(fmt::format("{}: skipped: {}", where, search.problem));
      return;
    }
    // The kind it was meant to be, so that reports can say why that kind is missing.
    out.files[file].kind = search.looks_like ? search.looks_like : kind ? kind : kind_named_by(source.name());
    throw InputError(fmt::format("{}: {}", where, search.problem));
  }
  const HeaderMatch& header = *search.match;
  FileReport& report = out.files[file];
  report.matched = header.family;
  // No kind: a table we know but do not use, or one read for other kinds'
  // sake (SSD ssd_person, whose rows are dates of birth).
  const std::optional<Kind> row_kind = header.spec().kind;
  if (row_kind) {
    report.kind = row_kind;
    out.has[static_cast<int>(*row_kind)] = true;
  } else if (!header.spec().used_for.empty()) {
    report.used_for = std::string(header.spec().used_for);
  } else {
    report.skipped = fmt::format("{} is not used", header.spec().name);
    out.messages.push_back(fmt::format("{}: skipped: {}", source.name(), *report.skipped));
    return;
  }

  RowReader row(header, file, options, out);
  const int header_fields = static_cast<int>(header.field_columns.size());
  const std::size_t header_bytes = source.bytes();
  bool blank = false;
  while (char* line = source.next_line(blank)) {
    if (blank) continue;  // Excel's empty rows (",,,,") and blank lines are not rows
    int fields = source.split_row(line, header.field_columns, row.fields);
    if (fields != header_fields)
      throw InputError(fmt::format("{}:{}: ragged row: {} field{} where the header has {}",
                                   source.name(), source.line(), fields, fields == 1 ? "" : "s",
                                   header_fields));
    row.begin_row(source.line());
    if (row_kind)
      build_row(*row_kind, row);
    else
      build_person_row(row);
    // Size the vector once from the average row length, rather than doubling.
    if (++report.rows == 256 && file_size > 0 && row_kind) {
      double per_row =
          static_cast<double>(source.bytes() - header_bytes) / static_cast<double>(report.rows);
      auto more = static_cast<std::size_t>(static_cast<double>(file_size) / per_row * 1.02);
      with_rows(out, *row_kind, [more](auto& all) { all.reserve(all.size() + more); });
    }
  }
  row.finish();
}

}  // namespace kpi::extract

namespace kpi {

void read_extract(std::istream& in, const std::string& name, std::optional<Kind> kind,
                  const LoadOptions& options, Extracts& out) {
  extract::CsvSource source(in, name, options.windows_1252);
  extract::read_source(source, kind, options, out, false, 0);
}

}  // namespace kpi
