#include "viz/figure/palette.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace reticulist::viz {
namespace {

// matplotlib's viridis and cividis at t = 0, 0.1, ..., 1.
constexpr std::array<Rgb, 11> kViridis{{{0x44, 0x01, 0x54}, {0x48, 0x24, 0x75}, {0x41, 0x44, 0x87},
                                        {0x35, 0x5f, 0x8d}, {0x2a, 0x78, 0x8e}, {0x21, 0x91, 0x8c},
                                        {0x22, 0xa8, 0x84}, {0x44, 0xbf, 0x70}, {0x7a, 0xd1, 0x51},
                                        {0xbd, 0xdf, 0x26}, {0xfd, 0xe7, 0x25}}};
constexpr std::array<Rgb, 11> kCividis{{{0x00, 0x22, 0x4e}, {0x12, 0x35, 0x70}, {0x3b, 0x49, 0x6c},
                                        {0x57, 0x5d, 0x6d}, {0x70, 0x71, 0x73}, {0x8a, 0x87, 0x79},
                                        {0xa6, 0x9d, 0x75}, {0xc4, 0xb5, 0x6c}, {0xe4, 0xcf, 0x5b},
                                        {0xf6, 0xe3, 0x4a}, {0xfe, 0xe8, 0x38}}};
// ColorBrewer RdBu (11 classes), reversed so that low (a fall) is red and high (a rise) is blue.
constexpr std::array<Rgb, 11> kDiverging{{{0x67, 0x00, 0x1f}, {0xb2, 0x18, 0x2b}, {0xd6, 0x60, 0x4d},
                                          {0xf4, 0xa5, 0x82}, {0xfd, 0xdb, 0xc7}, {0xf7, 0xf7, 0xf7},
                                          {0xd1, 0xe5, 0xf0}, {0x92, 0xc5, 0xde}, {0x43, 0x93, 0xc3},
                                          {0x21, 0x66, 0xac}, {0x05, 0x30, 0x61}}};
constexpr std::array<Rgb, 8> kOkabeIto{{{0xe6, 0x9f, 0x00}, {0x56, 0xb4, 0xe9}, {0x00, 0x9e, 0x73},
                                        {0xf0, 0xe4, 0x42}, {0x00, 0x72, 0xb2}, {0xd5, 0x5e, 0x00},
                                        {0xcc, 0x79, 0xa7}, {0x99, 0x99, 0x99}}};

std::span<const Rgb> stops(Scale scale) {
  switch (scale) {
    case Scale::Viridis: return kViridis;
    case Scale::Cividis: return kCividis;
    case Scale::Diverging: return kDiverging;
  }
  return kViridis;
}

std::uint8_t mix(std::uint8_t a, std::uint8_t b, double f) {
  return static_cast<std::uint8_t>(std::lround(a + (b - a) * f));
}

// sRGB channel to linear light (WCAG 2.1 relative luminance).
double linear(std::uint8_t channel) {
  const double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

std::string to_hex(Rgb colour) {
  char text[8];
  std::snprintf(text, sizeof text, "#%02x%02x%02x", colour.r, colour.g, colour.b);
  return text;
}

Rgb text_colour_on(Rgb background) {
  const double luminance =
      0.2126 * linear(background.r) + 0.7152 * linear(background.g) + 0.0722 * linear(background.b);
  return luminance < 0.179 ? Rgb{0xff, 0xff, 0xff} : Rgb{0x00, 0x00, 0x00};
}

std::string_view scale_name(Scale scale) {
  switch (scale) {
    case Scale::Viridis: return "viridis";
    case Scale::Cividis: return "cividis";
    case Scale::Diverging: return "diverging";
  }
  return "viridis";
}

Rgb colour_at(Scale scale, double t) {
  const auto s = stops(scale);
  if (std::isnan(t)) t = 0.0;
  t = std::clamp(t, 0.0, 1.0);
  const double position = t * static_cast<double>(s.size() - 1);
  const auto low = std::min(static_cast<std::size_t>(position), s.size() - 2);
  const double f = position - static_cast<double>(low);
  const Rgb a = s[low], b = s[low + 1];
  return {mix(a.r, b.r, f), mix(a.g, b.g, f), mix(a.b, b.b, f)};
}

std::span<const Rgb> categorical() { return kOkabeIto; }

Rgb categorical(std::size_t i) { return kOkabeIto[i % kOkabeIto.size()]; }

}  // namespace reticulist::viz
