#include "viz/page/html_table.hpp"

#include <stdexcept>
#include <string_view>
#include <vector>

#include "engine/report/format_for_people.hpp"
#include "viz/page/html_text.hpp"

namespace reticulist::viz {
namespace {

using report::Holds;

std::vector<std::size_t> chosen_columns(const TableView& view) {
  const report::Table& table = *view.table;
  std::vector<std::size_t> columns;
  if (!view.columns.empty()) {
    for (const std::string& name : view.columns) columns.push_back(table.column_index(name));
  } else if (!table.headline().empty()) {
    columns = table.headline();
  } else {
    for (std::size_t c = 0; c < table.column_count(); ++c) columns.push_back(c);
  }
  return columns;
}

bool is_row_header(const report::ColumnInfo& info) {
  return report::names_row(info) || info.holds == Holds::Period;
}

std::string rows_word(std::size_t n) {
  return report::integer_for_people(static_cast<std::int64_t>(n)) + (n == 1 ? " row" : " rows");
}

}  // namespace

void append_html_table(std::string& out, const TableView& view) {
  if (view.table == nullptr) throw std::logic_error("append_html_table: the view has no table");
  const report::Table& table = *view.table;
  const std::vector<std::size_t> columns = chosen_columns(view);

  std::size_t matching = 0;
  std::vector<std::size_t> rows;
  for (std::size_t r = 0; r < table.row_count(); ++r) {
    if (view.rows && !view.rows(r)) continue;
    ++matching;
    if (view.max_rows == 0 || rows.size() < view.max_rows) rows.push_back(r);
  }

  out += "<div class=\"table-wrap\"><table>\n<caption>";
  append_html(out, view.caption.empty() ? table.title() : view.caption);
  out += "</caption>\n<thead><tr>";
  for (std::size_t c : columns) {
    const report::ColumnInfo& info = table.column(c);
    out += report::is_numeric(info) ? "<th scope=\"col\" class=\"num\"" : "<th scope=\"col\"";
    if (!info.description.empty()) {
      out += " title=\"";
      append_html(out, info.description);
      out += '"';
    }
    out += '>';
    append_html(out, info.name);
    out += "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";

  bool any_suppressed = false, any_na = false;
  for (std::size_t r : rows) {
    out += "<tr>";
    for (std::size_t c : columns) {
      const report::ColumnInfo& info = table.column(c);
      const bool header = is_row_header(info);
      const bool suppressed = table.is_suppressed(r, c), na = table.is_na(r, c);
      any_suppressed |= suppressed;
      any_na |= na;
      std::vector<std::string_view> classes;
      if (report::is_numeric(info)) classes.push_back("num");
      if (suppressed) classes.push_back("c");
      if (na) classes.push_back("na");
      out += header ? "<th scope=\"row\"" : "<td";
      for (std::size_t k = 0; k < classes.size(); ++k) {
        out += k == 0 ? " class=\"" : " ";
        out += classes[k];
      }
      out += classes.empty() ? ">" : "\">";
      append_html(out, report::cell_for_people(table, r, c));
      out += header ? "</th>" : "</td>";
    }
    out += "</tr>\n";
  }
  if (rows.empty()) {
    out += "<tr><td class=\"empty\" colspan=\"" + std::to_string(columns.size()) + "\">No rows</td></tr>\n";
  }
  out += "</tbody>\n</table></div>\n";

  std::string note;
  if (rows.size() < matching) {
    note += "The first " + rows_word(rows.size()) + " of " + report::integer_for_people(static_cast<std::int64_t>(matching)) +
            "; every row is in " + table.name() + ".csv. ";
  }
  if (any_suppressed) note += "[c]: withheld by disclosure control. ";
  if (any_na) note += "NA: not defined for that row. ";
  if (!note.empty()) {
    note.pop_back();
    out += "<p class=\"table-note\">";
    append_html(out, note);
    out += "</p>\n";
  }
}

}  // namespace reticulist::viz
