#include "report/json_writer.h"

#include "core/utf8.h"

#include <fmt/format.h>

#include <cassert>
#include <cmath>

namespace kpi {

std::string json_quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    char c = text[i];
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      std::size_t length = utf8::sequence_length(text.substr(i));
      if (length == 0) {
        out += "\\ufffd";
        ++i;
      } else {
        out.append(text.substr(i, length));
        i += length;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (u < 0x20)
          out += fmt::format("\\u{:04x}", u);
        else
          out += c;
    }
    ++i;
  }
  out += '"';
  return out;
}

void JsonWriter::raw(std::string_view text) { out_.append(text); }

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) {
    assert(out_.empty() && "one top-level value only");
    return;
  }
  Level& level = levels_.back();
  assert(!level.object && "a value in an object needs a key");
  if (!level.empty) raw(level.on_one_line ? ", " : ",");
  if (!level.on_one_line) {
    raw("\n");
    out_.append(levels_.size() * static_cast<std::size_t>(indent_), ' ');
  }
  level.empty = false;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  assert(!levels_.empty() && levels_.back().object && !after_key_);
  Level& level = levels_.back();
  if (!level.empty) raw(level.on_one_line ? ", " : ",");
  if (!level.on_one_line) {
    raw("\n");
    out_.append(levels_.size() * static_cast<std::size_t>(indent_), ' ');
  }
  level.empty = false;
  raw(json_quote(name));
  raw(": ");
  after_key_ = true;
  return *this;
}

void JsonWriter::open(char bracket, bool object, bool on_one_line) {
  before_value();
  // Inside a one-line container everything stays on that line.
  if (!levels_.empty() && levels_.back().on_one_line) on_one_line = true;
  raw(std::string_view(&bracket, 1));
  levels_.push_back(Level{object, on_one_line});
}

void JsonWriter::close(char bracket) {
  assert(!levels_.empty() && !after_key_);
  Level level = levels_.back();
  levels_.pop_back();
  if (!level.on_one_line && !level.empty) {
    raw("\n");
    out_.append(levels_.size() * static_cast<std::size_t>(indent_), ' ');
  }
  raw(std::string_view(&bracket, 1));
}

JsonWriter& JsonWriter::begin_object(bool on_one_line) {
  open('{', true, on_one_line);
  return *this;
}
JsonWriter& JsonWriter::end_object() {
  assert(levels_.back().object);
  close('}');
  return *this;
}
JsonWriter& JsonWriter::begin_array(bool on_one_line) {
  open('[', false, on_one_line);
  return *this;
}
JsonWriter& JsonWriter::end_array() {
  assert(!levels_.back().object);
  close(']');
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  raw(json_quote(text));
  return *this;
}

JsonWriter& JsonWriter::value(long long number) {
  before_value();
  raw(fmt::format("{}", number));
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  if (!std::isfinite(number)) return null();
  before_value();
  // Shortest form that reads back as the same double: never rounded.
  raw(fmt::format("{}", number));
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  before_value();
  raw(flag ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  raw("null");
  return *this;
}

std::string JsonWriter::finish() {
  assert(levels_.empty() && !after_key_);
  out_ += '\n';
  return std::move(out_);
}

}  // namespace kpi
