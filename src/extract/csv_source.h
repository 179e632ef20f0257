// Lines and fields of one CSV file, read once and streamed with
// fast-cpp-csv-parser (<libfccp/csv.h>, included only by csv_source.cpp).
//
// fccp's CSVReader wants the column names at compile time and reads the header
// from the first line; our header may sit below a title row and its names are
// only known after recognition. So this uses fccp's lower-level pieces: its
// LineReader (buffered, read-ahead on a thread, BOM and CRLF handling) and its
// column chopping, trimming and quote unescaping, with our own loop over fields
// so that a ragged row can say how many fields it has. Every line is checked to
// be UTF-8 (or transcoded from Windows-1252) before it is split.
#pragma once

#include <array>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kpi::extract {

class CsvSource {
 public:
  // Reads a stream (tests); `name` is used in messages.
  CsvSource(std::istream& in, std::string name, bool windows_1252);
  // Opens a file. Throws InputError "<path>: cannot open the file (...)".
  CsvSource(const std::string& path, bool windows_1252);
  ~CsvSource();
  CsvSource(const CsvSource&) = delete;
  CsvSource& operator=(const CsvSource&) = delete;

  // The next line without its line end, or nullptr at the end of the file.
  // Throws InputError "name:line: invalid UTF-8 byte 0x96 (...)" and for lines
  // longer than the parser's limit. `blank` tells a line of only spaces, tabs
  // and commas (Excel's empty rows).
  char* next_line(bool& blank);
  unsigned line() const;  // 1-based number of the line last returned
  const std::string& name() const { return name_; }
  // Bytes of the lines returned so far (line ends counted as one byte).
  std::size_t bytes() const { return bytes_; }

  // All fields of a line, trimmed and unquoted. False when a quote is not closed.
  static bool split_all(char* line, std::vector<std::string>& fields);

  // Splits a data row of a header with field_columns.size() fields, storing each
  // field that feeds a canonical column, trimmed and unquoted, into
  // columns[column] (a view into `line`). Returns the number of fields. Throws
  // InputError for an unclosed quote (a line break inside a quoted field).
  int split_row(char* line, const std::vector<std::array<std::int8_t, 2>>& field_columns,
                std::string_view* columns);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string name_;
  std::size_t bytes_ = 0;
};

}  // namespace kpi::extract
