#include "io/list_file.hpp"

#include <fstream>

#include "engine/error.hpp"

namespace reticulist::io {

std::vector<std::string> read_list_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw InputError(path.string() + ": cannot be read");
  std::vector<std::string> out;
  std::string line;
  for (bool first_line = true; std::getline(in, line); first_line = false) {
    if (first_line && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // a byte-order mark (Notepad, Excel)
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    out.push_back(line.substr(first, line.find_last_not_of(" \t\r") - first + 1));
  }
  return out;
}

}  // namespace reticulist::io
