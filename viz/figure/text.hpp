#pragma once
// Text in figures: made safe for every backend, measured once for all of them.
//
// Layout measures with Cairo's toy text API in "DejaVu Sans" with hinted metrics off, so an
// advance scales linearly with the size: the positions computed here are the same in SVG, PNG
// (drawn at twice the scale) and PDF. A browser showing the SVG without DejaVu Sans falls back
// to Verdana (a little wider) or Arial (narrower); layout leaves a few pixels of slack for that.
#include <string>
#include <string_view>
#include <vector>

namespace reticulist::viz {

inline constexpr std::string_view kFontFamily = "DejaVu Sans";

enum class Weight : unsigned char { Normal, Bold };

// Valid UTF-8 that XML 1.0 and Cairo accept: each control character (C0, DEL and C1, tab and
// newline included: a label is one line) becomes a space, each byte that is not part of a
// well-formed UTF-8 sequence becomes U+FFFD, and the noncharacters U+FFFE and U+FFFF (invalid
// in XML) become U+FFFD too.
std::string clean_text(std::string_view text);

struct TextExtent {
  double width = 0.0;    // advance: where the next character would start
  double ascent = 0.0;   // of the font at this size, above the baseline
  double descent = 0.0;  // below the baseline (positive)
};

// The extent of clean_text(text) at `size` pixels. Thread-safe (one measuring context per thread).
TextExtent measure_text(std::string_view text, double size, Weight weight = Weight::Normal);
double text_width(std::string_view text, double size, Weight weight = Weight::Normal);

// Greedy word wrap into lines no wider than `max_width`; a word wider than the line gets a line
// of its own (the caller decides whether to abbreviate it). Empty text gives no line.
std::vector<std::string> wrap_text(std::string_view text, double size, Weight weight, double max_width);

// The longest prefix of `text` (whole UTF-8 characters, trailing spaces dropped) followed by
// `suffix` that fits `max_width`; the suffix alone if nothing else fits.
std::string truncate_to_width(std::string_view text, std::string_view suffix, double size,
                              Weight weight, double max_width);

}  // namespace reticulist::viz
