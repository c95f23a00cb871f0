#include "seriesstore.h"

using Lock = std::lock_guard<std::mutex>;

SeriesStore::SeriesStore(QObject *parent) : QObject(parent) {}
SeriesStore::~SeriesStore() = default;

int SeriesStore::count() const
{
    const Lock lock(m_mutex);
    return int(m_series.size());
}

qsizetype SeriesStore::unwatchedLimit() const
{
    const Lock lock(m_mutex);
    return m_unwatchedLimit;
}

void SeriesStore::setCapacity(qsizetype points)
{
    const Lock lock(m_mutex);
    m_capacity = qMax<qsizetype>(1, points);
    for (auto &s : m_series)
        s->setCapacity(m_capacity);
    updateLimit();
}

void SeriesStore::setUnwatchedBudget(qsizetype points)
{
    const Lock lock(m_mutex);
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
    const Lock lock(m_mutex);
    return id < m_series.size() ? m_series[id].get() : nullptr;
}

Series *SeriesStore::find(const QString &topic, const QString &path) const
{
    const Lock lock(m_mutex);
    for (quint32 id : m_byTopic.value(topic)) {
        if (m_series[id]->path() == path)
            return m_series[id].get();
    }
    return nullptr;
}

QList<quint32> SeriesStore::seriesOfTopic(const QString &topic) const
{
    const Lock lock(m_mutex);
    return m_byTopic.value(topic);
}

void SeriesStore::setWatched(quint32 id, bool watched)
{
    const Lock lock(m_mutex);
    if (id >= m_series.size() || m_watched[id] == watched)
        return;
    m_watched[id] = watched;
    m_watchedCount += watched ? 1 : -1;
    updateLimit();
}

bool SeriesStore::isWatched(quint32 id) const
{
    const Lock lock(m_mutex);
    return id < m_watched.size() && m_watched[id];
}

void SeriesStore::clearPoints()
{
    {
        const Lock lock(m_mutex);
        for (auto &s : m_series)
            s->clear();
    }
    Q_EMIT updated();
}

void SeriesStore::addSeries(quint32 id, const QString &topic, const QString &path)
{
    {
        const Lock lock(m_mutex);
        if (id < m_series.size())
            return;
    }
    insertSeries(id, topic, path);
    announceSeries(id);
}

void SeriesStore::announceSeries(quint32 id)
{
    Q_EMIT seriesAdded(id);
}

void SeriesStore::insertSeries(quint32 id, const QString &topic, const QString &path)
{
    const Lock lock(m_mutex);
    if (id < m_series.size())
        return;
    // Ids arrive dense and in order from the worker; fill any gap defensively.
    while (m_series.size() < id)
        m_series.push_back(std::make_unique<Series>(quint32(m_series.size()), QString(), QString(), m_capacity));
    m_series.push_back(std::make_unique<Series>(id, topic, path, m_capacity));
    m_watched.resize(m_series.size(), false);
    m_byTopic[topic].append(id);
    updateLimit();
}

void SeriesStore::appendPoint(quint32 id, double time, double value)
{
    const SeriesPoint point{time, value};
    appendPoints(id, &point, 1);
}

void SeriesStore::appendPoints(quint32 id, const SeriesPoint *points, qsizetype count)
{
    if (count <= 0)
        return;
    Series *series = nullptr;
    qsizetype limit = 0;
    {
        const Lock lock(m_mutex);
        if (id >= m_series.size())
            return;
        series = m_series[id].get();
        limit = m_watched[id] ? m_capacity : m_unwatchedLimit;
    }
    series->append(points, count, limit); // under the series' own lock, not the store's
    m_pointsArrived.store(true, std::memory_order_release);
}

void SeriesStore::notifyUpdated()
{
    if (!m_pointsArrived.exchange(false, std::memory_order_acq_rel))
        return;
    Q_EMIT updated();
}

qsizetype SeriesStore::pointCount() const
{
    const Lock lock(m_mutex);
    qsizetype total = 0;
    for (const auto &s : m_series)
        total += s->count();
    return total;
}
