// Work on several threads, results used in order: make(i) runs for every i in
// [0, n) on up to `threads` threads, and use(i, result) runs on the calling
// thread for i = 0, 1, 2, ... as each result is ready. What `use` does is
// therefore the same for every number of threads. At most 2 x threads results
// wait to be used, which bounds memory. An exception thrown by make(i) is
// thrown from this call when i's turn comes (make runs on for the others).
#pragma once

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace kpi {

// The number of threads `requested` means: 0 is one per core.
inline unsigned thread_count(unsigned requested) {
  if (requested > 0) return requested;
  return std::max(1u, std::thread::hardware_concurrency());
}

template <class Make, class Use>
void for_each_ordered(std::size_t n, unsigned threads, Make make, Use use) {
  using Result = decltype(make(std::size_t{0}));
  threads = static_cast<unsigned>(std::min<std::size_t>(thread_count(threads), n));
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) use(i, make(i));
    return;
  }
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool done = false;
  };
  std::vector<Slot> slots(n);
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t next = 0, used = 0;
  const std::size_t window = 2 * static_cast<std::size_t>(threads);
  bool stop = false;
  auto work = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stop || next == n || next < used + window; });
        if (stop || next == n) return;
        i = next++;
      }
      Slot slot;
      try {
        slot.result.emplace(make(i));
      } catch (...) {
        slot.error = std::current_exception();
      }
      {
        std::lock_guard lock(mutex);
        slot.done = true;
        slots[i] = std::move(slot);
      }
      changed.notify_all();
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) workers.emplace_back(work);
  auto join = [&] {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    changed.notify_all();
    for (std::thread& worker : workers) worker.join();
  };
  try {
    for (std::size_t i = 0; i < n; ++i) {
      Slot slot;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return slots[i].done; });
        slot = std::move(slots[i]);
        used = i + 1;
      }
      changed.notify_all();
      if (slot.error) std::rethrow_exception(slot.error);
      use(i, std::move(*slot.result));
    }
  } catch (...) {
    join();
    throw;
  }
  join();
}

}  // namespace kpi
