// One <Child> of a CIN census, collected whole (a child's elements are few and
// its ids depend on them all), then written as rows of the census's kinds
// through the same row builders as a CSV's rows.
#pragma once

#include "extract/census/census_schema.h"
#include "extract/header.h"
#include "extract/row_reader.h"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace kpi::extract::census {

struct Position {
  unsigned line = 0, column = 0;
};

// How many blocks of each BlockSpec (by its index in blocks()) a block or the
// child holds so far: the next one's ordinal.
using BlockCounts = std::array<int, 8>;

// An element that makes a row, with the text of its leaves.
struct CollectedBlock {
  const BlockSpec* spec;
  Position at;
  int parent;   // index of the enclosing block, -1 directly under Child
  int ordinal;  // 1 for the first such element in its parent (or in the child)
  std::array<std::string, max_columns> values{};
  BlockCounts inner{};
};

struct CollectedChild {
  Position at;
  std::string child_id, date_of_birth;
  std::vector<CollectedBlock> blocks;
  BlockCounts top{};      // blocks directly under <Child>
  std::size_t bytes = 0;  // of text and blocks held, against census_reader.cpp's limit
};

// Writes children's rows into `out`, counted in one FileReport per kind of
// census_kinds(), which the constructor appends to out.files.
class CensusRows {
 public:
  CensusRows(const std::string& name, const LoadOptions& options, Extracts& out);
  void write(const CollectedChild& child);
  // After the last child: the "N more messages" line of a kind past the cap.
  void finish(Extracts& out);

 private:
  struct KindRows {
    HeaderMatch header;
    std::unique_ptr<RowReader> reader;
  };
  KindRows& rows_of(Kind kind) { return rows_[static_cast<int>(kind)]; }

  std::array<KindRows, kind_count> rows_;
  std::vector<std::string> ids_;  // of the child's blocks, reused
};

}  // namespace kpi::extract::census
