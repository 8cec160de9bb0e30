#pragma once
// Gives each distinct string a dense id (0, 1, 2, ... in order of first sight) and keeps one
// copy of it. Ingest interns every field of millions of rows, so this is a flat open-addressing
// table (linear probing, stored hashes) rather than std::unordered_map, whose node per entry
// and pointer chase cost several times more per lookup (measured in tools/bench).
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace reticulist::model {

// 64-bit hash of a short string, 8 bytes at a time (multiply-mix in the style of wyhash).
std::uint64_t hash_bytes(std::string_view s);

class StringInterner {
 public:
  StringInterner();

  // The id of `s`, adding it if new. The stored copy stays valid for the interner's lifetime.
  std::uint32_t intern(std::string_view s);
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
