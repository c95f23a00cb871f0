#include "bytequeue.h"

#include "storememory.h"

#include <cstring>

void ByteQueue::ChunkFree::operator()(char *p) const noexcept
{
    StoreMemory::deallocate(p, size);
}

ByteQueue::ByteQueue(qsizetype maxChunk, qsizetype minChunk)
    : m_maxChunk(quint32(qBound<qsizetype>(16, maxChunk, qsizetype(1) << 30)))
    , m_minChunk(quint32(qBound<qsizetype>(16, minChunk, qsizetype(m_maxChunk))))
    , m_nextChunk(m_minChunk)
{
}

ByteQueue::Ref ByteQueue::append(QByteArrayView bytes)
{
    const auto n = quint32(bytes.size());
    if (n == 0) {
        // Nothing to store; the Ref still orders correctly for dropBefore().
        if (m_chunks.empty())
            return Ref{m_firstChunk, 0};
        return Ref{m_firstChunk + quint32(m_chunks.size() - 1), m_chunks.back().used};
    }
    if (m_chunks.empty() || m_chunks.back().size - m_chunks.back().used < n) {
        // A string larger than a chunk gets a chunk of its own size.
        Chunk chunk;
        chunk.size = qMax(n, m_nextChunk);
        chunk.data = std::unique_ptr<char[], ChunkFree>(static_cast<char *>(StoreMemory::allocate(chunk.size)),
                                                        ChunkFree{chunk.size});
        m_allocated += chunk.size;
        m_nextChunk = qMin(m_maxChunk, m_nextChunk * 2);
        m_chunks.push_back(std::move(chunk));
    }
    Chunk &chunk = m_chunks.back();
    const Ref ref{m_firstChunk + quint32(m_chunks.size() - 1), chunk.used};
    std::memcpy(chunk.data.get() + chunk.used, bytes.data(), n);
    chunk.used += n;
    ++chunk.live;
    return ref;
}

const char *ByteQueue::data(Ref ref) const
{
    const quint32 index = ref.chunk - m_firstChunk;
    if (index >= m_chunks.size())
        return nullptr;
    return m_chunks[index].data.get() + ref.offset;
}

void ByteQueue::dropBefore(Ref oldestKept)
{
    // Sequence numbers wrap; compare by signed distance.
    const qint32 drop = qMin<qint32>(qint32(oldestKept.chunk - m_firstChunk), qint32(m_chunks.size()));
    if (drop <= 0)
        return;
    for (qint32 i = 0; i < drop; ++i)
        m_allocated -= m_chunks[size_t(i)].size;
    m_chunks.erase(m_chunks.begin(), m_chunks.begin() + drop);
    m_firstChunk += quint32(drop);
}

void ByteQueue::release(Ref ref)
{
    const quint32 index = ref.chunk - m_firstChunk;
    if (index >= m_chunks.size() || m_chunks[index].live == 0)
        return;
    --m_chunks[index].live;
    // The newest chunk is still being filled; only older ones can be finished.
    size_t drop = 0;
    while (drop + 1 < m_chunks.size() && m_chunks[drop].live == 0)
        ++drop;
    if (drop == 0)
        return;
    for (size_t i = 0; i < drop; ++i)
        m_allocated -= m_chunks[i].size;
    m_chunks.erase(m_chunks.begin(), m_chunks.begin() + qsizetype(drop));
    m_firstChunk += quint32(drop);
}

void ByteQueue::clear()
{
    m_firstChunk += quint32(m_chunks.size());
    m_chunks.clear();
    m_allocated = 0;
    m_nextChunk = m_minChunk;
}
