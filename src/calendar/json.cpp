// Recursive descent over RFC 8259 JSON: no comments, no trailing commas, no
// single quotes; \uXXXX escapes (with surrogate pairs) become UTF-8.
#include "calendar/json.h"

#include "core/utf8.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <cstdlib>

namespace kpi::json {

const Value* Value::member(std::string_view key) const {
  for (const auto& [name, value] : members)
    if (name == key) return &value;
  return nullptr;
}

std::string_view type_name(Value::Type type) {
  switch (type) {
    case Value::Type::null: return "null";
    case Value::Type::boolean: return "true/false";
    case Value::Type::number: return "number";
    case Value::Type::string: return "string";
    case Value::Type::array: return "list";
    case Value::Type::object: return "object";
  }
  return "value";
}

namespace {

constexpr int max_depth = 200;  // deeper nesting is an error, not a stack overflow

class Parser {
 public:
  Parser(std::string_view text, std::string_view source) : text_(text), source_(source) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  }

  Value parse_document() {
    Value value = parse_value(0);
    skip_space();
    if (pos_ != text_.size()) fail("unexpected text after the end of the value");
    return value;
  }

 private:
  [[noreturn]] void fail(std::string_view what) const {
    throw InputError(fmt::format("{}:{}: malformed JSON: {}", source_, line_, what));
  }

  void skip_space() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '\n') ++line_;
      else if (c != ' ' && c != '\t' && c != '\r') return;
      ++pos_;
    }
  }

  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }

  void expect_word(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) fail("expected a value");
    pos_ += word.size();
  }

  Value parse_value(int depth) {
    if (depth > max_depth) fail("nested too deeply");
    skip_space();
    if (at_end()) fail("unexpected end of file, expected a value");
    Value value;
    value.line = line_;
    char c = peek();
    if (c == '{') {
      value.type = Value::Type::object;
      parse_object(value, depth);
    } else if (c == '[') {
      value.type = Value::Type::array;
      parse_array(value, depth);
    } else if (c == '"') {
      value.type = Value::Type::string;
      value.string = parse_string();
    } else if (c == 't') {
      expect_word("true");
      value.type = Value::Type::boolean;
      value.boolean = true;
    } else if (c == 'f') {
      expect_word("false");
      value.type = Value::Type::boolean;
    } else if (c == 'n') {
      expect_word("null");
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      value.type = Value::Type::number;
      value.number = parse_number();
    } else {
      fail("expected a value");
    }
    return value;
  }

  void parse_object(Value& object, int depth) {
    ++pos_;  // '{'
    skip_space();
    if (peek() == '}') {
      ++pos_;
      return;
    }
    for (;;) {
      skip_space();
      if (peek() != '"') fail("expected a member name in double quotes");
      std::string name = parse_string();
      skip_space();
      if (peek() != ':') fail("expected ':'");
      ++pos_;
      object.members.emplace_back(std::move(name), parse_value(depth + 1));
      skip_space();
      if (peek() == ',') {
        ++pos_;
      } else if (peek() == '}') {
        ++pos_;
        return;
      } else {
        fail(at_end() ? "unexpected end of file, expected ',' or '}'" : "expected ',' or '}'");
      }
    }
  }

  void parse_array(Value& array, int depth) {
    ++pos_;  // '['
    skip_space();
    if (peek() == ']') {
      ++pos_;
      return;
    }
    for (;;) {
      array.items.push_back(parse_value(depth + 1));
      skip_space();
      if (peek() == ',') {
        ++pos_;
      } else if (peek() == ']') {
        ++pos_;
        return;
      } else {
        fail(at_end() ? "unexpected end of file, expected ',' or ']'" : "expected ',' or ']'");
      }
    }
  }

  double parse_number() {
    size_t start = pos_;
    auto digits = [this] {
      size_t first = pos_;
      while (!at_end() && peek() >= '0' && peek() <= '9') ++pos_;
      return pos_ - first;
    };
    if (peek() == '-') ++pos_;
    if (peek() == '0') {
      ++pos_;
    } else if (digits() == 0) {
      fail("invalid number");
    }
    if (peek() == '.') {
      ++pos_;
      if (digits() == 0) fail("invalid number");
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (digits() == 0) fail("invalid number");
    }
    return std::strtod(std::string(text_.substr(start, pos_ - start)).c_str(), nullptr);
  }

  unsigned parse_hex4() {
    if (pos_ + 4 > text_.size()) fail("invalid \\u escape");
    unsigned code = 0;
    for (int i = 0; i < 4; ++i) {
      char c = text_[pos_++];
      code <<= 4;
      if (c >= '0' && c <= '9') code |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') code |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') code |= static_cast<unsigned>(c - 'A' + 10);
      else fail("invalid \\u escape");
    }
    return code;
  }

  std::string parse_string() {
    ++pos_;  // opening quote
    std::string out;
    for (;;) {
      if (at_end()) fail("unexpected end of file inside a string");
      char c = text_[pos_++];
      if (c == '"') return out;
      if (static_cast<unsigned char>(c) < 0x20)
        fail(c == '\n' ? "line break inside a string" : "control character inside a string");
      if (c != '\\') {
        out += c;
        continue;
      }
      if (at_end()) fail("unexpected end of file inside a string");
      char escape = text_[pos_++];
      switch (escape) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned code = parse_hex4();
          if (code >= 0xD800 && code <= 0xDBFF) {
            if (text_.substr(pos_, 2) != "\\u") fail("unpaired surrogate in \\u escape");
            pos_ += 2;
            unsigned low = parse_hex4();
            if (low < 0xDC00 || low > 0xDFFF) fail("unpaired surrogate in \\u escape");
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
          } else if (code >= 0xDC00 && code <= 0xDFFF) {
            fail("unpaired surrogate in \\u escape");
          }
          utf8::append(out, code);
          break;
        }
        default:
          fail(fmt::format("invalid escape '\\{}' in a string", escape));
      }
    }
  }

  std::string_view text_;
  std::string_view source_;
  size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

Value parse(std::string_view text, std::string_view source) {
  return Parser(text, source).parse_document();
}

}  // namespace kpi::json
