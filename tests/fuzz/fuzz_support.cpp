#include "fuzz_support.hpp"

#include <stdlib.h>

#include <cstdio>
#include <fstream>
#include <system_error>

namespace reticulist::fuzz {
namespace {

struct Scratch {
  std::filesystem::path path;
  Scratch() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/reticulist-fuzz-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) broken("cannot make a scratch folder", pattern);
    path = pattern;
  }
  ~Scratch() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
};

}  // namespace

void broken(std::string_view what, const std::string& detail) {
  std::fprintf(stderr, "invariant broken: %.*s\n%s\n", static_cast<int>(what.size()), what.data(), detail.c_str());
  std::abort();
}

const std::filesystem::path& scratch_folder() {
  static const Scratch scratch;
  return scratch.path;
}

void write_bytes(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  require(static_cast<bool>(out), "fuzz input written", path.string());
}

}  // namespace reticulist::fuzz
