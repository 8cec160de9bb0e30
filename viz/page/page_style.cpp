#include "viz/page/page_style.hpp"

#include "viz/page/html_text.hpp"

namespace reticulist::viz {
namespace {

// Screen first; dark ink on white, one blue accent, system fonts only (nothing is fetched).
// Text colours keep WCAG AA contrast (4.5:1) on white and on the soft grey: ink 16.6:1, muted
// 6.7:1, accent 8.7:1, banner 9.4:1 (computed from WCAG relative luminance).
constexpr std::string_view kScreen = R"css(
:root { color-scheme: light; --ink: #1b1f24; --muted: #555d66; --rule: #d5dae0; --accent: #1f4e79; --soft: #f5f7fa; }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--ink); line-height: 1.5;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; }
.page { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
.banner { max-width: none; margin: 0 0 1.5rem; padding: .5rem .9rem; border: 1px solid #d9822b; border-left-width: 6px;
  background: #fff6eb; color: #6a3300; font-weight: 600; }
header.title { border-bottom: 3px solid var(--accent); padding-bottom: 1rem; margin-bottom: 1.5rem; }
h1 { margin: 0 0 .3rem; font-size: 2.1rem; line-height: 1.2; color: var(--accent); }
.subtitle { margin: 0; color: var(--muted); font-size: 1.15rem; }
h2 { margin: 0 0 1rem; padding-bottom: .3rem; border-bottom: 1px solid var(--rule); font-size: 1.5rem; line-height: 1.25; }
nav.toc { margin-bottom: 2rem; }
nav.toc h2 { font-size: 1.1rem; border: 0; margin-bottom: .4rem; }
nav.toc ol { margin: 0; padding-left: 1.4rem; }
nav.toc li { margin: .15rem 0; }
a { color: var(--accent); }
section { margin-top: 2.75rem; }
p { margin: 0 0 .8rem; max-width: 46rem; }
.key-figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(11.5rem, 1fr)); gap: .75rem; margin: 0 0 1.5rem; }
.key-figure { padding: .65rem .85rem; border: 1px solid var(--rule); border-top: 4px solid var(--accent);
  border-radius: 4px; background: var(--soft); }
.key-figure dt { font-size: .85rem; color: var(--muted); }
.key-figure dd { margin: 0; }
.key-figure .value { font-size: 1.7rem; font-weight: 700; line-height: 1.25; font-variant-numeric: tabular-nums; }
.key-figure .change { font-size: .85rem; color: var(--muted); }
figure { margin: 1.75rem 0 .5rem; }
.graphic svg { display: block; max-width: 100%; height: auto; }
figcaption { margin-top: .5rem; font-size: .95rem; color: var(--muted); }
details { margin: 0 0 1.5rem; }
summary { cursor: pointer; color: var(--accent); font-size: .95rem; }
.table-wrap { overflow-x: auto; margin: 1.25rem 0 .35rem; }
table { border-collapse: collapse; font-size: .9rem; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: .45rem; }
th, td { padding: .3rem .65rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); font-weight: 600; white-space: nowrap; }
tbody th { font-weight: 500; }
tbody tr:nth-child(even) { background: var(--soft); }
.num { text-align: right; }
td.c, td.na, th.c, th.na { color: var(--muted); }
td.empty { color: var(--muted); font-style: italic; }
.table-note { font-size: .85rem; color: var(--muted); }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .85rem; }
footer p { white-space: pre-line; }
)css";

// A4: a page per section, nothing split that should not be, table headers repeated on each page,
// no backgrounds to waste ink; folded tables print open, under their own caption.
constexpr std::string_view kPrint = R"css(
@media print {
  body { font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  section { break-before: page; margin-top: 0; }
  h1, h2, caption, summary { break-after: avoid; }
  figure, .key-figures, .key-figure, tr, .banner { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  tbody tr:nth-child(even), .key-figure { background: none; }
  a { color: inherit; text-decoration: none; }
  .key-figures { grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); }
  details::details-content { content-visibility: visible; display: block; }
  details > summary { display: none; }
}
)css";

}  // namespace

std::string page_style(const std::string& title, bool personal_data) {
  std::string css(kScreen);
  css += kPrint;
  css += "@page {\n  size: A4;\n  margin: 15mm;\n";
  if (personal_data) {
    css += "  @top-center { content: \"Contains personal data\"; font: 600 8pt sans-serif; color: #6a3300; }\n";
  }
  css += "  @bottom-left { content: " + css_string(title) + "; font: 8pt sans-serif; color: #555d66; }\n";
  css += "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font: 8pt sans-serif; color: #555d66; }\n";
  css += "}\n";
  return css;
}

}  // namespace reticulist::viz
