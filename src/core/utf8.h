// UTF-8 encoding, decoding and validation, shared by the CSV reader (checking
// every line, transcoding Windows-1252), the JSON reader (\uXXXX escapes), the
// JSON writer (which replaces invalid bytes so that its output always parses)
// and the text tables (which measure cells in display columns, not bytes).
#pragma once

#include <string>
#include <string_view>

namespace kpi::utf8 {

// Appends the UTF-8 bytes of `code` (a code point up to U+10FFFF).
void append(std::string& out, char32_t code);

// The length of the well-formed UTF-8 sequence that starts `text` (1 for an
// ASCII byte), or 0 when its first bytes are not one: a continuation byte, a
// truncated sequence, an overlong form, a surrogate or a code point above
// U+10FFFF. `text` must not be empty.
std::size_t sequence_length(std::string_view text);

// The code point of the well-formed sequence of `length` bytes (as returned by
// sequence_length, so not 0) that starts `text`.
char32_t decode(std::string_view text, std::size_t length);

}  // namespace kpi::utf8
