#include "decimatedline.h"

#include "series.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

QList<QPointF> DecimatedLine::thinToExtremes(const QList<QPointF> &points, double t0, double t1, int columns)
{
    if (points.size() <= 2 || t1 <= t0)
        return points;
    const double scale = columns / (t1 - t0);
    QList<QPointF> out;
    out.reserve(2 * columns + 2);
    qsizetype i = 0;
    while (i < points.size()) {
        const QPointF &p = points.at(i);
        if (p.x() < t0 || p.x() > t1) {
            out.append(p);
            ++i;
            continue;
        }
        const int column = std::min(columns - 1, int((p.x() - t0) * scale));
        qsizetype lo = i, hi = i, j = i + 1;
        for (; j < points.size(); ++j) {
            const QPointF &q = points.at(j);
            if (q.x() > t1 || std::min(columns - 1, int((q.x() - t0) * scale)) != column)
                break;
            if (q.y() < points.at(lo).y())
                lo = j;
            if (q.y() > points.at(hi).y())
                hi = j;
        }
        out.append(points.at(std::min(lo, hi)));
        if (lo != hi)
            out.append(points.at(std::max(lo, hi)));
        i = j;
    }
    return out;
}

void DecimatedLine::clear()
{
    *this = DecimatedLine();
}

const QList<QPointF> &DecimatedLine::update(const Series &series, double t0, double t1, int columns, bool thin)
{
    m_incremental = canExtend(series, t0, t1, columns, thin);
    if (m_incremental) {
        extend(series);
        return m_points;
    }
    m_points = series.decimated(t0, t1, columns);
    m_thinned = thin;
    if (thin)
        m_points = thinToExtremes(m_points, t0, t1, columns);
    m_t0 = t0;
    m_t1 = t1;
    m_rightNeighbour = !m_points.isEmpty() && m_points.constLast().x() > t1;
    m_columns = columns;
    m_thin = thin;
    m_count = series.count();
    m_firstTime = m_count ? series.at(0).time : 0;
    m_lastTime = m_count ? series.at(m_count - 1).time : 0;
    return m_points;
}

bool DecimatedLine::canExtend(const Series &series, double t0, double t1, int columns, bool thin) const
{
    const qsizetype n = series.count();
    if (m_columns != columns || m_thin != thin || m_count == 0 || n < m_count || !series.isTimeSorted() || !(t1 > t0))
        return false;
    // Every point decimated last time is still there: none dropped, no clear.
    if (series.at(0).time != m_firstTime || series.at(m_count - 1).time != m_lastTime)
        return false;
    // A burst: as cheap to start over.
    if (n - m_count > 2 * qsizetype(columns))
        return false;
    const double half = (m_t1 - m_t0) / columns / 2;
    return std::fabs(t0 - m_t0) <= half && std::fabs(t1 - m_t1) <= half;
}

void DecimatedLine::extend(const Series &series)
{
    const qsizetype n = series.count();
    if (n == m_count)
        return;
    const qsizetype from = m_count;
    m_count = n;
    m_lastTime = series.at(n - 1).time;
    // The decimation kept a point beyond the right edge (a paused or zoomed window): the new
    // ones come after it and change nothing in view.
    if (m_rightNeighbour)
        return;
    // The columns of the last full decimation; new points past its right edge open new ones.
    const double scale = m_columns / (m_t1 - m_t0);
    auto columnOf = [&](double x) {
        const double c = std::floor((x - m_t0) * scale);
        const int column = int(std::clamp(c, double(INT_MIN / 2), double(INT_MAX / 2)));
        return x <= m_t1 ? std::min(column, m_columns - 1) : column;
    };
    // The last column's points (already reduced) join the new ones and are reduced again.
    std::vector<QPointF> run;
    qsizetype keep = m_points.size();
    if (keep > 0) {
        const int last = columnOf(m_points.constLast().x());
        while (keep > 0 && columnOf(m_points.at(keep - 1).x()) == last)
            --keep;
        run.assign(m_points.cbegin() + keep, m_points.cend());
    }
    for (qsizetype i = from; i < n; ++i) {
        const SeriesPoint p = series.at(i);
        run.emplace_back(p.time, p.value);
    }
    m_points.resize(keep);
    size_t i = 0;
    while (i < run.size()) {
        const int column = columnOf(run[i].x());
        size_t lo = i, hi = i, j = i + 1;
        for (; j < run.size() && columnOf(run[j].x()) == column; ++j) {
            if (run[j].y() < run[lo].y())
                lo = j;
            if (run[j].y() > run[hi].y())
                hi = j;
        }
        // As decimated() (first, minimum, maximum, last) or thinned (minimum, maximum), in time order.
        size_t picks[4] = {i, lo, hi, j - 1};
        size_t *end = picks + 4;
        if (m_thinned) {
            picks[0] = lo;
            picks[1] = hi;
            end = picks + 2;
        }
        for (size_t *a = picks + 1; a < end; ++a) // insertion sort of at most 4
            for (size_t *b = a; b > picks && *(b - 1) > *b; --b)
                std::swap(*(b - 1), *b);
        end = std::unique(picks, end);
        for (size_t *k = picks; k != end; ++k)
            m_points.append(run[*k]);
        i = j;
    }
}
