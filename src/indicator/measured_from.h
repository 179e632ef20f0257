// "Measured from": the date an assessment's timescale runs from. One rule for
// assessments_45wd and the due list, so that the figure and the list count the
// same working days (docs/definitions.md, assessments_45wd).
#pragma once

#include "indicator/indexes.h"

namespace kpi {

struct MeasuredFrom {
  Date date;
  bool from_referral = false;  // `date` is a referral's (false: the assessment start)
};

// The assessment's start; with settings.assessment_from_referral, the date of
// the referral whose referral_id the assessment carries, else (no id, or no
// referral with it) the child's latest referral dated on or before the start,
// else the start.
MeasuredFrom measured_from(const Assessment& assessment, const Settings& settings,
                           Indexes& indexes);

}  // namespace kpi
