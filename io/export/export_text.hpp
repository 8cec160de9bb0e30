#pragma once
// Text as the export writers put it into XML (GraphML, GEXF: a table's cells and column types too)
// and DOT, and the buffered output they share. JSON strings and CSV fields use
// io/table_writer.hpp's append_json_string and append_csv_field, so every format agrees with the
// tables on text as it does on numbers.
//
// All of them write well-formed UTF-8: each ill-formed byte sequence becomes U+FFFD (one per
// maximal ill-formed subpart, as table_writer does).
#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>

#include "engine/report/table.hpp"

namespace reticulist::io {

// XML 1.0 character data or attribute value (either quote style):
//   & < > " '           -> &amp; &lt; &gt; &quot; &apos;
//   TAB LF CR           -> &#9; &#10; &#13; (a parser would turn them into spaces in an attribute
//                          value, and CR LF into LF in text; the reference keeps them as written)
//   other C0 controls   -> U+FFFD. XML 1.0 forbids U+0000..U+001F except TAB, LF, CR even as
//   U+FFFE, U+FFFF         character references, so they are replaced, not dropped: the reader
//                          sees that something was there. DEL and C1 controls are legal and kept.
void append_xml_escaped(std::string& out, std::string_view text);

// The type GraphML (attr.type) and GEXF (an attribute's type) give a column: long, double,
// string or boolean.
std::string_view xml_attribute_type(report::ColumnType type);

// The cell of `table` at (row, column) as XML text: text escaped as above, numbers and booleans as
// the tables write them (report::Table::append_cell). The cell must not be NA.
void append_xml_cell(std::string& out, const report::Table& table, std::size_t row, std::size_t column);

// A DOT quoted string, quotes included: `"` -> `\"`, `\` -> `\\` (so Graphviz's label escapes
// such as \n, \N, \l cannot be triggered by data), LF -> `\n` (a line break in labels), CR
// dropped (so CR LF line ends become \n), other C0 controls -> U+FFFD; TAB is kept.
void append_dot_quoted(std::string& out, std::string_view text);

// A DOT identifier for an attribute name: bare when it is [A-Za-z_][A-Za-z0-9_]* and not one of
// DOT's keywords (node, edge, graph, digraph, subgraph, strict, in any case), quoted otherwise.
void append_dot_id(std::string& out, std::string_view name);

// Text gathered in a string and written to the stream each time it passes 64 KiB, so a writer
// never holds a whole document. finish() writes the rest; stream errors are left to the caller
// (as io::write_csv does).
class ExportBuffer {
 public:
  explicit ExportBuffer(std::ostream& out);
  std::string& text() { return text_; }
  void flush_if_full();
  void finish();

 private:
  std::ostream* out_;
  std::string text_;
};

}  // namespace reticulist::io
