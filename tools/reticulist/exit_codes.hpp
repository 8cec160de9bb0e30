#pragma once
// The exit codes every subcommand uses (README "Exit codes"; spec/outputs.md).
namespace reticulist::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;       // bad input or a failed operation: the message names file, line, reason
inline constexpr int kExitUsage = 2;         // bad options or configuration
inline constexpr int kExitTooManyRejects = 3;  // done, but more rows were rejected than the user allowed

}  // namespace reticulist::cli
