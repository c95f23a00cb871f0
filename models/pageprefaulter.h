#pragma once

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

// Lowers the calling thread's scheduling priority by `nice` steps (relative to what it
// inherited). Background threads that feed the GUI thread use it so that the GUI thread gets
// the CPU whenever it has something to do. Linux/glibc applies nice per thread; elsewhere a
// no-op. Lowering a thread's priority needs no privilege.
void lowerThreadPriority(int nice);

// Faults in the pages of one growing memory range a little ahead of where it is being
// written, on a thread of its own at nice +10. A first write to a page makes the kernel clear
// it (2 MiB for a huge page: 12 ms on a 2-core VM), and on a thread that stores a million
// messages a second that was half of its time. MADV_POPULATE_WRITE maps the pages writable
// without touching their contents, so it is safe next to an allocator using the same memory.
// Only Ahead (4 MiB) beyond the range's use are populated: RSS still follows what is used.
// A no-op where MADV_POPULATE_WRITE is missing (kernels before 5.14, other systems).
class PagePrefaulter
{
public:
    static constexpr quintptr Ahead = 4 * 1024 * 1024;
    static constexpr quintptr Step = 2 * 1024 * 1024;
    static constexpr int PrefaultNice = 10;

    // `name` names the thread (at most 15 characters).
    explicit PagePrefaulter(const char *name);
    ~PagePrefaulter();
    PagePrefaulter(const PagePrefaulter &) = delete;
    PagePrefaulter &operator=(const PagePrefaulter &) = delete;

    // The range is in use up to `used` and mapped up to `end`; its use only grows.
    void request(quintptr used, quintptr end);

private:
    void run();

    const char *m_name;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_thread;
    quintptr m_from = 0;   // populated (or given up) below this
    quintptr m_wanted = 0; // populate up to this
    bool m_stop = false;
    std::atomic<bool> m_unsupported{false};
};
