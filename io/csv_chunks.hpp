#pragma once
// A CSV file's body split into chunks at record boundaries, so that several threads parse one
// file. The quote state at a byte is the parity of the '"' bytes before it as long as every quote
// opens or closes a quoted field (a doubled quote is two); split_chunks checks that in the same
// pass and follows the exact rules where a literal quote (`ab"c`) breaks it, so its chunks always
// agree with one cursor (csv_reader.hpp, which also gives the dialect).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace reticulist::io {

// A piece of a file's body that starts and ends on record boundaries.
struct CsvChunk {
  std::string_view bytes;
  std::uint64_t first_line = 1;  // physical line number of the chunk's first byte
  // At least as many as the chunk's records, as split_chunks counts them (line feeds, plus one);
  // 0 when not counted.
  std::uint64_t max_records = 0;
};

// Splits `body` (which starts at a record boundary, as read_header's does) into at most
// `parts` chunks of about equal size at record boundaries; line numbers are carried over
// exactly, and max_records is set. There are at most size / min_chunk_bytes chunks, so a body
// under 1 MiB stays whole; tests pass a small `min_chunk_bytes` to put split points into short
// inputs.
inline constexpr std::size_t kMinChunkBytes = std::size_t{1} << 20;
std::vector<CsvChunk> split_chunks(const CsvChunk& body, unsigned parts,
                                   std::size_t min_chunk_bytes = kMinChunkBytes);

}  // namespace reticulist::io
