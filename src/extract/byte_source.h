// The bytes of one input, read by position so that chunks of a large file can
// be read by several threads at once: a regular file through pread(), anything
// else (a pipe, a stream in tests) held in memory once.
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <string>

namespace kpi::extract {

class ByteSource {
 public:
  // Opens a file. Throws InputError "<path>: cannot open the file (...)", or
  // "<path>: cannot read the file (...)" when it opens but cannot be read.
  static std::unique_ptr<ByteSource> open_file(const std::string& path);
  // Reads a whole stream (tests, and inputs that are not regular files).
  static std::unique_ptr<ByteSource> of_stream(std::istream& in, const std::string& name);

  virtual ~ByteSource() = default;
  virtual std::uint64_t size() const = 0;
  // Copies the bytes at [offset, offset + n) into `buffer`; fewer only at the
  // end. Throws InputError "<name>: cannot read the file (...)". Safe to call
  // from several threads at once.
  virtual std::size_t read_at(std::uint64_t offset, char* buffer, std::size_t n) const = 0;
};

}  // namespace kpi::extract
