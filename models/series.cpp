#include "series.h"

#include <algorithm>
#include <cmath>
#include <limits>

Series::Series(quint32 id, const QString &topic, const QString &path, qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
    , m_min(std::numeric_limits<double>::quiet_NaN())
    , m_max(std::numeric_limits<double>::quiet_NaN())
    , m_id(id)
    , m_topic(topic)
    , m_path(path)
{
}

QString Series::name() const
{
    return m_path.isEmpty() ? m_topic : m_topic + QLatin1Char(':') + m_path;
}

void Series::setCapacity(qsizetype capacity)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_capacity = qMax<qsizetype>(1, capacity);
    while (qsizetype(m_count) > m_capacity)
        dropOldest();
}

void Series::append(double time, double value, qsizetype limit)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    appendLocked(time, value, limit < 0 ? m_capacity : limit);
}

void Series::appendLocked(double time, double value, qsizetype limit)
{
    limit = qBound<qsizetype>(1, limit, m_capacity);
    while (qsizetype(m_count) >= limit)
        dropOldest();
    if (m_count == m_values.size())
        grow();
    if (m_count && time < m_lastTime)
        m_sorted = false;
    m_lastTime = time;
    const size_t s = slot(m_count);
    m_values[s] = value;
    storeTime(s, time);
    // The block summaries: a new block, or the newest one's extremes.
    const quint64 abs = m_firstAbs + m_count;
    if (m_blockCount == 0 || abs >= (m_firstBlock + m_blockCount) * BlockSize) {
        if (m_blockCount == m_blocks.size()) {
            std::vector<Block, StoreAllocator<Block>> blocks(std::max<size_t>(4, m_blocks.size() * 2));
            for (size_t i = 0; i < m_blockCount; ++i)
                blocks[i] = m_blocks[blockSlot(i)];
            m_blocks.swap(blocks);
            m_blockHead = 0;
        }
        if (m_blockCount == 0)
            m_firstBlock = abs / BlockSize;
        m_blocks[blockSlot(m_blockCount)] = Block{abs, abs, value, value};
        ++m_blockCount;
    } else {
        Block &b = m_blocks[blockSlot(m_blockCount - 1)];
        // A ring shorter than a block drops the block's oldest points while it fills: such a
        // block is never used as a whole, its extremes only need to stay in range.
        if (b.minAbs < m_firstAbs || value < b.minValue) {
            b.minAbs = abs;
            b.minValue = value;
        }
        if (b.maxAbs < m_firstAbs || value > b.maxValue) {
            b.maxAbs = abs;
            b.maxValue = value;
        }
    }
    ++m_count;
    if (m_count == 1) {
        m_min = m_max = value;
        m_minMaxDirty = false;
    } else if (!m_minMaxDirty) {
        m_min = std::min(m_min, value);
        m_max = std::max(m_max, value);
    }
    ++m_revision;
    m_changed = true;
}

void Series::append(const SeriesPoint *points, qsizetype count, qsizetype limit)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    // Only the last `limit` points can survive.
    limit = qBound<qsizetype>(1, limit, m_capacity);
    if (count > limit) {
        m_dropped += quint64(count - limit);
        points += count - limit;
        count = limit;
    }
    for (qsizetype i = 0; i < count; ++i)
        appendLocked(points[i].time, points[i].value, limit);
}

void Series::storeTime(size_t s, double time)
{
    if (!m_wideTimes) {
        if (m_count == 0)
            m_timeBase = time; // nothing kept refers to the old base
        const double offset = time - m_timeBase;
        // Exact round trip only: whole ms, in range (NaN fails the comparisons). The cast
        // truncates, so comparing it back tells whole numbers (cheaper than std::floor).
        if (offset >= double(std::numeric_limits<qint32>::min()) && offset <= double(std::numeric_limits<qint32>::max())) {
            const auto whole = qint32(offset);
            if (double(whole) == offset && m_timeBase + double(whole) == time && !(time == 0 && std::signbit(time))) {
                m_offsets[s] = whole;
                return;
            }
        }
        widenTimes();
    }
    m_wide[s] = time;
}

void Series::widenTimes()
{
    std::vector<double, StoreAllocator<double>> wide(m_values.size());
    for (size_t i = 0; i < m_count; ++i) {
        const size_t s = slot(i);
        wide[s] = m_timeBase + double(m_offsets[s]);
    }
    m_wide.swap(wide);
    m_offsets = {};
    m_wideTimes = true;
}

void Series::dropOldest()
{
    if (m_count == 0)
        return;
    const double v = m_values[m_head];
    // Losing an extreme means the cached one may be stale: recompute on demand.
    if (v <= m_min || v >= m_max)
        m_minMaxDirty = true;
    m_head = slot(1);
    --m_count;
    ++m_firstAbs;
    // The oldest block goes once its last point has.
    if (m_blockCount > 0 && m_firstAbs >= (m_firstBlock + 1) * BlockSize) {
        m_blockHead = blockSlot(1);
        --m_blockCount;
        ++m_firstBlock;
    }
    ++m_dropped;
    ++m_revision;
    m_changed = true;
}

void Series::grow()
{
    const size_t capacity = std::min<size_t>(size_t(m_capacity), std::max<size_t>(16, m_values.size() * 2));
    // The time column first: slot() follows m_values' size.
    if (m_wideTimes)
        unroll(m_wide, capacity);
    else
        unroll(m_offsets, capacity);
    unroll(m_values, capacity);
    m_head = 0;
}

template <typename T>
void Series::unroll(std::vector<T, StoreAllocator<T>> &column, size_t capacity) const
{
    std::vector<T, StoreAllocator<T>> unrolled(capacity);
    for (size_t i = 0; i < m_count; ++i)
        unrolled[i] = column[slot(i)];
    column.swap(unrolled);
}

void Series::clear()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_values = {};
    m_offsets = {};
    m_wide = {};
    m_wideTimes = false;
    m_head = m_count = 0;
    m_blocks.clear();
    m_blocks.shrink_to_fit();
    m_blockHead = m_blockCount = 0;
    m_firstBlock = m_firstAbs = 0;
    m_sorted = true;
    m_minMaxDirty = false;
    m_min = m_max = std::numeric_limits<double>::quiet_NaN();
    ++m_revision;
    m_changed = true;
}

void Series::recomputeMinMax() const
{
    m_min = m_max = std::numeric_limits<double>::quiet_NaN();
    for (size_t i = 0; i < m_count; ++i) {
        const double v = m_values[slot(i)];
        if (i == 0 || v < m_min)
            m_min = v;
        if (i == 0 || v > m_max)
            m_max = v;
    }
    m_minMaxDirty = false;
}

double Series::minValue() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_minMaxDirty)
        recomputeMinMax();
    return m_min;
}

double Series::maxValue() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_minMaxDirty)
        recomputeMinMax();
    return m_max;
}

bool Series::takeChanged()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const bool changed = m_changed;
    m_changed = false;
    return changed;
}

qsizetype Series::lowerBound(double t) const
{
    qsizetype lo = 0;
    qsizetype hi = qsizetype(m_count);
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (timeAt(mid) < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void Series::extremes(qsizetype begin, qsizetype end, qsizetype *minIndex, qsizetype *maxIndex) const
{
    qsizetype lo = begin, hi = begin;
    auto consider = [this, &lo, &hi](qsizetype i) {
        const double v = valueAt(i);
        if (v < valueAt(lo))
            lo = i;
        if (v > valueAt(hi))
            hi = i;
    };
    qsizetype i = begin + 1;
    // Whole blocks in the middle from their summaries; the ragged ends point by point.
    const quint64 firstWhole = (m_firstAbs + quint64(i) + BlockSize - 1) / BlockSize;
    const quint64 endAbs = m_firstAbs + quint64(end);
    const quint64 lastWhole = endAbs / BlockSize; // exclusive
    if (firstWhole < lastWhole && firstWhole >= m_firstBlock) {
        const qsizetype wholeBegin = qsizetype(firstWhole * BlockSize - m_firstAbs);
        for (; i < wholeBegin; ++i)
            consider(i);
        for (quint64 k = firstWhole; k < lastWhole; ++k) {
            const Block &b = m_blocks[blockSlot(size_t(k - m_firstBlock))];
            consider(qsizetype(b.minAbs - m_firstAbs));
            consider(qsizetype(b.maxAbs - m_firstAbs));
        }
        i = qsizetype(lastWhole * BlockSize - m_firstAbs);
    }
    for (; i < end; ++i)
        consider(i);
    *minIndex = lo;
    *maxIndex = hi;
}

void Series::decimateSorted(double t0, double t1, int columns, QList<QPointF> *out) const
{
    const qsizetype begin = lowerBound(t0);
    qsizetype end = begin;
    {
        // First index with time > t1.
        qsizetype lo = begin, hi = qsizetype(m_count);
        while (lo < hi) {
            const qsizetype mid = lo + (hi - lo) / 2;
            if (timeAt(mid) <= t1)
                lo = mid + 1;
            else
                hi = mid;
        }
        end = lo;
    }
    out->reserve(columns * 4 + 2);
    if (begin > 0)
        out->append(QPointF(timeAt(begin - 1), valueAt(begin - 1)));
    // Column c holds the points with int((time - t0) * columns / span) == c (the last column
    // also those at t1), as the unsorted path puts them.
    const double span = t1 - t0;
    const double scale = columns / span;
    auto columnOf = [&](qsizetype i) { return std::min(columns - 1, int((timeAt(i) - t0) * scale)); };
    qsizetype first = begin;
    while (first < end) {
        const int c = columnOf(first);
        // The end of this column: the first later point in a later column.
        qsizetype lo = first + 1, hi = end;
        while (lo < hi) {
            const qsizetype mid = lo + (hi - lo) / 2;
            if (columnOf(mid) <= c)
                lo = mid + 1;
            else
                hi = mid;
        }
        const qsizetype last = lo - 1;
        qsizetype minIndex = first, maxIndex = first;
        extremes(first, lo, &minIndex, &maxIndex);
        qsizetype idx[4] = {first, minIndex, maxIndex, last};
        std::sort(idx, idx + 4);
        for (int k = 0; k < 4; ++k) {
            if (k && idx[k] == idx[k - 1])
                continue;
            const SeriesPoint p = pointAt(idx[k]);
            out->append(QPointF(p.time, p.value));
        }
        first = lo;
    }
    if (end < qsizetype(m_count))
        out->append(QPointF(timeAt(end), valueAt(end)));
}

QList<QPointF> Series::decimated(double t0, double t1, int columns) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_cache.revision == m_revision && m_cache.columns == columns && m_cache.t0 == t0 && m_cache.t1 == t1)
        return m_cache.points;

    QList<QPointF> out;
    if (m_sorted && m_count > 0 && columns > 0 && t1 > t0) {
        decimateSorted(t0, t1, columns, &out);
    } else if (m_count > 0 && columns > 0 && t1 >= t0) {
        qsizetype begin = 0;
        qsizetype end = qsizetype(m_count);
        if (m_sorted) {
            begin = lowerBound(t0);
            end = begin;
            while (end < qsizetype(m_count) && timeAt(end) <= t1)
                ++end; // linear: the caller asked for these points anyway
        }
        // Per column: indexes of the first, minimum, maximum and last point.
        struct Column
        {
            qsizetype first = -1, min = -1, max = -1, last = -1;
        };
        std::vector<Column> bins(static_cast<size_t>(columns));
        const double span = t1 - t0;
        const double scale = span > 0 ? columns / span : 0.0;
        for (qsizetype i = begin; i < end; ++i) {
            const SeriesPoint p = pointAt(i);
            if (p.time < t0 || p.time > t1)
                continue;
            const int c = std::min(columns - 1, int((p.time - t0) * scale));
            Column &b = bins[size_t(c)];
            if (b.first < 0) {
                b.first = b.min = b.max = b.last = i;
                continue;
            }
            if (p.value < valueAt(b.min))
                b.min = i;
            if (p.value > valueAt(b.max))
                b.max = i;
            b.last = i;
        }
        out.reserve(columns * 4 + 2);
        if (m_sorted && begin > 0)
            out.append(QPointF(timeAt(begin - 1), valueAt(begin - 1)));
        for (const Column &b : bins) {
            if (b.first < 0)
                continue;
            qsizetype idx[4] = {b.first, b.min, b.max, b.last};
            std::sort(idx, idx + 4);
            for (int k = 0; k < 4; ++k) {
                if (k && idx[k] == idx[k - 1])
                    continue;
                const SeriesPoint p = pointAt(idx[k]);
                out.append(QPointF(p.time, p.value));
            }
        }
        if (m_sorted && end < qsizetype(m_count))
            out.append(QPointF(timeAt(end), valueAt(end)));
    }
    m_cache.t0 = t0;
    m_cache.t1 = t1;
    m_cache.columns = columns;
    m_cache.revision = m_revision;
    m_cache.points = out;
    return out;
}

SeriesPoint Series::at(qsizetype i) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    // Points may have been dropped since the caller read count(): the oldest kept point then.
    if (m_count == 0)
        return SeriesPoint{std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    return pointAt(qBound<qsizetype>(0, i, qsizetype(m_count) - 1));
}
