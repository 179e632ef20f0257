#include "extract/xlsx/styles.h"

#include <charconv>
#include <cstdlib>
#include <unordered_map>

namespace kpi::extract::xlsx {
namespace {

int to_int(const char* text, int otherwise) {
  if (!text) return otherwise;
  int n = 0;
  std::string_view s(text);
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  return ec == std::errc() && ptr == s.data() + s.size() ? n : otherwise;
}

class StylesHandler : public XmlHandler {
 public:
  explicit StylesHandler(std::vector<bool>& date_styles) : date_styles_(date_styles) {}

  void start(std::string_view name, const char** attributes) override {
    if (name == "numFmt") {
      const char* code = attribute(attributes, "formatCode");
      custom_[to_int(attribute(attributes, "numFmtId"), -1)] = code && is_date_format(code);
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      const int id = to_int(attribute(attributes, "numFmtId"), 0);
      auto it = custom_.find(id);
      date_styles_.push_back(it != custom_.end() ? it->second : is_builtin_date_format(id));
    }
  }
  void end(std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs_ = false;
  }

 private:
  std::vector<bool>& date_styles_;
  std::unordered_map<int, bool> custom_;  // numFmts come before cellXfs in the part
  bool in_cell_xfs_ = false;
};

}  // namespace

bool is_date_format(std::string_view code) {
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      i = code.find('"', i + 1);
      if (i == std::string_view::npos) return false;
    } else if (c == '[') {
      i = code.find(']', i + 1);
      if (i == std::string_view::npos) return false;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is shown as it is (or is padding)
    } else if (c == 'd' || c == 'D' || c == 'm' || c == 'M' || c == 'y' || c == 'Y') {
      return true;
    }
  }
  return false;
}

bool is_builtin_date_format(int id) { return (id >= 14 && id <= 22) || (id >= 45 && id <= 47); }

void Styles::read(ZipArchive& zip, const std::string& part, const std::string& where) {
  StylesHandler handler(date_styles_);
  parse_part(zip, part, where, handler);
}

}  // namespace kpi::extract::xlsx
