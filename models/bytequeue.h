#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <memory>
#include <vector>

// FIFO storage for many small byte strings (payloads, previews) without one heap block per
// string: strings are packed into chunks and a chunk is freed once every string in it has
// been dropped. Strings must be dropped in the order they were appended; dropBefore() takes
// the Ref of the oldest string still kept and frees the chunks before it.
//
// Chunks start small and double up to maxChunk, so a queue holding one short string (a
// topic seen once) costs tens of bytes, not a whole chunk.
//
// Alternatively strings can be release()d one by one, in any order: each chunk counts its
// live strings and chunks at the front are freed once they hold none. (Use one way or the
// other for a queue, not both.)
class ByteQueue
{
public:
    struct Ref
    {
        quint32 chunk = 0;
        quint32 offset = 0;
    };

    explicit ByteQueue(qsizetype maxChunk = 64 * 1024, qsizetype minChunk = 64);

    Ref append(QByteArrayView bytes);
    // Valid until the string's chunk is dropped; the length is what the caller appended.
    const char *data(Ref ref) const;

    // Frees every chunk older than the one holding `oldestKept`.
    void dropBefore(Ref oldestKept);
    // Marks one non-empty string appended earlier as dead.
    void release(Ref ref);
    void clear();

    // Bytes held in chunks (what the queue costs, not what it stores).
    qsizetype allocatedBytes() const { return m_allocated; }

private:
    // Chunks come from StoreMemory (the stores' pool); the deleter knows the chunk's size.
    struct ChunkFree
    {
        quint32 size;
        void operator()(char *p) const noexcept;
    };
    struct Chunk
    {
        std::unique_ptr<char[], ChunkFree> data;
        quint32 size = 0;
        quint32 used = 0;
        quint32 live = 0;
    };
    std::vector<Chunk> m_chunks;
    quint32 m_firstChunk = 0; // sequence number of m_chunks.front()
    quint32 m_maxChunk;
    quint32 m_minChunk;
    quint32 m_nextChunk;
    qsizetype m_allocated = 0;
};
