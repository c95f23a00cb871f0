#include "historystore.h"

HistoryStore::HistoryStore(QObject *parent) : QObject(parent) {}
HistoryStore::~HistoryStore() = default;

void HistoryStore::setDepth(int depth)
{
    {
        const Lock locked = lock();
        m_depth = qMax(1, depth);
        for (auto &h : m_histories) {
            if (h)
                h->setDepth(m_depth);
        }
    }
    Q_EMIT updated();
}

void HistoryStore::setMaxPayloadSize(qsizetype bytes)
{
    // Only messages appended from now on are cut to the new size.
    const Lock locked = lock();
    m_maxPayload = qMax<qsizetype>(0, bytes);
    for (auto &h : m_histories) {
        if (h)
            h->setMaxPayload(m_maxPayload);
    }
}

quint32 HistoryStore::append(quint32 topicId, const Mqtt::Message &message, const QByteArray &payload, qint64 timestamp,
                             quint32 tag)
{
    const Lock locked = lock(); // the caller's, usually: recursive
    if (topicId >= m_histories.size())
        m_histories.resize(size_t(topicId) + 1);
    auto &h = m_histories[topicId];
    if (!h)
        h = std::make_unique<TopicHistory>(m_depth, m_maxPayload, &m_onEvict, topicId);
    return h->append(message, payload, timestamp, tag);
}

const TopicHistory *HistoryStore::history(quint32 topicId) const
{
    return topicId < m_histories.size() ? m_histories[topicId].get() : nullptr;
}

void HistoryStore::clear()
{
    {
        const Lock locked = lock();
        m_histories.clear();
    }
    Q_EMIT cleared();
}

qsizetype HistoryStore::memoryUsage() const
{
    const Lock locked = lock();
    qsizetype total = qsizetype(m_histories.capacity() * sizeof(void *));
    for (const auto &h : m_histories) {
        if (h)
            total += h->memoryUsage();
    }
    return total;
}
