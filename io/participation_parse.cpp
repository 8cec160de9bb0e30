#include "io/participation_parse.hpp"

#include <cstring>
#include <functional>
#include <stdexcept>

#include "engine/model/string_interner.hpp"  // model::hash_bytes

namespace reticulist::io {
namespace {

// Copies of the distinct values of a chunk, packed into 64 KiB blocks so that the values a lookup
// compares with sit close together (a copy beats a view into the file, whose values lie scattered
// over hundreds of MB). A block's buffer never moves, so views into it stay valid.
// Each column has an arena of its own (its blocks all kept in one deque), so that the values of
// a column with few distinct values (establishment codes) lie together and stay in cache rather
// than between the practitioners' e-mail addresses.
class Arena {
 public:
  explicit Arena(std::deque<std::string>& blocks) : blocks_(&blocks) {}
  std::string_view store(std::string_view s) {
    if (s.size() > kBlockBytes / 4) return blocks_->emplace_front(s);  // long values get their own
    if (block_ == nullptr || used_ + s.size() > kBlockBytes) {
      block_ = blocks_->emplace_back(kBlockBytes, '\0').data();
      used_ = 0;
    }
    char* to = block_ + used_;
    if (!s.empty()) std::memcpy(to, s.data(), s.size());
    used_ += s.size();
    return {to, s.size()};
  }

 private:
  static constexpr std::size_t kBlockBytes = std::size_t{1} << 16;
  std::deque<std::string>* blocks_;
  char* block_ = nullptr;
  std::size_t used_ = 0;
};

// Local codes of one column: value -> code in order of first sight. Open addressing with linear
// probing at load <= 0.7. A slot is half a cache line and holds a value of up to 27 bytes itself
// (codes, dates, most e-mail addresses), so a lookup in a table far larger than the caches waits
// on memory once, for the slot; a longer value is held by hash and pointer to its stored copy.
class CodeTable {
 public:
  // `hashes`, if given, receives each new value's hash (model::hash_bytes), in code order.
  CodeTable(std::vector<std::string_view>& values, Arena& arena, std::vector<std::uint64_t>* hashes = nullptr)
      : values_(&values), hashes_(hashes), arena_(&arena), slots_(64), mask_(63) {}

  // Inline, as most lookups find a short value at its first or second slot; the rest is apart.
  [[gnu::always_inline]] std::uint32_t code(std::uint64_t hash, std::string_view value) {
    if (value.size() > kInline) [[unlikely]] return code_of_long(hash, value);
    std::size_t i = hash & mask_;
    for (; slots_[i].code_plus_one != 0; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.size == value.size() && model::equal_bytes(s.bytes, value.data(), value.size())) {
        return s.code_plus_one - 1;
      }
    }
    return add(i, hash, value);
  }
  std::uint32_t code(std::string_view value) { return code(model::hash_bytes(value), value); }
  std::string_view operator[](std::uint32_t code) const { return (*values_)[code]; }
  Arena& arena() { return *arena_; }

  // The slot and the next, which a second probe reads and which may lie on the next cache line.
  void prefetch_slot(std::uint64_t hash) const {
    __builtin_prefetch(&slots_[hash & mask_]);
    __builtin_prefetch(&slots_[(hash + 1) & mask_]);
  }

 private:
  static constexpr std::size_t kInline = 27;
  static constexpr std::uint8_t kLong = 0xFF;
  struct LongValue {
    std::uint64_t hash;
    const char* data;
    std::uint32_t size;
  };
  struct alignas(32) Slot {
    std::uint32_t code_plus_one = 0;  // 0: empty
    std::uint8_t size = 0;            // kLong: bytes holds a LongValue
    char bytes[kInline] = {};

    void set(std::uint32_t code, std::uint64_t hash, std::string_view stored) {
      code_plus_one = code;
      if (stored.size() <= kInline) {
        size = static_cast<std::uint8_t>(stored.size());
        if (!stored.empty()) std::memcpy(bytes, stored.data(), stored.size());
      } else {
        size = kLong;
        const LongValue held{hash, stored.data(), static_cast<std::uint32_t>(stored.size())};
        std::memcpy(bytes, &held, sizeof held);
      }
    }
    LongValue long_value() const {
      LongValue held;
      std::memcpy(&held, bytes, sizeof held);
      return held;
    }
    std::uint64_t hash() const {
      return size == kLong ? long_value().hash : model::hash_bytes(std::string_view(bytes, size));
    }
  };
  static_assert(sizeof(Slot) == 32 && sizeof(LongValue) <= kInline);

  [[gnu::noinline]] std::uint32_t code_of_long(std::uint64_t hash, std::string_view value) {
    std::size_t i = hash & mask_;
    for (; slots_[i].code_plus_one != 0; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.size != kLong) continue;
      const LongValue held = s.long_value();
      if (held.hash == hash && held.size == value.size() && model::equal_bytes(held.data, value.data(), value.size())) {
        return s.code_plus_one - 1;
      }
    }
    return add(i, hash, value);
  }

  // A new value, at empty slot i.
  [[gnu::noinline]] std::uint32_t add(std::size_t i, std::uint64_t hash, std::string_view value) {
    const auto code = static_cast<std::uint32_t>(values_->size());
    const std::string_view stored = arena_->store(value);
    values_->push_back(stored);
    if (hashes_ != nullptr) hashes_->push_back(hash);
    slots_[i].set(code + 1, hash, stored);
    if (values_->size() * 10 > slots_.size() * 7) grow();
    return code;
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.code_plus_one == 0) continue;
      std::size_t i = s.hash() & mask_;
      while (slots_[i].code_plus_one != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<std::string_view>* values_;
  std::vector<std::uint64_t>* hashes_;
  Arena* arena_;
  std::vector<Slot> slots_;
  std::size_t mask_;
};

// Codes with a memory of kSeen values seen lately, each remembered in a place chosen by its length
// and end bytes, so that most lookups end at one comparison, without hashing or probing the table.
// Exports list a session's attendees together, so date, network and event repeat row after row
// (kSeen = 1: the last value); role and designation take a handful of values in turn (kSeen = 16).
template <std::size_t kSeen>
class CachedColumn {
 public:
  explicit CachedColumn(CodeTable table) : table_(std::move(table)) {}
  // Inline (GCC leaves it out of line otherwise): most calls end at the comparison.
  [[gnu::always_inline]] std::uint32_t code(std::string_view value) {
    const Seen& seen = seen_[place(value)];
    if (seen.code != kNoCode && model::equal_bytes(value, seen.value)) [[likely]] return seen.code;
    return code_anew(value);
  }

 private:
  static constexpr std::uint32_t kNoCode = 0xFFFFFFFFu;
  static_assert((kSeen & (kSeen - 1)) == 0);
  struct Seen {
    std::string_view value;
    std::uint32_t code = kNoCode;
  };
  static std::size_t place(std::string_view value) {
    if constexpr (kSeen == 1) {
      return 0;
    } else {
      if (value.empty()) return 0;
      const auto end_bytes = static_cast<std::size_t>(static_cast<unsigned char>(value.front())) * 3 +
                             static_cast<unsigned char>(value.back());
      return (value.size() * 5 + end_bytes) & (kSeen - 1);
    }
  }
  [[gnu::noinline]] std::uint32_t code_anew(std::string_view value) {
    Seen& seen = seen_[place(value)];
    seen.code = table_.code(value);
    seen.value = table_[seen.code];
    return seen.code;
  }
  CodeTable table_;
  Seen seen_[kSeen];
};

// Whether `inner` is a view into `outer` (a field still in the file, not unescaped elsewhere).
inline bool lies_within(std::string_view outer, std::string_view inner) {
  const std::less_equal<const char*> le;
  return le(outer.data(), inner.data()) && le(inner.data() + inner.size(), outer.data() + outer.size());
}

// The practitioner column has a value per person (hundreds of thousands at national scale), so
// its table outgrows the caches and a lookup one row at a time waits on memory for its slot.
// Rows are therefore coded in batches: the hashes of a batch are computed and their slots
// prefetched, then the batch is looked up, so that the waits of a batch overlap instead of
// adding up.
class BatchedColumn {
 public:
  static constexpr std::size_t kBatch = 16;

  BatchedColumn(CodeTable table, model::Column<std::uint32_t>& codes, std::string_view mapped)
      : table_(std::move(table)), codes_(codes), mapped_(mapped) {}

  // Writes the code of `value` to codes[at] by the next flush().
  void add(std::string_view value, std::size_t at) {
    // The value must outlive the batch: one that is not in the file (unescaped into the cursor's
    // scratch text, which the next record reuses) is copied first; this is rare.
    if (!lies_within(mapped_, value)) value = table_.arena().store(value);
    const std::uint64_t hash = model::hash_bytes(value);
    table_.prefetch_slot(hash);
    batch_[pending_++] = {hash, value, at};
  }

  void flush() {
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
  model::Column<std::uint32_t>& codes_;
  std::string_view mapped_;
  Pending batch_[kBatch];
  std::size_t pending_ = 0;
};

// column_layout's trimmed(), inline: it runs for every field.
inline std::string_view trim(std::string_view s) {
  // Most fields start and end with a byte above ' ' (so neither space nor tab): two comparisons.
  if (s.empty() || (static_cast<unsigned char>(s.front()) > ' ' && static_cast<unsigned char>(s.back()) > ' ')) {
    return s;
  }
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

void ParsedRows::allocate(std::size_t slots, std::size_t extras) {
  records.extra.codes.assign(extras, {});
  model::for_each_column(records, [slots](auto& column) { column.resize(slots); });
  offset.resize(slots);
}

std::string_view ParsedChunk::record(std::size_t slot) const {
  CsvCursor cursor(*file, CsvChunk{chunk.bytes.substr(rows->offset[slot]), rows->records.line[slot]});
  CsvRecord again;
  cursor.next(again);  // the same bytes parsed the first time: no error now
  return again.raw;
}

ParsedChunk parse_participation_chunk(const CsvFile& file, const CsvChunk& chunk, const ColumnLayout& layout,
                                      const std::string& file_name, ParsedRows& rows, std::size_t base) {
  if (chunk.bytes.size() > kMaxChunkBytes + (std::size_t{1} << 30)) {
    throw std::logic_error("parse_participation_chunk: chunk too large for 32-bit row offsets");
  }
  const std::size_t room = chunk.max_records;
  if (base + room > rows.slots()) throw std::logic_error("parse_participation_chunk: no room for the chunk's rows");
  ParsedChunk out;
  out.file = &file;
  out.chunk = chunk;
  out.rows = &rows;
  out.base = base;
  model::Records& rec = rows.records;
  const std::size_t extras = layout.extra_position.size();
  out.values.resize(kColumns + extras);
  std::vector<Arena> arenas(kColumns + extras, Arena(out.text));  // never resized: tables point in
  std::vector<CachedColumn<1>> cache;  // not used for practitioner, establishment, role, designation: see below
  cache.reserve(kColumns + extras);
  for (std::size_t c = 0; c < kColumns + extras; ++c) cache.emplace_back(CodeTable(out.values[c], arenas[c]));
  BatchedColumn practitioners(
      CodeTable(out.values[kColPractitioner], arenas[kColPractitioner], &out.practitioner_hash), rec.practitioner,
      file.bytes());
  // Establishments (tens of thousands) are batched the same way: their codes go to the rows' place
  // slots, and once a batch is flushed each row's (establishment, authority) pair becomes its place,
  // in row order, so that places are numbered as if coded one row at a time.
  BatchedColumn establishments(CodeTable(out.values[kColEstablishment], arenas[kColEstablishment]), rec.establishment,
                               file.bytes());
  std::string_view batch_authority[BatchedColumn::kBatch];  // the rows' authority text
  std::size_t batch_at[BatchedColumn::kBatch];
  std::size_t batch_rows = 0;
  // An absent column reads as empty in every row.
  std::vector<int> position(kColumns + extras);
  for (std::size_t k = 0; k < kColumns; ++k) position[k] = layout.position[k];
  for (std::size_t x = 0; x < extras; ++x) position[kColumns + x] = layout.extra_position[x];

  // A row's field in the column at `at` (a position in the file), trimmed; empty when the file
  // has no such column.
  const auto field = [](const CsvRecord& record, int at) {
    return at >= 0 ? trim(record.fields[static_cast<std::size_t>(at)]) : std::string_view{};
  };

  // A row's authority is coded at the flush of its batch, with its establishment (see below);
  // until then its text must stay valid, which a field unescaped into the cursor's scratch text
  // (reused by the next record) does not: that is copied first, as batched columns do.
  auto authority_text = [&, mapped = file.bytes()](const CsvRecord& record) -> std::string_view {
    const std::string_view text = field(record, position[kColAuthority]);
    return text.empty() || lies_within(mapped, text) ? text : arenas[kColAuthority].store(text);
  };
  const int at_date = position[kColDate];
  const int at_network = position[kColNetwork];
  const int at_practitioner = position[kColPractitioner];
  const int at_establishment = position[kColEstablishment];
  const int at_role = position[kColRole];
  const int at_designation = position[kColDesignation];
  const int at_event = position[kColEvent];
  CachedColumn<1>& dates = cache[kColDate];
  CachedColumn<1>& networks = cache[kColNetwork];
  CachedColumn<1>& events = cache[kColEvent];
  // cache[kColRole] and cache[kColDesignation] are not used: these, with few values in turn, have more memory
  CachedColumn<16> roles(CodeTable(out.values[kColRole], arenas[kColRole]));
  CachedColumn<16> designations(CodeTable(out.values[kColDesignation], arenas[kColDesignation]));
  // Per establishment code, the last authority seen with it and their place: an establishment
  // comes with one authority as a rule, so this small array answers most rows with one comparison
  // of the authority's text, without coding the authority or looking the pair up. A pair already
  // interned keeps its id, so skipping intern() changes no id.
  std::vector<std::uint64_t> place_of_establishment;
  constexpr std::uint64_t kNoPlace = ~std::uint64_t{0};
  const std::vector<std::string_view>& authority_values = out.values[kColAuthority];
  auto flush = [&] {
    practitioners.flush();
    establishments.flush();
    for (std::size_t b = 0; b < batch_rows; ++b) {
      std::uint32_t& place = rec.establishment[batch_at[b]];  // the establishment code until now
      if (place >= place_of_establishment.size()) place_of_establishment.resize(place + 1024, kNoPlace);
      std::uint64_t& known = place_of_establishment[place];
      if (known == kNoPlace ||
          !model::equal_bytes(batch_authority[b], authority_values[static_cast<std::uint32_t>(known >> 32)])) {
        const std::uint32_t authority = cache[kColAuthority].code(batch_authority[b]);
        known = (static_cast<std::uint64_t>(authority) << 32) | out.place.intern(place, authority);
      }
      place = static_cast<std::uint32_t>(known);
    }
    batch_rows = 0;
  };

  CsvCursor cursor(file, chunk);
  CsvRecord record;
  while (cursor.next(record)) {
    ++out.read;
    if (record.problem || record.fields.size() != layout.field_count) {
      if (record.invalid_utf8 && out.invalid_utf8++ == 0) out.first_invalid_utf8 = out.rejects.size();
      out.rejects.push_back({file_name, record.line, "",
                             record.problem ? *record.problem
                                            : "expected " + std::to_string(layout.field_count) + " fields, found " +
                                                  std::to_string(record.fields.size()),
                             std::string(record.raw)});
      continue;
    }
    const std::uint32_t date = dates.code(field(record, at_date));
    const std::uint32_t network = networks.code(field(record, at_network));
    const std::uint32_t role = roles.code(field(record, at_role));
    const std::uint32_t designation = designations.code(field(record, at_designation));
    const std::string_view event_text = field(record, at_event);
    std::uint32_t event = events.code(event_text);
    if (event_text.empty()) event = kImplicitEvent | out.implicit_event.intern(network, date);
    const std::size_t slot = base + out.row_count;
    if (out.row_count == room) throw std::logic_error("parse_participation_chunk: more rows than counted");
    ++out.row_count;
    rec.date[slot] = static_cast<model::Day>(date);
    rec.network[slot] = network;
    practitioners.add(field(record, at_practitioner), slot);     // rec.practitioner[slot], at the next flush
    establishments.add(field(record, at_establishment), slot);  // rec.establishment[slot], made a place then
    batch_authority[batch_rows] = authority_text(record);
    batch_at[batch_rows++] = slot;
    rec.authority[slot] = role;  // the role's code, until checked (see ParsedRows)
    rec.designation[slot] = designation;
    rec.event[slot] = event;
    rec.line[slot] = static_cast<std::uint32_t>(record.line);
    rows.offset[slot] = static_cast<std::uint32_t>(record.raw.data() - chunk.bytes.data());
    for (std::size_t x = 0; x < extras; ++x) {
      rec.extra.codes[x][slot] = cache[kColumns + x].code(trim(record.fields[position[kColumns + x]]));
    }
    if (batch_rows == BatchedColumn::kBatch) flush();
  }
  flush();
  return out;
}

}  // namespace reticulist::io
