// The rows of every extract kind, after reading, de-duplication and linking.
// Rows are compact: identifiers are interned (kpi::Id), optional dates are
// std::optional<Date>, flags are three-valued. Every row remembers where it came
// from (file index and line) so that any figure can be explained case by case.
// A new Id field must also be translated in src/extract/merge_part.cpp, where
// chunks of a file join the run (tests/extract_chunks_test.cpp fails otherwise).
#pragma once

#include "kpi/date.h"
#include "kpi/strings.h"

#include <cstdint>
#include <limits>
#include <optional>

namespace kpi {

using MaybeDate = std::optional<Date>;

// Y/N flags; unknown is "not recorded" (blank, NULL, #N/A, or an invalid value,
// which is also reported as a data-quality finding).
enum class Flag : std::uint8_t { unknown, yes, no };

// Index of a row in one of Extracts' vectors, or none.
using RowIndex = std::uint32_t;
inline constexpr RowIndex no_row = std::numeric_limits<RowIndex>::max();

// Where a row was read: Extracts::files[file], 1-based physical line number.
struct Origin {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
};

// Shared by the kinds that carry them (age bands and team/worker breakdowns).
struct CaseFields {
  MaybeDate date_of_birth;
  Id team = no_id;
  Id worker = no_id;
};

struct Contact {
  Id child = no_id;
  Date date;
  Id source = no_id;
  Origin origin;
  Id id = no_id;  // contact_id (SSD cont_contact_id), for de-duplication; often absent
};

struct Referral : CaseFields {
  Id id = no_id;
  Id child = no_id;
  Date date;
  Id source = no_id;
  Flag nfa = Flag::unknown;
  std::int16_t previous_referrals_12m = -1;  // -1: not recorded
  Origin origin;
};

enum class AssessmentOutcome : std::uint8_t { not_recorded, nfa, cin, other };

struct Assessment : CaseFields {
  Id id = no_id;
  Id child = no_id;
  Id referral = no_id;  // referral_id as written; see linking in Extracts
  Date start;
  MaybeDate authorised;
  AssessmentOutcome outcome = AssessmentOutcome::not_recorded;
  Flag child_seen = Flag::unknown;
  Origin origin;
};

// One row per child in a discussion; the agency flags describe the discussion.
struct StrategyRow {
  Id discussion = no_id;
  Id child = no_id;
  Date date;
  Flag social_care = Flag::unknown;
  Flag police = Flag::unknown;
  Flag health = Flag::unknown;
  Flag education = Flag::unknown;
  Flag other_agency = Flag::unknown;
  Flag s47_initiated = Flag::unknown;
  Id team = no_id;
  Id worker = no_id;
  Origin origin;
};

struct S47Enquiry : CaseFields {
  Id id = no_id;
  Id child = no_id;
  Date start;  // the strategy discussion that initiated it
  MaybeDate end;
  Flag icpc_not_required = Flag::unknown;
  MaybeDate icpc_date;  // filled from a linked ICPC row when blank here
  Flag icpc_result_cp_plan = Flag::unknown;
  Id outcome = no_id;  // free text as written (e.g. "cin", "cp", "nfa")
  Origin origin;
};

struct Icpc {
  Id id = no_id;
  Id s47_id = no_id;
  Id child = no_id;
  Date date;
  Flag result_cp_plan = Flag::unknown;
  Flag transfer_in = Flag::unknown;
  Id team = no_id;
  Id worker = no_id;
  RowIndex s47 = no_row;  // linked S47Enquiry (by s47_id, else the child's latest starting on or before)
  Origin origin;
};

struct CpPlan : CaseFields {
  Id id = no_id;
  Id child = no_id;
  Date start;
  MaybeDate end;
  std::int16_t previous_plans = -1;  // -1: not recorded
  Id initial_category = no_id;
  MaybeDate last_visit;  // Annex A "Date of the Last Statutory Visit"
  Origin origin;
};

struct CinPlan : CaseFields {
  Id id = no_id;
  Id child = no_id;
  Date start;
  MaybeDate end;
  MaybeDate last_seen;  // Annex A "Date Child Was Last Seen"
  Origin origin;
};

struct ClaEpisode : CaseFields {
  Id id = no_id;
  Id child = no_id;
  Date start;
  MaybeDate end;
  MaybeDate placement_start;
  MaybeDate iha_date;
  MaybeDate last_visit;
  Origin origin;
};

enum class VisitType : std::uint8_t { cp, cin, cla };

// How a visit (or a CP review) was tied to a plan (CP/CiN plan or CLA episode
// of its type).
enum class VisitLink : std::uint8_t {
  in_plan,       // plan names the plan the visit belongs to
  outside_plan,  // its plan (named by plan_id, or the only candidate) does not cover the date
  no_plan,       // no plan of its type for the child at all, or plan_id names none
};

// The one-byte fields come last, together: a region has millions of visits,
// and 40 bytes a row rather than 48 with padding between the fields.
struct Visit {
  Id id = no_id;
  Id child = no_id;
  Date date;
  Id plan_id = no_id;
  Id team = no_id;
  Id worker = no_id;
  // Index into cp_plans, cin_plans or cla_episodes by type. A visit read with a
  // plan_id and no child_id (SSD visit tables of some systems) takes the
  // plan's child here; one whose plan is not found is excluded.
  RowIndex plan = no_row;
  Origin origin;
  VisitType type = VisitType::cp;
  Flag seen = Flag::unknown;  // yes when the file has no seen column
  Flag seen_alone = Flag::unknown;
  VisitLink link = VisitLink::no_plan;
};

struct EarlyHelp {
  Id child = no_id;
  Date start;
  MaybeDate end;
  Id organisation = no_id;
  Origin origin;
};

struct ClaReview {
  Id child = no_id;
  Id cla = no_id;  // the episode
  Date date;
  std::int8_t participation = -1;  // 0..7 for PN0..PN7, -1 not recorded
  Origin origin;
  Id id = no_id;  // review_id (SSD clar_cla_review_id), for de-duplication; often absent
};

// A child protection review conference (SSD ssd_cp_reviews, the census's
// CPPreviewDate). The names follow the columns (child_id, review_date): other
// readers (the CIN census) append these rows directly and finish_extracts
// links them. A review without a plan_id belongs to the child's CP plan open on
// its date; one without a child_id takes its plan's child.
struct CpReview {
  Id id = no_id;  // review_id
  Id child_id = no_id;
  Id plan_id = no_id;
  Date review_date;
  Origin origin;
  RowIndex plan = no_row;  // linked CpPlan (finish_extracts)
  VisitLink link = VisitLink::no_plan;
};

}  // namespace kpi
