#include "seriesstore.h"

SeriesStore::SeriesStore(QObject *parent) : QObject(parent) {}
SeriesStore::~SeriesStore() = default;

void SeriesStore::setCapacity(qsizetype points)
{
    m_capacity = qMax<qsizetype>(1, points);
    for (auto &s : m_series)
        s->setCapacity(m_capacity);
    updateLimit();
}

void SeriesStore::setUnwatchedBudget(qsizetype points)
{
    m_unwatchedBudget = qMax<qsizetype>(1, points);
    updateLimit();
}

void SeriesStore::updateLimit()
{
    const qsizetype unwatched = qMax<qsizetype>(1, qsizetype(m_series.size()) - m_watchedCount);
    m_unwatchedLimit = qMin(m_capacity, qMax(MinimumShare, m_unwatchedBudget / unwatched));
}

Series *SeriesStore::series(quint32 id) const
{
    return id < m_series.size() ? m_series[id].get() : nullptr;
}

Series *SeriesStore::find(const QString &topic, const QString &path) const
{
    for (quint32 id : m_byTopic.value(topic)) {
        if (m_series[id]->path() == path)
            return m_series[id].get();
    }
    return nullptr;
}

QList<quint32> SeriesStore::seriesOfTopic(const QString &topic) const
{
    return m_byTopic.value(topic);
}

void SeriesStore::setWatched(quint32 id, bool watched)
{
    if (id >= m_series.size() || m_watched[id] == watched)
        return;
    m_watched[id] = watched;
    m_watchedCount += watched ? 1 : -1;
    updateLimit();
}

bool SeriesStore::isWatched(quint32 id) const
{
    return id < m_watched.size() && m_watched[id];
}

void SeriesStore::clearPoints()
{
    for (auto &s : m_series)
        s->clear();
    Q_EMIT updated();
}

void SeriesStore::addSeries(quint32 id, const QString &topic, const QString &path)
{
    if (id < m_series.size())
        return;
    // Ids arrive dense and in order from the worker; fill any gap defensively.
    while (m_series.size() < id)
        m_series.push_back(std::make_unique<Series>(quint32(m_series.size()), QString(), QString(), m_capacity));
    m_series.push_back(std::make_unique<Series>(id, topic, path, m_capacity));
    m_watched.resize(m_series.size(), false);
    m_byTopic[topic].append(id);
    updateLimit();
    Q_EMIT seriesAdded(id);
}

void SeriesStore::appendPoint(quint32 id, double time, double value)
{
    if (id >= m_series.size())
        return;
    m_series[id]->append(time, value, m_watched[id] ? m_capacity : m_unwatchedLimit);
    m_pointsArrived = true;
}

void SeriesStore::appendPoints(quint32 id, const SeriesPoint *points, qsizetype count)
{
    if (id >= m_series.size() || count <= 0)
        return;
    m_series[id]->append(points, count, m_watched[id] ? m_capacity : m_unwatchedLimit);
    m_pointsArrived = true;
}

void SeriesStore::notifyUpdated()
{
    if (!m_pointsArrived)
        return;
    m_pointsArrived = false;
    Q_EMIT updated();
}

qsizetype SeriesStore::pointCount() const
{
    qsizetype total = 0;
    for (const auto &s : m_series)
        total += s->count();
    return total;
}
