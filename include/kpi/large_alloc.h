// Memory for the run's large arrays (rows, chunk buffers) in the kernel's 2 MB
// pages. Filling fresh memory costs one page fault per page touched, and at
// 4 KB a page a run of a million children took about 90,000 of them: a quarter
// of its time on a virtual machine (docs/benchmarks.md). An array of 16 MB or
// more is mapped on its own, aligned to 2 MB and marked for huge pages
// (madvise(MADV_HUGEPAGE), which Debian's default "madvise" setting honours),
// so it faults once per 2 MB. Smaller arrays come from malloc as usual: they
// are a chunk's buffers, freed and asked for again at once, and the heap
// hands back memory already faulted in (main.cpp keeps glibc from returning it).
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <vector>

namespace kpi {

inline constexpr std::size_t huge_page_bytes = std::size_t{2} << 20;
// Arrays at least this large are mapped in huge pages.
inline constexpr std::size_t large_array_bytes = std::size_t{16} << 20;

void* allocate_large(std::size_t bytes);
void release_large(void* p, std::size_t bytes) noexcept;

template <class T>
struct LargeAllocator {
  using value_type = T;
  LargeAllocator() = default;
  template <class U>
  LargeAllocator(const LargeAllocator<U>&) noexcept {}

  T* allocate(std::size_t n) {
    if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
    return static_cast<T*>(allocate_large(n * sizeof(T)));
  }
  void deallocate(T* p, std::size_t n) noexcept { release_large(p, n * sizeof(T)); }

  template <class U>
  bool operator==(const LargeAllocator<U>&) const noexcept {
    return true;
  }
};

// A vector that may grow large: the rows of an extract kind.
template <class T>
using LargeVector = std::vector<T, LargeAllocator<T>>;

}  // namespace kpi
