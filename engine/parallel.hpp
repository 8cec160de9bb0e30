#pragma once
// Work shared out between threads: every place in the engine and io that runs on several threads
// goes through these four functions, so the thread count, the split of work, the join and what
// happens to an exception are decided once.
//
//   thread_count     how many threads a request for `asked` means (0: one per hardware thread)
//   split_by_work    consecutive ranges of items of about equal work, one per thread
//   run_parts        part(0) .. part(count - 1) at once, part 0 on the calling thread; join
//   for_each_index   each of count indices once, handed out one at a time to a few workers
//
// Fork-join only: every thread started here has finished when the call returns. An exception
// thrown by a part (or a visit) is caught on its thread and rethrown on the calling thread once
// all are joined; a part that fails never ends the program. One thread means no thread: the
// work runs inline, on the caller's stack. Results must not depend on the thread count; that is
// the callers' part (each writes what belongs to its index or range, and sums in a fixed order).
//
// The callables go through std::function: parts are coarse (a range of rows, a source's search,
// a repetition), so one indirect call per part or index costs nothing, and no template of ours
// reaches the callers' translation units.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <vector>

namespace reticulist::parallel {

// `asked` threads, or one per hardware thread when `asked` is 0; never more than `items` (work
// that has fewer items than threads leaves the rest idle), and at least 1.
unsigned thread_count(unsigned asked, std::uint64_t items = std::numeric_limits<std::uint64_t>::max());

// Splits items 0 .. n-1 into up to `parts` consecutive ranges of about equal work (0 counts as 1),
// given work_before[i], the work of the items before i (n + 1 non-decreasing entries, the first
// 0). Range t ends at the first item boundary where the work before reaches t/parts of the whole,
// so a range may be empty when one item outweighs a share. Returns parts + 1 bounds, from 0 to n.
// O(parts log n).
std::vector<std::size_t> split_by_work(std::span<const std::uint64_t> work_before, unsigned parts);

// Runs part(0), ..., part(count - 1) at the same time, part 0 on the calling thread and each other
// on a thread of its own, and returns once all have finished. When parts throw, the exception of
// the lowest-numbered one is rethrown (when the parts are ranges of a file in order, the earliest
// error). When a thread cannot be started, the parts already started are waited for and that
// error is thrown; part 0 does not run. count 1: part(0) inline; count 0: nothing.
void run_parts(std::size_t count, const std::function<void(std::size_t part)>& part);

// Calls fn(i, worker) once for every i in [0, count), on thread_count(threads, count) workers;
// `worker` (below that count) tells which worker runs it, for buffers of its own. Indices are
// handed out one at a time in increasing order to whichever worker is free, so uneven items even
// out. Once fn throws, no further index is handed out and the exception is rethrown after the join.
void for_each_index(std::size_t count, unsigned threads,
                    const std::function<void(std::size_t index, unsigned worker)>& fn);

}  // namespace reticulist::parallel
