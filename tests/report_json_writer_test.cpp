#include "report/json_writer.h"

#include <doctest/doctest.h>

using kpi::json_quote;
using kpi::JsonWriter;

TEST_SUITE("report") {

TEST_CASE("json strings: escapes, control characters, UTF-8") {
  CHECK(json_quote("plain") == "\"plain\"");
  CHECK(json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
  CHECK(json_quote("line\nnext\ttab\r") == "\"line\\nnext\\ttab\\r\"");
  CHECK(json_quote(std::string("\x01\x1f", 2)) == "\"\\u0001\\u001f\"");
  CHECK(json_quote(std::string("nul\0x", 5)) == "\"nul\\u0000x\"");
  // UTF-8 passes through: é (C3 A9), € (E2 82 AC), 😀 (F0 9F 98 80).
  CHECK(json_quote("Zoë €5 \xF0\x9F\x98\x80") == "\"Zoë €5 \xF0\x9F\x98\x80\"");
  // Invalid UTF-8 never reaches the output: a stray byte, an overlong "/" (C0 AF),
  // a surrogate (ED A0 80) and a truncated sequence each become U+FFFD per byte.
  CHECK(json_quote("a\xFF" "b") == "\"a\\ufffdb\"");
  CHECK(json_quote("\xC0\xAF") == "\"\\ufffd\\ufffd\"");
  CHECK(json_quote("\xED\xA0\x80") == "\"\\ufffd\\ufffd\\ufffd\"");
  CHECK(json_quote("\xE2\x82") == "\"\\ufffd\\ufffd\"");
}

TEST_CASE("json layout: blocks, one-line containers, numbers") {
  JsonWriter json;
  json.begin_object();
  json.key("name").value("x");
  json.key("empty").begin_array().end_array();
  json.key("list").begin_array();
  json.begin_object(true).key("a").value(1).key("b").null().end_object();
  json.begin_object(true).key("c").begin_array().value(true).value(false).end_array().end_object();
  json.end_array();
  json.key("numbers").begin_array(true);
  json.value(56.91382765531062).value(50.0).value(0.1).value(-3L).value(1.0 / 0.0);
  json.value(std::optional<double>()).value(std::optional<long>(7));
  json.end_array();
  json.end_object();
  CHECK(json.finish() ==
        "{\n"
        "  \"name\": \"x\",\n"
        "  \"empty\": [],\n"
        "  \"list\": [\n"
        "    {\"a\": 1, \"b\": null},\n"
        "    {\"c\": [true, false]}\n"
        "  ],\n"
        "  \"numbers\": [56.91382765531062, 50, 0.1, -3, null, null, 7]\n"
        "}\n");
}

TEST_CASE("json optionals written through a conversion, or null") {
  JsonWriter json;
  auto twice = [](int n) { return 2 * n; };
  json.begin_array(true).value(std::optional<int>(21), twice).value(std::optional<int>(), twice);
  json.end_array();
  CHECK(json.finish() == "[42, null]\n");
}

}  // TEST_SUITE
