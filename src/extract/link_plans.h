// Visits and CP reviews -> their plans (a step of finish_extracts).
#pragma once

#include "extract/notes.h"

namespace kpi::extract {

// Ties each visit to a plan of its type (cp_plans, cin_plans, cla_episodes)
// and each CP review to a CP plan; see link_plans.cpp.
void link_plans(Extracts& x, Notes& notes);

}  // namespace kpi::extract
