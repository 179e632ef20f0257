// Tier 2 contact families: contacts and contact_to_referral.
#include "indicator/family.h"

namespace kpi::compute {

void contacts(const FamilyInput& in, CaseSink& sink) {
  for (const Contact& contact : in.extracts.contacts) {
    int p = in.periods.of(contact.date);
    if (p < 0) continue;
    Case c = make_case(contact, p, contact.date);
    c.numerator = true;
    c.from = contact.date;
    c.reason = "contact";
    sink.add(c);
  }
}

void contact_to_referral(const FamilyInput& in, CaseSink& sink) {
  // Referrals in the month over contacts in the month (not linked case by case,
  // so the rate may exceed 100%).
  auto add = [&](const auto& row, bool is_referral, std::string_view reason) {
    int p = in.periods.of(row.date);
    if (p < 0) return;
    Case c = make_case(row, p, row.date);
    c.numerator = is_referral;
    c.denominator = !is_referral;
    c.from = row.date;
    c.reason = reason;
    sink.add(c);
  };
  for (const Contact& contact : in.extracts.contacts) add(contact, false, "contact (denominator)");
  for (const Referral& r : in.extracts.referrals) add(r, true, "referral (numerator)");
}

}  // namespace kpi::compute
