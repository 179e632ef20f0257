// Inflating a workbook's parts with libzip and with minizip (both Debian
// packages), to choose the zip library of src/extract/xlsx/ (issue 13; the
// figures are in docs/extracts.md, "Reading workbooks"). Each library opens
// the workbook, then reads every part through in 64 KiB pieces; best of 5.
//   bash bench/zip_compare.sh [WORKBOOK.xlsx]
#include <minizip/unzip.h>
#include <zip.h>

#include <chrono>
#include <cstdio>
#include <vector>

namespace {

double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

unsigned long long with_libzip(const char* path) {
  int error = 0;
  zip_t* zip = zip_open(path, ZIP_RDONLY, &error);
  if (!zip) return 0;
  std::vector<char> buffer(1 << 16);
  unsigned long long total = 0;
  for (zip_int64_t i = 0, n = zip_get_num_entries(zip, 0); i < n; ++i) {
    zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
    if (!file) continue;
    for (zip_int64_t got; (got = zip_fread(file, buffer.data(), buffer.size())) > 0;) total += got;
    zip_fclose(file);
  }
  zip_discard(zip);
  return total;
}

unsigned long long with_minizip(const char* path) {
  unzFile zip = unzOpen64(path);
  if (!zip) return 0;
  std::vector<char> buffer(1 << 16);
  unsigned long long total = 0;
  for (int more = unzGoToFirstFile(zip); more == UNZ_OK; more = unzGoToNextFile(zip)) {
    if (unzOpenCurrentFile(zip) != UNZ_OK) continue;
    for (int got; (got = unzReadCurrentFile(zip, buffer.data(), buffer.size())) > 0;) total += got;
    unzCloseCurrentFile(zip);  // checks the CRC
  }
  unzClose(zip);
  return total;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: zip_compare WORKBOOK.xlsx\n");
    return 2;
  }
  struct {
    const char* name;
    unsigned long long (*read)(const char*);
  } libs[] = {{"libzip", with_libzip}, {"minizip", with_minizip}};
  for (auto& lib : libs) {
    double best = 1e9;
    unsigned long long bytes = 0;
    for (int run = 0; run < 5; ++run) {
      const double start = now();
      bytes = lib.read(argv[1]);
      best = std::min(best, now() - start);
    }
    std::printf("%-8s %llu bytes inflated in %.3f s (%.0f MB/s)\n", lib.name, bytes, best,
                static_cast<double>(bytes) / best / 1e6);
  }
}
