// Telling a CSV from a census XML file and a workbook by their first bytes, so
// that a file's name (a census saved as .txt, a workbook as .csv) never decides.
#include "extract/reading.h"
#include "kpi/error.h"

#include <fmt/format.h>

#include <cstring>

namespace kpi::extract {

Container sniff_container(const ByteSource& source) {
  char head[512];
  const std::size_t n = source.read_at(0, head, sizeof head);
  const std::string_view bytes(head, n);
  if (bytes.starts_with("PK\x03\x04")) return Container::zip;
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return Container::ole;
  std::size_t at = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (at < n && (head[at] == ' ' || head[at] == '\t' || head[at] == '\r' || head[at] == '\n'))
    ++at;
  return at < n && head[at] == '<' ? Container::xml : Container::text;
}

void read_input(const ByteSource& source, const std::string& name, std::optional<Kind> kind,
                const LoadOptions& options, Extracts& out, bool skip_unrecognised) {
  switch (sniff_container(source)) {
    case Container::xml:
      if (kind)
        throw InputError(fmt::format(
            "{}: a CIN census holds several kinds: give it without '{}='", name, kind_name(*kind)));
      return read_census(source, name, options, out, skip_unrecognised);
    case Container::zip:
    case Container::ole:
      return read_workbook(source, name, kind, options, out, skip_unrecognised);
    case Container::text:
      return read_source(source, name, kind, options, out, skip_unrecognised);
  }
}

}  // namespace kpi::extract
