// The CIN census XML writer of gen_authority (--census FILE): each child's
// referrals (CINdetails) with their assessments, S47 enquiries and plans (CP
// plans with their review conferences), as
// the Department for Education's schema nests them. It takes no random numbers,
// so the CSV files are the same with or without it. The forms real files use
// vary from child to child by the child's number: yes/no as 1/0, true/false,
// TRUE/FALSE or Y/N; dates with a zone ("Z") or a time; the 2025 schema's <Sex>
// or the earlier <GenderCurrent>; now and then an empty optional block.
#pragma once

#include "kpi/date.h"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

class CensusXml {
 public:
  using Date = kpi::Date;

  CensusXml(const std::string& path, Date reference_date) : file_(std::fopen(path.c_str(), "wb")) {
    if (!file_) {
      fmt::print(stderr, "gen_authority: cannot write {}\n", path);
      std::exit(1);
    }
    std::setvbuf(file_, nullptr, _IOFBF, 1 << 20);
    fmt::print(file_,
               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Message>\n  <Header>\n"
               "    <CollectionDetails><Collection>CIN</Collection><Year>{}</Year>"
               "<ReferenceDate>{}</ReferenceDate></CollectionDetails>\n"
               "    <Source><SourceLevel>L</SourceLevel><LEA>999</LEA></Source>\n"
               "  </Header>\n  <Children>\n",
               static_cast<int>(date::year_month_day{reference_date}.year()),
               kpi::format_date(reference_date));
  }
  ~CensusXml() {
    std::fputs("  </Children>\n</Message>\n", file_);
    std::fclose(file_);
  }
  CensusXml(const CensusXml&) = delete;
  CensusXml& operator=(const CensusXml&) = delete;

  void referral(Date date, const std::string& source, bool nfa) {
    episodes_.push_back(Episode{date, source, nfa, {}, {}, {}, {}});
  }
  void assessment(Date start, std::optional<Date> authorised) {
    episodes_.back().assessments.push_back({start, authorised});
  }
  void s47(Date start, std::optional<Date> icpc, bool not_required) {
    episodes_.back().s47s.push_back({start, icpc, not_required});
  }
  void cp_plan(Date start, std::optional<Date> end, int previous, const std::string& category) {
    episodes_.back().cp_plans.push_back({start, end, previous, category, {}});
  }
  // A review conference of the CP plan written last.
  void cp_review(Date date) { episodes_.back().cp_plans.back().reviews.push_back(date); }
  void cin_plan(Date start, std::optional<Date> end) {
    episodes_.back().cin_plans.push_back({start, end});
  }

  // Writes the child collected since the last call (a child never referred is
  // not in the census).
  void end_child(long number, const std::string& id, std::optional<Date> dob) {
    if (!episodes_.empty()) write_child(number, id, dob);
    episodes_.clear();
  }

 private:
  struct Span {
    Date start;
    std::optional<Date> end;
  };
  struct S47 {
    Date start;
    std::optional<Date> icpc;
    bool not_required;
  };
  struct Plan {
    Date start;
    std::optional<Date> end;
    int previous;
    std::string category;
    std::vector<Date> reviews;
  };
  struct Episode {
    Date referral;
    std::string source;
    bool nfa;
    std::vector<Span> assessments;
    std::vector<S47> s47s;
    std::vector<Plan> cp_plans;
    std::vector<Span> cin_plans;
  };

  void write_child(long number, const std::string& id, std::optional<Date> dob) {
    number_ = number;
    fmt::print(file_, "    <Child>\n      <ChildIdentifiers>\n        <LAchildID>{}</LAchildID>\n",
               id);
    element(8, "PersonBirthDate", dob);
    fmt::print(file_, "        <{0}>U</{0}>\n      </ChildIdentifiers>\n",
               number % 2 ? "Sex" : "GenderCurrent");
    for (const Episode& e : episodes_) {
      fmt::print(file_, "      <CINdetails>\n");
      element(8, "CINreferralDate", e.referral);
      fmt::print(file_, "        <ReferralSource>{}</ReferralSource>\n", e.source);
      fmt::print(file_, "        <PrimaryNeedCode>N1</PrimaryNeedCode>\n");
      fmt::print(file_, "        <ReferralNFA>{}</ReferralNFA>\n", yes_no(e.nfa));
      for (const Span& a : e.assessments) {
        fmt::print(file_, "        <Assessments>\n");
        element(10, "AssessmentActualStartDate", a.start);
        element(10, "AssessmentAuthorisationDate", a.end);
        fmt::print(file_, "        </Assessments>\n");
      }
      if (number % 11 == 0) fmt::print(file_, "        <Assessments/>\n");
      for (const Span& p : e.cin_plans) {
        fmt::print(file_, "        <CINPlanDates>\n");
        element(10, "CINPlanStartDate", p.start);
        element(10, "CINPlanEndDate", p.end);
        fmt::print(file_, "        </CINPlanDates>\n");
      }
      for (const S47& s : e.s47s) {
        fmt::print(file_, "        <Section47>\n");
        element(10, "S47ActualStartDate", s.start);
        element(10, "DateOfInitialCPC", s.icpc);
        fmt::print(file_, "          <ICPCnotRequired>{}</ICPCnotRequired>\n",
                   yes_no(s.not_required));
        fmt::print(file_, "        </Section47>\n");
      }
      for (const Plan& p : e.cp_plans) {
        fmt::print(file_, "        <ChildProtectionPlans>\n");
        element(10, "CPPstartDate", p.start);
        element(10, "CPPendDate", p.end);
        fmt::print(file_, "          <InitialCategoryOfAbuse>{}</InitialCategoryOfAbuse>\n",
                   p.category);
        fmt::print(file_, "          <NumberOfPreviousCPP>{}</NumberOfPreviousCPP>\n", p.previous);
        if (!p.reviews.empty()) {
          fmt::print(file_, "          <Reviews>\n");
          for (Date review : p.reviews) element(12, "CPPreviewDate", review);
          fmt::print(file_, "          </Reviews>\n");
        }
        fmt::print(file_, "        </ChildProtectionPlans>\n");
      }
      fmt::print(file_, "      </CINdetails>\n");
    }
    fmt::print(file_, "    </Child>\n");
  }

  // A date element; an unknown date is left out (as the schema allows).
  void element(int indent, const char* name, std::optional<Date> d) {
    if (!d) return;
    const char* suffix = number_ % 7 == 0 ? "Z" : number_ % 13 == 0 ? "T00:00:00" : "";
    fmt::print(file_, "{:{}}<{}>{}{}</{}>\n", "", indent, name, kpi::format_date(*d), suffix,
               name);
  }
  const char* yes_no(bool yes) const {
    static const char* forms[][2] = {{"1", "0"}, {"true", "false"}, {"TRUE", "FALSE"}, {"Y", "N"}};
    return forms[number_ % 4][yes ? 0 : 1];
  }

  std::FILE* file_;
  long number_ = 0;
  std::vector<Episode> episodes_;
};
