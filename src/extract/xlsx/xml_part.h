// Parsing one XML part of a workbook with expat as it inflates: a SAX handler
// sees elements by their local names (a sheet may be written with prefixes,
// "x:row"), never a whole document in memory.
#pragma once

#include "extract/xlsx/zip_archive.h"

#include <string>
#include <string_view>

namespace kpi::extract::xlsx {

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // `attributes` is expat's: name, value, name, value, ..., nullptr.
  virtual void start(std::string_view name, const char** attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view) {}
  // A handler may throw (an InputError): the parse stops and it is rethrown.
  // Returning true from done() stops the parse early without an error.
  virtual bool done() const { return false; }
};

// The value of the attribute whose local name is `name` ("r", "id" of "r:id"),
// or nullptr.
const char* attribute(const char** attributes, std::string_view name);

// Parses `part` of the archive. XML that is not well-formed is an InputError
// "<where>: <part>:<line>:<column>: <expat's message>"; a DOCTYPE is refused
// (no workbook has one, and entities are a way to blow up memory).
void parse_part(ZipArchive& zip, const std::string& part, const std::string& where,
                XmlHandler& handler);

}  // namespace kpi::extract::xlsx
