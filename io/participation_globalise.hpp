#pragma once
// Phase two of reading participation.csv, first step: the chunks' local codes become global
// codes, one dictionary per column over all chunks, and practitioners become practitioner ids.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/pair_interner.hpp"
#include "engine/model/string_interner.hpp"
#include "io/participation_parse.hpp"

namespace reticulist::io {

// Per column, the global dictionary, and per chunk the map from its local codes to global ones
// (the implicit-event fields are filled by merging, which resolves networks and days first).
struct GlobalCodes {
  std::vector<model::StringInterner> dictionary;
  std::vector<std::vector<std::vector<std::uint32_t>>> remap;  // [chunk][column][local] -> global
  std::vector<std::vector<std::uint32_t>> place;               // [chunk][local pair] -> global pair
  std::vector<std::vector<std::uint32_t>> implicit_event;      // [chunk][local] -> prelim event or kNone
  std::uint32_t explicit_events = 0;
  model::PairInterner implicit;  // (network id, day)
};

// Practitioners by id: their normalised identifiers, in order of first sight over the chunks.
struct People {
  std::vector<model::StringInterner> parts;   // the identifiers, shared out by hash between threads
  std::vector<std::string_view> identifiers;  // by practitioner id: views into `parts`
};

// Codes every column's values into global dictionaries, except the practitioners': their values
// are normalised and coded straight to practitioner ids (remap kNone: blank), so that spellings
// that differ only in case are one person. The practitioners (by far the largest column) are
// shared out between two threads by a hash of the identifier, each coding its share into a
// dictionary of its own; the second thread also codes the events, this one the other columns
// (each column is coded by one thread, chunk after chunk, so its codes do not depend on timing).
// A last pass numbers the practitioners in order of first sight, as one dictionary coding chunk
// after chunk would.
void globalise(const std::vector<ParsedChunk>& chunks, std::size_t columns, GlobalCodes& g, People& people);

// By practitioner id, the identifier as first written in the file (trimmed, case kept): for
// --identify only, as raw identifiers are not kept otherwise. Each chunk codes its values in order
// of first sight, and chunks follow the file, so the first local code of a person over the chunks
// in order is the person's first row; which of the spellings that is does not depend on where
// the chunks were cut. Rejected rows count (they are in the input too). `people`: how many
// practitioners there are (People::identifiers.size()). O(distinct values per chunk) plus the copies.
std::vector<std::string> first_spellings(const std::vector<ParsedChunk>& chunks, const GlobalCodes& g,
                                         std::size_t people);

}  // namespace reticulist::io
