#pragma once

#include "bytequeue.h"
#include "messagedirection.h"
#include "packedtime.h"
#include "storememory.h"

#include <QByteArrayView>

#include <deque>

namespace Mqtt {
class Message;
}

class HistoryStore;

// The flat message log: a bounded FIFO of compact entries (24 bytes each). Topics are interned
// ids (TopicRegistry). The payload preview (a prefix of previewBytes()) of a received message
// is read from its topic's history while the history keeps the message, and copied into the
// log's own packed storage only when the history lets it go (historyEvicted()); so the log
// costs almost nothing on top of the history for recent messages. Every entry has a global
// sequence number that keeps counting as the oldest are dropped, so rows are addressed stably.
class MessageLogStore
{
public:
    static constexpr quint32 NoHistory = 0xFFFFFFFFu;
    static constexpr qsizetype DefaultMaxMessages = 1000000;
    static constexpr qsizetype DefaultMaxBytes = 192 * 1024 * 1024;
    static constexpr int DefaultPreviewBytes = 64;

    // history may be null (then every preview is stored in the log).
    explicit MessageLogStore(const HistoryStore *history = nullptr);

    qsizetype maxMessages() const { return m_maxMessages; }
    void setMaxMessages(qsizetype count);
    // Entries plus stored previews; the oldest are dropped to stay under it.
    qsizetype maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qsizetype bytes);
    // How much of each payload the log itself keeps (0..255).
    int previewBytes() const { return m_previewBytes; }
    void setPreviewBytes(int bytes);

    // payload is message.payload() (passed in so callers fetch it once); historySequence is what
    // HistoryStore::append() returned for this message just before, or NoHistory.
    void append(quint32 topicId, const Mqtt::Message &message, const QByteArray &payload, qint64 timestamp,
                MessageDirection direction, quint32 historySequence);
    void clear();
    // The history is dropping message `historySequence` of topic `topicId`, appended with the
    // low 32 bits of a log sequence as its tag (nextTag()).
    void historyEvicted(quint32 tag, quint32 topicId, quint32 historySequence, QByteArrayView payload);
    // The tag the history keeps for the message appended next (HistoryStore::append).
    quint32 nextTag() const { return quint32(endSequence()); }

    quint64 firstSequence() const { return m_firstSequence; }
    quint64 endSequence() const { return m_firstSequence + m_entries.size(); }
    qsizetype count() const { return qsizetype(m_entries.size()); }
    bool contains(quint64 sequence) const { return sequence - m_firstSequence < m_entries.size(); }
    // Entries dropped to stay within the bounds, since construction or clear().
    quint64 droppedCount() const { return m_dropped; }
    // What counts against maxBytes(): entries plus previews the log holds itself.
    qsizetype usedBytes() const { return m_usedBytes; }
    qsizetype memoryUsage() const;

    // Accessors take a sequence the store contains().
    qint64 timestamp(quint64 sequence) const
    {
        const Entry &e = entry(sequence);
        return PackedTime::unpack(e.timeLow, e.timeHigh);
    }
    quint32 topicId(quint64 sequence) const { return entry(sequence).topicId; }
    // NoHistory once the history has dropped the message.
    quint32 historySequence(quint64 sequence) const
    {
        const Entry &e = entry(sequence);
        return (e.flags & InHistoryFlag) ? e.link : NoHistory;
    }
    quint32 size(quint64 sequence) const { return entry(sequence).size; }
    quint8 qos(quint64 sequence) const { return entry(sequence).flags & QosMask; }
    bool retain(quint64 sequence) const { return entry(sequence).flags & RetainFlag; }
    bool dup(quint64 sequence) const { return entry(sequence).flags & DupFlag; }
    MessageDirection direction(quint64 sequence) const
    {
        return (entry(sequence).flags & SentFlag) ? MessageDirection::Sent : MessageDirection::Received;
    }
    // The payload's first previewBytes() bytes (all of it when shorter).
    QByteArrayView preview(quint64 sequence) const;

private:
    // A message is either in its topic's history (InHistoryFlag: `link` is its sequence there,
    // the preview is read from the history) or not (any more): then the log holds the preview
    // itself, at ByteQueue::Ref{link, previewOffset}.
    struct Entry
    {
        quint32 timeLow; // PackedTime
        qint16 timeHigh;
        quint8 previewLength;
        quint8 flags;
        quint32 topicId;
        quint32 size;
        quint32 link;
        quint32 previewOffset;
    };
    static_assert(sizeof(Entry) == 24, "log entries are meant to stay compact");
    static ByteQueue::Ref previewRef(const Entry &e) { return ByteQueue::Ref{e.link, e.previewOffset}; }
    void setPreview(Entry &e, QByteArrayView bytes)
    {
        const ByteQueue::Ref ref = m_previews.append(bytes);
        e.link = ref.chunk;
        e.previewOffset = ref.offset;
        e.previewLength = quint8(bytes.size());
    }
    enum : quint8 { QosMask = 0x03, RetainFlag = 0x04, DupFlag = 0x08, SentFlag = 0x10, InHistoryFlag = 0x20 };

    const Entry &entry(quint64 sequence) const { return m_entries[size_t(sequence - m_firstSequence)]; }
    void dropOldest();
    void trimTo(qsizetype messages, qsizetype bytes);

    std::deque<Entry, StoreAllocator<Entry>> m_entries;
    ByteQueue m_previews; // released entry by entry: copies arrive out of order
    const HistoryStore *m_history;
    quint64 m_firstSequence = 0;
    quint64 m_dropped = 0;
    qsizetype m_usedBytes = 0;
    qsizetype m_maxMessages = DefaultMaxMessages;
    qsizetype m_maxBytes = DefaultMaxBytes;
    int m_previewBytes = DefaultPreviewBytes;
};
