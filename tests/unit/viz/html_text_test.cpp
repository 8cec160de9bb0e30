// viz/page/html_text: plain text made safe for HTML content, attributes and CSS strings.
#include "viz/page/html_text.hpp"

#include <catch2/catch.hpp>

#include <string>

using reticulist::viz::css_string;
using reticulist::viz::html_escaped;

TEST_CASE("html_escaped: the five characters HTML gives meaning", "[viz][page]") {
  CHECK(html_escaped("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html_escaped("Numeracy & Literacy") == "Numeracy &amp; Literacy");
  // Quotes too, so the same text is safe inside an attribute whichever quote delimits it.
  CHECK(html_escaped("say \"hi\" & 'bye'") == "say &quot;hi&quot; &amp; &apos;bye&apos;");
  CHECK(html_escaped("\" onmouseover=\"alert(1)") == "&quot; onmouseover=&quot;alert(1)");
  // An entity in the text is text: its ampersand is escaped, so it shows as typed.
  CHECK(html_escaped("&lt;") == "&amp;lt;");
  CHECK(html_escaped("") == "");
}

TEST_CASE("html_escaped: UTF-8 kept, bad bytes and control characters replaced", "[viz][page]") {
  CHECK(html_escaped("Comhairle nan Eilean Siar — Gàidhlig 日本語") == "Comhairle nan Eilean Siar — Gàidhlig 日本語");
  // A lone 0xFF is not UTF-8 and 0x01 is a control character: each one U+FFFD.
  CHECK(html_escaped("a\xff" "b\x01" "c") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
  // Tab, line feed and carriage return as character references, which HTML reads back as them.
  CHECK(html_escaped("a\tb\nc\r") == "a&#9;b&#10;c&#13;");
}

TEST_CASE("css_string: nothing in it can end the string or the style element", "[viz][page]") {
  CHECK(css_string("Board pack 2024") == "\"Board pack 2024\"");
  // " is 0x22, : 0x3a, < 0x3c, / 0x2f, > 0x3e, \ 0x5c, newline 0xa: each "\<hex> ".
  CHECK(css_string("a\"b") == "\"a\\22 b\"");
  CHECK(css_string("West: </style>") == "\"West\\3a  \\3c \\2f style\\3e \"");
  CHECK(css_string("a\\b\nc") == "\"a\\5c b\\a c\"");
  CHECK(css_string("Gàidhlig") == "\"Gàidhlig\"");
}
