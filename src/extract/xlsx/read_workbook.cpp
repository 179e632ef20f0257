// Reading an Excel workbook (.xlsx, .xlsm) sheet by sheet: the zip container
// (zip_archive.cpp), the workbook's parts (workbook_parts.cpp), its shared
// strings and date styles, then each sheet's rows streamed (sheet_rows.cpp)
// through the header search and the row reader that CSV files go through
// (header_search.h, row_reader.h), so that a sheet reads exactly as the same
// sheet saved as CSV. Each sheet is a FileReport of its own, named
// "book.xlsx[Sheet name]", with the sheet's row numbers as lines.
#include "extract/header_search.h"
#include "extract/reading.h"
#include "extract/row_reader.h"
#include "extract/xlsx/ole_file.h"
#include "extract/xlsx/sheet_rows.h"
#include "extract/xlsx/workbook_parts.h"
#include "kpi/error.h"

#include <fmt/format.h>

namespace kpi::extract {
namespace {

struct Workbook {
  xlsx::ZipArchive& zip;
  const std::string& name;
  const xlsx::CellContext& cells;
  std::optional<Kind> kind;
  const LoadOptions& options;
};

void skip(Extracts& out, std::uint32_t file, std::string reason) {
  out.messages.push_back(fmt::format("{}: skipped: {}", out.files[file].file, reason));
  out.files[file].skipped = std::move(reason);
}

void read_sheet(const Workbook& book, const xlsx::SheetEntry& sheet, Extracts& out) {
  const auto file = static_cast<std::uint32_t>(out.files.size());
  const std::string name = fmt::format("{}[{}]", book.name, sheet.name);
  out.files.push_back(FileReport{});
  out.files.back().file = name;
  if (sheet.part.empty()) return skip(out, file, "the workbook does not say where the sheet is");

  // Every sheet may sit beside others that are no extract (a cover sheet, the
  // drop-down lists): those are skipped with a notice, even with --strict.
  // The sheet's name breaks ties between kinds, as a CSV's file name does.
  const TablePolicy policy{.hint_name = sheet.name,
                           .kind = book.kind,
                           .skip_unrecognised = true,
                           .strict_skips = false};
  HeaderScan scan(book.kind, sheet.name, book.name);
  std::optional<HeaderSearch> search;
  const HeaderMatch* header = nullptr;
  std::optional<RowReader> reader;
  // Once the header search has ended: false when the sheet is skipped.
  auto decide = [&] {
    search = scan.finish();
    if (search->empty) search->problem = "no header: the sheet is empty";
    header = accept_header(*search, name, policy, out, file);
    if (header) reader.emplace(*header, file, out.files[file], book.options, out);
    return header != nullptr;
  };
  xlsx::read_sheet_rows(book.zip, sheet.part, name, book.cells,
                        [&](unsigned row, const std::vector<std::string>& cells) {
                          if (reader) {
                            reader->set_fields(cells);
                            read_row(*reader, header->spec().kind, row);
                            return true;
                          }
                          return !scan.offer(cells, row) || decide();
                        });
  if (!search) decide();
  if (reader) summarise_messages(out, name, reader->messages());
}

}  // namespace

void read_workbook(const ByteSource& source, const std::string& name, std::optional<Kind> kind,
                   const LoadOptions& options, Extracts& out, bool skip_unrecognised) {
  if (sniff_container(source) == Container::ole) throw InputError(xlsx::ole_problem(source, name));
  xlsx::ZipArchive zip(source, name);
  const xlsx::WorkbookParts parts = xlsx::read_workbook_parts(zip, name);
  if (parts.sheets.empty()) throw InputError(fmt::format("{}: the workbook has no sheets", name));
  xlsx::SharedStrings strings;
  if (!parts.shared_strings.empty()) strings.read(zip, parts.shared_strings, name);
  xlsx::Styles styles;
  if (!parts.styles.empty()) styles.read(zip, parts.styles, name);
  const xlsx::CellContext cells{strings, styles, parts.dates};
  const Workbook book{zip, name, cells, kind, options};

  const std::size_t first = out.files.size();
  for (const xlsx::SheetEntry& sheet : parts.sheets) read_sheet(book, sheet, out);

  // Named on the command line, a workbook must hold a table we know, as a CSV
  // must: else the user would get nothing and only notices.
  if (skip_unrecognised) return;
  std::vector<std::string> reasons;
  for (std::size_t f = first; f < out.files.size(); ++f) {
    if (out.files[f].matched) return;
    reasons.push_back(fmt::format("{}: {}", parts.sheets[f - first].name,
                                  out.files[f].skipped.value_or("not read")));
  }
  throw InputError(fmt::format("{}: no sheet holds {} ({})", name,
                               kind ? fmt::format("a {} extract", kind_name(*kind))
                                    : std::string("an extract"),
                               fmt::join(reasons, "; ")));
}

}  // namespace kpi::extract
