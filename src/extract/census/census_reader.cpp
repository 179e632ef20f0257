// Reading a CIN census XML file with expat, a streaming parser: memory stays
// bounded by one <Child> whatever the file's size, and every error has the
// line and column expat gives (docs/extracts.md, "CIN census XML", says why
// expat rather than a DOM such as pugixml).
#include "extract/census/census_child.h"
#include "extract/reading.h"
#include "kpi/error.h"

#include <expat.h>
#include <fmt/format.h>

#include <map>

namespace kpi::extract {
namespace census {
namespace {

// Limits that keep a damaged or hostile file from taking the machine.
constexpr std::size_t max_value_bytes = 64 << 10;  // no census value is near this
constexpr std::size_t max_child_bytes = 16 << 20;
constexpr std::size_t max_depth = 256;
constexpr std::size_t read_bytes = 1 << 16;

// Where a leaf's text goes: a column of a block, or the child's id or birth date.
struct Capture {
  int block = -1;  // -1: the child
  int column = -1;  // -1: nothing captured; for the child 0 id, 1 date of birth
};

struct Frame {
  int block;  // the innermost open block, -1 outside one
  Capture capture;
  bool skipped;  // inside an element that is not read
};

class Parser {
 public:
  Parser(const std::string& name, const LoadOptions& options, Extracts& out,
         bool skip_unrecognised)
      : name_(name), options_(options), out_(out), skip_unrecognised_(skip_unrecognised),
        parser_(XML_ParserCreate(nullptr)) {
    if (!parser_) throw std::bad_alloc();
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &Parser::on_start, &Parser::on_end);
    XML_SetCharacterDataHandler(parser_, &Parser::on_text);
    XML_SetEntityDeclHandler(parser_, &Parser::on_entity);
  }
  ~Parser() { XML_ParserFree(parser_); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  void read(const ByteSource& source) {
    for (std::uint64_t at = 0;;) {
      void* buffer = XML_GetBuffer(parser_, read_bytes);
      if (!buffer) throw std::bad_alloc();
      const std::size_t n = source.read_at(at, static_cast<char*>(buffer), read_bytes);
      at += n;
      const bool last = n == 0;
      if (XML_ParseBuffer(parser_, static_cast<int>(n), last) == XML_STATUS_ERROR) {
        if (!error_.empty()) throw InputError(error_);
        if (skipped_) return;
        throw InputError(xml_error());
      }
      if (last) break;
    }
    finish();
  }

 private:
  Position here() const {
    return {static_cast<unsigned>(XML_GetCurrentLineNumber(parser_)),
            static_cast<unsigned>(XML_GetCurrentColumnNumber(parser_)) + 1};
  }
  std::string at(Position p) const { return fmt::format("{}:{}:{}", name_, p.line, p.column); }

  std::string xml_error() const {
    const XML_Error code = XML_GetErrorCode(parser_);
    std::string text = XML_ErrorString(code);
    if (code == XML_ERROR_NO_ELEMENTS || code == XML_ERROR_UNCLOSED_TOKEN ||
        code == XML_ERROR_UNCLOSED_CDATA_SECTION)
      text += " (the file ends too early: is it cut short?)";
    return fmt::format("{}: not well-formed XML: {}", at(here()), text);
  }

  void fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    XML_StopParser(parser_, XML_FALSE);
  }

  void start(std::string_view element) {
    if (stack_.size() >= max_depth)
      return fail(fmt::format("{}: elements nested more than {} deep", at(here()), max_depth));
    if (stack_.empty()) return start_root(element);
    const Frame& top = stack_.back();
    Frame frame{top.block, {}, top.skipped};
    if (!frame.skipped) {
      const ElementInfo* info = element_info(element);
      if (!info) {
        not_read(element, "is in no CIN census schema csc-kpi knows");
        frame.skipped = true;
      } else if (element == "Child" && in_child_) {
        not_read(element, "is out of place (inside another <Child>)");
        frame.skipped = true;
      } else if (element == "Child") {
        child_ = CollectedChild{};
        child_.at = here();
        in_child_ = true;
        ++children_;
        frame.block = -1;
      } else if (in_child_) {
        frame = enter(element, *info, frame);
      }
    }
    stack_.push_back(frame);
  }

  void start_root(std::string_view element) {
    if (element != "Message") {
      std::string problem = fmt::format("not a CIN census: the root element is <{}>, not <Message>",
                                        element);
      if (!skip_unrecognised_) return fail(fmt::format("{}: {}", at(here()), problem));
      FileReport report;
      report.file = name_;
      report.skipped = problem;
      out_.files.push_back(std::move(report));
      out_.messages.push_back(fmt::format("{}: skipped: {}", name_, problem));
      skipped_ = true;
      XML_StopParser(parser_, XML_FALSE);
      return;
    }
    rows_.emplace(name_, options_, out_);
    stack_.push_back(Frame{-1, {}, false});
  }

  // An element inside <Child>: a block that makes a row, or a leaf whose text
  // is a value.
  Frame enter(std::string_view element, const ElementInfo& info, Frame frame) {
    const int open = frame.block;
    const BlockSpec* open_spec = open >= 0 ? child_.blocks[static_cast<std::size_t>(open)].spec : nullptr;
    if (info.block) {
      const bool placed = info.block->parent.empty() ? open < 0
                                                     : open_spec && open_spec->element == info.block->parent;
      if (!placed) {
        not_read(element, fmt::format("is out of place (expected inside <{}>)",
                                      info.block->parent.empty() ? "Child" : info.block->parent));
        frame.skipped = true;
        return frame;
      }
      if (!hold(sizeof(CollectedBlock))) return frame;
      BlockCounts& counts = open < 0 ? child_.top : child_.blocks[static_cast<std::size_t>(open)].inner;
      const int ordinal = ++counts[static_cast<std::size_t>(info.block - blocks().data())];
      child_.blocks.push_back(CollectedBlock{info.block, here(), open, ordinal});
      frame.block = static_cast<int>(child_.blocks.size()) - 1;
    }
    if (frame.block < 0) {
      if (element == "LAchildID") frame.capture = {-1, 0};
      if (element == "PersonBirthDate") frame.capture = {-1, 1};
    } else {
      const BlockSpec* spec = child_.blocks[static_cast<std::size_t>(frame.block)].spec;
      for (const ElementInfo::Use& use : info.leaf_of)
        if (use.block == spec) frame.capture = {frame.block, use.column};
    }
    if (frame.capture.column >= 0) captured(frame.capture).clear();  // a repeated leaf: the last counts
    return frame;
  }

  std::string& captured(const Capture& c) {
    if (c.block < 0) return c.column == 0 ? child_.child_id : child_.date_of_birth;
    return child_.blocks[static_cast<std::size_t>(c.block)].values[static_cast<std::size_t>(c.column)];
  }

  void text(std::string_view text) {
    if (stack_.empty() || stack_.back().capture.column < 0) return;
    std::string& value = captured(stack_.back().capture);
    if (value.size() + text.size() > max_value_bytes)
      return fail(fmt::format("{}: element text longer than {} KB", at(here()),
                              max_value_bytes >> 10));
    if (hold(text.size())) value.append(text);
  }

  // Counts `bytes` more held for the current child: false (and the parse
  // stops) past the limit.
  bool hold(std::size_t bytes) {
    child_.bytes += bytes;
    if (child_.bytes <= max_child_bytes) return true;
    fail(fmt::format("{}: the <Child> that starts here holds more than {} MB", at(child_.at),
                     max_child_bytes >> 20));
    return false;
  }

  void end(std::string_view element) {
    const bool skipped = stack_.back().skipped;
    stack_.pop_back();
    if (!skipped && element == "Child" && in_child_) {
      rows_->write(child_);
      in_child_ = false;
    }
  }

  // Reported once per element and reason, at its first place, with a count.
  void not_read(std::string_view element, const std::string& why) {
    auto [it, added] = not_read_.try_emplace(fmt::format("element <{}> {}", element, why));
    if (added) it->second.first = here();
    ++it->second.second;
  }

  void finish() {
    if (!rows_) return;
    rows_->finish(out_);
    for (const auto& [what, seen] : not_read_)
      out_.messages.push_back(fmt::format("{}: {}: not read{}", at(seen.first), what,
                                          seen.second > 1 ? fmt::format(" ({} times)", seen.second)
                                                          : ""));
    if (children_ == 0)
      out_.messages.push_back(fmt::format("{}: the census holds no <Child> elements", name_));
  }

  static void XMLCALL on_start(void* self, const XML_Char* element, const XML_Char**) {
    static_cast<Parser*>(self)->start(element);
  }
  static void XMLCALL on_end(void* self, const XML_Char* element) {
    static_cast<Parser*>(self)->end(element);
  }
  static void XMLCALL on_text(void* self, const XML_Char* text, int length) {
    static_cast<Parser*>(self)->text(std::string_view(text, static_cast<std::size_t>(length)));
  }
  // Entities are how "billion laughs" files blow up: a census has none.
  static void XMLCALL on_entity(void* self, const XML_Char* name, int, const XML_Char*, int,
                                const XML_Char*, const XML_Char*, const XML_Char*,
                                const XML_Char*) {
    auto* parser = static_cast<Parser*>(self);
    parser->fail(fmt::format("{}: entity declaration '{}': a CIN census has none, and csc-kpi "
                             "does not expand them",
                             parser->at(parser->here()), name));
  }

  const std::string& name_;
  const LoadOptions& options_;
  Extracts& out_;
  const bool skip_unrecognised_;
  XML_Parser parser_;
  std::optional<CensusRows> rows_;  // made once the root says this is a census
  std::vector<Frame> stack_;
  CollectedChild child_;
  bool in_child_ = false;
  long children_ = 0;
  bool skipped_ = false;
  std::string error_;
  std::map<std::string, std::pair<Position, long>> not_read_;
};

}  // namespace
}  // namespace census

void read_census(const ByteSource& source, const std::string& name, const LoadOptions& options,
                 Extracts& out, bool skip_unrecognised) {
  census::Parser(name, options, out, skip_unrecognised).read(source);
}

}  // namespace kpi::extract
