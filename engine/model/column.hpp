#pragma once
// Column<T>: a std::vector whose resize() leaves new elements of trivial types uninitialised.
// Ingest sizes the record columns once and then fills every slot from several threads at once;
// zero-filling them first would write (and fault in) hundreds of MB on one thread for nothing.
// Everywhere else a Column behaves as a std::vector (push_back, assign and resize(n, value)
// initialise as usual); only resize(n) without a value and Column(n) leave elements unset.
//
// (Transparent huge pages were tried for large columns and left out: on the virtual machines
// this runs on, a 2 MiB page comes from memory the host has taken back and costs ~6 ms to fault
// in, against ~2 us for a 4 KiB page from memory freed a moment ago.)
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace reticulist::model {

template <class T>
class ColumnAllocator : public std::allocator<T> {
 public:
  using value_type = T;
  template <class U>
  struct rebind {
    using other = ColumnAllocator<U>;
  };

  ColumnAllocator() = default;
  template <class U>
  ColumnAllocator(const ColumnAllocator<U>&) noexcept {}

  // Default construction is default-initialisation: nothing at all for int-like types.
  template <class U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

template <class T, class U>
bool operator==(const ColumnAllocator<T>&, const ColumnAllocator<U>&) noexcept {
  return true;
}

template <class T>
using Column = std::vector<T, ColumnAllocator<T>>;

}  // namespace reticulist::model
