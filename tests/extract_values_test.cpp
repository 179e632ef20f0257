// The value readers of src/extract/values.cpp, one expectation a line. Each
// expected value is the rule of values.h applied by hand.
#include "extract/values.h"

#include <doctest/doctest.h>

#include <string>

using namespace kpi::extract;
using kpi::AssessmentOutcome;
using kpi::Flag;
using kpi::VisitType;

TEST_SUITE("extract") {

TEST_CASE("flags: Y/N, Yes/No, True/False, 1/0 in any case, Annex A option prefixes") {
  CHECK(parse_flag("Y") == Flag::yes);
  CHECK(parse_flag("n") == Flag::no);
  CHECK(parse_flag("1") == Flag::yes);
  CHECK(parse_flag("0") == Flag::no);
  CHECK(parse_flag(" yes ") == Flag::yes);
  CHECK(parse_flag("FALSE") == Flag::no);
  CHECK(parse_flag("a) Yes") == Flag::yes);
  CHECK(parse_flag("b) No") == Flag::no);
  CHECK(parse_flag("x") == std::nullopt);
  CHECK(parse_flag("2") == std::nullopt);
  CHECK(parse_flag("yes please") == std::nullopt);
}

TEST_CASE("assessment outcomes written as text") {
  CHECK(parse_outcome_text("NFA") == AssessmentOutcome::nfa);
  CHECK(parse_outcome_text("No Further Action") == AssessmentOutcome::nfa);
  CHECK(parse_outcome_text("no  further-action ") == AssessmentOutcome::nfa);
  CHECK(parse_outcome_text("Child_in_Need") == AssessmentOutcome::cin);
  CHECK(parse_outcome_text("c) Section 17") == AssessmentOutcome::cin);
  CHECK(parse_outcome_text("S17 CIN") == AssessmentOutcome::cin);
  CHECK(parse_outcome_text("strategy discussion") == AssessmentOutcome::other);
  // Longer than the 32-character working buffer: cut, and so no known word.
  CHECK(parse_outcome_text("no further action no further action") == AssessmentOutcome::other);
  // The bound is on the simplified text: runs of spaces collapse first.
  CHECK(parse_outcome_text("child" + std::string(40, ' ') + "in need") == AssessmentOutcome::cin);
}

TEST_CASE("visit types") {
  CHECK(parse_visit_type("CP") == VisitType::cp);
  CHECK(parse_visit_type("Child Protection") == VisitType::cp);
  CHECK(parse_visit_type("cin") == VisitType::cin);
  CHECK(parse_visit_type("Child-in-need") == VisitType::cin);
  CHECK(parse_visit_type("LAC") == VisitType::cla);
  CHECK(parse_visit_type("child looked after") == VisitType::cla);
  CHECK(parse_visit_type("ch") == std::nullopt);
  CHECK(parse_visit_type("") == std::nullopt);
}

TEST_CASE("counts and participation codes") {
  CHECK(parse_count("3") == 3);
  CHECK(parse_count(" 3.0 ") == 3);
  CHECK(parse_count("32767") == 32767);
  CHECK(parse_count("32768") == std::nullopt);
  CHECK(parse_count("3.5") == std::nullopt);
  CHECK(parse_count("-1") == std::nullopt);
  CHECK(parse_participation("PN0") == 0);
  CHECK(parse_participation("pn7 - attends") == 7);
  CHECK(parse_participation("PN8") == std::nullopt);
  CHECK(parse_participation("PN12") == std::nullopt);
}

}  // TEST_SUITE
