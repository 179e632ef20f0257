#include "extract/xlsx/xml_part.h"

#include "kpi/error.h"

#include <expat.h>
#include <fmt/format.h>

#include <exception>
#include <memory>

namespace kpi::extract::xlsx {
namespace {

// Expat is C: nothing may unwind through it. A callback catches what the
// handler throws, stops the parser and keeps the exception for parse_part.
struct Context {
  XML_Parser parser;
  XmlHandler& handler;
  std::exception_ptr error;
  bool stopped = false;
};

// With namespace processing, expat names elements "uri|local".
std::string_view local_name(const char* name) {
  std::string_view n(name);
  if (auto bar = n.rfind('|'); bar != std::string_view::npos) n.remove_prefix(bar + 1);
  return n;
}

template <class F>
void guarded(void* user, F&& f) {
  auto& c = *static_cast<Context*>(user);
  if (c.stopped) return;
  try {
    f(c);
    if (c.handler.done()) {
      c.stopped = true;
      XML_StopParser(c.parser, XML_FALSE);
    }
  } catch (...) {
    c.error = std::current_exception();
    c.stopped = true;
    XML_StopParser(c.parser, XML_FALSE);
  }
}

void XMLCALL on_start(void* user, const char* name, const char** attributes) {
  guarded(user, [&](Context& c) { c.handler.start(local_name(name), attributes); });
}

void XMLCALL on_end(void* user, const char* name) {
  guarded(user, [&](Context& c) { c.handler.end(local_name(name)); });
}

void XMLCALL on_text(void* user, const char* text, int size) {
  guarded(user, [&](Context& c) {
    c.handler.text(std::string_view(text, static_cast<std::size_t>(size)));
  });
}

void XMLCALL on_doctype(void* user, const char*, const char*, const char*, int) {
  auto& c = *static_cast<Context*>(user);
  c.stopped = true;
  XML_StopParser(c.parser, XML_FALSE);
}

}  // namespace

const char* attribute(const char** attributes, std::string_view name) {
  for (const char** a = attributes; *a; a += 2)
    if (local_name(a[0]) == name) return a[1];
  return nullptr;
}

void parse_part(ZipArchive& zip, const std::string& part, const std::string& where,
                XmlHandler& handler) {
  std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> parser(XML_ParserCreateNS(nullptr, '|'),
                                                                  &XML_ParserFree);
  if (!parser) throw std::bad_alloc();
  Context context{parser.get(), handler, nullptr};
  XML_SetUserData(parser.get(), &context);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  XML_SetStartDoctypeDeclHandler(parser.get(), on_doctype);
  auto position = [&] {
    return fmt::format("{}: {}:{}:{}", where, part, XML_GetCurrentLineNumber(parser.get()),
                       XML_GetCurrentColumnNumber(parser.get()) + 1);
  };
  auto check = [&](XML_Status status) {
    if (context.error) std::rethrow_exception(context.error);
    if (context.stopped) {
      if (handler.done()) return false;
      throw InputError(fmt::format("{}: a DOCTYPE is not allowed in a workbook part", position()));
    }
    if (status == XML_STATUS_ERROR)
      throw InputError(fmt::format("{}: {}", position(),
                                   XML_ErrorString(XML_GetErrorCode(parser.get()))));
    return true;
  };
  bool more = true;
  zip.read(part, where, [&](std::string_view bytes) {
    more = check(XML_Parse(parser.get(), bytes.data(), static_cast<int>(bytes.size()), XML_FALSE));
    return more;
  });
  if (more) check(XML_Parse(parser.get(), nullptr, 0, XML_TRUE));
}

}  // namespace kpi::extract::xlsx
