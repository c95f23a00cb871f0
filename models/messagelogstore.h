#pragma once

#include "bytequeue.h"
#include "messagedirection.h"

#include <QByteArrayView>

#include <deque>

namespace Mqtt {
class Message;
}

// The flat message log: a bounded FIFO of compact entries (32 bytes each plus a short payload
// prefix packed in a ByteQueue). Topics are interned ids (TopicRegistry); the full payload of
// a received message stays reachable through its topic's history while the history keeps it
// (historySequence). Every entry has a global sequence number that keeps counting as the
// oldest are dropped, so rows can be addressed stably.
class MessageLogStore
{
public:
    static constexpr quint32 NoHistory = 0xFFFFFFFFu;
    static constexpr qsizetype DefaultMaxMessages = 1000000;
    static constexpr qsizetype DefaultMaxBytes = 192 * 1024 * 1024;
    static constexpr int DefaultPreviewBytes = 64;

    MessageLogStore();

    qsizetype maxMessages() const { return m_maxMessages; }
    void setMaxMessages(qsizetype count);
    // Entries plus stored previews; the oldest are dropped to stay under it.
    qsizetype maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qsizetype bytes);
    // How much of each payload the log itself keeps (0..255).
    int previewBytes() const { return m_previewBytes; }
    void setPreviewBytes(int bytes);

    void append(quint32 topicId, const Mqtt::Message &message, qint64 timestamp, MessageDirection direction,
                quint32 historySequence);
    void clear();

    quint64 firstSequence() const { return m_firstSequence; }
    quint64 endSequence() const { return m_firstSequence + m_entries.size(); }
    qsizetype count() const { return qsizetype(m_entries.size()); }
    bool contains(quint64 sequence) const { return sequence - m_firstSequence < m_entries.size(); }
    // Entries dropped to stay within the bounds, since construction or clear().
    quint64 droppedCount() const { return m_dropped; }
    qsizetype usedBytes() const { return m_usedBytes; }

    // Accessors take a sequence the store contains().
    qint64 timestamp(quint64 sequence) const { return entry(sequence).timestamp; }
    quint32 topicId(quint64 sequence) const { return entry(sequence).topicId; }
    quint32 historySequence(quint64 sequence) const { return entry(sequence).historySequence; }
    quint32 size(quint64 sequence) const { return entry(sequence).size; }
    quint8 qos(quint64 sequence) const { return entry(sequence).flags & QosMask; }
    bool retain(quint64 sequence) const { return entry(sequence).flags & RetainFlag; }
    bool dup(quint64 sequence) const { return entry(sequence).flags & DupFlag; }
    MessageDirection direction(quint64 sequence) const
    {
        return (entry(sequence).flags & SentFlag) ? MessageDirection::Sent : MessageDirection::Received;
    }
    // The stored prefix (all of it when size() <= previewBytes() at the time).
    QByteArrayView preview(quint64 sequence) const;

private:
    struct Entry
    {
        qint64 timestamp;
        ByteQueue::Ref preview;
        quint32 topicId;
        quint32 historySequence;
        quint32 size;
        quint8 previewLength;
        quint8 flags;
    };
    static_assert(sizeof(Entry) == 32, "log entries are meant to stay compact");
    enum : quint8 { QosMask = 0x03, RetainFlag = 0x04, DupFlag = 0x08, SentFlag = 0x10 };

    const Entry &entry(quint64 sequence) const { return m_entries[size_t(sequence - m_firstSequence)]; }
    void dropOldest();
    void trimTo(qsizetype messages, qsizetype bytes);

    std::deque<Entry> m_entries;
    ByteQueue m_previews;
    quint64 m_firstSequence = 0;
    quint64 m_dropped = 0;
    qsizetype m_usedBytes = 0;
    qsizetype m_maxMessages = DefaultMaxMessages;
    qsizetype m_maxBytes = DefaultMaxBytes;
    int m_previewBytes = DefaultPreviewBytes;
};
