#include "extract/byte_source.h"

#include "kpi/error.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>

namespace kpi::extract {
namespace {

class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string bytes) : bytes_(std::move(bytes)) {}
  std::uint64_t size() const override { return bytes_.size(); }
  std::size_t read_at(std::uint64_t offset, char* buffer, std::size_t n) const override {
    if (offset >= bytes_.size()) return 0;
    n = std::min<std::size_t>(n, bytes_.size() - offset);
    std::memcpy(buffer, bytes_.data() + offset, n);
    return n;
  }

 private:
  std::string bytes_;
};

class FileSource : public ByteSource {
 public:
  FileSource(int fd, std::uint64_t size, std::string path)
      : fd_(fd), size_(size), path_(std::move(path)) {}
  ~FileSource() override { ::close(fd_); }
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  std::uint64_t size() const override { return size_; }
  std::size_t read_at(std::uint64_t offset, char* buffer, std::size_t n) const override {
    std::size_t done = 0;
    while (done < n) {
      ssize_t got = ::pread(fd_, buffer + done, n - done, static_cast<off_t>(offset + done));
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) throw cannot_read(path_, errno);
      if (got == 0) break;  // the file shrank while being read: its end is here
      done += static_cast<std::size_t>(got);
    }
    return done;
  }

  static InputError cannot_read(const std::string& path, int error) {
    return InputError(fmt::format("{}: cannot read the file ({})", path, errno_text(error)));
  }

 private:
  int fd_;
  std::uint64_t size_;
  std::string path_;
};

}  // namespace

std::unique_ptr<ByteSource> ByteSource::open_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    throw InputError(fmt::format("{}: cannot open the file ({})", path, errno_text(errno)));
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    int error = errno;
    ::close(fd);
    throw FileSource::cannot_read(path, error);
  }
  if (S_ISDIR(info.st_mode)) {
    ::close(fd);
    throw FileSource::cannot_read(path, EISDIR);
  }
  if (S_ISREG(info.st_mode))
    return std::make_unique<FileSource>(fd, static_cast<std::uint64_t>(info.st_size), path);
  // A pipe or a device has no size to chunk by: read it whole, once.
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      int error = errno;
      ::close(fd);
      throw FileSource::cannot_read(path, error);
    }
    if (got == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(got));
  }
  ::close(fd);
  return std::make_unique<MemorySource>(std::move(bytes));
}

std::unique_ptr<ByteSource> ByteSource::of_stream(std::istream& in, const std::string& name) {
  std::string bytes(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) throw InputError(fmt::format("{}: cannot read the file", name));
  return std::make_unique<MemorySource>(std::move(bytes));
}

}  // namespace kpi::extract
