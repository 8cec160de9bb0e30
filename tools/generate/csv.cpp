#include "csv.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace reticulist::generate {

CsvTable read_csv(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot open: " + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return parse_csv(bytes.str(), path.string());
}

CsvTable parse_csv(std::string_view text, const std::string& name) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  CsvTable table;
  std::vector<std::string> record;
  std::string field;
  long line = 1;
  long record_line = 1;
  bool in_quotes = false;
  bool field_was_quoted = false;
  bool any = false;  // the current record has started
  const auto end_field = [&] {
    record.push_back(std::move(field));
    field.clear();
    field_was_quoted = false;
  };
  const auto end_record = [&] {
    end_field();
    if (table.header.empty()) {
      table.header = std::move(record);
    } else if (!(record.size() == 1 && record[0].empty())) {  // blank lines are skipped
      if (record.size() != table.header.size()) {
        throw std::runtime_error(name + ":" + std::to_string(record_line) + ": " +
                                 std::to_string(record.size()) + " fields, the header has " +
                                 std::to_string(table.header.size()));
      }
      table.rows.push_back(std::move(record));
      table.lines.push_back(record_line);
    }
    record.clear();
    any = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!any) {
      record_line = line;
      any = true;
    }
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        field.push_back(c);
      }
      continue;
    }
    if (c == '"') {
      if (!field.empty() || field_was_quoted) {
        throw std::runtime_error(name + ":" + std::to_string(line) + ": quote inside an unquoted field");
      }
      in_quotes = true;
      field_was_quoted = true;
    } else if (c == ',') {
      end_field();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      // CRLF: the LF ends the record
    } else if (c == '\n') {
      end_record();
      ++line;
    } else {
      if (field_was_quoted) {
        throw std::runtime_error(name + ":" + std::to_string(line) + ": text after a closing quote");
      }
      field.push_back(c);
    }
  }
  if (in_quotes) throw std::runtime_error(name + ":" + std::to_string(record_line) + ": unterminated quoted field");
  if (any) end_record();
  if (table.header.empty()) throw std::runtime_error(name + ": empty file (no header row)");
  return table;
}

void append_csv_field(std::string& out, std::string_view value) {
  const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) {
    out.append(value);
    return;
  }
  out.push_back('"');
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

std::string csv_field(std::string_view value) {
  std::string out;
  append_csv_field(out, value);
  return out;
}

CsvWriter::CsvWriter(std::filesystem::path path) : path_(std::move(path)) {
  tmp_ = path_;
  tmp_ += ".tmp";
  file_ = std::fopen(tmp_.c_str(), "wb");
  if (!file_) throw std::runtime_error(tmp_.string() + ": cannot write: " + std::strerror(errno));
  buffer_.reserve(kFlushAt + (std::size_t{1} << 16));
}

CsvWriter::~CsvWriter() {
  if (file_) {
    std::fclose(file_);
    std::error_code ignored;
    std::filesystem::remove(tmp_, ignored);
  }
}

void CsvWriter::row(const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) buffer_.push_back(',');
    append_csv_field(buffer_, fields[i]);
  }
  buffer_.push_back('\n');
  if (buffer_.size() >= kFlushAt) flush();
}

void CsvWriter::flush() {
  if (buffer_.empty()) return;
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    throw std::runtime_error(tmp_.string() + ": write failed: " + std::strerror(errno));
  }
  written_ += buffer_.size();
  buffer_.clear();
}

void CsvWriter::close() {
  flush();
  const int rc = std::fclose(file_);
  file_ = nullptr;
  if (rc != 0) throw std::runtime_error(tmp_.string() + ": close failed: " + std::strerror(errno));
  std::filesystem::rename(tmp_, path_);
}

void write_text_file(const std::filesystem::path& path, std::string_view text) {
  CsvWriter writer(path);
  writer.raw(text);
  writer.close();
}

}  // namespace reticulist::generate
