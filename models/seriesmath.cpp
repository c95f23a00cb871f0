#include "seriesmath.h"

#include <algorithm>
#include <cmath>

namespace SeriesMath {

namespace {
qsizetype lowerBound(const Series &s, double t)
{
    qsizetype lo = 0;
    qsizetype hi = s.count();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (s.at(mid).time < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

qsizetype upperBound(const Series &s, double t)
{
    qsizetype lo = 0;
    qsizetype hi = s.count();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (s.at(mid).time <= t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
} // namespace

std::pair<qsizetype, qsizetype> window(const Series &series, double t0, double t1)
{
    if (!series.isTimeSorted())
        return {0, series.count()};
    return {lowerBound(series, t0), upperBound(series, t1)};
}

Stats stats(const Series &series, double t0, double t1, double scale, double offset)
{
    Stats st;
    const auto [begin, end] = window(series, t0, t1);
    double sum = 0;
    for (qsizetype i = begin; i < end; ++i) {
        const SeriesPoint p = series.at(i);
        if (p.time < t0 || p.time > t1)
            continue;
        const double v = p.value * scale + offset;
        if (st.count == 0) {
            st.min = st.max = v;
        } else {
            st.min = std::min(st.min, v);
            st.max = std::max(st.max, v);
        }
        if (st.count == 0 || p.time >= st.lastTime) {
            st.last = v;
            st.lastTime = p.time;
        }
        sum += v;
        ++st.count;
    }
    if (st.count)
        st.mean = sum / double(st.count);
    return st;
}

QList<QPointF> pairXY(const Series &x, const Series &y, double t0, double t1, qsizetype maxPoints)
{
    QList<QPointF> out;
    if (x.count() == 0 || y.count() == 0 || maxPoints <= 0)
        return out;
    auto [begin, end] = window(y, t0, t1);
    const bool sorted = x.isTimeSorted() && y.isTimeSorted();
    if (sorted && end - begin > maxPoints)
        begin = end - maxPoints;
    // x's newest point at or before each y time: a forward-moving cursor on sorted series.
    qsizetype cursor = sorted ? std::max<qsizetype>(0, upperBound(x, y.at(begin < end ? begin : 0).time) - 1) : 0;
    for (qsizetype i = begin; i < end; ++i) {
        const SeriesPoint p = y.at(i);
        if (p.time < t0 || p.time > t1)
            continue;
        qsizetype xi;
        if (sorted) {
            while (cursor + 1 < x.count() && x.at(cursor + 1).time <= p.time)
                ++cursor;
            xi = cursor;
        } else {
            xi = upperBound(x, p.time) - 1; // best effort on unsorted time
        }
        if (xi < 0 || xi >= x.count() || x.at(xi).time > p.time)
            continue;
        out.append(QPointF(x.at(xi).value, p.value));
    }
    if (out.size() > maxPoints)
        out.remove(0, out.size() - maxPoints);
    return out;
}

bool nearest(const Series &series, double t, double t0, double t1, SeriesPoint *out)
{
    bool found = false;
    double best = 0;
    auto consider = [&](qsizetype i) {
        if (i < 0 || i >= series.count())
            return;
        const SeriesPoint p = series.at(i);
        if (p.time < t0 || p.time > t1)
            return;
        const double d = std::fabs(p.time - t);
        if (!found || d < best) {
            found = true;
            best = d;
            *out = p;
        }
    };
    if (series.isTimeSorted()) {
        const qsizetype i = lowerBound(series, t);
        consider(i - 1);
        consider(i);
    } else {
        for (qsizetype i = 0; i < series.count(); ++i)
            consider(i);
    }
    return found;
}

} // namespace SeriesMath
