#include "viz/figure/text_block.hpp"

#include "viz/figure/label_key.hpp"

namespace reticulist::viz {
namespace {

constexpr double kTitleSize = 18.0, kTitleLine = 23.0;
constexpr double kSubtitleSize = 13.0, kSubtitleLine = 18.0;
constexpr double kNoteSize = 11.0, kNoteLine = 15.0;

void append(TextBlock& to, TextBlock from) {
  to.lines.insert(to.lines.end(), from.lines.begin(), from.lines.end());
  to.baselines.insert(to.baselines.end(), from.baselines.begin(), from.baselines.end());
}

}  // namespace

TextBlock wrap_block(std::string_view text, double size, Weight weight, double width, double line_height, double& y) {
  TextBlock block;
  for (std::string& line : wrap_text(normalise_label(text), size, weight, width)) {
    block.baselines.push_back(y + size);
    block.lines.push_back(std::move(line));
    y += line_height;
  }
  return block;
}

void draw_block(Canvas& canvas, const TextBlock& block, double x, const TextStyle& style) {
  for (std::size_t i = 0; i < block.lines.size(); ++i) canvas.text({x, block.baselines[i]}, block.lines[i], style);
}

double place_heading(Frame& frame, std::string_view title, std::string_view subtitle, double width, double y) {
  frame.title = wrap_block(title, kTitleSize, Weight::Bold, width, kTitleLine, y);
  if (!subtitle.empty()) {
    y += 2.0;
    frame.subtitle = wrap_block(subtitle, kSubtitleSize, Weight::Normal, width, kSubtitleLine, y);
  }
  return y;
}

double place_notes(Frame& frame, std::string_view footnote, const std::vector<std::string>& key, double width, double y) {
  frame.footnote = wrap_block(footnote, kNoteSize, Weight::Normal, width, kNoteLine, y);
  if (!key.empty()) y += 6.0;
  for (const std::string& line : key) append(frame.key, wrap_block(line, kNoteSize, Weight::Normal, width, kNoteLine, y));
  return y;
}

void draw_frame(Canvas& canvas, const Frame& frame, double x) {
  draw_block(canvas, frame.title, x, text_style(kTitleSize, Weight::Bold));
  draw_block(canvas, frame.subtitle, x, text_style(kSubtitleSize, Weight::Normal, Anchor::Start, kQuietText));
  draw_block(canvas, frame.footnote, x, text_style(kNoteSize, Weight::Normal, Anchor::Start, kQuietText));
  draw_block(canvas, frame.key, x, text_style(kNoteSize, Weight::Normal, Anchor::Start, kQuietText));
}

}  // namespace reticulist::viz
