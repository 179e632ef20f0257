#include "indicator/indexes.h"

#include "kpi/error.h"

namespace kpi {

const std::vector<RowIndex>& Indexes::referrals_by_child() {
  return referrals_.get([&] {
    return sort_by_child(extracts.referrals, [](const Referral& r) { return r.date; });
  });
}

const std::vector<RowIndex>& Indexes::assessments_by_child() {
  return assessments_.get([&] {
    return sort_by_child(extracts.assessments, [](const Assessment& r) { return r.start; });
  });
}

const std::vector<RowIndex>& Indexes::cp_plans_by_child() {
  return cp_plans_.get([&] {
    return sort_by_child(extracts.cp_plans, [](const CpPlan& r) { return r.start; });
  });
}

const std::vector<RowIndex>& Indexes::cin_plans_by_child() {
  return cin_plans_.get([&] {
    return sort_by_child(extracts.cin_plans, [](const CinPlan& r) { return r.start; });
  });
}

const std::vector<RowIndex>& Indexes::cla_by_child() {
  return cla_.get([&] {
    return sort_by_child(extracts.cla_episodes, [](const ClaEpisode& r) { return r.start; });
  });
}

const std::vector<std::pair<Id, RowIndex>>& Indexes::referrals_by_id() {
  return referral_ids_.get([&] {
    std::vector<std::pair<Id, RowIndex>> index;
    for (RowIndex i = 0; i < extracts.referrals.size(); ++i)
      if (extracts.referrals[i].id != no_id) index.emplace_back(extracts.referrals[i].id, i);
    std::sort(index.begin(), index.end());
    return index;
  });
}

const std::vector<std::pair<Id, RowIndex>>& Indexes::assessments_by_referral_id() {
  return assessment_referral_ids_.get([&] {
    const auto& rows = extracts.assessments;
    std::vector<std::pair<Id, RowIndex>> index;
    std::vector<RowIndex> order;
    for (RowIndex i = 0; i < rows.size(); ++i)
      if (rows[i].referral != no_id) order.push_back(i);
    order = order_rows(std::move(order),
                       [&](RowIndex i) { return std::pair{rows[i].referral, rows[i].start}; });
    for (RowIndex i : order) index.emplace_back(rows[i].referral, i);
    return index;
  });
}

const std::vector<RowIndex>& Indexes::seen_visits_by_plan(VisitType type) {
  return visits_[static_cast<size_t>(type)].get([&] {
    const auto& rows = extracts.visits;
    std::vector<RowIndex> order;
    for (RowIndex i = 0; i < rows.size(); ++i) {
      const Visit& v = rows[i];
      if (v.type == type && v.seen == Flag::yes && v.link == VisitLink::in_plan && v.plan != no_row)
        order.push_back(i);
    }
    return order_rows(std::move(order),
                      [&](RowIndex i) { return std::pair{rows[i].plan, rows[i].date}; });
  });
}

std::optional<date::year_month> Indexes::data_month() {
  return data_month_.get([&]() -> std::optional<date::year_month> {
    try {
      return default_reporting_month(extracts);
    } catch (const InputError&) {
      return std::nullopt;
    }
  });
}

}  // namespace kpi
