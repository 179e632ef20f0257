#include "extract/xlsx/shared_strings.h"

#include "kpi/error.h"

#include <fmt/format.h>

namespace kpi::extract::xlsx {

void RichText::start(std::string_view name) {
  if (name == "rPh") ++in_phonetic_;
  else if (name == "t") in_t_ = true;
}

void RichText::end(std::string_view name) {
  if (name == "rPh") --in_phonetic_;
  else if (name == "t") in_t_ = false;
}

bool RichText::text(std::string_view text, std::string& out) const {
  if (!in_t_ || in_phonetic_ > 0) return true;
  if (out.size() + text.size() > max_cell_bytes) return false;
  out.append(text);
  return true;
}

namespace {

class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(std::string& text, std::vector<std::size_t>& ends, const std::string& where)
      : text_(text), ends_(ends), where_(where) {}

  void start(std::string_view name, const char**) override {
    if (name == "si") {
      in_si_ = true;
      current_.clear();
    } else if (in_si_) {
      rich_.start(name);
    }
  }
  void end(std::string_view name) override {
    if (name == "si") {
      in_si_ = false;
      text_.append(current_);
      ends_.push_back(text_.size());
    } else if (in_si_) {
      rich_.end(name);
    }
  }
  void text(std::string_view text) override {
    if (in_si_ && !rich_.text(text, current_))
      throw InputError(fmt::format("{}: shared string {}: more than {} MB of text in one cell",
                                   where_, ends_.size(), max_cell_bytes >> 20));
  }

 private:
  std::string& text_;
  std::vector<std::size_t>& ends_;
  const std::string& where_;
  std::string current_;
  RichText rich_;
  bool in_si_ = false;
};

}  // namespace

void SharedStrings::read(ZipArchive& zip, const std::string& part, const std::string& where) {
  SharedStringsHandler handler(text_, ends_, where);
  parse_part(zip, part, where, handler);
}

}  // namespace kpi::extract::xlsx
