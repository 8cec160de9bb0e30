#include "engine/model/string_interner.hpp"

#include <cstring>
#include <limits>

namespace reticulist::model {
namespace {

constexpr std::size_t kBlockBytes = 1 << 16;
}  // namespace

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

std::uint32_t StringInterner::intern(std::string_view s, std::uint64_t h) {
  std::size_t i = h & mask_;
  while (true) {
    const Slot& slot = slots_[i];
    if (slot.id_plus_one == 0) break;
    if (slot.hash == h && equal_bytes(views_[slot.id_plus_one - 1], s)) return slot.id_plus_one - 1;
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
    if (slot.hash == h && equal_bytes(views_[slot.id_plus_one - 1], s)) return slot.id_plus_one - 1;
    i = (i + 1) & mask_;
  }
}

}  // namespace reticulist::model
