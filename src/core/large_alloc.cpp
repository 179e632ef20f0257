#include "kpi/large_alloc.h"

#include <cstdint>
#include <cstdlib>
#include <sys/mman.h>

namespace kpi {
namespace {

std::size_t round_up(std::size_t bytes) {
  return (bytes + huge_page_bytes - 1) / huge_page_bytes * huge_page_bytes;
}

}  // namespace

void* allocate_large(std::size_t bytes) {
  if (bytes < large_array_bytes) {
    if (void* p = std::malloc(bytes > 0 ? bytes : 1)) return p;
    throw std::bad_alloc();
  }
  // Map 2 MB more than needed and unmap the ends, so the array starts on a
  // 2 MB boundary: only whole aligned 2 MB ranges can be huge pages.
  const std::size_t size = round_up(bytes);
  void* mapped = ::mmap(nullptr, size + huge_page_bytes, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED) throw std::bad_alloc();
  const auto start = reinterpret_cast<std::uintptr_t>(mapped);
  const std::uintptr_t aligned = (start + huge_page_bytes - 1) / huge_page_bytes * huge_page_bytes;
  if (aligned > start) ::munmap(mapped, aligned - start);
  if (const std::size_t tail = start + huge_page_bytes - aligned; tail > 0)
    ::munmap(reinterpret_cast<void*>(aligned + size), tail);
  // Advice only: without huge pages the array works the same, in 4 KB pages.
  ::madvise(reinterpret_cast<void*>(aligned), size, MADV_HUGEPAGE);
  return reinterpret_cast<void*>(aligned);
}

void release_large(void* p, std::size_t bytes) noexcept {
  if (bytes < large_array_bytes)
    std::free(p);
  else
    ::munmap(p, round_up(bytes));
}

}  // namespace kpi
