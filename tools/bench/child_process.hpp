#pragma once
// Runs another program as a child process and measures it from outside: wall seconds, CPU
// seconds (user + system, its threads and the children it waited for) and its peak resident set
// (wait4's ru_maxrss, which on Linux is the largest of the child and the children it waited for). What it writes to stderr is kept (the stage timings are read from it);
// stdout goes to a file, so a chatty program does not slow the terminal.
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace reticulist::bench {

struct ChildRun {
  double wall = 0;
  double cpu = 0;
  std::uint64_t peak_kib = 0;  // ru_maxrss: the largest resident set of the child or a child of its
  int exit_code = -1;          // 128 + signal when killed by a signal
  std::string stderr_text;
};

// Runs argv[0] (a path, not searched in PATH) with argv, stdout to `stdout_file`. Throws
// std::runtime_error when the program cannot be started.
ChildRun run_child(const std::vector<std::string>& argv, const std::filesystem::path& stdout_file);

// A failed run as an error: "<what> failed (exit code N):" and the last 2,000 bytes of its stderr.
std::runtime_error child_failure(const std::string& what, const ChildRun& child);

}  // namespace reticulist::bench
