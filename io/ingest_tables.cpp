#include "io/ingest_tables.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace reticulist::io {

using report::ColumnType;

report::Table reconciliation_table(const IngestReport& report) {
  report::Table t("reconciliation", "Rows read, accepted, rejected and duplicated, per input file",
                  "one row per input file of the dataset; read = accepted + rejected + duplicates");
  t.add_column("file", ColumnType::Text, "file name within the dataset folder");
  t.add_column("present", ColumnType::Boolean, "whether the file exists (only participation.csv is required)");
  t.add_column("read", ColumnType::Integer, "data rows read (header excluded, blank lines skipped)");
  t.add_column("accepted", ColumnType::Integer, "rows accepted into the model");
  t.add_column("rejected", ColumnType::Integer, "rows rejected, each listed in rejects.csv with its reason");
  t.add_column("duplicates", ColumnType::Integer, "exact repeats of an accepted record (same practitioner, network, event), counted once");
  for (const auto& f : report.files) t.append_row({f.file, f.present, f.read, f.accepted, f.rejected, f.duplicates});
  return t;
}

report::Table rejects_table(const IngestReport& report) {
  report::Table t("rejects", "Rejected rows, whole, with the reason",
                  "one row per rejected input row, by file and line");
  t.add_column("file", ColumnType::Text, "file name within the dataset folder");
  t.add_column("line", ColumnType::Integer, "line where the row starts (1 is the header)");
  t.add_column("column", ColumnType::Text, "the contract column at fault (empty when the whole row is)");
  t.add_column("reason", ColumnType::Text, "why the row was rejected; several reasons are joined by '; '");
  t.add_column("record", ColumnType::Text,
               "the row as in the file; practitioner identifiers replaced by their pseudonyms unless --identify", report::Holds::Person);
  t.reserve(report.rejects.size());
  for (const auto& r : report.rejects) t.append_row({r.file, r.line, r.column, r.reason, r.raw});
  return t;
}

namespace {

// "establishment name 'St Joseph's Primary' is ambiguous" -> "establishment name '…' is ambiguous":
// everything from the first quote to the last, as a quoted value may itself hold a quote.
std::string without_values(const std::string& reason) {
  const auto first = reason.find('\'');
  const auto last = reason.rfind('\'');
  if (first == std::string::npos || last == first) return reason;
  return reason.substr(0, first + 1) + "\u2026" + reason.substr(last);
}

}  // namespace

report::Table rejects_by_reason_table(const IngestReport& report) {
  report::Table t("rejects_by_reason", "Rejected rows by reason",
                  "one row per file, column and reason (quoted values left out), most rows first");
  t.add_column("file", ColumnType::Text, "file name within the dataset folder");
  t.add_column("column", ColumnType::Text, "the contract column at fault (empty when the whole row is)");
  t.add_column("reason", ColumnType::Text, "why the rows were rejected, the values they quote replaced by \u2026");
  t.add_column("rows", ColumnType::Integer, "rejected rows");
  std::map<std::tuple<std::string, std::string, std::string>, std::uint64_t> counts;
  for (const auto& r : report.rejects) ++counts[{r.file, r.column, without_values(r.reason)}];
  std::vector<std::pair<std::tuple<std::string, std::string, std::string>, std::uint64_t>> ordered(counts.begin(),
                                                                                                   counts.end());
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [key, rows] : ordered) {
    const auto& [file, column, reason] = key;
    t.append_row({file, column, reason, rows});
  }
  return t;
}

report::Table duplicates_table(const IngestReport& report, const std::string& participation_file) {
  report::Table t("duplicates", "Exact duplicate records, counted once",
                  "one row per repeated participation record (same practitioner, network and event)");
  t.add_column("file", ColumnType::Text, "file name within the dataset folder");
  t.add_column("line", ColumnType::Integer, "line of the repeat (not counted)");
  t.add_column("first_line", ColumnType::Integer, "line of the record it repeats (counted)");
  t.reserve(report.duplicates.size());
  for (const auto& d : report.duplicates) t.append_row({participation_file, d.line, d.first_line});
  return t;
}

}  // namespace reticulist::io
