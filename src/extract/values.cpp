#include "extract/values.h"

#include <array>

namespace kpi::extract {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_lower(std::string_view text, std::string_view lower_word) {
  if (text.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (lower(text[i]) != lower_word[i]) return false;
  return true;
}

// Lower-case, spaces collapsed, '-', '_' and tabs as spaces, written into `out`
// (these are read on every row, so without allocating): "Child-In Need" ->
// "child in need". A longer text is cut at the buffer's size, which is longer
// than every word it is compared with, so a cut text still matches none.
using Buffer = std::array<char, 32>;
std::string_view simplified(std::string_view text, Buffer& out) {
  std::size_t n = 0;
  for (char c : text) {
    c = lower(c);
    if (c == '-' || c == '_' || c == '\t') c = ' ';
    if (c == ' ' && (n == 0 || out[n - 1] == ' ')) continue;
    if (n == out.size()) break;
    out[n++] = c;
  }
  while (n > 0 && out[n - 1] == ' ') --n;
  return {out.data(), n};
}

}  // namespace

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string_view drop_option_prefix(std::string_view text) {
  text = trim(text);
  // "a) Yes", "1) Yes": one letter or digit and a closing parenthesis.
  if (text.size() >= 2 && text[1] == ')' &&
      ((text[0] >= 'a' && text[0] <= 'z') || (text[0] >= 'A' && text[0] <= 'Z') ||
       (text[0] >= '0' && text[0] <= '9')))
    text = trim(text.substr(2));
  return text;
}

std::optional<Flag> parse_flag(std::string_view text) {
  // Most extracts write a bare Y or N: those skip the general path.
  if (text.size() == 1) {
    switch (text[0]) {
      case 'Y': case 'y': case '1': return Flag::yes;
      case 'N': case 'n': case '0': return Flag::no;
    }
  }
  text = drop_option_prefix(text);
  static constexpr std::array<std::string_view, 4> yes = {"y", "yes", "true", "1"};
  static constexpr std::array<std::string_view, 4> no = {"n", "no", "false", "0"};
  for (auto word : yes)
    if (equals_lower(text, word)) return Flag::yes;
  for (auto word : no)
    if (equals_lower(text, word)) return Flag::no;
  // Annex A's drop-downs offer "c) Unknown" beside Yes and No: not recorded,
  // not an invalid value.
  if (equals_lower(text, "unknown") || equals_lower(text, "not known")) return Flag::unknown;
  return std::nullopt;
}

AssessmentOutcome parse_outcome_text(std::string_view text) {
  // A Y/N outcome answers Annex A's question "was the child assessed as
  // requiring support?" (SPEC): Y is cin, N is nfa, whatever the column's name.
  if (auto flag = parse_flag(text)) {
    if (*flag == Flag::unknown) return AssessmentOutcome::not_recorded;
    return *flag == Flag::yes ? AssessmentOutcome::cin : AssessmentOutcome::nfa;
  }
  Buffer buffer;
  std::string_view s = simplified(drop_option_prefix(text), buffer);
  if (s == "nfa" || s == "no further action") return AssessmentOutcome::nfa;
  if (s == "cin" || s == "s17" || s == "cin plan" || s == "child in need" ||
      s == "section 17" || s == "s17 cin")
    return AssessmentOutcome::cin;
  return AssessmentOutcome::other;
}

std::optional<VisitType> parse_visit_type(std::string_view text) {
  Buffer buffer;
  std::string_view s = simplified(drop_option_prefix(text), buffer);
  if (s == "cp" || s == "child protection" || s == "cpp") return VisitType::cp;
  if (s == "cin" || s == "child in need") return VisitType::cin;
  if (s == "cla" || s == "lac" || s == "cic" || s == "looked after" ||
      s == "child looked after" || s == "child in care")
    return VisitType::cla;
  return std::nullopt;
}

std::optional<std::int16_t> parse_count(std::string_view text) {
  text = trim(text);
  // Excel writes whole numbers from a number-formatted cell as "3.0" at times.
  if (auto dot = text.find('.'); dot != std::string_view::npos) {
    for (char c : text.substr(dot + 1))
      if (c != '0') return std::nullopt;
    text = text.substr(0, dot);
  }
  if (text.empty() || text.size() > 5) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  if (value > 32767) return std::nullopt;
  return static_cast<std::int16_t>(value);
}

std::optional<std::int8_t> parse_participation(std::string_view text) {
  text = trim(text);
  if (text.size() < 3 || lower(text[0]) != 'p' || lower(text[1]) != 'n') return std::nullopt;
  char digit = text[2];
  if (digit < '0' || digit > '7') return std::nullopt;
  // "PN1" alone, or followed by a description ("PN1 - attends and speaks").
  if (text.size() > 3 && !(text[3] == ' ' || text[3] == '-' || text[3] == ':'))
    return std::nullopt;
  return static_cast<std::int8_t>(digit - '0');
}

}  // namespace kpi::extract
