#pragma once
// The small family of errors the engine and io throw. Messages read `file:line: reason`
// (as ninja's lexer does); the CLI has one catch site that maps them to exit codes.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace reticulist {

// Bad input data or an unusable input file: exit code 1.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A bad option, mapping or configuration file: exit code 2 (usage).
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A library (igraph, Graphviz, libsodium) failed: exit code 1.
class BackendError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "file:line: reason", or "file: reason" when line is 0.
inline std::string located(const std::string& file, std::uint64_t line, const std::string& reason) {
  if (line == 0) return file + ": " + reason;
  return file + ":" + std::to_string(line) + ": " + reason;
}

}  // namespace reticulist
