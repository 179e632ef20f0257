// The referral an assessment is measured from: by id first, then the child's
// latest referral up to the start (Indexes keeps both lookups sorted, so this is
// two binary searches per assessment).
#include "indicator/measured_from.h"

namespace kpi {

MeasuredFrom measured_from(const Assessment& assessment, const Settings& settings,
                           Indexes& indexes) {
  if (!settings.assessment_from_referral) return {assessment.start};
  const auto& referrals = indexes.extracts.referrals;
  if (assessment.referral != no_id) {
    auto linked = rows_with_key(indexes.referrals_by_id(), assessment.referral);
    if (!linked.empty()) return {referrals[linked.front().second].date, true};
  }
  auto own = rows_of_child(indexes.referrals_by_child(), referrals, assessment.child);
  auto after = std::upper_bound(own.begin(), own.end(), assessment.start,
                                [&](Date d, RowIndex i) { return d < referrals[i].date; });
  if (after != own.begin()) return {referrals[*(after - 1)].date, true};
  return {assessment.start};
}

}  // namespace kpi
