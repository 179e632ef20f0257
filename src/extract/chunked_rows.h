// Reading the data rows of one file below its header, in chunks: each chunk is
// read into a part of its own (rows, string pool, messages, reconciliation) on
// one of options.threads threads, and the parts are appended in file order as
// they finish (core/parallel.h). Rows, ids, messages and errors come out as reading the file
// whole on one thread gives them, whatever the number of threads or the size
// of the chunks.
#pragma once

#include "extract/header.h"
#include "extract/lines.h"
#include "kpi/extract.h"

namespace kpi::extract {

// Default chunk size: large enough that a chunk's setup is noise, small enough
// that two threads share a file evenly and a few chunks in flight stay small.
inline constexpr std::size_t default_chunk_bytes = std::size_t{4} << 20;

struct RowsToRead {
  const ByteSource& source;
  const Encoding& encoding;
  const std::string& name;
  const HeaderMatch& header;
  std::uint32_t file;               // index of the file's report in Extracts::files
  std::optional<Kind> kind;         // nullopt: SSD ssd_person (dates of birth)
  std::uint64_t data_start = 0;     // offset of the line after the header
  unsigned first_line = 0;          // its line number
};

// Reads the rows into `out`, counting them in out.files[rows.file]. Throws the
// first InputError in file order (a ragged row, an unclosed quote, a bad line,
// a bad value with --strict), as reading whole would.
void read_rows(const RowsToRead& rows, const LoadOptions& options, Extracts& out);

}  // namespace kpi::extract
