#include "pageprefaulter.h"

#ifdef __GLIBC__
#include <pthread.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cerrno>

#if defined(__GLIBC__) && !defined(MADV_POPULATE_WRITE)
#define MADV_POPULATE_WRITE 23 // Linux 5.14
#endif

void lowerThreadPriority(int nice)
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    if (nice <= 0)
        return;
    const auto tid = id_t(gettid());
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        setpriority(PRIO_PROCESS, tid, std::min(19, current + nice));
#else
    Q_UNUSED(nice);
#endif
}

PagePrefaulter::PagePrefaulter(const char *name) : m_name(name) {}

PagePrefaulter::~PagePrefaulter()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_wake.notify_one();
    }
    if (m_thread.joinable())
        m_thread.join();
}

void PagePrefaulter::request(quintptr used, quintptr end)
{
#ifdef __GLIBC__
    if (m_unsupported.load(std::memory_order_relaxed))
        return;
    const quintptr want = std::min(end, (used + Ahead) & ~(Step - 1));
    std::lock_guard<std::mutex> lock(m_mutex);
    if (want <= m_wanted)
        return;
    m_wanted = want;
    if (m_from == 0)
        m_from = used & ~(Step - 1);
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
    m_wake.notify_one();
#else
    Q_UNUSED(used);
    Q_UNUSED(end);
#endif
}

void PagePrefaulter::run()
{
#ifdef __GLIBC__
    pthread_setname_np(pthread_self(), m_name);
    lowerThreadPriority(PrefaultNice);
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_from < m_wanted; });
        if (m_stop)
            return;
        const quintptr from = m_from;
        const quintptr to = std::min(m_wanted, from + Step);
        m_from = to;
        lock.unlock();
        if (madvise(reinterpret_cast<void *>(from), size_t(to - from), MADV_POPULATE_WRITE) != 0 && errno == EINVAL) {
            m_unsupported = true; // older kernel: leave the faults to the writer
            return;
        }
        lock.lock();
    }
#endif
}
