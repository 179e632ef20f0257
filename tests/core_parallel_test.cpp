// core/parallel.h (results used in order whatever the threads) and
// core/flat_map.h (the map behind de-duplication and linking).
#include "core/flat_map.h"
#include "core/parallel.h"

#include <doctest/doctest.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

TEST_SUITE("core") {

TEST_CASE("for_each_ordered: results are used in order of i for every number of threads") {
  for (unsigned threads : {0u, 1u, 2u, 3u, 8u}) {
    std::vector<std::size_t> used;
    kpi::for_each_ordered(
        100, threads,
        [](std::size_t i) {
          // Later items finish first: the order of use must not follow finishing.
          if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
          return std::to_string(i * i);
        },
        [&](std::size_t i, std::string square) {
          CHECK(square == std::to_string(i * i));
          used.push_back(i);
        });
    std::vector<std::size_t> expected(100);
    for (std::size_t i = 0; i < expected.size(); ++i) expected[i] = i;
    CHECK(used == expected);
  }
  int calls = 0;
  kpi::for_each_ordered(0, 2, [](std::size_t) { return 1; }, [&](std::size_t, int) { ++calls; });
  CHECK(calls == 0);
}

TEST_CASE("for_each_ordered: an exception reaches the caller at its item's turn") {
  for (unsigned threads : {1u, 2u, 4u}) {
    std::vector<std::size_t> used;
    auto run = [&] {
      kpi::for_each_ordered(
          50, threads,
          [](std::size_t i) {
            if (i == 17 || i == 30) throw std::runtime_error("item " + std::to_string(i));
            return i;
          },
          [&](std::size_t i, std::size_t) { used.push_back(i); });
    };
    CHECK_THROWS_WITH_AS(run(), "item 17", std::runtime_error);
    CHECK(used.size() == 17);  // 0..16 used, then the first failure in order
  }
}

TEST_CASE("FlatMap: keys keep their values through growth; absent keys are absent") {
  kpi::FlatMap<std::uint32_t> map;  // starts small: 100,000 keys grow it many times
  int not_new = 0;
  for (std::uint64_t k = 1; k <= 100000; ++k) {
    auto [value, inserted] = map.try_emplace(k * 0x100000001ull, static_cast<std::uint32_t>(k));
    not_new += !inserted || *value != k;
  }
  CHECK(not_new == 0);
  CHECK(map.size() == 100000);
  int wrong = 0;
  for (std::uint64_t k = 1; k <= 100000; ++k) {
    const std::uint32_t* value = map.find(k * 0x100000001ull);
    wrong += !value || *value != k;
  }
  CHECK(wrong == 0);
  auto [value, inserted] = map.try_emplace(5 * 0x100000001ull, 99);  // present: kept
  CHECK_FALSE(inserted);
  CHECK(*value == 5);
  CHECK(map.find(0) == nullptr);
  CHECK(map.find(100001 * 0x100000001ull) == nullptr);
  map[7] += 3;  // new key, default value 0
  CHECK(*map.find(7) == 3);
}

}  // TEST_SUITE
