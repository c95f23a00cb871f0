#pragma once

#include "series.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

// Every numeric series found in the traffic, by id. Series appear as the ingest worker
// discovers numeric leaves; a chart marks the ones it shows as watched.
//
// Memory: each series is bounded by capacity() (default 1,000,000 points), and the series
// nobody watches share a store-wide budget (unwatchedBudget(), default 4,000,000 points) so
// that thousands of auto-discovered leaves cannot use up memory; a watched series keeps
// its full capacity.
//
// Threads: the pipeline's worker adds series and appends points (insertSeries, appendPoints),
// everything else runs on the GUI thread, which also emits the signals (announceSeries,
// notifyUpdated). The store's lists are guarded by a mutex held only for a lookup or an
// insert; points by each Series' own mutex (see Series). Series are never deleted, so a
// pointer from series() or find() stays valid as long as the store.
class SeriesStore : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype DefaultUnwatchedBudget = 4000000;
    // An unwatched series keeps at least this many points however many series there are.
    static constexpr qsizetype MinimumShare = 1000;

    explicit SeriesStore(QObject *parent = nullptr);
    ~SeriesStore() override;

    qsizetype capacity() const { return m_capacity; }
    void setCapacity(qsizetype points);
    qsizetype unwatchedBudget() const { return m_unwatchedBudget; }
    void setUnwatchedBudget(qsizetype points);

    int count() const;
    // Series ids are dense: 0 .. count()-1.
    Series *series(quint32 id) const;
    // nullptr when there is no such series.
    Series *find(const QString &topic, const QString &path) const;
    QList<quint32> seriesOfTopic(const QString &topic) const;

    void setWatched(quint32 id, bool watched);
    bool isWatched(quint32 id) const;

    // Points an unwatched series may hold at the moment.
    qsizetype unwatchedLimit() const;

    // Drops all points (the series themselves stay known).
    void clearPoints();

    // insertSeries() and announceSeries() in one (GUI thread).
    void addSeries(quint32 id, const QString &topic, const QString &path);
    // Adds a series without a signal (any thread; the ingest worker).
    void insertSeries(quint32 id, const QString &topic, const QString &path);
    // Emits seriesAdded() for a series insertSeries() added (GUI thread).
    void announceSeries(quint32 id);
    // Any thread (the ingest worker).
    void appendPoint(quint32 id, double time, double value);
    void appendPoints(quint32 id, const SeriesPoint *points, qsizetype count);
    // Emits updated() if any series changed since the last call.
    void notifyUpdated();

    qsizetype pointCount() const;

Q_SIGNALS:
    void seriesAdded(quint32 id);
    // Once per applied batch in which points arrived; check Series::isChanged().
    void updated();

private:
    void updateLimit(); // m_mutex held

    std::vector<std::unique_ptr<Series>> m_series;
    std::vector<bool> m_watched;
    QHash<QString, QList<quint32>> m_byTopic;
    qsizetype m_capacity = Series::DefaultCapacity;
    qsizetype m_unwatchedBudget = DefaultUnwatchedBudget;
    qsizetype m_unwatchedLimit = Series::DefaultCapacity;
    int m_watchedCount = 0;
    std::atomic<bool> m_pointsArrived{false};
    mutable std::mutex m_mutex;
};
