// Tier 2 contact families: contacts and contact_to_referral.
#include "indicator/family.h"

namespace kpi::compute {

void contacts(const FamilyInput& in, CaseSink& sink) {
  for (const Contact& contact : in.extracts.contacts) {
    int p = in.periods.of(contact.date);
    if (p < 0) continue;
    Case c;
    c.period = static_cast<std::int16_t>(p);
    c.child = contact.child;
    c.origin = contact.origin;
    c.numerator = true;
    c.from = contact.date;
    c.reason = "contact";
    sink.add(c);
  }
}

void contact_to_referral(const FamilyInput& in, CaseSink& sink) {
  // Referrals in the month over contacts in the month (not linked case by case,
  // so the rate may exceed 100%).
  for (const Contact& contact : in.extracts.contacts) {
    int p = in.periods.of(contact.date);
    if (p < 0) continue;
    Case c;
    c.period = static_cast<std::int16_t>(p);
    c.child = contact.child;
    c.origin = contact.origin;
    c.denominator = true;
    c.from = contact.date;
    c.reason = "contact (denominator)";
    sink.add(c);
  }
  for (const Referral& r : in.extracts.referrals) {
    int p = in.periods.of(r.date);
    if (p < 0) continue;
    Case c = make_case(r, 0, p, r.date);
    c.numerator = true;
    c.from = r.date;
    c.reason = "referral (numerator)";
    sink.add(c);
  }
}

}  // namespace kpi::compute
