// The Board report's stylesheet, inlined in its <head> (board_html.cpp).
#pragma once

#include <string_view>

namespace kpi::report::html {

std::string_view board_style();

}  // namespace kpi::report::html
