#include "messagelogstore.h"

#include "message.h"

namespace {
constexpr qsizetype PreviewChunk = 256 * 1024;
}

MessageLogStore::MessageLogStore() : m_previews(PreviewChunk, 4096) {}

void MessageLogStore::setMaxMessages(qsizetype count)
{
    m_maxMessages = qMax<qsizetype>(1, count);
    trimTo(m_maxMessages, m_maxBytes);
}

void MessageLogStore::setMaxBytes(qsizetype bytes)
{
    m_maxBytes = qMax<qsizetype>(qsizetype(sizeof(Entry)) + 255, bytes);
    trimTo(m_maxMessages, m_maxBytes);
}

void MessageLogStore::setPreviewBytes(int bytes)
{
    m_previewBytes = qBound(0, bytes, 255);
}

void MessageLogStore::append(quint32 topicId, const Mqtt::Message &message, qint64 timestamp,
                             MessageDirection direction, quint32 historySequence)
{
    const QByteArray payload = message.payload();
    const QByteArrayView kept = QByteArrayView(payload).first(qMin<qsizetype>(payload.size(), m_previewBytes));
    const qsizetype cost = qsizetype(sizeof(Entry)) + kept.size();
    trimTo(m_maxMessages - 1, m_maxBytes - cost);

    Entry e;
    e.timestamp = timestamp;
    e.preview = m_previews.append(kept);
    e.topicId = topicId;
    e.historySequence = historySequence;
    e.size = quint32(qMin<qsizetype>(payload.size(), 0xFFFFFFFF));
    e.previewLength = quint8(kept.size());
    e.flags = quint8((message.qos() & QosMask) | (message.retain() ? RetainFlag : 0) | (message.dup() ? DupFlag : 0)
                     | (direction == MessageDirection::Sent ? SentFlag : 0));
    m_entries.push_back(e);
    m_usedBytes += cost;
}

void MessageLogStore::trimTo(qsizetype messages, qsizetype bytes)
{
    const qsizetype before = count();
    while (!m_entries.empty() && (count() > messages || m_usedBytes > bytes))
        dropOldest();
    if (count() != before) {
        if (m_entries.empty())
            m_previews.clear();
        else
            m_previews.dropBefore(m_entries.front().preview);
    }
}

void MessageLogStore::dropOldest()
{
    m_usedBytes -= qsizetype(sizeof(Entry)) + m_entries.front().previewLength;
    m_entries.pop_front();
    ++m_firstSequence;
    ++m_dropped;
}

void MessageLogStore::clear()
{
    m_firstSequence += m_entries.size();
    m_entries.clear();
    m_previews.clear();
    m_usedBytes = 0;
    m_dropped = 0;
}

QByteArrayView MessageLogStore::preview(quint64 sequence) const
{
    const Entry &e = entry(sequence);
    if (!e.previewLength)
        return {};
    return QByteArrayView(m_previews.data(e.preview), e.previewLength);
}
