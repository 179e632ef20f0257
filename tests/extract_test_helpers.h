// Shared by tests/extract_*_test.cpp: reading CSV text as a named file.
#pragma once

#include "kpi/error.h"
#include "kpi/extract.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

namespace extract_test {

// Reads `csv` as the file `name` (no de-duplication or linking).
inline kpi::Extracts read(const std::string& csv, const std::string& name = "test.csv",
                          std::optional<kpi::Kind> kind = std::nullopt,
                          kpi::LoadOptions options = {}) {
  kpi::Extracts x;
  std::istringstream in(csv);
  kpi::read_extract(in, name, kind, options, x);
  return x;
}

// Reads and finishes several named CSV texts, in order, as one run.
inline kpi::Extracts run(const std::vector<std::pair<std::string, std::string>>& files) {
  kpi::Extracts x;
  for (const auto& [name, csv] : files) {
    std::istringstream in(csv);
    kpi::read_extract(in, name, std::nullopt, {}, x);
  }
  kpi::finish_extracts(x);
  return x;
}

// The message of the InputError that reading `csv` throws ("" when none).
inline std::string read_error(const std::string& csv, const std::string& name = "test.csv",
                              std::optional<kpi::Kind> kind = std::nullopt,
                              kpi::LoadOptions options = {}) {
  try {
    read(csv, name, kind, options);
  } catch (const kpi::InputError& e) {
    return e.what();
  }
  return "";
}

inline std::string day(kpi::Date d) { return kpi::format_date(d); }
inline std::string day(const kpi::MaybeDate& d) { return d ? kpi::format_date(*d) : "none"; }

}  // namespace extract_test
