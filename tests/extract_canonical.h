// Everything read from extracts as one text, so that two readings can be
// compared with one equality and a readable diff: every row of every kind with
// every field of include/kpi/records.h (ids and names as text through the
// string pool, dates, flags, origins as "file:line"), every FileReport, the
// coverage and the messages. Shared by tests/extract_chunks_test.cpp and the
// fuzz harness (tests/fuzz/fuzz_extract.cpp), which compare reading a file
// whole with reading it in chunks. Header-only; no doctest.
#pragma once

#include "kpi/error.h"
#include "kpi/extract.h"

#include <fmt/format.h>

#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace extract_canonical {

// One row as "name field=value ...". A field added to a row struct must be
// added here too, or a difference in it goes unseen.
class RowText {
 public:
  RowText(const kpi::Extracts& x, std::string& out, std::string_view kind, std::size_t index)
      : x_(x), out_(out) {
    out_ += fmt::format("{}[{}]", kind, index);
  }
  ~RowText() { out_ += '\n'; }
  RowText(const RowText&) = delete;
  RowText& operator=(const RowText&) = delete;

  RowText& id(std::string_view name, kpi::Id id) {
    return text(name, fmt::format("'{}'", x_.strings.str(id)));
  }
  RowText& day(std::string_view name, kpi::Date d) { return text(name, kpi::format_date(d)); }
  RowText& day(std::string_view name, const kpi::MaybeDate& d) {
    return text(name, d ? kpi::format_date(*d) : "none");
  }
  RowText& flag(std::string_view name, kpi::Flag f) {
    return text(name, f == kpi::Flag::yes ? "Y" : f == kpi::Flag::no ? "N" : "?");
  }
  RowText& number(std::string_view name, long n) { return text(name, std::to_string(n)); }
  RowText& index(std::string_view name, kpi::RowIndex i) {
    return text(name, i == kpi::no_row ? "none" : std::to_string(i));
  }
  RowText& origin(kpi::Origin o) { return text("at", x_.where(o)); }
  RowText& case_fields(const kpi::CaseFields& c) {
    return day("date_of_birth", c.date_of_birth).id("team", c.team).id("worker", c.worker);
  }
  RowText& text(std::string_view name, const std::string& value) {
    out_ += fmt::format(" {}={}", name, value);
    return *this;
  }

 private:
  const kpi::Extracts& x_;
  std::string& out_;
};

inline std::string canonical(const kpi::Extracts& x) {
  std::string out;
  for (std::size_t i = 0; i < x.contacts.size(); ++i) {
    const kpi::Contact& r = x.contacts[i];
    RowText(x, out, "contacts", i).origin(r.origin).id("id", r.id).id("child", r.child)
        .day("date", r.date).id("source", r.source);
  }
  for (std::size_t i = 0; i < x.referrals.size(); ++i) {
    const kpi::Referral& r = x.referrals[i];
    RowText(x, out, "referrals", i).origin(r.origin).id("id", r.id).id("child", r.child)
        .day("date", r.date).id("source", r.source).flag("nfa", r.nfa)
        .number("previous_referrals_12m", r.previous_referrals_12m).case_fields(r);
  }
  for (std::size_t i = 0; i < x.assessments.size(); ++i) {
    const kpi::Assessment& r = x.assessments[i];
    RowText(x, out, "assessments", i).origin(r.origin).id("id", r.id).id("child", r.child)
        .id("referral", r.referral).day("start", r.start).day("authorised", r.authorised)
        .number("outcome", static_cast<int>(r.outcome)).flag("child_seen", r.child_seen)
        .case_fields(r);
  }
  for (std::size_t i = 0; i < x.strategy_rows.size(); ++i) {
    const kpi::StrategyRow& r = x.strategy_rows[i];
    RowText(x, out, "strategy_rows", i).origin(r.origin).id("discussion", r.discussion)
        .id("child", r.child).day("date", r.date).flag("social_care", r.social_care)
        .flag("police", r.police).flag("health", r.health).flag("education", r.education)
        .flag("other_agency", r.other_agency).flag("s47_initiated", r.s47_initiated)
        .id("team", r.team).id("worker", r.worker);
  }
  for (std::size_t i = 0; i < x.s47_enquiries.size(); ++i) {
    const kpi::S47Enquiry& r = x.s47_enquiries[i];
    RowText(x, out, "s47_enquiries", i).origin(r.origin).id("id", r.id).id("child", r.child)
        .day("start", r.start).day("end", r.end).flag("icpc_not_required", r.icpc_not_required)
        .day("icpc_date", r.icpc_date).flag("icpc_result_cp_plan", r.icpc_result_cp_plan)
        .id("outcome", r.outcome).case_fields(r);
  }
  for (std::size_t i = 0; i < x.icpcs.size(); ++i) {
    const kpi::Icpc& r = x.icpcs[i];
    RowText(x, out, "icpcs", i).origin(r.origin).id("id", r.id).id("s47_id", r.s47_id)
        .id("child", r.child).day("date", r.date).flag("result_cp_plan", r.result_cp_plan)
        .flag("transfer_in", r.transfer_in).id("team", r.team).id("worker", r.worker)
        .index("s47", r.s47);
  }
  for (std::size_t i = 0; i < x.cp_plans.size(); ++i) {
    const kpi::CpPlan& r = x.cp_plans[i];
    RowText(x, out, "cp_plans", i).origin(r.origin).id("id", r.id).id("child", r.child)
        .day("start", r.start).day("end", r.end).number("previous_plans", r.previous_plans)
        .id("initial_category", r.initial_category).day("last_visit", r.last_visit)
        .case_fields(r);
  }
  for (std::size_t i = 0; i < x.cin_plans.size(); ++i) {
    const kpi::CinPlan& r = x.cin_plans[i];
    RowText(x, out, "cin_plans", i).origin(r.origin).id("id", r.id).id("child", r.child)
        .day("start", r.start).day("end", r.end).day("last_seen", r.last_seen).case_fields(r);
  }
  for (std::size_t i = 0; i < x.cla_episodes.size(); ++i) {
    const kpi::ClaEpisode& r = x.cla_episodes[i];
    RowText(x, out, "cla_episodes", i).origin(r.origin).id("id", r.id).id("child", r.child)
        .day("start", r.start).day("end", r.end).day("placement_start", r.placement_start)
        .day("iha_date", r.iha_date).day("last_visit", r.last_visit).case_fields(r);
  }
  for (std::size_t i = 0; i < x.visits.size(); ++i) {
    const kpi::Visit& r = x.visits[i];
    RowText(x, out, "visits", i).origin(r.origin).id("id", r.id).id("child", r.child)
        .day("date", r.date).number("type", static_cast<int>(r.type)).id("plan_id", r.plan_id)
        .flag("seen", r.seen).flag("seen_alone", r.seen_alone).id("team", r.team)
        .id("worker", r.worker).number("link", static_cast<int>(r.link)).index("plan", r.plan);
  }
  for (std::size_t i = 0; i < x.early_help.size(); ++i) {
    const kpi::EarlyHelp& r = x.early_help[i];
    RowText(x, out, "early_help", i).origin(r.origin).id("child", r.child)
        .day("start", r.start).day("end", r.end).id("organisation", r.organisation);
  }
  for (std::size_t i = 0; i < x.cla_reviews.size(); ++i) {
    const kpi::ClaReview& r = x.cla_reviews[i];
    RowText(x, out, "cla_reviews", i).origin(r.origin).id("id", r.id).id("child", r.child)
        .id("cla", r.cla).day("date", r.date).number("participation", r.participation);
  }
  for (std::size_t i = 0; i < x.cp_reviews.size(); ++i) {
    const kpi::CpReview& r = x.cp_reviews[i];
    RowText(x, out, "cp_reviews", i).origin(r.origin).id("id", r.id).id("child_id", r.child_id)
        .id("plan_id", r.plan_id).day("review_date", r.review_date)
        .number("link", static_cast<int>(r.link)).index("plan", r.plan);
  }
  for (std::size_t i = 0; i < x.person_dates_of_birth.size(); ++i) {
    const auto& [child, birth] = x.person_dates_of_birth[i];
    RowText(x, out, "person_dates_of_birth", i).id("child", child).day("date_of_birth", birth);
  }

  auto maybe = [](const auto& value) -> std::string {
    if (!value) return "none";
    return fmt::format("'{}'", *value);
  };
  for (std::size_t i = 0; i < x.files.size(); ++i) {
    const kpi::FileReport& f = x.files[i];
    out += fmt::format(
        "file[{}] '{}' kind={} matched={} rows={} used={} first={} last={} coverage_end={} "
        "error={} skipped={} used_for={}\n",
        i, f.file, f.kind ? kpi::kind_name(*f.kind) : "none",
        f.matched ? kpi::family_name(*f.matched) : "none", f.rows, f.used,
        f.first_date ? kpi::format_date(*f.first_date) : "none",
        f.last_date ? kpi::format_date(*f.last_date) : "none",
        f.coverage_end ? kpi::format_date(*f.coverage_end) : "none", maybe(f.error),
        maybe(f.skipped), maybe(f.used_for));
    for (const auto& [reason, n] : f.excluded)
      out += fmt::format("file[{}] excluded '{}' {}\n", i, reason, n);
    for (const auto& [finding, n] : f.findings)
      out += fmt::format("file[{}] finding '{}' {}\n", i, finding, n);
  }
  for (int k = 0; k < kpi::kind_count; ++k) {
    const auto kind = static_cast<kpi::Kind>(k);
    if (x.has_kind(kind)) out += fmt::format("has {}\n", kpi::kind_name(kind));
    if (const auto& c = x.coverage.of(kind))
      out += fmt::format("coverage {} {}..{} end {} outliers {}\n", kpi::kind_name(kind),
                         kpi::format_date(c->first), kpi::format_date(c->last),
                         kpi::format_date(c->end), c->outliers);
  }
  if (x.coverage.extract_date)
    out += fmt::format("extract date {}\n", kpi::format_date(*x.coverage.extract_date));
  for (const std::string& message : x.messages) out += "message: " + message + "\n";
  return out;
}

// Reads the files of a run, (name, text) in order, with `options` and finishes
// them (de-duplication, linking, dates): canonical() of the result, or
// "error: " and the InputError's text when reading throws (a file that fails
// is taken back out of a run, so what was read before the error is of no use).
inline std::string read_canonical(const std::vector<std::pair<std::string, std::string>>& files,
                                  const kpi::LoadOptions& options,
                                  std::optional<kpi::Kind> kind = std::nullopt) {
  kpi::Extracts x;
  for (const auto& [name, text] : files) {
    std::istringstream in(text);
    try {
      kpi::read_extract(in, name, kind, options, x);
    } catch (const kpi::InputError& e) {
      return std::string("error: ") + e.what();
    }
  }
  kpi::finish_extracts(x);
  return canonical(x);
}

}  // namespace extract_canonical
