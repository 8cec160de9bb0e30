#pragma once
// A report::Table (or the part a TableView chooses) as an HTML <table> for people.
#include <string>

#include "viz/page/report_page.hpp"

namespace reticulist::viz {

// Appends the view's table: <caption>, a header row of column names (<th scope="col">, each with
// its description as a title), a row per chosen row, cells written for people
// (report::cell_for_people); columns that name the row (labels, persons, periods) as
// <th scope="row">, numbers right-aligned (class "num"), "[c]" and "NA" marked (classes "c" and
// "na"). After the table, a note says how many rows were left out by max_rows and explains [c]
// and NA where the table shows them. Throws std::logic_error for a view without a table and
// std::out_of_range for a column name the table does not have.
void append_html_table(std::string& out, const TableView& view);

}  // namespace reticulist::viz
