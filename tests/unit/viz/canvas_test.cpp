#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "support/svg_text.hpp"
#include "viz/figure/cairo_canvas.hpp"
#include "viz/figure/figure_file.hpp"
#include "viz/figure/svg_canvas.hpp"

using namespace reticulist::viz;
using reticulist::testing::count_of;
using reticulist::testing::has_text;
using reticulist::testing::png_size;
using reticulist::testing::svg_element_text;
using reticulist::testing::svg_texts;

namespace {

// A figure of 200 x 100 px: a rectangle, a hatched one, a line, a ring and two texts.
Figure sample(std::string label) {
  Figure f;
  f.width = 200;
  f.height = 100;
  f.title = "Sample & test";
  f.description = "A rectangle and a \"label\"";
  f.draw = [label](Canvas& c) {
    c.rect(0, 0, 200, 100, {0xff, 0xff, 0xff});
    c.rect(10, 10, 40, 20, {0x44, 0x01, 0x54});
    c.hatched_rect(60, 10, 40, 20, kSuppressedFill, kHatchInk);
    c.line({0, 50}, {200, 50}, {0, 0, 0}, 1);
    const Point points[] = {{10, 90}, {50, 70}, {90, 80}};
    c.polyline(points, {0xe6, 0x9f, 0x00}, 2);
    c.circle({150, 80}, 4, std::nullopt, {0, 0, 0}, 1.5);
    c.text({10, 45}, label, {});
    TextStyle rotated;
    rotated.angle = -45;
    rotated.anchor = Anchor::End;
    c.text({180, 40}, "2023/24", rotated);
  };
  return f;
}

std::string png_of(const Figure& f) {
  std::ostringstream out;
  write_figure(FigureFormat::Png, out, f);
  return out.str();
}

std::string pdf_of(const Figure& f) {
  std::ostringstream out;
  write_figure(FigureFormat::Pdf, out, f);
  return out.str();
}

}  // namespace

// Numbers in SVG: fixed, two decimals at most, trailing zeros and "-0" dropped. 7.125 is exact in
// binary, so 712.5 rounds half away from zero to 713 -> "7.13"; -0.001 rounds to -0 -> "0".
TEST_CASE("svg: numbers have at most two decimals", "[viz][canvas]") {
  CHECK(svg_number(10.0) == "10");
  CHECK(svg_number(2.5) == "2.5");
  CHECK(svg_number(3.14159) == "3.14");
  CHECK(svg_number(7.125) == "7.13");
  CHECK(svg_number(-0.001) == "0");
  CHECK(svg_number(-12.5) == "-12.5");
}

TEST_CASE("svg: every text is escaped, control characters removed", "[viz][canvas]") {
  CHECK(xml_escape("<script>&\"'") == "&lt;script&gt;&amp;&quot;&#39;");
  CHECK(xml_escape("a\tb\nc\x01" "d") == "a b c d");
  CHECK(xml_escape("Gàidhlig Ελληνικά") == "Gàidhlig Ελληνικά");

  const std::string svg = svg_fragment(sample("<script>alert('x')</script> & \"Glasgow\""), "t1");
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(has_text(svg, "<script>alert('x')</script> & \"Glasgow\""));  // decoded back, intact
  CHECK(svg_element_text(svg, "title") == "Sample & test");
  CHECK(svg_element_text(svg, "desc") == "A rectangle and a \"label\"");
}

TEST_CASE("svg: a fragment for inlining, a document for files", "[viz][canvas]") {
  const Figure f = sample("Glasgow City");
  const std::string fragment = svg_fragment(f, "fig-1");
  const std::string document = svg_document(f, "fig-1");
  CHECK(fragment.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"0 0 200 100\" "
                       "role=\"img\" aria-labelledby=\"fig-1-title fig-1-desc\"", 0) == 0);
  CHECK(document == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + fragment);
  CHECK(fragment.find("font-family=\"'DejaVu Sans', Verdana, Arial, sans-serif\"") != std::string::npos);
  // Text is text, not glyph outlines; the rotated label turns about its anchor.
  CHECK(svg_texts(fragment) == std::vector<std::string>{"Glasgow City", "2023/24"});
  CHECK(fragment.find("transform=\"rotate(-45 180 40)\"") != std::string::npos);
  CHECK(fragment.find("text-anchor=\"end\"") != std::string::npos);
  // One hatch pattern, defined once and used by the hatched rectangle; ids carry the prefix.
  CHECK(count_of(fragment, "<pattern id=\"fig-1-hatch-0\"") == 1);
  CHECK(count_of(fragment, "url(#fig-1-hatch-0)") == 1);
  // An id is reduced to letters, digits, '-' and '_'.
  CHECK(svg_fragment(f, "a b\"c").find("aria-labelledby=\"a-b-c-title a-b-c-desc\"") != std::string::npos);
}

TEST_CASE("svg: non-Latin text survives as UTF-8; broken UTF-8 does not break the file", "[viz][canvas]") {
  const std::string svg = svg_fragment(sample("Gàidhlig Ελληνικά"));
  CHECK(has_text(svg, "Gàidhlig Ελληνικά"));
  // A lone continuation byte and a truncated sequence become U+FFFD; U+FFFF (not XML) too.
  CHECK(clean_text("a\x80z") == "a\xEF\xBF\xBDz");
  CHECK(clean_text("\xE2\x82") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(clean_text("\xEF\xBF\xBF") == "\xEF\xBF\xBD");
  CHECK(clean_text("\xC2\x85") == " ");  // C1 control NEL
}

TEST_CASE("figure formats by extension, any case", "[viz][canvas]") {
  CHECK(format_of("out/engagement.svg") == FigureFormat::Svg);
  CHECK(format_of("out/engagement.PNG") == FigureFormat::Png);
  CHECK(format_of("chart.Pdf") == FigureFormat::Pdf);
  CHECK(format_of("chart.jpeg") == std::nullopt);
  CHECK(format_of("chart") == std::nullopt);
  CHECK(format_name(FigureFormat::Png) == "png");
}

// PNG at twice the scale: 200 x 100 px figure -> 400 x 200 pixels; a fractional size rounds up.
TEST_CASE("png: signature and size at scale 2", "[viz][canvas]") {
  const std::string png = png_of(sample("Glasgow City"));
  CHECK(png_size(png) == std::pair<std::uint32_t, std::uint32_t>{400, 200});
  Figure odd = sample("x");
  odd.width = 100.25;
  CHECK(png_size(png_of(odd)) == std::pair<std::uint32_t, std::uint32_t>{201, 200});
}

// Cairo's images stop at 32,767 pixels a side. A 100 x 20,000 figure at scale 2 would be 40,000
// high: it is drawn at floor(32767 / 20000 * 1000) / 1000 = 1.638, so 164 x 32,760 pixels.
TEST_CASE("png: a figure too tall for scale 2 is drawn smaller", "[viz][canvas]") {
  Figure tall = sample("x");
  tall.width = 100.0;
  tall.height = 20000.0;
  CHECK(png_scale(tall) == Approx(1.638));
  CHECK(png_size(png_of(tall)) == std::pair<std::uint32_t, std::uint32_t>{164, 32760});
  CHECK(png_scale(sample("x")) == 2.0);
}

TEST_CASE("pdf: a one-page PDF with the title, no creation date", "[viz][canvas]") {
  const std::string pdf = pdf_of(sample("Gàidhlig Ελληνικά"));
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.find("/Title (Sample & test)") != std::string::npos);
  CHECK(pdf.find("/CreationDate") == std::string::npos);
  CHECK(pdf.find("/MediaBox [ 0 0 200 100 ]") != std::string::npos);
}

TEST_CASE("figures: the same figure gives the same bytes in every format", "[viz][canvas]") {
  const Figure f = sample("Gàidhlig Ελληνικά <&>");
  CHECK(svg_document(f) == svg_document(f));
  CHECK(png_of(f) == png_of(f));
  CHECK(pdf_of(f) == pdf_of(f));
}

TEST_CASE("figures: a failing stream is left failed, not thrown", "[viz][canvas]") {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  CHECK_NOTHROW(write_figure(FigureFormat::Png, out, sample("x")));
  CHECK_FALSE(out.good());
}
