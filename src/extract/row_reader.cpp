#include "extract/row_reader.h"

#include "extract/values.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

namespace kpi::extract {

RowReader::RowReader(const HeaderMatch& header, std::uint32_t file, FileReport& report,
                     const LoadOptions& options, Extracts& out)
    : header_(header), file_(file), report_(report), options_(options), out_(out) {}

void RowReader::begin_row(unsigned line, unsigned column) {
  line_ = line;
  column_ = column;
  for (int column = 0; column < max_columns; ++column) {
    const ColumnCache& cache = caches_[column];
    if (cache.interned && !fields[column].empty() && cache.skips(fields[column]))
      out_.strings.prefetch(fields[column]);
  }
}

void RowReader::set_fields(const std::vector<std::string>& cells) {
  for (std::string_view& field : fields) field = {};
  const auto& field_columns = header_.field_columns;
  const std::size_t n = std::min(cells.size(), field_columns.size());
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view text = trim(cells[i]);  // as fccp trims a CSV field
    for (std::int8_t column : field_columns[i])
      if (column >= 0) fields[column] = text;
  }
}

void read_row(RowReader& row, std::optional<Kind> kind, unsigned line, unsigned column) {
  row.begin_row(line, column);
  if (kind)
    build_row(*kind, row);
  else
    build_person_row(row);
  ++row.report().rows;
}

void summarise_messages(Extracts& out, const std::string& name, long messages) {
  if (messages > max_messages_per_file)
    out.messages.push_back(fmt::format("{}: {} more messages like these are not listed", name,
                                       messages - max_messages_per_file));
}

std::string RowReader::column_ref(int column) const {
  return fmt::format("column '{}'", header_.column_label(column));
}

std::string RowReader::located(const std::string& text) const {
  if (column_ > 0) return fmt::format("{}:{}:{}: {}", report_.file, line_, column_, text);
  return fmt::format("{}:{}: {}", report_.file, line_, text);
}

void RowReader::message(const std::string& text) {
  if (++messages_ <= max_messages_per_file) out_.messages.push_back(located(text));
}

void RowReader::exclude(const std::string& reason, const std::string& text, bool bad_value) {
  if (bad_value && options_.strict) throw InputError(located(text));
  ++report().excluded[reason];
  if (!text.empty()) message(text);
}

void RowReader::finding(const std::string& reason, const std::string& text) {
  ++report().findings[reason];
  if (!text.empty()) message(text);
}

Id RowReader::intern(int column, std::string_view text) {
  if (Id id = out_.strings.intern_number(text); id != no_id) return id;
  ColumnCache& cache = caches_[column];
  cache.interned = true;
  if (cache.skips(text)) return out_.strings.intern_text(text);
  if (cache.entries.empty()) cache.entries.resize(cache_size);
  // FNV-1a: short ids, so a byte loop is cheap.
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : text) hash = (hash ^ c) * 16777619u;
  CacheEntry& entry = cache.entries[hash % cache_size];
  ++cache.lookups;
  if (entry.id != no_id && entry.size == text.size() &&
      std::memcmp(entry.text, text.data(), text.size()) == 0) {
    ++cache.hits;
    return entry.id;
  }
  // After a trial, a column that rarely hits stops paying for the cache.
  if (cache.lookups == 8192 && cache.hits < cache.lookups / 8) {
    cache.off = true;
    cache.entries = {};
  }
  Id id = out_.strings.intern_text(text);
  if (!cache.off) {
    entry.id = id;
    entry.size = static_cast<std::uint8_t>(text.size());
    std::memcpy(entry.text, text.data(), text.size());
  }
  return id;
}

bool RowReader::required_id(int column, Id& id) {
  std::string_view value = text(column);
  if (is_not_recorded(value)) {
    exclude(fmt::format("missing {}", header_.spec().columns[column].name),
            fmt::format("{}: value missing", column_ref(column)), true);
    return false;
  }
  id = intern(column, value);
  return true;
}

bool RowReader::required_date(int column, Date& date) {
  std::string_view value = text(column);
  std::string_view name = header_.spec().columns[column].name;
  if (is_not_recorded(value)) {
    exclude(fmt::format("missing {}", name), fmt::format("{}: value missing", column_ref(column)),
            true);
    return false;
  }
  auto parsed = parse_date(value);
  if (!parsed) {
    exclude(fmt::format("invalid {}", name),
            fmt::format("{}: invalid date '{}' (expected {})", column_ref(column), value,
                        date_formats_expected),
            true);
    return false;
  }
  date = *parsed;
  return true;
}

Id RowReader::optional_id(int column) {
  std::string_view value = text(column);
  if (is_not_recorded(value)) return no_id;
  return intern(column, value);
}

MaybeDate RowReader::optional_date(int column) {
  std::string_view value = text(column);
  if (is_not_recorded(value)) return std::nullopt;
  auto parsed = parse_date(value);
  if (!parsed)
    finding(fmt::format("invalid {}", header_.spec().columns[column].name),
            fmt::format("{}: invalid date '{}' (expected {}); read as not recorded",
                        column_ref(column), value, date_formats_expected));
  return parsed;
}

Flag RowReader::optional_flag(int column) {
  std::string_view value = text(column);
  if (is_not_recorded(value)) return Flag::unknown;
  auto parsed = parse_flag(value);
  if (!parsed) {
    finding(fmt::format("invalid {}", header_.spec().columns[column].name),
            fmt::format("{}: invalid flag '{}' (expected Y or N); read as not recorded",
                        column_ref(column), value));
    return Flag::unknown;
  }
  return *parsed;
}

std::int16_t RowReader::optional_count(int column) {
  std::string_view value = text(column);
  if (is_not_recorded(value)) return -1;
  auto parsed = parse_count(value);
  if (!parsed) {
    finding(fmt::format("invalid {}", header_.spec().columns[column].name),
            fmt::format("{}: invalid number '{}' (expected a whole number); read as not recorded",
                        column_ref(column), value));
    return -1;
  }
  return *parsed;
}

}  // namespace kpi::extract
