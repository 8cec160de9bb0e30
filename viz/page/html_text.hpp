#pragma once
// Plain text made safe for an HTML page: in element content, in attribute values, and in a CSS
// string inside the page's <style>.
#include <string>
#include <string_view>

#include "io/export/export_text.hpp"

namespace reticulist::viz {

// Appends `text` for HTML content or a quoted attribute value. HTML5 reads XML's escapes, so
// this is io::append_xml_escaped, which the GraphML and GEXF writers use: & < > " ' as &amp; &lt;
// &gt; &quot; &apos;; tab, line feed and carriage return as &#9; &#10; &#13; (still a line break
// where the page keeps them, as in the footer); other control characters and bytes that are not
// UTF-8 as U+FFFD.
inline void append_html(std::string& out, std::string_view text) { io::append_xml_escaped(out, text); }
std::string html_escaped(std::string_view text);

// `text` as a quoted CSS string ("..."): every ASCII character but letters, digits and space is
// written as a CSS escape ("\3c "), so nothing in it can end the string, the rule or the <style>
// element; UTF-8 is kept, bytes that are not UTF-8 become U+FFFD.
std::string css_string(std::string_view text);

}  // namespace reticulist::viz
