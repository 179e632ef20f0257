// Header recognition. Every alias of every table is normalised once into one
// lookup (name -> the table columns it can be). A header line is scored against
// each table: the number of its fields the table recognises. A table fits when
// its required columns are all there; the best-scoring fitting table wins, a
// tie is broken by the file name naming one of the tied kinds, else it is an
// error. Within the winner, two fields feeding one column are an error.
#include "extract/header.h"

#include "kpi/suggest.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <unordered_map>

namespace kpi::extract {
namespace {

struct Entry {
  std::uint8_t table;
  std::uint8_t column;
  HeaderFamily family;
  Variant variant;
  bool fallback;
};

using Lookup = std::unordered_map<std::string, std::vector<Entry>>;

const Lookup& lookup() {
  static const Lookup map = [] {
    Lookup m;
    auto all = tables();
    for (std::size_t t = 0; t < all.size(); ++t) {
      const TableSpec& table = all[t];
      for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const ColumnSpec& column = table.columns[c];
        auto add = [&](std::string_view name, HeaderFamily family, Variant variant, bool fallback) {
          auto& entries = m[normalise_header_name(name)];
          Entry e{static_cast<std::uint8_t>(t), static_cast<std::uint8_t>(c), family, variant,
                  fallback};
          // One table column per name (Annex A's shared columns appear once per list).
          for (const Entry& x : entries)
            if (x.table == e.table && x.column == e.column) return;
          entries.push_back(e);
        };
        // Short names are the kinds' own; unused tables have none.
        if (table.kind) add(column.name, HeaderFamily::short_names, Variant::plain, false);
        for (const Alias& alias : column.aliases)
          add(alias.name, alias.family, alias.variant, alias.fallback);
      }
    }
    return m;
  }();
  return map;
}

// One table's reading of a header line.
struct Resolution {
  int table = 0;
  int score = 0;
  std::array<int, max_columns> primary;
  std::array<int, max_columns> fallback;
  std::array<Variant, max_columns> variant;
  std::array<HeaderFamily, max_columns> family;
  std::vector<std::string_view> missing;  // required columns absent
  std::string duplicate;                  // "columns 'a' and 'b' both map to x"
  Resolution() {
    primary.fill(-1);
    fallback.fill(-1);
    variant.fill(Variant::plain);
    family.fill(HeaderFamily::short_names);
  }
  int field(int column) const { return primary[column] >= 0 ? primary[column] : fallback[column]; }
};

// Kinds whose rows name the child, or the row the child comes from (the
// episode, the plan: finish.cpp); one of the two columns is required.
struct ChildOr {
  Kind kind;
  int child, other;
  std::string_view missing;
};
constexpr ChildOr child_or[] = {
    {Kind::cla_reviews, col::cla_reviews::child_id, col::cla_reviews::cla_id, "child_id or cla_id"},
    {Kind::visits, col::visits::child_id, col::visits::plan_id, "child_id or plan_id"},
    {Kind::cp_reviews, col::cp_reviews::child_id, col::cp_reviews::plan_id, "child_id or plan_id"},
};

bool implies_visit_type(Variant v) {
  return v == Variant::implies_cp || v == Variant::implies_cin || v == Variant::implies_cla;
}

void check_required(Resolution& r) {
  const TableSpec& table = tables()[r.table];
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (!table.columns[c].required || r.field(static_cast<int>(c)) >= 0) continue;
    if (table.kind == Kind::visits && c == col::visits::visit_type &&
        implies_visit_type(r.variant[col::visits::visit_date]))
      continue;  // the SSD table says the type
    r.missing.push_back(table.columns[c].name);
  }
  for (const ChildOr& rule : child_or)
    if (table.kind == rule.kind && r.field(rule.child) < 0 && r.field(rule.other) < 0)
      r.missing.push_back(rule.missing);
}

std::vector<Resolution> resolve_all(const std::vector<std::string>& fields) {
  std::vector<Resolution> result(tables().size());
  // The last field each table counted: a field feeding two columns of one
  // table (a fallback alias) scores once. (Not a table x field matrix: a line
  // can have millions of fields.)
  std::vector<int> counted(tables().size(), -1);
  for (std::size_t t = 0; t < result.size(); ++t) result[t].table = static_cast<int>(t);
  const Lookup& map = lookup();
  for (std::size_t i = 0; i < fields.size(); ++i) {
    auto it = map.find(normalise_header_name(fields[i]));
    if (it == map.end()) continue;
    for (const Entry& e : it->second) {
      Resolution& r = result[e.table];
      int field = static_cast<int>(i);
      if (e.fallback) {
        if (r.fallback[e.column] < 0) r.fallback[e.column] = field;
      } else if (r.primary[e.column] >= 0) {
        if (r.duplicate.empty())
          r.duplicate = fmt::format("columns '{}' and '{}' both map to {}",
                                    fields[r.primary[e.column]], fields[i],
                                    tables()[e.table].columns[e.column].name);
      } else {
        r.primary[e.column] = field;
        r.variant[e.column] = e.variant;
        r.family[e.column] = e.family;
      }
      if (counted[e.table] != field) {
        counted[e.table] = field;
        ++r.score;
      }
    }
  }
  for (Resolution& r : result) check_required(r);
  return result;
}

std::string columns_found(const std::vector<std::string>& fields) {
  constexpr std::size_t shown = 30;
  std::vector<std::string_view> names;
  for (std::size_t i = 0; i < fields.size() && i < shown; ++i) names.push_back(fields[i]);
  std::string text = fmt::format("{}", fmt::join(names, ", "));
  if (fields.size() > shown) text += fmt::format(", ... ({} more)", fields.size() - shown);
  return text;
}

// "the file name names exactly this one of the tied kinds".
std::optional<int> hinted_by_name(const std::vector<int>& tied, std::string_view file_name) {
  auto slash = file_name.find_last_of("/\\");
  std::string stem(slash == std::string_view::npos ? file_name : file_name.substr(slash + 1));
  for (char& c : stem) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '-' || c == ' ') c = '_';
  }
  std::optional<int> found;
  for (int t : tied) {
    if (stem.find(tables()[t].name) == std::string::npos) continue;
    if (found) return std::nullopt;
    found = t;
  }
  return found;
}

std::string file_stem(std::string_view file_name) {
  auto slash = file_name.find_last_of("/\\");
  std::string stem(slash == std::string_view::npos ? file_name : file_name.substr(slash + 1));
  if (auto dot = stem.rfind('.'); dot != std::string::npos) stem.resize(dot);
  for (char& c : stem)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return stem;
}

HeaderFamily dominant_family(const Resolution& r) {
  int counts[3] = {};
  const TableSpec& table = tables()[r.table];
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    if (r.primary[c] >= 0) ++counts[static_cast<int>(r.family[c])];
  // Ties go to the more specific family: Annex A, then SSD.
  if (counts[2] >= counts[1] && counts[2] >= counts[0] && counts[2] > 0) return HeaderFamily::annex_a;
  if (counts[1] >= counts[0] && counts[1] > 0) return HeaderFamily::ssd;
  return HeaderFamily::short_names;
}

HeaderMatch make_match(const Resolution& r, const std::vector<std::string>& fields) {
  HeaderMatch m;
  m.table = r.table;
  m.family = dominant_family(r);
  m.names = fields;
  m.column_field.fill(-1);
  m.variant = r.variant;
  m.field_columns.assign(fields.size(), {std::int8_t(-1), std::int8_t(-1)});
  const TableSpec& table = tables()[r.table];
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    int field = r.field(static_cast<int>(c));
    if (field < 0) continue;
    m.column_field[c] = field;
    auto& slots = m.field_columns[field];
    (slots[0] < 0 ? slots[0] : slots[1]) = static_cast<std::int8_t>(c);
  }
  return m;
}

std::string lacks(const Resolution& r) {
  return fmt::format("{} (lacks {})", tables()[r.table].name, fmt::join(r.missing, ", "));
}

std::string missing_message(const Resolution& r, const std::vector<std::string>& fields) {
  std::vector<std::string> quoted;
  std::string hint;
  // Only fields this table does not already use can be a misspelt column.
  std::vector<std::string_view> names;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    bool used = false;
    for (std::size_t c = 0; c < tables()[r.table].columns.size(); ++c)
      used = used || r.field(static_cast<int>(c)) == static_cast<int>(i);
    if (!used) names.push_back(fields[i]);
  }
  for (auto name : r.missing) {
    quoted.push_back(fmt::format("'{}'", name));
    std::string close = closest_name(name, names);
    if (!close.empty() && hint.empty())
      hint = fmt::format("; is '{}' meant to be '{}'?", close, name);
  }
  return fmt::format("missing required column{} {} for {}{}", quoted.size() > 1 ? "s" : "",
                     fmt::join(quoted, ", "), tables()[r.table].name, hint);
}

}  // namespace

std::string normalise_header_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool space = false;
  auto put = [&](char c) {
    if (c == ' ') {
      space = !out.empty();
      return;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  };
  for (std::size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    auto next = [&](std::size_t k) {
      return i + k < name.size() ? static_cast<unsigned char>(name[i + k]) : 0u;
    };
    if (c == 0xEF && next(1) == 0xBB && next(2) == 0xBF) {  // byte order mark
      i += 2;
    } else if (c == 0xC2 && next(1) == 0xA0) {  // no-break space
      put(' ');
      i += 1;
    } else if (c == 0xE2 && next(1) == 0x80 && (next(2) == 0x98 || next(2) == 0x99)) {
      put('\'');  // curly single quotes
      i += 2;
    } else if (c == 0xE2 && next(1) == 0x80 && (next(2) == 0x9C || next(2) == 0x9D)) {
      put('"');  // curly double quotes
      i += 2;
    } else if (c == 0xE2 && next(1) == 0x80 && next(2) == 0xAF) {  // narrow no-break space
      put(' ');
      i += 2;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '_') {
      put(' ');
    } else if (c >= 'A' && c <= 'Z') {
      put(static_cast<char>(c - 'A' + 'a'));
    } else {
      put(static_cast<char>(c));
    }
  }
  while (!out.empty() && (out.back() == '?' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string_view HeaderMatch::column_label(int column) const {
  int field = column_field[column];
  if (field >= 0) return names[field];
  return spec().columns[column].name;
}

HeaderCandidate recognise_header(const std::vector<std::string>& fields,
                                 std::optional<Kind> kind, std::string_view file_name,
                                 std::string_view input) {
  HeaderCandidate result;
  std::vector<Resolution> all = resolve_all(fields);
  for (const Resolution& r : all) result.best_score = std::max(result.best_score, r.score);

  const Resolution* chosen = nullptr;
  if (kind) {
    const Resolution& r = all[static_cast<int>(*kind)];
    result.best_score = r.score;
    if (!r.missing.empty()) {
      result.problem = fmt::format("{} (columns found: {})", missing_message(r, fields),
                                   columns_found(fields));
      return result;
    }
    chosen = &r;
  } else {
    int best = 0;
    for (const Resolution& r : all)
      if (r.missing.empty()) best = std::max(best, r.score);
    std::vector<int> tied;
    for (const Resolution& r : all)
      if (r.missing.empty() && r.score == best && best > 0) tied.push_back(r.table);
    if (tied.size() > 1) {
      if (auto hinted = hinted_by_name(tied, file_name)) {
        chosen = &all[*hinted];
      } else {
        std::vector<std::string_view> names;
        for (int t : tied) names.push_back(tables()[t].name);
        result.problem = fmt::format(
            "the header fits {} equally well (columns found: {}); name the kind, e.g. {}={}",
            fmt::join(names, " and "), columns_found(fields), names[0],
            input.empty() ? file_name : input);
        result.fatal = true;
        return result;
      }
    } else if (tied.size() == 1) {
      chosen = &all[tied[0]];
    } else {
      // Nothing fits: blame the nearest kinds.
      std::vector<const Resolution*> near;
      for (const Resolution& r : all)
        if (r.score > 0 && tables()[r.table].kind) near.push_back(&r);
      std::stable_sort(near.begin(), near.end(), [](auto* x, auto* y) {
        if (x->score != y->score) return x->score > y->score;
        return x->missing.size() < y->missing.size();
      });
      if (!near.empty() && near[0]->score >= 2 &&
          (near.size() == 1 || near[1]->score < near[0]->score)) {
        result.looks_like = tables()[near[0]->table].kind;
        result.problem = fmt::format("{} (columns found: {})", missing_message(*near[0], fields),
                                     columns_found(fields));
      } else {
        result.problem = fmt::format("no recognisable header (columns found: {})",
                                     columns_found(fields));
        // Excel in some locales saves with ';', and "Text (Tab delimited)" with tabs.
        if (fields.size() == 1) {
          if (fields[0].find(';') != std::string::npos)
            result.problem += "; the file seems to separate columns with ';': save it as CSV with commas";
          else if (fields[0].find('\t') != std::string::npos)
            result.problem += "; the file seems to separate columns with tabs: save it as CSV with commas";
        }
        std::vector<std::string> nearest;
        for (std::size_t i = 0; i < near.size() && i < 3; ++i) nearest.push_back(lacks(*near[i]));
        if (!nearest.empty())
          result.problem += fmt::format("; nearest kinds: {}", fmt::join(nearest, ", "));
      }
      return result;
    }
  }
  if (!chosen->duplicate.empty()) {
    result.problem = chosen->duplicate;
    result.fatal = true;
    return result;
  }
  result.match = make_match(*chosen, fields);
  return result;
}

std::optional<Kind> kind_named_by(std::string_view file_name) {
  const std::string stem = file_stem(file_name);
  for (int k = 0; k < kind_count; ++k) {
    std::string_view name = kind_name(static_cast<Kind>(k));
    if (!stem.starts_with(name)) continue;
    std::string_view rest = std::string_view(stem).substr(name.size());
    if (rest.empty() || (rest.size() >= 2 && (rest[0] == '_' || rest[0] == '-') &&
                         rest[1] >= '0' && rest[1] <= '9'))
      return static_cast<Kind>(k);
  }
  return std::nullopt;
}

}  // namespace kpi::extract
