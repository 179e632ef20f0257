#include "extract/xlsx/workbook_parts.h"

#include "extract/xlsx/xml_part.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <map>

namespace kpi::extract::xlsx {
namespace {

constexpr const char* workbook_part = "xl/workbook.xml";
constexpr const char* workbook_rels = "xl/_rels/workbook.xml.rels";

struct SheetRef {
  std::string name, relationship;
};

class WorkbookHandler : public XmlHandler {
 public:
  std::vector<SheetRef> sheets;
  bool date1904 = false;

  void start(std::string_view name, const char** attributes) override {
    if (name == "sheet") {
      const char* sheet_name = attribute(attributes, "name");
      const char* id = attribute(attributes, "id");  // r:id
      sheets.push_back({sheet_name ? sheet_name : "", id ? id : ""});
    } else if (name == "workbookPr") {
      const char* d = attribute(attributes, "date1904");
      date1904 = d && (std::string_view(d) == "1" || std::string_view(d) == "true");
    }
  }
  void end(std::string_view) override {}
};

class RelationshipsHandler : public XmlHandler {
 public:
  std::map<std::string, std::string> targets;  // id -> part
  std::string shared_strings, styles;

  void start(std::string_view name, const char** attributes) override {
    if (name != "Relationship") return;
    const char* id = attribute(attributes, "Id");
    const char* type = attribute(attributes, "Type");
    const char* target = attribute(attributes, "Target");
    if (!id || !type || !target) return;
    const std::string part = resolve(target);
    targets[id] = part;
    std::string_view t(type);
    if (t.ends_with("/sharedStrings")) shared_strings = part;
    else if (t.ends_with("/styles")) styles = part;
  }
  void end(std::string_view) override {}

 private:
  // Targets are relative to xl/ ("worksheets/sheet1.xml"), or absolute
  // ("/xl/worksheets/sheet1.xml").
  static std::string resolve(std::string_view target) {
    if (target.starts_with("/")) return std::string(target.substr(1));
    std::string base = "xl";
    while (target.starts_with("../")) {
      target.remove_prefix(3);
      base.clear();
    }
    return base.empty() ? std::string(target) : base + "/" + std::string(target);
  }
};

}  // namespace

WorkbookParts read_workbook_parts(ZipArchive& zip, const std::string& name) {
  if (!zip.contains(workbook_part) && zip.contains("xl/workbook.bin"))
    throw InputError(fmt::format("{}: an Excel binary workbook (.xlsb), which cannot be read: "
                                 "open it in Excel and save it as .xlsx (Excel Workbook)",
                                 name));
  if (!zip.contains(workbook_part))
    throw InputError(fmt::format("{}: a zip file but not an Excel workbook: it holds no {} (a "
                                 "Word or OpenDocument file?); save it from Excel as .xlsx",
                                 name, workbook_part));
  WorkbookHandler book;
  parse_part(zip, workbook_part, name, book);
  RelationshipsHandler rels;
  if (zip.contains(workbook_rels)) parse_part(zip, workbook_rels, name, rels);

  WorkbookParts parts;
  parts.dates = book.date1904 ? DateSystem::from_1904 : DateSystem::from_1900;
  parts.shared_strings = rels.shared_strings;
  parts.styles = rels.styles;
  // Without relationships, the names every writer uses.
  if (parts.shared_strings.empty() && zip.contains("xl/sharedStrings.xml"))
    parts.shared_strings = "xl/sharedStrings.xml";
  if (parts.styles.empty() && zip.contains("xl/styles.xml")) parts.styles = "xl/styles.xml";
  for (std::size_t i = 0; i < book.sheets.size(); ++i) {
    SheetEntry sheet{book.sheets[i].name, {}};
    if (auto it = rels.targets.find(book.sheets[i].relationship); it != rels.targets.end())
      sheet.part = it->second;
    else if (std::string guess = fmt::format("xl/worksheets/sheet{}.xml", i + 1); zip.contains(guess))
      sheet.part = guess;
    parts.sheets.push_back(std::move(sheet));
  }
  return parts;
}

}  // namespace kpi::extract::xlsx
