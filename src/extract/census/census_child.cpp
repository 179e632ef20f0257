#include "extract/census/census_child.h"

#include "extract/reading.h"
#include "extract/schema.h"
#include "kpi/error.h"

#include <fmt/format.h>

namespace kpi::extract::census {
namespace {

// The columns a block kind's rows have, each with the census's name for it
// (the label in messages: "column 'CPPstartDate': invalid date ...").
struct Field {
  int column;
  std::string label;
};

std::vector<Field> fields_of(const BlockSpec& spec) {
  std::vector<Field> fields = {{spec.id_column, fmt::format("{} position", spec.element)},
                               {spec.child_column, "LAchildID"}};
  if (spec.parent_column >= 0)
    fields.push_back({spec.parent_column, fmt::format("{} position", spec.parent)});
  if (spec.dob_column >= 0) fields.push_back({spec.dob_column, "PersonBirthDate"});
  if (spec.self_column >= 0) fields.push_back({spec.self_column, std::string(spec.element)});
  for (const Leaf& leaf : spec.leaves) fields.push_back({leaf.column, std::string(leaf.element)});
  if (spec.kind == Kind::s47_enquiries)
    fields.push_back({col::s47::icpc_result_cp_plan, "CPPstartDate"});
  return fields;
}

// The header a CSV with the kind's short names would have, relabelled.
HeaderMatch header_for(const BlockSpec& spec) {
  std::vector<Field> fields = fields_of(spec);
  std::vector<std::string> names;
  for (const Field& f : fields) names.emplace_back(table_of(spec.kind).columns[f.column].name);
  HeaderCandidate candidate = recognise_header(names, spec.kind, "");
  if (!candidate.match)
    throw std::logic_error(fmt::format("census: no header for {}: {}", spec.element,
                                       candidate.problem));
  HeaderMatch match = std::move(*candidate.match);
  match.family = HeaderFamily::census;
  for (std::size_t i = 0; i < fields.size(); ++i) match.names[i] = fields[i].label;
  return match;
}

// A Section47's conference led to a plan when a CP plan of the same
// CINdetails starts on the day of the conference: the census records the
// plan, not the conference's decision.
std::string_view conference_made_plan(const CollectedChild& child, const CollectedBlock& s47) {
  std::string_view icpc = normalise_value(s47.values[col::s47::icpc_date]);
  if (icpc.empty()) return {};
  for (const CollectedBlock& b : child.blocks)
    if (b.parent == s47.parent && b.spec->kind == Kind::cp_plans &&
        normalise_value(b.values[col::cp_plans::start_date]) == icpc)
      return "Y";
  return "N";
}

}  // namespace

CensusRows::CensusRows(const std::string& name, const LoadOptions& options, Extracts& out) {
  const auto first = static_cast<std::uint32_t>(out.files.size());
  for (Kind kind : census_kinds()) {
    FileReport report;
    report.file = name;
    report.kind = kind;
    report.matched = HeaderFamily::census;
    out.files.push_back(std::move(report));
  }
  for (const BlockSpec& spec : blocks()) {
    rows_of(spec.kind).header = header_for(spec);
    mark_read(out, spec.kind, rows_of(spec.kind).header);
  }
  // The reports are all in place: their addresses no longer move.
  std::uint32_t file = first;
  for (Kind kind : census_kinds()) {
    KindRows& rows = rows_of(kind);
    rows.reader = std::make_unique<RowReader>(rows.header, file, out.files[file], options, out);
    ++file;
  }
}

void CensusRows::write(const CollectedChild& child) {
  ids_.resize(child.blocks.size());
  for (std::size_t i = 0; i < child.blocks.size(); ++i) {
    const CollectedBlock& block = child.blocks[i];
    const BlockSpec& spec = *block.spec;
    ids_[i] = block.parent < 0
                  ? fmt::format("{}#{}", normalise_value(child.child_id), block.ordinal)
                  : fmt::format("{}/{}{}", ids_[static_cast<std::size_t>(block.parent)],
                                spec.tag, block.ordinal);
    // An element with no values at all (<Assessments/>, as some systems write
    // an empty optional block) is no row.
    bool empty = true;
    for (const std::string& value : block.values)
      if (!normalise_value(value).empty()) empty = false;
    if (empty) continue;

    RowReader& row = *rows_of(spec.kind).reader;
    for (std::string_view& field : row.fields) field = {};
    for (std::size_t c = 0; c < block.values.size(); ++c)
      row.fields[c] = normalise_value(block.values[c]);
    row.fields[spec.id_column] = ids_[i];
    row.fields[spec.child_column] = normalise_value(child.child_id);
    if (spec.parent_column >= 0)
      row.fields[spec.parent_column] = ids_[static_cast<std::size_t>(block.parent)];
    if (spec.dob_column >= 0) row.fields[spec.dob_column] = normalise_value(child.date_of_birth);
    if (spec.kind == Kind::s47_enquiries)
      row.fields[col::s47::icpc_result_cp_plan] = conference_made_plan(child, block);
    read_row(row, spec.kind, block.at.line, block.at.column);
  }
}

void CensusRows::finish(Extracts& out) {
  for (Kind kind : census_kinds()) {
    RowReader& row = *rows_of(kind).reader;
    summarise_messages(out, row.report().file, row.messages());
  }
}

}  // namespace kpi::extract::census
