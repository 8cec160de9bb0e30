#include "engine/model/string_interner.hpp"

#include <cstring>
#include <limits>

namespace reticulist::model {
namespace {

constexpr std::size_t kBlockBytes = 1 << 16;
constexpr std::uint64_t kMul1 = 0xa0761d6478bd642fULL;
constexpr std::uint64_t kMul2 = 0xe7037ed1a0b428dbULL;

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

}  // namespace

std::uint64_t hash_bytes(std::string_view s) {
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = kMul1 ^ (n * kMul2);
  while (n >= 8) {
    h = mix(h ^ load64(p), kMul2);
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    std::uint64_t tail = 0;
    std::memcpy(&tail, p, n);
    h = mix(h ^ tail, kMul1 ^ n);
  }
  return mix(h, kMul2);
}

StringInterner::StringInterner() : slots_(64, Slot{0, 0}), mask_(63) {}

std::string_view StringInterner::store(std::string_view s) {
  if (s.size() > kBlockBytes / 4) {  // long strings get a block of their own
    blocks_.emplace_front(s);
    return blocks_.front();
  }
  if (blocks_.empty() || block_used_ + s.size() > kBlockBytes) {
    blocks_.emplace_back();
    blocks_.back().resize(kBlockBytes);
    block_used_ = 0;
  }
  char* dst = blocks_.back().data() + block_used_;
  if (!s.empty()) std::memcpy(dst, s.data(), s.size());
  block_used_ += s.size();
  return {dst, s.size()};
}

void StringInterner::grow() {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(old.size() * 2, Slot{0, 0});
  mask_ = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id_plus_one == 0) continue;
    std::size_t i = slot.hash & mask_;
    while (slots_[i].id_plus_one != 0) i = (i + 1) & mask_;
    slots_[i] = slot;
  }
}

std::uint32_t StringInterner::intern(std::string_view s) {
  const std::uint64_t h = hash_bytes(s);
  std::size_t i = h & mask_;
  while (true) {
    const Slot& slot = slots_[i];
    if (slot.id_plus_one == 0) break;
    if (slot.hash == h && views_[slot.id_plus_one - 1] == s) return slot.id_plus_one - 1;
    i = (i + 1) & mask_;
  }
  const auto id = static_cast<std::uint32_t>(views_.size());
  views_.push_back(store(s));
  slots_[i] = Slot{h, id + 1};
  if (views_.size() * 2 > slots_.size()) grow();  // load factor <= 1/2 keeps probes short
  return id;
}

std::uint32_t StringInterner::find(std::string_view s) const {
  const std::uint64_t h = hash_bytes(s);
  std::size_t i = h & mask_;
  while (true) {
    const Slot& slot = slots_[i];
    if (slot.id_plus_one == 0) return std::numeric_limits<std::uint32_t>::max();
    if (slot.hash == h && views_[slot.id_plus_one - 1] == s) return slot.id_plus_one - 1;
    i = (i + 1) & mask_;
  }
}

}  // namespace reticulist::model
