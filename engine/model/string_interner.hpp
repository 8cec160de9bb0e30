#pragma once
// Gives each distinct string a dense id (0, 1, 2, ... in order of first sight) and keeps one
// copy of it. Ingest interns every field of millions of rows, so this is a flat open-addressing
// table (linear probing, stored hashes) rather than std::unordered_map, whose node per entry
// and pointer chase cost several times more per lookup (measured in tools/bench).
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace reticulist::model {

namespace detail {
inline constexpr std::uint64_t kMul1 = 0xa0761d6478bd642fULL;
inline constexpr std::uint64_t kMul2 = 0xe7037ed1a0b428dbULL;

inline std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  __extension__ using U128 = unsigned __int128;  // GCC/Clang: the full 64x64 product
  const U128 r = static_cast<U128>(a) * b;
  return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
}

inline std::uint64_t load64(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

inline std::uint32_t load32(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
}  // namespace detail

// 64-bit hash of a string (the short-input scheme of wyhash, final version 4): up to 16 bytes
// are read as two overlapping words, longer strings 16 bytes a step, so a field of any length
// costs two or three multiplications and almost no branch to mispredict (the loop of one word
// at a time it replaced cost ingest 15% more). Inline: ingest hashes several fields of every row.
inline std::uint64_t hash_bytes(std::string_view s) {
  using namespace detail;
  const char* p = s.data();
  const std::size_t n = s.size();
  std::uint64_t a;
  std::uint64_t b;
  std::uint64_t seed = kMul1;
  if (n <= 16) [[likely]] {
    if (n >= 4) {
      const std::size_t mid = (n >> 3) << 2;  // 0 for 4..7 bytes, 4 for 8..16
      a = (std::uint64_t{load32(p)} << 32) | load32(p + mid);
      b = (std::uint64_t{load32(p + n - 4)} << 32) | load32(p + n - 4 - mid);
    } else if (n > 0) {
      a = (std::uint64_t{static_cast<unsigned char>(p[0])} << 16) |
          (std::uint64_t{static_cast<unsigned char>(p[n >> 1])} << 8) | static_cast<unsigned char>(p[n - 1]);
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    std::size_t rest = n;
    while (rest > 16) {
      seed = mix(load64(p) ^ kMul2, load64(p + 8) ^ seed);
      p += 16;
      rest -= 16;
    }
    a = load64(p + rest - 16);  // the last 16 bytes, overlapping the words already mixed
    b = load64(p + rest - 8);
  }
  return mix(kMul2 ^ n, mix(a ^ kMul2, b ^ seed));
}

// Whether n bytes at a and b are equal. Field values are short (codes, dates, e-mails), and a
// call to memcmp per comparison costs more than the comparison: up to 32 bytes are compared
// with overlapping 8-byte loads, without reading past either end.
inline bool equal_bytes(const char* a, const char* b, std::size_t n) {
  using namespace detail;
  if (n >= 8) {
    if (n <= 16) return ((load64(a) ^ load64(b)) | (load64(a + n - 8) ^ load64(b + n - 8))) == 0;
    if (n <= 32) {  // e-mail addresses
      return ((load64(a) ^ load64(b)) | (load64(a + 8) ^ load64(b + 8)) | (load64(a + n - 16) ^ load64(b + n - 16)) |
              (load64(a + n - 8) ^ load64(b + n - 8))) == 0;
    }
    return std::memcmp(a, b, n) == 0;
  }
  if (n >= 4) return ((load32(a) ^ load32(b)) | (load32(a + n - 4) ^ load32(b + n - 4))) == 0;
  if (n == 0) return true;
  return a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1];
}
inline bool equal_bytes(std::string_view a, std::string_view b) {
  return a.size() == b.size() && equal_bytes(a.data(), b.data(), a.size());
}

class StringInterner {
 public:
  StringInterner();

  // The id of `s`, adding it if new. The stored copy stays valid for the interner's lifetime.
  std::uint32_t intern(std::string_view s) { return intern(s, hash_bytes(s)); }
  // The same with hash_bytes(s) known already.
  std::uint32_t intern(std::string_view s, std::uint64_t hash);
  // Asks for the slot that a lookup of a value with this hash reads first: a caller that knows the
  // next values in advance lets their waits on memory overlap.
  void prefetch(std::uint64_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }
  // The id of `s`, or kNone-like UINT32_MAX when absent.
  std::uint32_t find(std::string_view s) const;

  std::size_t size() const { return views_.size(); }
  std::string_view operator[](std::uint32_t id) const { return views_[id]; }
  const std::vector<std::string_view>& all() const { return views_; }

 private:
  void grow();
  std::string_view store(std::string_view s);

  struct Slot {
    std::uint64_t hash;
    std::uint32_t id_plus_one;  // 0: empty
  };
  std::vector<Slot> slots_;
  std::size_t mask_;
  std::vector<std::string_view> views_;
  std::deque<std::string> blocks_;  // arena: views point into these and never move
  std::size_t block_used_ = 0;
};

}  // namespace reticulist::model
