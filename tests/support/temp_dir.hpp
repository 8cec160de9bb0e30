#pragma once
// Scratch files for tests: a fresh folder under the system temp directory, removed with all it
// holds when the test ends, and small helpers to write and read files byte for byte.
#include <filesystem>
#include <string>
#include <string_view>

namespace reticulist::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Writes `bytes` exactly (no line-end conversion), creating parent folders.
void write_file(const std::filesystem::path& path, std::string_view bytes);
std::string read_file(const std::filesystem::path& path);

// tests/fixtures/<name>.
std::filesystem::path fixture(std::string_view name);

}  // namespace reticulist::testing
