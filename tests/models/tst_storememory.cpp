#include "storememory.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <random>
#include <cstring>
#include <deque>
#include <thread>
#include <vector>

// The stores' buddy allocator: blocks are aligned to their size, never overlap, merge back into
// whole slabs when freed, and requests it cannot serve go to operator new.
class tst_StoreMemory : public QObject
{
    Q_OBJECT

private:
    struct Block
    {
        char *p;
        std::size_t size;
        char fill;
    };

    static bool intact(const Block &b)
    {
        for (std::size_t i = 0; i < b.size; ++i)
            if (b.p[i] != b.fill)
                return false;
        return true;
    }

private slots:
    void ordersAreRoundedUpPowersOfTwo()
    {
        QCOMPARE(BuddyPool::orderFor(0), BuddyPool::MinOrder);
        QCOMPARE(BuddyPool::orderFor(1), BuddyPool::MinOrder);
        QCOMPARE(BuddyPool::orderFor(64), 6);
        QCOMPARE(BuddyPool::orderFor(65), 7);
        QCOMPARE(BuddyPool::orderFor(4096), 12);
        QCOMPARE(BuddyPool::orderFor(4097), 13);
        QCOMPARE(BuddyPool::orderFor(BuddyPool::MaxBlock), BuddyPool::MaxOrder);
    }

    void blocksAreAlignedDisjointAndMergeBack()
    {
        BuddyPool fresh(std::size_t(256) << 20);
        QRandomGenerator rng(7);
        std::vector<Block> blocks;
        std::size_t asked = 0;
        for (int i = 0; i < 4000; ++i) {
            // Mostly small, some up to a whole slab, a few larger than a slab.
            const int kind = int(rng.bounded(100));
            std::size_t size = kind < 80 ? 1 + rng.bounded(2000) : kind < 98 ? 1 + rng.bounded(70000) : BuddyPool::MaxBlock;
            if (i % 500 == 0)
                size = BuddyPool::MaxBlock + 1 + rng.bounded(1000);
            auto *p = static_cast<char *>(fresh.allocate(size));
            QVERIFY(p);
            const char fill = char(i);
            std::memset(p, fill, size);
            if (i == 1)
                QVERIFY2(fresh.owns(p), "the pool could not reserve its address space");
            if (fresh.owns(p)) {
                const std::size_t block = std::size_t(1) << BuddyPool::orderFor(size);
                QCOMPARE(quintptr(p) % block, quintptr(0));
                asked += BuddyPool::roundedSize(size);
            } else {
                QVERIFY2(size > BuddyPool::MaxBlock, "only larger requests bypass the pool");
            }
            blocks.push_back(Block{p, size, fill});
            // Free some in between, in any order, so blocks get split and merged while in use.
            if (rng.bounded(3) == 0) {
                const auto k = size_t(rng.bounded(quint32(blocks.size())));
                QVERIFY(intact(blocks[k]));
                if (fresh.owns(blocks[k].p))
                    asked -= BuddyPool::roundedSize(blocks[k].size);
                fresh.deallocate(blocks[k].p, blocks[k].size);
                blocks.erase(blocks.begin() + qsizetype(k));
            }
        }
        QCOMPARE(fresh.usedBytes(), asked);
        QVERIFY(fresh.carvedBytes() > 0);
        // Nothing overwrote anything else.
        for (const Block &b : blocks)
            QVERIFY(intact(b));
        std::shuffle(blocks.begin(), blocks.end(), std::mt19937(3));
        for (const Block &b : blocks)
            fresh.deallocate(b.p, b.size);
        QCOMPARE(fresh.usedBytes(), std::size_t(0));
        // Every block found its buddy again: the pool is whole slabs.
        QCOMPARE(fresh.freeSlabs() * BuddyPool::MaxBlock, fresh.carvedBytes());
        // And reuses them rather than carving more.
        const std::size_t carved = fresh.carvedBytes();
        void *again = fresh.allocate(1000);
        QCOMPARE(fresh.carvedBytes(), carved);
        fresh.deallocate(again, 1000);
    }

    void sizesBetweenPowersOfTwoCostWhatTheyAre()
    {
        QCOMPARE(BuddyPool::roundedSize(1), BuddyPool::MinBlock);
        QCOMPARE(BuddyPool::roundedSize(24000), std::size_t(24000));
        QCOMPARE(BuddyPool::roundedSize(24001), std::size_t(24064));
        BuddyPool fresh(std::size_t(256) << 20);
        // A thousand history rings of 1,000 entries of 24 bytes: 24 MB, not 1,000 x 32 KiB.
        std::vector<Block> rings;
        for (int i = 0; i < 1000; ++i) {
            auto *p = static_cast<char *>(fresh.allocate(24000));
            QVERIFY(fresh.owns(p));
            QCOMPARE(quintptr(p) % 32768, quintptr(0)); // aligned as the block it fits in
            std::memset(p, char(i), 24000);
            rings.push_back(Block{p, 24000, char(i)});
        }
        QCOMPARE(fresh.usedBytes(), std::size_t(24000) * 1000);
        // The 8 KiB after each ring (in its 32 KiB block) was given back: 1,000 blocks of 8 KiB
        // fit without carving another slab.
        const std::size_t carved = fresh.carvedBytes();
        std::vector<Block> tails;
        for (int i = 0; i < 1000; ++i) {
            auto *p = static_cast<char *>(fresh.allocate(8192));
            std::memset(p, char(i + 7), 8192);
            tails.push_back(Block{p, 8192, char(i + 7)});
        }
        QCOMPARE(fresh.carvedBytes(), carved);
        for (const Block &b : rings)
            QVERIFY(intact(b));
        for (const Block &b : tails)
            QVERIFY(intact(b));
        for (const Block &b : rings)
            fresh.deallocate(b.p, b.size);
        for (const Block &b : tails)
            fresh.deallocate(b.p, b.size);
        QCOMPARE(fresh.usedBytes(), std::size_t(0));
        QCOMPARE(fresh.freeSlabs() * BuddyPool::MaxBlock, fresh.carvedBytes());
    }

    void fullReservationFallsBackToOperatorNew()
    {
        BuddyPool pool(BuddyPool::GrowBytes); // room for 32 slabs
        std::vector<void *> slabs;
        for (int i = 0; i < 33; ++i)
            slabs.push_back(pool.allocate(BuddyPool::MaxBlock));
        int owned = 0;
        for (void *p : slabs)
            owned += pool.owns(p) ? 1 : 0;
        QCOMPARE(owned, 32);
        QVERIFY(!pool.owns(slabs.back()));
        std::memset(slabs.back(), 1, BuddyPool::MaxBlock);
        for (void *p : slabs)
            pool.deallocate(p, BuddyPool::MaxBlock);
        QCOMPARE(pool.usedBytes(), std::size_t(0));
        QCOMPARE(pool.freeSlabs(), std::size_t(32));
    }

    void threadsShareThePool()
    {
        BuddyPool pool(std::size_t(256) << 20);
        auto work = [&pool](int seed) {
            QRandomGenerator rng{quint32(seed)};
            std::deque<Block> live;
            for (int i = 0; i < 20000; ++i) {
                const std::size_t size = 1 + rng.bounded(5000);
                auto *p = static_cast<char *>(pool.allocate(size));
                std::memset(p, char(seed), size);
                live.push_back(Block{p, size, char(seed)});
                if (live.size() > 200) {
                    if (!intact(live.front()))
                        qFatal("a block was overwritten by another thread's");
                    pool.deallocate(live.front().p, live.front().size);
                    live.pop_front();
                }
            }
            for (const Block &b : live)
                pool.deallocate(b.p, b.size);
        };
        std::thread a(work, 1);
        std::thread b(work, 2);
        a.join();
        b.join();
        QCOMPARE(pool.usedBytes(), std::size_t(0));
        QCOMPARE(pool.freeSlabs() * BuddyPool::MaxBlock, pool.carvedBytes());
    }

    void storeContainersUseTheSharedPool()
    {
        std::vector<int, StoreAllocator<int>> v;
        for (int i = 0; i < 100000; ++i)
            v.push_back(i);
        std::deque<double, StoreAllocator<double>> d(v.begin(), v.end());
        QCOMPARE(d.size(), size_t(100000));
        QCOMPARE(d.back(), 99999.0);
        QCOMPARE(v[12345], 12345);
    }
};

QTEST_GUILESS_MAIN(tst_StoreMemory)
#include "tst_storememory.moc"
