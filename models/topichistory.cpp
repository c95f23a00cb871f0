#include "topichistory.h"

namespace {
// Small chunks: most topics hold few, short payloads.
constexpr qsizetype HistoryChunk = 4 * 1024;
} // namespace

TopicHistory::TopicHistory(int depth, qsizetype maxPayload, const EvictHook *onEvict, quint32 topicId)
    : m_depth(qMax(1, depth)), m_topicId(topicId), m_maxPayload(qMax<qsizetype>(0, maxPayload)), m_bytes(HistoryChunk, 64), m_onEvict(onEvict)
{
}

quint32 TopicHistory::append(const Mqtt::Message &message, const QByteArray &payload, qint64 timestamp, quint32 tag)
{
    if (m_count == quint32(m_depth))
        dropOldest();
    if (m_count == m_ring.size() && (m_ring.size() == m_ring.capacity() || m_head != 0))
        rebuild(qMin<size_t>(size_t(m_depth), qMax<size_t>(4, m_ring.capacity() * 2)));

    const QByteArrayView kept = QByteArrayView(payload).first(qMin(payload.size(), m_maxPayload));
    Entry e;
    PackedTime::pack(timestamp, &e.timeLow, &e.timeHigh);
    e.spare = 0;
    e.tag = tag;
    e.ref = m_bytes.append(kept);
    e.size = quint32(qMin<qsizetype>(payload.size(), 0xFFFFFFFF));
    e.flags = quint8((message.qos() & QosMask) | (message.retain() ? RetainFlag : 0));
    const quint32 sequence = m_nextSequence++;
    if (kept.size() < payload.size()) {
        e.flags |= TruncatedFlag;
        m_truncated.insert(sequence, quint32(kept.size()));
    }
    const Mqtt::Properties props = message.properties();
    if (!props.isEmpty()) {
        e.flags |= PropertiesFlag;
        m_properties.insert(sequence, props);
    }
    if (m_count == m_ring.size())
        m_ring.push_back(e); // the ring is still filling its capacity (head is 0)
    else
        m_ring[slot(m_count)] = e;
    ++m_count;
    return sequence;
}

void TopicHistory::dropOldest()
{
    if (m_count == 0)
        return;
    const Entry &old = m_ring[m_head];
    if (m_onEvict && *m_onEvict)
        (*m_onEvict)(Evicted{old.tag, m_topicId, firstSequence(), payloadAt(0)});
    if (old.flags & PropertiesFlag)
        m_properties.remove(firstSequence());
    if (old.flags & TruncatedFlag)
        m_truncated.remove(firstSequence());
    m_head = slot(1);
    --m_count;
    if (m_count)
        m_bytes.dropBefore(m_ring[m_head].ref);
    else
        m_bytes.clear();
}

void TopicHistory::rebuild(size_t capacity)
{
    // Reserved, not sized: the slots are written as messages arrive, so growing the rings of a
    // thousand topics at once (they fill in step) touches half the memory a sized vector
    // would, and the rest comes in the order the heap prefaulter expects.
    std::vector<Entry, StoreAllocator<Entry>> ring;
    ring.reserve(capacity);
    for (quint32 i = 0; i < m_count; ++i)
        ring.push_back(entry(int(i)));
    m_ring.swap(ring);
    m_head = 0;
}

void TopicHistory::setDepth(int depth)
{
    m_depth = qMax(1, depth);
    if (m_count <= quint32(m_depth))
        return;
    while (m_count > quint32(m_depth))
        dropOldest();
    rebuild(m_count);
}

QByteArrayView TopicHistory::payloadAt(int i) const
{
    const Entry &e = entry(i);
    const quint32 stored = storedSize(e, firstSequence() + quint32(i));
    if (stored == 0)
        return {};
    return QByteArrayView(m_bytes.data(e.ref), stored);
}

HistoryMessage TopicHistory::at(int i) const
{
    const Entry &e = entry(i);
    HistoryMessage m;
    m.payload = payloadAt(i).toByteArray();
    m.size = e.size;
    m.timestamp = PackedTime::unpack(e.timeLow, e.timeHigh);
    m.sequence = firstSequence() + quint32(i);
    m.qos = e.flags & QosMask;
    m.retain = e.flags & RetainFlag;
    if (e.flags & PropertiesFlag)
        m.properties = m_properties.value(m.sequence);
    return m;
}

qsizetype TopicHistory::sizeAt(int i) const { return entry(i).size; }
qint64 TopicHistory::timestampAt(int i) const
{
    const Entry &e = entry(i);
    return PackedTime::unpack(e.timeLow, e.timeHigh);
}
quint8 TopicHistory::qosAt(int i) const { return entry(i).flags & QosMask; }
bool TopicHistory::retainAt(int i) const { return entry(i).flags & RetainFlag; }

QByteArrayView TopicHistory::payloadOfSequence(quint32 sequence) const
{
    const int i = indexOfSequence(sequence);
    return i < 0 ? QByteArrayView() : payloadAt(i);
}

int TopicHistory::indexOfSequence(quint32 sequence) const
{
    const quint32 offset = sequence - firstSequence();
    return offset < m_count ? int(offset) : -1;
}

qsizetype TopicHistory::memoryUsage() const
{
    return qsizetype(sizeof(*this) + m_ring.capacity() * sizeof(Entry)) + m_bytes.allocatedBytes();
}
