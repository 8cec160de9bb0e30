#include "io/participation_parse.hpp"

namespace reticulist::io {
namespace {

// Interns with a one-entry memory: exports list a session's attendees together, so date,
// network and event repeat row after row and most lookups end at a memcmp.
struct CachedColumn {
  model::StringInterner* dictionary;
  std::string last;
  std::uint32_t last_code = 0xFFFFFFFFu;

  std::uint32_t code(std::string_view value) {
    if (last_code != 0xFFFFFFFFu && value == last) return last_code;
    last.assign(value);
    last_code = dictionary->intern(value);
    return last_code;
  }
};

}  // namespace

ParsedChunk parse_participation_chunk(const CsvFile& file, const CsvChunk& chunk, const ColumnLayout& layout,
                                      const std::string& file_name) {
  ParsedChunk out;
  const std::size_t extras = layout.extra_position.size();
  out.dictionary.resize(kColumns + extras);
  out.stride = kSlots + extras;
  std::vector<CachedColumn> cache(kColumns + extras);
  for (std::size_t c = 0; c < cache.size(); ++c) cache[c].dictionary = &out.dictionary[c];
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
      value[k] = cache[k].code(position[k] >= 0 ? trimmed(record.fields[position[k]]) : std::string_view{});
    }
    const std::uint64_t place_key = (static_cast<std::uint64_t>(value[kColEstablishment]) << 32) | value[kColAuthority];
    if (place_key != last_place_key) {
      last_place_key = place_key;
      last_place = out.place.intern(value[kColEstablishment], value[kColAuthority]);
    }
    std::uint32_t event = value[kColEvent];
    if (out.dictionary[kColEvent][event].empty()) {
      event = kImplicitEvent | out.implicit_event.intern(value[kColNetwork], value[kColDate]);
    }
    const std::size_t at = out.codes.size();
    out.codes.resize(at + out.stride);
    std::uint32_t* row = out.codes.data() + at;
    row[kDate] = value[kColDate];
    row[kNetwork] = value[kColNetwork];
    row[kPractitioner] = value[kColPractitioner];
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
  return out;
}

}  // namespace reticulist::io
