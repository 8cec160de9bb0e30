#pragma once
// report::Table: what every command produces and every writer renders (CSV, JSON, heatmaps, HTML).
//
// Columnar and typed: each column is one contiguous array of its type plus an NA mask, so a
// table of millions of rows costs a few bytes per cell and no std::variant per cell. Filling:
//
//   report::Table t("by_authority", "Counts by authority", "one row per authority and period");
//   const auto period = t.add_column("period", report::ColumnType::Text, "period label");
//   const auto n = t.add_column("practitioners", report::ColumnType::Integer,
//                               "distinct practitioners with an accepted record");
//   t.reserve(rows);
//   t.append_row({"2022/23", 12});           // row-wise, every column in order
//   const auto r = t.add_row();              // or: a row of NA, then set the cells you have
//   t.set(r, period, "2023/24");
//   t.set(r, n, std::optional<std::int64_t>{});   // stays NA
//
// Undefined values are NA: Value::na(), an empty std::optional, or a Real that is NaN or
// infinite (a metric that divides by zero is undefined, and JSON has no infinity).
//
// Each column also says what it holds (Holds), so that disclosure control (privacy/disclose)
// knows what to suppress without knowing the command, and renderers for people know a share
// from a count. A suppressed cell is neither a value nor NA: it prints as "[c]" (outputs.md) and
// its value is gone from the table.
//
//   const auto members = t.add_column("members", ColumnType::Integer, "people", Holds::PeopleCount);
//   const auto share = t.add_column("share_retained", ColumnType::Real, "stayers / members",
//                                   Holds::Share, {members});   // suppressed with `members`
#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reticulist::report {

enum class ColumnType : std::uint8_t { Integer, Real, Text, Boolean };

// "integer", "real", "text", "boolean": the names the manifest uses.
std::string_view type_name(ColumnType type);

// Integer types other than bool and char: a char is more likely a character than a count.
template <typename T>
concept IntegerLike = std::integral<T> && !std::same_as<T, bool> && !std::same_as<T, char>;

// One cell on its way into a Table. Converts implicitly from the usual C++ types so that
// append_row({"x", 3, 0.5, true, std::nullopt}) reads naturally.
class Value {
 public:
  enum class Kind : std::uint8_t { Na, Integer, Real, Text, Boolean };

  Value() = default;  // NA
  static Value na() { return Value(); }
  Value(std::nullopt_t) {}

  template <IntegerLike T>
  Value(T v) : kind_(Kind::Integer), integer_(static_cast<std::int64_t>(v)) {
    if constexpr (std::unsigned_integral<T> && sizeof(T) >= sizeof(std::int64_t)) {
      if (v > static_cast<T>(std::numeric_limits<std::int64_t>::max()))
        throw std::out_of_range("report::Value: integer does not fit in int64");
    }
  }
  template <std::floating_point T>
  Value(T v) : kind_(Kind::Real), real_(static_cast<double>(v)) {}
  Value(bool v) : kind_(Kind::Boolean), boolean_(v) {}
  Value(std::string v) : kind_(Kind::Text), text_(std::move(v)) {}
  Value(std::string_view v) : kind_(Kind::Text), text_(v) {}
  Value(const char* v) : kind_(Kind::Text), text_(v) {}
  template <typename T>
  Value(const std::optional<T>& v) : Value(v ? Value(*v) : Value()) {}

  Kind kind() const { return kind_; }
  // NA, or a Real that is NaN or infinite.
  bool is_na() const;
  std::int64_t integer() const { return integer_; }
  double real() const { return real_; }
  bool boolean() const { return boolean_; }
  const std::string& text() const { return text_; }

 private:
  Kind kind_ = Kind::Na;
  bool boolean_ = false;
  std::int64_t integer_ = 0;
  double real_ = 0.0;
  std::string text_;
};

// What a column's cells are, for disclosure control and for renderers written for people.
enum class Holds : std::uint8_t {
  Period,              // the row's period (period, period_from, ...): periods do not add up
  Label,               // names the row: an authority, sector, network, establishment, group
  Detail,              // describes the row beside its label (a name beside an id): no breakdown
  Person,              // one person: a pseudonym or an identifier (the row is about that person)
  PeopleCount,         // a count of people (practitioners, members, joiners): suppressed when small
  EstablishmentCount,  // a count of establishments (not personal data)
  Count,               // any other count: records, events, ties, networks
  Share,               // a proportion 0..1 (people read it as a percentage)
  Unit,                // in a table of one row per measure, what the row's figures count: where it
                       // says "people", the row's numbers are counts of people
  Measure,             // any other figure: a density, an index, a score, a flag
};

// "period", "label", "detail", "person", "people_count", "establishment_count", "count", "share",
// "unit", "measure".
std::string_view holds_name(Holds holds);
// What a column holds unless told: a Text column named period is the Period, other Text names
// the row (Label), Integer counts, Real and Boolean measure.
Holds default_holds(std::string_view name, ColumnType type);

// The value of a suppressed cell in every text format (the GSS symbol for "confidential").
inline constexpr std::string_view kSuppressed = "[c]";

struct ColumnInfo {
  std::string name{};  // snake_case, unique within the table
  ColumnType type = ColumnType::Text;
  std::string description{};  // one line: meaning, units, convention
  Holds holds = Holds::Label;
  // Columns of this table the value is computed from (a share from its counts): where one of
  // them is suppressed in a row, this cell is suppressed too.
  std::vector<std::size_t> based_on{};
};

// Numbers as every output shows them: '.' decimal, at most 10 significant digits, shortest form
// (printf "%.10g" in the C locale, whatever the global locale): 0.5 -> "0.5", 1.0 -> "1",
// 1/3 -> "0.3333333333", 1e-12 -> "1e-12", 123456789012.0 -> "1.23456789e+11", -0.0 -> "0".
// Non-finite values are NA and format as "NA".
std::string format_real(double v);
void append_real(std::string& out, double v);
void append_integer(std::string& out, std::int64_t v);

// Column `total` is the sum of columns `parts` in every row (members = stayers + joiners).
struct SumConstraint {
  std::size_t total = 0;
  std::vector<std::size_t> parts{};
};

class Table {
 public:
  // `name` is the file stem (snake_case); `title` one line; `description` says what a row is.
  // Names that are not snake_case, and multi-line titles or descriptions, throw std::logic_error:
  // they are programming errors, not input errors.
  Table(std::string name, std::string title, std::string description);

  const std::string& name() const { return name_; }
  const std::string& title() const { return title_; }
  const std::string& description() const { return description_; }

  // Returns the new column's index. Rows already present get NA in it. `based_on` names earlier
  // columns by index (std::logic_error otherwise).
  std::size_t add_column(std::string name, ColumnType type, std::string description);
  std::size_t add_column(std::string name, ColumnType type, std::string description, Holds holds,
                         std::vector<std::size_t> based_on = {});
  void reserve(std::size_t rows);

  // Appends a row of NA and returns its index.
  std::size_t add_row();
  // Appends one row; `cells` holds one Value per column, in column order.
  void append_row(std::initializer_list<Value> cells);
  void append_row(std::span<const Value> cells);
  // Integer values go into Real columns; any other type mismatch throws std::logic_error.
  void set(std::size_t row, std::size_t col, const Value& value);
  void set_na(std::size_t row, std::size_t col);

  // Declares that column `total` is the sum of `parts` in every row, so that disclosure control
  // knows a suppressed part could be found by subtraction. Columns must exist (logic_error).
  void add_sum(std::size_t total, std::vector<std::size_t> parts);
  const std::vector<SumConstraint>& sums() const { return sums_; }

  // The columns that answer the table's question, in the order a reader wants them (the labels
  // of a row included): renderers for people (the terminal) show these and leave the rest to the
  // files. Empty, the default: every column. Names that are not columns throw std::logic_error.
  void set_headline(std::initializer_list<std::string_view> names);
  const std::vector<std::size_t>& headline() const { return headline_; }

  std::size_t row_count() const { return rows_; }
  std::size_t column_count() const { return columns_.size(); }
  const ColumnInfo& column(std::size_t col) const;
  // Throws std::out_of_range when there is no such column.
  std::size_t column_index(std::string_view name) const;

  bool is_na(std::size_t row, std::size_t col) const;
  // Disclosure control: forgets the cell's value and marks it suppressed ("[c]"). A suppressed
  // cell is not NA; the typed getters below throw on it (real() returns NaN).
  void suppress(std::size_t row, std::size_t col);
  bool is_suppressed(std::size_t row, std::size_t col) const;
  // Suppressed cells in the whole table.
  std::size_t suppressed_count() const { return suppressed_; }
  // Typed getters: the column must have that type and, except for real(), the cell must not be
  // NA (std::logic_error otherwise). real() returns NaN for NA.
  std::int64_t integer(std::size_t row, std::size_t col) const;
  double real(std::size_t row, std::size_t col) const;
  const std::string& text(std::size_t row, std::size_t col) const;
  bool boolean(std::size_t row, std::size_t col) const;

  // The cell as the CSV shows it before quoting: "NA", "[c]", a number, "true"/"false", or the text.
  std::string format_cell(std::size_t row, std::size_t col) const;
  void append_cell(std::string& out, std::size_t row, std::size_t col) const;

  // Ordered key/value notes for the manifest ("period" -> "2022/23", "convention" -> ...).
  // Adding a key again replaces its value in place.
  void add_note(std::string key, std::string value);
  const std::vector<std::pair<std::string, std::string>>& notes() const { return notes_; }

 private:
  // Exactly one of the value arrays is used, by the column's type. Reals keep NA as NaN;
  // the others keep it in `na`.
  struct Column {
    ColumnInfo info;
    std::vector<std::int64_t> integers;
    std::vector<double> reals;
    std::vector<std::string> texts;
    std::vector<std::uint8_t> booleans;
    std::vector<bool> na;
    std::vector<bool> suppressed;  // empty until a cell of the column is suppressed
  };

  const Column& checked(std::size_t row, std::size_t col) const;
  const Column& checked(std::size_t row, std::size_t col, ColumnType expected) const;
  [[noreturn]] void fail(const Column& column, const std::string& reason) const;
  static void grow(Column& column, std::size_t rows);

  std::string name_;
  std::string title_;
  std::string description_;
  std::vector<Column> columns_;
  std::size_t rows_ = 0;
  std::size_t suppressed_ = 0;
  std::vector<SumConstraint> sums_;
  std::vector<std::size_t> headline_;
  std::vector<std::pair<std::string, std::string>> notes_;
};

}  // namespace reticulist::report
