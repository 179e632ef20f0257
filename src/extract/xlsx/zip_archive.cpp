#include "extract/xlsx/zip_archive.h"

#include "kpi/error.h"

#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <vector>

namespace kpi::extract::xlsx {

// libzip reads the workbook through this callback, from the ByteSource, so
// that a file is read by position (no copy) and a stream (tests) works alike.
struct ZipArchive::Source {
  const ByteSource& bytes;
  std::uint64_t at = 0;
  zip_error_t error{};
  std::string read_error;  // an InputError of the ByteSource, rethrown by the caller

  static zip_int64_t callback(void* user, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
    auto& s = *static_cast<Source*>(user);
    switch (cmd) {
      case ZIP_SOURCE_OPEN: s.at = 0; return 0;
      case ZIP_SOURCE_CLOSE: return 0;
      case ZIP_SOURCE_FREE: return 0;  // the ZipArchive owns it
      case ZIP_SOURCE_READ:
        try {
          const std::size_t got = s.bytes.read_at(s.at, static_cast<char*>(data), len);
          s.at += got;
          return static_cast<zip_int64_t>(got);
        } catch (const std::exception& e) {
          s.read_error = e.what();
          zip_error_set(&s.error, ZIP_ER_READ, 0);
          return -1;
        }
      case ZIP_SOURCE_STAT: {
        auto* st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, len, &s.error);
        if (!st) return -1;
        zip_stat_init(st);
        st->size = s.bytes.size();
        st->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
      }
      case ZIP_SOURCE_SEEK: {
        const zip_int64_t to = zip_source_seek_compute_offset(
            s.at, s.bytes.size(), data, len, &s.error);
        if (to < 0) return -1;
        s.at = static_cast<std::uint64_t>(to);
        return 0;
      }
      case ZIP_SOURCE_TELL: return static_cast<zip_int64_t>(s.at);
      case ZIP_SOURCE_ERROR: return zip_error_to_data(&s.error, data, len);
      case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL,
                                              ZIP_SOURCE_SUPPORTS, -1);
      default:
        zip_error_set(&s.error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
  }
};

namespace {

// libzip's message, lower-case as ours are ("Zip archive inconsistent").
std::string lower_first(const char* text) {
  std::string s = text ? text : "unknown error";
  const bool word = s.size() > 1 && s[1] >= 'a' && s[1] <= 'z';  // not "CRC error"
  if (word && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

std::string open_problem(int code, zip_error_t* error) {
  switch (code) {
    case ZIP_ER_NOZIP:
      return "the file is damaged or truncated: its zip directory (at the end of an .xlsx) is "
             "missing";
    case ZIP_ER_INCONS:
      return "the file is damaged: its zip directory is inconsistent";
    case ZIP_ER_MEMORY:
      throw std::bad_alloc();
    default:
      return fmt::format("the file is damaged: {}", lower_first(zip_error_strerror(error)));
  }
}

}  // namespace

ZipArchive::ZipArchive(const ByteSource& source, std::string name, ZipLimits limits)
    : name_(std::move(name)), limits_(limits), source_(new Source{source, 0, {}, {}}) {
  zip_error_init(&source_->error);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* zs = zip_source_function_create(&Source::callback, source_, &error);
  if (!zs) {
    zip_error_fini(&error);
    delete source_;
    throw std::bad_alloc();
  }
  archive_ = zip_open_from_source(zs, ZIP_RDONLY, &error);
  if (!archive_) {
    zip_source_free(zs);
    std::string problem = source_->read_error.empty()
                              ? fmt::format("{}: {}", name_, open_problem(zip_error_code_zip(&error), &error))
                              : source_->read_error;
    zip_error_fini(&error);
    zip_error_fini(&source_->error);
    delete source_;
    throw InputError(problem);
  }
  zip_error_fini(&error);
}

ZipArchive::~ZipArchive() {
  zip_discard(archive_);
  zip_error_fini(&source_->error);
  delete source_;
}

bool ZipArchive::contains(const std::string& part) const {
  return zip_name_locate(archive_, part.c_str(), ZIP_FL_NOCASE) >= 0;
}

void ZipArchive::read(const std::string& part, const std::string& where,
                      const std::function<bool(std::string_view)>& sink) {
  auto fail = [&](const std::string& problem) {
    throw InputError(fmt::format("{}: {}: {}", where, part, problem));
  };
  const zip_int64_t index = zip_name_locate(archive_, part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) fail("missing from the workbook");
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0)
    fail(fmt::format("the file is damaged: {}", lower_first(zip_strerror(archive_))));
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
    fail("encrypted: remove the workbook's password in Excel and save it again");
  const std::uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
  const std::uint64_t ratio_cap =
      std::max(limits_.ratio_floor, limits_.max_ratio * std::max<std::uint64_t>(compressed, 1));

  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
      zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0), &zip_fclose);
  if (!file) {
    if (!source_->read_error.empty()) throw InputError(source_->read_error);
    zip_error_t* error = zip_get_error(archive_);
    if (zip_error_code_zip(error) == ZIP_ER_NOPASSWD || zip_error_code_zip(error) == ZIP_ER_ENCRNOTSUPP)
      fail("encrypted: remove the workbook's password in Excel and save it again");
    if (zip_error_code_zip(error) == ZIP_ER_COMPNOTSUPP)
      fail("compressed with a method other than deflate: save the workbook again in Excel");
    fail(fmt::format("the file is damaged: {}", lower_first(zip_error_strerror(error))));
  }
  std::vector<char> buffer(std::size_t{1} << 16);
  std::uint64_t part_bytes = 0;
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer.data(), buffer.size());
    if (got < 0) {
      if (!source_->read_error.empty()) throw InputError(source_->read_error);
      fail(fmt::format("the file is damaged or truncated: {}",
                       lower_first(zip_error_strerror(zip_file_get_error(file.get())))));
    }
    if (got == 0) return;
    part_bytes += static_cast<std::uint64_t>(got);
    inflated_ += static_cast<std::uint64_t>(got);
    if (part_bytes > ratio_cap)
      fail(fmt::format("inflates to more than {} times its compressed size of {} bytes: not read "
                       "(a zip bomb?)",
                       limits_.max_ratio, compressed));
    if (inflated_ > limits_.total_bytes)
      fail(fmt::format("the workbook's parts inflate to more than {}: not read (a zip bomb?)",
                       limits_.total_bytes >= (1 << 20)
                           ? fmt::format("{} MB", limits_.total_bytes >> 20)
                           : fmt::format("{} bytes", limits_.total_bytes)));
    if (!sink(std::string_view(buffer.data(), static_cast<std::size_t>(got)))) return;
  }
}

}  // namespace kpi::extract::xlsx
