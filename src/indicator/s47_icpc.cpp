// S47 and ICPC families: s47_started, s47_to_icpc, icpc_15wd, icpc_to_cp_plan
// and (tier 2) s47_to_cin_plan.
//
// The ICPCs are the rows of the icpcs extract (each linked to its S47 by the
// extract layer) plus the ICPC dates of S47 rows that no ICPC row links to, so
// an authority may give either or both. An S47 with icpc_not_required = Y has
// no ICPC in any ICPC figure.
#include "indicator/family.h"

#include <cctype>

namespace kpi::compute {
namespace {

struct IcpcView {
  Date date;
  Flag result = Flag::unknown;
  RowIndex s47 = no_row;
  const Icpc* row = nullptr;  // nullptr: taken from the S47's icpc_date
};

std::vector<IcpcView> icpc_list(const Extracts& x) {
  std::vector<IcpcView> out;
  std::vector<bool> has_row(x.s47_enquiries.size());
  for (const Icpc& i : x.icpcs) {
    IcpcView v{i.date, i.result_cp_plan, i.s47, &i};
    if (i.s47 != no_row) {
      has_row[i.s47] = true;
      // A blank result takes the S47's flag only when the S47 records this very
      // conference: its flag describes the ICPC on its icpc_date, and must not
      // leak to another conference of the same enquiry.
      const S47Enquiry& e = x.s47_enquiries[i.s47];
      if (v.result == Flag::unknown && e.icpc_date == i.date) v.result = e.icpc_result_cp_plan;
    }
    out.push_back(v);
  }
  for (RowIndex s = 0; s < x.s47_enquiries.size(); ++s) {
    const S47Enquiry& e = x.s47_enquiries[s];
    if (e.icpc_date && !has_row[s]) out.push_back({*e.icpc_date, e.icpc_result_cp_plan, s, nullptr});
  }
  return out;
}

// A case for an ICPC: its own row's child, team, worker and line, else the S47's.
Case icpc_case(const Extracts& x, const IcpcView& v, int period) {
  const S47Enquiry* s47 = v.s47 != no_row ? &x.s47_enquiries[v.s47] : nullptr;
  Case c = v.row ? make_case(*v.row, period, v.date) : make_case(*s47, period, v.date);
  if (s47) {
    c.age = age_band(s47->date_of_birth, v.date);
    if (c.team == no_id) c.team = s47->team;
    if (c.worker == no_id) c.worker = s47->worker;
  }
  c.to = v.date;
  return c;
}

bool not_required(const Extracts& x, const IcpcView& v) {
  return v.s47 != no_row && x.s47_enquiries[v.s47].icpc_not_required == Flag::yes;
}

constexpr std::string_view reason_not_required = "excluded: S47 says ICPC not required";

bool outcome_is_cin(std::string_view text) {
  std::string lower;
  for (char ch : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (lower.find("child in need") != std::string::npos ||
      lower.find("section 17") != std::string::npos)
    return true;
  // Any word "cin" or "s17" ("CIN", "cin plan", "Open to CIN", "s17").
  std::string word;
  for (size_t i = 0; i <= lower.size(); ++i) {
    if (i < lower.size() && std::isalnum(static_cast<unsigned char>(lower[i]))) {
      word += lower[i];
      continue;
    }
    if (word == "cin" || word == "s17") return true;
    word.clear();
  }
  return false;
}

}  // namespace

void s47_started(const FamilyInput& in, CaseSink& sink) {
  for (const S47Enquiry& e : in.extracts.s47_enquiries) {
    int p = in.periods.of(e.start);
    if (p < 0) continue;
    Case c = make_case(e, p, e.start);
    c.numerator = true;
    c.from = e.start;
    c.reason = "S47 started";
    sink.add(c);
  }
}

void s47_to_icpc(const FamilyInput& in, CaseSink& sink) {
  const auto& x = in.extracts;
  std::vector<MaybeDate> row_date(x.s47_enquiries.size());
  for (const Icpc& i : x.icpcs)
    if (i.s47 != no_row && (!row_date[i.s47] || i.date < *row_date[i.s47])) row_date[i.s47] = i.date;
  for (RowIndex s = 0; s < x.s47_enquiries.size(); ++s) {
    const S47Enquiry& e = x.s47_enquiries[s];
    int p = in.periods.of(e.start);
    if (p < 0) continue;
    Case c = make_case(e, p, e.start);
    c.denominator = true;
    c.from = e.start;
    c.to = e.icpc_date ? e.icpc_date : row_date[s];
    if (e.icpc_not_required == Flag::yes) {
      c.reason = "no ICPC: not required";
    } else if (c.to) {
      c.numerator = true;
      c.days = working_days(in.calendar, e.start, *c.to);
      c.reason = *c.to < e.start ? "ICPC held (dated before the S47 start)" : "ICPC held";
    } else {
      c.reason = "no ICPC";
    }
    sink.add(c);
  }
}

void icpc_timeliness(const FamilyInput& in, CaseSink& sink) {
  const auto& x = in.extracts;
  for (const IcpcView& v : icpc_list(x)) {
    int p = in.periods.of(v.date);
    if (p < 0) continue;
    Case c = icpc_case(x, v, p);
    if (not_required(x, v)) {
      c.reason = reason_not_required;
      sink.add(c);
      continue;
    }
    if (v.s47 == no_row) {
      c.reason = "excluded: no S47 to measure from";
      c.finding = "ICPC without an S47";
      sink.add(c);
      continue;
    }
    Date start = x.s47_enquiries[v.s47].start;
    c.from = start;
    if (v.date < start) {
      c.reason = "excluded: ICPC before its S47 start";
      c.finding = "ICPC before its S47 start";
      sink.add(c);
      continue;
    }
    judge_within(c, working_days(in.calendar, start, v.date), in.settings.icpc_days);
    sink.add(c);
  }
}

void icpc_to_cp_plan(const FamilyInput& in, CaseSink& sink) {
  const auto& x = in.extracts;
  const auto& plans_by_child = in.indexes.cp_plans_by_child();
  for (const IcpcView& v : icpc_list(x)) {
    int p = in.periods.of(v.date);
    if (p < 0) continue;
    Case c = icpc_case(x, v, p);
    if (v.s47 != no_row) c.from = x.s47_enquiries[v.s47].start;
    if (not_required(x, v)) {
      c.reason = reason_not_required;
      sink.add(c);
      continue;
    }
    c.denominator = true;
    if (v.result == Flag::yes) {
      c.numerator = true;
      c.reason = "CP plan (result flag Y)";
    } else if (v.result == Flag::no) {
      c.reason = "no CP plan (result flag N)";
    } else {
      // A blank flag: a CP plan for the child starting on exactly the ICPC date.
      auto own = rows_of_child(plans_by_child, x.cp_plans, c.child);
      auto it = std::lower_bound(own.begin(), own.end(), v.date,
                                 [&](RowIndex i, Date d) { return x.cp_plans[i].start < d; });
      c.numerator = it != own.end() && x.cp_plans[*it].start == v.date;
      c.reason = c.numerator ? "CP plan started on the ICPC date (flag blank)"
                             : "no CP plan on the ICPC date (flag blank)";
    }
    sink.add(c);
  }
}

void s47_to_cin_plan(const FamilyInput& in, CaseSink& sink) {
  const auto& x = in.extracts;
  for (const S47Enquiry& e : x.s47_enquiries) {
    if (!e.end) continue;
    int p = in.periods.of(*e.end);
    if (p < 0) continue;
    Case c = make_case(e, p, *e.end);
    c.denominator = true;
    c.from = e.start;
    c.to = e.end;
    c.numerator = e.outcome != no_id && outcome_is_cin(x.strings.str(e.outcome));
    c.reason = c.numerator ? "outcome CiN plan" : e.outcome == no_id ? "outcome not recorded" : "other outcome";
    sink.add(c);
  }
}

}  // namespace kpi::compute
