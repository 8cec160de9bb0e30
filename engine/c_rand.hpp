#pragma once
// The C library's rand() keeps one state per process, and two libraries we call reseed it and draw
// from it: Graphviz 2.42's layouts (sfdp draws from rand(); a layout is the same every run only if
// nothing reseeds or draws between its srand(1) and its end: viz/diagram/graphviz_session.cpp) and
// libxlsxwriter 1.1.4, which names each temporary file it makes with srand(seed++) and rand()
// (its third_party/tmpfileplus), seeded from the clock: when a worksheet is added and for each
// part of the file in workbook_close. Each holds this lock across those calls, so a workbook
// written on one thread cannot change a layout made on another. Our own code never calls rand()
// (random.hpp).
#include <mutex>

namespace reticulist {

inline std::mutex& c_rand_mutex() {
  static std::mutex m;
  return m;
}

}  // namespace reticulist
