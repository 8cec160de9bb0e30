#include "io/file_name.hpp"

#include <catch2/catch.hpp>
#include <string>

namespace io = reticulist::io;

// Each byte outside [A-Za-z0-9.-] becomes '_', runs collapse, the ends are trimmed:
//   "../etc/passwd"  ->  . . / e t c / p a s s w d
//                        drop drop _ etc _ passwd       -> "etc_passwd"
//   "Gàidhlig"       ->  G, à = C3 A0 (two bytes, one '_'), idhlig -> "G_idhlig"
TEST_CASE("safe_file_stem: separators, dots, controls and non-ASCII", "[io]") {
  CHECK(io::safe_file_stem("ego_1") == "ego_1");
  CHECK(io::safe_file_stem("network-overlap.v2") == "network-overlap.v2");
  CHECK(io::safe_file_stem("../etc/passwd") == "etc_passwd");
  CHECK(io::safe_file_stem("a\\b") == "a_b");
  CHECK(io::safe_file_stem("..") == "unnamed");
  CHECK(io::safe_file_stem(".") == "unnamed");
  CHECK(io::safe_file_stem("") == "unnamed");
  CHECK(io::safe_file_stem(".hidden") == "hidden");
  CHECK(io::safe_file_stem("--help") == "help");
  CHECK(io::safe_file_stem("name.") == "name");  // Windows drops a trailing dot
  CHECK(io::safe_file_stem("tab\there\nline\r") == "tab_here_line");
  CHECK(io::safe_file_stem(std::string("nul\0byte", 8)) == "nul_byte");
  CHECK(io::safe_file_stem("<script>alert(1)</script>") == "script_alert_1_script");
  CHECK(io::safe_file_stem("Gàidhlig") == "G_idhlig");
  CHECK(io::safe_file_stem("\xe2\x80\xae" "fdp.exe") == "fdp.exe");  // U+202E, right-to-left override
  CHECK(io::safe_file_stem("a..b") == "a..b");  // not "..": a plain name
}

TEST_CASE("safe_file_stem: length bound and Windows device names", "[io]") {
  const std::string long_name(300, 'x');
  CHECK(io::safe_file_stem(long_name) == std::string(io::kMaxFileStem, 'x'));
  // Cut at 64 bytes, then the trailing '_' of the cut is trimmed: 63 x's.
  CHECK(io::safe_file_stem(std::string(63, 'x') + "/yyy") == std::string(63, 'x'));
  CHECK(io::safe_file_stem("CON") == "CON_");
  CHECK(io::safe_file_stem("nul.txt") == "nul.txt_");
  CHECK(io::safe_file_stem("com1") == "com1_");
  CHECK(io::safe_file_stem("com0") == "com0");
  CHECK(io::safe_file_stem("console") == "console");
}

// FNV-1a 64 (offset basis 0xcbf29ce484222325, prime 0x100000001b3) of the stem as given; its top
// 32 bits in hex. Worked out for these stems with a 10-line Python loop over the bytes:
//   "a/b" -> e620c319, "a:b" -> e6619119, "../etc/passwd" -> 50b77b6a.
TEST_CASE("FileNames: names that sanitise alike stay apart, whatever the order", "[io]") {
  io::FileNames names;
  CHECK(names.unique("ego_1", ".svg") == "ego_1.svg");
  CHECK(names.unique("a/b", ".svg") == "a_b-e620c319.svg");
  CHECK(names.unique("a:b", ".svg") == "a_b-e6619119.svg");
  CHECK(names.unique("a_b", ".svg") == "a_b.svg");  // unchanged: no suffix, and no clash
  CHECK(names.unique("../etc/passwd", ".png") == "etc_passwd-50b77b6a.png");
  // The same text twice, or two that differ only in case: counted.
  CHECK(names.unique("ego_1", ".svg") == "ego_1-2.svg");
  CHECK(names.unique("EGO_1", ".svg") == "EGO_1-3.svg");
  CHECK(names.unique("ego_1", ".png") == "ego_1.png");  // another extension, another name

  io::FileNames reversed;  // the other order gives each text the same name
  CHECK(reversed.unique("a:b", ".svg") == "a_b-e6619119.svg");
  CHECK(reversed.unique("a_b", ".svg") == "a_b.svg");
  CHECK(reversed.unique("a/b", ".svg") == "a_b-e620c319.svg");
}
