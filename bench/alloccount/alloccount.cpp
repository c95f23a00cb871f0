// A counting allocator for benchmarks, loaded with LD_PRELOAD. It takes over malloc, calloc,
// realloc and the aligned variants (so operator new, QByteArray and QString are counted too),
// counts each call in a per-thread slot keyed by the Linux thread id, and hands the real work
// to glibc's own entry points. A program asks for a thread's count with
//   unsigned long long mqttscope_alloc_count(int tid)
// found with dlsym(RTLD_DEFAULT, ...), so the program runs unchanged without the library.
//
// Nothing here may allocate: slots are a fixed table, the thread id comes from a raw syscall.

#include <atomic>
#include <cerrno>
#include <cstddef>

#include <sys/syscall.h>
#include <unistd.h>

extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *pointer, size_t size);
void *__libc_memalign(size_t alignment, size_t size);
void __libc_free(void *pointer);
}

namespace {

constexpr int MaxThreads = 512;

struct alignas(64) Slot
{
    std::atomic<int> tid{0};
    std::atomic<unsigned long long> count{0};
};

Slot g_slots[MaxThreads];
std::atomic<int> g_used{0}; // threads beyond MaxThreads are not counted

__attribute__((tls_model("initial-exec"))) thread_local Slot *t_slot = nullptr;

void count()
{
    Slot *slot = t_slot;
    if (!slot) {
        const int index = g_used.fetch_add(1, std::memory_order_relaxed);
        if (index >= MaxThreads)
            return;
        slot = &g_slots[index];
        slot->tid.store(int(syscall(SYS_gettid)), std::memory_order_release);
        t_slot = slot;
    }
    // Only this thread writes its slot; readers load it relaxed.
    slot->count.store(slot->count.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

} // namespace

extern "C" {

__attribute__((visibility("default"))) unsigned long long mqttscope_alloc_count(int tid)
{
    unsigned long long total = 0;
    const int used = g_used.load(std::memory_order_relaxed);
    for (int i = 0; i < used && i < MaxThreads; ++i) {
        // A thread id can be reused after a thread ends: sum every slot that had it.
        if (g_slots[i].tid.load(std::memory_order_acquire) == tid)
            total += g_slots[i].count.load(std::memory_order_relaxed);
    }
    return total;
}

__attribute__((visibility("default"))) void *malloc(size_t size)
{
    count();
    return __libc_malloc(size);
}

__attribute__((visibility("default"))) void *calloc(size_t n, size_t size)
{
    count();
    return __libc_calloc(n, size);
}

__attribute__((visibility("default"))) void *realloc(void *pointer, size_t size)
{
    count();
    return __libc_realloc(pointer, size);
}

__attribute__((visibility("default"))) void free(void *pointer)
{
    __libc_free(pointer);
}

__attribute__((visibility("default"))) void *memalign(size_t alignment, size_t size)
{
    count();
    return __libc_memalign(alignment, size);
}

__attribute__((visibility("default"))) void *aligned_alloc(size_t alignment, size_t size)
{
    count();
    return __libc_memalign(alignment, size);
}

__attribute__((visibility("default"))) int posix_memalign(void **out, size_t alignment, size_t size)
{
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0)
        return EINVAL;
    count();
    void *p = __libc_memalign(alignment, size);
    if (!p && size)
        return ENOMEM;
    *out = p;
    return 0;
}

} // extern "C"
