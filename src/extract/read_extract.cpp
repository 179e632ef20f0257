// Reading one file: find the header among the first lines (a title row or
// blank lines may sit above it), recognise it, then read the rows below it
// through the kind's builder, a large file in chunks (chunked_rows.cpp).
#include "extract/chunked_rows.h"
#include "extract/csv_fields.h"
#include "extract/header.h"
#include "extract/lines.h"
#include "extract/reading.h"
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
  bool decided = false;  // the lines read were enough to decide (else read more of the file)
  std::optional<Kind> looks_like;  // the nearest kind, when a required column is missing
};

// A carriage return left inside a line (next_line drops those at its end) is
// a line break of a file whose lines end with CR only: read as one line, its
// header could still fit a kind and every row would be lost.
constexpr std::string_view cr_problem =
    "carriage return (CR) inside the line: the lines seem to end with CR only, as in old Mac "
    "files; save it as 'CSV UTF-8 (Comma delimited)'";

HeaderSearch search_lines(LineCursor& lines, const std::string& name, std::optional<Kind> kind) {
  HeaderSearch result;
  int best_score = -1;
  std::vector<std::string> fields;
  bool blank = false;
  unsigned cr_line = 0;
  int seen = 0;
  auto decide = [&](HeaderSearch& r) {
    r.decided = true;
    return std::move(r);
  };
  while (seen < header_search_lines) {
    char* line = lines.next_line(blank);
    if (!line) break;
    if (blank) continue;
    ++seen;
    const bool inner_cr = std::strchr(line, '\r') != nullptr;
    if (inner_cr && cr_line == 0) cr_line = lines.line();
    if (!split_all(line, fields)) continue;  // a title with a stray quote
    HeaderCandidate candidate = recognise_header(fields, kind, name);
    if (inner_cr && (candidate.match || candidate.fatal)) {
      result.problem = std::string(cr_problem);
      result.line = lines.line();
      result.fatal = true;
      return decide(result);
    }
    if (candidate.match) {
      result.match = std::move(candidate.match);
      result.line = lines.line();
      return decide(result);
    }
    if (candidate.fatal) {
      result.problem = std::move(candidate.problem);
      result.line = lines.line();
      result.fatal = true;
      return decide(result);
    }
    if (candidate.best_score > best_score) {
      best_score = candidate.best_score;
      result.problem = std::move(candidate.problem);
      result.line = lines.line();
      result.looks_like = candidate.looks_like;
    }
  }
  result.decided = seen == header_search_lines;
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

// Reads the head of the file, more of it while the lines read do not decide.
HeaderSearch find_header(const ByteSource& source, const Encoding& encoding,
                         const std::string& name, std::optional<Kind> kind) {
  for (std::uint64_t head = 1 << 16;; head *= 4) {
    LineBlock block = read_lines(source, encoding, encoding.start, encoding.start + head);
    LineCursor lines(block, name, 1, true);
    HeaderSearch search = search_lines(lines, name, kind);
    if (search.decided || block.end >= source.size() || block.size == 0) return search;
  }
}

// The source offset just past the line break that ends line `line`.
std::uint64_t offset_after_line(const ByteSource& source, const Encoding& encoding, unsigned line) {
  std::uint64_t at = encoding.start;
  std::vector<char> buffer(1 << 16);
  for (unsigned breaks = 0;;) {
    std::size_t got = source.read_at(at, buffer.data(), buffer.size());
    if (got == 0) return at;
    for (std::size_t i = 0; i < got; ++i)
      if (buffer[i] == '\n' && ++breaks == line) return at + i + 1;
    at += got;
  }
}

}  // namespace

void read_source(const ByteSource& source, const std::string& name, std::optional<Kind> kind,
                 const LoadOptions& options, Extracts& out, bool skip_unrecognised) {
  const auto file = static_cast<std::uint32_t>(out.files.size());
  out.files.push_back(FileReport{});
  out.files.back().file = name;

  const Encoding encoding = file_encoding(source, options.windows_1252);
  HeaderSearch search = find_header(source, encoding, name, kind);
  if (!search.match) {
    std::string where =
        search.fatal || search.at_line ? fmt::format("{}:{}", name, search.line) : name;
    // In a folder, an empty file or a CSV that is no extract is skipped with a
    // warning (an error under --strict); a file that is an extract by its name
    // or its header but cannot be read fails (docs/usage.md, "Bad input").
    const bool an_extract = search.looks_like || kind_named_by(name);
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
    out.files[file].kind =
        search.looks_like ? search.looks_like : kind ? kind : kind_named_by(name);
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
    mark_read(out, *row_kind, header);
  } else if (!header.spec().used_for.empty()) {
    report.used_for = std::string(header.spec().used_for);
  } else {
    report.skipped = fmt::format("{} is not used", header.spec().name);
    out.messages.push_back(fmt::format("{}: skipped: {}", name, *report.skipped));
    return;
  }
  RowsToRead rows{source, encoding, name, header, file, row_kind};
  rows.data_start = offset_after_line(source, encoding, search.line);
  rows.first_line = search.line + 1;
  read_rows(rows, options, out);
}

void mark_read(Extracts& out, Kind kind, const HeaderMatch& header) {
  const int k = static_cast<int>(kind);
  out.has[k] = true;
  for (int column = 0; column < max_columns; ++column)
    if (header.has(column)) out.columns[k] |= static_cast<std::uint16_t>(1u << column);
}

}  // namespace kpi::extract

namespace kpi {

void read_extract(std::istream& in, const std::string& name, std::optional<Kind> kind,
                  const LoadOptions& options, Extracts& out) {
  auto source = extract::ByteSource::of_stream(in, name);
  extract::read_input(*source, name, kind, options, out, false);
}

}  // namespace kpi
