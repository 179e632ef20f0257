// Age bands (SPEC section 4): whole years by anniversary at the event or as-at
// date; a child not yet born is under 1; no date of birth: no band.
#include "kpi/indicator.h"

namespace kpi {

AgeBand age_band(const MaybeDate& date_of_birth, Date on) {
  if (!date_of_birth) return AgeBand::unknown;
  int age = age_in_years(*date_of_birth, on);
  if (age < 1) return AgeBand::under_1;  // includes the unborn (negative age)
  if (age < 5) return AgeBand::age_1_4;
  if (age < 10) return AgeBand::age_5_9;
  if (age < 16) return AgeBand::age_10_15;
  return AgeBand::age_16_plus;
}

std::string_view age_band_name(AgeBand band) {
  switch (band) {
    case AgeBand::under_1: return "under 1";
    case AgeBand::age_1_4: return "1-4";
    case AgeBand::age_5_9: return "5-9";
    case AgeBand::age_10_15: return "10-15";
    case AgeBand::age_16_plus: return "16+";
    case AgeBand::unknown: break;
  }
  return "";
}

}  // namespace kpi
