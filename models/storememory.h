#pragma once

#include <QtGlobal>

#include <array>
#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

// Memory for the live-data stores (history rings and payload chunks, the log's entries and
// previews, series points). These are filled by the ingest worker at up to a million messages a
// second, and on the worker's own malloc arena every new page was a 4 KiB fault (glibc grows a
// thread's arena a few pages at a time, so it never gets huge pages, and nothing can fault it
// in ahead): the worker spent more time in page faults than storing. Here the stores get their
// memory from one reserved range that grows 64 MiB at a time, advised for transparent huge
// pages, and faulted in a few MiB ahead of its use by a PagePrefaulter thread.
//
// A binary buddy allocator: blocks are powers of two from MinBlock to MaxBlock, carved from
// MaxBlock-sized slabs; a freed block merges with its free buddy, so a history ring that grew
// 8 -> 16 -> 32 KiB leaves space a neighbour's next growth can use. A request takes the block
// it fits in and gives back the part beyond its size (rounded to MinBlock) as smaller blocks,
// so sizes that are not powers of two cost what they are. Thread-safe (one mutex).
// Larger requests, and everything under AddressSanitizer (which then checks the stores' bounds
// as before), go to operator new.
class BuddyPool
{
public:
    static constexpr int MinOrder = 6;  // 64 B
    static constexpr int MaxOrder = 21; // 2 MiB
    static constexpr std::size_t MinBlock = std::size_t(1) << MinOrder;
    static constexpr std::size_t MaxBlock = std::size_t(1) << MaxOrder;
    static constexpr std::size_t GrowBytes = 32 * MaxBlock; // mapped 64 MiB at a time

    // Reserves `reserveBytes` of address space (not memory). If that fails every request goes
    // to operator new.
    explicit BuddyPool(std::size_t reserveBytes);
    ~BuddyPool();
    BuddyPool(const BuddyPool &) = delete;
    BuddyPool &operator=(const BuddyPool &) = delete;

    // Never null; throws std::bad_alloc like operator new. Aligned to the block size (at least
    // MinBlock) for pool blocks, to __STDCPP_DEFAULT_NEW_ALIGNMENT__ otherwise.
    void *allocate(std::size_t bytes);
    // `bytes` is what allocate() was asked for.
    void deallocate(void *p, std::size_t bytes) noexcept;

    // Called with (in use up to, mapped up to) whenever a slab is carved.
    using GrowthHook = void (*)(quintptr used, quintptr end);
    void setGrowthHook(GrowthHook hook);

    bool owns(const void *p) const
    {
        return m_base && quintptr(p) - quintptr(m_base) < m_reserved;
    }
    // Bytes handed out (rounded to MinBlock) and bytes carved into slabs.
    std::size_t usedBytes() const;
    std::size_t carvedBytes() const;
    // Free blocks of order MaxOrder: slabs with nothing in use (all their blocks merged).
    std::size_t freeSlabs() const;

    static int orderFor(std::size_t bytes);
    // What a request of `bytes` takes from the pool.
    static std::size_t roundedSize(std::size_t bytes);

private:
    struct FreeBlock
    {
        FreeBlock *prev;
        FreeBlock *next;
    };

    char *carveSlab(); // under m_mutex; null when the reservation is used up
    quint8 &mark(std::size_t offset);
    void push(int order, std::size_t offset);
    void unlink(int order, std::size_t offset);
    // Frees [from, to) (MinBlock-aligned offsets) as aligned blocks, merged with free buddies
    // when `merge`.
    void releaseRange(std::size_t from, std::size_t to, bool merge);

    char *m_base = nullptr;
    std::size_t m_reserved = 0;
    std::size_t m_mapped = 0; // readable and writable below this
    std::size_t m_carved = 0; // slabs cut below this
    std::size_t m_used = 0;
    mutable std::mutex m_mutex;
    std::array<FreeBlock *, MaxOrder + 1> m_free{};
    // Per slab, per MinBlock unit: the order of the free block starting there, 0 if none.
    std::vector<std::unique_ptr<quint8[]>> m_marks;
    GrowthHook m_growthHook = nullptr;
};

namespace StoreMemory {
// The stores' shared pool.
void *allocate(std::size_t bytes);
void deallocate(void *p, std::size_t bytes) noexcept;
// Fault the pool's pages in ahead of its use on a background thread (the app and the
// benchmarks turn this on with the rest of IngestPipeline::tuneAllocator()).
void enablePrefault();
BuddyPool &pool();
} // namespace StoreMemory

// A standard allocator over StoreMemory, for the stores' vectors and deques.
template<typename T>
struct StoreAllocator
{
    using value_type = T;
    StoreAllocator() noexcept = default;
    template<typename U>
    StoreAllocator(const StoreAllocator<U> &) noexcept
    {
    }
    T *allocate(std::size_t n) { return static_cast<T *>(StoreMemory::allocate(n * sizeof(T))); }
    void deallocate(T *p, std::size_t n) noexcept { StoreMemory::deallocate(p, n * sizeof(T)); }
    template<typename U>
    bool operator==(const StoreAllocator<U> &) const noexcept
    {
        return true;
    }
    template<typename U>
    bool operator!=(const StoreAllocator<U> &) const noexcept
    {
        return false;
    }
};
