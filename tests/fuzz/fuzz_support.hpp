#pragma once
// What the fuzz targets share: an invariant check that stops the run (libFuzzer saves the input
// that broke it), and a private scratch folder that lives as long as the fuzzing process.
#include <filesystem>
#include <string>
#include <string_view>

namespace reticulist::fuzz {

// Prints "invariant broken: <what>" and the detail, then aborts: libFuzzer reports a crash and
// writes the input as crash-<sha1>.
[[noreturn]] void broken(std::string_view what, const std::string& detail = {});

inline void require(bool ok, std::string_view what, const std::string& detail = {}) {
  if (!ok) [[unlikely]] broken(what, detail);
}

// A fresh folder under $TMPDIR (or /tmp), made once (mkdtemp, mode 0700) and removed at exit.
// Targets write only inside it.
const std::filesystem::path& scratch_folder();

// Writes `bytes` exactly, replacing the file.
void write_bytes(const std::filesystem::path& path, std::string_view bytes);

}  // namespace reticulist::fuzz
