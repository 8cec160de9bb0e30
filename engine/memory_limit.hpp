#pragma once
// --memory-limit: the most memory one run may take, and what the run did to stay within it.
//
// Two guards, because an estimate covers only what it foresees:
//   - methods that can trade time for memory (the co-attendance projection) ask `fits` before a
//     large allocation and take the leaner way when the faster one might not fit, recording that
//     they did (`adaptations`, for the manifest, the log and the report's notes); a result that
//     cannot fit even the lean way stops the run with MemoryLimitError, which says how much it
//     needs and what would shrink it;
//   - the process's address space is capped at the limit (setrlimit RLIMIT_AS), so an allocation
//     no estimate foresaw throws std::bad_alloc, which the CLI reports as "ran out of its
//     --memory-limit" (exit 1), never the kernel's out-of-memory kill. Address space counts
//     reservations as well as resident pages, so the cap is on the safe side of resident memory.
//     Sanitizer builds reserve terabytes of shadow memory and skip the cap.
//
// Process-wide by nature (one limit per process, set once by the CLI before the data is read),
// so it is kept here rather than threaded through every options struct.
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace reticulist::memory {

// What would shrink a run that does not fit: said by every message about the limit.
inline constexpr std::string_view kRemedy =
    "raise --memory-limit, lower --max-event-size (events above it make no ties), or choose fewer or shorter periods";

// A result that cannot fit in the limit even the lean way: exit code 1.
class MemoryLimitError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Sets the limit `fits` guards; nullopt lifts it. Throws ConfigError below 64 MiB.
void set_limit(std::optional<std::uint64_t> bytes);
std::optional<std::uint64_t> limit();

// Caps the process's address space at `bytes` (never above a cap already set, e.g. by ulimit -v).
// Returns false, doing nothing, in sanitizer builds. Throws ConfigError when the cap is refused.
// The CLI calls it with the limit; tests do not, as the cap cannot be lifted again.
bool cap_address_space(std::uint64_t bytes);

// Resident memory of the process now (/proc/self/statm); 0 where it cannot be read.
std::uint64_t resident_bytes();

// True without a limit; else whether `more` bytes on top of the resident ones stay within it.
bool fits(std::uint64_t more);

// What a method did to stay within the limit, in words; each distinct text once, with how many
// times it happened ("… (3 times)"), in the order first recorded.
void record_adaptation(const std::string& what);
std::vector<std::string> adaptations();
void clear_adaptations();  // for tests

// "4G", "4 GiB", "512M", "1.5g", "1000000" (bytes). K, M, G, T are powers of 1024, with or
// without "iB"/"B". Throws ConfigError naming the text.
std::uint64_t parse_size(std::string_view text);

// "4.0 GiB", "512 MiB", "900 KiB", "17 bytes".
std::string format_size(std::uint64_t bytes);

}  // namespace reticulist::memory
