// Checks of partitions and group maps, shared by every group-based metric, and the map of a
// partition (each vertex in its one group).
#include "engine/metrics/partition.hpp"

#include <string>

namespace reticulist::metrics {

void check_partition(const char* who, const Partition& partition, std::uint32_t vertex_count) {
  if (partition.group.size() != vertex_count) {
    throw std::invalid_argument(std::string(who) + ": the partition has " + std::to_string(partition.group.size()) +
                                " vertices, the graph " + std::to_string(vertex_count));
  }
  for (std::size_t v = 0; v < partition.group.size(); ++v) {
    if (partition.group[v] >= partition.group_count) {
      throw std::invalid_argument(std::string(who) + ": vertex " + std::to_string(v) + " is in group " +
                                  std::to_string(partition.group[v]) + ", beyond the group count " +
                                  std::to_string(partition.group_count));
    }
  }
}

void check_group_map(const char* who, const GroupMap& map, std::uint32_t vertex_count) {
  const std::string prefix = std::string(who) + ": ";
  if (map.offsets.empty()) throw std::invalid_argument(prefix + "the group map has no offsets");
  if (map.offsets.size() - 1 != vertex_count) {
    throw std::invalid_argument(prefix + "the group map has " + std::to_string(map.offsets.size() - 1) +
                                " vertices, the graph " + std::to_string(vertex_count));
  }
  if (map.offsets.front() != 0 || map.offsets.back() != map.groups.size()) {
    throw std::invalid_argument(prefix + "the group map's offsets do not run from 0 to its " +
                                std::to_string(map.groups.size()) + " entries");
  }
  std::vector<std::uint32_t> seen(map.group_count, 0);  // stamp v + 1 when v lists the group
  for (std::uint32_t v = 0; v < vertex_count; ++v) {
    if (map.offsets[v + 1] < map.offsets[v]) {
      throw std::invalid_argument(prefix + "the group map's offsets decrease at vertex " + std::to_string(v));
    }
    for (std::uint32_t s : map.of(v)) {
      if (s >= map.group_count) {
        throw std::invalid_argument(prefix + "vertex " + std::to_string(v) + " is in group " + std::to_string(s) +
                                    ", beyond the group count " + std::to_string(map.group_count));
      }
      if (seen[s] == v + 1) {
        throw std::invalid_argument(prefix + "vertex " + std::to_string(v) + " lists group " + std::to_string(s) +
                                    " twice");
      }
      seen[s] = v + 1;
    }
  }
}

GroupMap group_map(const Partition& partition) {
  GroupMap map;
  map.group_count = partition.group_count;
  map.groups = partition.group;
  map.offsets.resize(partition.group.size() + 1);
  for (std::size_t v = 0; v < map.offsets.size(); ++v) map.offsets[v] = v;
  return map;
}

}  // namespace reticulist::metrics
