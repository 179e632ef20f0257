// The CIN census XML reader (src/extract/census/): the mapping of every
// element it reads, the forms of each schema year, and its errors, each on a
// small census written by hand.
#include "extract_test_helpers.h"

#include <doctest/doctest.h>

using namespace extract_test;
using kpi::Flag;

namespace {

// A census around `children` (the <Child> elements).
std::string census(const std::string& children) {
  return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
         "<Message>\n"
         "<Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year>"
         "<ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>\n"
         "<Children>\n" +
         children + "</Children>\n</Message>\n";
}

std::string text(const kpi::Extracts& x, kpi::Id id) { return x.strings.str(id); }

const kpi::FileReport& report(const kpi::Extracts& x, kpi::Kind kind) {
  for (const kpi::FileReport& f : x.files)
    if (f.kind == kind) return f;
  FAIL("no report of " << kpi::kind_name(kind));
  throw 0;
}

std::string error_of(const std::string& xml) { return read_error(xml, "c.xml"); }

}  // namespace

TEST_CASE("census: every element read, with ids made from the child and positions") {
  // Line numbers matter: the Child starts on line 5, its first CINdetails on line 9.
  kpi::Extracts x = read(census(R"(<Child>
<ChildIdentifiers><LAchildID>C001</LAchildID><UPN>A123</UPN>
<PersonBirthDate>2015-06-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
<CINdetails>
<CINreferralDate>2024-09-02</CINreferralDate><ReferralSource>1A</ReferralSource>
<PrimaryNeedCode>N1</PrimaryNeedCode><CINclosureDate>2025-01-10</CINclosureDate>
<ReasonForClosure>RC1</ReasonForClosure><ReferralNFA>0</ReferralNFA>
<Assessments><AssessmentActualStartDate>2024-09-03</AssessmentActualStartDate>
<AssessmentAuthorisationDate>2024-10-20</AssessmentAuthorisationDate>
<FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment>
</Assessments>
<Assessments><AssessmentActualStartDate>2024-11-01</AssessmentActualStartDate></Assessments>
<CINPlanDates><CINPlanStartDate>2024-10-25</CINPlanStartDate><CINPlanEndDate>2024-12-01</CINPlanEndDate></CINPlanDates>
<Section47><S47ActualStartDate>2024-12-02</S47ActualStartDate><InitialCPCtarget>2024-12-20</InitialCPCtarget>
<DateOfInitialCPC>2024-12-18</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>
<Section47><S47ActualStartDate>2025-02-03</S47ActualStartDate><DateOfInitialCPC>2025-02-20</DateOfInitialCPC></Section47>
<ChildProtectionPlans><CPPstartDate>2024-12-18</CPPstartDate><CPPendDate>2025-03-01</CPPendDate>
<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
<NumberOfPreviousCPP>2</NumberOfPreviousCPP><Reviews><CPPreviewDate>2025-02-10</CPPreviewDate></Reviews>
</ChildProtectionPlans>
</CINdetails>
<CINdetails><CINreferralDate>2025-03-03</CINreferralDate><ReferralNFA>true</ReferralNFA></CINdetails>
</Child>
)"),
                         "c.xml");
  CHECK(x.messages.empty());

  REQUIRE(x.referrals.size() == 2);
  const kpi::Referral& r = x.referrals[0];
  CHECK(text(x, r.id) == "C001#1");
  CHECK(text(x, r.child) == "C001");
  CHECK(day(r.date) == "2024-09-02");
  CHECK(text(x, r.source) == "1A");
  CHECK(r.nfa == Flag::no);
  CHECK(day(r.date_of_birth) == "2015-06-01");
  CHECK(x.where(r.origin) == "c.xml:9");
  CHECK(text(x, x.referrals[1].id) == "C001#2");
  CHECK(x.referrals[1].nfa == Flag::yes);

  REQUIRE(x.assessments.size() == 2);
  CHECK(text(x, x.assessments[0].id) == "C001#1/A1");
  CHECK(text(x, x.assessments[0].referral) == "C001#1");
  CHECK(day(x.assessments[0].start) == "2024-09-03");
  CHECK(day(x.assessments[0].authorised) == "2024-10-20");
  CHECK(text(x, x.assessments[1].id) == "C001#1/A2");
  CHECK(day(x.assessments[1].authorised) == "none");

  REQUIRE(x.cin_plans.size() == 1);
  CHECK(text(x, x.cin_plans[0].id) == "C001#1/CINP1");
  CHECK(day(x.cin_plans[0].start) == "2024-10-25");
  CHECK(day(x.cin_plans[0].end) == "2024-12-01");

  // The first conference led to the plan that starts on its day; the second
  // to none (the census records plans, not the conference's decision).
  REQUIRE(x.s47_enquiries.size() == 2);
  const kpi::S47Enquiry& s = x.s47_enquiries[0];
  CHECK(text(x, s.id) == "C001#1/S1");
  CHECK(day(s.start) == "2024-12-02");
  CHECK(day(s.icpc_date) == "2024-12-18");
  CHECK(s.icpc_not_required == Flag::no);
  CHECK(s.icpc_result_cp_plan == Flag::yes);
  CHECK(x.s47_enquiries[1].icpc_result_cp_plan == Flag::no);
  CHECK(x.s47_enquiries[1].icpc_not_required == Flag::unknown);

  REQUIRE(x.cp_plans.size() == 1);
  const kpi::CpPlan& p = x.cp_plans[0];
  CHECK(text(x, p.id) == "C001#1/CPP1");
  CHECK(day(p.start) == "2024-12-18");
  CHECK(day(p.end) == "2025-03-01");
  CHECK(text(x, p.initial_category) == "NEG");
  CHECK(p.previous_plans == 2);
  CHECK(day(p.date_of_birth) == "2015-06-01");

  // Each review date of a plan is a review conference of it.
  REQUIRE(x.cp_reviews.size() == 1);
  CHECK(text(x, x.cp_reviews[0].id) == "C001#1/CPP1/R1");
  CHECK(text(x, x.cp_reviews[0].plan_id) == "C001#1/CPP1");
  CHECK(text(x, x.cp_reviews[0].child_id) == "C001");
  CHECK(day(x.cp_reviews[0].review_date) == "2025-02-10");

  // One report per kind, each reconciled like a CSV's.
  for (kpi::Kind kind : {kpi::Kind::referrals, kpi::Kind::assessments, kpi::Kind::s47_enquiries,
                         kpi::Kind::cp_plans, kpi::Kind::cin_plans, kpi::Kind::cp_reviews}) {
    const kpi::FileReport& f = report(x, kind);
    CHECK(f.file == "c.xml");
    CHECK(f.matched == kpi::HeaderFamily::census);
    CHECK(f.rows == f.used);
    CHECK(x.has_kind(kind));
  }
  CHECK(report(x, kpi::Kind::referrals).rows == 2);
}

TEST_CASE("census: yes/no in every form real files use") {
  const char* forms[][2] = {{"1", "0"}, {"true", "false"}, {"TRUE", "FALSE"}, {"Y", "N"}};
  std::string children;
  for (auto& form : forms)
    for (int yes = 0; yes < 2; ++yes)
      children += std::string("<Child><ChildIdentifiers><LAchildID>C") + form[0] + std::to_string(yes) +
                  "</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>2024-05-01"
                  "</CINreferralDate><ReferralNFA>" +
                  form[yes ? 0 : 1] + "</ReferralNFA></CINdetails></Child>\n";
  kpi::Extracts x = read(census(children), "c.xml");
  REQUIRE(x.referrals.size() == 8);
  for (std::size_t i = 0; i < 8; ++i)
    CHECK(x.referrals[i].nfa == (i % 2 ? Flag::yes : Flag::no));
  CHECK(x.messages.empty());
}

TEST_CASE("census: dates in the XML forms, with a zone or a time") {
  kpi::Extracts x = read(census("<Child><ChildIdentifiers><LAchildID>C1</LAchildID>"
                                "<PersonBirthDate>2016-02-29Z</PersonBirthDate></ChildIdentifiers>"
                                "<CINdetails><CINreferralDate>\n  2024-05-01+01:00\n"
                                "</CINreferralDate></CINdetails>"
                                "<CINdetails><CINreferralDate>2024-06-03T09:30:00</CINreferralDate>"
                                "</CINdetails></Child>\n"),
                         "c.xml");
  REQUIRE(x.referrals.size() == 2);
  CHECK(day(x.referrals[0].date) == "2024-05-01");
  CHECK(day(x.referrals[0].date_of_birth) == "2016-02-29");
  CHECK(day(x.referrals[1].date) == "2024-06-03");
}

TEST_CASE("census: the schemas of 2021 to 2026 read alike; unknown blocks get one notice") {
  // 2021: <GenderCurrent>, DateOfInitialCPC also under CINdetails (read past).
  const std::string y2021 =
      "<Child><ChildIdentifiers><LAchildID>C1</LAchildID><GenderCurrent>1</GenderCurrent>"
      "</ChildIdentifiers><CINdetails><CINreferralDate>2021-01-04</CINreferralDate>"
      "<DateOfInitialCPC>2021-01-20</DateOfInitialCPC><ReferralNFA>0</ReferralNFA>"
      "<Section47><S47ActualStartDate>2021-01-05</S47ActualStartDate>"
      "<DateOfInitialCPC>2021-01-20</DateOfInitialCPC></Section47></CINdetails></Child>\n";
  // 2025: <Sex>, and a PreProceedingsandFGDM block (twice) this reader does not know.
  const std::string y2025 =
      "<Child><ChildIdentifiers><LAchildID>C2</LAchildID><Sex>F</Sex></ChildIdentifiers>\n"
      "<CINdetails><CINreferralDate>2025-01-06</CINreferralDate><ReferralNFA>N</ReferralNFA>\n"
      "  <PreProceedingsandFGDM><PPStartDate>2025-01-10</PPStartDate></PreProceedingsandFGDM>\n"
      "  <PreProceedingsandFGDM/>\n"
      "<Section47><S47ActualStartDate>2025-01-07</S47ActualStartDate></Section47>"
      "</CINdetails></Child>\n";
  kpi::Extracts x = read(census(y2021 + y2025), "c.xml");
  REQUIRE(x.referrals.size() == 2);
  REQUIRE(x.s47_enquiries.size() == 2);
  CHECK(day(x.s47_enquiries[0].icpc_date) == "2021-01-20");
  CHECK(day(x.s47_enquiries[1].icpc_date) == "none");
  // The census's first <PreProceedingsandFGDM> is on line 8, at column 3.
  REQUIRE(x.messages.size() == 1);
  CHECK(x.messages[0] ==
        "c.xml:8:3: element <PreProceedingsandFGDM> is in no CIN census schema csc-kpi knows: not "
        "read (2 times)");
}

TEST_CASE("census: an empty optional block is no row; a block out of place is not read") {
  kpi::Extracts x = read(census("<Child><ChildIdentifiers><LAchildID>C1</LAchildID>"
                                "</ChildIdentifiers><CINdetails><CINreferralDate>2024-05-01"
                                "</CINreferralDate><Assessments/><Assessments>  </Assessments>"
                                "<ChildProtectionPlans><Reviews/></ChildProtectionPlans>"
                                "<CINPlanDates></CINPlanDates><Section47/></CINdetails>"
                                "<Assessments><AssessmentActualStartDate>2024-05-02"
                                "</AssessmentActualStartDate></Assessments></Child>\n"),
                         "c.xml");
  CHECK(x.referrals.size() == 1);
  CHECK(x.assessments.empty());
  CHECK(x.cp_plans.empty());
  CHECK(x.cin_plans.empty());
  CHECK(x.s47_enquiries.empty());
  CHECK(report(x, kpi::Kind::assessments).rows == 0);
  REQUIRE(x.messages.size() == 1);
  CHECK(x.messages[0].find("element <Assessments> is out of place (expected inside "
                           "<CINdetails>): not read") != std::string::npos);
  // A <Child> inside a <Child> (inside one of its blocks, even) is not read;
  // the outer child's rows are.
  kpi::Extracts nested = read(census("<Child><ChildIdentifiers><LAchildID>C1</LAchildID>"
                                     "</ChildIdentifiers><CINdetails><Child><CINdetails>"
                                     "<Assessments/></CINdetails></Child><CINreferralDate>"
                                     "2024-05-01</CINreferralDate></CINdetails></Child>\n"),
                              "c.xml");
  CHECK(nested.referrals.size() == 1);
  REQUIRE(nested.messages.size() == 1);
  CHECK(nested.messages[0].find("element <Child> is out of place (inside another <Child>)") !=
        std::string::npos);
}

TEST_CASE("census: a bad value excludes its row with file:line:col; a missing child id too") {
  kpi::Extracts x = read(census("<Child><ChildIdentifiers><LAchildID>C1</LAchildID>"
                                "</ChildIdentifiers>\n<CINdetails><CINreferralDate>2024-05-01"
                                "</CINreferralDate>\n  <Assessments><AssessmentActualStartDate>"
                                "2024-02-30</AssessmentActualStartDate></Assessments>\n"
                                "</CINdetails></Child>\n<Child><CINdetails><CINreferralDate>"
                                "2024-05-01</CINreferralDate></CINdetails></Child>\n"),
                         "c.xml");
  CHECK(x.referrals.size() == 1);
  CHECK(x.assessments.empty());
  CHECK(report(x, kpi::Kind::assessments).excluded.at("invalid start_date") == 1);
  CHECK(report(x, kpi::Kind::referrals).excluded.at("missing child_id") == 1);
  REQUIRE(x.messages.size() == 2);
  CHECK(x.messages[0].starts_with(
      "c.xml:7:3: column 'AssessmentActualStartDate': invalid date '2024-02-30'"));
  CHECK(x.messages[1] == "c.xml:9:8: column 'LAchildID': value missing");
}

TEST_CASE("census: past 10,000 messages of a kind, one line says how many more") {
  std::string children;
  for (int i = 0; i < 10003; ++i)
    children += "<Child><ChildIdentifiers><LAchildID>C" + std::to_string(i) +
                "</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>soon"
                "</CINreferralDate></CINdetails></Child>\n";
  kpi::Extracts x = read(census(children), "c.xml");
  CHECK(report(x, kpi::Kind::referrals).excluded.at("invalid referral_date") == 10003);
  REQUIRE(x.messages.size() == 10001);
  CHECK(x.messages.back() == "c.xml: 3 more messages like these are not listed");
}

TEST_CASE("census: bad XML is one clear error at its line and column") {
  const std::string good = census(
      "<Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers></Child>\n");
  // Cut short.
  CHECK(error_of(good.substr(0, good.size() - 30)).starts_with("c.xml:"));
  CHECK(error_of(good.substr(0, good.size() - 30)).find("the file ends too early") !=
        std::string::npos);
  // Not well-formed: a closing tag that does not match, on line 5 (expat
  // points at the tag's name, after "</").
  CHECK(error_of(census("<Child><LAchildID>C1</Child>\n")) ==
        "c.xml:5:23: not well-formed XML: mismatched tag");
  // The wrong root.
  CHECK(error_of("<?xml version=\"1.0\"?>\n<Workbook><Sheet/></Workbook>\n") ==
        "c.xml:2:1: not a CIN census: the root element is <Workbook>, not <Message>");
  // A huge element text (a value csc-kpi reads).
  CHECK(error_of(census("<Child><ChildIdentifiers><LAchildID>" + std::string(100000, '7') +
                        "</LAchildID></ChildIdentifiers></Child>\n"))
            .find("element text longer than 64 KB") != std::string::npos);
  // A child of countless empty blocks: each is held until the child ends.
  std::string many;
  for (int i = 0; i < 50000; ++i) many += "<Assessments/>";
  CHECK(error_of(census("<Child><CINdetails>" + many + "</CINdetails></Child>\n")) ==
        "c.xml:5:1: the <Child> that starts here holds more than 16 MB");
  // An entity declaration ("billion laughs").
  CHECK(error_of("<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY a \"aaaa\">]>\n"
                 "<Message>&a;</Message>\n")
            .starts_with("c.xml:2:31: entity declaration 'a': a CIN census has none"));
  // Elements nested without end.
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<X>";
  CHECK(error_of(census(deep)).find("elements nested more than 256 deep") != std::string::npos);
}

TEST_CASE("census: a file is told by its content, and cannot be given a kind") {
  const std::string xml = census("");
  CHECK(read_error(xml, "c.csv", kpi::Kind::referrals) ==
        "c.csv: a CIN census holds several kinds: give it without 'referrals='");
  kpi::Extracts x = read(xml, "census.txt");
  CHECK(x.files.size() == 6);  // one report per kind a census holds
  REQUIRE(x.messages.size() == 1);
  CHECK(x.messages[0] == "census.txt: the census holds no <Child> elements");
}
