#pragma once
// PNG encoding of Cairo's RGB24 images with libpng, tuned for figures: flat colours and text on
// white compress nearly as well at zlib level 3 with the Sub filter as at Cairo's defaults (level
// 6, adaptive filters), in a fraction of the time. Encoding, not drawing, was most of a figure's
// cost at scale: 12 figures of an M-scale report spent about 7 s in libpng and zlib.
#include <cstdint>
#include <ostream>

namespace reticulist::viz {

// Writes `height` rows of `width` pixels (each a native-endian 32-bit 0x00RRGGBB, as
// CAIRO_FORMAT_RGB24; rows `stride` bytes apart) as an 8-bit RGB PNG without ancillary chunks
// (no time stamp: the same pixels give the same bytes). Throws BackendError when libpng fails or
// the stream does.
void write_rgb24_png(const std::uint8_t* pixels, int width, int height, int stride, std::ostream& out);

}  // namespace reticulist::viz
