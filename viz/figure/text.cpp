#include "viz/figure/text.hpp"

#include <cairo.h>

#include <cstdint>
#include <string>

namespace reticulist::viz {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the well-formed UTF-8 sequence starting at s[i] (RFC 3629, Unicode table 3-7),
// or 0 if the bytes there are not one.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const auto in = [&](std::size_t k, unsigned char lo, unsigned char hi) {
    return k < s.size() && byte(k) >= lo && byte(k) <= hi;
  };
  const unsigned char b = byte(i);
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return in(i + 1, 0x80, 0xBF) ? 2 : 0;
  if (b >= 0xE0 && b <= 0xEF) {
    const unsigned char lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
    return in(i + 1, lo, hi) && in(i + 2, 0x80, 0xBF) ? 3 : 0;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    const unsigned char lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
    return in(i + 1, lo, hi) && in(i + 2, 0x80, 0xBF) && in(i + 3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// One measuring context per thread: a 1x1 image surface is enough for text extents.
class Measurer {
 public:
  Measurer()
      : surface_(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)),
        cr_(cairo_create(surface_)),
        options_(cairo_font_options_create()) {
    // Unhinted metrics: advances scale linearly, so the layout holds at every scale and backend.
    cairo_font_options_set_hint_metrics(options_, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options_, CAIRO_HINT_STYLE_NONE);
    cairo_set_font_options(cr_, options_);
  }
  ~Measurer() {
    cairo_font_options_destroy(options_);
    cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
  }
  Measurer(const Measurer&) = delete;
  Measurer& operator=(const Measurer&) = delete;

  TextExtent measure(const std::string& clean, double size, Weight weight) {
    cairo_select_font_face(cr_, std::string(kFontFamily).c_str(), CAIRO_FONT_SLANT_NORMAL,
                           weight == Weight::Bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr_, size);
    cairo_font_extents_t font;
    cairo_font_extents(cr_, &font);
    cairo_text_extents_t extents;
    cairo_text_extents(cr_, clean.c_str(), &extents);
    return {extents.x_advance, font.ascent, font.descent};
  }

 private:
  cairo_surface_t* surface_;
  cairo_t* cr_;
  cairo_font_options_t* options_;
};

Measurer& measurer() {
  thread_local Measurer m;
  return m;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string clean_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequence_length(text, i);
    if (n == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (n == 1) {
      out += b0 < 0x20 || b0 == 0x7F ? ' ' : static_cast<char>(b0);
    } else if (n == 2 && b0 == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      out += ' ';  // C1 control, U+0080..U+009F
    } else if (n == 3 && text.substr(i, 2) == "\xEF\xBF" && static_cast<unsigned char>(text[i + 2]) >= 0xBE) {
      out += kReplacement;  // U+FFFE, U+FFFF
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

TextExtent measure_text(std::string_view text, double size, Weight weight) {
  return measurer().measure(clean_text(text), size, weight);
}

double text_width(std::string_view text, double size, Weight weight) {
  return measure_text(text, size, weight).width;
}

std::vector<std::string> wrap_text(std::string_view text, double size, Weight weight, double max_width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t end = i;
    while (end < text.size() && text[end] != ' ') ++end;
    if (end == i) break;
    const std::string_view word = text.substr(i, end - i);
    i = end;
    std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
    if (line.empty() || text_width(candidate, size, weight) <= max_width) {
      line = std::move(candidate);
    } else {
      lines.push_back(std::move(line));
      line = std::string(word);
    }
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

std::string truncate_to_width(std::string_view text, std::string_view suffix, double size,
                              Weight weight, double max_width) {
  // Character boundaries, then a binary search for the longest prefix that fits.
  std::vector<std::size_t> ends;
  for (std::size_t i = 1; i <= text.size(); ++i)
    if (i == text.size() || !is_continuation(text[i])) ends.push_back(i);
  const auto candidate = [&](std::size_t k) {  // the first k characters + suffix
    std::string_view prefix = text.substr(0, k == 0 ? 0 : ends[k - 1]);
    while (!prefix.empty() && prefix.back() == ' ') prefix.remove_suffix(1);
    return std::string(prefix) + std::string(suffix);
  };
  std::size_t lo = 0, hi = ends.size();  // candidate(lo) fits or lo == 0
  while (lo < hi) {
    const std::size_t mid = (lo + hi + 1) / 2;
    if (text_width(candidate(mid), size, weight) <= max_width) lo = mid;
    else hi = mid - 1;
  }
  return candidate(lo);
}

}  // namespace reticulist::viz
