// Reading Excel workbooks (src/extract/xlsx/). Most workbooks are written here
// by hand with libzip, part by part, so that each test holds exactly the cells
// it is about (shared or inline strings, a date style, the 1904 system, bad
// XML); a few are written with libxlsxwriter, as Excel-like writers make them.
// The dates expected were counted by hand from Excel's serial numbers
// (1900 system: serial 1 = 1900-01-01, 60 = the fictitious 1900-02-29).
#include "extract/byte_source.h"
#include "extract/reading.h"
#include "extract/xlsx/cell_text.h"
#include "extract/xlsx/sheet_rows.h"
#include "extract/xlsx/styles.h"
#include "extract/xlsx/zip_archive.h"
#include "extract_test_helpers.h"

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace extract_test;
namespace xlsx = kpi::extract::xlsx;

namespace {

struct Part {
  std::string name, text;
  bool stored = false;  // no compression (a huge cell must not look like a zip bomb)
};

std::string temp_path(const std::string& file) {
  return (std::filesystem::temp_directory_path() / fmt::format("xlsx_test.{}.{}", ::getpid(), file))
      .string();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The bytes of a zip holding `parts`.
std::string zip_bytes(const std::vector<Part>& parts) {
  const std::string path = temp_path("build.zip");
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(zip);
  for (const Part& part : parts) {
    zip_source_t* source = zip_source_buffer(zip, part.text.data(), part.text.size(), 0);
    REQUIRE(source);
    const zip_int64_t index = zip_file_add(zip, part.name.c_str(), source, ZIP_FL_OVERWRITE);
    REQUIRE(index >= 0);
    if (part.stored) zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  REQUIRE(zip_close(zip) == 0);
  std::string bytes = slurp(path);
  std::filesystem::remove(path);
  return bytes;
}

constexpr const char* main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Style 0 general, 1 built-in date 14, 2 custom "dd/mm/yyyy", 3 custom "\"Day \"0" (no date).
const std::string styles_xml = fmt::format(
    "<styleSheet xmlns=\"{}\"><numFmts count=\"2\"><numFmt numFmtId=\"164\" "
    "formatCode=\"dd/mm/yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"&quot;Day &quot;0\"/>"
    "</numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs count=\"4\">"
    "<xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"164\"/>"
    "<xf numFmtId=\"165\"/></cellXfs></styleSheet>",
    main_ns);

struct Sheet {
  std::string name, rows;  // rows: the XML inside <sheetData>
  bool stored = false;
};

// A workbook of `sheets` with `shared` strings (the XML inside <sst>).
std::string workbook(const std::vector<Sheet>& sheets, const std::string& shared = "",
                     bool date1904 = false) {
  std::string list, rels;
  std::vector<Part> parts;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    list += fmt::format("<sheet name=\"{}\" sheetId=\"{}\" r:id=\"rId{}\"/>", sheets[i].name, i + 1,
                        i + 1);
    rels += fmt::format("<Relationship Id=\"rId{}\" Type=\"{}/worksheet\" "
                        "Target=\"worksheets/sheet{}.xml\"/>",
                        i + 1, rel_ns, i + 1);
    parts.push_back({fmt::format("xl/worksheets/sheet{}.xml", i + 1),
                     fmt::format("<?xml version=\"1.0\"?>\n<worksheet xmlns=\"{}\"><sheetData>{}"
                                 "</sheetData></worksheet>",
                                 main_ns, sheets[i].rows),
                     sheets[i].stored});
  }
  rels += fmt::format("<Relationship Id=\"rIdS\" Type=\"{}/styles\" Target=\"styles.xml\"/>", rel_ns);
  rels += fmt::format("<Relationship Id=\"rIdT\" Type=\"{}/sharedStrings\" "
                      "Target=\"/xl/sharedStrings.xml\"/>", rel_ns);
  parts.push_back({"xl/workbook.xml",
                   fmt::format("<workbook xmlns=\"{}\" xmlns:r=\"{}\">{}<sheets>{}</sheets></workbook>",
                               main_ns, rel_ns, date1904 ? "<workbookPr date1904=\"1\"/>" : "", list)});
  parts.push_back({"xl/_rels/workbook.xml.rels",
                   fmt::format("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                               "2006/relationships\">{}</Relationships>", rels)});
  parts.push_back({"xl/styles.xml", styles_xml});
  parts.push_back({"xl/sharedStrings.xml", fmt::format("<sst xmlns=\"{}\">{}</sst>", main_ns, shared)});
  return zip_bytes(parts);
}

// A row of inline strings from column A.
std::string text_row(unsigned row, const std::vector<std::string>& texts) {
  std::string cells;
  for (std::size_t i = 0; i < texts.size(); ++i)
    if (!texts[i].empty())
      cells += fmt::format("<c r=\"{}{}\" t=\"inlineStr\"><is><t>{}</t></is></c>",
                           static_cast<char>('A' + i), row, texts[i]);
  return fmt::format("<row r=\"{}\">{}</row>", row, cells);
}

kpi::Extracts read_book(const std::string& bytes, const std::string& name = "book.xlsx",
                        std::optional<kpi::Kind> kind = std::nullopt, bool in_folder = true) {
  kpi::Extracts x;
  std::istringstream in(bytes);
  auto source = kpi::extract::ByteSource::of_stream(in, name);
  kpi::extract::read_workbook(*source, name, kind, {}, x, in_folder);
  return x;
}

std::string book_error(const std::string& bytes, std::optional<kpi::Kind> kind = std::nullopt,
                       bool in_folder = true) {
  try {
    read_book(bytes, "book.xlsx", kind, in_folder);
  } catch (const kpi::InputError& e) {
    return e.what();
  }
  return "";
}

const std::vector<std::string> list_1_header = {
    "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
    "Date of Contact", "Contact Source"};

}  // namespace

TEST_SUITE("extract") {

TEST_CASE("xlsx: date serials in the 1900 and 1904 systems") {
  auto date = [](std::string_view v, xlsx::DateSystem system = xlsx::DateSystem::from_1900) {
    std::string out;
    xlsx::date_text(v, system, out);
    return out;
  };
  CHECK(date("1") == "1900-01-01");
  CHECK(date("59") == "1900-02-28");
  CHECK(date("60") == "1900-02-29");  // Excel's fictitious day: read later as an invalid date
  CHECK(date("61") == "1900-03-01");
  CHECK(date("45351") == "2024-02-29");
  CHECK(date("45351.75") == "2024-02-29");  // the time of day is dropped
  CHECK(date("43040") == "2017-11-01");
  CHECK(date("2958465") == "9999-12-31");
  CHECK(date("0") == "0");  // before 1900-01-01: kept as a number
  CHECK(date("-5") == "-5");
  CHECK(date("2958466") == "2958466");
  CHECK(date("x1") == "x1");
  using xlsx::DateSystem;
  CHECK(date("0", DateSystem::from_1904) == "1904-01-01");
  CHECK(date("59", DateSystem::from_1904) == "1904-02-29");  // 1904 is a leap year
  CHECK(date("43889", DateSystem::from_1904) == "2024-02-29");  // 45351 - 1462
  CHECK(date("41578", DateSystem::from_1904) == "2017-11-01");
}

TEST_CASE("xlsx: numbers as text") {
  auto number = [](std::string_view v) {
    std::string out;
    xlsx::number_text(v, out);
    return out;
  };
  CHECK(number("123456") == "123456");
  CHECK(number("123456.0") == "123456");
  CHECK(number("1.23456E5") == "123456");
  CHECK(number("3.5") == "3.5");
  CHECK(number("0.1") == "0.1");
  CHECK(number("1E-3") == "0.001");
  CHECK(number("-2") == "-2");
  CHECK(number("1.5E+20") == "1.5e+20");
  CHECK(number("007") == "7");
  CHECK(number("abc") == "abc");
}

TEST_CASE("xlsx: which number formats are dates") {
  CHECK(xlsx::is_date_format("dd/mm/yyyy"));
  CHECK(xlsx::is_date_format("d-mmm-yy"));
  CHECK(xlsx::is_date_format("[$-809]dd mmmm yyyy;@"));
  CHECK(xlsx::is_date_format("yyyy-mm-dd hh:mm:ss"));
  CHECK_FALSE(xlsx::is_date_format("General"));
  CHECK_FALSE(xlsx::is_date_format("0.00"));
  CHECK_FALSE(xlsx::is_date_format("\"Day \"0"));
  CHECK_FALSE(xlsx::is_date_format("[Red]0;[Blue]-0"));
  CHECK_FALSE(xlsx::is_date_format("0\\d"));
  CHECK(xlsx::is_builtin_date_format(14));
  CHECK(xlsx::is_builtin_date_format(22));
  CHECK(xlsx::is_builtin_date_format(47));
  CHECK_FALSE(xlsx::is_builtin_date_format(13));
  CHECK_FALSE(xlsx::is_builtin_date_format(49));
}

TEST_CASE("xlsx: cell references") {
  unsigned column = 99, row = 99;
  REQUIRE(xlsx::parse_cell_reference("C12", column, row));
  CHECK(column == 2);
  CHECK(row == 12);
  REQUIRE(xlsx::parse_cell_reference("XFD1048576", column, row));
  CHECK(column == 16383);
  CHECK(row == 1048576);
  REQUIRE(xlsx::parse_cell_reference("AA", column, row));
  CHECK(column == 26);
  CHECK(row == 0);
  CHECK_FALSE(xlsx::parse_cell_reference("XFE1", column, row));
  CHECK_FALSE(xlsx::parse_cell_reference("A1048577", column, row));
  CHECK_FALSE(xlsx::parse_cell_reference("AAAA1", column, row));
  CHECK_FALSE(xlsx::parse_cell_reference("a1", column, row));
  CHECK_FALSE(xlsx::parse_cell_reference("1", column, row));
}

TEST_CASE("xlsx: shared and inline strings, numbers, serial and text dates, a title row") {
  // Shared strings: 0..6 the header, 7 a rich text run, 8 a text with a phonetic reading.
  std::string shared;
  for (const std::string& h : list_1_header) shared += "<si><t>" + h + "</t></si>";
  shared += "<si><r><t>Sch</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">ool, primary</t></r></si>";
  shared += "<si><t>Police</t><rPh sb=\"0\" eb=\"1\"><t>PO</t></rPh></si>";
  std::string header_row = "<row r=\"3\">";
  for (int i = 0; i < 7; ++i)
    header_row += fmt::format("<c r=\"{}3\" t=\"s\"><v>{}</v></c>", static_cast<char>('A' + i), i);
  header_row += "</row>";
  const std::string rows =
      text_row(1, {"List 1: Contacts"}) + header_row +
      // A number id, a serial date in built-in format 14, a shared rich text.
      "<row r=\"4\"><c r=\"A4\"><v>123456</v></c><c r=\"F4\" s=\"1\"><v>43040</v></c>"
      "<c r=\"G4\" t=\"s\"><v>7</v></c></row>"
      // Inline strings, a custom date format with a time of day, a phonetic run dropped.
      "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>C0002</t></is></c><c r=\"F5\" s=\"2\">"
      "<v>43041.5</v></c><c r=\"G5\" t=\"s\"><v>8</v></c></row>"
      // A date typed as text; a formula's text result; no row or cell references.
      "<row><c t=\"str\"><f>\"C\"&amp;\"3\"</f><v>C3</v></c><c/><c/><c/><c/>"
      "<c t=\"inlineStr\"><is><t>03/11/2017</t></is></c></row>"
      // The leap day of 2024; a number in a non-date style is not a date.
      "<row r=\"9\"><c r=\"A9\"><v>4</v></c><c r=\"F9\" s=\"1\"><v>45351</v></c>"
      "<c r=\"G9\" s=\"3\"><v>12</v></c></row>";
  auto x = read_book(workbook({{"List 1 - Contacts", rows}}, shared));
  REQUIRE(x.files.size() == 1);
  CHECK(x.files[0].file == "book.xlsx[List 1 - Contacts]");
  CHECK(x.files[0].kind == kpi::Kind::contacts);
  CHECK(x.files[0].matched == kpi::HeaderFamily::annex_a);
  CHECK(x.files[0].rows == 4);
  CHECK(x.files[0].used == 4);
  CHECK(x.messages.empty());
  REQUIRE(x.contacts.size() == 4);
  CHECK(x.strings.str(x.contacts[0].child) == "123456");
  CHECK(day(x.contacts[0].date) == "2017-11-01");
  CHECK(x.strings.str(x.contacts[0].source) == "School, primary");
  CHECK(x.contacts[0].origin.line == 4);
  CHECK(x.strings.str(x.contacts[1].child) == "C0002");
  CHECK(day(x.contacts[1].date) == "2017-11-02");
  CHECK(x.strings.str(x.contacts[1].source) == "Police");
  CHECK(x.strings.str(x.contacts[2].child) == "C3");
  CHECK(day(x.contacts[2].date) == "2017-11-03");
  CHECK(x.contacts[2].origin.line == 6);  // the row after row 5
  CHECK(x.strings.str(x.contacts[3].child) == "4");
  CHECK(day(x.contacts[3].date) == "2024-02-29");
  CHECK(x.strings.str(x.contacts[3].source) == "12");
  CHECK(x.contacts[3].origin.line == 9);
}

TEST_CASE("xlsx: the 1904 date system") {
  const std::string rows = text_row(1, {"child_id", "contact_date"}) +
                           "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>C1</t></is></c>"
                           "<c r=\"B2\" s=\"1\"><v>41578</v></c></row>"
                           "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>C2</t></is></c>"
                           "<c r=\"B3\" s=\"2\"><v>43889</v></c></row>";
  auto x = read_book(workbook({{"contacts", rows}}, "", true));
  REQUIRE(x.contacts.size() == 2);
  CHECK(day(x.contacts[0].date) == "2017-11-01");
  CHECK(day(x.contacts[1].date) == "2024-02-29");
}

TEST_CASE("xlsx: serials around Excel's 29 February 1900 read as the dates Excel shows") {
  const std::string rows = text_row(1, {"child_id", "contact_date"}) +
                           "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>59</v></c></row>"
                           "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"B3\" s=\"1\"><v>60</v></c></row>"
                           "<row r=\"4\"><c r=\"A4\"><v>3</v></c><c r=\"B4\" s=\"1\"><v>61</v></c></row>";
  auto x = read_book(workbook({{"Sheet1", rows}}));
  REQUIRE(x.contacts.size() == 2);
  CHECK(day(x.contacts[0].date) == "1900-02-28");
  CHECK(day(x.contacts[1].date) == "1900-03-01");
  CHECK(x.files[0].excluded.at("invalid contact_date") == 1);
  REQUIRE(x.messages.size() == 1);
  CHECK(x.messages[0] ==
        "book.xlsx[Sheet1]:3: column 'contact_date': invalid date '1900-02-29' (expected "
        "YYYY-MM-DD, DD/MM/YYYY or DD-Mon-YYYY)");
}

TEST_CASE("xlsx: workbooks written by libxlsxwriter, shared and inline strings") {
  for (bool constant_memory : {false, true}) {  // constant memory writes inline strings
    CAPTURE(constant_memory);
    const std::string path = temp_path("writer.xlsx");
    lxw_workbook_options options{};
    options.constant_memory = constant_memory;
    lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
    REQUIRE(book);
    lxw_format* date_format = workbook_add_format(book);
    format_set_num_format(date_format, "dd/mm/yyyy");
    workbook_add_worksheet(book, "Notes");  // no header: skipped
    lxw_worksheet* sheet = workbook_add_worksheet(book, "List 3 - Referrals");
    worksheet_write_string(sheet, 0, 0, "Annex A List 3", nullptr);
    const char* header[] = {"Child Unique ID", "Date of referral", "Referral NFA?",
                            "Number of Referrals in Last 12 Months"};
    for (int c = 0; c < 4; ++c) worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(c), header[c], nullptr);
    worksheet_write_number(sheet, 3, 0, 1001, nullptr);
    lxw_datetime when = {2024, 2, 29, 0, 0, 0};
    worksheet_write_datetime(sheet, 3, 1, &when, date_format);
    worksheet_write_string(sheet, 3, 2, "b) No", nullptr);
    worksheet_write_number(sheet, 3, 3, 2, nullptr);
    worksheet_write_string(sheet, 4, 0, "C1002", nullptr);
    worksheet_write_string(sheet, 4, 1, "01/03/2024", nullptr);  // a date typed as text
    worksheet_write_string(sheet, 4, 2, "a) Yes", nullptr);
    worksheet_write_number(sheet, 4, 3, 1, nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    auto x = read_book(slurp(path));
    std::filesystem::remove(path);
    REQUIRE(x.files.size() == 2);
    CHECK(x.files[0].file == "book.xlsx[Notes]");
    CHECK(x.files[0].skipped == "no header: the sheet is empty");
    CHECK(x.files[1].kind == kpi::Kind::referrals);
    CHECK(x.files[1].rows == 2);
    REQUIRE(x.referrals.size() == 2);
    CHECK(x.strings.str(x.referrals[0].child) == "1001");
    CHECK(day(x.referrals[0].date) == "2024-02-29");
    CHECK(x.referrals[0].nfa == kpi::Flag::no);
    CHECK(x.strings.str(x.referrals[1].child) == "C1002");
    CHECK(day(x.referrals[1].date) == "2024-03-01");
    CHECK(x.referrals[1].nfa == kpi::Flag::yes);
    CHECK(x.referrals[1].origin.line == 5);
  }
}

TEST_CASE("xlsx: the sheet's name breaks a tie between kinds, as a file name does") {
  const std::string rows = text_row(1, {"plan_id", "child_id", "start_date", "end_date"}) +
                           text_row(2, {"P1", "C1", "2017-11-01"});
  auto x = read_book(workbook({{"CP plans", rows}, {"cin_plans 2017", rows}}));
  REQUIRE(x.files.size() == 2);
  CHECK(x.files[0].kind == kpi::Kind::cp_plans);
  CHECK(x.files[1].kind == kpi::Kind::cin_plans);
  CHECK(x.cp_plans.size() == 1);
  CHECK(x.cin_plans.size() == 1);
  CHECK(book_error(workbook({{"Plans", rows}})) ==
        "book.xlsx[Plans]:1: the header fits cp_plans and cin_plans equally well (columns found: "
        "plan_id, child_id, start_date, end_date); name the kind, e.g. cp_plans=book.xlsx");
  // A forced kind settles it for every sheet.
  x = read_book(workbook({{"Plans", rows}}), "book.xlsx", kpi::Kind::cin_plans, false);
  CHECK(x.cin_plans.size() == 1);
}

TEST_CASE("xlsx: sheets that are no extract, empty or unused are skipped with a notice") {
  const std::string contacts = text_row(1, {"child_id", "contact_date"}) + text_row(2, {"C1", "2017-11-01"});
  auto x = read_book(workbook({{"Cover", text_row(1, {"Annex A return"}) + text_row(2, {"Authority", "Nowhere"})},
                               {"Empty", ""},
                               {"List 9", text_row(1, {"Child Unique ID", "Eligibility Category",
                                                       "LA In Touch"})},
                               {"contacts", contacts}}));
  REQUIRE(x.files.size() == 4);
  CAPTURE(fmt::format("{}", fmt::join(x.messages, "\n")));
  CHECK(x.messages == std::vector<std::string>{
      "book.xlsx[Cover]: skipped: no recognisable header (columns found: Annex A return)",
      "book.xlsx[Empty]: skipped: no header: the sheet is empty",
      "book.xlsx[List 9]: skipped: Annex A List 9 (care leavers) is not used",
      });
  CHECK(x.contacts.size() == 1);
  // Named on the command line, a workbook without any extract is an error.
  CHECK(book_error(workbook({{"Cover", text_row(1, {"Annex A return"})}, {"Empty", ""}}),
                   std::nullopt, false) ==
        "book.xlsx: no sheet holds an extract (Cover: no recognisable header (columns found: "
        "Annex A return); Empty: no header: the sheet is empty)");
  // A forced kind: sheets that lack its columns are skipped.
  x = read_book(workbook({{"Cover", text_row(1, {"Annex A return"})}, {"contacts", contacts}}),
                "book.xlsx", kpi::Kind::contacts, false);
  REQUIRE(x.files.size() == 2);
  CHECK(x.files[0].skipped.has_value());
  CHECK(x.files[1].kind == kpi::Kind::contacts);
}

TEST_CASE("xlsx: values under no header are ignored, and rows reconcile") {
  const std::string rows = text_row(1, {"child_id", "contact_date"}) +
                           text_row(2, {"C1", "2017-11-01", "a note"}) +
                           text_row(3, {"C2", "31/02/2017"}) + text_row(4, {"", "", "", "x"}) +
                           "<row r=\"5\"><c r=\"A5\" s=\"1\"/><c r=\"B5\" t=\"inlineStr\"><is><t/></is></c></row>";
  auto x = read_book(workbook({{"contacts", rows}}));
  CHECK(x.files[0].rows == 3);  // row 5 is empty
  CHECK(x.files[0].used == 1);
  CHECK(x.files[0].excluded == std::map<std::string, long>{{"invalid contact_date", 1},
                                                          {"missing child_id", 1}});
  CHECK(x.messages == std::vector<std::string>{
      "book.xlsx[contacts]:3: column 'contact_date': invalid date '31/02/2017' (expected "
      "YYYY-MM-DD, DD/MM/YYYY or DD-Mon-YYYY)",
      "book.xlsx[contacts]:4: column 'child_id': value missing"});
}

TEST_CASE("xlsx: bad workbooks are one clear error each") {
  const std::string good = workbook({{"contacts", text_row(1, {"child_id", "contact_date"})}});
  CHECK(book_error(good.substr(0, good.size() / 2)) ==
        "book.xlsx: the file is damaged or truncated: its zip directory (at the end of an .xlsx) "
        "is missing");
  CHECK(book_error(std::string("PK\x03\x04", 4) + std::string(100, 'x')) ==
        "book.xlsx: the file is damaged or truncated: its zip directory (at the end of an .xlsx) "
        "is missing");
  CHECK(book_error(zip_bytes({{"word/document.xml", "<document/>"}})) ==
        "book.xlsx: a zip file but not an Excel workbook: it holds no xl/workbook.xml (a Word or "
        "OpenDocument file?); save it from Excel as .xlsx");

  CHECK(book_error(zip_bytes({{"xl/workbook.bin", "binary"}})) ==
        "book.xlsx: an Excel binary workbook (.xlsb), which cannot be read: open it in Excel and "
        "save it as .xlsx (Excel Workbook)");
  CHECK(book_error(zip_bytes({{"xl/workbook.xml", "<workbook><sheets/></workbook>"}})) ==
        "book.xlsx: the workbook has no sheets");

  // OLE compound files: an .xls, and an encrypted workbook (a directory entry
  // named EncryptedPackage, in UTF-16LE, at a 128-byte slot).
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole.resize(2048, '\0');
  std::string xls = ole;
  const std::u16string_view workbook_name = u"Workbook";
  for (std::size_t i = 0; i < workbook_name.size(); ++i) xls[1024 + 2 * i] = static_cast<char>(workbook_name[i]);
  CHECK(book_error(xls) ==
        "book.xlsx: an old Excel 97-2003 workbook (.xls), which cannot be read: open it in Excel "
        "and save it as .xlsx (Excel Workbook)");
  std::string encrypted = ole;
  const std::u16string_view package = u"EncryptedPackage";
  for (std::size_t i = 0; i < package.size(); ++i) encrypted[1152 + 2 * i] = static_cast<char>(package[i]);
  CHECK(book_error(encrypted) ==
        "book.xlsx: the workbook is encrypted (password-protected): remove the password in Excel "
        "(File > Info > Protect Workbook > Encrypt with Password) and save it again");

  // A zip bomb: 64 MB of one byte deflates to about 64 KB.
  const std::string bomb = workbook({{"contacts", text_row(1, {"child_id", "contact_date"}) +
                                                      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" +
                                                      std::string(64 << 20, 'x') + "</t></is></c></row>"}});
  const std::string bomb_error = book_error(bomb);
  CHECK(bomb_error.starts_with("book.xlsx[contacts]: xl/worksheets/sheet1.xml: inflates to more "
                               "than 100 times its compressed size of "));
  CHECK(bomb_error.ends_with(" bytes: not read (a zip bomb?)"));

  CHECK(book_error(workbook({{"List 3", text_row(1, {"child_id", "contact_date"}) +
                                            "<row r=\"2\"><c r=\"A2\"><v>1</v></row>"}})) ==
        "book.xlsx[List 3]: xl/worksheets/sheet1.xml:2:245: mismatched tag");
  CHECK(book_error(zip_bytes({{"xl/workbook.xml", "<workbook><sheets>"}})) ==
        "book.xlsx: xl/workbook.xml:1:19: no element found");
  CHECK(book_error(zip_bytes({{"xl/workbook.xml",
                               "<!DOCTYPE lol [<!ENTITY lol \"lol\">]><workbook/>"}})) ==
        "book.xlsx: xl/workbook.xml:1:15: a DOCTYPE is not allowed in a workbook part");

  // A cell of 17 MB (stored, so that it is not taken for a zip bomb).
  const std::string huge = workbook({{"contacts", text_row(1, {"child_id", "contact_date"}) +
                                                      text_row(2, {std::string(17 << 20, 'x')}),
                                      true}});
  CHECK(book_error(huge) == "book.xlsx[contacts]:2: cell A2: more than 16 MB of text");

  CHECK(book_error(workbook({{"contacts", text_row(1, {"child_id", "contact_date"}) +
                                              "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c></row>"}})) ==
        "book.xlsx[contacts]:2: cell A2: shared string '5' does not exist (the workbook has 0)");
  CHECK(book_error(workbook({{"contacts", "<row r=\"2\"><c r=\"ZZZZ2\"><v>5</v></c></row>"}})) ==
        "book.xlsx[contacts]:2: cell reference 'ZZZZ2' is not a cell of a sheet (A1 to XFD1048576)");
}

TEST_CASE("xlsx: a damaged part, and the limit on a workbook's inflated size") {
  // A stored (uncompressed) sheet with one byte changed: its CRC no longer matches.
  std::string bytes = workbook({{"contacts", text_row(1, {"child_id", "contact_date"}), true}});
  const std::size_t at = bytes.find("child_id");
  REQUIRE(at != std::string::npos);
  bytes[at + 3] = 'X';
  CHECK(book_error(bytes) ==
        "book.xlsx[contacts]: xl/worksheets/sheet1.xml: the file is damaged or truncated: CRC error");

  const std::string book = workbook({{"contacts", text_row(1, {"child_id", "contact_date"})}});
  std::istringstream in(book);
  auto source = kpi::extract::ByteSource::of_stream(in, "book.xlsx");
  xlsx::ZipArchive zip(*source, "book.xlsx", {.total_bytes = 500});
  std::size_t read = 0;
  auto count = [&](std::string_view piece) {
    read += piece.size();
    return true;
  };
  zip.read("xl/workbook.xml", "book.xlsx", count);  // under 500 bytes
  CHECK_THROWS_WITH_AS(zip.read("xl/styles.xml", "book.xlsx", count),
                       "book.xlsx: xl/styles.xml: the workbook's parts inflate to more than 500 bytes: "
                       "not read (a zip bomb?)",
                       kpi::InputError);
  CHECK(zip.contains("XL/Workbook.xml"));  // part names ignore case
}

TEST_CASE("xlsx: a workbook found by load_extracts: its error is the file's, with the sheet") {
  const std::string path = temp_path("load.xlsx");
  {
    std::ofstream out(path, std::ios::binary);
    out << workbook({{"contacts", text_row(1, {"child_id", "contact_date"}) + text_row(2, {"C1", "2017-11-01"})},
                     {"List 3", "<row r=\"1\"><c r=\"A1\"><v>1</v></row>"}});
  }
  kpi::LoadOptions options;
  options.keep_going = true;
  auto x = kpi::load_extracts({{path, std::nullopt}}, options);
  REQUIRE(x.files.size() == 1);
  CAPTURE(x.files[0].error.value_or("none"));
  CHECK(x.files[0].file == path);
  CHECK(x.files[0].error == path + "[List 3]: xl/worksheets/sheet2.xml:2:120: mismatched tag");
  CHECK(x.contacts.empty());
  std::filesystem::remove(path);
}

}  // TEST_SUITE
