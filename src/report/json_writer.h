// A small streaming JSON writer: objects and arrays either laid out one member
// per line (indented) or kept on one line ("inline", for small records such as
// one period's value), strings escaped (control characters as \u00XX, UTF-8
// passed through, invalid UTF-8 bytes replaced by U+FFFD so the output always
// parses), doubles in their shortest round-trip form, NaN and infinities as null.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi {

// `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

class JsonWriter {
 public:
  explicit JsonWriter(int indent = 2) : indent_(indent) {}

  JsonWriter& begin_object(bool on_one_line = false);
  JsonWriter& end_object();
  JsonWriter& begin_array(bool on_one_line = false);
  JsonWriter& end_array();

  // The next member's name (inside an object).
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(long long number);
  JsonWriter& value(long number) { return value(static_cast<long long>(number)); }
  JsonWriter& value(int number) { return value(static_cast<long long>(number)); }
  JsonWriter& value(double number);
  JsonWriter& value(bool flag);
  JsonWriter& null();
  template <class T>
  JsonWriter& value(const std::optional<T>& maybe) {
    return maybe ? value(*maybe) : null();
  }
  // `maybe` written as to_value(*maybe) (kind_name, format_date, ...), or null.
  template <class T, class F>
  JsonWriter& value(const std::optional<T>& maybe, F to_value) {
    return maybe ? value(to_value(*maybe)) : null();
  }

  // The document, with a final newline. Every container must be closed.
  std::string finish();

 private:
  struct Level {
    bool object;
    bool on_one_line;
    bool empty = true;
  };
  void before_value();
  void open(char bracket, bool object, bool on_one_line);
  void close(char bracket);
  void raw(std::string_view text);

  int indent_;
  std::string out_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace kpi
