#include "storememory.h"

#include "pageprefaulter.h"

#include <QtAlgorithms>

#include <new>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define MQTTSCOPE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MQTTSCOPE_ASAN 1
#endif
#endif

namespace {
constexpr std::size_t UnitsPerSlab = BuddyPool::MaxBlock / BuddyPool::MinBlock;
} // namespace

BuddyPool::BuddyPool(std::size_t reserveBytes)
{
#ifdef Q_OS_UNIX
    // Address space only: PROT_NONE mappings are not counted against memory. Parts become
    // readable and writable as the pool grows. Smaller reservations are tried where the
    // address space is limited (ulimit -v).
    std::size_t size = reserveBytes & ~(MaxBlock - 1);
    while (size >= GrowBytes) {
        // One slab more than needed, so the start can be aligned to a slab.
        void *p = mmap(nullptr, size + MaxBlock, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p != MAP_FAILED) {
            const auto start = quintptr(p);
            const auto aligned = (start + MaxBlock - 1) & ~quintptr(MaxBlock - 1);
            if (aligned > start)
                munmap(p, aligned - start);
            const quintptr end = start + size + MaxBlock;
            if (end > aligned + size)
                munmap(reinterpret_cast<void *>(aligned + size), end - (aligned + size));
            m_base = reinterpret_cast<char *>(aligned);
            m_reserved = size;
            break;
        }
        size /= 2;
    }
#else
    Q_UNUSED(reserveBytes);
#endif
}

BuddyPool::~BuddyPool()
{
#ifdef Q_OS_UNIX
    if (m_base)
        munmap(m_base, m_reserved);
#endif
}

void BuddyPool::setGrowthHook(GrowthHook hook)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_growthHook = hook;
}

int BuddyPool::orderFor(std::size_t bytes)
{
    if (bytes <= MinBlock)
        return MinOrder;
    return 64 - qCountLeadingZeroBits(quint64(bytes - 1));
}

std::size_t BuddyPool::usedBytes() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_used;
}

std::size_t BuddyPool::carvedBytes() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_carved;
}

std::size_t BuddyPool::freeSlabs() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    std::size_t n = 0;
    for (const FreeBlock *b = m_free[MaxOrder]; b; b = b->next)
        ++n;
    return n;
}

quint8 &BuddyPool::mark(std::size_t offset)
{
    return m_marks[offset >> MaxOrder][(offset & (MaxBlock - 1)) >> MinOrder];
}

void BuddyPool::push(int order, std::size_t offset)
{
    auto *block = reinterpret_cast<FreeBlock *>(m_base + offset);
    block->prev = nullptr;
    block->next = m_free[size_t(order)];
    if (block->next)
        block->next->prev = block;
    m_free[size_t(order)] = block;
    mark(offset) = quint8(order);
}

void BuddyPool::unlink(int order, std::size_t offset)
{
    auto *block = reinterpret_cast<FreeBlock *>(m_base + offset);
    if (block->prev)
        block->prev->next = block->next;
    else
        m_free[size_t(order)] = block->next;
    if (block->next)
        block->next->prev = block->prev;
    mark(offset) = 0;
}

char *BuddyPool::carveSlab()
{
#ifdef Q_OS_UNIX
    if (!m_base || m_carved + MaxBlock > m_reserved)
        return nullptr;
    if (m_carved + MaxBlock > m_mapped) {
        const std::size_t grow = std::min(GrowBytes, m_reserved - m_mapped);
        if (mprotect(m_base + m_mapped, grow, PROT_READ | PROT_WRITE) != 0)
            return nullptr;
#ifdef MADV_HUGEPAGE
        madvise(m_base + m_mapped, grow, MADV_HUGEPAGE); // advice only: fine if THP is off
#endif
        m_mapped += grow;
    }
    auto marks = std::make_unique<quint8[]>(UnitsPerSlab); // zeroed: nothing free yet
    m_marks.push_back(std::move(marks));
    char *slab = m_base + m_carved;
    m_carved += MaxBlock;
    if (m_growthHook)
        m_growthHook(quintptr(m_base + m_carved), quintptr(m_base + m_mapped));
    return slab;
#else
    return nullptr;
#endif
}

void *BuddyPool::allocate(std::size_t bytes)
{
    if (bytes > MaxBlock || !m_base)
        return ::operator new(bytes);
    const int order = orderFor(bytes);
    std::unique_lock<std::mutex> lock(m_mutex);
    int have = order;
    while (have <= MaxOrder && !m_free[size_t(have)])
        ++have;
    std::size_t offset;
    if (have <= MaxOrder) {
        offset = std::size_t(reinterpret_cast<char *>(m_free[size_t(have)]) - m_base);
        unlink(have, offset);
    } else {
        char *slab = carveSlab();
        if (!slab) {
            lock.unlock();
            return ::operator new(bytes);
        }
        offset = std::size_t(slab - m_base);
        have = MaxOrder;
    }
    // Only what was asked for (in MinBlock units) stays in use: a ring of 1,000 entries of 24
    // bytes takes 24,000 bytes, not 32 KiB. The rest of the block goes back as the aligned
    // blocks it is made of (none of them a buddy of another: they are as large as their
    // alignment allows), which also splits a larger block found free.
    const std::size_t need = roundedSize(bytes);
    releaseRange(offset + need, offset + (std::size_t(1) << have), false);
    m_used += need;
    return m_base + offset;
}

std::size_t BuddyPool::roundedSize(std::size_t bytes)
{
    return bytes <= MinBlock ? MinBlock : (bytes + MinBlock - 1) & ~(MinBlock - 1);
}

void BuddyPool::releaseRange(std::size_t from, std::size_t to, bool merge)
{
    // [from, to) as the largest aligned blocks that fit, in address order.
    while (from < to) {
        int order = MinOrder;
        while (order < MaxOrder && (from & ((std::size_t(2) << order) - 1)) == 0
               && from + (std::size_t(2) << order) <= to)
            ++order;
        const std::size_t next = from + (std::size_t(1) << order);
        std::size_t offset = from;
        while (merge && order < MaxOrder) {
            const std::size_t buddy = offset ^ (std::size_t(1) << order);
            if (mark(buddy) != order)
                break;
            unlink(order, buddy);
            offset &= ~(std::size_t(1) << order);
            ++order;
        }
        push(order, offset);
        from = next;
    }
}

void BuddyPool::deallocate(void *p, std::size_t bytes) noexcept
{
    if (!p)
        return;
    if (!owns(p)) {
        ::operator delete(p);
        return;
    }
    const std::size_t need = roundedSize(bytes);
    std::lock_guard<std::mutex> lock(m_mutex);
    m_used -= need;
    const auto offset = std::size_t(static_cast<char *>(p) - m_base);
    releaseRange(offset, offset + need, true);
}

namespace StoreMemory {
namespace {
// Far more than the stores' bounds (the log's 192 MiB, histories, series); address space only.
constexpr std::size_t Reserve = std::size_t(16) << 30;

PagePrefaulter &prefaulter()
{
    static PagePrefaulter p("store-prefault");
    return p;
}
} // namespace

BuddyPool &pool()
{
#ifdef MQTTSCOPE_ASAN
    static BuddyPool *p = new BuddyPool(0); // operator new for everything: ASan checks bounds
#else
    // Never destroyed: stores in static objects may give memory back during exit.
    static BuddyPool *p = new BuddyPool(Reserve);
#endif
    return *p;
}

void *allocate(std::size_t bytes)
{
    return pool().allocate(bytes);
}

void deallocate(void *p, std::size_t bytes) noexcept
{
    pool().deallocate(p, bytes);
}

void enablePrefault()
{
    prefaulter(); // constructed before the pool can call it
    pool().setGrowthHook([](quintptr used, quintptr end) { prefaulter().request(used, end); });
}
} // namespace StoreMemory
