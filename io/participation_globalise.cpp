#include "io/participation_globalise.hpp"

#include <string>
#include <thread>

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
  auto code_column = [&](std::size_t k) {
    for (std::size_t c = 0; c < chunks.size(); ++c) {
      const auto& local = chunks[c].values[k];
      auto& map = g.remap[c][k];
      map.resize(local.size());
      for (std::uint32_t i = 0; i < local.size(); ++i) map[i] = g.dictionary[k].intern(local[i]);
    }
  };
  std::size_t values = 0;
  for (const auto& chunk : chunks) values += chunk.values[kColPractitioner].size();
  const std::uint32_t parts = chunks.size() > 1 && values >= 10'000 ? 2 : 1;
  people.parts.resize(parts);
  constexpr std::uint32_t kPartBit = 0x80000000u;  // remap until numbered: part << 31 | code in part
  auto code_part = [&](std::uint32_t part) {
    std::string scratch;
    for (std::size_t c = 0; c < chunks.size(); ++c) {
      const auto& local = chunks[c].values[kColPractitioner];
      auto& map = g.remap[c][kColPractitioner];  // each thread writes the entries of its own part
      for (std::uint32_t i = 0; i < local.size(); ++i) {
        const std::string_view id = normal_form(local[i], scratch);
        if (id.empty()) {
          if (part == 0) map[i] = kNone;
        } else if (parts == 1 || model::hash_bytes(id) % parts == part) {
          map[i] = (part == 0 ? 0 : kPartBit) | people.parts[part].intern(id);
        }
      }
    }
  };
  // The second thread also codes the events (the next largest column), so that both have about
  // as much to do.
  std::thread second;
  if (parts == 2) {
    second = std::thread([&] {
      code_part(1);
      code_column(kColEvent);
    });
  }
  struct Join {
    std::thread& thread;
    ~Join() {
      if (thread.joinable()) thread.join();
    }
  } join{second};  // also when this thread throws
  code_part(0);
  for (std::size_t k = 0; k < columns; ++k) {
    if (k != kColPractitioner && (k != kColEvent || parts == 1)) code_column(k);
  }
  if (second.joinable()) second.join();

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

}  // namespace reticulist::io
