#include "io/participation_parse.hpp"

#include <cstring>
#include <functional>

#include "engine/model/string_interner.hpp"  // model::hash_bytes

namespace reticulist::io {
namespace {

// Copies of the distinct values of a chunk, packed into 64 KiB blocks so that the values a lookup
// compares with sit close together (a copy beats a view into the file, whose values lie scattered
// over hundreds of MB). A block's buffer never moves, so views into it stay valid.
class Arena {
 public:
  explicit Arena(std::deque<std::string>& blocks) : blocks_(blocks) {}
  std::string_view store(std::string_view s) {
    if (s.size() > kBlockBytes / 4) return blocks_.emplace_front(s);  // long values get their own
    if (blocks_.empty() || used_ + s.size() > kBlockBytes) {
      blocks_.emplace_back(kBlockBytes, '\0');
      used_ = 0;
    }
    char* to = blocks_.back().data() + used_;
    if (!s.empty()) std::memcpy(to, s.data(), s.size());
    used_ += s.size();
    return {to, s.size()};
  }

 private:
  static constexpr std::size_t kBlockBytes = std::size_t{1} << 16;
  std::deque<std::string>& blocks_;
  std::size_t used_ = 0;
};

// Local codes of one column: value -> code in order of first sight. Open addressing with linear
// probing at load <= 1/2; a slot holds the hash and where the stored value lies, so a lookup
// touches the slot and the value's bytes and nothing else.
class CodeTable {
 public:
  CodeTable(std::vector<std::string_view>& values, Arena& arena)
      : values_(&values), arena_(&arena), slots_(64), mask_(63) {}

  std::uint32_t code(std::uint64_t hash, std::string_view value) {
    std::size_t i = hash & mask_;
    for (; slots_[i].code_plus_one != 0; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.hash == hash && s.size == value.size() && std::memcmp(s.data, value.data(), value.size()) == 0) {
        return s.code_plus_one - 1;
      }
    }
    const auto code = static_cast<std::uint32_t>(values_->size());
    const std::string_view stored = arena_->store(value);
    values_->push_back(stored);
    slots_[i] = {hash, stored.data(), static_cast<std::uint32_t>(stored.size()), code + 1};
    if (values_->size() * 2 > slots_.size()) grow();
    return code;
  }
  std::uint32_t code(std::string_view value) { return code(model::hash_bytes(value), value); }
  std::string_view operator[](std::uint32_t code) const { return (*values_)[code]; }
  Arena& arena() { return *arena_; }

  void prefetch_slot(std::uint64_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }
  // Prefetches the stored value the lookup of `hash` will compare with, if any.
  void prefetch_value(std::uint64_t hash) const {
    for (std::size_t i = hash & mask_; slots_[i].code_plus_one != 0; i = (i + 1) & mask_) {
      if (slots_[i].hash == hash) {
        __builtin_prefetch(slots_[i].data);
        return;
      }
    }
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    const char* data = nullptr;
    std::uint32_t size = 0;
    std::uint32_t code_plus_one = 0;  // 0: empty
  };

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.code_plus_one == 0) continue;
      std::size_t i = s.hash & mask_;
      while (slots_[i].code_plus_one != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<std::string_view>* values_;
  Arena* arena_;
  std::vector<Slot> slots_;
  std::size_t mask_;
};

// Codes with a one-entry memory: exports list a session's attendees together, so date,
// network and event repeat row after row and most lookups end at one comparison.
class CachedColumn {
 public:
  explicit CachedColumn(CodeTable table) : table_(std::move(table)) {}
  std::uint32_t code(std::string_view value) {
    if (last_code_ != kNoCode && value == last_) return last_code_;
    last_code_ = table_.code(value);
    last_ = table_[last_code_];
    return last_code_;
  }

 private:
  static constexpr std::uint32_t kNoCode = 0xFFFFFFFFu;
  CodeTable table_;
  std::string_view last_;
  std::uint32_t last_code_ = kNoCode;
};

// The practitioner column has a value per person (hundreds of thousands at national scale), so
// its table outgrows the caches and a lookup one row at a time waits on memory twice, for the slot
// and for the stored value. Rows are therefore coded in batches: the hashes of a batch are
// computed and their slots prefetched, then the values the slots point to, then the batch is
// looked up, so that the waits of a batch overlap instead of adding up.
class BatchedColumn {
 public:
  static constexpr std::size_t kBatch = 16;

  BatchedColumn(CodeTable table, std::vector<std::uint32_t>& codes, std::string_view mapped)
      : table_(std::move(table)), codes_(codes), mapped_(mapped) {}

  // Writes the code of `value` to codes[at] by the next flush().
  void add(std::string_view value, std::size_t at) {
    // The value must outlive the batch: one that is not in the file (unescaped into the cursor's
    // scratch text, which the next record reuses) is copied first; this is rare.
    const std::less_equal<const char*> le;
    if (!(le(mapped_.data(), value.data()) && le(value.data() + value.size(), mapped_.data() + mapped_.size()))) {
      value = table_.arena().store(value);
    }
    const std::uint64_t hash = model::hash_bytes(value);
    table_.prefetch_slot(hash);
    batch_[pending_++] = {hash, value, at};
    if (pending_ == kBatch) flush();
  }

  void flush() {
    for (std::size_t b = 0; b < pending_; ++b) table_.prefetch_value(batch_[b].hash);
    for (std::size_t b = 0; b < pending_; ++b) codes_[batch_[b].at] = table_.code(batch_[b].hash, batch_[b].value);
    pending_ = 0;
  }

 private:
  struct Pending {
    std::uint64_t hash;
    std::string_view value;
    std::size_t at;
  };
  CodeTable table_;
  std::vector<std::uint32_t>& codes_;
  std::string_view mapped_;
  Pending batch_[kBatch];
  std::size_t pending_ = 0;
};

}  // namespace

ParsedChunk parse_participation_chunk(const CsvFile& file, const CsvChunk& chunk, const ColumnLayout& layout,
                                      const std::string& file_name) {
  ParsedChunk out;
  const std::size_t extras = layout.extra_position.size();
  out.values.resize(kColumns + extras);
  out.stride = kSlots + extras;
  Arena arena(out.text);
  std::vector<CachedColumn> cache;  // cache[kColPractitioner] is not used: see `practitioners`
  cache.reserve(kColumns + extras);
  for (std::size_t c = 0; c < kColumns + extras; ++c) cache.emplace_back(CodeTable(out.values[c], arena));
  BatchedColumn practitioners(CodeTable(out.values[kColPractitioner], arena), out.codes, file.bytes());
  // An absent column reads as empty in every row.
  std::vector<int> position(kColumns + extras);
  for (std::size_t k = 0; k < kColumns; ++k) position[k] = layout.position[k];
  for (std::size_t x = 0; x < extras; ++x) position[kColumns + x] = layout.extra_position[x];

  std::uint32_t value[kColumns];
  std::uint64_t last_place_key = ~0ULL;
  std::uint32_t last_place = 0;

  CsvCursor cursor(file, chunk);
  CsvRecord record;
  while (cursor.next(record)) {
    ++out.read;
    if (record.problem || record.fields.size() != layout.field_count) {
      out.rejects.push_back({file_name, record.line, "",
                             record.problem ? *record.problem
                                            : "expected " + std::to_string(layout.field_count) + " fields, found " +
                                                  std::to_string(record.fields.size()),
                             std::string(record.raw)});
      continue;
    }
    for (std::size_t k = 0; k < kColumns; ++k) {
      if (k == kColPractitioner) continue;
      value[k] = cache[k].code(position[k] >= 0 ? trimmed(record.fields[position[k]]) : std::string_view{});
    }
    const std::uint64_t place_key = (static_cast<std::uint64_t>(value[kColEstablishment]) << 32) | value[kColAuthority];
    if (place_key != last_place_key) {
      last_place_key = place_key;
      last_place = out.place.intern(value[kColEstablishment], value[kColAuthority]);
    }
    std::uint32_t event = value[kColEvent];
    if (out.values[kColEvent][event].empty()) {
      event = kImplicitEvent | out.implicit_event.intern(value[kColNetwork], value[kColDate]);
    }
    const std::size_t at = out.codes.size();
    out.codes.resize(at + out.stride);
    std::uint32_t* row = out.codes.data() + at;
    row[kDate] = value[kColDate];
    row[kNetwork] = value[kColNetwork];
    practitioners.add(position[kColPractitioner] >= 0 ? trimmed(record.fields[position[kColPractitioner]])
                                                      : std::string_view{},
                      at + kPractitioner);  // row[kPractitioner], at the next flush
    row[kPlace] = last_place;
    row[kRole] = value[kColRole];
    row[kDesignation] = value[kColDesignation];
    row[kEvent] = event;
    for (std::size_t x = 0; x < extras; ++x) {
      row[kSlots + x] = cache[kColumns + x].code(trimmed(record.fields[position[kColumns + x]]));
    }
    out.line.push_back(static_cast<std::uint32_t>(record.line));
    out.raw.push_back(record.raw);
  }
  practitioners.flush();
  return out;
}

}  // namespace reticulist::io
