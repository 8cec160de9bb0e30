#pragma once
// Column<T>: a std::vector whose resize() leaves new elements of trivial types uninitialised.
// Ingest sizes the record columns once and then fills every slot from several threads at once;
// zero-filling them first would write (and fault in) hundreds of MB on one thread for nothing.
// Everywhere else a Column behaves as a std::vector (push_back, assign and resize(n, value)
// initialise as usual); only resize(n) without a value and Column(n) leave elements unset.
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace reticulist::model {

template <class T>
class UninitialisedAllocator : public std::allocator<T> {
 public:
  using value_type = T;
  template <class U>
  struct rebind {
    using other = UninitialisedAllocator<U>;
  };

  UninitialisedAllocator() = default;
  template <class U>
  UninitialisedAllocator(const UninitialisedAllocator<U>&) noexcept {}

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
bool operator==(const UninitialisedAllocator<T>&, const UninitialisedAllocator<U>&) noexcept {
  return true;
}

template <class T>
using Column = std::vector<T, UninitialisedAllocator<T>>;

}  // namespace reticulist::model
