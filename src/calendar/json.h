// A small, strict JSON reader for the holiday files (no JSON library is
// available). It builds a tree of values, each with the line it starts on, so
// callers can report "file:line:" for a bad value. Not for large files.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kpi::json {

struct Value {
  enum class Type { null, boolean, number, string, array, object };
  Type type = Type::null;
  bool boolean = false;
  double number = 0;
  std::string string;                                  // UTF-8, escapes decoded
  std::vector<Value> items;                            // array
  std::vector<std::pair<std::string, Value>> members;  // object, in file order
  int line = 1;

  // The member `key` of an object, or nullptr.
  const Value* member(std::string_view key) const;
};

// "null", "true/false", "number", "string", "list", "object".
std::string_view type_name(Value::Type type);

// Parses the whole text (a UTF-8 byte order mark is skipped). Throws InputError
// "source:line: malformed JSON: <what was expected>".
Value parse(std::string_view text, std::string_view source);

}  // namespace kpi::json
