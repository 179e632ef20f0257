// Reading one file: find the header among the first lines (a title row or
// blank lines may sit above it), recognise it, then read the rows below it
// through the kind's builder, a large file in chunks (chunked_rows.cpp).
#include "extract/chunked_rows.h"
#include "extract/csv_fields.h"
#include "extract/header_search.h"
#include "extract/lines.h"
#include "extract/reading.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <cstring>

namespace kpi::extract {
namespace {

// A carriage return left inside a line (next_line drops those at its end) is
// a line break of a file whose lines end with CR only: read as one line, its
// header could still fit a kind and every row would be lost.
constexpr std::string_view cr_problem =
    "carriage return (CR) inside the line: the lines seem to end with CR only, as in old Mac "
    "files; save it as 'CSV UTF-8 (Comma delimited)'";

HeaderSearch search_lines(LineCursor& lines, std::optional<Kind> kind, const std::string& name) {
  HeaderScan scan(kind, name);
  std::vector<std::string> fields;
  bool blank = false;
  unsigned cr_line = 0;
  while (char* line = lines.next_line(blank)) {
    if (blank) continue;
    const bool inner_cr = std::strchr(line, '\r') != nullptr;
    if (inner_cr && cr_line == 0) cr_line = lines.line();
    // A title with a stray quote is no header, but counts as a line looked at.
    const bool decided = split_all(line, fields) ? scan.offer(fields, lines.line()) : scan.pass();
    if (inner_cr && (scan.so_far().match || scan.so_far().fatal)) {
      HeaderSearch result = scan.finish();
      result.match.reset();
      result.problem = std::string(cr_problem);
      result.line = lines.line();
      result.fatal = true;
      return result;
    }
    if (decided) return scan.finish();
  }
  HeaderSearch result = scan.finish();
  if (cr_line != 0) {
    result.problem = std::string(cr_problem);
    result.line = cr_line;
    result.at_line = true;
    result.empty = false;
  }
  return result;
}

// Reads the head of the file, more of it while the lines read do not decide.
HeaderSearch find_header(const ByteSource& source, const Encoding& encoding,
                         const std::string& name, std::optional<Kind> kind) {
  for (std::uint64_t head = 1 << 16;; head *= 4) {
    LineBlock block = read_lines(source, encoding, encoding.start, encoding.start + head);
    LineCursor lines(block, name, 1, true);
    HeaderSearch search = search_lines(lines, kind, name);
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
  const TablePolicy policy{.hint_name = name,
                           .kind = kind,
                           .skip_unrecognised = skip_unrecognised,
                           .strict_skips = options.strict};
  const HeaderMatch* header_found = accept_header(search, name, policy, out, file);
  if (!header_found) return;
  const HeaderMatch& header = *header_found;
  const std::optional<Kind> row_kind = header.spec().kind;
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
