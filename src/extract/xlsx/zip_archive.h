// The zip container of a workbook, through libzip (docs/extracts.md, "Reading
// workbooks", says why libzip): parts are found by name in the central
// directory and inflated as a stream, never whole, with limits on what they
// inflate to, so that a zip bomb stops early with an error instead of filling
// the memory or the time.
#pragma once

#include "extract/byte_source.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

typedef struct zip zip_t;

namespace kpi::extract::xlsx {

struct ZipLimits {
  // All parts read from one workbook, inflated.
  std::uint64_t total_bytes = std::uint64_t{1} << 30;
  // A part may inflate to at most this many times its compressed size, once
  // past `ratio_floor` bytes (Apache POI's default: 100). Sheet XML compresses
  // 10 to 30 times; a zip bomb about a thousand times.
  std::uint64_t max_ratio = 100;
  std::uint64_t ratio_floor = std::uint64_t{1} << 20;
};

class ZipArchive {
 public:
  // Opens the container. Throws InputError "<name>: ..." when it is no zip, is
  // truncated or damaged.
  ZipArchive(const ByteSource& source, std::string name, ZipLimits limits = {});
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // Whether the part exists (names compared without case, as OPC says).
  bool contains(const std::string& part) const;

  // Inflates the part and hands it to `sink` piece by piece; `sink` returns
  // false to stop reading. Errors (a missing, encrypted or damaged part, a
  // limit passed) are InputError "<where>: <part>: ...".
  void read(const std::string& part, const std::string& where,
            const std::function<bool(std::string_view)>& sink);

 private:
  struct Source;
  std::string name_;
  ZipLimits limits_;
  std::uint64_t inflated_ = 0;
  Source* source_ = nullptr;  // owned by archive_ once opened
  zip_t* archive_ = nullptr;
};

}  // namespace kpi::extract::xlsx
