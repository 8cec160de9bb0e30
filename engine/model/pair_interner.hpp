#pragma once
// Dense ids for pairs of 32-bit codes (establishment with authority, network with date), in
// order of first sight: a flat open-addressing table, as StringInterner is for strings.
#include <cstdint>
#include <utility>
#include <vector>

namespace reticulist::model {

class PairInterner {
 public:
  PairInterner() : slots_(64), mask_(63) {}

  std::uint32_t intern(std::uint32_t a, std::uint32_t b) {
    const std::uint64_t key = (static_cast<std::uint64_t>(a) << 32) | b;
    std::size_t i = slot_of(key);
    while (slots_[i].id != kEmpty) {
      if (slots_[i].key == key) return slots_[i].id;
      i = (i + 1) & mask_;
    }
    const auto id = static_cast<std::uint32_t>(keys_.size());
    keys_.push_back(key);
    slots_[i] = {key, id};
    if (keys_.size() * 2 > slots_.size()) grow();
    return id;
  }

  std::size_t size() const { return keys_.size(); }
  std::pair<std::uint32_t, std::uint32_t> operator[](std::uint32_t id) const {
    return {static_cast<std::uint32_t>(keys_[id] >> 32), static_cast<std::uint32_t>(keys_[id])};
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  // A slot holds its key beside the id, so that a lookup reads one cache line, not two.
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t id = kEmpty;
  };
  // The product's high half depends on every bit of the key and its low half only on the low
  // bits: folding the high half in spreads keys that differ only in `a` (a table indexed by a
  // middle slice of the product would see only a's lowest bits, and chain long).
  std::size_t slot_of(std::uint64_t key) const {
    const std::uint64_t h = key * 0x9E3779B97F4A7C15ULL;
    return static_cast<std::size_t>(h ^ (h >> 32)) & mask_;
  }
  void grow() {
    slots_.assign(slots_.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (std::uint32_t id = 0; id < keys_.size(); ++id) {
      std::size_t i = slot_of(keys_[id]);
      while (slots_[i].id != kEmpty) i = (i + 1) & mask_;
      slots_[i] = {keys_[id], id};
    }
  }
  std::vector<Slot> slots_;
  std::size_t mask_;
  std::vector<std::uint64_t> keys_;  // by id
};

}  // namespace reticulist::model
