#include "extract/merge_part.h"

#include "extract/reading.h"

namespace kpi::extract {
namespace {

using Translation = StringPool::Translation;

// Every Id field of every row kind (records.h): a field missing here would
// keep the chunk's handle, which tests/extract_chunks_test.cpp would see.
void translate(Translation& t, CaseFields& r) {
  r.team = t(r.team);
  r.worker = t(r.worker);
}
void translate(Translation& t, Contact& r) {
  r.child = t(r.child);
  r.source = t(r.source);
  r.id = t(r.id);
}
void translate(Translation& t, Referral& r) {
  translate(t, static_cast<CaseFields&>(r));
  r.id = t(r.id);
  r.child = t(r.child);
  r.source = t(r.source);
}
void translate(Translation& t, Assessment& r) {
  translate(t, static_cast<CaseFields&>(r));
  r.id = t(r.id);
  r.child = t(r.child);
  r.referral = t(r.referral);
}
void translate(Translation& t, StrategyRow& r) {
  r.discussion = t(r.discussion);
  r.child = t(r.child);
  r.team = t(r.team);
  r.worker = t(r.worker);
}
void translate(Translation& t, S47Enquiry& r) {
  translate(t, static_cast<CaseFields&>(r));
  r.id = t(r.id);
  r.child = t(r.child);
  r.outcome = t(r.outcome);
}
void translate(Translation& t, Icpc& r) {
  r.id = t(r.id);
  r.s47_id = t(r.s47_id);
  r.child = t(r.child);
  r.team = t(r.team);
  r.worker = t(r.worker);
}
void translate(Translation& t, CpPlan& r) {
  translate(t, static_cast<CaseFields&>(r));
  r.id = t(r.id);
  r.child = t(r.child);
  r.initial_category = t(r.initial_category);
}
void translate(Translation& t, CinPlan& r) {
  translate(t, static_cast<CaseFields&>(r));
  r.id = t(r.id);
  r.child = t(r.child);
}
void translate(Translation& t, ClaEpisode& r) {
  translate(t, static_cast<CaseFields&>(r));
  r.id = t(r.id);
  r.child = t(r.child);
}
void translate(Translation& t, Visit& r) {
  r.id = t(r.id);
  r.child = t(r.child);
  r.plan_id = t(r.plan_id);
  r.team = t(r.team);
  r.worker = t(r.worker);
}
void translate(Translation& t, EarlyHelp& r) {
  r.child = t(r.child);
  r.organisation = t(r.organisation);
}
void translate(Translation& t, ClaReview& r) {
  r.child = t(r.child);
  r.cla = t(r.cla);
  r.id = t(r.id);
}
void translate(Translation& t, CpReview& r) {
  r.id = t(r.id);
  r.child_id = t(r.child_id);
  r.plan_id = t(r.plan_id);
}

}  // namespace

void append_part(Extracts& into, Extracts& part, std::optional<Kind> kind) {
  Translation t = into.strings.absorb(part.strings);
  if (!kind) {
    for (auto& [child, birth] : part.person_dates_of_birth)
      into.person_dates_of_birth.emplace_back(t(child), birth);
    return;
  }
  with_rows(part, *kind, [&](auto& rows) {
    using Rows = std::remove_reference_t<decltype(rows)>;
    Rows& all = [&]() -> Rows& {
      Rows* found = nullptr;
      with_rows(into, *kind, [&](auto& mine) {
        if constexpr (std::is_same_v<std::remove_reference_t<decltype(mine)>, Rows>) found = &mine;
      });
      return *found;
    }();
    for (auto& row : rows) {
      translate(t, row);
      all.push_back(row);
    }
  });
}

}  // namespace kpi::extract
