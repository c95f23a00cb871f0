#pragma once

#include "series.h"

#include <QList>
#include <QPointF>

#include <utility>

// Figures over a time window of a Series, computed from the kept points (not the decimated
// ones): a chart's per-series readout and its X-Y mode.
namespace SeriesMath {

struct Stats
{
    qsizetype count = 0;
    double last = 0;     // value of the newest point in the window
    double lastTime = 0; // ms since the epoch
    double min = 0;
    double max = 0;
    double mean = 0;
};

// Points with time in [t0, t1], values mapped through value * scale + offset.
Stats stats(const Series &series, double t0, double t1, double scale = 1.0, double offset = 0.0);

// Index range [first, end) of the points in [t0, t1] for a time-sorted series; the whole
// series otherwise (callers then check each point's time).
std::pair<qsizetype, qsizetype> window(const Series &series, double t0, double t1);

// X-Y pairs: each point of y in [t0, t1] with the value x had at that time (the newest x
// point at or before it, so two fields of one payload pair up exactly). At most maxPoints
// pairs, the newest kept.
QList<QPointF> pairXY(const Series &x, const Series &y, double t0, double t1, qsizetype maxPoints);

// The point nearest to time t (by time); false when the series has none in [t0, t1].
bool nearest(const Series &series, double t, double t0, double t1, SeriesPoint *out);

} // namespace SeriesMath
