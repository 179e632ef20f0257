// The fields of one CSV line, split with fast-cpp-csv-parser's column chopping,
// trimming and quote unescaping (<libfccp/csv.h>, included only by
// csv_fields.cpp). Lines come from lines.h, which reads them in chunks; fccp's
// own LineReader reads a file from its start only, on one thread.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kpi::extract {

// All fields of a line, trimmed and unquoted. False when a quote is not closed.
bool split_all(char* line, std::vector<std::string>& fields);

// Splits a data row (`length` bytes, NUL-terminated) of a header with
// field_columns.size() fields, storing each field that feeds a canonical
// column, trimmed and unquoted, into columns[column] (a view into `line`).
// Returns the number of fields, or -1 for an unclosed quote (a line break
// inside a quoted field). Most rows hold no quote at all: those are split here
// eight bytes at a time, the others by fccp, with the same result.
int split_row(char* line, std::size_t length,
              const std::vector<std::array<std::int8_t, 2>>& field_columns,
              std::string_view* columns);

}  // namespace kpi::extract
