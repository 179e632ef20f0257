// Reading the user's extra holidays and closures: gov.uk's bank-holidays.json
// (all divisions, or one division's own file) or a CSV with a `date` column and
// an optional `name` or `title` column. Every problem is an InputError naming
// the file (and the line where there is one).
#include "kpi/calendar.h"
#include "kpi/error.h"

#include "calendar/json.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>
#include <cerrno>
#include <cstdio>

namespace kpi {
namespace {

// A read error (a folder opens but does not read) is not an empty file.
std::string read_whole_file(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file)
    throw InputError(fmt::format("{}: cannot read the file ({})", path, errno_text(errno)));
  std::string text;
  char block[1 << 16];
  while (std::size_t got = std::fread(block, 1, sizeof block, file)) text.append(block, got);
  const bool failed = std::ferror(file) != 0;
  const int error = errno;
  std::fclose(file);
  if (failed)
    throw InputError(fmt::format("{}: cannot read the file ({})", path, errno_text(error)));
  return text;
}

std::string_view trim(std::string_view text) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A date of a holiday file, or an InputError at `where` ("file:line").
Date holiday_date(std::string_view text, std::string_view where) {
  if (is_not_recorded(text))
    throw InputError(fmt::format("{}: missing date (expected {})", where, date_formats_expected));
  auto day = parse_date(text);
  if (!day)
    throw InputError(fmt::format("{}: invalid date '{}' (expected {})", where, trim(text),
                                 date_formats_expected));
  if (!Calendar::in_range(*day))
    throw InputError(fmt::format("{}: {}", where, Calendar::outside_range(*day)));
  return *day;
}

// --- gov.uk JSON ---------------------------------------------------------

const json::Value& require_member(const json::Value& object, std::string_view key,
                                  json::Value::Type type, const std::string& path,
                                  std::string_view what) {
  const json::Value* member = object.member(key);
  if (member == nullptr)
    throw InputError(fmt::format("{}:{}: {} has no '{}'", path, object.line, what, key));
  if (member->type != type)
    throw InputError(fmt::format("{}:{}: '{}' should be a {}, not a {}", path, member->line, key,
                                 json::type_name(type), json::type_name(member->type)));
  return *member;
}

std::vector<Holiday> holidays_from_json(const std::string& text, const std::string& path,
                                        Division division) {
  json::Value root = json::parse(text, path);
  if (root.type != json::Value::Type::object)
    throw InputError(fmt::format(
        "{}: expected an object of divisions as in gov.uk's bank-holidays.json, found a {}", path,
        json::type_name(root.type)));
  // `none` has no holidays of its own: a gov.uk file then gives England and Wales.
  std::string wanted(division == Division::none ? division_name(Division::england_and_wales)
                                                : division_name(division));

  // gov.uk publishes all divisions in one file, and each division alone
  // ({"division": ..., "events": [...]}) at /bank-holidays/<division>.json.
  const json::Value* section = &root;
  if (root.member("events") == nullptr) {
    section = root.member(wanted);
    if (section == nullptr) {
      std::vector<std::string_view> found;
      for (const auto& [name, value] : root.members) found.push_back(name);
      throw InputError(fmt::format("{}: no division '{}' (found: {})", path, wanted,
                                   found.empty() ? "none" : fmt::format("{}", fmt::join(found, ", "))));
    }
    if (section->type != json::Value::Type::object)
      throw InputError(fmt::format("{}:{}: division '{}' should be an object, not a {}", path,
                                   section->line, wanted, json::type_name(section->type)));
  } else if (const json::Value* named = root.member("division");
             named != nullptr && named->type == json::Value::Type::string &&
             named->string != wanted) {
    throw InputError(fmt::format("{}: holds the holidays of '{}', not of '{}'", path,
                                 named->string, wanted));
  }

  const json::Value& events = require_member(*section, "events", json::Value::Type::array, path,
                                             fmt::format("division '{}'", wanted));
  std::vector<Holiday> holidays;
  for (const json::Value& event : events.items) {
    if (event.type != json::Value::Type::object)
      throw InputError(fmt::format("{}:{}: an event should be an object, not a {}", path,
                                   event.line, json::type_name(event.type)));
    const json::Value& when =
        require_member(event, "date", json::Value::Type::string, path, "the event");
    Holiday holiday;
    holiday.date = holiday_date(when.string, fmt::format("{}:{}", path, when.line));
    if (const json::Value* title = event.member("title");
        title != nullptr && title->type == json::Value::Type::string)
      holiday.name = title->string;
    if (const json::Value* notes = event.member("notes");
        notes != nullptr && notes->type == json::Value::Type::string)
      holiday.substitute = notes->string == "Substitute day";
    holidays.push_back(std::move(holiday));
  }
  return holidays;
}

// --- CSV -------------------------------------------------------------------

// Splits one CSV record (RFC 4180 quoting). Throws at `where` on a stray quote.
std::vector<std::string> split_csv(std::string_view line, std::string_view where) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '"' && trim(fields.back()).empty()) {
      fields.back().clear();
      quoted = true;
    } else {
      fields.back() += c;
    }
  }
  if (quoted)
    throw InputError(fmt::format("{}: a quoted field is not closed on its line", where));
  return fields;
}

std::vector<Holiday> holidays_from_csv(std::string_view text, const std::string& path) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<Holiday> holidays;
  int line_number = 0;
  size_t date_column = 0, name_column = 0, columns = 0;
  bool have_header = false, have_name = false;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty()) continue;
    std::string where = fmt::format("{}:{}", path, line_number);
    auto fields = split_csv(line, where);
    if (!have_header) {
      std::vector<std::string> names;
      bool have_date = false;
      for (size_t i = 0; i < fields.size(); ++i) {
        std::string name = lower(trim(fields[i]));
        if (name == "date" && !have_date) {
          date_column = i;
          have_date = true;
        } else if ((name == "name" || name == "title") && !have_name) {
          name_column = i;
          have_name = true;
        }
        names.push_back(std::string(trim(fields[i])));
      }
      if (!have_date)
        throw InputError(fmt::format("{}: no 'date' column in the header (found: {})", where,
                                     fmt::join(names, ", ")));
      columns = fields.size();
      have_header = true;
      continue;
    }
    if (fields.size() != columns)
      throw InputError(fmt::format("{}: {} fields, but the header has {}", where, fields.size(),
                                   columns));
    Holiday holiday;
    holiday.date = holiday_date(fields[date_column], where);
    if (have_name) holiday.name = std::string(trim(fields[name_column]));
    holidays.push_back(std::move(holiday));
  }
  if (!have_header)
    throw InputError(fmt::format("{}: the file is empty (expected a header with a 'date' column)",
                                 path));
  return holidays;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         lower(text.substr(text.size() - suffix.size())) == suffix;
}

}  // namespace

std::vector<Holiday> load_holiday_file(const std::string& path, Division division) {
  std::string text = read_whole_file(path);
  std::string_view body = text;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  body = trim(body);
  bool is_json = ends_with(path, ".json") || (!body.empty() && (body[0] == '{' || body[0] == '['));
  return is_json ? holidays_from_json(text, path, division) : holidays_from_csv(text, path);
}

}  // namespace kpi
