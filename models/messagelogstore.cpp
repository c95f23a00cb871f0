#include "messagelogstore.h"

#include "historystore.h"
#include "message.h"

namespace {
constexpr qsizetype PreviewChunk = 256 * 1024;
}

MessageLogStore::MessageLogStore(const HistoryStore *history) : m_previews(PreviewChunk, 4096), m_history(history) {}

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

void MessageLogStore::append(quint32 topicId, const Mqtt::Message &message, const QByteArray &payload, qint64 timestamp,
                             MessageDirection direction, quint32 historySequence)
{
    const qsizetype previewLength = qMin<qsizetype>(payload.size(), m_previewBytes);
    // The history appended this message just before (historySequence says so) and keeps the
    // first maxPayloadSize() bytes of it: no need to look the entry up. (A history that keeps
    // less than a preview, which the app's settings never allow, leaves the preview to the log,
    // and the entry no history sequence.)
    const bool inHistory = historySequence != NoHistory && m_history && m_history->maxPayloadSize() >= previewLength
        && m_history->history(topicId);
    const qsizetype cost = qsizetype(sizeof(Entry)) + (inHistory ? 0 : previewLength);
    trimTo(m_maxMessages - 1, m_maxBytes - cost);

    Entry e;
    PackedTime::pack(timestamp, &e.timeLow, &e.timeHigh);
    e.topicId = topicId;
    e.size = quint32(qMin<qsizetype>(payload.size(), 0xFFFFFFFF));
    if (inHistory) {
        e.link = historySequence;
        e.previewOffset = 0;
        e.previewLength = quint8(previewLength);
    } else {
        setPreview(e, QByteArrayView(payload).first(previewLength));
    }
    e.flags = quint8((message.qos() & QosMask) | (message.retain() ? RetainFlag : 0) | (message.dup() ? DupFlag : 0)
                     | (direction == MessageDirection::Sent ? SentFlag : 0) | (inHistory ? InHistoryFlag : 0));
    m_entries.push_back(e);
    m_usedBytes += cost;
}

void MessageLogStore::historyEvicted(quint32 tag, quint32 topicId, quint32 historySequence, QByteArrayView payload)
{
    // The one sequence in the log whose low 32 bits are the tag (the log holds far fewer than
    // 2^32 entries); a message the log has dropped since maps to an older sequence, or to an
    // entry of another topic or history sequence.
    if (m_entries.empty())
        return;
    const quint64 newest = endSequence() - 1;
    const quint64 back = quint32(quint32(newest) - tag);
    if (back > newest - m_firstSequence)
        return;
    Entry &e = m_entries[size_t(newest - back - m_firstSequence)];
    if (!(e.flags & InHistoryFlag) || e.topicId != topicId || e.link != historySequence)
        return;
    e.flags &= ~InHistoryFlag;
    setPreview(e, payload.first(qMin<qsizetype>(payload.size(), e.previewLength)));
    m_usedBytes += e.previewLength;
}

void MessageLogStore::trimTo(qsizetype messages, qsizetype bytes)
{
    while (!m_entries.empty() && (count() > messages || m_usedBytes > bytes))
        dropOldest();
}

void MessageLogStore::dropOldest()
{
    const Entry &e = m_entries.front();
    if (!(e.flags & InHistoryFlag) && e.previewLength) {
        m_previews.release(previewRef(e));
        m_usedBytes -= e.previewLength;
    }
    m_usedBytes -= qsizetype(sizeof(Entry));
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
    if (e.flags & InHistoryFlag) {
        // Cleared histories (HistoryStore::clear) leave nothing to show.
        const TopicHistory *h = m_history ? m_history->history(e.topicId) : nullptr;
        const QByteArrayView p = h ? h->payloadOfSequence(e.link) : QByteArrayView();
        return p.first(qMin<qsizetype>(p.size(), e.previewLength));
    }
    return QByteArrayView(m_previews.data(previewRef(e)), e.previewLength);
}

qsizetype MessageLogStore::memoryUsage() const
{
    return qsizetype(m_entries.size() * sizeof(Entry)) + m_previews.allocatedBytes();
}
