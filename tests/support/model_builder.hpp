#pragma once
// Builds small model::Datasets in code for graph and summary tests: events are given in date
// order with their attendees, the way ingest would have sorted them.
#include <random>
#include <vector>

#include "engine/model/dataset.hpp"

namespace reticulist::testing {

struct Attendance {
  model::PractitionerId practitioner;
  model::EstablishmentId establishment = model::kNone;
  model::AuthorityId authority = 0;
};

struct TestEvent {
  model::Day date;
  model::NetworkId network;
  std::vector<Attendance> attendees;
};

// `events` must be in date order. Creates `practitioners` pseudonyms p_0.., `networks` networks
// N0.., `authorities` authorities A0.., and `establishments` registered establishments E0.. whose
// authority is establishment_authority[e] (empty: all in A0).
model::Dataset make_dataset(std::uint32_t practitioners, std::uint32_t networks, std::uint32_t authorities,
                            std::vector<TestEvent> events, std::uint32_t establishments = 0,
                            std::vector<model::AuthorityId> establishment_authority = {});

// Shorthand: attendees who are only practitioner ids, all in authority 0, no establishment.
std::vector<Attendance> people(std::initializer_list<model::PractitionerId> ids);

// `count` events on days 100, 101, ..., each of `size` distinct people drawn from `practitioners`,
// event i in network i % networks: enough pair instances to make the graph code use threads.
std::vector<TestEvent> random_events(std::mt19937& rng, int count, std::uint32_t size, std::uint32_t practitioners,
                                     std::uint32_t networks);

}  // namespace reticulist::testing
