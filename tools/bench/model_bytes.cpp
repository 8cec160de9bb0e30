#include "tools/bench/model_bytes.hpp"

#include <string>
#include <vector>

namespace reticulist::bench {
namespace {

// The capacity of std::string's inline buffer (15 with libstdc++).
const std::size_t kInlineCapacity = std::string().capacity();

template <class T, class A>
std::uint64_t bytes(const std::vector<T, A>& v) {
  return v.capacity() * sizeof(T);
}

std::uint64_t bytes(const std::vector<bool>& v) { return (v.capacity() + 7) / 8; }

std::uint64_t bytes(const std::string& s) { return s.capacity() > kInlineCapacity ? s.capacity() + 1 : 0; }

std::uint64_t bytes(const std::vector<std::string>& v) {
  std::uint64_t n = v.capacity() * sizeof(std::string);
  for (const auto& s : v) n += bytes(s);
  return n;
}

template <class T, class A>
std::uint64_t bytes(const std::vector<std::vector<T, A>>& v) {
  std::uint64_t n = v.capacity() * sizeof(std::vector<T, A>);
  for (const auto& inner : v) n += bytes(inner);
  return n;
}

std::uint64_t bytes(const model::Attributes& a) { return bytes(a.names) + bytes(a.values); }

std::uint64_t bytes(const model::CodedAttributes& a) {
  return bytes(a.names) + bytes(a.dictionary) + bytes(a.codes);
}

}  // namespace

std::uint64_t model_bytes(const model::Dataset& ds) {
  std::uint64_t n = bytes(ds.pseudonyms) + bytes(ds.identities) + bytes(ds.designations);
  const auto& a = ds.authorities;
  n += bytes(a.id) + bytes(a.name) + bytes(a.region) + bytes(a.listed) + bytes(a.extra);
  const auto& e = ds.establishments;
  n += bytes(e.id) + bytes(e.name) + bytes(e.authority) + bytes(e.sector) + bytes(e.roll) + bytes(e.staff) +
       bytes(e.in_register) + bytes(e.extra);
  const auto& w = ds.networks;
  n += bytes(w.id) + bytes(w.name) + bytes(w.workstream) + bytes(w.started) + bytes(w.ended) + bytes(w.listed) +
       bytes(w.extra);
  const auto& v = ds.events;
  n += bytes(v.id) + bytes(v.network) + bytes(v.date) + bytes(v.attendees) + bytes(v.first_record);
  const auto& r = ds.records;
  n += bytes(r.practitioner) + bytes(r.network) + bytes(r.event) + bytes(r.date) + bytes(r.establishment) +
       bytes(r.authority) + bytes(r.role) + bytes(r.designation) + bytes(r.line) + bytes(r.extra);
  return n;
}

}  // namespace reticulist::bench
