#include "io/participation_globalise.hpp"

#include <algorithm>
#include <string>

#include "engine/parallel.hpp"
#include "engine/privacy/pseudonymiser.hpp"

namespace reticulist::io {
namespace {

using model::kNone;

// The identifier as it is pseudonymised (privacy::normalise_identifier), without a copy when the
// value is normal already: values come trimmed from parsing, and most hold no capital letter.
std::string_view normal_form(std::string_view text, std::string& scratch) {
  bool normal = text.empty() || (text.front() != ' ' && text.front() != '\t' && text.back() != ' ' && text.back() != '\t');
  for (std::size_t i = 0; normal && i < text.size(); ++i) normal = !(text[i] >= 'A' && text[i] <= 'Z');
  if (normal) return text;
  scratch = privacy::normalise_identifier(text);
  return scratch;
}

}  // namespace

void globalise(const std::vector<ParsedChunk>& chunks, std::size_t columns, GlobalCodes& g, People& people) {
  g.dictionary.resize(columns);
  g.remap.resize(chunks.size());
  for (std::size_t c = 0; c < chunks.size(); ++c) {
    g.remap[c].resize(columns);
    g.remap[c][kColPractitioner].resize(chunks[c].values[kColPractitioner].size());
  }
  // A batch of values' slots is asked for before they are interned, in order (see code_part).
  auto code_column = [&](std::size_t k) {
    constexpr std::size_t kBatch = 16;
    std::uint64_t hash[kBatch];
    model::StringInterner& interner = g.dictionary[k];
    for (std::size_t c = 0; c < chunks.size(); ++c) {
      const auto& local = chunks[c].values[k];
      auto& map = g.remap[c][k];
      map.resize(local.size());
      for (std::size_t first = 0; first < local.size(); first += kBatch) {
        const std::size_t last = std::min(local.size(), first + kBatch);
        for (std::size_t i = first; i < last; ++i) interner.prefetch(hash[i - first] = model::hash_bytes(local[i]));
        for (std::size_t i = first; i < last; ++i) map[i] = interner.intern(local[i], hash[i - first]);
      }
    }
  };
  std::size_t values = 0;
  for (const auto& chunk : chunks) values += chunk.values[kColPractitioner].size();
  const std::uint32_t parts = chunks.size() > 1 && values >= 10'000 ? 2 : 1;
  people.parts.resize(parts);
  constexpr std::uint32_t kPartBit = 0x80000000u;  // remap until numbered: part << 31 | code in part
  // Values are taken a batch at a time: the slots of a batch's values are asked for before any is
  // looked up, so that the waits on memory of a batch overlap (the table outgrows the caches). They
  // are still interned in order, so ids do not change.
  auto code_part = [&](std::uint32_t part) {
    constexpr std::uint32_t kBatch = 16;
    struct Pending {
      std::uint32_t at;
      std::string_view id;
      std::uint64_t hash;
    };
    Pending batch[kBatch];
    std::string scratch[kBatch];  // normal forms that differ from the value
    model::StringInterner& interner = people.parts[part];
    for (std::size_t c = 0; c < chunks.size(); ++c) {
      const auto& local = chunks[c].values[kColPractitioner];
      const auto& hashes = chunks[c].practitioner_hash;
      auto& map = g.remap[c][kColPractitioner];  // each thread writes the entries of its own part
      for (std::uint32_t first = 0; first < local.size(); first += kBatch) {
        std::uint32_t pending = 0;
        for (std::uint32_t i = first; i < std::min<std::size_t>(local.size(), first + kBatch); ++i) {
          const std::string_view id = normal_form(local[i], scratch[pending]);
          if (id.empty()) {
            if (part == 0) map[i] = kNone;
            continue;
          }
          // Parsing hashed the value as read: that is the hash unless normalising changed it.
          const std::uint64_t hash = id.data() == local[i].data() ? hashes[i] : model::hash_bytes(id);
          if (parts > 1 && hash % parts != part) continue;
          interner.prefetch(hash);
          batch[pending++] = {i, id, hash};
        }
        for (std::uint32_t b = 0; b < pending; ++b) {
          map[batch[b].at] = (part == 0 ? 0 : kPartBit) | interner.intern(batch[b].id, batch[b].hash);
        }
      }
    }
  };
  // The second thread also codes the events (the next largest column), so that both have about
  // as much to do.
  parallel::run_parts(parts, [&](std::size_t part) {
    if (part == 1) {
      code_part(1);
      code_column(kColEvent);
      return;
    }
    code_part(0);
    for (std::size_t k = 0; k < columns; ++k) {
      if (k != kColPractitioner && (k != kColEvent || parts == 1)) code_column(k);
    }
  });

  std::vector<std::vector<std::uint32_t>> id_of(parts);
  for (std::uint32_t part = 0; part < parts; ++part) id_of[part].assign(people.parts[part].size(), kNone);
  for (std::size_t c = 0; c < chunks.size(); ++c) {
    for (std::uint32_t& code : g.remap[c][kColPractitioner]) {
      if (code == kNone) continue;
      const std::uint32_t part = code >> 31;
      const std::uint32_t in_part = code & ~kPartBit;
      std::uint32_t& id = id_of[part][in_part];
      if (id == kNone) {
        id = static_cast<std::uint32_t>(people.identifiers.size());
        people.identifiers.push_back(people.parts[part].all()[in_part]);
      }
      code = id;
    }
  }
  g.explicit_events = static_cast<std::uint32_t>(g.dictionary[kColEvent].size());
}

std::vector<std::string> first_spellings(const std::vector<ParsedChunk>& chunks, const GlobalCodes& g,
                                         std::size_t people) {
  std::vector<std::string> spelling(people);  // empty: not seen yet (a blank value is no person)
  for (std::size_t c = 0; c < chunks.size(); ++c) {
    const auto& values = chunks[c].values[kColPractitioner];
    const auto& ids = g.remap[c][kColPractitioner];
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (ids[i] != kNone && spelling[ids[i]].empty()) spelling[ids[i]] = values[i];
    }
  }
  return spelling;
}

}  // namespace reticulist::io
