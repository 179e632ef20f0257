#include "indicator/indexes.h"

#include "kpi/error.h"

namespace kpi {

const std::vector<RowIndex>& Indexes::referrals_by_child() {
  if (!referrals_)
    referrals_ = sort_by_child(extracts.referrals, [](const Referral& r) { return r.date; });
  return *referrals_;
}

const std::vector<RowIndex>& Indexes::assessments_by_child() {
  if (!assessments_)
    assessments_ = sort_by_child(extracts.assessments, [](const Assessment& r) { return r.start; });
  return *assessments_;
}

const std::vector<RowIndex>& Indexes::cp_plans_by_child() {
  if (!cp_plans_)
    cp_plans_ = sort_by_child(extracts.cp_plans, [](const CpPlan& r) { return r.start; });
  return *cp_plans_;
}

const std::vector<RowIndex>& Indexes::cin_plans_by_child() {
  if (!cin_plans_)
    cin_plans_ = sort_by_child(extracts.cin_plans, [](const CinPlan& r) { return r.start; });
  return *cin_plans_;
}

const std::vector<RowIndex>& Indexes::cla_by_child() {
  if (!cla_)
    cla_ = sort_by_child(extracts.cla_episodes, [](const ClaEpisode& r) { return r.start; });
  return *cla_;
}

const std::vector<std::pair<Id, RowIndex>>& Indexes::referrals_by_id() {
  if (!referral_ids_) {
    std::vector<std::pair<Id, RowIndex>> index;
    for (RowIndex i = 0; i < extracts.referrals.size(); ++i)
      if (extracts.referrals[i].id != no_id) index.emplace_back(extracts.referrals[i].id, i);
    std::sort(index.begin(), index.end());
    referral_ids_ = std::move(index);
  }
  return *referral_ids_;
}

const std::vector<std::pair<Id, RowIndex>>& Indexes::assessments_by_referral_id() {
  if (!assessment_referral_ids_) {
    const auto& rows = extracts.assessments;
    std::vector<std::pair<Id, RowIndex>> index;
    std::vector<RowIndex> order;
    for (RowIndex i = 0; i < rows.size(); ++i)
      if (rows[i].referral != no_id) order.push_back(i);
    order = order_rows(std::move(order),
                       [&](RowIndex i) { return std::pair{rows[i].referral, rows[i].start}; });
    for (RowIndex i : order) index.emplace_back(rows[i].referral, i);
    assessment_referral_ids_ = std::move(index);
  }
  return *assessment_referral_ids_;
}

const std::vector<RowIndex>& Indexes::seen_visits_by_plan(VisitType type) {
  auto& slot = visits_[static_cast<size_t>(type)];
  if (!slot) {
    const auto& rows = extracts.visits;
    std::vector<RowIndex> order;
    for (RowIndex i = 0; i < rows.size(); ++i) {
      const Visit& v = rows[i];
      if (v.type == type && v.seen == Flag::yes && v.link == VisitLink::in_plan && v.plan != no_row)
        order.push_back(i);
    }
    slot = order_rows(std::move(order),
                      [&](RowIndex i) { return std::pair{rows[i].plan, rows[i].date}; });
  }
  return *slot;
}

std::optional<date::year_month> Indexes::data_month() {
  if (!data_month_) {
    try {
      data_month_ = std::optional<date::year_month>(default_reporting_month(extracts));
    } catch (const InputError&) {
      data_month_ = std::optional<date::year_month>();
    }
  }
  return *data_month_;
}

}  // namespace kpi
