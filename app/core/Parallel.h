#pragma once

#include <QtGlobal>

#include <algorithm>
#include <system_error>
#include <thread>
#include <vector>

namespace engage {

// Runs work(from, to) over [0, n) split across the machine's cores, the calling thread taking
// the first part; returns when all parts are done. For start-up work on 10,000 tasks that is
// mostly allocation, which scales with cores (glibc gives each thread its own arena).
// Below minPerThread items per thread it stays on the calling thread: a thread costs ~0.1 ms.
template <typename Work> void parallelFor(qsizetype n, qsizetype minPerThread, Work work)
{
    const qsizetype cores = std::max<qsizetype>(1, std::thread::hardware_concurrency());
    const qsizetype parts = std::clamp<qsizetype>(n / std::max<qsizetype>(1, minPerThread), 1,
                                                  std::min<qsizetype>(cores, 8));
    std::vector<std::thread> helpers;
    helpers.reserve(static_cast<size_t>(parts - 1));
    qsizetype p = 1;
    try {
        for (; p < parts; ++p)
            helpers.emplace_back(work, n * p / parts, n * (p + 1) / parts);
    } catch (const std::system_error &) {
        // No thread to be had (a process limit): the parts not started run here.
    }
    work(qsizetype(0), n / parts);
    for (; p < parts; ++p)
        work(n * p / parts, n * (p + 1) / parts);
    for (std::thread &h : helpers)
        h.join();
}

} // namespace engage
