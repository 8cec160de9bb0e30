#pragma once
// Colour scales for figures read by people, some of whom do not see red and green apart.
//
// - Sequential: viridis (default) and cividis, from matplotlib (van der Walt & Smith 2015;
//   Nuñez, Anderton & Renslow 2018, PLoS ONE 13(7): e0199239, which tunes cividis for
//   deuteranopia). Both rise steadily in lightness, so they also read in greyscale print.
// - Diverging: ColorBrewer's RdBu (Brewer 2003, colorbrewer2.org, marked colour-blind safe),
//   white at the middle, for a change between two periods.
// - Categorical: Okabe & Ito (2008, "Color universal design"), eight colours told apart under
//   every common colour-vision deficiency.
// Each scale is a list of stops sampled evenly from its source and interpolated linearly in sRGB
// between them: close enough to the original for a legend and a heatmap cell.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace reticulist::viz {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;

  friend bool operator==(const Rgb&, const Rgb&) = default;
};

// "#rrggbb".
std::string to_hex(Rgb colour);
// Black or white, whichever reads better on `background` (WCAG relative luminance: white text
// where the background's luminance is below 0.179, the point of equal contrast).
Rgb text_colour_on(Rgb background);

enum class Scale : std::uint8_t { Viridis, Cividis, Diverging };

// "viridis", "cividis", "diverging".
std::string_view scale_name(Scale scale);

// The colour at t in [0, 1] (clamped; NaN gives the scale's lowest colour). For Diverging, 0.5 is
// the neutral middle.
Rgb colour_at(Scale scale, double t);

// The Okabe-Ito colours without black, in their usual order: orange, sky blue, bluish green,
// yellow, blue, vermillion, reddish purple, grey. Index i beyond the list wraps.
std::span<const Rgb> categorical();
Rgb categorical(std::size_t i);

// The colour of a suppressed cell ("[c]") and of a cell with no value ("NA"): light greys told
// apart by a hatch (suppressed) in every figure and explained in its legend.
inline constexpr Rgb kSuppressedFill{0xd9, 0xd9, 0xd9};
inline constexpr Rgb kMissingFill{0xf2, 0xf2, 0xf2};

}  // namespace reticulist::viz
