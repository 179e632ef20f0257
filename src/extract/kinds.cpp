// Names of kinds and header families, "kind=path" input specs, and "file:line".
#include "extract/schema.h"
#include "kpi/error.h"
#include "kpi/extract.h"
#include "kpi/suggest.h"

#include <fmt/format.h>

#include <array>

namespace kpi {
namespace {

constexpr std::array<std::string_view, kind_count> kind_names = {
    "contacts",  "referrals", "assessments", "strategy_discussions", "s47_enquiries", "icpcs",
    "cp_plans",  "cin_plans", "cla_episodes", "visits",              "early_help",    "cla_reviews",
    "cp_reviews",
};

}  // namespace

std::string_view kind_name(Kind kind) { return kind_names[static_cast<int>(kind)]; }

std::optional<Kind> parse_kind(std::string_view text) {
  for (int i = 0; i < kind_count; ++i)
    if (kind_names[i] == text) return static_cast<Kind>(i);
  return std::nullopt;
}

std::string_view family_name(HeaderFamily family) {
  switch (family) {
    case HeaderFamily::short_names: return "short";
    case HeaderFamily::ssd: return "ssd";
    case HeaderFamily::annex_a: return "annex-a";
    case HeaderFamily::census: return "cin-census";
  }
  return "";
}

InputSpec parse_input_spec(std::string_view text) {
  auto eq = text.find('=');
  if (eq == std::string_view::npos) return {std::string(text), std::nullopt};
  std::string_view prefix = text.substr(0, eq);
  // Only a word before '=' names a kind; "data/a=b.csv" is a path.
  bool word = !prefix.empty();
  for (char c : prefix)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
      word = false;
  if (!word) return {std::string(text), std::nullopt};
  if (auto kind = parse_kind(prefix)) return {std::string(text.substr(eq + 1)), kind};
  std::vector<std::string_view> names(kind_names.begin(), kind_names.end());
  throw UsageError(fmt::format("unknown extract kind '{}' in '{}'{}", prefix, text,
                               did_you_mean(prefix, names)));
}

bool Extracts::has_column(Kind kind, std::string_view column) const {
  const auto& columns_of = extract::table_of(kind).columns;
  for (std::size_t c = 0; c < columns_of.size(); ++c)
    if (columns_of[c].name == column) return (columns[static_cast<int>(kind)] >> c) & 1u;
  throw std::logic_error(fmt::format("{} has no column '{}'", kind_name(kind), column));
}

std::string Extracts::where(Origin origin) const {
  if (origin.file >= files.size()) return fmt::format("?:{}", origin.line);
  return fmt::format("{}:{}", files[origin.file].file, origin.line);
}

}  // namespace kpi
