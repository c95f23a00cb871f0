#pragma once

#include "bytequeue.h"
#include "packedtime.h"
#include "message.h"
#include "properties.h"
#include "storememory.h"

#include <QByteArray>
#include <QHash>

#include <functional>
#include <vector>

// One message as kept in a topic's history.
struct HistoryMessage
{
    QByteArray payload;  // as stored: at most the history's payload limit
    qsizetype size = 0;  // the payload's real size
    qint64 timestamp = 0; // ms since the epoch
    quint32 sequence = 0; // per-topic, counts every message ever appended
    quint8 qos = 0;
    bool retain = false;
    Mqtt::Properties properties;

    bool isTruncated() const { return payload.size() < size; }
};

// The last `depth` messages of one topic, payloads packed in a ByteQueue (no allocation per
// message). Sequence numbers let others (the message log) refer to an entry and find out
// whether it is still kept.
class TopicHistory
{
public:
    // A message leaving the history: the tag it was appended with, its topic (as given to the
    // constructor) and sequence number, and the payload as stored (the message log keeps a
    // preview of messages it still shows).
    struct Evicted
    {
        quint32 tag;
        quint32 topicId;
        quint32 sequence;
        QByteArrayView payload;
    };
    using EvictHook = std::function<void(const Evicted &)>;

    TopicHistory(int depth, qsizetype maxPayload, const EvictHook *onEvict = nullptr, quint32 topicId = 0);

    // Returns the message's sequence number. `tag` is handed back to the evict hook (32 bits:
    // the log passes the low half of its sequence number and tells them apart by topic and
    // history sequence).
    quint32 append(const Mqtt::Message &message, qint64 timestamp, quint32 tag = 0)
    {
        return append(message, message.payload(), timestamp, tag);
    }
    // The same, with message.payload() already at hand.
    quint32 append(const Mqtt::Message &message, const QByteArray &payload, qint64 timestamp, quint32 tag);

    int count() const { return int(m_count); }
    int depth() const { return m_depth; }
    void setDepth(int depth);
    void setMaxPayload(qsizetype bytes) { m_maxPayload = bytes; }

    // i = 0 is the oldest kept message.
    HistoryMessage at(int i) const;
    QByteArrayView payloadAt(int i) const;
    qsizetype sizeAt(int i) const;
    // The newest message's stored payload; empty view when there is none.
    QByteArrayView lastPayload() const { return m_count ? payloadAt(int(m_count) - 1) : QByteArrayView(); }
    // The payload bytes kept for a sequence number; empty view when not kept.
    QByteArrayView payloadOfSequence(quint32 sequence) const;
    qint64 timestampAt(int i) const;
    quint8 qosAt(int i) const;
    bool retainAt(int i) const;

    quint32 firstSequence() const { return m_nextSequence - m_count; }
    quint32 endSequence() const { return m_nextSequence; }
    // -1 when that message is no longer (or never was) kept.
    int indexOfSequence(quint32 sequence) const;

    qsizetype memoryUsage() const;

private:
    // 24 bytes: a million of them (1,000 topics at the default depth) are 24 MB.
    struct Entry
    {
        quint32 timeLow; // PackedTime
        qint16 timeHigh;
        quint8 flags;
        quint8 spare;
        quint32 tag;
        quint32 size;
        ByteQueue::Ref ref;
    };
    static_assert(sizeof(Entry) == 24, "history entries are meant to stay compact");
    enum : quint8 { QosMask = 0x03, RetainFlag = 0x04, PropertiesFlag = 0x08, TruncatedFlag = 0x10 };

    quint32 storedSize(const Entry &e, quint32 sequence) const
    {
        return (e.flags & TruncatedFlag) ? m_truncated.value(sequence) : e.size;
    }

    size_t slot(size_t i) const
    {
        const size_t s = m_head + i;
        return s >= m_ring.size() ? s - m_ring.size() : s;
    }
    const Entry &entry(int i) const { return m_ring[slot(size_t(i))]; }
    void dropOldest();
    void rebuild(size_t capacity);

    std::vector<Entry, StoreAllocator<Entry>> m_ring; // circular once full; its capacity grows by doubling up to m_depth
    size_t m_head = 0;
    quint32 m_count = 0;
    quint32 m_nextSequence = 0;
    int m_depth;
    quint32 m_topicId;
    qsizetype m_maxPayload;
    ByteQueue m_bytes;
    QHash<quint32, Mqtt::Properties> m_properties; // only for messages that have some
    QHash<quint32, quint32> m_truncated;           // stored size of payloads cut to m_maxPayload
    const EvictHook *m_onEvict;
};
