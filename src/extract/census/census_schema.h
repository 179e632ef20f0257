// What csc-kpi reads from a CIN census (the Department for Education's
// Children in Need return, XML, schemas 2021 to 2026): which elements make
// rows of which extract kind, and which of their child elements feed which
// canonical column. docs/extracts.md, "CIN census XML", has the mapping.
#pragma once

#include "kpi/extract.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace kpi::extract::census {

// A leaf element's text feeding a canonical column of its block's kind.
struct Leaf {
  std::string_view element;
  int column;
};

// An element that makes one row of `kind`: CINdetails a referral, Assessments
// an assessment, and so on. Its id is made from the child and its position
// (docs/extracts.md): "<LAchildID>#<n>" for the child's n-th CINdetails, then
// "/<tag><n>" for the n-th block of this element in its parent block.
struct BlockSpec {
  std::string_view element;
  Kind kind;
  std::string_view parent;  // the element of the enclosing block; "" under Child
  std::string_view tag;     // "A" makes ".../A1"; "" for CINdetails ("#1")
  int id_column;
  int child_column;
  int parent_column = -1;   // the enclosing block's id (an assessment's referral_id)
  int dob_column = -1;      // the child's PersonBirthDate
  int self_column = -1;     // the element's own text (CPPreviewDate: one review per date)
  std::span<const Leaf> leaves;
};

std::span<const BlockSpec> blocks();

// What an element name is to the reader. Elements of the schemas that csc-kpi
// does not need (UPN, Ethnicity, ...) are known, and read past in silence; an
// element that is not known at all is reported once (census_reader.cpp).
struct ElementInfo {
  const BlockSpec* block = nullptr;  // the element makes a row
  // As a leaf: the column it feeds in each block kind that has it
  // (DateOfInitialCPC is a leaf of Section47, and read past under CINdetails).
  struct Use {
    const BlockSpec* block;
    int column;
  };
  std::vector<Use> leaf_of;
};
// nullptr for an element that no schema year has.
const ElementInfo* element_info(std::string_view element);

// The kinds a census holds, in the order of their reports in `check`.
std::span<const Kind> census_kinds();

// Leaf values as the census writes them, put in the form the row reader reads:
// an XML date with a time or zone ("2024-05-01T00:00:00", "2024-05-01Z") keeps
// its date; surrounding white space goes.
std::string_view normalise_value(std::string_view text);

}  // namespace kpi::extract::census
