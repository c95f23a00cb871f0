#pragma once

#include "storememory.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <mutex>
#include <vector>

struct SeriesPoint
{
    double time;  // ms since the epoch
    double value;
};

// One numeric series (a topic + a JSON path): a bounded ring of points, oldest dropped first,
// with cached min/max and a changed flag so charts replot only what moved. Charts ask for
// decimated() points: per pixel column the first, minimum, maximum and last point, so a
// million points draw as a few thousand without losing a spike.
//
// Threads: the ingest worker appends while the GUI thread reads. Every member function takes
// the series' own mutex for its duration (appending a run of points, or one decimation), so a
// reader never sees a half-written point and never waits longer than one such call. Values are
// returned, never references into the ring. Between two calls points may arrive or the oldest
// may go: read a consistent set with decimated().
class Series
{
public:
    static constexpr qsizetype DefaultCapacity = 1000000;

    Series(quint32 id, const QString &topic, const QString &path, qsizetype capacity = DefaultCapacity);

    quint32 id() const { return m_id; }
    QString topic() const { return m_topic; }
    // "" for a plain numeric payload, else "a.b[2].c".
    QString path() const { return m_path; }
    // "topic" or "topic:path".
    QString name() const;

    qsizetype capacity() const { return locked(m_capacity); }
    void setCapacity(qsizetype capacity);

    // Drops the oldest points while the series is at `limit` (<= capacity; < 0: capacity) points.
    void append(double time, double value, qsizetype limit);
    void append(double time, double value) { append(time, value, -1); } // limit: capacity()
    // Several points in time order of arrival, as append() one by one.
    void append(const SeriesPoint *points, qsizetype count, qsizetype limit);
    void clear();
    qsizetype count() const { return qsizetype(locked(m_count)); }
    // i = 0 is the oldest point kept; clamped to what is kept now.
    SeriesPoint at(qsizetype i) const;
    quint64 droppedCount() const { return locked(m_dropped); }

    // Over the points kept; NaN when empty.
    double minValue() const;
    double maxValue() const;
    // Whether times never went backwards (payload time fields may); decimation then uses
    // binary search instead of a full scan.
    bool isTimeSorted() const { return locked(m_sorted); }

    // Bumped on every change: a cache key for anything derived from the points.
    quint64 revision() const { return locked(m_revision); }
    // Whether points changed since the last call; clears the flag.
    bool takeChanged();
    bool isChanged() const { return locked(m_changed); }

    // Points with time in [t0, t1] reduced to at most 4 per column (first, min, max, last,
    // in time order), plus the nearest point outside each end so lines reach the edges.
    // The result is cached until the series or the arguments change. A time-sorted series
    // finds each column by binary search and its extremes from per-block summaries, so the
    // cost follows the number of columns and blocks, not of points.
    QList<QPointF> decimated(double t0, double t1, int columns) const;

private:
    // A member's value read under m_mutex.
    template <typename T>
    T locked(const T &member) const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return member;
    }
    // Below: the caller holds m_mutex.
    void appendLocked(double time, double value, qsizetype limit);
    double timeAtSlot(size_t s) const { return m_wideTimes ? m_wide[s] : m_timeBase + double(m_offsets[s]); }
    SeriesPoint pointAt(qsizetype i) const
    {
        const size_t s = slot(size_t(i));
        return SeriesPoint{timeAtSlot(s), m_values[s]};
    }
    double valueAt(qsizetype i) const { return m_values[slot(size_t(i))]; }
    double timeAt(qsizetype i) const { return timeAtSlot(slot(size_t(i))); }
    // Ring index of the i-th oldest point (i < ring size); no division on the hot path.
    size_t slot(size_t i) const
    {
        const size_t s = m_head + i;
        return s >= m_values.size() ? s - m_values.size() : s;
    }
    void storeTime(size_t s, double time);
    void widenTimes();
    void dropOldest();
    void grow();
    // A column of the ring copied oldest first into a new one of `capacity` slots.
    template <typename T>
    void unroll(std::vector<T, StoreAllocator<T>> &column, size_t capacity) const;
    void recomputeMinMax() const;
    void decimateSorted(double t0, double t1, int columns, QList<QPointF> *out) const;
    // Index (0 = oldest kept) of the point with the smaller / larger value in [begin, end).
    void extremes(qsizetype begin, qsizetype end, qsizetype *minIndex, qsizetype *maxIndex) const;
    // First index with time >= t (sorted series only).
    qsizetype lowerBound(double t) const;

    // Hot members first: append() touches only these.
    // The ring, as columns: values, and times as whole milliseconds from m_timeBase in 4 bytes
    // (12 bytes a point, not 16: receive times and most payload time fields are whole ms
    // within a few weeks of each other). The first time that is not (a fraction of a ms, or
    // beyond +-24 days of the base) widens the time column to doubles for good (m_wide).
    std::vector<double, StoreAllocator<double>> m_values;
    std::vector<qint32, StoreAllocator<qint32>> m_offsets;
    std::vector<double, StoreAllocator<double>> m_wide;
    double m_timeBase = 0;
    bool m_wideTimes = false;
    size_t m_head = 0;
    size_t m_count = 0;
    qsizetype m_capacity;
    double m_lastTime = 0;
    mutable double m_min;
    mutable double m_max;
    quint64 m_revision = 0;
    quint64 m_dropped = 0;
    bool m_sorted = true;
    bool m_changed = false;
    mutable bool m_minMaxDirty = false;

    // Extremes per block of BlockSize points (64: a pixel column of a million-point chart spans
    // about 14 blocks), by absolute index (the n-th point ever appended
    // since the last clear). Block k covers absolute indexes [k * BlockSize, (k + 1) * BlockSize);
    // m_blocks[0] is block m_firstBlock. A block that lost its oldest points to the ring keeps
    // stale extremes and is never used as a whole.
    static constexpr quint64 BlockSize = 64;
    struct Block
    {
        quint64 minAbs;
        quint64 maxAbs;
        double minValue; // the values at minAbs and maxAbs: append() compares without a ring lookup
        double maxValue;
    };
    size_t blockSlot(size_t i) const
    {
        const size_t s = m_blockHead + i;
        return s >= m_blocks.size() ? s - m_blocks.size() : s;
    }
    std::vector<Block, StoreAllocator<Block>> m_blocks; // a ring like the points: m_blockHead is the oldest
    size_t m_blockHead = 0;
    size_t m_blockCount = 0;
    quint64 m_firstBlock = 0;
    quint64 m_firstAbs = 0; // absolute index of the oldest kept point

    quint32 m_id;
    QString m_topic;
    QString m_path;

    struct Cache
    {
        double t0 = 0, t1 = 0;
        int columns = -1;
        quint64 revision = ~quint64(0);
        QList<QPointF> points;
    };
    mutable Cache m_cache;
    mutable std::mutex m_mutex;
};
