// The columns of every extract kind and the names each header family gives them.
//
// A "table" is what a header can be recognised as: one of the kinds, or a
// format we know but do not use (Annex A lists 9 to 11, SSD tables such as
// ssd_legal_status), which a folder skips with a notice. Each table has canonical
// columns (the SPEC's short names, in a fixed order that the row builders index
// with the enums below); each canonical column has aliases in three families:
// the short name itself, SSD field names and Annex A headers.
#pragma once

#include "kpi/extract.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace kpi::extract {

// How an alias's values are read when it differs from the short column's.
enum class Variant : std::uint8_t {
  plain,
  requiring_support,  // Annex A "requiring LA children's social care support": Y -> cin, N -> nfa
  nfa_flag,           // SSD *_nfa flags used as an outcome: Y -> nfa, N -> cin / further action
  implies_cp,         // SSD visit tables: the table says the visit type
  implies_cin,
  implies_cla,
};

struct Alias {
  std::string_view name;  // as the format writes it; matched after normalise_header_name
  HeaderFamily family;
  Variant variant = Variant::plain;
  // Used only when no primary alias of the same column is in the header (and
  // then never a duplicate-column error): e.g. SSD clae_cla_episode_start_date
  // is the placement start, and the start of care only when
  // clae_entered_care_date is absent.
  bool fallback = false;
};

struct ColumnSpec {
  std::string_view name;  // canonical short name, used in reasons ("invalid start_date")
  bool required = false;
  std::span<const Alias> aliases;  // besides the short name itself
};

struct TableSpec {
  std::string_view name;       // kind name, or e.g. "Annex A List 9 (care leavers)"
  std::optional<Kind> kind;    // nullopt: recognised but not used, unless used_for
  std::span<const ColumnSpec> columns;
  std::string_view used_for = {};  // a table read for other kinds' sake (ssd_person)
};

// Every table: the kinds first (index = static_cast<int>(Kind)), then the
// recognised-but-unused ones.
std::span<const TableSpec> tables();
const TableSpec& table_of(Kind kind);

// Canonical column indices per kind, in the order of the tables' columns.
namespace col {
namespace contacts { enum : std::uint8_t { contact_id, child_id, contact_date, contact_source, count }; }
namespace referrals {
enum : std::uint8_t {
  referral_id, child_id, referral_date, referral_source, nfa, date_of_birth, team, worker,
  previous_referrals_12m, count
};
}
namespace assessments {
enum : std::uint8_t {
  assessment_id, child_id, referral_id, start_date, authorised_date, outcome, child_seen,
  date_of_birth, team, worker, count
};
}
namespace strategy {
enum : std::uint8_t {
  discussion_id, child_id, discussion_date, social_care, police, health, education,
  other_agency, s47_initiated, team, worker, count
};
}
namespace s47 {
enum : std::uint8_t {
  s47_id, child_id, start_date, end_date, icpc_not_required, icpc_date, icpc_result_cp_plan,
  outcome, date_of_birth, team, worker, count
};
}
namespace icpcs {
enum : std::uint8_t {
  icpc_id, s47_id, child_id, icpc_date, result_cp_plan, transfer_in, team, worker, count
};
}
namespace cp_plans {
enum : std::uint8_t {
  plan_id, child_id, start_date, end_date, previous_plans, initial_category, date_of_birth,
  last_visit_date, team, worker, count
};
}
namespace cin_plans {
enum : std::uint8_t {
  plan_id, child_id, start_date, end_date, last_seen_date, date_of_birth, team, worker, count
};
}
namespace cla_episodes {
enum : std::uint8_t {
  episode_id, child_id, start_date, end_date, placement_start, iha_date, last_visit_date,
  date_of_birth, team, worker, count
};
}
namespace visits {
enum : std::uint8_t {
  visit_id, child_id, visit_date, visit_type, plan_id, seen, seen_alone, team, worker, count
};
}
namespace early_help { enum : std::uint8_t { child_id, start_date, end_date, organisation, count }; }
namespace cla_reviews {
enum : std::uint8_t { review_id, child_id, cla_id, review_date, participation, cancelled, count };
}
namespace cp_reviews { enum : std::uint8_t { review_id, child_id, plan_id, review_date, count }; }
namespace persons { enum : std::uint8_t { person_id, date_of_birth, expected_date_of_birth, count }; }
}  // namespace col

// The most canonical columns any table has (the row builders' field array size).
inline constexpr int max_columns = 12;

// The column holding each kind's main date (for first/last dates and messages).
int main_date_column(Kind kind);

}  // namespace kpi::extract
